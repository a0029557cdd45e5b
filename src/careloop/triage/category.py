"""Category classifier of the triage engine: what the clinic must do next.

    from careloop.triage.category import predict_category
    pred = predict_category(text, channel="sms", language="es")
    pred.category, pred.confidence, pred.probabilities, pred.reasons

A linear model (tf-idf word 1-2 grams + char 2-5 grams, logistic regression; see train.py)
scored with numpy from a plain-data artefact, plus a few rules where a rule is clearer
(category_rules.py). The artefact is loaded once, lazily; prediction does no I/O.
"""

from __future__ import annotations

import base64
import json
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from careloop.labels import Category
from careloop.triage import category_rules as rules
from careloop.triage import features

MODEL_DIR = Path(__file__).resolve().parent / "model"
SUPPORTED_FORMAT = 2
# A rule overrides the model unless clinical_concern has at least CLINICAL_KEEPS_ABOVE of
# the probability left once the rule's own class is set aside, and CLINICAL_MIN overall:
# rule 1 of the label guide (a current symptom wins) beats an interpreter request or a
# booking form, but a passing mention of a symptom does not.
CLINICAL_KEEPS_ABOVE = 0.5
CLINICAL_MIN = 0.1
# How much probability mass a firing rule takes; the rest keeps the model's shape so the
# runner-up classes stay informative.
RULE_WEIGHT = 0.85
# When a message mentions an interpreter only to say none is needed (or to thank for one),
# the model still reacts to the word; this factor removes most of that pull.
NOT_NEEDED_DAMP = 0.02
# Readable names for the summary features in the reasons.
_FEATURE_NAMES = {
    "__sym": "a current symptom word",
    "__negsym": "only negated symptom words",
    "__nosym": "no symptom word",
}


@dataclass(frozen=True)
class CategoryPrediction:
    category: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)


class ModelError(RuntimeError):
    """The artefact is missing or in a format this code can't read: run the trainer."""


def _decode(d: dict) -> np.ndarray:
    """Inverse of train.encode_array (kept here so loading never imports the trainer)."""
    raw = base64.b64decode(d["b64"])
    return np.frombuffer(raw, dtype=np.dtype(d["dtype"])).reshape(d["shape"])


