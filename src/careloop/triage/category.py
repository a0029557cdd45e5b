"""Category classifier of the triage engine: what the clinic must do next.

    from careloop.triage.category import predict_category
    pred = predict_category(text, channel="sms", language="es")
    pred.category, pred.confidence, pred.probabilities, pred.reasons

A linear model (tf-idf word 1-2 grams + char 2-5 grams, logistic regression; see train.py)
scored with numpy from a plain-data artefact, plus a few rules where a rule is clearer
(category_rules.py). The artefact is loaded once, lazily; prediction does no I/O.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from careloop.labels import Category
from careloop.triage import category_rules as rules
from careloop.triage import features

MODEL_DIR = Path(__file__).resolve().parent / "model"
SUPPORTED_FORMAT = 1
# A rule overrides the model unless the model is this sure of clinical_concern: rule 1 of
# the label guide (a current symptom wins) beats an interpreter request or a booking form.
CLINICAL_KEEPS_ABOVE = 0.45
# How much probability mass a firing rule takes; the rest keeps the model's shape so the
# runner-up classes stay informative.
RULE_WEIGHT = 0.85


@dataclass(frozen=True)
class CategoryPrediction:
    category: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)


class ModelError(RuntimeError):
    """The artefact is missing or in a format this code can't read: run the trainer."""


class _Model:
    def __init__(self, model_dir: Path):
        try:
            meta = json.loads((model_dir / "category.json").read_text(encoding="utf-8"))
            arr = np.load(model_dir / "category.npz")
        except FileNotFoundError as exc:
            raise ModelError(
                f"category model missing in {model_dir}; rebuild with "
                "`python -m careloop.triage.train`"
            ) from exc
        if meta.get("format") != SUPPORTED_FORMAT:
            raise ModelError(
                f"category model format {meta.get('format')} != {SUPPORTED_FORMAT}; "
                "rebuild with `python -m careloop.triage.train`"
            )
        self.meta = meta
        self.classes: list[str] = meta["classes"]
        # token -> column; idf and coefficient-row lookups are then numpy gathers.
        self.word_vocab: list[str] = meta["word_vocab"]
        self.word_get = {t: i for i, t in enumerate(self.word_vocab)}.get
        self.char_get = {t: i for i, t in enumerate(meta["char_vocab"])}.get
        self.word_idf, self.char_idf = arr["word_idf"], arr["char_idf"]
        self.word_row, self.char_row = arr["word_row"], arr["char_row"]
        self.coef = arr["coef"]  # (n_kept_features, n_classes) float32
        self.intercept = arr["intercept"].astype(np.float64)
        self._char_cache: dict[str, list[int]] = {}

    @staticmethod
    def _weights(ids: list[int], idf: np.ndarray, rowmap: np.ndarray):
        """sublinear tf * idf, l2-normalised over the block (as TfidfVectorizer does).

        Returns (coefficient rows, values, feature ids) of the features that survived pruning.
        """
        if not ids:
            return _EMPTY_I, _EMPTY_F, _EMPTY_I
        counts = Counter(ids)  # C-level counting; much cheaper than np.unique on short lists
        cols = np.fromiter(counts.keys(), dtype=np.int32, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        v = (1.0 + np.log(tf)) * idf[cols]
        v /= np.sqrt(v @ v)
        rows = rowmap[cols]
        keep = rows >= 0
        return rows[keep], v[keep], cols[keep]

    def _char_ids(self, word: str) -> list[int]:
        """Ids of a word's char n-grams, cached: most words recur across messages, so the
        n-gram slicing and lookups run once per distinct word instead of once per message."""
        ids = self._char_cache.get(word)
        if ids is None:
            get = self.char_get
            ids = [i for i in map(get, features.word_char_ngrams(word)) if i is not None]
            if len(self._char_cache) >= _CHAR_CACHE_MAX:
                self._char_cache.clear()
            self._char_cache[word] = ids
        return ids

    def scores(self, text: str, channel: str | None):
        """Raw class scores plus what the reasons need (normalised text, word contributions)."""
        norm = features.normalise(text)
        w_ids = [i for i in map(self.word_get, features.word_features(norm, channel)) if i is not None]
        c_ids: list[int] = []
        for w in features.words(norm):
            c_ids.extend(self._char_ids(w))
        w_rows, w_vals, w_cols = self._weights(w_ids, self.word_idf, self.word_row)
        c_rows, c_vals, _ = self._weights(c_ids, self.char_idf, self.char_row)
        z = self.intercept.copy()
        if len(w_rows):
            z += w_vals @ self.coef[w_rows]
        if len(c_rows):
            z += c_vals @ self.coef[c_rows]
        return z, norm, (w_rows, w_vals, w_cols)

    def top_words(self, word_part, k: int, n: int = 4) -> list[str]:
        """Word features that pushed most toward class k (for the human-readable reason)."""
        rows, vals, cols = word_part
        if not len(rows):
            return []
        contrib = vals * self.coef[rows, k]
        best = np.argsort(-contrib)[:n]
        return [self.word_vocab[cols[i]] for i in best if contrib[i] > 0]


# Bound on the per-word cache (a few MB at most); cleared wholesale when full.
_CHAR_CACHE_MAX = 50_000
_EMPTY_I = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float32)


_MODEL: _Model | None = None
_LOCK = threading.Lock()


def _model() -> _Model:
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = _Model(MODEL_DIR)
    return _MODEL


def load_model() -> None:
    """Load the artefact now (e.g. at app start-up) instead of on the first message."""
    _model()


def predict_category(
    text: str, channel: str | None = None, language: str | None = None
) -> CategoryPrediction:
    """Classify one message. `language` is accepted for the interface; the model is bilingual
    (shared features for both languages), so it does not need it."""
    m = _model()
    z, norm, word_part = m.scores(text or "", channel)
    z = z - z.max()
    p = np.exp(z)
    p /= p.sum()
    k = int(p.argmax())
    reasons = [f"model: {m.classes[k]} ({p[k]:.2f})"]
    words = m.top_words(word_part, k)
    if words:
        reasons[0] += ", top words " + ", ".join(repr(w) for w in words)

    clinical = m.classes.index(Category.CLINICAL_CONCERN.value)
    for hit in (rules.language_request(norm), rules.booking_form(norm, channel)):
        if hit is None:
            continue
        cat, why = hit
        if p[clinical] >= CLINICAL_KEEPS_ABOVE:
            reasons.append(f"{why} (ignored: current clinical content wins)")
            continue
        j = m.classes.index(cat.value)
        p = p * (1.0 - RULE_WEIGHT)
        p[j] += RULE_WEIGHT
        k = j
        reasons.append(why)
        break

    probs = {c: float(v) for c, v in zip(m.classes, p)}
    return CategoryPrediction(m.classes[k], float(p[k]), probs, reasons)
