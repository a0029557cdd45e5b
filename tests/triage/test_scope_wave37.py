"""Mechanisms added after reading the thirty-seventh blind wave (an HIV and PrEP clinic, a
skilled nursing facility physician group, a developmental-behavioral pediatrics clinic, a
podiatry and diabetic foot clinic). Each fix has its look-alike. Sentences are written for these
tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_breathless_without_stopping_and_gray_lips() -> None:
    text = "the cough got worse. i cant get through a sentence without stopping to catch my breath, even sitting, and my lips looked kind of gray"
    assert triage(text, "portal").urgency is Urgency.EMERGENCY
    # "without" still denies: "breathing fine without the inhaler".
    assert triage("walked the dog without any trouble breathing today, just want my refill", "sms").urgency is Urgency.ROUTINE


def test_shock_signs_hard_to_arouse_or_slow_breathing() -> None:
    assert triage("nurse note: BP 80/44 and hard to arouse after the wrong meds were given", "internal").urgency is Urgency.EMERGENCY
    assert triage("BP 82/50, RR 6, resident not acting right", "internal").urgency is Urgency.EMERGENCY
    assert "shock_signs" not in active_rules("BP 82/50 is his usual, alert and chatting, eating lunch")


def test_not_hurting_himself_denies() -> None:
    assert triage("he flaps and spins more when tired, not hurting himself, is that ok?", "sms").urgency is not Urgency.EMERGENCY
    assert triage("he is hurting himself, banging his head on the wall and wont stop", "sms").urgency is not Urgency.ROUTINE


def test_si_and_a_verb_is_a_condition_in_spanish() -> None:
    assert triage("si le vuelve a dar una convulsion larga le pongo el diazepam?", "sms").urgency is not Urgency.EMERGENCY
    assert triage("le esta dando una convulsion larga y no se le quita", "sms").urgency is Urgency.EMERGENCY


def test_in_hospital_with_her_all_day_and_an_er_visit_told() -> None:
    text = "perdon por faltar, a mi abuela le dio un derrame y estuvimos todo el dia en el hospital con ella. reprogramamos?"
    assert triage(text, "sms").urgency is Urgency.ROUTINE
    visit = "I ended up in the ER Saturday night with chest pain, it was reflux and I'm fine. Can I reschedule Monday?"
    assert triage(visit, "portal").urgency is Urgency.ROUTINE
    assert triage("I have chest pain right now and I'm heading to the ER", "portal").urgency is Urgency.EMERGENCY


def test_doesnt_respond_to_his_name_and_a_fitting_booked() -> None:
    form = "Concern: speech delay, doesn't respond to his name, lines up cars. Best time to call: mornings"
    assert triage(form, "appointment_form").urgency is not Urgency.EMERGENCY
    assert triage("he is not responding to his name and he is limp", "sms").urgency is Urgency.EMERGENCY
    assert "seizure" not in active_rules("brace received from the lab, fitting booked for 11/2 at 10")


def test_results_to_act_on_today() -> None:
    assert triage("cardiology said his EKG shows a prolonged QTc and to hold the stimulant and call you today", "email").urgency is Urgency.URGENT
    assert triage("RN: HIV RNA resulted detected on PrEP patient, please review today", "internal").urgency is Urgency.URGENT


def test_medicines_not_to_stop_and_antibiotics_for_an_open_wound() -> None:
    assert triage("we are out of his guanfacine, last pill was this morning", "sms").urgency is Urgency.URGENT
    assert triage("se me acabo el vic tarvi anoche y hoy no me la tome", "voicemail").urgency is Urgency.URGENT
    assert triage("i took my last doxycycline this morning and the foot is still healing", "sms").urgency is Urgency.URGENT
    # The last pill of a finished course for nothing going on is not.
    assert "out_of_critical_medication" not in active_rules("took my last doxycycline this morning, course done, all healed")


def test_an_ulcer_deeper_with_bone_showing() -> None:
    text = "the ulcer on my heel looks deeper and i can see something white at the bottom like bone"
    assert triage(text, "sms").urgency is Urgency.URGENT


def test_pep_after_a_needlestick_is_clinical_care() -> None:
    # Its own rule since wave 37: filed as a critical medicine run out, a needlestick's PEP
    # request went to the refill desk.
    text = "Call note: aide stuck her finger on a used lancet at a client's home this morning. Asking about PEP."
    result = triage(text, "phone_call")
    assert result.urgency is Urgency.URGENT
    assert result.category.value == "clinical_concern"
    # A PEP prior authorization stays with the authorization desk.
    auth = "PEP prior authorization for my client was denied, exposure was Saturday, she needs it started today"
    assert "pep_needed" in active_rules(auth)
