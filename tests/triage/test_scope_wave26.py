"""Mechanisms added after reading the twenty-sixth blind wave (an urban family-medicine
residency clinic, a hematology practice, a retirement community's primary care, a pediatric
after-hours line). Each fix has its look-alike. Sentences are written for these tests, not
taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


def test_a_fall_on_a_blood_thinner_then_vomiting_and_the_same_questions_again() -> None:
    text = "my wife fell on the stairs an hour ago, shes on xarelto, now shes throwing up and keeps asking me the same questions"
    assert "head_injury" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY


def test_coughing_up_tablespoons_of_blood() -> None:
    text = "since last night ive been coughing up bright red blood, a couple of tablespoons each time"
    assert "severe_bleeding" in active_rules(text)
    # A tablespoon in the stool once is a same-day question (round 62).
    assert "severe_bleeding" not in active_rules("some bright red blood with my stool this morning, maybe a tablespoon")


# -- same-day messages left routine


def test_nosebleeds_on_a_blood_thinner() -> None:
    text = "I'm on warfarin and this is my third nosebleed this week, it stopped after 20 minutes"
    assert "bleeding_on_blood_thinner" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.URGENT
    assert "bleeding_on_blood_thinner" not in active_rules("had a nosebleed yesterday for 10 min, not on any blood thinners")


def test_self_injury_without_a_wish_to_die() -> None:
    text = "I found cuts on my son's forearm last night. He says he doesn't want to die, it just helps. Can someone call me today?"
    assert "self_injury" in active_rules(text)
    assert triage(text, "email").urgency is Urgency.URGENT
    assert "self_injury" not in active_rules("he cut himself shaving this morning")


def test_more_ways_to_say_a_dose_is_the_last() -> None:
    assert "out_of_critical_medication" in active_rules("she only has enough keppra for tonights dose")
    assert "out_of_critical_medication" in active_rules("we used his epipen and he has none right now")
    assert "out_of_critical_medication" in active_rules("pump pod expires tonight and we have no spares, the omnipod order needs a PA")
    assert "out_of_critical_medication" in active_rules("resident has 1 dose on hand of carbidopa levodopa")


def test_a_lab_said_to_call_before_tonights_dose() -> None:
    text = "INR this morning = 4.9. The lab told us to call the doctor before tonight's warfarin dose."
    assert triage(text, "phone_call").urgency is Urgency.URGENT


def test_a_condition_met_when_the_result_is_several_words_after_the_verb() -> None:
    text = "usted me dijo que si la prueba salia alta le hablara el mismo dia. ya salio en el portal y dice 215"
    assert triage(text, "portal").urgency is Urgency.URGENT


# -- routine messages made emergencies


def test_poison_control_already_called_and_reassuring() -> None:
    text = "fyi he licked a little of the toothpaste, we called poison control and they said its fine, no need to do anything"
    assert "overdose_poisoning" not in active_rules(text)
    assert "overdose_poisoning" in active_rules("called poison control, they said take him to the ER now, he swallowed lamp oil")


def test_drowning_in_bills_is_an_idiom_choking_on_phlegm_is_not() -> None:
    assert "breathing_difficulty" not in active_rules("ya me estoy ahogando con tantos cobros, me pueden checar la cuenta")
    assert "breathing_difficulty" in active_rules("se esta ahogando con las flemas y no puede respirar")


def test_should_we_call_911_or_only_if_is_a_question_for_later() -> None:
    text = "she has been fine since january. Should we always call 911 or only if it lasts more than 5 minutes?"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY
