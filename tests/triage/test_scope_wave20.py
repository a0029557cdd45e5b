"""Mechanisms added after reading the twentieth blind wave (an urban pediatric practice, a
midwifery practice with a birth center, a geriatric group covering nursing homes, a community
dental clinic with oral surgery). Each fix has its look-alike. Sentences are written for these
tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergency


def test_a_cord_seen_or_felt_after_the_waters_break() -> None:
    text = "her water broke ten minutes ago and I can see the cord at the opening"
    assert "cord_prolapse" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY
    assert triage("se le rompio la fuente y se le ve el cordon", "sms").urgency is Urgency.EMERGENCY
    assert "cord_prolapse" not in active_rules("should we bank the cord blood? and when does the cord stump fall off")


# -- routine or urgent messages made emergencies


def test_a_questionnaire_that_asks_about_self_harm() -> None:
    text = "the teen questionnaire you sent before her 15 year checkup asks about self-harm and suicidal thoughts. can she fill it out alone?"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY
    assert triage("she told me tonight she has suicidal thoughts and cut herself", "sms").urgency is Urgency.EMERGENCY


def test_does_it_count_as_heavy_bleeding() -> None:
    assert triage("the intake form asks about heavy bleeding. do heavy periods count as heavy bleeding?", "web_form").urgency is not Urgency.EMERGENCY


def test_contractions_that_deny_a_head_injurys_warning_signs() -> None:
    text = "my son bumped his head at recess yesterday. he didnt pass out and isnt throwing up, just a headache"
    assert "head_injury" not in active_rules(text)
    assert "head_injury" in active_rules("my son bumped his head at recess and now he is throwing up")


def test_not_talking_about_hurting_himself_denies_it() -> None:
    assert "suicidal_ideation" not in active_rules("he is a bit low but he's not talking about hurting himself")
    assert "suicidal_ideation" in active_rules("he keeps talking about hurting himself")


def test_already_in_hospital_care_and_a_past_story_told_with_when() -> None:
    text = "need to cancel my sons appt tomorrow, my husband is in the hospital w chest pain and im with him"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY
    thanks = "thank you to the nurse who told us to call 911 last week when my son couldnt breathe. hes home and fine"
    assert triage(thanks, "sms").urgency is not Urgency.EMERGENCY
    current = "last night when she was screaming I thought of hurting her, and today I cant stop thinking about it"
    assert triage(current, "voicemail").urgency is Urgency.EMERGENCY


def test_a_letters_for_emergencies_call_911_and_a_dental_fever_of_two_weeks() -> None:
    assert triage('the welcome letter says "For emergencies, call 911" but not the after-hours number', "email").urgency is not Urgency.EMERGENCY
    assert triage("my husband collapsed, we called 911", "sms").urgency is Urgency.EMERGENCY
    assert "infant_fever" not in active_rules("my tooth has hurt for about two weeks and I had a fever of 101.8 today")


def test_an_obgyn_who_does_not_answer_and_what_to_do_if_bleeding_does_not_stop() -> None:
    assert "unresponsive" not in active_rules("estoy sangrando un poquito y mi obgyn no contesta")
    assert "severe_bleeding" not in active_rules("she asked what she should do if bleeding doesnt stop after the extraction")


def test_the_model_alone_does_not_call_a_late_arrival_an_emergency() -> None:
    text = "stuck on the freeway, there's an accident, I'm gonna be twenty minutes late for my daughter's 3:15"
    assert triage(text, "voicemail").urgency is not Urgency.EMERGENCY


# -- urgent messages left routine


def test_out_of_a_critical_medicine_said_in_one_sentence_and_named_in_another() -> None:
    text = "Refill request for Apixaban 5 mg BID. Rx expired 06/05; facility has tonight's dose only."
    assert "out_of_critical_medication" in active_rules(text)
    assert "out_of_critical_medication" in active_rules("Humalog KwikPen PA needed. Mother states he has about one day supply left.")
    assert "out_of_critical_medication" not in active_rules("Refill request for Apixaban 5 mg BID. Rx expires next month; she has plenty.")


def test_voice_to_text_novolog_and_labetalol_and_nifedipine_in_pregnancy() -> None:
    assert "out_of_critical_medication" in active_rules("we're out of his no vo log pens as of this morning")
    assert "out_of_critical_medication" in active_rules("se me acabo la la beta lol de la presion")
    assert "out_of_critical_medication" in active_rules("she has no tablets for tonight's dose of nifedipine")


def test_a_clinicians_instruction_to_come_back_or_call_today() -> None:
    text = "midwife said yesterday to come back TODAY for a bp recheck but nobody gave me a time"
    result = triage(text, "sms")
    assert "same_day_instruction" in active_rules(text) and result.urgency is Urgency.URGENT
    assert "same_day_instruction" in active_rules("el doctor dijo q le llamara hoy para saber si vuelvo a tomar el eliquis")
    assert "same_day_instruction" not in active_rules("the doctor said to call today to schedule my 3 month follow up")


def test_an_antibiotic_course_interrupted_and_a_hospice_patients_medicine() -> None:
    assert "out_of_critical_medication" in active_rules("pharmacy says u never sent the clindamycin for my abscess, i took my last one this morning")
    assert "out_of_critical_medication" in active_rules("He is being treated for a dental infection with amoxicillin and has no doses left.")
    assert "out_of_critical_medication" not in active_rules("I took my last amoxicillin yesterday and the ear infection is gone, thank you")
    assert "out_of_critical_medication" in active_rules("hydrocodone for a hospice patient. The facility has none left.")


def test_a_prescription_that_never_came_through_and_eye_drops() -> None:
    assert "out_of_critical_medication" in active_rules("the prednisolone from the 11 am visit never came through, he is in an asthma flare")
    assert "out_of_critical_medication" not in active_rules("her prednisolone acetate eye drops will run out before the taper ends")


def test_a_doctor_with_a_period_who_asked_the_patient_to_call_today() -> None:
    assert "same_day_instruction" in active_rules("Dr. Haddad asked pt to call today with his INR before the extractions")


def test_a_blocked_foley_and_an_abscess_coming_back_in_the_same_spot() -> None:
    assert "line_or_tube_problem" in active_rules("mr k foley no output since 6am, bladder scan 900ml")
    text = "the swelling went down after the drainage last week but now its coming back in the same spot and the drain hole is leaking again"
    assert triage(text, "portal").urgency is Urgency.URGENT
    assert triage("back in March the drain hole was leaking, it healed fine", "portal").urgency is Urgency.ROUTINE


def test_an_urgent_referral_to_be_seen_today() -> None:
    text = "We received your urgent referral for Maria (suspected growth restriction). We can see her TODAY at 3:30 PM."
    assert "urgent_referral_today" in active_rules(text)
    assert "urgent_referral_today" in active_rules("discharge instructions: recheck with oral surgery within 24 hours for drain removal")
    assert "urgent_referral_today" not in active_rules("We received the referral for Maria and can see her on the 14th.")
