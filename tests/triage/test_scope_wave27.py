"""Mechanisms added after reading the twenty-seventh blind wave (a pulmonology and sleep
practice, a community college's student health center, a hard-but-fair primary-care mix).
Each fix has its look-alike. Sentences are written for these tests, not taken from any
labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_a_thank_you_for_calling_911() -> None:
    text = "hi its pam i just wanted to say thank you to you and your nurse for calling nine one one for my husband when he collapsed in your waiting room last week he is home now and doing really good"
    assert triage(text, "voicemail").urgency is not Urgency.EMERGENCY
    assert triage("my dad collapsed, im calling 911 now", "sms").urgency is Urgency.EMERGENCY


def test_took_my_breath_away_is_an_idiom() -> None:
    assert "overdose_poisoning" not in active_rules("this bill took my breath away more than my asthma does")
    assert "overdose_poisoning" in active_rules("he took way more of his pills than he should have")


def test_an_oxygen_concentrator_that_stopped_with_one_tank_left() -> None:
    text = "moms oxygen concentrator stopped this morning and wont restart, she has 1 tank left, the supplier needs a new order"
    assert "out_of_critical_medication" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.URGENT
    # Oxygen denied by insurance with nothing running out is routine paperwork.
    assert "out_of_critical_medication" not in active_rules("insurance denied my dads home oxygen, they want a form with his levels")


def test_an_antifibrotic_out_today_and_a_transplant_drug_taken_for_the_last_time_tonight() -> None:
    assert triage("out of my ofev as of this morning, the pharmacy never got the renewal", "sms").urgency is Urgency.URGENT
    assert "out_of_critical_medication" in active_rules("he takes his last tacrolimus 1 mg dose tonight")


def test_insulin_as_voice_to_text_writes_it_and_barely_enough_for_tonight() -> None:
    text = "im out of my in sue lin pen, maybe enough for tonights dose, the prescription expired"
    assert triage(text, "voicemail").urgency is Urgency.URGENT
