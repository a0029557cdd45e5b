"""Phrase guidance: phrases staff should not say to patients, and what to say instead.

Matching is done on words, not characters, so the same phrase is caught however it is typed:
any case, curly or straight apostrophes, extra spaces or line breaks, with or without accents
("está"/"esta"), and with or without contractions ("that's" = "that is", "you'll" = "you will").
Only whitespace, commas and dashes may sit between the words of a match, so a phrase is never
stitched together across two sentences.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from careloop.labels import Language

from .errors import raise_issues
from .fields import Section

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_WORD = re.compile(r"\w+(?:'\w+)*")
_ALLOWED_GAP = re.compile(r"[\s,\-\u2013\u2014]*")

# "'s" is only expanded after these words: after a noun it is usually possessive ("the
# clinic's number"), and expanding it there would invent an "is" the writer never meant.
_S_MEANS_IS = frozenset({"that", "it", "there", "here", "what", "who", "he", "she", "this", "where"})
_IRREGULAR_NEGATIONS = {"won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not")}
_SUFFIXES = (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'m", "am"), ("'d", "would"))


def fold(text: str) -> str:
    """Lower-case, straight apostrophes, no accents; one character in, one character out."""
    return "".join(_fold_char(char) for char in text.translate(_APOSTROPHES))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0].lower()
    # A few characters lower-case to two ("İ"); keeping them as they are keeps spans exact.
    return base if len(base) == 1 else char


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _expand(word: str) -> tuple[str, ...]:
    if word in _IRREGULAR_NEGATIONS:
        return _IRREGULAR_NEGATIONS[word]
    if word == "cannot":
        return ("can", "not")
    for suffix, meaning in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return (word[: -len(suffix)], meaning)
    if word.endswith("'s") and word[:-2] in _S_MEANS_IS:
        return (word[:-2], "is")
    return (word,)


@lru_cache(maxsize=2048)
def tokenize(text: str) -> tuple[_Token, ...]:
    """Canonical words with their span in the original text (a contraction spans both words).

    Cached: the same approved templates are checked every time a playbook loads.
    """
    folded = fold(text)
    return tuple(
        _Token(word, match.start(), match.end())
        for match in _WORD.finditer(folded)
        for word in _expand(match.group())
    )


def canonical_words(phrase: str) -> tuple[str, ...]:
    return tuple(token.word for token in tokenize(phrase))


@dataclass(frozen=True)
class PhraseViolation:
    """A phrase to avoid found in a text; `start`/`end` index the original text."""

    phrase: str  # the phrase as the playbook names it, e.g. "That's not my department"
    matched: str  # the words actually found, as written
    start: int
    end: int
    alternatives: list[str] = field(default_factory=list)
    language: Language = Language.EN


PhraseText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class LocalizedPhrases(Section):
    """Phrases per language. English and Spanish both required: staff work in both."""

    en: list[PhraseText] = Field(min_length=1)
    es: list[PhraseText] = Field(min_length=1)

    def for_language(self, language: Language) -> list[str]:
        return list(getattr(self, Language(language).value))


class PhraseRule(Section):
    """One phrase to avoid: how it is said in each language, why, and what to say instead."""

    why: str = Field(min_length=1)
    avoid: LocalizedPhrases
    say_instead: LocalizedPhrases

    @model_validator(mode="after")
    def _phrases_have_words(self) -> PhraseRule:
        issues = []
        for language in Language:
            for index, phrase in enumerate(self.avoid.for_language(language)):
                if not canonical_words(phrase):
                    issues.append((("avoid", language.value, index), f"{phrase!r} has no words to match"))
        raise_issues(issues)
        return self


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    label: str  # first phrase of the rule in this language: how the violation is named
    alternatives: tuple[str, ...]
    language: Language


class PhraseChecker:
    """Finds avoided phrases in a text. Built once per playbook from its phrase_guidance."""

    def __init__(self, rules: dict[str, PhraseRule]):
        # Indexed by first word: a text is scanned once, trying only phrases that start there.
        self._by_first_word: dict[str, list[_Pattern]] = {}
        for rule in rules.values():
            for language in Language:
                phrases = rule.avoid.for_language(language)
                alternatives = tuple(rule.say_instead.for_language(language))
                for phrase in phrases:
                    pattern = _Pattern(canonical_words(phrase), phrases[0], alternatives, language)
                    self._by_first_word.setdefault(pattern.words[0], []).append(pattern)

    def check(self, text: str, language: Language | str | None = None) -> list[PhraseViolation]:
        wanted = Language(language) if language is not None else None
        tokens = tokenize(text)
        candidates: list[tuple[int, int, _Pattern]] = []
        for index, token in enumerate(tokens):
            for pattern in self._by_first_word.get(token.word, ()):
                if wanted is not None and pattern.language is not wanted:
                    continue
                span = _match_at(pattern.words, tokens, index, text)
                if span is not None:
                    candidates.append((span[0], span[1], pattern))
        # Where matches overlap ("we are busy" inside "we are very busy"... or two variants of
        # one phrase), report the earliest, longest one once.
        candidates.sort(key=lambda found: (found[0], -(found[1] - found[0])))
        violations: list[PhraseViolation] = []
        covered_until = -1
        for start, end, pattern in candidates:
            if start < covered_until:
                continue
            covered_until = end
            violations.append(
                PhraseViolation(
                    phrase=pattern.label,
                    matched=text[start:end],
                    start=start,
                    end=end,
                    alternatives=list(pattern.alternatives),
                    language=pattern.language,
                )
            )
        return violations


def _match_at(words: tuple[str, ...], tokens: tuple[_Token, ...], index: int, text: str) -> tuple[int, int] | None:
    window = tokens[index : index + len(words)]
    if len(window) < len(words) or any(token.word != word for token, word in zip(window, words)):
        return None
    for left, right in zip(window, window[1:]):
        # Tokens from one contraction share a span; only real gaps between words are checked.
        if left.start != right.start and not _ALLOWED_GAP.fullmatch(text[left.end : right.start]):
            return None
    return window[0].start, window[-1].end
