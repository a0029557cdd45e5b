"""Mechanisms added after reading the thirty-third blind wave (an ophthalmology and retina
practice, a hepatology and liver transplant clinic, a cardiac electrophysiology clinic, a
community psychiatry clinic). Each fix has its look-alike. Sentences are written for these
tests, not taken from any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_stool_black_like_tar_with_near_fainting() -> None:
    text = "need my refill too. and my stool is coming out black like tar since yesterday, got really dizzy in the shower"
    assert "severe_bleeding" in active_rules(text)
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # Tar on a shoe, dizzy from a cold, is nothing of the kind.
    assert "severe_bleeding" not in active_rules("stepped in something black like tar at the gas station, dizzy from this cold")
    assert triage("hice del bano negro, parece chapopote, y me siento muy debil y mareado", "sms").urgency is Urgency.EMERGENCY


def test_the_devil_ordering_a_jump() -> None:
    assert triage("mi hermano dice que el diablo le dice que se tire del puente", "voicemail").urgency is Urgency.EMERGENCY
    assert "command_hallucinations" in active_rules("he says the devil keeps telling him to jump off the roof")
    # A sermon's devil, or a jump the coach asked for, is not a command hallucination.
    assert "command_hallucinations" not in active_rules("the pastor said the devil tells lies, and my coach told me to jump higher")


def test_ready_to_go_beside_another_warning_sign() -> None:
    assert triage("please cancel thursday, I wont be needing it. Ive made my peace with everything", "web_form").urgency is Urgency.EMERGENCY
    assert triage("after tonight i'm done with all of it. gave my dogs to my cousin", "sms").urgency is Urgency.EMERGENCY
    text = "cant come friday. emptied my room so nobody has to deal with it. thanks for trying dr lee"
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # Each alone is ordinary: peace after a diagnosis, a day set for a move.
    assert "suicidal_ideation" not in active_rules("after the diagnosis I have made my peace with the diet changes, thanks")
    assert "suicidal_ideation" not in active_rules("i made my peace with everything after the surgery. saturday is the day we move")
    assert "suicidal_ideation" not in active_rules("so sorry, im done with all of it: the paperwork, the forms. can you just call me")


def test_a_threshold_instruction_and_a_reading_said_or_spelled_out() -> None:
    assert triage("doctor said if my eye pressure is over 28 to call same day. it read 33 this morning", "sms").urgency is Urgency.URGENT
    text = "they said if my potassium was over five point five to call the same day and the portal says five point nine"
    assert triage(text, "voicemail").urgency is Urgency.URGENT
    assert triage("la doctora dijo q si el sodio salia menos de 130 le hablara el mismo dia. me salio 126", "sms").urgency is Urgency.URGENT
    # No reading reported, or the portal says it is normal: nothing to act on today.
    assert triage("doctor said if my eye pressure is over 28 to call same day. when should i check it?", "sms").urgency is Urgency.ROUTINE
    assert "abnormal_result" not in active_rules("they said if my potassium was over five point five to call the same day and the portal says normal")


def test_supply_gone_in_pharmacy_words_and_voice_mangles() -> None:
    assert triage("Pharmacy: pt's tacrolimus has no refills and last night's dose was her last. Please send today", "referral_partner").urgency is Urgency.URGENT
    assert triage("this is al i ran out of the lack chew lows yesterday can you call it in", "voicemail").urgency is Urgency.URGENT
    assert triage("calling about my flek and ide i took my last one this morning", "voicemail").urgency is Urgency.URGENT
    text = "CVS: pt had retina surgery today, we never got the prednisolone acetate; pt has no steroid drops for tonight"
    assert triage(text, "referral_partner").urgency is Urgency.URGENT
    # The last dose of a finished course is not a supply gone.
    assert "out_of_critical_medication" not in active_rules("tonight's dose was her last of the amoxicillin, course is done")


def test_a_missed_long_acting_injection_but_not_the_last_one_on_time() -> None:
    assert triage("i missed my invega sustenna shot 2 weeks ago, can i come in tomorrow", "sms").urgency is Urgency.URGENT
    assert triage("se le paso su inyeccion mensual la semana pasada, cuando la pueden ver", "sms").urgency is Urgency.URGENT
    assert triage("scheduling my next aristada shot, last one was 5/2 so due end of june", "sms").urgency is Urgency.ROUTINE
    assert triage("need to book my flu shot, I missed my flu shot last week", "sms").urgency is Urgency.ROUTINE


def test_lithium_called_high_and_a_low_neutrophil_count() -> None:
    assert triage("the lab called, my lithium level came back high. do i take tonight's?", "sms").urgency is Urgency.URGENT
    assert triage("me dijeron que mi nivel de litio salio alto, que hago", "sms").urgency is Urgency.URGENT
    assert "abnormal_result" not in active_rules("my lithium level came back normal, thank you")
    note = "RN: ANC resulted 800 today, was 2,100 in May. Needs clozapine hold decision today."
    assert triage(note, "internal").urgency is Urgency.URGENT


def test_psychosis_and_mania_relapse_words() -> None:
    assert triage("mi hijo dejo la medicina y ahora anda hablando solo y casi no duerme", "sms").urgency is Urgency.URGENT
    assert triage("i havent slept in 4 days and i have a million ideas, bought a boat yesterday", "sms").urgency is Urgency.URGENT
    assert triage("no he dormido en 3 dias, tengo mil ideas", "sms").urgency is Urgency.URGENT


def test_intake_same_as_always_is_not_the_symptom_unchanged() -> None:
    text = "2 months after my transplant, peeing much less since sunday and my legs are swollen. drinking same as always"
    assert triage(text, "sms").urgency is Urgency.URGENT
    assert triage("the swelling in my legs is the same as always, just wanted to mention it", "sms").urgency is Urgency.ROUTINE
