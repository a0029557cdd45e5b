"""Lexicon regexes compiled into equivalent ones that Python's engine runs faster (speed only).

Every lexicon pattern starts at a word: `(?<![a-z0-9])X`, X a long alternation of phrases.
Python's `re` has no quick scan for such a pattern, so it enters X at every position of the
text, and at each word start it tries X's alternatives one by one (hundreds, for the
critical-medicine list). Two rewrites keep every match exactly as it was:

1. Word start by a separator: `[^a-z0-9]X` starts with a character class, for which the
   engine skips ahead in C to the next separator instead of trying every position; a match
   at the very start of the text is tried apart with X alone. A match of `[^a-z0-9]X` that
   starts at q is X's match at q + 1, whose preceding character is not [a-z0-9]: exactly the
   look-behind's condition. The next search resumes one character before the end of the last
   match, so a match may start right where the previous one ended, as with finditer.
2. Alternatives factored by their first character (a trie): `ran out|refill|rx` becomes
   `r(?:an out|efill|x)`. Alternatives that start with different characters can never both
   match at one position, so grouping them changes no result; within a group the order is
   kept, so the engine still prefers the same alternative. A leading group or optional word
   is distributed over its first characters when what follows it is short.

Only patterns whose X cannot match empty take the fast path (finditer's rules for empty
matches differ), and only on the Python versions whose private compiler API was checked
(3.11-3.13); otherwise a pattern is compiled as written. tests/triage/test_fastregex.py
compares the two on every lexicon pattern and on generated ones.
"""

from __future__ import annotations

import re
import sys
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

WORD_START = "(?<![a-z0-9])"
_SUPPORTED = (3, 11) <= sys.version_info[:2] <= (3, 13)
_LITERAL = sre_constants.LITERAL
_BRANCH = sre_constants.BRANCH
_SUBPATTERN = sre_constants.SUBPATTERN
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
_ASSERTS = (sre_constants.ASSERT, sre_constants.ASSERT_NOT)
# Distributing a leading group copies what follows it once per first character: only when
# that is short, and over few characters, so compiled patterns stay small.
_MAX_COPIED_NODES = 40
_MAX_DISTRIBUTED_CHARS = 3


class _Span:
    """What callers use of a match: its span and its text."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


class WordStartMatcher:
    """finditer/search of `(?<![a-z0-9])X` through `[^a-z0-9]X` (see the module docstring)."""

    __slots__ = ("_head", "_separated")

    def __init__(self, head: re.Pattern[str], separated: re.Pattern[str]) -> None:
        self._head, self._separated = head, separated

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        if end is None or end > len(text):
            end = len(text)
        found: list[tuple[int, int]] = []
        if start <= 0:
            match = self._head.match(text, 0, end)
            if match is not None:
                found.append(match.span())
                resume = match.end() - 1
            else:
                resume = 0
        else:
            resume = start - 1
        search = self._separated.search
        while True:
            match = search(text, resume, end)
            if match is None:
                return found
            match_end = match.end()
            found.append((match.start() + 1, match_end))
            resume = match_end - 1

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[_Span]:
        return [_Span(text, s, e) for s, e in self.spans(text, start, end)]

    def search(self, text: str) -> _Span | None:
        match = self._head.match(text)
        if match is not None:
            return _Span(text, *match.span())
        match = self._separated.search(text)
        return None if match is None else _Span(text, match.start() + 1, match.end())


class PlainMatcher:
    """The pattern as written (not a word-start pattern, or no fast path here)."""

    __slots__ = ("_regex",)

    def __init__(self, regex: re.Pattern[str]) -> None:
        self._regex = regex

    def finditer(self, text: str, start: int = 0, end: int | None = None):  # type: ignore[no-untyped-def]
        return self._regex.finditer(text, start, len(text) if end is None else end)

    def search(self, text: str) -> re.Match[str] | None:
        return self._regex.search(text)


_SEPARATOR = "[^a-z0-9]"


def compile_matcher(source: str) -> WordStartMatcher | PlainMatcher:
    """The fastest exact matcher for a lexicon pattern."""
    if _SUPPORTED and source.startswith(WORD_START):
        rest = "(?:" + source[len(WORD_START) :] + ")"
        try:
            # Parsed and factored once; the separated form is the same tree behind one
            # character class (what parsing "[^a-z0-9]" + rest would give).
            parsed = sre_parser.parse(rest)
            if not parsed.state.flags & re.IGNORECASE and parsed.getwidth()[0] >= 1:
                factored = _Factorer(parsed.state).sequence(parsed.data)
                separator = sre_parser.parse(_SEPARATOR).data[0]
                return WordStartMatcher(
                    _compile_tree(rest, parsed.state, factored),
                    _compile_tree(_SEPARATOR + rest, parsed.state, [separator, *factored]),
                )
        except (re.error, AttributeError, TypeError, ValueError, IndexError):
            pass  # any surprise: the pattern as written, which is always right
    return PlainMatcher(re.compile(source))


def compile_factored(source: str) -> re.Pattern[str]:
    """re.compile(source), its alternations factored by first character (same matches)."""
    if not _SUPPORTED:
        return re.compile(source)
    parsed = sre_parser.parse(source)
    return _compile_tree(source, parsed.state, _Factorer(parsed.state).sequence(parsed.data))


def _compile_tree(source: str, state, items: list) -> re.Pattern[str]:  # type: ignore[no-untyped-def]
    """A compiled pattern from a parse tree (re.compile's last step, with source as its text)."""
    code = sre_compile._code(sre_parser.SubPattern(state, items), 0)
    index_group = [None] * state.groups
    for name, index in state.groupdict.items():
        index_group[index] = name
    return _sre.compile(source, state.flags, code, state.groups - 1, state.groupdict, tuple(index_group))


def _node_count(items: list) -> int:
    count = 0
    for op, argument in items:
        count += 1
        if op is _SUBPATTERN:
            count += _node_count(argument[3].data)
        elif op is _BRANCH:
            count += sum(_node_count(alternative.data) for alternative in argument[1])
        elif op in _REPEATS:
            count += _node_count(argument[2].data)
        elif op in _ASSERTS:
            count += _node_count(argument[1].data)
    return count


def _has_groups(items: list) -> bool:
    """Capturing groups or references: reordering alternatives could renumber them."""
    for op, argument in items:
        if op is _SUBPATTERN:
            if argument[0] is not None or _has_groups(argument[3].data):
                return True
        elif op is _BRANCH:
            if any(_has_groups(alternative.data) for alternative in argument[1]):
                return True
        elif op in _REPEATS:
            if _has_groups(argument[2].data):
                return True
        elif op in _ASSERTS:
            if _has_groups(argument[1].data):
                return True
        elif op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS, sre_constants.ATOMIC_GROUP):
            return True
    return False


