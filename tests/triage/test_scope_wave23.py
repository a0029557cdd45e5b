"""Mechanisms added after reading the twenty-third blind wave (an ENT and head-and-neck
cancer practice, a primary-care practice for people with intellectual and developmental
disabilities, a travel and infectious-disease clinic, a plastic surgery practice). Each fix
has its look-alike. Sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- an instruction on a condition, and the condition met


def test_the_condition_met_in_the_same_sentence_or_before_it() -> None:
    same_sentence = "the doctor said if my sodium came back under 130 to call right away, portal says 126"
    assert triage(same_sentence, "sms").urgency is Urgency.URGENT
    before = "the lab just called, my magnesium is 1.1. dr lee said if it came back under 1.3 to call same day"
    assert triage(before, "sms").urgency is Urgency.URGENT
    treatment = "she said if the culture came back resistant we would need to switch antibiotics right away. it says resistant now"
    assert triage(treatment, "portal").urgency is Urgency.URGENT
    spanish = "la doctora dijo que si salia positivo habia que empezar el tratamiento ese mismo dia. ya aparece en el portal como positivo"
    assert triage(spanish, "portal").urgency is Urgency.URGENT


# -- out of a medicine that must not lapse


def test_rescue_seizure_medicine_calcitriol_tb_treatment_and_home_iv_antibiotics() -> None:
    assert triage("we used his last valtoco spray yesterday, no rescue med at home now, please send a new rx today", "sms").urgency is Urgency.URGENT
    assert triage("ran out of calcitriol this morning after my thyroid surgery, can you send it today", "portal").urgency is Urgency.URGENT
    assert triage("se me acabaron las pastillas de la tb hoy, me mandan la receta?", "sms").urgency is Urgency.URGENT
    assert triage("home infusion cant deliver tonights dose of vancomycin without a new order", "internal").urgency is Urgency.URGENT


def test_a_dose_tonight_and_then_nothing() -> None:
    assert "out_of_critical_medication" in active_rules("she has her evening dose of keppra and then nothing, pharmacy needs a new rx")
    assert "out_of_critical_medication" in active_rules("se le acaba el depakote hoy en la noche, mandenlo porfa")
    assert "out_of_critical_medication" in active_rules("he only has tonights dose of clobazam")


def test_the_last_dose_of_a_course_booked_ahead_is_not_running_out() -> None:
    text = "the infusion nurse says my last dose of vancomycin is on the 20th, can you move my PICC removal to the 21st?"
    assert "out_of_critical_medication" not in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.ROUTINE


def test_no_longer_having_to_take_a_medicine_is_not_running_out() -> None:
    text = "me dijeron que ya no tengo que tomar las pastillas de la tb, es cierto?"
    assert "out_of_critical_medication" not in active_rules(text)


def test_an_antibiotic_after_surgery_interrupted() -> None:
    text = "I was given keflex for a week after my knee surgery but the pharmacy short filled it and I took the last one today"
    assert triage(text, "portal").urgency is Urgency.URGENT


# -- rabies


def test_an_animal_bite_that_may_carry_rabies_and_a_missed_rabies_shot() -> None:
    assert triage("a stray dog bit my son on the leg at the beach this afternoon", "sms").urgency is Urgency.URGENT
    assert triage("ayer un murcielago me mordio la mano en el rancho", "sms").urgency is Urgency.URGENT
    assert triage("I missed my rabies shot #4 yesterday because of work, what now?", "sms").urgency is Urgency.URGENT
    # A pet's vaccine or a bite from one's own vaccinated dog is not this rule.
    assert "rabies_exposure" not in active_rules("when is my dog due for his rabies shot?")


# -- routine messages made emergencies, and an urgent one over-called


def test_a_seizure_plan_quoted_in_a_what_if_question() -> None:
    text = "no one is sick. his seizure plan says give the nasal spray after 5 minutes, what if it is a cluster of short ones?"
    assert triage(text, "after_hours").urgency is not Urgency.EMERGENCY
    assert triage("he is having a seizure, it has been 6 minutes and the spray did not stop it", "sms").urgency is Urgency.EMERGENCY


def test_a_housemates_seizure() -> None:
    text = "cancel Ana's 2pm, her housemate had a seizure this morning and staff went with him to the ER"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY


def test_back_to_himself_is_a_recovery() -> None:
    text = "Thank you for last month when my son had the allergic reaction in your office. He is back to himself and back at school."
    assert triage(text, "email").urgency is not Urgency.EMERGENCY
    recovered = "last week when my son couldnt breathe we called 911, he is back to himself"
    assert triage(recovered, "sms").urgency is not Urgency.EMERGENCY
    # "back" as the problem back still makes the story current.
    again = "last week when my son couldnt breathe we called 911 and now its back"
    assert triage(again, "sms").urgency is Urgency.EMERGENCY


def test_a_throat_an_antibiotic_was_for_is_not_a_sign_of_anaphylaxis() -> None:
    text = "le dieron amoxicilina para la garganta y hoy tiene ronchas, respira bien y no tiene la cara hinchada"
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_a_recheck_before_an_operation_ahead_is_not_the_past() -> None:
    text = "the nurse left a message that my hemoglobin was low and to go back to the lab today for a recheck before my surgery Friday"
    assert "abnormal_result" in active_rules(text)


def test_a_past_episode_said_to_be_back_in_the_same_sentence_is_current() -> None:
    again = "last month when my son had a bad allergic reaction and it is back again now"
    assert triage(again, "sms").urgency is Urgency.EMERGENCY
    # Not a problem that "never came back", nor a result that came back negative.
    assert triage("the chest pain I had last spring never came back after the stent", "portal").urgency is not Urgency.EMERGENCY
    assert triage("my chest pain from last month came back negative on the stress test", "portal").urgency is not Urgency.EMERGENCY
    assert triage("tuvo convulsiones cuando era bebe y nunca le volvio a pasar", "portal").urgency is not Urgency.EMERGENCY
