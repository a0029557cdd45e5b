"""Mechanisms added after reading the twenty-second blind wave (a general and bariatric
surgery practice, a hospice and home-health agency, a walk-in clinic in Miami, a urology
practice). Each fix has its look-alike. Sentences are written for these tests, not taken
from any labelled set."""

from __future__ import annotations

from careloop.labels import Category, Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


# -- missed emergencies


def test_no_me_responde_said_of_the_patient() -> None:
    text = "mi papa esta tieso temblando y no me responde, tiene espuma en la boca"
    assert "unresponsive" in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.EMERGENCY
    # Nobody at the clinic answering, or a son not answering texts, is not unconsciousness.
    assert "unresponsive" not in active_rules("llame tres veces y no me responde nadie en la clinica")
    assert "unresponsive" not in active_rules("mi hijo no me responde los mensajes desde ayer")


def test_white_as_a_sheet_is_not_a_printed_sheet() -> None:
    text = "the catheter bag is full of dark blood and clots and its leaking all over, hes white as a sheet and keeps saying hes going to pass out"
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    quoted = 'my discharge sheet says "call 911 for heavy bleeding". no bleeding here, when can I shower?'
    assert triage(quoted, "portal").urgency is not Urgency.EMERGENCY


def test_a_child_with_an_opioid_patch_on_the_skin() -> None:
    text = "my 2 year old was playing in grandma's room and I found one of her fentanyl patches stuck on his back"
    assert "overdose_poisoning" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # The patch on the grown-up it belongs to is not a poisoning.
    own = "the hospice nurse put a new fentanyl patch on my mother's back, when is the next change?"
    assert "overdose_poisoning" not in active_rules(own)


def test_a_child_who_wont_stay_awake() -> None:
    assert "unresponsive" in active_rules("she is so sleepy and wont stay awake")
    assert "unresponsive" not in active_rules("he wont stay awake in class, is that his allergy pill?")


# -- same-day messages left routine


def test_out_of_an_around_the_clock_opioid_or_a_daily_cancer_pill() -> None:
    assert triage("hospice pt, we have no oxycodone left for tonight and the pharmacy needs a new rx", "phone_call").urgency is Urgency.URGENT
    assert triage("ran out of my xtandi today, the specialty pharmacy needs a new prescription", "sms").urgency is Urgency.URGENT
    assert triage("ya se nos acabo el fentanilo de mi papa, mandenlo hoy porfa", "sms").urgency is Urgency.URGENT


def test_out_of_the_medicine_of_someone_with_epilepsy() -> None:
    text = "my daughter has epilepsy and she runs out of her liquid medicine tonight, the pharmacy needs a new order"
    assert "out_of_critical_medication" in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.URGENT


def test_only_todays_dose_left_in_spanish() -> None:
    text = "la farmacia dice que el seguro pide autorizacion para la insulina y me queda solo lo de hoy en la pluma"
    assert triage(text, "sms").urgency is Urgency.URGENT


def test_an_instruction_on_a_condition_that_came_true() -> None:
    text = "the doctor said if my potassium came back high to call the same day. the portal says 6.1"
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT
    spanish = "la doctora dijo que si el cultivo salia positivo le avisara hoy mismo. ya salio positivo"
    assert triage(spanish, "sms").urgency is Urgency.URGENT
    # The condition alone, not yet met, is a question for the desk.
    waiting = "the doctor said if my potassium comes back high to call the same day. when will it be back?"
    assert "abnormal_result" not in active_rules(waiting)


def test_a_message_from_the_office_to_call_today() -> None:
    text = "I got a voicemail from your office asking me to call the clinic today about my biopsy"
    assert "same_day_instruction" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert "same_day_instruction" not in active_rules("got a message to call today to schedule my annual physical")


def test_a_pharmacist_asking_today_about_a_contraindicated_combination() -> None:
    text = "Pharmacy calling: new rx for clarithromycin is contraindicated with her simvastatin. Please call today with an alternative."
    result = triage(text, "referral_partner")
    assert "high_alert_prescription_error" in active_rules(text)
    assert result.urgency is Urgency.URGENT
    assert result.category is Category.REFILL_REQUEST


def test_a_low_potassium_said_bajito() -> None:
    text = "me hablaron de la clinica que el potasio salio bajito y que tenia que ir hoy mismo por la receta"
    assert triage(text, "sms").urgency is Urgency.URGENT


def test_hiccups_that_do_not_stop_are_a_symptom() -> None:
    assert triage("dad has had hiccups nonstop since last night, he cant eat or sleep", "after_hours").urgency is Urgency.URGENT


# -- past emergencies and denials


def test_taken_to_the_er_and_that_morning_date_an_emergency_in_the_past() -> None:
    text = "my brother had chest pains sunday so we took him to the ER, he is ok now. can I move my appointment?"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY
    billed = "Dad had a seizure that morning and was taken by ambulance to the hospital, so nobody was home for the nurse visit you billed."
    assert triage(billed, "email").urgency is not Urgency.EMERGENCY
    since = "she has had chest pain since that morning and it is getting worse"
    assert triage(since, "sms").urgency is Urgency.EMERGENCY


def test_didnt_hit_his_head_denies_it() -> None:
    denied = triage("he slipped in the shower but he didnt hit his head", "sms")
    assert "hit his head" not in [flag.matched for flag in denied.red_flags]
    hit = triage("he slipped in the shower and hit his head", "sms")
    assert "hit his head" in [flag.matched for flag in hit.red_flags]


def test_a_blood_pregnancy_test_is_not_bleeding() -> None:
    assert "pregnancy_bleeding" not in active_rules("calling for my blood pregnancy test result, home test was positive")
    assert "pregnancy_bleeding" in active_rules("I'm 8 weeks pregnant and passing blood")
