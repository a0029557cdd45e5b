"""Mechanisms added after reading the five emergencies the twelfth blind wave missed (the
rest of that wave is not read yet): a newborn not crying and blue, a threat in the future
dated by the past event it answers, an apology that is not a condition, a person's report
that is not a leaflet's warning, and heat stroke. Sentences are written for these tests,
not taken from any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Urgency
from careloop.triage import triage

from tests.triage.flag_rules import active_rules


def test_a_newborn_not_crying_and_blue() -> None:
    text = "she just delivered in the car, the baby isn't crying and looks a little blue, help"
    assert "baby_not_breathing" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


def test_a_baby_blue_onesie_is_not_a_blue_baby() -> None:
    assert "baby_not_breathing" not in active_rules("can I bring the baby's blue blanket to the newborn visit?")


@pytest.mark.parametrize(
    "text",
    [
        "my brother says he's going to stab the guy who robbed him last month, he has the knife in his car",
        "desde la pelea de la semana pasada mi hijo dice que va a matar a su papa, tiene una pistola",
    ],
)
def test_a_threat_for_the_future_is_not_dated_by_the_past_event(text: str) -> None:
    assert "homicidal_ideation" in active_rules(text)
    assert triage(text, "voicemail").urgency is Urgency.EMERGENCY


def test_an_old_threat_is_still_history() -> None:
    text = "years ago he threatened to shoot his boss, he's been in therapy since and doing well, need his refill"
    assert triage(text, "portal").urgency is not Urgency.EMERGENCY


def test_an_apology_is_not_a_condition() -> None:
    text = "sorry if this makes no sense, my left arm went numb and my speech is slurred since 10 minutes ago"
    assert triage(text, "portal").urgency is Urgency.EMERGENCY


def test_a_person_s_report_is_not_a_leaflet_s_warning() -> None:
    text = "Front desk: patient waiting on paperwork says she has chest pressure and is short of breath"
    assert triage(text, "internal").urgency is Urgency.EMERGENCY
    leaflet = "the paperwork says chest pain can be a side effect, should I worry?"
    assert triage(leaflet, "portal").urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my dad was working in the field all day, he stopped sweating and now he's confused",
        "mi esposo estaba trabajando en el campo con mucho calor y ahora esta confundido, no nos reconoce",
        "after football practice in the heat my son is disoriented and his skin is hot and dry",
    ],
)
def test_heat_stroke(text: str) -> None:
    assert "heat_stroke" in active_rules(text)
    assert triage(text, "phone_call").urgency is Urgency.EMERGENCY


def test_a_hot_day_without_confusion_is_not_heat_stroke() -> None:
    assert "heat_stroke" not in active_rules("worked outside in the heat all day and have a headache, drinking water now")


def test_a_negation_ends_at_a_new_clause() -> None:
    text = "ya no suda, esta confundido y no camina bien"
    assert "heat_stroke" in active_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "ran out of baclofen this morning, the neurologist said never to stop it suddenly",
        "se me acabo la medicina de la presion y el doctor me dijo que no la dejara de tomar de golpe",
        "no progesterone injections left for tonight, I'm 6 weeks after the embryo transfer",
    ],
)
def test_a_medicine_the_writer_was_told_never_to_stop_running_out(text: str) -> None:
    assert "out_of_critical_medication" in active_rules(text)
    assert triage(text, "portal").urgency is Urgency.URGENT


def test_a_routine_refill_of_an_ordinary_medicine_stays_routine() -> None:
    assert triage("I'm out of my allergy pills, can you send a refill when you get a chance?", "portal").urgency is Urgency.ROUTINE


@pytest.mark.parametrize(
    "text",
    [
        "the nurse left a voicemail that the fluid from my shoulder grew bacteria and I need to call today",
        "Imaging center: CT shows a 3 cm mass, radiologist attempted to reach the ordering provider, please contact patient today",
    ],
)
def test_findings_someone_asked_to_act_on_today(text: str) -> None:
    assert "abnormal_result" in active_rules(text)
    assert triage(text, "referral_partner").urgency is Urgency.URGENT


@pytest.mark.parametrize(
    "text, rule",
    [
        ("thanks for fitting me in this morning, the new inhaler is working", "seizure"),
        ("Orthotics lab: the knee brace is ready for fitting, please sign the order", "seizure"),
        ("haha these stairs are gonna kill me one day, can I get a first-floor room for my next visit?", "homicidal_ideation"),
        ("she seems sad lately but I haven't heard anything about hurting herself, can we book a visit?", "suicidal_ideation"),
    ],
)
def test_false_alarms_read_in_wave_12(text: str, rule: str) -> None:
    assert rule not in active_rules(text)


def test_a_person_who_is_going_to_kill_the_writer_is_still_an_emergency() -> None:
    assert triage("my boyfriend is gonna kill me, he has a knife and is outside the door", "sms").urgency is Urgency.EMERGENCY
