"""ConText-style modifiers for red-flag matches (after Chapman et al., written from scratch).

A red-flag term only raises urgency when it describes something happening now, to the
patient (or to the person a caregiver is writing about). Trigger phrases modify targets:

  negated       "no chest pain", "denies", "sin fiebre", "niega"
  historical    "last year", "used to", "is gone", "el año pasado", "ya se me quitó"
  hypothetical  "if I get chest pain", "what should I do if", "si tengo", "en caso de"
  other_person  "my neighbor had...", "mi vecino..." (NOT family: a caregiver writing about
                their son, mother or husband counts the same as the patient)

A trigger acts forward or backward over a limited number of words, never across a
sentence boundary or a terminator ("but", "pero", "aunque"). Pseudo-triggers ("not sure
if", "no one", "won't go away", "no puedo") look like triggers but are not; a trigger
inside a red-flag phrase ("no puedo respirar", "not breathing") is part of the phrase.

Safety bias: scopes are deliberately short. A scope too long could silence a real
emergency; a scope too short only costs a nurse a look at a false alarm.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from careloop.triage.context_triggers import (  # noqa: F401  (the kinds are re-exported)
    BACKWARD,
    EXPLAINED,
    FORWARD,
    HISTORICAL,
    HYPOTHETICAL,
    NEGATED,
    OTHER_PERSON,
    _PSEUDO_TRIGGERS,
    _TERMINATORS,
    _TRIGGERS,
)
from careloop.triage.prefilter import LiteralIndex, guard

# End punctuation (not in "3.5" or after "dr", "mr", "pt"...), semicolons, new lines, " - ".
# Every branch starts with a character class and the look-behinds come after the first
# character: the regex engine then skips straight to candidate characters (5x faster than
# leading look-behinds tried at every position; same matches).
# A form field's answer stays in the field's sentence: "Chest pain? No", "SOB - denies".
_FORM_ANSWER = r"(?:no|none|denies|denied|negative|ninguno|ninguna|nada|niega|negativo) *(?:$|\n|[.,;|])"
_ABBREVIATIONS = ("dr", "mr", "ms", "mrs", "st", "pt", "vs", "sr", "sra")
_SENTENCE_BREAK = re.compile(
    # (After a number too: "Home BP 88/54. No fainting." are two statements.)
    r"[.!?]"
    + "".join(rf"(?<!\b{abbreviation}[.!?])" for abbreviation in _ABBREVIATIONS)
    + r"[.!?]*(?![0-9])(?!\s*(?::|" + _FORM_ANSWER + r"))|[;\n]+|\s[-|]\s(?!" + _FORM_ANSWER + r")"
)
_WORD = re.compile(r"[a-z0-9]+")


def _wrap(pattern: str) -> str:
    return r"(?<![a-z0-9])(?:" + pattern.replace(" ", r"[\s,\-]+") + r")(?![a-z0-9])"


# (what, guarded regex): what = ("trigger", kind, direction, max_words) / ("pseudo",) /
# ("terminator", kind). All behind one literal index, like the lexicons (speed only).
_CONTEXT_PATTERNS = (
    [
        (("trigger", kind, direction, max_words), guard(_wrap(pattern)))
        for kind, direction, max_words, pattern in _TRIGGERS
    ]
    + [(("pseudo",), guard(_wrap(_PSEUDO_TRIGGERS)))]
    + [(("terminator", kind), guard(_wrap(pattern))) for kind, pattern in _TERMINATORS.items()]
)
_CONTEXT_INDEX = LiteralIndex([pattern for _, pattern in _CONTEXT_PATTERNS])


@dataclass(frozen=True)
class Trigger:
    kind: str
    direction: str
    max_words: int
    start: int
    end: int
    phrase: str


@dataclass(frozen=True)
class ContextAnnotation:
    """Why a red-flag match does not count: the modifier kind and the trigger words."""

    kind: str
    trigger: str


# Said after a past episode in the same sentence, the problem is here again: "last month when
# my son had a bad allergic reaction and it is back again now" (history's terminators only
# stand between a trigger and its target; this follows the target). Not a result that "came
# back negative", nor someone "back to normal", "back home" or "back at work", nor what
# "never came back" / "nunca le volvio a pasar".
_RECURRENCE_AFTER = re.compile(
    r"(?<![a-z])(?:(?:its|it is|they are|theyre|this is|thats|that is|it has|they have)(?:\x20\w+)?\x20(?:back|returned|come\x20back|started\x20again|starting\x20again|happening\x20again)(?!\x20(?:to|at|home|from|in|negative|normal|clear|fine|ok))"
    r"|(?<!never\x20)(?<!not\x20)(?<!hasnt\x20)(?<!havent\x20)(?<!didnt\x20)(?<!hasnt\x20ever\x20)(?:came|comes|coming)\x20back(?!\x20(?:to|from|for|in|negative|normal|clear|fine|ok|okay|good|great|with|and\x20said|as))"
    r"|(?:again|otra\x20vez|de\x20nuevo)\x20(?:now|today|tonight|ahora|hoy)"
    r"|(?<!nunca\x20)(?<!no\x20)(?:le|me)\x20(?:volvio|regreso)(?!\x20(?:a\x20casa|al\x20trabajo|a\x20la\x20escuela))"
    r")(?![a-z])"
)


class ContextAnalyzer:
    """Finds triggers once per message, then answers 'is this span modified?' per target."""

    def __init__(
        self, text: str, protected_spans: list[tuple[int, int]], target_spans: list[tuple[int, int]] | None = None
    ) -> None:
        """protected_spans: red-flag phrases (a trigger inside one is not a trigger).
        target_spans: spans that will be asked about (default: the protected ones); only
        their sentences are scanned for triggers, since scope never crosses a sentence."""
        self._text = text
        self._sentences = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)] + [len(text) + 1]
        wanted = sorted({self._sentence_index(start) for start, _ in (target_spans or protected_spans)})
        regions: list[tuple[int, int]] = []
        for sentence in wanted:
            start, end = self._sentences[sentence], min(self._sentences[sentence + 1], len(text))
            if regions and regions[-1][1] >= start:
                regions[-1] = (regions[-1][0], end)
            else:
                regions.append((start, end))
        pseudo_spans: list[tuple[int, int]] = []
        raw_triggers: list[tuple[tuple, re.Match[str]]] = []
        self._terminators: dict[str, list[tuple[int, int]]] = {kind: [] for kind in _TERMINATORS}
        for region_start, region_end in regions:
            self._scan_region(text, region_start, region_end, pseudo_spans, raw_triggers)
        blocked = pseudo_spans + protected_spans
        triggers: list[Trigger] = []
        for (_, kind, direction, max_words), match in raw_triggers:
            start, end = match.span()
            # A trigger inside a pseudo-trigger or a red-flag phrase is not a trigger.
            if any(start < b_end and b_start < end for b_start, b_end in blocked):
                continue
            triggers.append(Trigger(kind, direction, max_words, start, end, match.group()))
        self._triggers = triggers

    def _scan_region(
        self,
        text: str,
        start: int,
        end: int,
        pseudo_spans: list[tuple[int, int]],
        raw_triggers: list[tuple[tuple, re.Match[str]]],
    ) -> None:
        # The whole text when the region is all of it: its trigram set is already cached.
        region = text if start == 0 and end >= len(text) else text[start:end]
        for index in _CONTEXT_INDEX.candidates(region):
            what, pattern = _CONTEXT_PATTERNS[index]
            for match in pattern.matcher.finditer(text, start, end):
                if what[0] == "pseudo":
                    pseudo_spans.append(match.span())
                elif what[0] == "terminator":
                    self._terminators[what[1]].append(match.span())
                else:
                    raw_triggers.append((what, match))

    def _sentence_index(self, position: int) -> int:
        return max(0, min(bisect_right(self._sentences, position) - 1, len(self._sentences) - 2))

    def sentence_end(self, position: int) -> int:
        """Where the sentence holding `position` ends (the text's length for the last one)."""
        return min(self._sentences[self._sentence_index(position) + 1], len(self._text))

    def _terminated(self, kind: str, gap_start: int, gap_end: int) -> bool:
        return any(gap_start <= t_start and t_end <= gap_end for t_start, t_end in self._terminators[kind])

    def modifiers(self, start: int, end: int, ignore_kinds: frozenset[str] = frozenset()) -> list[ContextAnnotation]:
        """All modifiers whose scope covers the target span [start, end)."""
        sentence = self._sentence_index(start)
        found: list[ContextAnnotation] = []
        for trigger in self._triggers:
            if trigger.kind in ignore_kinds:
                continue
            if self._sentence_index(trigger.start) != sentence:
                continue
            if trigger.direction == FORWARD and trigger.end <= start:
                gap_start, gap_end = trigger.end, start
            elif trigger.direction == BACKWARD and trigger.start >= end:
                gap_start, gap_end = end, trigger.start
            else:
                continue
            if len(_WORD.findall(self._text, gap_start, gap_end)) > trigger.max_words:
                continue
            if self._terminated(trigger.kind, gap_start, gap_end):
                continue
            found.append(ContextAnnotation(trigger.kind, trigger.phrase))
        if any(item.kind == HISTORICAL for item in found):
            sentence_end = min(self._sentences[sentence + 1], len(self._text))
            if _RECURRENCE_AFTER.search(self._text, end, sentence_end):
                found = [item for item in found if item.kind != HISTORICAL]
        return found
