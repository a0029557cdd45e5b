"""Language detection on SMS, accentless Spanish and mixed messages."""

from __future__ import annotations

import pytest

from careloop.labels import Language
from careloop.triage.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("need refill pls", Language.EN),
        ("thx!", Language.EN),
        ("results back yet?", Language.EN),
        ("cita mañana?", Language.ES),
        ("q hora abren", Language.ES),
        ("gracias", Language.ES),
        ("necesito mi receta porfavor", Language.ES),
        ("no puedo ir manana, cancelen mi cita", Language.ES),  # no accents
        ("Hola, I need to move my appointment to Friday please", Language.EN),  # mostly English
        ("Hi, mi mama necesita una cita con la doctora para el lunes", Language.ES),  # mostly Spanish
        ("Caller wants a status update on the prior auth for her MRI, will call back Monday.", Language.EN),
        ("Quisiera saber cuándo estarán listos mis estudios de laboratorio.", Language.ES),
    ],
)
def test_language(text: str, language: Language) -> None:
    assert detect_language(text).language is language


def test_confidence_is_a_probability() -> None:
    for text in ["", "ok", "hola", "chest pain since this morning"]:
        guess = detect_language(text)
        assert 0.5 <= guess.confidence <= 1.0


def test_empty_text_is_low_confidence() -> None:
    assert detect_language("").confidence < 0.7


def test_the_two_word_lists_share_no_word() -> None:
    # A word in both lists would count for one language only; the vote counts on that.
    from careloop.triage.language import _ENGLISH_WORDS, _SPANISH_WORDS

    assert _ENGLISH_WORDS.isdisjoint(_SPANISH_WORDS)
