"""Mechanisms added after reading the twenty-ninth blind wave (a maternal-fetal medicine
practice, a geriatric psychiatry and memory clinic, an occupational-health clinic, a pediatric
type 1 diabetes clinic). Each fix has its look-alike. Sentences are written for these tests,
not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_a_caregiver_reports_better_off_if_she_were_gone() -> None:
    text = "my dad keeps telling me the family would be better off if he was gone, and he asked where the car keys and his pills are"
    assert "suicidal_ideation" in active_rules(text)
    assert triage(text, "email").urgency is Urgency.EMERGENCY
    # Better off with another plan is not it.
    assert "suicidal_ideation" not in active_rules("she would be better off if she went to the morning group instead")


def test_an_insulin_overdose_planned() -> None:
    assert triage("hoy me voy a poner toda la insulina que tengo y se acaban los problemas", "sms").urgency is Urgency.EMERGENCY
    assert triage("im going to inject all my insulin tonight and be done with it", "sms").urgency is Urgency.EMERGENCY
    # Giving all of today's insulin as dosed is not.
    assert "suicidal_ideation" not in active_rules("i gave him all of his insulin dose at lunch like the sheet says")


def test_a_sensor_reading_with_a_child_too_drowsy_to_treat() -> None:
    text = "school nurse: student very drowsy and mumbling, cant sit up, dexcom reads 31."
    assert "severe_hypoglycemia" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY
    # A sensor's number of days, or a low that was treated and is fine, is not.
    assert "severe_hypoglycemia" not in active_rules("the new cgm sensor lasts 10 days, can we get a box of 3")


def test_a_relative_already_in_hospital_care() -> None:
    text = "no podre ir el jueves, a mi cunada le dio un derrame y estoy en el hospital con ella"
    assert triage(text, "sms").urgency is not Urgency.EMERGENCY
    # A stroke happening now, the writer with the patient at home, is an emergency.
    assert triage("creo que a mi cunada le esta dando un derrame, no puede hablar", "sms").urgency is Urgency.EMERGENCY


def test_hospitalised_somewhere_in_a_month_for_it() -> None:
    text = "my dad was hospitalized at St. Agnes in May for suicidal thoughts. can we book his first visit with the psychiatrist?"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY
    assert triage("my husband is having suicidal thoughts again tonight", "portal").urgency is Urgency.EMERGENCY


def test_what_an_old_stroke_left_behind() -> None:
    text = "she had a stroke in 2019, which is why her left arm is weak and her speech is slurred, same as always"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY
    assert triage("she had a stroke this morning and now her speech is slurred", "portal").urgency is Urgency.EMERGENCY


def test_a_screening_question_asked_and_its_answer() -> None:
    no = "I asked him straight out if he has thoughts of killing himself and he said no, he just feels tired"
    assert triage(no, "portal").urgency is not Urgency.EMERGENCY
    yes = "the nurse asked him if he has thoughts of killing himself and he said yes"
    assert triage(yes, "portal").urgency is Urgency.EMERGENCY
    # Harm to oneself is not homicidal ideation.
    assert "homicidal_ideation" not in active_rules("she said she has thoughts of hurting herself")


def test_the_last_injection_and_voice_to_text_medicine_names() -> None:
    assert triage("only one lovenox injection left and the next is due tonight, the rx ran out", "sms").urgency is Urgency.URGENT
    assert triage("he took the last deppa coat this morning and the pharmacy needs a new script", "voicemail").urgency is Urgency.URGENT
    assert triage("se me acabo el al butero y la farmacia no tiene resurtido", "voicemail").urgency is Urgency.URGENT
    assert triage("ya no tenemos insulina desde anoche, la farmacia no la tiene", "sms").urgency is Urgency.URGENT
    # One injection left of a two-week course with a refill on file is not the same day.
    assert "out_of_critical_medication" not in active_rules("i have one lovenox injection left over from last year, how do i dispose of it")


def test_a_clinician_wants_the_patient_back_today_after_a_result() -> None:
    text = "the ultrasound report came back and dr kim wants her to come back today for monitoring"
    assert triage(text, "internal").urgency is Urgency.URGENT
    assert triage("MD reviewed the scan. She wants pt back today for a repeat check.", "internal").urgency is Urgency.URGENT
    assert triage("the doctor wants her back in 3 months for a repeat scan", "internal").urgency is Urgency.ROUTINE


def test_visual_spots_and_a_racing_heart_are_current_symptoms() -> None:
    assert triage("veo lucecitas y todo borroso, tengo 33 semanas", "sms").urgency is Urgency.URGENT
    text = "desde que empezo la pastilla de tiroides tiene el corazon acelerado y anda nerviosa"
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_come_back_in_is_a_visit_and_only_if_it_persists_is_a_condition() -> None:
    text = "the nurse said my finger stick was 400 and i need to see a doctor today or come back in i dont have one"
    assert triage(text, "voicemail").urgency is Urgency.URGENT
    question = "after the antibiotics do i need to come back in, or only if the cough hangs around?"
    assert triage(question, "portal").urgency is Urgency.ROUTINE
