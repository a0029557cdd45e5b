"""Mechanisms added after reading the twenty-first blind wave (a neurology practice, a
farmworker health center, an internal-medicine group with an anticoagulation clinic, a
rheumatology and allergy practice). Each fix has its look-alike. Sentences are written for
these tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Category, Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergency: methotrexate taken every day


def test_methotrexate_taken_daily_instead_of_weekly_is_an_overdose() -> None:
    text = "my dad has been taking his methotrexate every day since friday instead of once a week, now his mouth hurts"
    assert "overdose_poisoning" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY
    spanish = "mi mama se ha tomado el metotrexato todos los dias por error esta semana"
    assert triage(spanish, "sms").urgency is Urgency.EMERGENCY
    # The standard regimen, and folic acid taken daily, are not an error.
    regimen = "I take methotrexate once a week on sundays and folic acid every day. can I get a flu shot?"
    assert "overdose_poisoning" not in active_rules(regimen)
    assert triage(regimen, "portal").urgency is not Urgency.EMERGENCY


def test_a_methotrexate_prescription_that_reads_daily_is_urgent_for_the_refill_desk() -> None:
    text = "Pharmacy here. The new methotrexate 2.5 mg prescription reads take 3 tablets daily; her old fills were weekly. Please call us today."
    result = triage(text, "referral_partner")
    assert "high_alert_prescription_error" in active_rules(text)
    assert result.urgency is Urgency.URGENT
    assert result.category is Category.REFILL_REQUEST
    assert "high_alert_prescription_error" not in active_rules(
        "the label for my folic acid says daily and the methotrexate one says weekly, is that right?"
    )


# -- routine messages made emergencies


def test_seizure_free_is_no_seizure() -> None:
    assert triage("one year seizure free today, thank you all!", "sms").urgency is not Urgency.EMERGENCY
    assert triage("please fill in my DMV form, I have been seizure-free for 2 years", "portal").urgency is not Urgency.EMERGENCY
    assert triage("he had a seizure today that lasted 4 minutes", "sms").urgency is Urgency.EMERGENCY


def test_discharge_papers_that_say_call_911_quoted_back() -> None:
    text = 'my discharge papers from the hospital say "call 911 for chest pain or trouble breathing". none of that, just asking about my follow up visit'
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY
    assert triage("my dad has chest pain and trouble breathing right now", "sms").urgency is Urgency.EMERGENCY


def test_a_bill_dated_by_the_month_of_a_past_emergency() -> None:
    text = "me llego una cuenta del hospital, es de marzo cuando me dio el infarto. ya estoy bien, solo quiero saber si mi seguro la cubre"
    assert triage(text, "voicemail").urgency is not Urgency.EMERGENCY
    again = "me llego una cuenta de marzo cuando me dio el dolor de pecho, y ahora me volvio el dolor de pecho"
    assert triage(again, "sms").urgency is Urgency.EMERGENCY


def test_a_visit_already_made_weeks_ago_and_what_it_was_for() -> None:
    text = "thank you all. when I came in two weeks ago with my throat swelling after the shot, you were wonderful. I'm fine since."
    assert triage(text, "email").urgency is not Urgency.EMERGENCY
    back = "when I came in two weeks ago with my throat swelling you gave me epi. its swelling again now and I cant swallow"
    assert triage(back, "sms").urgency is Urgency.EMERGENCY


# -- wrong emergency words in urgent messages


def test_every_four_weeks_is_how_often_not_an_infants_age() -> None:
    text = "I get my infusion every four weeks and I have had a fever of 101 since last night"
    assert "infant_fever" not in active_rules(text)
    assert "infant_fever" in active_rules("my baby is four weeks old and has a fever of 100.6")


def test_a_clinician_not_answering_is_not_unresponsive() -> None:
    assert "unresponsive" not in active_rules("my obgyn isnt answering and I am spotting, what do I do")
    assert "unresponsive" not in active_rules("his therapist isnt answering")
    assert "unresponsive" in active_rules("my husband isnt answering me and his lips are blue")
    assert "unresponsive" in active_rules("bob isnt responding, he is on the floor")


# -- same-day messages left routine


def test_a_result_reported_worse_with_an_instruction_for_today() -> None:
    text = 'the portal note says "kidney function worse, hold your water pill and call us today". what was the number?'
    assert triage(text, "portal").urgency is Urgency.URGENT
    # "not any worse" about how a foot feels is not a worse result.
    calm = "urgent care said the x-ray might show a small fracture and to have you look at it. it feels the same, not any worse"
    assert triage(calm, "phone_call").urgency is Urgency.ROUTINE


def test_sed_rate_and_crp_high_with_prednisone_to_start_today() -> None:
    text = "got a message that my sed rate and crp came back high and the doctor wants me to start prednisone today"
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.URGENT


def test_a_culture_with_a_named_organism_and_antibiotics_today() -> None:
    text = "Urine culture >100K E. coli. Dr. Ruiz asked that we reach her today to start antibiotics, she is 20 weeks pregnant."
    assert triage(text, "internal").urgency is Urgency.URGENT


def test_a_staff_note_that_needs_a_decision_today() -> None:
    text = "Pt with mechanical valve, INR 1.5 this morning after missed doses. Needs a bridging decision today."
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "internal").urgency is Urgency.URGENT


def test_an_urgent_referral_to_be_seen_within_24_to_48_hours() -> None:
    text = "Sending an urgent referral for suspected temporal arteritis. Can you see her within 24-48 h?"
    assert triage(text, "referral_partner").urgency is Urgency.URGENT
    # Without "urgent", a day or two is how a partner asks for an ordinary visit.
    assert "urgent_referral_today" not in active_rules("Referral for a newborn weight check, please see within 48 hours.")


def test_discharge_papers_that_say_to_be_seen_in_one_to_two_days() -> None:
    text = "they discharged me last night, the papers say see my cardiologist in 1-2 days. who do I call?"
    assert "same_day_instruction" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert "same_day_instruction" not in active_rules("the papers say my next visit is in 2 weeks")
