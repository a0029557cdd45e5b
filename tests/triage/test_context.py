"""ConText rules: negation, history, hypothetical, other person, caregiver, scope ends."""

from __future__ import annotations

import pytest

from careloop.labels import Urgency
from careloop.triage.redflags import detect_red_flags


def _active_rules(text: str) -> set[str]:
    return {flag.rule for flag in detect_red_flags(text).active}


def _suppressed(text: str) -> dict[str, str]:
    return {s.flag.rule: s.kind for s in detect_red_flags(text).suppressed}


@pytest.mark.parametrize(
    ("text", "rule", "kind"),
    [
        ("No chest pain, I just need my refill.", "chest_pain", "negated"),
        ("Patient denies chest pain or shortness of breath.", "chest_pain", "negated"),
        ("Doing well without any chest pain since the stent.", "chest_pain", "negated"),
        ("sin fiebre desde el domingo, todo bien", "high_fever", "negated"),
        ("no tengo dolor de pecho, solo quiero mi receta", "chest_pain", "negated"),
        ("El paciente niega dolor de pecho.", "chest_pain", "negated"),
        ("My chest pain from last year is gone, can I stop the aspirin?", "chest_pain", "historical"),
        ("I used to get a seizure every month as a kid.", "seizure", "historical"),
        ("The chest pain I had is completely resolved.", "chest_pain", "historical"),
        ("El dolor de pecho ya se me quito.", "chest_pain", "historical"),
        ("Tuve un derrame hace dos años.", "stroke_signs", "historical"),
        ("What should I do if I get chest pain on the new pill?", "chest_pain", "hypothetical"),
        ("If he has a seizure again do we call 911?", "seizure", "hypothetical"),
        ("si tengo dolor de pecho voy a urgencias?", "chest_pain", "hypothetical"),
        ("En caso de que le dé una convulsión, ¿qué hacemos?", "seizure", "hypothetical"),
        ("My neighbor had chest pain and went to the hospital.", "chest_pain", "other_person"),
        ("mi vecino tiene dolor de pecho, que hospital recomiendan", "chest_pain", "other_person"),
    ],
)
def test_modified_mentions_do_not_raise_urgency_but_stay_visible(text: str, rule: str, kind: str) -> None:
    assert rule not in _active_rules(text)
    assert _suppressed(text).get(rule) == kind


@pytest.mark.parametrize(
    "text",
    [
        "my son has chest pain",
        "My mom is having chest pain",
        "mi hijo tiene dolor de pecho",
        "a mi mamá le duele el pecho",
        "my husband can't breathe",
        "mi esposo no puede respirar",
    ],
)
def test_caregiver_writing_about_family_counts_as_patient(text: str) -> None:
    result = detect_red_flags(text)
    assert any(flag.urgency is Urgency.EMERGENCY for flag in result.active), result


@pytest.mark.parametrize(
    "text",
    [
        "No fever, but I have crushing chest pain right now",
        "no tengo fiebre pero me duele mucho el pecho",
        "Had chest pain last year. Now I have chest pain again today.",
        "My neighbor had a stroke and now I have chest pain myself",
        "No idea what is going on, my chest hurts",
        "Not sure if it matters but my chest is tight",
        "no se si es grave pero me duele el pecho",
    ],
)
def test_scope_ends_at_terminators_and_sentences(text: str) -> None:
    assert "chest_pain" in _active_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "no puedo respirar",
        "I can't breathe",
        "he is not breathing",
        "no refills left and no doses left of his tacrolimus",
        "ya no quiero vivir",
    ],
)
def test_negation_inside_a_red_flag_phrase_is_the_symptom(text: str) -> None:
    assert _active_rules(text), detect_red_flags(text)


def test_homicidal_ideation_names_another_person_as_victim_not_experiencer() -> None:
    assert "homicidal_ideation" in _active_rules("lately I have thoughts of stabbing my landlord")


def test_idioms_are_not_red_flags() -> None:
    assert not _active_rules("my wife will kill me if I miss another dinner haha")
    assert not _active_rules("dying to find out whether my bloodwork is back")
    assert not _active_rules("The portal isn't responding when I log in")


def test_word_gaps_never_skip_a_negation() -> None:
    # "lips ... swollen" allows a word or two between, but never a negation.
    assert "anaphylaxis" not in _active_rules("itchy spots on my arms, lips are not swollen at all")
    assert "anaphylaxis" in _active_rules("my lips are really swollen")


@pytest.mark.parametrize(
    "text",
    [
        "newborn not feeding well, very drowsy and difficult to wake",  # "not eating" is a finding
        "the Xarelto prior auth was denied and my dad used his last pill this morning",  # "denied by insurance"
    ],
)
def test_pseudo_triggers_do_not_negate_findings(text: str) -> None:
    assert _active_rules(text), detect_red_flags(text)
