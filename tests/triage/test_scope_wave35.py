"""Mechanisms added after reading the thirty-fifth blind wave (a midwifery birth center, a spine
and pain clinic, a pediatric GI and IBD clinic, a refugee and immigrant health clinic). Each fix
has its look-alike. Sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_severe_preeclampsia_signs() -> None:
    text = "im 36 weeks, worst headache of my life and seeing sparkly lights. bp cuff says 170/112"
    assert "preeclampsia_signs" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    spanish = "tengo 33 semanas, me duele mucho la cabeza y veo lucecitas, me tomaron la presion y salio 165/110"
    assert triage(spanish, "sms").urgency is Urgency.EMERGENCY
    spoken = "im thirty six weeks pregnant headache all day my cuff said one seventy over one twelve and i see spots"
    assert triage(spoken, "voicemail").urgency is Urgency.EMERGENCY
    # A severe reading with the signs denied is a same-day check, not a 911 call.
    calm = "I'm 37 weeks pregnant, BP 162/104 on recheck. No headache, no vision changes, no pain under my ribs."
    assert triage(calm, "portal").urgency is Urgency.URGENT
    # Not pregnant: the same headache and reading is another rule's business.
    assert "preeclampsia_signs" not in active_rules("my dad has a headache and his bp cuff says 170/112")


def test_high_blood_pressure_in_pregnancy_or_after_a_birth() -> None:
    assert triage("I'm 35 weeks and my BP was 142/92 at the pharmacy, no symptoms", "portal").urgency is Urgency.URGENT
    assert triage("Call note: PP day 4, checking BP per instructions: 148/96 this AM", "phone_call").urgency is Urgency.URGENT
    # A normal reading, or a date that looks like one, is not.
    assert triage("I'm 35 weeks, BP was 118/72 today, all good. Can I book my next visit?", "portal").urgency is Urgency.ROUTINE
    assert "pregnancy_high_blood_pressure" not in active_rules("35 weeks pregnant, due 10/94? no, due 10/14, typo")


def test_a_result_read_off_with_a_comma_or_posted() -> None:
    text = "me salio la hemoglobina en el portal, dice 7.6 y la partera me dijo q si salia menos de 8 le llamara el mismo dia"
    assert triage(text, "sms").urgency is Urgency.URGENT
    posted = "the result is posted in the portal as 17.2. she said if it was over the line we'd need to come in for lights today"
    assert triage(posted, "portal").urgency is Urgency.URGENT
    flagged = "midwife said if my labs came back flagged to call the same day and the portal has two red flags"
    assert triage(flagged, "voicemail").urgency is Urgency.URGENT
    assert triage("midwife said if my labs came back flagged to call the same day. nothing posted yet", "portal").urgency is Urgency.ROUTINE


def test_pasted_instructions_and_a_day_recalled() -> None:
    pasted = "> Call us with fever over 101, increasing redness or drainage, or new weakness. No lifting for 6 weeks."
    assert triage("Thanks, all good here, one question about driving.\n\n" + pasted, "email").urgency is not Urgency.EMERGENCY
    recalled = "That was the day she swallowed the magnets and had the emergency scope. Shes fine now. Why was it billed twice?"
    assert triage(recalled, "email").urgency is Urgency.ROUTINE
    assert triage("she swallowed two magnets an hour ago and is throwing up", "sms").urgency is Urgency.EMERGENCY


def test_a_missing_prior_authorization_is_no_denial() -> None:
    text = "pharmacy wont give me the insulin without a prior authorization and i used my last pen this morning"
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert triage("i take the insulin without any problem, just need a refill next week", "sms").urgency is Urgency.ROUTINE


def test_medicines_as_voice_to_text_writes_them_and_a_patch() -> None:
    assert triage("i ran out of my nifty peen and i take it tonight can you send it", "voicemail").urgency is Urgency.URGENT
    assert triage("se le acabo la guar farina hoy y no tiene para manana", "voicemail").urgency is Urgency.URGENT
    assert triage("my last fentanyl patch comes off tonight and the rx needs a new script", "sms").urgency is Urgency.URGENT


def test_a_gastrostomy_button_out_in_spanish() -> None:
    assert triage("el boton de la gastrostomia se le salio hace una hora, no tengo repuesto", "sms").urgency is Urgency.URGENT
    assert "line_or_tube_problem" not in active_rules("el boton de la camisa se le salio, lo cosi")


def test_a_new_mother_barely_sleeping_and_crying() -> None:
    text = (
        "my wife had the baby 5 weeks ago. shes barely sleeping and cries most afternoons. I asked if she had "
        "thoughts of hurting herself and she said no. can someone call her today"
    )
    assert triage(text, "email").urgency is Urgency.URGENT
