"""A learned second opinion on urgency: catches emergencies worded in ways no rule lists.

The rules (redflags.py) are precise but only know the phrasings and word classes someone
wrote down. This model reads character n-grams (robust to typos and to Spanish without
accents: "resprar", "pexo", "cant breath") and words, and was trained on an urgency corpus
written for it (urgency_corpus/, built by train_urgency.py with a fixed seed; never on
evaluation data). It is a safety net, not the judge: the engine only lets it RAISE urgency
(see engine.py), and a case raised by the model alone goes to a person (needs_review).

Two linear scorers share one feature extractor:
  emergency        P(emergency)            vs urgent + routine
  urgent_or_higher P(urgent or emergency)  vs routine
Inference is pure Python over a feature -> weights dict: no numpy, no sklearn at runtime,
so the model costs a dict lookup per feature and loads in milliseconds.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "model" / "urgency.json"

_WORD = re.compile(r"[a-z0-9]+")
# Only the first part of a long email is read: emergencies are said early, and the cost of
# feature extraction grows with length.
MAX_CHARS = 600
_CHAR_NGRAM_SIZES = (3, 4, 5)
_WORD_CACHE_SIZE = 50_000


def word_features(word: str) -> list[str]:
    """The features one word contributes: itself and its char n-grams (with edge marks)."""
    found = ["w:" + word]
    padded = " " + word + " "
    length = len(padded)
    for size in _CHAR_NGRAM_SIZES:
        found.extend(padded[start : start + size] for start in range(0, length - size + 1))
    return found


def features(normalized_text: str) -> Counter[str]:
    """Feature counts of normalised text: words, word pairs, char n-grams inside words.

    Counts, not presence: the score of a text is then the sum of per-word scores plus the
    word pairs, so each word's score can be cached (speed) with exactly the same result.
    """
    words = _WORD.findall(normalized_text[:MAX_CHARS])
    counts: Counter[str] = Counter()
    previous = "<s>"
    for word in words:
        counts.update(word_features(word))
        counts["b:" + previous + " " + word] += 1
        previous = word
    return counts


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
        """Same value as summing weight x count over features(); per-word parts are cached."""
        emergency, urgent = self._biases
        weights = self._weights
        previous = "<s>"
        for word in _WORD.findall(normalized_text[:MAX_CHARS]):
            word_emergency, word_urgent = self._word_score(word)
            emergency += word_emergency
            urgent += word_urgent
            pair = weights.get("b:" + previous + " " + word)
            if pair is not None:
                emergency += pair[0]
                urgent += pair[1]
            previous = word
        return UrgencyScores(_sigmoid(emergency), _sigmoid(urgent))


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
