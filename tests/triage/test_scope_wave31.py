"""Mechanisms added after reading the thirty-first blind wave (a rehabilitation clinic, an
allergy practice, an eating-disorder program, a wound-care center). Each fix has its
look-alike. Sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_a_goodbye_with_belongings_given_away_and_a_note() -> None:
    text = "my daughter gave away her laptop to her cousin today and said goodbye to the dog like she was leaving. we dont know if she took anything"
    assert "suicidal_ideation" in active_rules(text)
    note = "he said goodbye to his little sister and we found a note on his bed addressed to the family"
    assert "suicidal_ideation" in active_rules(note)
    # Giving an old coat away is ordinary life.
    assert "suicidal_ideation" not in active_rules("we gave away his old winter coat, does he need a new prescription for the inhaler?")


def test_a_stroke_dated_by_since_after_or_the_therapy_it_needs() -> None:
    assert triage("desde el derrame mi papa se pone a llorar sin razon, ya tiene meses asi", "sms").urgency is not Urgency.EMERGENCY
    assert triage("quiero saber si aceptan el seguro de mi tio, le dio un derrame y necesita terapia fisica", "web_form").urgency is not Urgency.EMERGENCY
    assert triage("Motivo: control despues de derrame cerebral, igual que siempre", "appointment_form").urgency is not Urgency.EMERGENCY
    # A stroke now is one.
    assert triage("creo que a mi papa le esta dando un derrame, tiene la cara chueca", "sms").urgency is Urgency.EMERGENCY


def test_an_anaphylaxis_action_plan_is_a_form() -> None:
    text = "could the doctor sign the updated Anaphylaxis Action Plan for school? fax is 555-0101"
    assert "anaphylaxis" not in active_rules(text)
    assert "anaphylaxis" in active_rules("i think hes going into anaphylaxis after the peanut, lips swelling")


def test_the_ambulance_company_is_billing() -> None:
    text = "got the ambulance bill, do i call the ambulance co or your billing office"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY
    assert triage("he passed out and wont wake up, do i call the ambulance?", "sms").urgency is Urgency.EMERGENCY


def test_none_at_home_the_last_syringe_and_a_dose_that_cannot_be_missed() -> None:
    assert triage("pharmacist here: she has no epinephrine at home and the brand is backordered, please send generic today", "referral_partner").urgency is Urgency.URGENT
    assert triage("tonights lovenox is my last syringe and the shipment is late, can you send a script", "portal").urgency is Urgency.URGENT
    text = "we are out of her klor con as of this morning and the doctor said she cant miss a day"
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert triage("se le acabaron las pastillas del fosforo hoy y la doctora dijo que no puede faltar ni un dia", "voicemail").urgency is Urgency.URGENT
    # A vitamin with a week left is routine.
    assert triage("can you refill her vitamin d, she has a week left", "sms").urgency is Urgency.ROUTINE


def test_a_drug_pump_reservoir_alarm() -> None:
    text = "my intrathecal pump has been doing the low reservoir alarm since last night, refill is next week"
    assert triage(text, "after_hours").urgency is Urgency.URGENT
    assert triage("what does the low battery beep on my insulin meter mean? it still works", "portal").urgency is not Urgency.EMERGENCY


def test_a_new_problem_since_this_morning_in_a_long_standing_device() -> None:
    text = "she has had a foley for a while now and since this morning its been leaking around the tube, the urine is pinkish, no fever"
    assert triage(text, "voicemail").urgency is Urgency.URGENT
    assert triage("my mom has had a catheter for a while now, can we get the supplies reordered", "voicemail").urgency is Urgency.ROUTINE


def test_a_result_instruction_whose_condition_the_message_reports_met() -> None:
    text = "the nurse said if my urine culture came back positive i need to start the antibiotic today. mychart says e coli, nobody has called"
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT
    # Not when the result is not in, or says nothing is wrong.
    pending = "the nurse said if my urine culture came back positive i need to start the antibiotic today. mychart says still pending"
    assert "abnormal_result" not in active_rules(pending)
    negative = "the nurse said if my urine culture came back positive i need to start the antibiotic today. it came back negative, thank you"
    assert "abnormal_result" not in active_rules(negative)
    # A question about what to do if it comes back is still a question.
    assert "abnormal_result" not in active_rules("if my culture comes back positive do i need to start antibiotics today or wait for a call?")
