"""Mechanisms added after reading the eighteenth blind wave (transitional care after discharge,
an ophthalmology practice, a community mental health center with a crisis line, a pediatric
cardiology and pulmonology practice). Each fix has its look-alike. Sentences are written for
these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


def test_a_medicine_by_name_in_a_pile_beside_despair() -> None:
    text = "i don't want to do this anymore, all my lithium is in a pile next to me"
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY


def test_a_call_transferred_to_the_crisis_clinician_is_not_moving_away() -> None:
    text = "her son texted 'tell everyone im sorry' an hour ago and is not answering. Call transferred to crisis clinician."
    assert "suicidal_ideation" in active_rules(text)


def test_retractions_at_the_neck_and_wheezing_too_hard_to_talk() -> None:
    assert "breathing_difficulty" in active_rules("she's wheezing and it's sucking in at her neck and ribs")
    assert "breathing_difficulty" in active_rules("wheezing all morning and now he can barely talk")


# -- urgent messages left routine


def test_a_toxic_lithium_level_and_an_inr_from_this_morning() -> None:
    assert "abnormal_result" in active_rules("my lithium level came back this morning at 1.7")
    assert "abnormal_result" not in active_rules("my lithium level came back at 0.8, right where it should be")
    assert "abnormal_result" in active_rules("INR from this morning was 6.2 per the lab")


# -- routine messages made emergencies by words that were not the sign


def test_od_in_an_eye_note_is_the_right_eye() -> None:
    assert "overdose_poisoning" not in active_rules("BCVA 20/40 OD, 20/30 OS, cataract evaluation requested")
    assert "overdose_poisoning" in active_rules("my brother OD'd on his pills and won't wake up")


def test_staying_off_cigarettes_is_not_speech_that_sounds_off() -> None:
    assert "stroke_signs" not in active_rules("can I talk to someone about staying off cigarettes?")


def test_a_contact_lens_fitting_is_not_a_seizure() -> None:
    assert "seizure" not in active_rules("Reason for visit: contact lens exam and fitting")


def test_a_rough_patch_in_march_is_a_past_episode() -> None:
    text = "I had a rough patch in March with suicidal thoughts and was inpatient; I've been stable since. Can you fill out a form?"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY


def test_not_planning_to_kill_herself_denies_it() -> None:
    text = "the counselor says she has been cutting again but isn't planning to kill herself"
    assert "suicidal_ideation" not in active_rules(text)
    assert "self_harm" in active_rules(text)
