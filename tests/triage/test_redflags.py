"""Each emergency family in English and Spanish, with indirect phrasing and misspellings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careloop.labels import Urgency
from careloop.triage.normalize import normalize
from careloop.triage.redflags import detect_red_flags

EMERGENCY_CASES = [
    # (rule, text)
    ("chest_pain", "like a truck parked on my chest"),
    ("chest_pain", "my chest is so tight, like a band squeezing"),
    ("chest_pain", "siento una presion en el pecho como si me aplastaran"),
    ("chest_pain", "a mi suegro le aprieta el pecho desde la comida"),
    ("chest_pain", "really bad chest pian"),
    ("stroke_signs", "his face is drooping on one side and he's talking funny"),
    ("stroke_signs", "her words are coming out all wrong"),
    ("stroke_signs", "a mi esposo se le cayo un lado de la cara"),
    ("stroke_signs", "mi abuela habla raro y no puede mover el brazo"),
    ("breathing_difficulty", "can't catch my breath even sitting down"),
    ("breathing_difficulty", "cant breath good"),
    ("breathing_difficulty", "no puedo respirar"),
    ("breathing_difficulty", "casi no le entra el aire"),
    ("suicidal_ideation", "I want to end it all"),
    ("suicidal_ideation", "there's no reason to go on living"),
    ("suicidal_ideation", "quiero morirme"),
    ("suicidal_ideation", "ya no quiero vivir"),
    ("homicidal_ideation", "I have urges to hurt my stepdad"),
    ("homicidal_ideation", "tengo pensamientos de lastimar a mi pareja"),
    ("severe_bleeding", "blood soaking through the third towel and won't stop"),
    ("severe_bleeding", "no para de sangrar"),
    ("severe_bleeding", "esta vomitando sangre"),
    ("anaphylaxis", "my throat is closing up"),
    ("anaphylaxis", "se me cierra la garganta"),
    ("anaphylaxis", "se le hincharon los labios y la lengua"),
    ("unresponsive", "my dad won't wake up"),
    ("unresponsive", "mi papa no responde"),
    ("seizure", "my son is having a siezure"),
    ("seizure", "shaking all over and her eyes rolled back"),
    ("seizure", "mi hija esta convulsionando"),
    ("overdose_poisoning", "took all my pills"),
    ("overdose_poisoning", "my toddler drank some bleach"),
    ("overdose_poisoning", "se tomo todas las pastillas de mi mama"),
    ("overdose_poisoning", "my son swallowed a button battery"),
    ("baby_not_breathing", "my baby is turning blue"),
    ("emergency_services", "we already called 911, he is not himself"),
    ("emergency_services", "llamamos a la ambulancia, ya viene"),
    ("sepsis_signs", "fever and tiny purple spots that don't fade when I press a glass on them"),
    ("head_injury", "he fell off the ladder, threw up twice and is really drowsy"),
    ("severe_glucose", "my meter says HI and she is very sleepy"),
    ("baby_not_breathing", "mi bebe no respira"),
]


@pytest.mark.parametrize(("rule", "text"), EMERGENCY_CASES)
def test_emergency_families(rule: str, text: str) -> None:
    active = detect_red_flags(text).active
    assert any(flag.rule == rule and flag.urgency is Urgency.EMERGENCY for flag in active), active


URGENT_CASES = [
    ("high_fever", "my daughter has a fever of 103"),
    ("high_fever", "mi niño tiene calentura de 39.5"),
    ("medication_reaction", "I got hives after the antibiotic"),
    ("medication_reaction", "since starting the statin my legs ache badly"),
    ("post_op_problem", "the incision is red and oozing pus"),
    ("post_op_problem", "la herida de la operacion esta roja y caliente"),
    ("pregnancy_bleeding", "I'm 9 weeks pregnant and spotting"),
    ("pregnancy_bleeding", "tengo 10 semanas de embarazo y estoy sangrando"),
    ("decreased_fetal_movement", "the baby hasn't moved much today, I'm 32 weeks"),
    ("decreased_fetal_movement", "el bebe no se mueve como siempre"),
    ("out_of_critical_medication", "I ran out of my insulin this morning"),
    ("out_of_critical_medication", "ya no me queda insulina, se terminó anoche"),
    ("abnormal_result", "the lab called, my potassium is 6.2 and they told me to get it rechecked today"),
    ("abnormal_result", "el laboratorio me dijo que la glucosa dio 450 y que vaya a urgencias hoy"),
]


@pytest.mark.parametrize(("rule", "text"), URGENT_CASES)
def test_urgent_families(rule: str, text: str) -> None:
    active = detect_red_flags(text).active
    assert any(flag.rule == rule and flag.urgency is Urgency.URGENT for flag in active), active


@pytest.mark.parametrize(
    "text",
    [
        "out of my lisinopril, have 3 days left",  # not a critical medicine
        "only 3 Enbrel syringes remaining, please renew",
        "my triglycerides came back a bit high on the portal, should I change my diet?",
        "is my insurance Blue Cross?",
        "poison ivy rash on my arm",  # a rash, not a poisoning
        "I got a bill for the ambulance ride last month",
        "my ankle is turning purple after I twisted it",  # a bruise, not cyanosis
        "please renew the seizure medication, plenty left for now",
    ],
)
def test_lookalikes_are_not_emergencies(text: str) -> None:
    active = detect_red_flags(text).active
    assert not any(flag.urgency is Urgency.EMERGENCY for flag in active), active


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi!! I CAN'T BREATHE", "CAN'T BREATHE"),
        ("mi mamá dice: ¡No puedo respirár!", "No puedo respirár"),
        ("pls help chest   pain", "chest   pain"),
        ("ayudaaa me duele el pechooo", "me duele el pechooo"),
        ("Dolor de pecho", "Dolor de pecho"),
    ],
)
def test_spans_point_at_the_original_words(text: str, expected: str) -> None:
    flag = next(f for f in detect_red_flags(text).active if f.urgency is Urgency.EMERGENCY)
    assert flag.matched == expected
    assert text[flag.start : flag.end] == expected


def test_red_flag_to_dict_is_json_ready() -> None:
    flag = detect_red_flags("no puedo respirar").active[0]
    assert flag.to_dict() == {
        "rule": "breathing_difficulty",
        "urgency": "emergency",
        "matched": "no puedo respirar",
        "start": 0,
        "end": 17,
        "language": "es",
    }


_PIECES = st.sampled_from(
    ["chest pain", "CAN'T breathe", "no", "mi mamá", "se me cierra la garganta", "ñ", "é", "’", "...", "\n",
     "pls", "xq", "q", "sooo", "lips not swollen", "!!", "  ", "INR 5.8 today", "C/O", "SOB", "w/",
     # Quotation marks and printed sources in any order, closed or not (quotes.py).
     '"', "\u201c", "\u201d", "'", "\u00ab", "\u00bb", "the paper says:", "form asks", "and i have both right now"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=12))
def test_spans_always_index_the_original_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    result = detect_red_flags(text)
    for flag in result.active + tuple(s.flag for s in result.suppressed):
        assert 0 <= flag.start <= flag.end <= len(text)
        assert text[flag.start : flag.end] == flag.matched
    normalized_length = len(normalize(text).text)
    for start, end in result.quoted:
        assert 0 <= start < end <= normalized_length
