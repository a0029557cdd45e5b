"""Mechanisms added after reading the rest of the twelfth blind wave: its urgent messages
made emergencies, its routine messages made urgent and its category misses. Each fix has
its look-alike that must stay an emergency. Sentences are written for these tests, not
taken from any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Category, Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


@pytest.mark.parametrize(
    "text",
    [
        "He says he doesn't want to hurt himself, he's just exhausted from the new baby and not sleeping",
        "my son told me he does not plan to hurt anyone, he's just angry about the breakup",
    ],
)
def test_not_wanting_to_hurt_oneself_is_a_denial(text: str) -> None:
    rules = active_rules(text)
    assert "suicidal_ideation" not in rules and "homicidal_ideation" not in rules


@pytest.mark.parametrize(
    "text",
    [
        "she doesn't want to live anymore and has been giving her things away",
        "he doesn't want to hurt anyone but he wants to kill himself tonight",
    ],
)
def test_the_wish_to_die_is_still_heard(text: str) -> None:
    assert triage(text, "portal").urgency is Urgency.EMERGENCY


def test_not_having_taken_more_is_not_an_overdose() -> None:
    text = "the nausea started after the dose went up, I haven't taken any more injections since Monday"
    assert "overdose_poisoning" not in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_taking_more_is_still_an_overdose() -> None:
    assert triage("my husband has taken way more of his oxycodone than he should, he's hard to wake", "phone_call").urgency is Urgency.EMERGENCY


def test_an_effect_a_clinician_said_to_expect_is_not_a_stroke_sign() -> None:
    text = "after the knee block they said my leg would be numb until tonight, it's now the next evening and still numb"
    assert "stroke_signs" not in active_rules(text)
    assert triage(text, "after_hours").urgency is not Urgency.EMERGENCY


def test_a_clinician_s_alarm_is_not_a_forecast() -> None:
    text = "urgent care said it might be a stroke, his face is drooping on one side, should we go to the ER?"
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


def test_talking_normally_is_not_a_speech_sign() -> None:
    text = "grandpa has a fever of 101 and seems a little confused tonight, he's talking normally and moving everything"
    assert "stroke_signs" not in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_garbled_speech_is_still_a_stroke_sign() -> None:
    assert triage("since lunch her words are all garbled and she can't lift her right arm", "phone_call").urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "day 5 after my back surgery, clear watery fluid keeps leaking from the incision and soaking the dressing",
        "the dressing over his knee incision is soaked with cloudy yellow drainage and it smells bad",
    ],
)
def test_a_dressing_soaked_with_something_else_is_a_wound_problem_not_bleeding(text: str) -> None:
    assert "severe_bleeding" not in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "the dressing is soaked with blood and it keeps dripping",
        "fluid at first, now bright red blood is soaking through the gauze",
        "empapo la gasa de sangre en media hora",
    ],
)
def test_a_dressing_soaked_with_blood_is_still_bleeding(text: str) -> None:
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


def test_a_throat_swollen_with_a_fever_is_an_infection() -> None:
    text = "a mi hija se le ve la garganta muy inflamada, tiene calentura de 102 y le duele tragar"
    assert "anaphylaxis" not in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "le dimos cacahuate por primera vez y tiene la garganta inflamada y esta tosiendo",
        "after the bee sting his throat is swollen and his voice sounds funny",
    ],
)
def test_a_throat_swollen_without_an_infection_is_still_anaphylaxis(text: str) -> None:
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


def test_a_stained_liner_and_a_little_bleeding_are_not_amounts() -> None:
    text = "tengo 12 semanas y hoy vi un poquito de sangre, una toalla diaria manchada nada mas, sin dolor"
    assert "severe_bleeding" not in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.URGENT


def test_soaking_pads_is_still_an_amount() -> None:
    assert triage("estoy sangrando mucho, ya llene dos toallas en una hora", "sms").urgency is Urgency.EMERGENCY


def test_a_blood_test_is_not_bleeding_in_pregnancy() -> None:
    text = "tengo 28 semanas, ya salieron los resultados de la sangre, me explican que significa el hierro bajo?"
    assert "pregnancy_bleeding" not in active_rules(text)
    assert triage(text, "portal").category is Category.TEST_RESULT_QUESTION


def test_a_finished_antibiotic_course_dates_the_infection() -> None:
    text = "despues de terminar el antibiotico para la infeccion de orina, me tengo que hacer otro examen? ya me siento bien"
    assert triage(text, "portal").urgency is Urgency.ROUTINE


def test_the_reason_a_referral_names_is_not_a_current_symptom() -> None:
    text = "Lakeside Neurology: referral received for 44 yo female with headaches. We need the last office note before scheduling."
    result = triage(text, "referral_partner")
    assert result.category is Category.REFERRAL_STATUS
    assert result.urgency is Urgency.ROUTINE


def test_a_referral_that_reports_a_new_change_is_clinical() -> None:
    text = "Referral for chest pain eval received. Pt called us today: chest pressure now, sweaty and short of breath"
    assert triage(text, "referral_partner").urgency is Urgency.EMERGENCY


# A leftover of wave 10's reading, fixed here: a threat told about someone else in Spanish
# had needed a weapon nearby ("va a matar al muchacho" without one was routine).
@pytest.mark.parametrize(
    "text",
    [
        "mi cunado dice que va a matar al vecino, anda muy borracho y gritando",
        "el papa de los ninos amenazo con matarla si se va de la casa",
    ],
)
def test_a_spanish_threat_about_someone_else_is_an_emergency(text: str) -> None:
    assert "homicidal_ideation" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "si no llego a tiempo mi jefa me va a matar, me pueden dar la cita mas temprano?",
        "mi abuela dice que la enfermera la va a matar de tanto carino, gracias por todo",
        "mi hermano dice que lo va a matar el calor en ese trabajo jaja, necesita su forma de la escuela",
    ],
)
def test_the_spanish_idiom_is_not_a_threat(text: str) -> None:
    assert "homicidal_ideation" not in active_rules(text)
