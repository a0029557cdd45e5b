"""Mechanisms added after the tenth blind wave: a week of pills at once, naloxone given, a
person who can't be got to wake, a goodbye passed on through the clinic, rhythm drugs and
a hospice comfort kit as medicines not to run out of, a medicine named by what it is for,
device and monitor alerts, 911 as one choice asked about, sentences that end after a
number, and "gray-outs". Sentences are written for these tests, not taken from any
labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


@pytest.mark.parametrize(
    "text, rule",
    [
        ("grandpa mixed up his pill organizer and took everything from the whole week at once, now he's vomiting", "overdose_poisoning"),
        ("mi abuela se tomo las pastillas de toda la semana juntas y esta muy mareada", "overdose_poisoning"),
        ("found my brother on the floor, we gave him two Narcan and he's barely breathing", "overdose_poisoning"),
        ("le dimos naloxona a mi hijo y sigue sin despertar bien", "overdose_poisoning"),
        ("my mom is on the couch and we can't get her to wake up", "unresponsive"),
    ],
)
def test_more_ways_an_emergency_is_told(text: str, rule: str) -> None:
    assert rule in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.EMERGENCY


def test_keeping_naloxone_at_home_is_not_an_overdose() -> None:
    assert "overdose_poisoning" not in active_rules("can I get a Narcan prescription to keep at home for my son?")


def test_a_goodbye_passed_on_through_the_clinic_with_things_given_away() -> None:
    text = ("hey it's Ray, thanks for everything doc, I won't be needing my appointment on the 12th or any "
            "of them after that, I gave my cat to my neighbor already. tell everybody there bye for me")
    assert triage(text, "voicemail").urgency is Urgency.EMERGENCY


def test_a_thank_you_that_cancels_one_visit_is_not_a_goodbye() -> None:
    text = "thank you for everything, I won't be needing the appointment on the 12th since I moved to Ohio"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacy: pt out of Tikosyn 250 mcg as of today, no refills. Please send Rx.",
        "RN: hospice family is out of the lorazepam from the comfort kit, needs new script today",
        "she takes the lev it for her seizures and we're out, nothing for tonight",
    ],
)
def test_rhythm_drugs_comfort_kits_and_seizure_medicines_running_out_are_urgent(text: str) -> None:
    assert "out_of_critical_medication" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "Remote monitoring alert: new AF episodes over 48 hrs, burden 30%, pt not anticoagulated.",
        "the holter company called, my monitor showed some pauses and I should call cardiology today",
        "Device clinic: RV lead impedance jumped to >2000 ohms, possible lead fracture, please see today.",
    ],
)
def test_device_and_monitor_alerts_are_same_day(text: str) -> None:
    assert "arrhythmia_report" in active_rules(text)
    assert triage(text, "referral_partner").urgency is Urgency.URGENT


def test_my_remote_transmission_was_normal_is_routine() -> None:
    assert "arrhythmia_report" not in active_rules("got a letter that my pacemaker remote transmission was normal, thanks!")


def test_911_as_one_choice_asked_about_is_not_calling_it() -> None:
    text = "Planning ahead: if my ICD ever fires, what do I do? Call 911, call you, go to the ER? It never has."
    assert "emergency_services" not in active_rules(text)
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY
    assert "emergency_services" in active_rules("he collapsed and we had to call 911")


def test_a_sentence_ends_after_a_number() -> None:
    """'No' after 'BP 88/54.' starts its own statement; it does not reach back."""
    result = triage("started the new heart pill Friday, grays out when she stands. BP 88/54. No fainting.", "phone_call")
    assert result.urgency is Urgency.URGENT


def test_a_wish_to_die_with_the_pronoun_after_the_verb() -> None:
    assert "suicidal_ideation" in active_rules("la paciente me dijo que quiere morirse y que tiene un plan")
    assert "suicidal_ideation" in active_rules("mi hijo dice que queria matarse anoche")
    assert "suicidal_ideation" not in active_rules("quiero morirme de verguenza jaja, me equivoque de dia de la cita")


@pytest.mark.parametrize(
    "text, rule",
    [
        ("about an hour ago the vision in my right eye went completely dark and the vision hasn't come back", "stroke_signs"),
        ("he's talking but none of it makes sense, he called the phone a sandwich", "stroke_signs"),
        ("she's had 3 seizures in the last hour and is not waking up in between", "seizure"),
        ("la nina se desmayo en el recreo y no ha recuperado el conocimiento", "unresponsive"),
        ("mi bebe de un mes esta muy flojito y la respiracion casi no se le ve", "baby_not_breathing"),
        ("took my insulin twice, shaky and sweaty and can't think straight, sugar says 41", "severe_hypoglycemia"),
        ("no duermo y hoy pense en tomarme todas las pastillas que tengo", "suicidal_ideation"),
    ],
)
def test_signs_the_corpora_showed_the_rules_missing(text: str, rule: str) -> None:
    assert rule in active_rules(text)


def test_someone_else_who_is_in_danger_now_counts() -> None:
    """A roommate or coworker in danger now is the writer's emergency (the guide: whoever
    writes about someone else counts as the patient's caregiver)."""
    assert triage("my roommate wont wake up and there are pill bottles by her bed", "sms").urgency is Urgency.EMERGENCY
    assert triage("mi companero ya no puede respirar despues de que cayo el liquido del avion", "sms").urgency is Urgency.EMERGENCY
    assert triage("my coworker had a seizure last month, is that contagious?", "portal").urgency is not Urgency.EMERGENCY
