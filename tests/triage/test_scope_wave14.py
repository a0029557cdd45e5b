"""Mechanisms added after reading the fourteenth blind wave (a cardiology and pulmonology
group, a rural Mountain West family practice, an OB/GYN and midwifery practice, a student
health center). Each fix has its look-alike. Sentences are written for these tests, not
taken from any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Category, Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


@pytest.mark.parametrize(
    "text",
    [
        "tired of fighting all this. my meds are laid out on the nightstand. tell the nurses thanks",
        "ya estoy cansado de luchar, tengo las pastillas contadas en la mesa",
    ],
)
def test_pills_laid_out_beside_despair(text: str) -> None:
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY


def test_pills_laid_out_in_the_weekly_organizer_are_a_routine() -> None:
    text = "I'm done with the refill form. My pills are laid out in the weekly organizer, thanks for the help"
    assert "suicidal_ideation" not in active_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "calling about my inhaler refill I ran out and um I can only like say a couple words right now",
        "she can only get out two words at a time, her albuterol is gone",
    ],
)
def test_speaking_only_a_few_words_with_fillers(text: str) -> None:
    assert "breathing_difficulty" in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.EMERGENCY


# -- urgent messages left routine


@pytest.mark.parametrize(
    "text",
    [
        "me salio el potasio en 6.1 y la enfermera me dijo que si salia alto le avisara el mismo dia",
        "la doctora dijo que si la beta no subia tenia que ir ese mismo dia. la primera salio 900 y la de hoy 950",
    ],
)
def test_a_result_the_patient_was_told_to_report_the_same_day(text: str) -> None:
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "portal").urgency.rank >= Urgency.URGENT.rank


def test_a_same_day_appointment_wish_is_not_a_result_to_act_on() -> None:
    text = "necesito cita para el chequeo de la diabetes y la mamografia, si se puede el mismo dia mejor, mi numero es 718 555 0101"
    assert "abnormal_result" not in active_rules(text)


def test_the_blood_pressure_the_doctor_asked_to_hear_about() -> None:
    text = "Dr. Ames told me to message her if my BP stayed above 160 on the new dose. This week: 171/96, 166/104, 175/99."
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_readings_under_the_line_are_not_it() -> None:
    text = "Dr. Ames told me to message her if my BP stayed above 160 on the new dose. This week: 128/80, 131/78. All good!"
    assert "abnormal_result" not in active_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "pharmacy says my war farin script has no refills and I took my last one this morning, it's for my heart valve",
        "he's out of his tack ro limus tonight, kidney transplant, please send a new script",
    ],
)
def test_critical_medicines_as_voice_to_text_spells_them(text: str) -> None:
    assert "out_of_critical_medication" in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.URGENT


def test_new_calf_swelling_from_a_referral_partner_is_clinical() -> None:
    text = "Summit PT here: our mutual patient, 8 days after an ACL repair, reports new right calf swelling and tenderness. Please see today."
    result = triage(text, "referral_partner")
    assert result.urgency is Urgency.URGENT
    assert result.category is Category.CLINICAL_CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "my therapist said to tell someone if it happened. i cut again last night, not suicidal, just telling you",
        "relapsed on self harm this weekend, no plans to die, can i talk to the counselor",
        "me volvi a cortar anoche, no quiero morir pero queria avisar",
    ],
)
def test_self_harm_without_suicidal_intent_is_same_day(text: str) -> None:
    assert "self_harm" in active_rules(text)
    assert triage(text, "sms").urgency.rank >= Urgency.URGENT.rank


@pytest.mark.parametrize(
    "text",
    [
        "guess we're back to cutting his grapes in half lol, he's fine",
        "I started cutting back on coffee and sleep better",
        "I cut my hair again yesterday, can I still get the school photo done?",
    ],
)
def test_cutting_food_coffee_or_hair_is_not_self_harm(text: str) -> None:
    assert "self_harm" not in active_rules(text)


# -- routine or urgent messages made emergencies


def test_an_extra_dose_taken_as_told_is_not_an_overdose() -> None:
    text = "weight up 3 lbs, took the extra furosemide like the doctor said, still puffy ankles"
    assert "overdose_poisoning" not in active_rules(text)
    assert "overdose_poisoning" in active_rules("took 4 extra oxy last night because the pain was bad")


@pytest.mark.parametrize(
    "text",
    [
        "his eye is red and painful after the cataract surgery, the surgeon's answering line not answering",
        "mi bebe tiene tos y su doctora no contesta, le pueden llamar",
    ],
)
def test_a_clinic_line_not_answering_is_not_a_patient_unresponsive(text: str) -> None:
    assert "unresponsive" not in active_rules(text)


def test_the_patient_not_answering_still_is() -> None:
    assert "unresponsive" in active_rules("my dad is slumped in his chair and not answering me")


def test_sleepy_and_wont_drink_is_not_hard_to_wake() -> None:
    assert "unresponsive" not in active_rules("she's really sleepy and won't drink her bottle")
    assert "unresponsive" in active_rules("she's really sleepy and won't wake up for feeds")


@pytest.mark.parametrize(
    "text",
    [
        "Got a statement for the ER visit in March when I had the allergic reaction to shrimp. Why is it $900?",
        "I received a bill for the emergency department visit on June 3 when my son broke his arm. Account 5521.",
    ],
)
def test_a_bill_names_an_emergency_visit_already_made(text: str) -> None:
    result = triage(text, "email")
    assert result.urgency is Urgency.ROUTINE
    assert result.category is Category.BILLING_QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "I have a bill for my urgent care visit yesterday when I had chest pain, and now the chest pain is back",
        "got my bill for the ER visit in oct when i had chest pain, its back today and worse",
    ],
)
def test_a_bill_with_the_symptom_back_now_is_current(text: str) -> None:
    assert triage(text, "email").urgency is Urgency.EMERGENCY


def test_a_year_earlier_in_the_sentence_does_not_date_a_new_symptom() -> None:
    assert triage("had my stent in 2021 and chest pain started an hour ago", "sms").urgency is Urgency.EMERGENCY


# -- routine messages made urgent


def test_it_isnt_getting_worse() -> None:
    assert "worsening_symptom" not in active_rules("the cough has been there for months, it isn't getting worse")
    assert "worsening_symptom" in active_rules("the swelling isn't going down and it's getting worse")


@pytest.mark.parametrize(
    "text",
    [
        "I've had a cough for three weeks after a cold, no fever, could I be seen sometime next week?",
        "nipples still sore but better than last week, any cream besides lanolin?",
        "itchy scalp pretty much the whole pregnancy, is that normal?",
        "a small lump by my port that's been there since they put it in two years ago, not red, normal?",
    ],
)
def test_symptoms_said_to_be_long_standing_or_improving_are_routine(text: str) -> None:
    assert triage(text, "portal").urgency is Urgency.ROUTINE


def test_an_improving_symptom_that_started_yesterday_is_still_urgent() -> None:
    assert triage("my ear started hurting yesterday, a bit better than last night but now it's draining", "sms").urgency is Urgency.URGENT
