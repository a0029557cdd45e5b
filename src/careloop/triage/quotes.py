"""Printed text quoted back: what a form, a label or discharge papers say, in quotation marks.

Patients copy the words of a paper into a message to ask about them: 'My discharge paper
says: "Call 911 or go to the nearest emergency room for chest pain, shortness of breath, or
coughing up blood."', 'the intake form asks 'Have you had thoughts of harming yourself?''.
Every red-flag phrase inside such a quote is the paper's, not the patient's, however long
the quote runs (the context rules' word windows end long before a long list does).

A quote counts when the words just before its opening mark name a printed source and a
verb of saying ("the paper you gave me says", "el formulario pregunta"), or when it follows
such a quote ('... and "Do you have chest pain?"', 'It also says: "..."'). Only printed
sources: a person quoted ('my son texted "I can't breathe"') is a report, not a paper. And
never when the writer says after the quote that it is happening ("... and I do", "I have
all of those right now"): then the quote is what they are living.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from careloop.triage.normalize import NormalizedText

_PRINTED = (
    r"form|forms|questionnaire|intake|survey|screening|screener|label|labels|warning|insert|leaflet|pamphlet|"
    r"brochure|handout|instructions|paperwork|paper|papers|sheet|summary|avs|letter|sign|poster|website|site|"
    r"bottle|box|plan|protocol|packet|booklet|guide|card|"
    r"formulario|cuestionario|etiqueta|advertencia|instructivo|folleto|caja|hoja|instrucciones|papeles|papel|"
    r"papelito|carta|letrero|pagina|resumen|frasco"
)
_SAYS = (
    r"says|said|say|asks|asked|ask|reads|read|states|stated|lists|listed|warns|warned|mentions|"
    r"dice|decia|dicen|pregunta|preguntaba|menciona|advierte|pone"
)
# A person's speech is not a paper's: "held a letter opener to his roommate's neck and said
# 'I'm going to kill him tonight'" (the words between the source and the verb may not start
# another clause or name a speaker).
_NEW_CLAUSE = r"(?:and|but|then|so|y|pero|luego|he|she|they|i|we|who|hes|shes|el|ella|ellos)(?![\w.'])"
# The words just before an opening quotation mark (the normalised text ends there).
_PRINTED_SOURCE_SAYS = re.compile(
    # (Runs of spaces: a quotation mark inside the words leaves two, 'the "CF Clinic
    # Questionnaire" you emailed asks: "...').
    rf"(?<![a-z0-9])(?:{_PRINTED})(?:\x20+(?!{_NEW_CLAUSE})[\w.':-]+){{0,8}}\x20+(?:{_SAYS})(?:\x20+(?:to|that|que|you|me))?[\s:,]*\Z"
)
# Between a printed quote and the next one: "and", "or", a comma; or "it also says".
_CONTINUES = re.compile(
    rf"[\s,;:]*(?:(?:and|or|then|also|y|o|tambien)[\s,;:]*)?(?:(?:it|they|this|that|the\x20\w+|also|ahi|alli|tambien)(?:\x20also)?(?:\x20(?:also|tambien))?\x20(?:{_SAYS})(?:\x20(?:to|that|que))?[\s:,]*)?\Z"
)
# After the quote, the writer says it is happening: the quote is then what they live.
_HAPPENING = re.compile(
    r"(?<![a-z0-9])(?:"
    r"(?:and|but|y|pero)\x20(?:i|he|she|we|they|my\x20\w+|yo|el|ella|mi\x20\w+)\x20(?:do|does|did|am|is|are|have|has|had|si|tengo|tiene)(?!\x20(?:not|no|any|none|nothing|never))(?![a-z0-9])"
    r"|(?:im|i\x20am|hes|shes|he\x20is|she\x20is|were|we\x20are)\x20having\x20(?:that|this|it|those|these|all|both|them|some)"
    r"|(?:i|he|she|we)\x20(?:have|has|got)\x20(?:that|this|it|those|these|all\x20of\x20(?:those|these|them)|both|some\x20of)(?!\x20(?:before|in\x20the\x20past))"
    r"|right\x20now|happening\x20now|ahora\x20mismo|(?:tengo|tiene)\x20(?:eso|todo\x20eso|esos|esas|todo)"
    r")(?![a-z0-9])"
)
_OPENING_DOUBLE = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
_SINGLE = "'\u2018\u2019"
# A quote longer than this is not one quoted passage (an unmatched mark, most likely).
_MAX_QUOTE = 600


@dataclass(frozen=True)
class PrintedQuote:
    """A quoted passage from a printed source, as a span of the normalised text."""

    start: int
    end: int
    source: str  # the words that introduced it ("discharge paper says")


def _quote_pairs(original: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) positions of the quotations in the original text."""
    pairs: list[tuple[int, int]] = []
    position = 0
    length = len(original)
    while position < length:
        char = original[position]
        closing: str | None = None
        if char in _OPENING_DOUBLE:
            closing = _OPENING_DOUBLE[char]
        elif char in _SINGLE and char != "\u2019":
            # An opening single quote, not an apostrophe: after a space or a bracket, before a word.
            before = original[position - 1] if position else " "
            after = original[position + 1] if position + 1 < length else " "
            if (before.isspace() or before in "([:") and after.isalnum():
                closing = _SINGLE
        if closing is None:
            position += 1
            continue
        end = position + 1
        limit = min(length, position + _MAX_QUOTE)
        found = -1
        while end < limit:
            if original[end] in closing:
                following = original[end + 1] if end + 1 < length else " "
                # A single mark closes only before a non-letter ("don't" goes on).
                if closing != _SINGLE or not following.isalnum():
                    found = end
                    break
            end += 1
        if found < 0:
            position += 1
            continue
        pairs.append((position, found))
        position = found + 1
    return pairs


def printed_quotes(normalized: NormalizedText) -> list[PrintedQuote]:
    """Quoted passages of printed text in the message (see the module docstring)."""
    original = normalized.original
    if not any(mark in original for mark in ('"', "\u201c", "\u201e", "\u00ab", "'", "\u2018")):
        return []
    text, starts = normalized.text, normalized.starts
    found: list[PrintedQuote] = []
    previous_end = -1
    for opening, closing in _quote_pairs(original):
        # Normalised positions: the first character at or after each mark.
        start = bisect_left(starts, opening)
        end = bisect_left(starts, closing)
        if end <= start:
            continue
        cue = _PRINTED_SOURCE_SAYS.search(text, max(0, start - 160), start)
        source = cue.group().strip(" :,") if cue else None
        if source is None and found and previous_end >= 0 and _CONTINUES.match(text, previous_end, start):
            source = found[-1].source
        if source is None:
            previous_end = -1
            continue
        if _HAPPENING.search(text, end):
            # The writer says the quoted signs are theirs now: not a paper's words alone.
            return []
        found.append(PrintedQuote(start, end, source))
        previous_end = end
    return found


def inside(quotes: list[PrintedQuote], start: int, end: int) -> PrintedQuote | None:
    """The printed quote that holds the span [start, end) of the normalised text, if any."""
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            return quote
    return None
