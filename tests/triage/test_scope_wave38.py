"""Mechanisms added after reading the thirty-eighth blind wave (a rural family practice, an
adolescent clinic, a general cardiology practice, an urban pediatric practice). Each fix has its
look-alike. Sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage


def test_cant_really_talk_without_stopping_and_gray_lips() -> None:
    text = "hes used the inhaler every hour, he cant really talk without stopping to breathe and his lips look grayish"
    assert triage(text, "voicemail").urgency is Urgency.EMERGENCY
    assert triage("he can talk without any trouble breathing now, just need the refill", "voicemail").urgency is Urgency.ROUTINE


def test_a_level_that_did_not_go_down_with_a_visit_today() -> None:
    text = "got a message that my hcg didnt go down as much as expected and i need to come in today for a draw"
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert triage("my hcg went down like they expected, when is the next draw?", "sms").urgency is Urgency.ROUTINE


def test_pink_or_red_urine() -> None:
    assert triage("my urine was pink, almost red this morning. no pain, no fever. i take aspirin", "portal").urgency is Urgency.URGENT
    assert triage("the lab said my urine test was normal, can you send the results", "portal").urgency is Urgency.ROUTINE
