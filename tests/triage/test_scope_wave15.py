"""Mechanisms added after reading the fifteenth blind wave (a pediatric practice, a geriatric
practice with home visits, an FQHC with addiction medicine, a dermatology and orthopedics
group). Each fix has its look-alike. Sentences are written for these tests, not taken from
any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Category, Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


@pytest.mark.parametrize(
    "text",
    [
        "my son ate a couple of my fluoxetine, he thought it was candy, he is 3",
        "my 2 year old got into grandpa's oxycodone, maybe one pill",
        "she got into the cat's flea pills, not sure how many, shes 20 months",
    ],
)
def test_a_small_child_into_a_grown_up_or_pet_medicine(text: str) -> None:
    assert "overdose_poisoning" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my son took his medicine this morning, can he have another dose tonight?",
        "my daughter took her pills late today, is that ok",
    ],
)
def test_a_child_taking_their_own_medicine_is_a_dose(text: str) -> None:
    assert "overdose_poisoning" not in active_rules(text)


def test_the_means_in_reach_beside_despair() -> None:
    text = "i can't do this anymore. i've got her sleeping pills right here and nobody would notice"
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY


def test_the_means_in_reach_for_a_dose_question() -> None:
    assert "suicidal_ideation" not in active_rules("I have his morphine right here, how much do I give him for the pain?")


# -- urgent messages left routine


@pytest.mark.parametrize(
    "text",
    [
        "he took his last Lasix this morning and the pharmacy needs a new script, he has heart failure",
        "se me acabo la medicina del corazon ayer y la farmacia no la tiene",
        "please send my HIV meds, I've got 0 left as of today",
    ],
)
def test_out_of_a_heart_failure_diuretic_heart_medicine_or_hiv_medicine(text: str) -> None:
    assert "out_of_critical_medication" in active_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "the pharmacy says there are no refills left on my metoprolol, I still have two weeks of pills",
        "necesito renovar la receta del metoprolol, ya no me quedan refills",
    ],
)
def test_no_refills_left_is_not_out_of_the_medicine(text: str) -> None:
    assert "out_of_critical_medication" not in active_rules(text)


def test_a_monitor_showing_pauses_to_be_read_today() -> None:
    text = "The heart doctor's office said Mom's event monitor showed long pauses and her doctor needs to review it today."
    assert "abnormal_result" in active_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "you said to call if my ankles got worse. they have, and my right leg is bigger than the left now",
        "my knee swelled up like a balloon overnight and it's hot to the touch",
    ],
)
def test_a_leg_bigger_than_the_other_or_a_joint_hot_to_the_touch(text: str) -> None:
    assert "acute_symptom" in active_rules(text)


def test_a_hot_joint_inside_a_reschedule_is_clinical() -> None:
    result = triage("can we move my injection to next week? my knee is hot to the touch and I can hardly walk", "sms")
    assert result.category is Category.CLINICAL_CONCERN
    assert result.urgency is Urgency.URGENT


def test_low_mood_since_a_new_medicine() -> None:
    text = "since starting the acne medicine last month my son has been really down and crying a lot"
    assert "medication_reaction" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


# -- messages made urgent or emergencies by words that were not the sign


def test_a_thank_you_for_calling_911_is_about_an_emergency_that_is_over() -> None:
    text = "Thank you for noticing how bad my breathing was and calling 911 for me last week. I'm home and doing great."
    assert triage(text, "email").urgency is not Urgency.EMERGENCY


def test_thanks_for_calling_911_with_a_sign_now_is_current() -> None:
    text = "thanks for calling 911 for my dad yesterday, he still cant breathe right and is confused now"
    assert triage(text, "sms").urgency is Urgency.EMERGENCY


def test_fitting_an_orthotic_is_not_a_seizure() -> None:
    assert "seizure" not in active_rules("we will send the delivery confirmation to your office after fitting the brace")
    assert "seizure" in active_rules("he is fitting again and won't stop")


def test_the_fever_broke() -> None:
    assert triage("thanks for the call last night, the fever broke and she's playing again", "sms").urgency is Urgency.ROUTINE
    assert "pregnancy_labor" in active_rules("my water broke twenty minutes ago")


def test_a_file_that_wont_open_is_not_an_eye() -> None:
    assert "acute_symptom" not in active_rules("my results are in the portal but i cant open it")
    assert "acute_symptom" in active_rules("his eye is swollen and he cant open it")


def test_out_of_the_program_or_the_bottle_is_not_out_of_the_medicine() -> None:
    assert "out_of_critical_medication" not in active_rules("will the clinic kick me out of the program if I slip on suboxone?")
    assert "out_of_critical_medication" in active_rules("I'm out of my suboxone as of this morning")


def test_not_spreading_or_changing() -> None:
    assert "worsening_symptom" not in active_rules("a dry patch on my elbow for months, it isn't spreading or changing")
    assert "worsening_symptom" in active_rules("the redness is spreading up my leg")


def test_waiting_for_the_next_visit_holds_the_model_back() -> None:
    text = "She is 10 months and not pulling up yet. No other concerns, can we just bring it up at her 12 month visit?"
    assert triage(text, "email").urgency is not Urgency.EMERGENCY


def test_a_problem_happening_more_and_more_often_is_worsening() -> None:
    assert "worsening_symptom" in active_rules("food sticks halfway down and it's happening more and more often")
    assert "worsening_symptom" not in active_rules("I'm using the portal more and more often, love it")
