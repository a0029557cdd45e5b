"""Mechanisms added after reading the twenty-fourth blind wave (a rural Deep South family
practice, a children's subspecialty center, a telehealth service for employers' staff, a
gynecology, fertility and family-planning practice). Each fix has its look-alike. Sentences
are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- the missed emergency: heat stroke


def test_confusion_in_the_heat_with_the_body_no_longer_cooling_is_heat_stroke() -> None:
    text = "my dad was baling hay all day in this heat and he quit sweating, now hes talking out of his head"
    assert "heat_stroke" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    spanish = "mi esposo estuvo todo el dia con este calor y ahorita no sabe donde esta"
    assert triage(spanish, "sms").urgency is Urgency.EMERGENCY
    # Heat exhaustion told clear-headed is not this rule.
    tired = "worked in the heat all day, sweating a lot and a bit dizzy but thinking fine, drinking water now"
    assert "heat_stroke" not in active_rules(tired)


# -- same-day messages left routine


def test_a_nurses_msg_about_a_result_with_something_to_do_today() -> None:
    text = "the nurse left a msg that my a1c came back 12.9 and to come in today to start insulin"
    assert triage(text, "sms").urgency is Urgency.URGENT


def test_an_app_notification_to_repeat_a_lab_today() -> None:
    text = 'got a notification "New result: Potassium 6.3 (H). Please repeat this lab today." where do I go?'
    assert triage(text, "sms").urgency is Urgency.URGENT
    # A recheck in a week or two is routine follow-up.
    later = "Started on a new pill at today's visit, stable. Please recheck kidney labs in 1-2 weeks."
    assert "abnormal_result" not in active_rules(later)


def test_a_portal_note_that_says_please_call_the_office_today() -> None:
    text = 'there is a note in my portal that says "Please call the office today about your results." what is going on?'
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_bring_him_in_today_if_the_value_came_back_low() -> None:
    text = "el doctor dijo que si la hemoglobina salia menos de 7 lo trajera hoy. en el portal dice 6.8"
    assert triage(text, "sms").urgency is Urgency.URGENT


def test_restlessness_and_no_sleep_weeks_into_an_antidepressant() -> None:
    text = "three weeks on escitalopram and I feel wired and restless, I havent slept more than 3 hours in days"
    assert "medication_reaction" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_ivf_medicines_and_a_pharmacy_that_will_not_fill_one_due_tonight() -> None:
    text = "the pharmacy wont fill my ganirelix without a prior auth and I have to start it tonight"
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert triage("se me acabaron los ovulos vaginales y estoy embarazada por in vitro, mandenlos hoy", "sms").urgency is Urgency.URGENT


def test_suboxone_as_voice_to_text_writes_it() -> None:
    assert triage("im out of my sub ox own strips took my last one this morning", "voicemail").urgency is Urgency.URGENT


def test_contraception_that_failed_with_sex_since() -> None:
    assert triage("the condom broke last night, what do I do?", "sms").urgency is Urgency.URGENT
    assert triage("creo que se me salio el DIU y tuve relaciones ayer", "sms").urgency is Urgency.URGENT
    assert "emergency_contraception_need" not in active_rules("can I get my IUD taken out next month? I want to try for a baby")


# -- routine messages made emergencies


def test_years_ago_written_yrs() -> None:
    text = "my chest pain from the heart attack 2 yrs ago is long gone, can I stop the plavix?"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY


def test_ended_up_in_the_er_with_it_weeks_ago() -> None:
    text = "Three weeks ago I ended up in the ER with heavy bleeding after my procedure. I have been fine since. Do I need labs before my visit?"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY


def test_the_number_one_has_that_no_longer_answers() -> None:
    assert "unresponsive" not in active_rules("cual es el numero nuevo? el que tengo ya no contesta")
    assert "unresponsive" in active_rules("mi papa ya no contesta y esta tirado en el piso")


def test_back_to_doing_something_is_a_recovery() -> None:
    text = "last week when he couldnt breathe we called 911, and he is back to feeding the cows"
    assert triage(text, "email").urgency is not Urgency.EMERGENCY
