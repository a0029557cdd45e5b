"""Mechanisms added after reading the thirty-fourth blind wave (a pediatric neurology and
epilepsy center, a bariatric program, a vascular surgery clinic, an adult endocrinology
clinic). Each fix has its look-alike. Sentences are written for these tests, not taken from
any labelled set."""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_a_seizure_cluster_and_no_waking_between() -> None:
    assert triage("she had 2 seizures back to back at lunch, still kind of out of it", "sms").urgency is Urgency.EMERGENCY
    assert triage("he had a seizure at 6 and another at 6:20 and has not woken up in between", "sms").urgency is Urgency.EMERGENCY
    # Appointments back to back are a scheduling wish ("fits" is not a seizure here).
    text = "can we book both kids back to back on friday, whatever fits both of them"
    assert triage(text, "sms").urgency is Urgency.ROUTINE


def test_dots_before_a_new_thought_end_the_denial() -> None:
    text = "no tengo carro para el jueves... ah y ahorita esta convulsionando hace 10 minutos y no para"
    assert triage(text, "sms").urgency is Urgency.EMERGENCY
    # A hesitation's dots still join the words around them.
    assert triage("no tiene... eh... fiebre ni nada, solo tos", "sms").urgency is not Urgency.EMERGENCY
    # ... and "ah" alone is such a filler: the phrase across it still counts.
    assert triage("se tomo como... ah... veneno para ratas", "sms").urgency is Urgency.EMERGENCY


def test_if_and_a_name_is_a_condition() -> None:
    assert triage("What do we do if Lily has a seizure on the school bus?", "portal").urgency is not Urgency.EMERGENCY
    assert triage("Lily has a seizure right now on the bus and it wont stop", "sms").urgency is Urgency.EMERGENCY


def test_a_tenfold_dose() -> None:
    assert triage("i think i drew up 40 units instead of 4 of the insulin, 10 min ago", "sms").urgency is Urgency.EMERGENCY
    assert triage("le di 2.5 ml en vez de 0.25 del jarabe", "sms").urgency is Urgency.EMERGENCY
    # A dose said twice, or a different number than the plan, is not ten times the dose.
    assert "overdose_poisoning" not in active_rules("i took 25 mg instead of 20 because the pharmacy changed it")
    assert "overdose_poisoning" not in active_rules("the new bottle says 150 mg instead of 15 tablets a month")


def test_a_cold_pale_limb_that_cannot_be_felt_or_moved() -> None:
    text = "my foot turned ice cold and blue an hour ago and i cant move my toes, its the bypass leg"
    assert "limb_ischemia" in active_rules(text)
    assert triage("se me puso la pierna fria y palida y no puedo mover el pie", "sms").urgency is Urgency.EMERGENCY
    # Cold feet in winter, felt and moving, are not.
    assert "limb_ischemia" not in active_rules("my feet get cold and pale in winter but i can move them fine")


def test_a_level_read_before_its_instruction() -> None:
    text = "Ethans lamotrigine level came back at 22. the doctor said if it was over 15 to call right away"
    assert triage(text, "portal").urgency is Urgency.URGENT
    # Not yet back: nothing read to act on.
    assert triage("her level is not back yet. the doctor said if it was over 15 to call right away", "portal").urgency is Urgency.ROUTINE


def test_a_rejected_prescription_for_a_dose_due_tonight() -> None:
    text = "Pharmacy: Rx for enoxaparin 40 mg rejected, plan requires prior authorization. First dose due tonight"
    assert triage(text, "referral_partner").urgency is Urgency.URGENT
    # A future formulary change with doses at home is not today's.
    later = "Letter says his Valtoco will need a prior authorization after April. He has 2 doses at home, not urgent today"
    assert triage(later, "email").urgency is Urgency.ROUTINE


def test_more_antiseizure_medicines_and_voice_mangles() -> None:
    assert triage("we have none of the epidiolex for tonights dose, can you send it", "sms").urgency is Urgency.URGENT
    assert triage("only has 2 packets of sabril left, tonight and tomorrow", "sms").urgency is Urgency.URGENT
    assert triage("they said never miss the clo pid a grill and i took my last one this morning", "voicemail").urgency is Urgency.URGENT


def test_scan_reports_to_act_on_today() -> None:
    assert triage("CT report shows AAA now 5.7 cm. PCP told him to call vascular today", "phone_call").urgency is Urgency.URGENT
    text = "ultrasound report says occlusive thrombus in the calf veins and they told me to call you today"
    assert triage(text, "portal").urgency is Urgency.URGENT
    assert triage("ultrasound report says no thrombus, they told me to call you to book a follow up", "portal").urgency is Urgency.ROUTINE


def test_a_rash_since_the_dose_went_up() -> None:
    text = "desde que le subieron la dosis le salieron unas manchitas en los brazos, no tiene calentura y esta comiendo bien"
    assert "medication_reaction" in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.URGENT
    assert triage("since they increased her dose she has a rash on her arms", "sms").urgency is Urgency.URGENT
