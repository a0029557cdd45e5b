"""Mechanisms added after reading the thirteenth blind wave (an allergy and ENT practice, a
GI and liver practice, a Caribbean-Spanish community health center, a virtual-first
primary-care network). Each fix has its look-alike. Sentences are written for these tests,
not taken from any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


def test_pills_saved_up_and_a_date_to_be_done() -> None:
    text = "please cancel my visits. I've been saving up the oxycodone from my knee surgery and Friday I'm going to be done with all of it"
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "Nota de crisis: pte dice que ya sabe donde vive el hombre que le robo y que tiene una pistola debajo del asiento",
        "caller says his neighbor won't see tomorrow, he has a rifle in the truck and knows where he works",
    ],
)
def test_a_weapon_with_a_target_found_or_a_deadline(text: str) -> None:
    assert "homicidal_ideation" in active_rules(text)
    assert triage(text, "after_hours").urgency is Urgency.EMERGENCY


def test_a_hunting_rifle_and_a_forwarding_address_are_not_a_threat() -> None:
    text = "Please update my address, I moved my hunting rifle collection to the new house and my sister knows where I live now"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY


# -- urgent messages left routine


@pytest.mark.parametrize(
    "text",
    [
        "mi papa no tiene lactulosa desde hoy y cuando no la toma se pone confundido, manden la receta por favor",
        "she used her last icatibant syringe yesterday for a swelling attack and has nothing at home now",
        "se acabo la pompa de mi hija y no tiene mas refills, ella esta bien ahora pero tiene asma",
        "he took his last Eliquis this morning, the pharmacy needs a new prescription",
    ],
)
def test_out_of_a_medicine_that_keeps_a_danger_away(text: str) -> None:
    assert "out_of_critical_medication" in active_rules(text)
    assert triage(text, "phone_call").urgency.rank >= Urgency.URGENT.rank


def test_the_last_appointment_is_not_the_last_dose() -> None:
    assert "out_of_critical_medication" not in active_rules("took my last appointment slip for the Eliquis clinic, when is the next one?")


def test_mood_changes_since_a_new_medicine_are_a_reaction() -> None:
    text = "since starting the montelukast my daughter has nightmares every night and is so irritable at school"
    assert "medication_reaction" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_since_a_dose_change_last_week_is_now() -> None:
    text = "desde que me cambiaron la dosis del metoprolol el lunes pasado me siento muy mareado al pararme"
    assert triage(text, "sms").urgency is Urgency.URGENT


def test_a_result_someone_said_to_call_about_today_in_spanish() -> None:
    text = "me hicieron un ultrasonido ayer y la muchacha me dijo que tenia que llamar hoy porque vieron algo, que salio?"
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


# -- routine messages made emergencies


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to hurt myself, I promise, I just need the therapy appointment moved up",
        "the check-in questionnaire has a question about thoughts of harming myself, do I have to answer it every time?",
        "el cuestionario tiene una pregunta de si he pensado en hacerme dano, se puede llenar en papel?",
        "the handout lists when to call 911, like trouble breathing or chest pain, can you send it in Spanish?",
        "la hoja dice cuando llamar al 911, me la mandan en espanol?",
        "I was billed for a chest pain workup but I came in for a DOT physical",
        "I have anaphylaxis to shellfish, can you send the prior auth for my EpiPens?",
        "she needs her records, including the anaphylaxis episode from 2016",
        "Daughter called to cancel, mom was admitted to Mercy last night for a stroke and is in the ICU",
        "Five months ago I couldn't get up the stairs without stopping, now I hike every weekend. Thank you!",
        "Did I stop breathing much during my sleep study? My husband says I snore",
        "the baby got her shots today and is fine, what temperature would mean I should call?",
        "I've had seizures before when I was off my meds, can I get the refill sent early for my trip?",
    ],
)
def test_not_an_emergency_now(text: str) -> None:
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I said I'm not going to hurt myself but I took 20 of my sleeping pills an hour ago",
        "she's having anaphylaxis right now after the shrimp, lips swelling, can't breathe",
        "two months ago I started getting chest pressure when I walk and today it came on at rest",
        "had the baby a month ago and she's bleeding through a pad every 30 minutes",
        "my chest pain is worse than before, it started an hour ago",
        "he's talking about starting his meds again but his words come out all garbled and his face is drooping",
    ],
)
def test_the_look_alikes_stay_emergencies(text: str) -> None:
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


# -- emergencies the urgency model of rounds 11-64 dropped, now caught by rules too


def test_a_seizure_still_going_after_the_rescue_medicine() -> None:
    text = "my daughter is seizing again, I gave her the Valtoco and she is still jerking"
    assert "seizure" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


def test_a_rescue_medicine_refill_is_not_a_seizure() -> None:
    assert triage("need a refill of the diastat, her seizures have been controlled all year", "portal").urgency is not Urgency.EMERGENCY


def test_meningitis_signs_told_by_the_person_beside_her() -> None:
    text = "my roommate has a fever of 102 and now she says her neck is too stiff to move and she keeps asking what day it is"
    assert "meningitis_signs" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY


def test_not_needing_anything_where_one_is_going() -> None:
    text = "gave my guitar to my brother. won't need any of it where I'm going. tell my mom sorry"
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
