"""Text normalisation and feature extraction shared by training and prediction.

One implementation serves both sides on purpose: the artefact stores only vocabularies, idf
weights and coefficients, and prediction re-runs exactly this code, so there is no sklearn
pickle whose format could drift between versions (sklearn is only needed to train).
"""

from __future__ import annotations

import re
import unicodedata

# Long e-mails end in signatures, disclaimers and quoted threads; the need is almost always
# stated early, and capping the length bounds the per-message cost of char n-grams.
MAX_CHARS = 700
CHAR_NGRAMS = (2, 5)

_NUM = re.compile(r"\d+(?:[.,:/]\d+)*")
_WORD = re.compile(r"[a-z0]+(?:'[a-z]+)?")
_SPACE = re.compile(r"\s+")


# Accents handled by one C-level translate; NFKD only runs for the rare other non-ASCII text.
_ACCENTS = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ¿¡’‘“”",
                         "aaaaaeeeeiiiiooooouuuuncaaaaaeeeeiiiiooooouuuunc  ''\"\"")


def normalise(text: str) -> str:
    """Lower-case, strip accents (SMS Spanish often drops them), collapse numbers to 0.

    Numbers are collapsed because dates, doses, phone numbers and amounts are slot values:
    the fact that a number is present matters, its value does not.
    """
    text = (text or "")[:MAX_CHARS].lower().translate(_ACCENTS)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _NUM.sub("0", text)
    return _SPACE.sub(" ", text).strip()


# Negation cues (EN + ES). Words that follow a cue in the same clause also get a "neg_"
# copy, so "denies chest pain" / "no tengo fiebre" / "no new symptoms" stop looking like a
# current symptom (label guide: negation and history matter).
_NEG_CUES = frozenset({"no", "not", "denies", "deny", "denied", "without", "never", "nothing",
                       "none", "sin", "nunca", "ni", "nada", "ninguna", "ningun", "ninguno",
                       "dont", "don't", "didn't", "didnt", "isn't", "haven't", "hasn't"})
_CLAUSE = re.compile(r"[.;!?\n]|,\s*(?:but|pero)\b")
NEG_SPAN = 5


def _negated(norm: str) -> list[str]:
    out: list[str] = []
    for clause in _CLAUSE.split(norm):
        left = 0
        for tok in _WORD.findall(clause):
            if tok in _NEG_CUES:
                left = NEG_SPAN
            elif left:
                out.append("neg_" + tok)
                left -= 1
    return out


def word_features(norm: str, channel: str | None) -> list[str]:
    toks = _WORD.findall(norm)
    feats = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])] + _negated(norm)
    # The channel is a feature, not a rule: internal notes and partner faxes have different
    # priors (e.g. partners mostly write about referrals and records) that the model weighs.
    if channel:
        feats.append(f"__channel_{channel}")
    return feats


def word_char_ngrams(word: str) -> list[str]:
    """char_wb-style n-grams of one space-padded word; robust to misspellings and cognates."""
    lo, hi = CHAR_NGRAMS
    w = f" {word} "
    n_w = len(w)
    return [w[i : i + n] for n in range(lo, min(hi, n_w) + 1) for i in range(n_w - n + 1)]


def words(norm: str) -> list[str]:
    return _WORD.findall(norm)


def char_features(norm: str) -> list[str]:
    """All char n-grams of a text = concatenation per word (the predictor caches per word)."""
    out: list[str] = []
    for w in _WORD.findall(norm):
        out.extend(word_char_ngrams(w))
    return out
