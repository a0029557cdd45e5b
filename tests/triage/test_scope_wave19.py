"""Mechanisms added after reading the nineteenth blind wave (a tribal and rural clinic network,
a Dominican and Puerto Rican family practice in New York, an orthopedics and sports-medicine
group, an infectious-disease and sexual-health clinic). Each fix has its look-alike. Sentences
are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


def test_tired_of_living_beside_taking_the_whole_supply_at_once() -> None:
    text = "my aunt keeps saying shes tired of living and she wants her insulin so she can inject it all at once"
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    spanish = "mi papa dice que esta cansado de vivir y quiere las pastillas para tomarselas todas"
    assert triage(spanish, "sms").urgency is Urgency.EMERGENCY


def test_taking_them_all_at_once_alone_is_a_dosing_question() -> None:
    assert "suicidal_ideation" not in active_rules("can i take them all at once in the morning or should i split them up")
    # Tired of living like this, about a back: a cue, not on its own an emergency.
    assert triage("im tired of living with this knee, can the surgery date move up", "sms").urgency is not Urgency.EMERGENCY


def test_lips_double_their_size_after_a_new_medicine() -> None:
    assert "anaphylaxis" in active_rules("took the first penicillin pill and my lips are like double the size")
    assert "anaphylaxis" in active_rules("empece el antibiotico y tengo los labios al doble")
    assert "anaphylaxis" not in active_rules("the swelling in my ankle is double what it was last week")


# -- routine or urgent messages made emergencies


def test_a_surgeon_or_a_case_manager_who_does_not_answer_is_not_unresponsive() -> None:
    assert "unresponsive" not in active_rules("la herida tiene pus y el cirujano no me contesta")
    assert "unresponsive" in active_rules("mi mama esta en el piso y no me contesta")


def test_a_spanish_discharge_paper_quoting_when_to_call_911() -> None:
    text = "el papel del alta dice llame al 911 si tiene dolor de pecho. ella esta bien, cuando es la cita?"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY
    assert triage("llame al 911, mi mama tiene dolor de pecho fuerte", "sms").urgency is Urgency.EMERGENCY


def test_weeks_out_from_surgery_is_not_a_babys_age() -> None:
    assert "infant_fever" not in active_rules("im 3 weeks out from my knee replacement and had a temp of 100.6 last night")
    assert "infant_fever" in active_rules("my 3 weeks old has a temp of 100.6")


def test_clear_watery_stuff_soaking_the_bandage_is_not_bleeding() -> None:
    assert "severe_bleeding" not in active_rules("clear watery stuff is soaking through the bandage on my neck")
    assert "severe_bleeding" in active_rules("blood is soaking through the bandage on my neck")


# -- urgent messages left routine


def test_voice_to_text_albuterol_and_dovato_and_none_at_home() -> None:
    assert "out_of_critical_medication" in active_rules("hi im all out of my all view tear all inhaler")
    assert "out_of_critical_medication" in active_rules("se me acabo el doba toe ayer y hoy no me lo tome")
    assert "out_of_critical_medication" in active_rules("his lovenox dose is due tonight and he has none at home")
    assert "out_of_critical_medication" not in active_rules("he has none of the side effects they warned us about")


def test_results_whose_caller_wants_the_patient_seen_or_treated_today() -> None:
    assert "abnormal_result" in active_rules("my potassium came back high and they want me seen today")
    assert "abnormal_result" in active_rules("el cultivo salio positivo y tenia que empezar el antibiotico hoy")
    assert "abnormal_result" not in active_rules("my labs came back normal, they want me seen in 6 months")


def test_pep_after_an_exposure_is_a_same_day_need() -> None:
    assert "pep_needed" in active_rules("condom broke last night, how do i get PEP")
    assert "pep_needed" in active_rules("got a needlestick at work, requesting PEP today")
    assert "pep_needed" not in active_rules("what is the difference between prep and pep? just curious")
    assert "pep_needed" not in active_rules("does my insurance cover PEP if i ever need it")


def test_lows_in_the_forties_a_calf_swollen_since_yesterday() -> None:
    assert triage("sugar dropped to the 40s twice this week since the new dose", "sms").urgency is Urgency.URGENT
    assert triage("sugars have been in the 140s this week, is that ok for my a1c visit", "portal").urgency is not Urgency.EMERGENCY
    assert triage("my right calf has gotten real swollen since yesterday after my knee surgery", "sms").urgency is Urgency.URGENT
    assert triage("my calf is not swollen anymore, thanks for checking", "sms").urgency is Urgency.ROUTINE


def test_an_inr_spelled_out_and_a_clot_on_the_scan() -> None:
    assert "abnormal_result" in active_rules("me hicieron el examen del i n r y salio seis punto uno")
    assert "abnormal_result" not in active_rules("el i n r me lo hacen en cinco dias")
    assert "abnormal_result" in active_rules('the ultrasound report says "positive for acute deep vein thrombosis"')
    assert "abnormal_result" not in active_rules("the ultrasound showed no clot, so no blood thinner")
    assert "abnormal_result" not in active_rules("the er found a clot in my arm last wk and started me on eliquis")


def test_pep_asked_about_and_an_exposure_in_another_sentence() -> None:
    text = "at the pharmacy for my PEP and they want a prior auth. the exposure was last night."
    assert "pep_needed" in active_rules(text)
    assert "pep_needed" not in active_rules("I finished my PEP last month after the exposure, when is the hiv test")


# -- routine or urgent messages made emergencies (continued)


def test_a_month_that_opens_a_past_story() -> None:
    text = "In December my son had a bad asthma attack and we took him to the ER. He is fine now. Why did we get a bill?"
    assert triage(text, "email").urgency is not Urgency.EMERGENCY
    assert triage("In December he had an asthma attack and now he is wheezing and cant breathe again", "sms").urgency is Urgency.EMERGENCY


def test_a_forms_question_quoted_back() -> None:
    text = 'the intake form asks "have you ever had a severe allergic reaction?" - i had one as a kid, yes or no?'
    assert triage(text, "web_form").urgency is not Urgency.EMERGENCY


def test_pauses_of_seconds_in_a_snoring_adult_are_not_an_emergency() -> None:
    text = "my dad snores loudly and my mom says he seems to stop breathing for a few seconds at a time"
    assert "breathing_difficulty" not in active_rules(text)
    assert triage("my 2 month old stops breathing for a few seconds and turns pale", "sms").urgency is Urgency.EMERGENCY


def test_the_model_alone_does_not_overrule_breathing_described_as_safe() -> None:
    text = "asthma flare since yesterday, albuterol every 3 hours; between doses he is talking in full sentences, no blue lips"
    assert triage(text, "after_hours").urgency is Urgency.URGENT


def test_a_medicine_taken_that_had_to_be_held_before_surgery() -> None:
    text = "I was supposed to stop my Ozempic one week before surgery and I took my shot yesterday. Surgery is Thursday."
    result = triage(text, "portal")
    assert result.urgency is Urgency.URGENT and result.category.value == "follow_up_question"
    assert triage("I was told to stop my aspirin 5 days before surgery and I stopped it monday. what time do I arrive?", "portal").urgency is Urgency.ROUTINE
