"""Mechanisms added after reading the seventeenth blind wave (school-based health centers, a
veterans' primary care clinic, an endocrinology and diabetes center, a clinic for newly
arrived immigrant families). Each fix has its look-alike. Sentences are written for these
tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


def test_the_witness_who_found_the_patient_is_not_the_patient() -> None:
    text = "Nurse note: student found in the locker room by a coach with deep cuts on her arm, bleeding through the towels"
    assert "severe_bleeding" in active_rules(text)
    assert triage(text, "internal").urgency is Urgency.EMERGENCY


def test_911_called_in_a_staff_note() -> None:
    assert "emergency_services" in active_rules("Pt collapsed in the waiting room, 911 called, CPR started")


def test_a_goodbye_by_text_and_no_answer_since() -> None:
    text = "my brother texted 'tell mom im sorry, its better this way' and he hasn't answered his phone since"
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "after_hours").urgency is Urgency.EMERGENCY


# -- urgent messages left routine


@pytest.mark.parametrize(
    "text",
    [
        "pump says NO DELIVERY again and I haven't had any insulin since breakfast",
        "the pharmacy won't fill my insulin today and I only have about 8 units left",
    ],
)
def test_insulin_delivery_stopped_or_nearly_gone(text: str) -> None:
    assert "insulin_pump_failure" in active_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son's front tooth got knocked out at practice, we have it in milk",
        "been pissing blood since yesterday, can I push my physical",
        "day 4 off the oxycodone and I'm dope sick, sweating buckets",
    ],
)
def test_same_day_problems_said_plainly(text: str) -> None:
    assert triage(text, "sms").urgency.rank >= Urgency.URGENT.rank


def test_a_result_the_school_or_the_lab_said_to_act_on_today() -> None:
    assert "abnormal_result" in active_rules("la carta dice que el plomo salio alto en la sangre y que llame hoy mismo")
    assert "abnormal_result" in active_rules("the sleep lab said my oxygen dropped into the 60s and to call my doctor today")


# -- routine messages made emergencies by words that were not the sign


def test_a_condition_is_not_an_event() -> None:
    assert "seizure" not in active_rules("she can't miss doses, she has seizures")
    assert "seizure" in active_rules("she has a seizure right now and it won't stop")


def test_an_asthma_attack_asked_about_is_not_a_seizure() -> None:
    assert "seizure" not in active_rules("que hago si le da un ataque de asma en el campamento?")


@pytest.mark.parametrize(
    "text",
    [
        "el numero que me dieron no contesta, me pueden mandar otro?",
        "cual es el whatsapp de la clinica? este no contesta",
    ],
)
def test_a_phone_number_not_answering(text: str) -> None:
    assert "unresponsive" not in active_rules(text)


def test_a_note_left_at_the_desk_is_not_a_suicide_note() -> None:
    assert "suicidal_ideation" not in active_rules("a parent left a note at the desk asking for our hours")
    assert "suicidal_ideation" in active_rules("he left a note for his kids and I can't find him")


@pytest.mark.parametrize(
    "text",
    [
        "empece la pastilla hace un mes y tengo fiebre de 101",
        "me operaron hace 5 dias y tengo fiebre de 38.5, mi cita es en 2 semanas",
    ],
)
def test_a_time_ago_or_an_appointment_is_not_a_babys_age(text: str) -> None:
    assert "infant_fever" not in active_rules(text)
    assert "infant_fever" in active_rules("mi bebe de 3 semanas tiene fiebre de 38")
