"""The faster lexicon matchers find exactly what the patterns as written find."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from careloop.triage import context, redflags
from careloop.triage.fastregex import WORD_START, PlainMatcher, WordStartMatcher, compile_factored, compile_matcher
from careloop.triage.normalize import normalize

DATA = Path(__file__).parent / "data"


def _spans(matches) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [match.span() for match in matches]


def _lexicon_patterns() -> list:
    return [pattern for pattern, _, _ in redflags._PATTERNS] + [pattern for _, pattern in context._CONTEXT_PATTERNS]


def test_every_word_start_pattern_takes_the_fast_path_here() -> None:
    assert (3, 11) <= sys.version_info[:2] <= (3, 13), "fastregex is checked on 3.11-3.13 only"
    patterns = _lexicon_patterns()
    word_start = [p for p in patterns if p.source.startswith(WORD_START)]
    assert len(word_start) > 0.95 * len(patterns)
    assert all(isinstance(p.matcher, WordStartMatcher) for p in word_start)


def test_same_matches_as_the_patterns_as_written_on_labelled_messages() -> None:
    rows = [json.loads(line) for line in (DATA / "urgency_cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rows += [json.loads(line) for line in (DATA / "holdout_round_120.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [normalize(row["text"]).text for row in rows]
    generator = random.Random(7)
    compared = matched = 0
    for pattern in _lexicon_patterns():
        for text in texts:
            if not pattern.may_match(text):
                continue
            expected = _spans(pattern.regex.finditer(text))
            assert _spans(pattern.matcher.finditer(text)) == expected, (pattern.source[:80], text)
            found = pattern.matcher.search(text)
            assert (found.span() if found else None) == (expected[0] if expected else None)
            # A window of the text, as context and long messages use: look-behinds see
            # before the window's start, as they do for the pattern as written.
            start = generator.randrange(0, len(text) + 1)
            end = generator.randrange(start, len(text) + 1)
            assert _spans(pattern.matcher.finditer(text, start, end)) == _spans(pattern.regex.finditer(text, start, end))
            compared += 1
            matched += bool(expected)
    assert compared > 10_000 and matched > 1_000


def test_a_match_may_begin_where_the_last_one_ended() -> None:
    # A pattern that ends on a space: the next word starts right after it, at the very start
    # of the text and further on, and inside a window.
    for source, text in ((r"(?:ab |b )", "ab ab b ab"), (r"(?:no\x20)", "no no no "), (r"(?:x[ .])", "x.x x.x")):
        written = re.compile(WORD_START + source)
        matcher = compile_matcher(WORD_START + source)
        assert _spans(matcher.finditer(text)) == _spans(written.finditer(text))
        assert len(_spans(written.finditer(text))) >= 3
        for start in range(len(text)):
            assert _spans(matcher.finditer(text, start)) == _spans(written.finditer(text, start)), (source, start)


def test_patterns_that_may_match_empty_or_start_elsewhere_are_compiled_as_written() -> None:
    assert isinstance(compile_matcher(WORD_START + r"(?:a?)"), PlainMatcher)
    assert isinstance(compile_matcher(r"\bchest pain"), PlainMatcher)
    assert isinstance(compile_matcher(WORD_START + r"(?:chest pain)"), WordStartMatcher)


# Generated patterns in the lexicons' shape: words over a small alphabet, alternations,
# optional words, look-arounds, and texts over the same alphabet with separators.
_WORDS = st.text(alphabet="abc", min_size=1, max_size=3)


@st.composite
def _fragments(draw, depth: int = 0) -> str:  # type: ignore[no-untyped-def]
    kind = draw(st.sampled_from(["word", "word", "alternation", "optional", "lookbehind", "lookahead", "class"] if depth < 2 else ["word"]))
    if kind == "word":
        return re.escape(draw(_WORDS))
    if kind == "alternation":
        parts = draw(st.lists(_fragments(depth + 1), min_size=2, max_size=5))
        return "(?:" + "|".join(parts) + ")"
    if kind == "optional":
        return "(?:" + draw(_fragments(depth + 1)) + " )?"
    if kind == "lookbehind":
        return "(?<!" + re.escape(draw(_WORDS)) + " )" + draw(_fragments(depth + 1))
    if kind == "lookahead":
        return draw(_fragments(depth + 1)) + "(?! " + re.escape(draw(_WORDS)) + ")"
    return "[ab]" + draw(_fragments(depth + 1))


@st.composite
def _patterns(draw) -> str:  # type: ignore[no-untyped-def]
    parts = draw(st.lists(_fragments(), min_size=1, max_size=4))
    gap = draw(st.sampled_from(["", " ", "(?: [a-c]+){0,2}? "]))
    # Most lexicon patterns end at a word's end; some end on a space or a stop, so that the
    # next match may begin right where one ended.
    ending = draw(st.sampled_from(["(?![a-z0-9])", "(?![a-z0-9])", "", " ", "[ .]", "(?: |$)"]))
    return "(?:" + "|".join(parts) + ")" + gap + draw(_fragments()) + ending


@settings(max_examples=300, deadline=None)
@given(_patterns(), st.text(alphabet="abc 1.", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_same_matches_on_generated_patterns_and_texts(body: str, text: str, start: int, length: int) -> None:
    source = WORD_START + body
    written = re.compile(source)
    matcher = compile_matcher(source)
    assert _spans(matcher.finditer(text)) == _spans(written.finditer(text))
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert _spans(matcher.finditer(text, start, end)) == _spans(written.finditer(text, start, end))
    factored = compile_factored(body)
    assert _spans(factored.finditer(text)) == _spans(re.compile(body).finditer(text))