class _Model:
    def __init__(self, model_dir: Path):
        try:
            meta = json.loads((model_dir / "category.json").read_text(encoding="utf-8"))
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
        arr = {k: _decode(v) for k, v in meta.pop("arrays").items()}
        self.meta = meta
        self.classes: list[str] = meta["classes"]
        self.clinical_index = self.classes.index(Category.CLINICAL_CONCERN.value)
        self.language_index = self.classes.index(Category.LANGUAGE_ASSISTANCE.value)
        # token -> column; idf and coefficient-row lookups are then numpy gathers.
        self.word_vocab: list[str] = meta["word_vocab"]
        self.word_get = {t: i for i, t in enumerate(self.word_vocab)}.get
        self.char_get = {t: i for i, t in enumerate(meta["char_vocab"])}.get
        # One id space: word features first, then char n-grams offset by n_word, so a
        # message is weighted in a single numpy pass (per-call numpy overhead dominates).
        self.n_word = len(self.word_vocab)
        self.idf = np.concatenate([arr["word_idf"], arr["char_idf"]]).astype(np.float64)
        # The coefficient row of every feature id (zeros where the model kept none), so a
        # message's scores are one gather and one product, without a keep mask.
        row = np.concatenate([arr["word_row"], arr["char_row"]])
        coef = arr["coef"]  # (n_kept_features, n_classes) float32
        kept = row >= 0
        self.coef_by_id = np.zeros((len(row), coef.shape[1]), dtype=np.float64)
        self.coef_by_id[kept] = coef[row[kept]]
        self.intercept = arr["intercept"].astype(np.float64)
        self._char_cache: dict[str, np.ndarray] = {}

    def _char_ids(self, word: str) -> np.ndarray:
        """Ids of a word's char n-grams, cached: most words recur across messages, so the
        n-gram slicing and lookups run once per distinct word instead of once per message."""
        ids = self._char_cache.get(word)
        if ids is None:
            get, off = self.char_get, self.n_word
            ids = np.array([i + off for i in map(get, features.word_char_ngrams(word)) if i is not None], dtype=np.int32)
            if len(self._char_cache) >= _CHAR_CACHE_MAX:
                self._char_cache.clear()
            self._char_cache[word] = ids
        return ids

    def scores(self, text: str, channel: str | None):
        """Raw class scores plus what the reasons need (normalised text, word contributions).

        tf-idf as TfidfVectorizer computes it: sublinear tf * idf, l2-normalised separately
        over the word block and the char block.
        """
        norm = features.normalise(text)
        toks = features.words(norm)
        word_ids = [i for i in map(self.word_get, features.word_features(norm, channel, toks)) if i is not None]
        # One numpy pass over every id of the message (per-call overhead dominates at this
        # size: measured 111 -> 78 us a message against a Counter over Python lists).
        ids = np.concatenate([np.array(word_ids, dtype=np.int32), *map(self._char_ids, toks)])
        z = self.intercept.copy()
        if not len(ids):
            return z, norm, (_EMPTY_F, _EMPTY_I, _EMPTY_ROWS)
        # Distinct ids and their counts, by sorting (np.unique does the same with more
        # overhead: 27 -> 9 us a message). Sorted, the word ids (below n_word) come first.
        # Gathers with take(): the same values as fancy indexing at a third of the cost
        # (measured 9.9 -> 2.9 us for 350 rows of the coefficient matrix).
        ids.sort()
        n = len(ids)
        edges = np.empty(n + 1, dtype=bool)
        edges[0] = edges[n] = True
        np.not_equal(ids[1:], ids[:-1], out=edges[1:n])
        bounds = np.flatnonzero(edges)
        cols = ids.take(bounds[:-1])
        tf = np.diff(bounds)
        v = (1.0 + np.log(tf)) * self.idf.take(cols)
        split = int(np.searchsorted(cols, self.n_word))
        words, chars = v[:split], v[split:]
        words /= math.sqrt(words @ words) or 1.0
        chars /= math.sqrt(chars @ chars) or 1.0
        rows = self.coef_by_id.take(cols, axis=0)
        z += v @ rows
        return z, norm, (words, cols[:split], rows[:split])

    def top_words(self, word_part, k: int, n: int = 4) -> list[str]:
        """Word features that pushed most toward class k (for the human-readable reason)."""
        vals, cols, rows = word_part
        if not len(cols):
            return []
        contrib = vals * rows[:, k]
        best = np.argsort(-contrib)[:n]
        return [self.word_vocab[cols[i]] for i in best if contrib[i] > 0]


# Bound on the per-word cache (a few MB at most); cleared wholesale when full.
_CHAR_CACHE_MAX = 50_000
_EMPTY_I = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float32)
_EMPTY_ROWS = np.zeros((0, 0), dtype=np.float64)


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
        shown = [
            _FEATURE_NAMES.get(w) or (f"channel {w[10:]}" if w.startswith("__channel_") else repr(w))
            for w in words
        ]
        reasons[0] += ", top features " + ", ".join(shown)

    clinical, lang = m.clinical_index, m.language_index
    for hit in (rules.language_request(norm), rules.booking_form(norm, channel)):
        if hit is None:
            continue
        cat, why = hit
        if cat == rules.NOT_NEEDED:
            p[lang] *= NOT_NEEDED_DAMP
            p /= p.sum()
            k = int(p.argmax())
            reasons.append(why)
            continue
        j = m.classes.index(cat.value)
        # Rule 1 of the label guide outranks the rules: if, setting the rule's own class
        # aside, the model sees mostly clinical content, the clinical need wins.
        rest = p.copy()
        rest[j] = 0.0
        rest /= rest.sum()
        if p[clinical] >= CLINICAL_MIN and rest[clinical] >= CLINICAL_KEEPS_ABOVE:
            p, k = rest, clinical
            reasons.append(f"{why} (overridden: current clinical content wins)")
            break
        p = p * (1.0 - RULE_WEIGHT)
        p[j] += RULE_WEIGHT
        k = j
        reasons.append(why)
        break

    probs = dict(zip(m.classes, p.tolist()))
    return CategoryPrediction(m.classes[k], float(p[k]), probs, reasons)
