"""Mechanisms added after reading the thirty-sixth blind wave (a school-based health center, a
cardiothoracic surgery practice, a pediatric pulmonology and cystic fibrosis center, an adult
gastroenterology and endoscopy center). Each fix has its look-alike. Sentences are written for
these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_a_lethal_count_looked_up_and_better_off_if_not_around() -> None:
    assert "suicidal_ideation" in active_rules("i googled how many it would take and cant stop thinking about it")
    assert triage("my family would be better off if i wasnt around honestly", "sms").urgency is Urgency.EMERGENCY
    # A count looked up for a dose, and "better if I wasn't so tired", are not.
    assert "suicidal_ideation" not in active_rules("i looked up how many mg are in one tablet of the children's tylenol")
    assert triage("it would be better if i wasnt so tired after work, can we check my iron", "portal").urgency is Urgency.ROUTINE


def test_hurting_themselves_is_not_a_threat_to_others() -> None:
    text = "for a class project: if a student said they were thinking about hurting themselves, who would you tell?"
    assert "homicidal_ideation" not in active_rules(text)
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY
    assert "homicidal_ideation" in active_rules("he keeps having thoughts about hurting his brother")


def test_a_stay_in_hospital_with_its_dates_is_the_past() -> None:
    text = "I was admitted to St. Luke's Medical Center March 3-6 after I vomited blood. I'm fine now, I need the discharge summary for work"
    assert triage(text, "portal").urgency is Urgency.ROUTINE
    assert triage("I vomited blood this morning and feel faint", "portal").urgency is Urgency.EMERGENCY


def test_someone_already_admitted_after_the_event() -> None:
    assert triage("cancelo mi cita, a mi papa le dio un infarto ayer y esta internado. yo estoy bien", "sms").urgency is Urgency.ROUTINE
    assert triage("a mi papa le esta dando un infarto ahorita, que hago", "sms").urgency is Urgency.EMERGENCY


def test_worse_than_when_in_hospital_is_now() -> None:
    text = "the pain is worse than when i was in the hospital last spring, i cant catch my breath and keep throwing up"
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # A result compared with the last one stays a question.
    assert triage("my a1c letter says 7.6, is that better or worse than last time?", "portal").urgency is Urgency.ROUTINE


def test_a_belly_hard_as_a_board_with_fever_or_vomiting() -> None:
    text = "colonoscopy yesterday, now my belly is hard as a board, temp 102 and i threw up"
    assert "acute_abdomen" in active_rules(text)
    assert triage("le duele la panza, esta dura como piedra y tiene fiebre", "sms").urgency is Urgency.EMERGENCY
    # Abs hard as a rock from the gym are not.
    assert "acute_abdomen" not in active_rules("my stomach muscles are hard as a rock from the new workout, no other problems")


def test_a_form_question_quoted_with_its_title_in_quotes() -> None:
    text = (
        'The "CF Clinic Pre-Visit Questionnaire" you emailed asks: "In the past 2 weeks, has your child had chest '
        'pain, coughed up blood, or had trouble breathing?" He was in the hospital in May, nothing since. Do I bring the form?'
    )
    assert triage(text, "email").urgency is Urgency.ROUTINE


def test_cystic_fibrosis_medicines_and_voice_mangles() -> None:
    assert triage("we're out of creon as of tonight and she can't eat without it", "sms").urgency is Urgency.URGENT
    assert triage("se nos acabo el trikafta hoy y no hay para manana", "sms").urgency is Urgency.URGENT
    assert triage("i am on the war for in and i took my last pill last night", "voicemail").urgency is Urgency.URGENT
    assert triage("i ran out of my pred new zone this morning, the taper", "voicemail").urgency is Urgency.URGENT


def test_liver_numbers_way_higher_with_an_ultrasound_today() -> None:
    text = "the nurse called and said my liver numbers came back way higher than last time and i need an ultrasound today"
    assert triage(text, "sms").urgency is Urgency.URGENT
    # A limit quoted from a paper, "or higher", is not a result.
    quoted = "the paper says 'go to the ER for BP 160/110 or higher'. mine are 120s/70s. when is my follow up?"
    assert triage(quoted, "portal").urgency is Urgency.ROUTINE
