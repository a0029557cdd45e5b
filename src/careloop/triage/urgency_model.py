"""A learned second opinion on urgency: catches emergencies worded in ways no rule lists.

The rules (redflags.py) are precise but only know the phrasings and word classes someone
wrote down. This model reads character n-grams (robust to typos and to Spanish without
accents: "resprar", "pexo", "cant breath") and words, and was trained on an urgency corpus
written for it (urgency_corpus/ and the written rows of corpus/, built by train_urgency.py
with a fixed seed; never on evaluation data). It is a safety net, not the judge: the engine
only lets it RAISE urgency (see engine.py), and a case raised by the model alone goes to a
person (needs_review).

Two linear scorers share one feature extractor:
  emergency        P(emergency)            vs urgent + routine
  urgent_or_higher P(urgent or emergency)  vs routine

Scored by WINDOW, not by message. An emergency is usually one sentence inside a form, a
call note or an email full of names, dates of birth, phone numbers and requests; summed
over the whole message, that administrative text outweighs the one alarming sentence
(measured: a home-health note "SOB at rest, speaking 2-3 words at a time, O2 sat 84%" got
P(emergency) 0.00 as a whole). So a message is cut at sentence and form-field breaks
(run-on sentences into pieces), each piece and each pair of neighbouring pieces is scored,
values scaled by 1/sqrt(words) so that a longer window cannot win by length, and the
highest score counts. The trainer builds exactly the same windows (see train_urgency.py).

Inference is pure Python over a feature -> weights dict: per-word scores are cached and
windows are sums over prefix arrays, so scoring a window costs O(1) after one pass.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "model" / "urgency.json"

_WORD = re.compile(r"[a-z0-9]+")
# Sentence ends, line breaks, " / " and " - " separators, and "Field: value" colons.
_BREAK = re.compile(r"[.!?;\n]+|\s[/-]\s|:\s")
# Long emails: enough to reach an emergency stated in the middle, bounded for speed.
MAX_CHARS = 1500
_CHAR_NGRAM_SIZES = (3, 4, 5)
_WORD_CACHE_SIZE = 50_000
START = "<s>"
# Voicemail transcripts run on for 60 words without a full stop: a sentence longer than
# this is cut into pieces of _PIECE_WORDS (neighbouring pairs still cover each junction).
_MAX_SENTENCE_WORDS = 24
_PIECE_WORDS = 16
# A fragment shorter than this (a header, "Hi,", a signature) joins the next piece: scaled
# by 1/sqrt(words), two or three words would let one word decide (measured: P(emergency)
# 0.50 for the header "Brookhaven Assisted Living").
_MIN_PIECE_WORDS = 4


# Function words contribute as whole words only. Their char n-grams ("nt " of can't, don't,
# won't) are shared with the words of real emergencies ("can't breathe", "won't wake up")
# and, summed over a rambling sentence, added up to false alarms; typo robustness, the
# point of char n-grams, matters for content words, not for "and" or "que".
FUNCTION_WORDS = frozenset(
    """
    a an the and or but if so to of in on at for from with by as is are was were be been am
    i im ive id me my mine you your u he hes him his she shes her it its we our they them their
    this that these those there here what when where who how why which not no nor do does did
    dont doesnt didnt cant cannot couldnt wont wouldnt isnt arent wasnt havent hasnt have has had
    will would can could should just also very really too then than about up out now all any some
    el la los las un una unos unas y o pero si de del al en con por para que como es son fue era
    esta estan estoy este esto eso esa ese ya le les lo se su sus mi mis tu yo usted no ni muy mas
    me te nos ha han he hay
    """.split()
)


def word_features(word: str) -> list[str]:
    """The features one word contributes: itself and its char n-grams (with edge marks)."""
    found = ["w:" + word]
    if word in FUNCTION_WORDS:
        return found
    padded = " " + word + " "
    length = len(padded)
    for size in _CHAR_NGRAM_SIZES:
        found.extend(padded[start : start + size] for start in range(0, length - size + 1))
    return found


def words_and_sentences(normalized_text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The words of a normalised text and the [start, end) word ranges of its pieces:
    sentences, long ones cut at their commas and then every _PIECE_WORDS words, fragments
    joined to their neighbour."""
    words: list[str] = []
    pieces: list[tuple[int, int]] = []
    for part in _BREAK.split(normalized_text[:MAX_CHARS]):
        found = _WORD.findall(part)
        if not found:
            continue
        if len(found) <= _MAX_SENTENCE_WORDS:
            pieces.append((len(words), len(words) + len(found)))
            words.extend(found)
            continue
        for clause in part.split(","):
            clause_words = _WORD.findall(clause)
            for cut in range(0, len(clause_words), _PIECE_WORDS):
                chunk = clause_words[cut : cut + _PIECE_WORDS]
                pieces.append((len(words), len(words) + len(chunk)))
                words.extend(chunk)
    return words, _merge_fragments(pieces)


