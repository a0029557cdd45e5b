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
    assert "out_of_critical_medication" in active_rules("condom broke last night, how do i get PEP")
    assert "out_of_critical_medication" in active_rules("got a needlestick at work, requesting PEP today")
    assert "out_of_critical_medication" not in active_rules("what is the difference between prep and pep? just curious")
    assert "out_of_critical_medication" not in active_rules("does my insurance cover PEP if i ever need it")
