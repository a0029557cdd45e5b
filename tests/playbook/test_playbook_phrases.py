"""Phrase guidance matching: robust to how people type, silent on ordinary sentences."""

from __future__ import annotations

import pytest

from careloop.labels import Language
from careloop.playbook import Playbook
from careloop.playbook.phrases import fold, tokenize


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("That's not my department.", "That's not my department"),
        ("that’s not my department", "That's not my department"),  # curly apostrophe
        ("THAT IS NOT MY DEPARTMENT", "That's not my department"),
        ("Sorry, that is   not my\n department", "That's not my department"),
        ("Honestly it's not my department", "That's not my department"),
        ("You'll have to call back tomorrow.", "You'll have to call back"),
        ("you will have to call back", "You'll have to call back"),
        ("You have to call back later", "You'll have to call back"),
        ("You’ll need to call back after lunch", "You'll have to call back"),
        ("I only answer phones here", "I only answer phones"),
        ("i just answer the phones", "I only answer phones"),
        ("We're busy right now", "We are busy"),
        ("we are very busy today", "We are busy"),
        ("Please check the portal.", "Check the portal"),
        ("Just check your portal", "Check the portal"),
        ("No es mi departamento", "No es mi departamento"),
        ("eso no me corresponde", "No es mi departamento"),
        ("Tiene que volver a llamar mañana", "Tiene que volver a llamar"),
        ("Estamos muy ocupados", "Estamos ocupados"),
        ("Revise el portal, por favor", "Revise el portal"),
        ("Sólo contesto el teléfono", "Solo contesto el teléfono"),
        ("solo contesto el telefono", "Solo contesto el teléfono"),  # accents optional
        ("no es mi área", "No es mi departamento"),
        ("no es mi area", "No es mi departamento"),
    ],
)
def test_avoided_phrases_are_found_however_typed(playbook: Playbook, text: str, phrase: str) -> None:
    violations = playbook.check_phrases(text)
    assert [v.phrase for v in violations] == [phrase]
    violation = violations[0]
    assert text[violation.start : violation.end] == violation.matched
    assert violation.alternatives


@pytest.mark.parametrize(
    "text",
    [
        "Our department will call you back today.",
        "That's not a problem at all.",
        "Is that my department's number?",
        "We'll call you back this afternoon.",
        "Please call us back at (415) 867-2300.",
        "The portal has your results, and I can read them to you now.",
        "We are happy to help. Busy mornings are normal.",
        "We are. Busy people need quick answers.",  # never across sentences
        "I can check the schedule for you.",
        "Nuestro departamento le llamará hoy.",
        "Le devolvemos la llamada esta tarde.",
        "",
    ],
)
def test_ordinary_sentences_pass(playbook: Playbook, text: str) -> None:
    assert playbook.check_phrases(text) == []


def test_several_phrases_reported_in_order_with_spans(playbook: Playbook) -> None:
    text = "We are busy. That's not my department, check the portal."
    violations = playbook.check_phrases(text)
    assert [v.matched for v in violations] == ["We are busy", "That's not my department", "check the portal"]
    assert violations[1].start == text.index("That's")


def test_longest_overlapping_variant_is_reported_once(playbook: Playbook) -> None:
    [violation] = playbook.check_phrases("that's not my department")
    assert violation.matched == "that's not my department"


def test_language_filter_and_alternatives_in_that_language(playbook: Playbook) -> None:
    text = "Estamos ocupados, we are busy."
    assert [v.language for v in playbook.check_phrases(text)] == [Language.ES, Language.EN]
    [spanish] = playbook.check_phrases(text, language="es")
    assert spanish.phrase == "Estamos ocupados"
    assert spanish.alternatives == ["Gracias por esperar. Ya estoy con usted."]
    [english] = playbook.check_phrases(text, language=Language.EN)
    assert english.alternatives == ["Thank you for waiting. I'm with you now."]


def test_fold_keeps_one_character_per_character() -> None:
    text = "Está Ñ ’ İ ß"
    assert len(fold(text)) == len(text)
    assert fold("Está ’") == "esta '"


def test_contractions_expand_to_the_same_words() -> None:
    assert [t.word for t in tokenize("can't won't I'm we're you've")] == [
        "can", "not", "will", "not", "i", "am", "we", "are", "you", "have"]
    # Possessive 's after a noun is not "is".
    assert [t.word for t in tokenize("the clinic's phone")] == ["the", "clinic's", "phone"]
