"""Mechanisms added after reading the thirtieth blind wave (an oncology practice, an
urgent-care callback line, an LGBTQ+ health center, a community dental clinic). Each fix has
its look-alike. Sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_too_much_acetaminophen_within_a_day() -> None:
    text = "been taking tylenol for my tooth, like 14 of the extra strength since yesterday plus ibuprofen, stomach hurts"
    assert "overdose_poisoning" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    assert "overdose_poisoning" in active_rules("he took 15 tylenol today for his tooth")
    # Over a week, or a bottle bought, is not a day's overdose.
    assert "overdose_poisoning" not in active_rules("i go through about 12 tylenol a week for my knees, is that ok")
    assert "overdose_poisoning" not in active_rules("i bought the 100 count tylenol bottle, can i take it with my blood thinner")


def test_a_denied_fracture_does_not_deny_what_follows() -> None:
    text = "since the fall (they did an xray, said no fracture) my chest feels squeezed like a belt"
    assert "chest_pain" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # "No chest pain" still denies.
    assert "chest_pain" not in active_rules("since the fall my ribs are sore, no chest pain, no trouble breathing")


def test_sent_to_the_er_for_it_is_a_past_visit() -> None:
    text = "question on the bill for 3/2, when my dad was sent from your office to the ER by ambulance for chest pain. he is fine now"
    assert triage(text, "phone_call").urgency is not Urgency.EMERGENCY
    assert triage("my dad has chest pain right now, should i call an ambulance", "phone_call").urgency is Urgency.EMERGENCY


def test_running_out_later_is_not_today() -> None:
    assert triage("im on lantus and will run out next month, can you renew it", "sms").urgency is Urgency.ROUTINE
    assert triage("on insulin, need a new doctor before my refills run out later this year", "sms").urgency is Urgency.ROUTINE
    assert triage("my lantus runs out tonight and the pharmacy needs a new rx", "sms").urgency is Urgency.URGENT


def test_oral_cancer_pills_injections_and_doses_remaining() -> None:
    assert triage("specialty pharmacy cant ship my revlimid until the auth clears, took my last capsule today", "sms").urgency is Urgency.URGENT
    assert triage("pt states last injection of enoxaparin was this morning, next due tonight, no refills", "referral_partner").urgency is Urgency.URGENT
    assert triage("claim rejected for biktarvy, patient reports 0 doses remaining", "referral_partner").urgency is Urgency.URGENT
    assert triage("i take the hydro cortisone for my adrenal glands and took my last one this morning", "voicemail").urgency is Urgency.URGENT


def test_an_xray_read_again_and_the_clinics_own_staff() -> None:
    text = "someone from the clinic left a message that the radiologist read my xray again, its a small fracture and i need a boot and to be seen today"
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert triage("me dijeron que el radiologo vio algo en la placa y que lo tengo que llevar hoy", "sms").urgency is Urgency.URGENT
    # Someone else's X-ray is still someone else's.
    assert triage("my coworker's xray showed a fracture and he needs to be seen today, is that common?", "sms").urgency is Urgency.ROUTINE
