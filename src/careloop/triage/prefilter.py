"""Cheap literal prefilter for the lexicon regexes (speed, without changing results).

Most messages match none of the ~400 red-flag patterns, and Python's regex engine pays for
every pattern at every position. For each pattern we derive, from its parsed form, a set
of literal strings such that EVERY possible match contains at least one of them. A pattern
whose literals are all absent from the text cannot match, so skipping it is exact: the
prefilter can never hide a red flag, it only avoids hopeless work.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from careloop.triage.fastregex import PlainMatcher, WordStartMatcher, compile_matcher

_LITERAL = sre_constants.LITERAL
_SUBPATTERN = sre_constants.SUBPATTERN
_BRANCH = sre_constants.BRANCH
_IN = sre_constants.IN
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
# Consume no characters: the literals on either side of them are adjacent in every match.
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
# Shorter literals are too common to reject anything ("a", "de").
_MIN_USEFUL_LENGTH = 2
# A run of literals through small character classes ("10[0-9]", "3[89]", "1[89]\\d") becomes
# the set of its spellings, up to this many; beyond, the run ends there.
_MAX_RUN_SPELLINGS = 32
_MAX_CLASS_CHARS = 10


def _class_chars(argument: list) -> list[str] | None:
    """The characters a small, positive character class matches; None otherwise."""
    chars: list[str] = []
    for op, value in argument:
        if op is _LITERAL:
            chars.append(chr(value))
        elif op is sre_constants.RANGE and value[1] - value[0] < _MAX_CLASS_CHARS:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        elif op is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
            chars.extend("0123456789")
        else:
            return None  # negated, \\w, \\s, large ranges: too many characters to spell out
    return chars if len(chars) <= _MAX_CLASS_CHARS else None


def _leading(items: list) -> set[str]:
    """Spellings of the literal run a sequence starts with ({""} if it starts otherwise)."""
    run: set[str] = {""}
    for op, argument in items:
        if op is _LITERAL:
            run = {spelling + chr(argument) for spelling in run}
        elif op in _ZERO_WIDTH:
            continue
        elif op is _IN and (chars := _class_chars(argument)) is not None and len(run) * len(chars) <= _MAX_RUN_SPELLINGS:
            run = {spelling + char for spelling in run for char in chars}
        else:
            break
    return run


def _required(items: list) -> frozenset[str] | None:
    """Literals one of which every match of this sequence contains; None if unknown."""
    options: list[frozenset[str]] = []
    run: set[str] = {""}
    for op, argument in items:
        if op is _LITERAL:
            run = {spelling + chr(argument) for spelling in run}
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is _IN:
            chars = _class_chars(argument)
            if chars is not None and len(run) * len(chars) <= _MAX_RUN_SPELLINGS:
                run = {spelling + char for spelling in run for char in chars}
                continue
        if op is _BRANCH and run != {""}:
            # The parser factors common prefixes out of alternations ("fe(...)ver|febrile"
            # becomes "fe" + a branch): carry the run into the branch when every alternative
            # starts with literals.
            leads = [_leading(list(alternative)) for alternative in argument[1]]
            spellings = {spelling + lead for spelling in run for each in leads for lead in each}
            if all(each != {""} for each in leads) and len(spellings) <= _MAX_RUN_SPELLINGS:
                options.append(frozenset(spellings))
        if run != {""}:
            options.append(frozenset(run))
        run = {""}
        found: frozenset[str] | None = None
        if op is _SUBPATTERN:
            found = _required(list(argument[-1]))
        elif op is _BRANCH:
            alternatives = [_required(list(alternative)) for alternative in argument[1]]
            if all(alternative is not None for alternative in alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS:
            minimum, _, body = argument
            if minimum >= 1:
                found = _required(list(body))
        if found:
            options.append(found)
    if run != {""}:
        options.append(frozenset(run))
    options = [option for option in options if min(len(s) for s in option) >= _MIN_USEFUL_LENGTH]
    if not options:
        return None
    # The most selective requirement: longest shortest-literal, then fewest literals.
    return max(options, key=lambda option: (min(len(s) for s in option), -len(option)))


def required_literals(pattern: str) -> frozenset[str] | None:
    return _required(list(sre_parser.parse(pattern)))



@dataclass(frozen=True)
class GuardedPattern:
    """A regex plus the literals that must be present for it to possibly match.

    The regex is compiled on first use, not at import: most lexicon patterns are rarely
    candidates, and compiling all ~400 up front was a third of the cold-load time.
    """

    source: str
    literals: tuple[str, ...] | None

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @cached_property
    def matcher(self) -> WordStartMatcher | PlainMatcher:
        """The same matches as `regex`, found faster (fastregex.py)."""
        return compile_matcher(self.source)

    def may_match(self, text: str) -> bool:
        if self.literals is None:
            return True
        return any(literal in text for literal in self.literals)

    def window(self, text: str, margin: int) -> tuple[int, int]:
        """A stretch of text that contains every possible match: any match contains one of
        the literals, and no match is longer than `margin` characters."""
        if self.literals is None:
            return 0, len(text)
        first, last = len(text), -1
        for literal in self.literals:
            position = text.find(literal)
            if position >= 0:
                first = min(first, position)
                last = max(last, text.rfind(literal) + len(literal))
        if last < 0:
            return 0, 0
        return max(0, first - margin), min(len(text), last + margin)

    def finditer(self, text: str):  # type: ignore[no-untyped-def]
        if not self.may_match(text):
            return iter(())
        return self.matcher.finditer(text)

    def search(self, text: str):  # type: ignore[no-untyped-def]
        if not self.may_match(text):
            return None
        return self.matcher.search(text)


# The literals of every guarded pattern, derived ahead of time (`python -m
# careloop.triage.train --literals` writes them): parsing ~650 long patterns at import was
# more than half of the cold-load time (measured 1.49 -> 0.58 s). Keyed by a hash of the pattern's
# source, so an edited pattern is simply not found and is derived at import as before; a
# test checks that the file matches a fresh derivation of every current pattern.
STORED_LITERALS = Path(__file__).parent / "model" / "prefilter_literals.json"
_STORED_FORMAT = 1
# Every pattern guarded in this process, by key (what the writer and the test check).
GUARDED_SOURCES: dict[str, str] = {}


def pattern_key(pattern: str) -> str:
    return hashlib.sha1(pattern.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def stored_literals() -> dict[str, list[str] | None]:
    """The stored literals, or {} when the file is missing, of another layout or unreadable:
    then every pattern is derived at import, slower but with the same results (a damaged
    file must not stop triage, and must never be trusted)."""
    try:
        stored = json.loads(STORED_LITERALS.read_text(encoding="utf-8"))
    except (FileNotFoundError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    literals = stored.get("literals") if isinstance(stored, dict) and stored.get("format") == _STORED_FORMAT else None
    if not isinstance(literals, dict):
        return {}
    return literals


def guard(pattern: str) -> GuardedPattern:
    key = pattern_key(pattern)
    GUARDED_SOURCES[key] = pattern
    stored = stored_literals()
    if key in stored:
        literals = None if stored[key] is None else frozenset(stored[key])
    else:
        literals = required_literals(pattern)
    ordered = None if literals is None else tuple(sorted(literals, key=lambda s: (-len(s), s)))
    return GuardedPattern(pattern, ordered)


@lru_cache(maxsize=4)
def trigrams(text: str) -> frozenset[str]:
    """Every 3-character substring of text. Cached: the red-flag index and the context
    index ask about the same normalised text, one after the other."""
    return frozenset([text[i : i + 3] for i in range(len(text) - 2)])


# Words of ordinary clinic traffic (written by train_urgency.py from the training corpora):
# how common each three-letter sequence is in them ranks a literal's trigrams by rarity.
_KNOWN_WORDS = Path(__file__).parent / "model" / "urgency_known_words.txt"


@lru_cache(maxsize=1)
def _trigram_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    if _KNOWN_WORDS.exists():
        for word in _KNOWN_WORDS.read_text(encoding="utf-8").split():
            padded = f" {word} "
            for i in range(len(padded) - 2):
                counts[padded[i : i + 3]] = counts.get(padded[i : i + 3], 0) + 1
    return counts


def _rarest_trigram(literal: str) -> str:
    """The literal's trigram that ordinary words contain least often (the first on ties)."""
    counts = _trigram_counts()
    grams = [literal[i : i + 3] for i in range(len(literal) - 2)]
    return min(grams, key=lambda gram: counts.get(gram, 0))


