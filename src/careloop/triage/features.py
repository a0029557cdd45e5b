"""Text normalisation and feature extraction shared by training and prediction.

One implementation serves both sides on purpose: the artefact stores only vocabularies, idf
weights and coefficients, and prediction re-runs exactly this code, so there is no sklearn
pickle whose format could drift between versions (sklearn is only needed to train).
"""

from __future__ import annotations

import functools
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
# ", but" ends a negation scope too; the lookahead keeps "but" itself in the next clause.
_CLAUSE = re.compile(r"[.;!?\n]|,(?=\s*(?:but|pero)\b)")
NEG_SPAN = 5


# Symptom vocabulary (normalised, EN + ES; prefixes end with "*"). Not a classifier on its
# own: it only adds three summary features — a non-negated symptom word is present, only
# negated ones, or none — because clinical_concern needs a current symptom (rule 1) and
# its absence is what separates provider updates or admin questions that merely use
# health words. The model learns how much to trust them.
_SYMPTOM_WORDS = """
pain painful hurt hurts hurting ache aches aching achy sore fever feverish chills vomit* throwing
nausea nauseous diarrhea rash hives itch* swollen swelling swell* bleed* dizzy dizziness
lightheaded faint* cough* breath* wheez* headache* migraine* numb* tingl* weak weakness confus*
seizure* shaking burn* infect* pus ooz* drain* lump bump cramp* spotting palpitation* racing
depress* anxiety anxious panic* suicid* insomnia fatigue* exhausted tired constipat* wound
incision cut injur* fell sprain* fractur* bruis* stiff blurry ringing snor* sweat* heartburn
reflux overdose unresponsive droop* slurr* choking stomachache earache toothache
dolor duele duelen doliendo fiebre calentura escalofrio* vomit* diarrea ronchas sarpullido
comezon pica hinchad* hinchazon sangrado sangrando sangra mare* desmay* tos ahog* respir* entumid* hormigueo debil*
confundid* convuls* temblando arde ardor infeccion infectad* bolita lunar colicos triste*
deprimid* ansiedad panico cansad* estrenimiento herida cortad* cai caida torci* fractura moreton*
borroso zumbido ronco sudor* agruras reflujo sobredosis cortada quemad* moretes dolores
"""
_SYM_EXACT = frozenset(w for w in _SYMPTOM_WORDS.split() if not w.endswith("*"))
_SYM_PREFIX = tuple(w[:-1] for w in _SYMPTOM_WORDS.split() if w.endswith("*"))


@functools.lru_cache(maxsize=65536)
def _is_symptom(tok: str) -> bool:
    # Cached: the prefix scan is the slow part and tokens recur across messages.
    return tok in _SYM_EXACT or tok.startswith(_SYM_PREFIX)


def _negated(norm: str, toks: list[str]) -> tuple[list[str], set[int]]:
    """neg_ copies of negated tokens, and the positions (in the clause-joined token stream)
    of tokens that are negated. `toks` are the text's tokens (_WORD over all of it)."""
    out: list[str] = []
    pos: set[int] = set()
    if _NEG_CUES.isdisjoint(toks):
        return out, pos  # most messages: no cue, skip the clause split
    k = 0
    for clause in _CLAUSE.split(norm):
        left = 0
        for tok in _WORD.findall(clause):
            if tok in _NEG_CUES:
                left = NEG_SPAN
            elif left:
                out.append("neg_" + tok)
                pos.add(k)
                left -= 1
            k += 1
    return out, pos


def word_features(norm: str, channel: str | None, toks: list[str] | None = None) -> list[str]:
    """Word features of a normalised text; `toks`, if the caller has them, are words(norm)."""
    # Token positions from the clause split must line up with _WORD over the whole text;
    # clause separators are never part of a token, so they do.
    if toks is None:
        toks = _WORD.findall(norm)
    negs, neg_pos = _negated(norm, toks)
    feats = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])] + negs
    sym = [i for i, t in enumerate(toks) if _is_symptom(t)]
    if any(i not in neg_pos for i in sym):
        feats.append("__sym")
    elif sym:
        feats.append("__negsym")
    else:
        feats.append("__nosym")
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