def _merge_fragments(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces of fewer than _MIN_PIECE_WORDS words to the next one (the last to the
    previous one); a message that is one short piece stays as it is."""
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for start, end in pieces:
        if pending_start is not None:
            start, pending_start = pending_start, None
        if end - start < _MIN_PIECE_WORDS:
            pending_start = start
            continue
        merged.append((start, end))
    if pending_start is not None:
        if merged:
            merged[-1] = (merged[-1][0], pieces[-1][1])
        else:
            merged.append((pending_start, pieces[-1][1]))
    return merged


def windows(sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word ranges that are scored: each sentence (or piece of a long one) and each pair of
    neighbours. Never the whole of a long message: a long text piles up evidence from
    common words ("and", "can't") that no single sentence carries (measured: 0.86 for a
    snoring question written as one rambling paragraph)."""
    found = list(sentences)
    found.extend((sentences[i][0], sentences[i + 1][1]) for i in range(len(sentences) - 1))
    return found


def features(words: list[str]) -> dict[str, float]:
    """Feature values of a window of words: words, word pairs, char n-grams inside words.

    Counts scaled by 1/sqrt(number of words): a window's score is then (sum of per-word
    scores plus its word pairs) / sqrt(n), which lets inference cache per word and sum over
    prefix arrays, while a long window cannot pile up evidence from common words ("and",
    "y", "me") the way raw counts would (measured: P(emergency) 0.99 for a rambling
    voicemail about a portal password).
    """
    counts: Counter[str] = Counter()
    previous = START
    for word in words:
        counts.update(word_features(word))
        counts["b:" + previous + " " + word] += 1
        previous = word
    scale = 1.0 / math.sqrt(len(words)) if words else 1.0
    return {feature: count * scale for feature, count in counts.items()}


def text_windows(normalized_text: str) -> list[list[str]]:
    """The windows of a text as word lists (what the trainer learns from)."""
    words, sentences = words_and_sentences(normalized_text)
    return [words[start:end] for start, end in windows(sentences)]


def whole_text(normalized_text: str) -> list[str]:
    """All the words the model reads of a text (the trainer's first-round example)."""
    return words_and_sentences(normalized_text)[0]


@dataclass(frozen=True)
class UrgencyScores:
    emergency: float
    urgent_or_higher: float


class UrgencyModel:
    def __init__(self, weights: dict[str, list[float]], biases: list[float]) -> None:
        self._weights = weights
        self._biases = biases
        # Patient vocabulary is small and repetitive: most words' scores are computed once.
        self._word_cache: dict[str, tuple[float, float]] = {}

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "UrgencyModel":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data["biases"])

    def _word_score(self, word: str) -> tuple[float, float]:
        cached = self._word_cache.get(word)
        if cached is None:
            emergency = urgent = 0.0
            for feature in word_features(word):
                pair = self._weights.get(feature)
                if pair is not None:
                    emergency += pair[0]
                    urgent += pair[1]
            cached = (emergency, urgent)
            if len(self._word_cache) >= _WORD_CACHE_SIZE:
                self._word_cache.clear()
            self._word_cache[word] = cached
        return cached

    def score(self, normalized_text: str) -> UrgencyScores:
        """The highest window score of each scorer (see the module docstring).

        Equal to the max over windows(...) of bias + sum of weight x features(window) value
        (the test spells that out), computed from prefix sums:
        prefix[i] = sum over words[:i] of (word score + score of the pair ending at it); a
        window [start, end) swaps the pair that crosses into it for (<s>, its first word).
        """
        words, sentences = words_and_sentences(normalized_text)
        bias_emergency, bias_urgent = self._biases
        if not words:
            return UrgencyScores(_sigmoid(bias_emergency), _sigmoid(bias_urgent))
        get = self._weights.get
        word_scores = [self._word_score(word) for word in words]
        pairs = [get("b:" + previous + " " + word) or _NO_WEIGHT for previous, word in zip([START, *words], words)]
        prefix_e = [0.0, *accumulate(score[0] + pair[0] for score, pair in zip(word_scores, pairs))]
        prefix_u = [0.0, *accumulate(score[1] + pair[1] for score, pair in zip(word_scores, pairs))]
        # Windows start only where a piece starts: look the opening pairs up there alone.
        openings = {start: get("b:" + START + " " + words[start]) or _NO_WEIGHT for start, _ in sentences}
        best_e = best_u = -math.inf
        for start, end in windows(sentences):
            scale = 1.0 / math.sqrt(end - start)
            opening, crossing = openings[start], pairs[start]
            emergency = (prefix_e[end] - prefix_e[start] - crossing[0] + opening[0]) * scale
            urgent = (prefix_u[end] - prefix_u[start] - crossing[1] + opening[1]) * scale
            if emergency > best_e:
                best_e = emergency
            if urgent > best_u:
                best_u = urgent
        return UrgencyScores(_sigmoid(bias_emergency + best_e), _sigmoid(bias_urgent + best_u))


_NO_WEIGHT = (0.0, 0.0)


def _sigmoid(value: float) -> float:
    if value < -30:
        return 0.0
    if value > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-value))


@lru_cache(maxsize=1)
def load_model() -> UrgencyModel | None:
    """The trained model, or None if it has not been built (the rules still work alone)."""
    if not MODEL_PATH.exists():
        return None
    return UrgencyModel.load()
