"""Fuzzy spelling repair for the few words a red flag hangs on ("chesst", "breth", "resprar").

Patients in distress type fast: one letter missing, doubled, swapped or wrong. The phrase
lexicons list some frequent misspellings (normalize.py); this catches the rest for a short
list of KEY terms, at edit distance 1 (one insertion, deletion or substitution, or one
swap of neighbours), on words of 5+ letters that are not real words themselves.

Why the known-word list: "breast", "blond", "cooking", "threat", "morada" are one edit
from "breath", "blood", "choking", "throat", "morado". A word seen in ordinary clinic
traffic (model/urgency_known_words.txt, written by train_urgency.py from the training corpora) is
never "repaired". Built once at import; each distinct token is looked up once (cache).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

KNOWN_WORDS_PATH = Path(__file__).parent / "model" / "urgency_known_words.txt"
MIN_LENGTH = 5

# Canonical spellings the lexicons are written against (normalised: no accents).
KEY_TERMS = (
    "chest", "breathe", "breathing", "breath", "bleeding", "blood", "seizure", "seizing",
    "unconscious", "unresponsive", "swallow", "swelling", "swollen", "throat", "tongue",
    "suicide", "suicidal", "overdose", "overdosed", "stroke", "choking", "pressure", "crushing",
    "squeezing", "numbness", "slurred", "slurring", "vomiting", "fever", "collapsed", "fainted",
    "pecho", "respirar", "respira", "respirando", "sangre", "sangrando", "convulsion",
    "convulsiones", "convulsionando", "desmayo", "desmayado", "desmayada", "garganta", "lengua",
    "ahogando", "despierta", "responde", "inconsciente", "hinchada", "hinchado", "tragar",
    "apretado", "matarme", "suicidarme", "pastillas", "ambulancia", "ambulance", "emergency",
)
# One edit away from a key term but a real, harmless word.
_NEVER_REPAIR = frozenset(
    "breast breasts blond blonde cooking threat threats morada strike strikes stoke stoked strobe "
    "cheat cheats chess fewer never lever seven revers bleeping breeding pleading reading "
    "presion prision tongs tonga legua lenguas sangria respire respond responds".split()
)


def _variants(word: str) -> set[str]:
    """The word with any one letter deleted."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for term in KEY_TERMS:
        for variant in _variants(term) | {term}:
            if variant in index and index[variant] != term:
                ambiguous.add(variant)
            index[variant] = term
    for variant in ambiguous:
        del index[variant]
    return index


def _load_known_words() -> frozenset[str]:
    if not KNOWN_WORDS_PATH.exists():
        return frozenset()
    return frozenset(KNOWN_WORDS_PATH.read_text(encoding="utf-8").split())


_INDEX = _build_index()
_KEYS = frozenset(KEY_TERMS)
_KNOWN = _load_known_words() | _NEVER_REPAIR


def reload_known_words() -> None:
    """After train_urgency.py rewrites the list (so training sees the same repairs as use)."""
    global _KNOWN
    _KNOWN = _load_known_words() | _NEVER_REPAIR
    repair.cache_clear()


def unfamiliar_words(words: list[str]) -> set[str]:
    """The words that are neither known nor key terms (only these can need a repair)."""
    return set(words).difference(_KNOWN, _KEYS)


@lru_cache(maxsize=20_000)
def repair(token: str) -> str | None:
    """The key term a misspelt token stands for, or None. Token: normalised, lower case."""
    if len(token) < MIN_LENGTH or token in _KEYS or token in _KNOWN or not token.isalpha():
        return None
    # token = term with a letter missing ("chst" is too short; "resprar" works)
    found = _INDEX.get(token)
    if found is None:
        for variant in _variants(token):
            # one extra letter ("chesst") or one wrong / swapped letter ("pecjo", "breaht")
            found = _INDEX.get(variant)
            if found is not None:
                break
    if found is None or not _one_edit_apart(token, found):
        return None
    return found


def _one_edit_apart(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours (the delete index also
    matches some pairs two edits apart, e.g. "every" / "fever": those are refused here)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    prefix = 0
    while prefix < len(a) and a[prefix] == b[prefix]:
        prefix += 1
    if len(a) < len(b):
        return a[prefix:] == b[prefix + 1 :]
    if a[prefix + 1 :] == b[prefix + 1 :]:
        return True
    return (
        prefix + 1 < len(a)
        and a[prefix] == b[prefix + 1]
        and a[prefix + 1] == b[prefix]
        and a[prefix + 2 :] == b[prefix + 2 :]
    )