class LiteralIndex:
    """Which guarded patterns may match a text, found with set operations instead of loops.

    Each literal is indexed by its rarest trigram (two-letter literals by themselves); the
    text contributes the set of its trigrams. A literal present in the text has all of its
    trigrams there, so the index is exact; only literals whose key is present are checked
    with `in`. Rare keys keep those checks few: indexed by their first three letters,
    literals piled up under "des", "con", "que" (measured on dev.jsonl: 89 -> 33
    `in` checks a message for the red-flag index, 29 -> 12 for the context index).
    """

    def __init__(self, patterns: list[GuardedPattern]) -> None:
        by_key: dict[str, dict[str, set[int]]] = {}
        for index, pattern in enumerate(patterns):
            for literal in pattern.literals or ():
                key = literal if len(literal) < 3 else _rarest_trigram(literal)
                by_key.setdefault(key, {}).setdefault(literal, set()).add(index)
        # Per key: the patterns whose literal IS the key (present once the key is), and
        # the longer literals that still need an `in` check; pattern sets as bitmasks (an
        # int OR per key instead of a set union: 42 -> 38 us a message on dev.jsonl).
        self._by_key: dict[str, tuple[int, tuple[tuple[str, int], ...]]] = {}
        for key, literals in by_key.items():
            exact = _mask(i for literal, ids in literals.items() if literal == key for i in ids)
            longer = tuple((literal, _mask(ids)) for literal, ids in sorted(literals.items()) if literal != key)
            self._by_key[key] = (exact, longer)
        self._keys3 = frozenset(key for key in self._by_key if len(key) == 3)
        self._keys2 = tuple(key for key in self._by_key if len(key) == 2)
        # Patterns with no required literal are candidates for every text.
        self._always_mask = _mask(i for i, p in enumerate(patterns) if p.literals is None)

    def candidate_mask(self, text: str) -> int:
        """Bit i set: pattern i may match text."""
        found = self._always_mask
        by_key = self._by_key
        for key in trigrams(text) & self._keys3:
            exact, longer = by_key[key]
            found |= exact
            for literal, mask in longer:
                if literal in text:
                    found |= mask
        # Two-letter literals are few: test them directly rather than building 2-grams.
        for key in self._keys2:
            if key in text:
                exact, longer = by_key[key]
                found |= exact
                for literal, mask in longer:
                    if literal in text:
                        found |= mask
        return found

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns that may match text, in increasing order."""
        return bits(self.candidate_mask(text))


def _mask(indices) -> int:  # type: ignore[no-untyped-def]
    found = 0
    for index in indices:
        found |= 1 << index
    return found


def bits(mask: int) -> list[int]:
    """The set bits of mask, lowest first."""
    found = []
    while mask:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    return found


def derived_literals() -> dict[str, list[str] | None]:
    """Fresh literals of every pattern the triage engine guards (imports all lexicons)."""
    import careloop.triage.engine  # noqa: F401  (builds every guarded pattern)

    derived = {}
    for key, source in sorted(GUARDED_SOURCES.items()):
        literals = required_literals(source)
        derived[key] = None if literals is None else sorted(literals)
    return derived


def write_stored_literals() -> int:
    literals = derived_literals()
    STORED_LITERALS.write_text(
        json.dumps({"format": _STORED_FORMAT, "literals": literals}, indent=0, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    return len(literals)
