"""Text normalisation for red-flag matching, keeping a map back to the original text.

Patients write "cant breathe", "CAN'T BREATHE", "cant breatheeee" and "no puedo respirár";
the lexicons are written once, against one canonical form: lower case, no accents, no
apostrophes, letters repeated three or more times collapsed, common SMS abbreviations
expanded. Every character of the normalised text remembers which characters of the
original it came from, so a red flag can point at the exact words the patient wrote
(staff must see the evidence, not our rewrite of it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from careloop.triage.fuzzy import repair, unfamiliar_words

# Abbreviations seen in SMS and in staff call notes. Only unambiguous ones: a wrong
# expansion could create or hide a red flag. Keys are normalised (lower case, no apostrophes).
_SMS_EXPANSIONS: dict[str, str] = {
    # English SMS
    "pls": "please",
    "plz": "please",
    "plzz": "please",
    "u": "you",
    "ur": "your",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "tonite": "tonight",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "thru": "through",
    "w/": "with",
    "w/o": "without",
    "wo/": "without",
    "idk": "i dont know",
    "rn": "right now",
    "bby": "baby",
    "lil": "little",
    "ppl": "people",
    "hosp": "hospital",
    "meds": "meds",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "cnt": "cant",
    "cn": "can",
    "dnt": "dont",
    "bleedin": "bleeding",
    "breathin": "breathing",
    # Clinical shorthand in staff notes ("pt c/o CP and SOB")
    "c/o": "complains of",
    "h/o": "history of",
    "hx": "history",
    "n/v": "nausea and vomiting",
    "s/p": "after",
    "sx": "symptoms",
    "abd": "abdominal",
    # Spanish SMS
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "xk": "porque",
    "porq": "porque",
    "xfa": "por favor",
    "xfavor": "por favor",
    "porfa": "por favor",
    "porfis": "por favor",
    "pa": "para",
    "pal": "para el",
    "d": "de",
    "tb": "tambien",
    "tmb": "tambien",
    "tngo": "tengo",
    "toy": "estoy",
    "sta": "esta",
    "stoy": "estoy",
    "ta": "esta",
    "ke": "que",
    "nesecito": "necesito",
    "nececito": "necesito",
    "ahy": "hay",
    "bb": "bebe",
}

# Frequent misspellings of red-flag words in patient SMS (after accent folding and
# collapsing of tripled letters). Fuzzy matching would be slower and would invent matches;
# a short reviewed list of real-world misspellings is predictable.
_TYPO_FIXES: dict[str, str] = {
    # English
    "pian": "pain", "paine": "pain", "chesst": "chest", "chset": "chest", "cheast": "chest",
    "brethe": "breathe", "breth": "breath", "breating": "breathing", "breathng": "breathing",
    "brething": "breathing", "siezure": "seizure", "siezures": "seizures", "seizer": "seizure",
    "seisure": "seizure", "sezure": "seizure", "seziure": "seizure", "siezing": "seizing",
    "stroek": "stroke", "strok": "stroke", "sucidal": "suicidal", "suicidle": "suicidal",
    "suicdal": "suicidal", "sucide": "suicide", "suiside": "suicide", "suicde": "suicide",
    "bleading": "bleeding", "bleding": "bleeding", "bleeing": "bleeding", "alot": "a lot",
    "closeing": "closing", "swolen": "swollen", "swollin": "swollen", "sweling": "swelling",
    "vomitting": "vomiting", "vomitted": "vomited", "throwin": "throwing", "fevr": "fever",
    "feaver": "fever", "fevor": "fever", "fiever": "fever", "temprature": "temperature",
    "tempature": "temperature", "throte": "throat", "throut": "throat", "pregant": "pregnant",
    "pregnet": "pregnant", "pragnant": "pregnant", "prego": "pregnant", "preggo": "pregnant",
    "unconsious": "unconscious", "unconcious": "unconscious", "alergic": "allergic",
    "allergick": "allergic", "diarhea": "diarrhea", "diarrhoea": "diarrhea", "diarea": "diarrhea",
    "dizy": "dizzy", "heartattack": "heart attack", "stomache": "stomach", "headach": "headache",
    "unresponsave": "unresponsive", "overdossed": "overdosed", "scrambeled": "scrambled",
    "scrambeld": "scrambled", "scrambld": "scrambled", "slured": "slurred", "sluring": "slurring",
    # Spanish
    "pesho": "pecho", "pexo": "pecho", "resperar": "respirar", "respirrar": "respirar",
    "convulcion": "convulsion", "convulciones": "convulsiones", "convulcionando": "convulsionando",
    "combulsion": "convulsion", "embarasada": "embarazada", "enbarazada": "embarazada",
    "embarazda": "embarazada", "desmallo": "desmayo", "desmalle": "desmaye", "bomitando": "vomitando",
    "bomito": "vomito", "bomitos": "vomitos", "inchado": "hinchado", "inchada": "hinchada",
    "inchazon": "hinchazon", "emorragia": "hemorragia", "suisidio": "suicidio",
    "pastiyas": "pastillas", "inyecsion": "inyeccion",
}

# Upper-case-only shorthand of call notes: "SOB" in a nurse's note is shortness of breath,
# while "sob" in a patient's SMS may be crying. Checked on the original casing.
_UPPERCASE_EXPANSIONS: dict[str, str] = {
    "SOB": "short of breath",
    "CP": "chest pain",
    "LOC": "loss of consciousness",
    "OD": "overdose",
    "ODd": "overdosed",
    "DIB": "difficulty breathing",
    # (Lower-cased, "aaa" would be squeezed to "a" like a drawn-out "sooo".)
    "AAA": "aortic aneurysm",
}

# Eye-exam notation: with it, "OD" is the right eye, not an overdose ("BCVA 20/60 OD").
_EYE_NOTATION = re.compile(r"\b(?:OS|OU|BCVA|IOP|RNFL|OCT|VA)\b|\b20/\d\d|\b(?:eye|eyes|retina\w*|cataract\w*|glaucoma|optometr\w*|ophthalm\w*|ojo|ojos)\b", re.I)

# "CP" is also a community paramedic ("CP Moss", "the CP program", "CP home visit", "J. Moss,
# CP.") and cerebral palsy in a list of who the patient is ("(Reginald Lowe, 45, CP)"): then
# it is left as it is. Anywhere else in a note it stays chest pain ("pt c/o CP x2h", "CP
# radiating to jaw"): missing that costs more than a false alarm.
_CP_NOT_CHEST_AFTER = re.compile(
    r"\s*(?:home\b|visits?\b|program|med\b|meds\b|coordinator|note|team|paramedic|check|nurse|staff|[A-Z]\.|(?!(?:Onset|Radiat\w*|Start\w*|Since|With|And|Worse|Now|Today|Tonight|Began|Pressure|Sharp|Crushing|Substernal|Left|Right|For|At|This|Last|Was|Is|Came|Comes|Got|Getting)\b)[A-Z][a-z]+\b)"
)
_CP_NOT_CHEST_BEFORE = re.compile(r"(?:\b(?:the|a|an|our|your|next|to)\s+|\b[A-Z][a-z]+,\s*)$")
# "(Reginald Lowe, 45, CP)": an age before it, a bracket closing after it.
_CP_CLOSES_WHO_LIST = re.compile(r"\s*\)")
_AGE_IN_WHO_LIST = re.compile(r",\s*\d{1,3},\s*$")


def _cp_is_not_chest_pain(text: str, start: int, end: int) -> bool:
    if _CP_NOT_CHEST_AFTER.match(text, end):
        return True
    if _CP_CLOSES_WHO_LIST.match(text, end) and _AGE_IN_WHO_LIST.search(text[max(0, start - 12) : start]):
        return True
    return _CP_NOT_CHEST_BEFORE.search(text[max(0, start - 20) : start]) is not None


_APOSTROPHES = "'\u2019\u2018`\u00b4"
# Punctuation with the same meaning as ASCII punctuation, so the lexicons need only ASCII.
# Quotes, brackets and emphasis marks become spaces: patients and staff quote the patient
# ('took "a handful"', 'se comio "varias" pastillas') and a quote must not split a phrase.
_PUNCT_MAP = {
    "\u201c": " ", "\u201d": " ", '"': " ", "(": " ", ")": " ", "[": " ", "]": " ", "*": " ", "_": " ",
    "\u2013": "-", "\u2014": "-", "\u00bf": " ", "\u00a1": " ",
}


def _build_fold_table() -> dict[int, str]:
    """One-to-one character map: lower case, accents stripped ("Á" -> "a", "ñ" -> "n").

    One-to-one keeps the normalised text aligned with the original, which makes the
    offset map cheap to build (this runs on every message).
    """
    table: dict[int, str] = {}
    for code in range(0x250):
        char = chr(code)
        base = "".join(p for p in unicodedata.normalize("NFD", char) if not unicodedata.combining(p))
        folded = base.lower()
        if len(folded) == 1 and folded != char:
            table[code] = folded
    for char in _APOSTROPHES:
        table[ord(char)] = "'"
    for char, replacement in _PUNCT_MAP.items():
        table[ord(char)] = replacement
    return table


_FOLD_TABLE = _build_fold_table()
# Apostrophes are dropped ("can't" -> "cant": SMS and edited text meet in one spelling);
# a letter repeated 3+ times is collapsed ("heeelp", "ayudaaa").
_SQUEEZE = re.compile(r"'|([a-z])\1{2,}")
_REPLACEMENTS: dict[str, str] = {**_SMS_EXPANSIONS, **_TYPO_FIXES}
_EXPANDABLE_TOKEN = re.compile(r"[a-z0-9/]+")
assert all(re.fullmatch(r"[a-z0-9/]+", key) for key in _REPLACEMENTS), "keys must be single tokens"
_TOKEN = re.compile(r"[a-z]{5,}")
_UPPERCASE_CANDIDATES = re.compile(
    r"\b(?:" + "|".join(sorted(_UPPERCASE_EXPANSIONS, key=len, reverse=True)) + r")\b"
)


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the original span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]


def _fold_and_squeeze(text: str) -> tuple[str, list[int], list[int]]:
    folded = text.translate(_FOLD_TABLE)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cursor = 0
    for match in _SQUEEZE.finditer(folded):
        match_start, match_end = match.span()
        chars.append(folded[cursor:match_start])
        starts.extend(range(cursor, match_start))
        ends.extend(range(cursor + 1, match_start + 1))
        if match.group(1):
            chars.append(match.group(1))
            starts.append(match_start)
            ends.append(match_end)
        cursor = match_end
    chars.append(folded[cursor:])
    starts.extend(range(cursor, len(folded)))
    ends.extend(range(cursor + 1, len(folded) + 1))
    return "".join(chars), starts, ends


_HESITATION = re.compile(r"(?:\.{2,}|\u2026)(?=\s+[a-z])")
# ... unless what follows opens a new thought ("no tengo quien me lleve... ah y ahorita le esta
# dando otra convulsion"): then the dots end the sentence, and a denial before them stays there.
# ("ah" or "oh" alone is a filler like "eh", and joins: "se tomo como... ah... veneno".)
_NEW_THOUGHT = re.compile(
    r"(?:(?:(?:ah|oh),?\s+)?(?:y|and)\s+(?:ahorita|ahora|now|also|tambien|otra cosa|another thing)|(?:ah|oh),?\s+(?:y|and)|also|btw|anyway|anyways|tambien|ademas|por cierto)(?![a-z])"
)


# Red flags, language and the engine all normalise the same message: keep the last few
# results (the function is pure, the result immutable) instead of redoing the work.
@lru_cache(maxsize=8)
def normalize(text: str) -> NormalizedText:
    """Canonical form for matching; see the module docstring. Deterministic and pure."""
    folded, starts, ends = _fold_and_squeeze(text)

    replacements: list[tuple[int, int, str]] = []
    # Every key is one token of [a-z0-9/]: a dict lookup per token finds the same matches
    # as one big alternation, several times faster; and most messages (85% of the labelled
    # ones) have none, which one C-level set test over the tokens tells first.
    if not _REPLACEMENTS.keys().isdisjoint(_EXPANDABLE_TOKEN.findall(folded)):
        for match in _EXPANDABLE_TOKEN.finditer(folded):
            expansion = _REPLACEMENTS.get(match.group())
            if expansion is not None:
                replacements.append((match.start(), match.end(), expansion))
    if _UPPERCASE_CANDIDATES.search(text):
        for match in re.finditer(r"[a-z0-9]+", folded):
            original_token = text[starts[match.start()] : ends[match.end() - 1]].replace("'", "")
            if original_token in ("OD", "ODd") and _EYE_NOTATION.search(text):
                continue
            if original_token == "CP" and _cp_is_not_chest_pain(text, starts[match.start()], ends[match.end() - 1]):
                continue
            if original_token in _UPPERCASE_EXPANSIONS:
                replacements.append(
                    (match.start(), match.end(), _UPPERCASE_EXPANSIONS[original_token])
                )
    # A trailing-off "..." before a lower-case word is a hesitation, not a sentence end
    # ("se tomo como... eh... veneno para ratas"): read as a comma, so a phrase or a
    # context scope spans it the way it spans the speaker's pause.
    if ".." in folded or "\u2026" in folded:
        for match in _HESITATION.finditer(folded):
            following = match.end()
            while following < len(folded) and folded[following].isspace():
                following += 1
            if following < len(folded) and text[starts[following]].islower() and not _NEW_THOUGHT.match(folded, following):
                replacements.append((match.start(), match.end(), ","))
    # Misspelt key words ("chesst pian", "no puedo resprar"): see fuzzy.py. Most messages
    # have no unfamiliar long word at all; one set difference finds that out.
    if unfamiliar_words(_TOKEN.findall(folded)):
        replaced_starts = {start for start, _, _ in replacements}
        for match in _TOKEN.finditer(folded):
            if match.start() not in replaced_starts:
                fixed = repair(match.group())
                if fixed is not None:
                    replacements.append((match.start(), match.end(), fixed))
    if not replacements:
        return NormalizedText(folded, tuple(starts), tuple(ends), text)
    replacements.sort()

    out_parts: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    cursor = 0
    for token_start, token_end, expansion in replacements:
        if token_start < cursor:
            continue
        # Copy the untouched stretch, then the expansion; every expanded char maps to the
        # whole original token so a span over the expansion covers what the patient typed.
        out_parts.append(folded[cursor:token_start])
        out_starts.extend(starts[cursor:token_start])
        out_ends.extend(ends[cursor:token_start])
        out_parts.append(expansion)
        out_starts.extend([starts[token_start]] * len(expansion))
        out_ends.extend([ends[token_end - 1]] * len(expansion))
        cursor = token_end
    out_parts.append(folded[cursor:])
    out_starts.extend(starts[cursor:])
    out_ends.extend(ends[cursor:])
    return NormalizedText("".join(out_parts), tuple(out_starts), tuple(out_ends), text)
