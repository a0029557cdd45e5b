"""Hand-written rules for the cases where a rule is clearer than the model.

Rules only see normalised text (lower-case, no accents, numbers -> 0; see features.py).
Each returns (Category, human-readable reason), or None; language_request may also return
(NOT_NEEDED, reason) to tell the caller to damp language_assistance. category.py decides
how a hit combines with the model (rule 1 of the label guide still outranks a rule).
"""

from __future__ import annotations

import re

from careloop.labels import Category

_LANGS = (r"spanish|espanol|vietnamese|mandarin|cantonese|chinese|arabic|russian|tagalog|"
          r"korean|punjabi|hindi|creole|somali|farsi|dari|pashto|portuguese|mixteco?|zapoteco?|"
          r"triqui|nahuatl|mam|k'iche'?|amharic|polish|hmong|ukrainian|french|japanese|"
          r"ingles|english|asl|sign language|lengua de senas")

# Named once: a language preference while booking never explains away this one.
_ASKS_FOR_INTERPRETER = "asks for an interpreter"
# Asking for an interpreter / someone who speaks a language / material in another language.
# Rule 3 of the label guide: merely WRITING in Spanish is not language_assistance, so every
# pattern needs an explicit request for language help, never just Spanish words.
_ASK = [
    (r"\b(interpreter|interpreters|interpretor|interprete|interpretes|traductor|traductora|translator)\b",
     _ASKS_FOR_INTERPRETER),
    (rf"\b(someone|somebody|anyone|staff|nurse|doctor|person)\b[^.?!]{{0,25}}\b(speaks?|habla)\s+({_LANGS})\b",
     "asks for someone who speaks the patient's language"),
    (rf"\b(alguien|alguno|persona|enfermera|doctora?|personal)\b[^.?!]{{0,25}}\bhable?n?\s+({_LANGS})\b",
     "pide alguien que hable su idioma"),
    (rf"\b(instructions?|forms?|paperwork|papers|information|instrucciones|formas|formularios|"
     rf"papeles|informacion|indicaciones|documentos)\b[^.?!]{{0,40}}\b(in|en)\s+({_LANGS})\b",
     "asks for material in another language"),
    (r"\b(need|needs|can|could|please|necesito|necesita|pueden|puede|podrian|podria)\b[^.?!]{0,30}"
     r"\b(translate|translated|translation|traducir|traduzca|traduzcan|traduccion|traducidas?|traducidos?)\b",
     "asks for translation"),
]
_ASK = [(re.compile(p), why) for p, why in _ASK]

# "no interpreter needed", "ya no necesito interprete", "my daughter will interpret"
_NEG = re.compile(
    r"\b(no|not|don't|dont|doesn't|doesnt|without|sin|ya no)\b[^.?!]{0,25}"
    r"\b(interpreter|interprete|traductor|translator|translation|traducir|need one|necesit\w*)\b"
)
# A relative who will interpret means no interpreter is needed.
_FAMILY_INTERPRETS = re.compile(
    r"\b(my|mi)\s+(son|daughter|husband|wife|sister|brother|mom|dad|friend|family|nephew|niece|"
    r"hijo|hija|esposo|esposa|hermana|hermano|mama|papa|amiga|amigo|familia|sobrina|sobrino)\s+"
    r"(can|will|is going to|is gonna|puede|va a|me va a|nos va a)\s+(translate|interpret|traducir|interpretar)"
)
# A preference stated while booking ("prefiero doctora que hable espanol si se puede",
# "I'd prefer a provider who speaks Spanish") leaves the booking the need to act on.
_PREFERENCE = re.compile(r"\b(prefiero|prefer|preferably|preferiblemente|preferencia|de preferencia|si se puede|if possible|ideally|acepto)\b")
# A form's interpreter question answered no ("Do you need an interpreter? No."), or a
# preferred-language field ("Idioma preferido: espanol"): information, not a request.
_FORM_NO = re.compile(
    r"\b(interpreter|interprete|translator|traductor|interpretacion)\b[^.?!\n]{0,30}(\?\s*:?|:)\s*(no|none|ninguno|nope|not needed|no necesito)\b"
)
_LANGUAGE_FIELD = re.compile(r"\b(preferred language|language preference|primary language|idioma preferido|idioma de preferencia|idioma)\s*:\s*[a-z]+")
# Thanking for an interpreter already provided is not a new request.
_THANKS = re.compile(r"\b(thanks|thank you|gracias)\b[^.?!]{0,40}\b(interpreter|interprete|traductora?)\b")
# Translating medical records is a records request, not language help.
_RECORDS = re.compile(r"\b(records?|expediente|notas|notes)\b[^.?!]{0,30}\btranslat|\btranslat\w*[^.?!]{0,30}\brecords?\b")


# Cheap gate: every pattern above needs one of these stems, so most messages skip the
# slower patterns entirely.
_GATE_STEMS = ("interpret", "traduc", "translat", "habl", "speak", "spanish", "espanol", "ingles",
               "english", "asl", "sign", "senas") + tuple(
    (w[:-2] if w.endswith("?") else w) for w in _LANGS.split("|") if len(w) > 3
)


# One regex scan instead of a Python loop of `in` tests (same answer).
_GATE = re.compile("|".join(re.escape(stem) for stem in _GATE_STEMS))

NOT_NEEDED = "not_needed"


def language_request(norm: str) -> tuple[Category | str, str] | None:
    """(LANGUAGE_ASSISTANCE, reason) for a request; (NOT_NEEDED, reason) when the message
    mentions an interpreter only to say none is needed, so the caller can damp the model,
    which otherwise reacts to the word "interpreter" itself."""
    if _GATE.search(norm) is None:
        return None
    if _THANKS.search(norm):
        return NOT_NEEDED, "rule: thanks for an interpreter already provided, not a request"
    if _FORM_NO.search(norm):
        return NOT_NEEDED, "rule: the form says no interpreter is needed"
    negated = bool(_FAMILY_INTERPRETS.search(norm))
    for pat, why in _ASK:
        m = pat.search(norm)
        if not m:
            continue
        window = norm[max(0, m.start() - 40) : m.end() + 5]
        if _NEG.search(window):
            negated = True
            continue
        if _RECORDS.search(norm):
            continue
        if why != _ASKS_FOR_INTERPRETER and _PREFERENCE.search(norm[max(0, m.start() - 60) : m.end() + 20]):
            continue
        return Category.LANGUAGE_ASSISTANCE, f"rule: {why}"
    if negated:
        return NOT_NEEDED, "rule: says no interpreter is needed"
    if _LANGUAGE_FIELD.search(norm):
        return NOT_NEEDED, "rule: a preferred-language field, not a request for help"
    return None


# Structured booking forms: "Visit type: …" / "Tipo de cita: …" is a request to book,
# unless the form is a cancel/reschedule action (handled by the model) or carries symptoms.
_VISIT_FORM = re.compile(r"^(visit type|appointment type|tipo de cita|motivo de la cita)\s*:", re.M)


def booking_form(norm: str, channel: str | None) -> tuple[Category, str] | None:
    if channel == "appointment_form" and _VISIT_FORM.search(norm):
        return Category.NEW_APPOINTMENT, "rule: appointment form with a visit type"
    return None