class _Factorer:
    def __init__(self, state) -> None:  # type: ignore[no-untyped-def]
        self._state = state

    def _sub(self, items: list) -> sre_parser.SubPattern:
        return sre_parser.SubPattern(self._state, list(items))

    def sequence(self, items: list) -> list:
        out: list = []
        for op, argument in items:
            if op is _SUBPATTERN:
                group, add_flags, del_flags, body = argument
                out.append((op, (group, add_flags, del_flags, self._sub(self.sequence(body.data)))))
            elif op is _BRANCH:
                out.extend(self.branch([self._sub(self.sequence(alt.data)) for alt in argument[1]]))
            elif op in _REPEATS:
                minimum, maximum, body = argument
                out.append((op, (minimum, maximum, self._sub(self.sequence(body.data)))))
            else:
                # Look-arounds are left as written (a look-behind must keep its fixed width).
                out.append((op, argument))
        return out

    def branch(self, alternatives: list) -> list:
        """Items equal to BRANCH(alternatives), factored by first character."""
        if len(alternatives) == 1:
            return list(alternatives[0].data)
        if any(_has_groups(alternative.data) for alternative in alternatives):
            return [(_BRANCH, (None, alternatives))]
        factored: list = []
        run: list[tuple[int, list]] = []

        def close_run() -> None:
            # Entries of the run grouped by first character, in first-seen order: entries
            # with different first characters exclude each other, so only order within a
            # group matters, and it is kept.
            groups: dict[int, list[list]] = {}
            for char, tail in run:
                groups.setdefault(char, []).append(tail)
            for char, tails in groups.items():
                if len(tails) == 1:
                    factored.append(self._sub([(_LITERAL, char), *tails[0]]))
                else:
                    inner = self.branch([self._sub(tail) for tail in tails])
                    factored.append(self._sub([(_LITERAL, char), (_SUBPATTERN, (None, 0, 0, self._sub(inner)))]))
            run.clear()

        for alternative in alternatives:
            entries = self._first_characters(list(alternative.data))
            if entries is None:
                # An alternative that may start anywhere ends the run: no reordering across it.
                close_run()
                factored.append(alternative)
            else:
                run.extend(entries)
        close_run()
        if len(factored) == 1:
            return list(factored[0].data)
        return [(_BRANCH, (None, factored))]

    def _first_characters(self, items: list) -> list[tuple[int, list]] | None:
        """[(first character, the rest)] whose alternation, in order, equals items; None when
        items may start otherwise than with a literal character."""
        if not items:
            return None
        op, argument = items[0]
        rest = items[1:]
        if op is _LITERAL:
            return [(argument, rest)]
        if op is _SUBPATTERN and argument[0] is None and not argument[1] and not argument[2]:
            return self._first_characters(list(argument[3].data) + rest)
        if op is _BRANCH:
            entries: list[tuple[int, list]] = []
            for alternative in argument[1]:
                found = self._first_characters(list(alternative.data))
                if found is None:
                    return None
                entries.extend(found)
            chars = list(dict.fromkeys(char for char, _ in entries))
            if rest and (len(chars) > _MAX_DISTRIBUTED_CHARS or _node_count(rest) > _MAX_COPIED_NODES):
                return None
            distributed = []
            for char in chars:
                heads = self.branch([self._sub(tail) for c, tail in entries if c == char])
                distributed.append((char, [*heads, *rest]))
            return distributed
        if op is sre_constants.MAX_REPEAT and argument[0] == 0 and argument[1] == 1:
            # "(?:B)?R" is "BR|R": the greedy optional tries B first, as the branch does.
            body = argument[2]
            if body.getwidth()[0] < 1 or _node_count(rest) > _MAX_COPIED_NODES:
                return None
            with_body = self._first_characters(list(body.data) + rest)
            without = self._first_characters(rest)
            if with_body is None or without is None:
                return None
            return with_body + without
        return None
