"""Mechanisms added after reading the sixteenth blind wave (an urgent care with occupational
health, a nephrology and transplant practice, an oncology and infusion practice, a rural
border clinic). Each fix has its look-alike. Sentences are written for these tests, not
taken from any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- the missed emergency


@pytest.mark.parametrize(
    "text",
    [
        "my coworker fell off the ladder and now he can't move his legs",
        "se cayo del techo y dice que no siente las piernas",
    ],
)
def test_legs_that_cannot_be_felt_or_moved(text: str) -> None:
    assert "spinal_injury" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


def test_numb_toes_of_neuropathy_are_not_a_spinal_injury() -> None:
    assert "spinal_injury" not in active_rules("my diabetic feet are numb, I can't feel my toes when I walk")


# -- urgent messages left routine


@pytest.mark.parametrize(
    "text",
    [
        "I ran out of my land us last night, I'm a diabetic, please send it today",
        "her enoxaparin is backordered at the pharmacy and she only has tonight's dose left",
        "hoy se le acaba la medicina de las convulsiones, nomas le queda la dosis de la noche",
    ],
)
def test_out_of_a_critical_medicine_said_other_ways(text: str) -> None:
    assert "out_of_critical_medication" in active_rules(text)


def test_a_result_to_redraw_within_24_hours() -> None:
    assert "abnormal_result" in active_rules("the doctor said my sodium was low and I need it rechecked within 24 hours")


@pytest.mark.parametrize(
    "text",
    [
        "the cut on my hand they glued on monday opened back up at work",
        "se me abrieron los puntos de la rodilla",
    ],
)
def test_a_repaired_wound_that_opened(text: str) -> None:
    assert "post_op_problem" in active_rules(text)


def test_a_fistula_without_its_buzz() -> None:
    assert "dialysis_access_problem" in active_rules("I can't feel the thrill in my fistula since last night")
    assert "dialysis_access_problem" not in active_rules("the buzz in my fistula is strong, dialysis went fine")


def test_fever_on_chemotherapy() -> None:
    assert "fever_on_chemotherapy" in active_rules("tengo calentura de 38.6 y me pusieron la quimio el martes")
    assert "fever_on_chemotherapy" not in active_rules("what should I do if I get a fever after chemo?")


def test_the_condition_met_after_the_instruction() -> None:
    text = "the nurse said to call if my temp went over 100.4, it's 101.2 right now, chemo was monday"
    assert triage(text, "sms").urgency.rank >= Urgency.URGENT.rank


def test_the_date_belongs_to_the_chemotherapy_not_the_fever() -> None:
    assert triage("tengo fiebre de 39 y me dieron quimio hace una semana", "sms").urgency.rank >= Urgency.URGENT.rank


@pytest.mark.parametrize(
    "text",
    [
        "peeing burns since this morning and I keep having to go",
        "hospice patient moaning when we turn him, the morphine isn't holding him anymore",
        "I took my evening warfarin twice by mistake, no bleeding",
        "la pierna del coagulo ya esta el doble de grande que la otra",
    ],
)
def test_same_day_problems_said_plainly(text: str) -> None:
    assert triage(text, "sms").urgency.rank >= Urgency.URGENT.rank


def test_worse_than_last_week_is_now() -> None:
    text = "me falta el aire cuando camino, mas que la semana pasada"
    assert "shortness_of_breath" in active_rules(text)


def test_an_aside_does_not_date_the_report() -> None:
    text = "Mom of Ana (4 yo, ear tubes placed last year) reports temp 103.8 tonight and ear pain"
    assert "high_fever" in active_rules(text)


# -- routine or urgent messages made urgent or emergencies by words that were not the sign


def test_a_bruised_finger_is_not_a_child_turning_purple() -> None:
    assert "breathing_difficulty" not in active_rules("se machuco el dedo con la puerta, esta morado e hinchado")
    assert "breathing_difficulty" in active_rules("mi bebe esta morado y no respira bien")


def test_the_doctor_who_called_the_ambulance_back_then() -> None:
    text = "thank you all, my mom is home from the hospital and doing great, the nurse who called the ambulance saved her life"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY


def test_no_refills_on_the_prescription_in_spanish() -> None:
    assert "out_of_critical_medication" not in active_rules("la farmacia dice que la receta de tacrolimus ya no tiene resurtidos")


def test_breathing_fine_is_not_a_symptom() -> None:
    assert triage("he missed dialysis because of the snow, breathing fine, no swelling, when can he make it up?", "sms").urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "arm still a little sore from the tetanus shot but less every day, normal right?",
        "spring allergies acting up like every year, sneezing and itchy eyes, what can I take?",
        "me duele la rodilla cuando hace frio, ya tiene años, que puedo tomar?",
    ],
)
def test_improving_seasonal_or_long_standing_complaints_are_routine(text: str) -> None:
    assert triage(text, "sms").urgency is Urgency.ROUTINE


def test_voices_back_after_stopping_the_medicine() -> None:
    assert "psychiatric_relapse" in active_rules("I stopped my Abilify last week and the voices are back at night")
    assert "psychiatric_relapse" not in active_rules("our choir voices are back in shape for the concert")
