"""Mechanisms added after reading the thirty-second blind wave (a sickle cell center, a
home-infusion service, a pediatric cardiology practice, a neuromuscular and ALS clinic). Each
fix has its look-alike. Sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_a_toddler_and_a_siblings_capsules_missing() -> None:
    text = "my 3 yr old was in his sisters pill bottle, 4 capsules are missing and hes got powder on his lips"
    assert "overdose_poisoning" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # Capsules missing from an adult's own count is a pharmacy question.
    assert triage("the pharmacy shorted me, 4 capsules are missing from my refill", "sms").urgency is not Urgency.EMERGENCY


def test_better_off_if_i_stopped_and_a_night_chosen() -> None:
    assert triage("honestly everyone would be better off if i just didnt do dialysis anymore", "portal").urgency is Urgency.EMERGENCY
    assert "suicidal_ideation" in active_rules("ive thought about which night id do it")
    assert "suicidal_ideation" not in active_rules("we thought about which night we'd do the move, any night works")


def test_an_er_visit_for_it_in_a_bills_story() -> None:
    text = "call note: statement for DOS 3/14, that was the ER visit for chest pain where the workup was normal. wants an itemized bill"
    assert triage(text, "phone_call").urgency is not Urgency.EMERGENCY
    assert triage("he has chest pain right now, should we go to the ER", "phone_call").urgency is Urgency.EMERGENCY


def test_myasthenia_and_sickle_cell_medicines_and_line_flushes() -> None:
    assert triage("out of my mestinon tonight, pharmacy needs a new rx", "after_hours").urgency is Urgency.URGENT
    assert triage("im down to 1 mestinon and my refill got rejected", "sms").urgency is Urgency.URGENT
    assert triage("out of my hydroxyurea as of today, can you send it", "sms").urgency is Urgency.URGENT
    assert triage("ya no me quedan jeringas de heparina y tengo que hacer el flush hoy", "sms").urgency is Urgency.URGENT
    # Renewals still pending with nobody out, and a weight that is "down to one eighty", are not.
    assert triage("refill queue: 3 hydroxyurea renewals waiting for signature, none are out yet", "internal").urgency is Urgency.ROUTINE
    assert "out_of_critical_medication" not in active_rules("on the lasix plan my weight is down to one eighty two and i feel fine")
