"""Mechanisms added after reading the twenty-fifth blind wave (an advanced heart-failure and
LVAD program, a county jail's health unit, a street-medicine program, a community-paramedicine
program). Each fix has its look-alike. Sentences are written for these tests, not taken from
any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage
from careloop.triage.normalize import normalize

from tests.triage.flag_rules import active_rules


# -- missed emergencies


def test_an_lvad_alarm_with_the_patient_near_fainting() -> None:
    text = "his lvad controller keeps beeping and he says he feels like he is going to pass out"
    assert "lvad_failure_signs" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # The alarm alone, or a damaged driveline, is for the VAD team today.
    assert triage("my heartmate controller alarm went off once overnight, he feels fine", "sms").urgency is Urgency.URGENT
    assert triage("the driveline looks frayed where it goes into the controller, no alarms", "sms").urgency is Urgency.URGENT
    assert "lvad_failure_signs" not in active_rules("her insulin pump alarm went off and she felt dizzy")


def test_a_swollen_hot_calf_with_breathlessness() -> None:
    text = "my right calf is swollen and hot since the long bus ride and now I get short of breath on the stairs"
    assert "blood_clot_signs" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    assert "blood_clot_signs" not in active_rules("my calf is swollen after the sprain, no trouble breathing")


def test_a_chest_that_stabs() -> None:
    assert "chest_pain" in active_rules("my chest stabs every time i breathe in")


def test_a_fall_on_a_blood_thinner_with_vomiting_and_confusion_said_thrown_up() -> None:
    text = "he fell this morning and hit the back of his head on the dresser, hes on eliquis. hes thrown up twice since and is real confused"
    assert "head_injury" in active_rules(text)
    assert triage(text, "web_form").urgency is Urgency.EMERGENCY


# -- "CP" that is not chest pain


def test_cp_as_a_community_paramedic_or_cerebral_palsy_in_a_list() -> None:
    assert "chest pain" not in normalize("CP Moss will do the home visit Tuesday").text
    assert "chest pain" not in normalize("Can we move my CP home visit to Friday?").text
    assert "chest pain" not in normalize("Call from the guardian of Dana Reyes, 30, CP). Needs a new PCP").text
    # Anywhere else in a note "CP" is still chest pain.
    assert "chest pain" in normalize("Pt c/o CP x2h radiating to L arm").text
    assert triage("45M called, CP since 3am, sweaty", "phone_call").urgency is Urgency.EMERGENCY


# -- same-day messages left routine


def test_a_missed_dialysis_session_with_fluid_or_potassium_building_up() -> None:
    text = "Dialysis unit: pt missed his Saturday run, last potassium 6.0 and 3 kg over dry weight."
    assert "missed_dialysis" in active_rules(text)
    assert triage(text, "referral_partner").urgency is Urgency.URGENT
    calm = "my mom missed dialysis today because of the ice, she is breathing fine and no swelling. can she make it up tomorrow?"
    assert "missed_dialysis" not in active_rules(calm)


def test_a_result_the_portal_says_the_patient_is_to_be_contacted_about_today() -> None:
    text = 'my inr from yesterday shows in the portal as 6.1 and a note says "patient to be contacted today". nobody called'
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_no_insulin_for_tonight() -> None:
    assert triage("my bag with my pens got stolen, I have no insulin for tonight", "portal").urgency is Urgency.URGENT


def test_new_behaviour_and_not_eating_with_self_harm_denied() -> None:
    text = "officer note: he hasnt eaten in 3 days, talking to himself, up all night. denies wanting to hurt himself."
    assert triage(text, "internal").urgency is Urgency.URGENT


def test_getting_tired_faster_in_spanish() -> None:
    assert triage("me estoy cansando mas rapido, ya no llego a la esquina sin descansar", "sms").urgency is Urgency.URGENT


def test_a_medicine_from_the_hospital_does_not_date_what_follows() -> None:
    text = "having the runs 8 times a day since starting the antibiotic from the hospital, getting weak"
    assert "medication_reaction" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.URGENT


# -- routine messages made emergencies


def test_a_long_way_from_the_paper_to_what_it_says() -> None:
    text = "the paper they gave me when i got back from the hospital says return to the ER if chest pain. none of that, when do stitches come out?"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY


def test_the_nurse_who_called_the_ambulance_in_a_spanish_thank_you() -> None:
    text = "gracias por todo, ya esta bien, gracias a la enfermera que llamo la ambulancia la otra noche"
    assert triage(text, "voicemail").urgency is not Urgency.EMERGENCY
    assert triage("llamamos la ambulancia, no respira bien", "sms").urgency is Urgency.EMERGENCY


def test_taken_off_a_watch_is_not_speech_gone_off() -> None:
    assert "stroke_signs" not in active_rules("they put me on 15 minute checks. Who do I talk to about getting taken off?")
