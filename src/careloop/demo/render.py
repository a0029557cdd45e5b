"""Turning a need phrasing into the verbatim text a channel integration would post.

Pure functions of (phrasing, context, random source): the generator owns the random source,
so rendering stays deterministic for a seed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date

from careloop.demo import styles
from careloop.labels import Channel

_EN_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ES_ONES = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
            "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
            "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
            "veintisiete", "veintiocho", "veintinueve")
_ES_TENS = ("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_EN_DIGITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number_words(n: int, language: str) -> str:
    """0..99 in words: speech-to-text writes numbers the way callers say them."""
    if language == "es":
        if n < 30:
            return _ES_ONES[n]
        tens, ones = divmod(n, 10)
        return _ES_TENS[tens] + (f" y {_ES_ONES[ones]}" if ones else "")
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def spoken_phone(e164: str, language: str) -> str:
    """How a caller reads out their number: digit by digit in English, pairs for the line in Spanish."""
    national = e164[-10:]
    area, exchange, line = national[:3], national[3:6], national[6:]
    if language == "es":
        digits = lambda part: " ".join(_ES_ONES[int(d)] for d in part)  # noqa: E731
        pairs = " ".join(number_words(int(line[i:i + 2]), "es") for i in (0, 2))
        return f"{digits(area)}, {digits(exchange)}, {pairs}"
    digits = lambda part: " ".join(_EN_DIGITS[int(d)] for d in part)  # noqa: E731
    return f"{digits(area)}, {digits(exchange)}, {digits(line)}"


def spoken_date_of_birth(dob: date, months: Sequence[str], language: str) -> str:
    year = number_words(dob.year % 100, language)
    if language == "es":
        century = "del" if dob.year < 2000 else "del dos mil"
        return f"{number_words(dob.day, 'es')} de {months[dob.month - 1]} {century} {year}"
    century = "nineteen" if dob.year < 2000 else "two thousand"
    year = year if dob.year < 2000 or dob.year % 100 >= 10 else f"and {year}"
    return f"{number_words(dob.month, 'en')} {number_words(dob.day, 'en')} {century} {year}"


def pretty_phone(e164: str) -> str:
    national = e164[-10:]
    return f"({national[:3]}) {national[3:6]}-{national[6:]}"


def strip_accents(text: str) -> str:
    """Many patients type without accents (US keyboards); triage must not depend on them."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn" or ch == "\u0303")
    return unicodedata.normalize("NFC", kept)


def fill(template: str, context: Mapping[str, str]) -> str:
    return template.format_map(context)


def _sms_style(core: str, language: str, rng: random.Random) -> str:
    text = core
    if rng.random() < 0.6:
        for word, short in styles.SMS_SHORTHAND[language].items():
            text = re.sub(rf"\b{re.escape(word)}\b", short, text, flags=re.IGNORECASE)
    if rng.random() < 0.5:
        text = text.lower().rstrip(".")
    if language == "es" and rng.random() < 0.5:
        text = strip_accents(text).replace("¿", "").replace("¡", "")
    opener = rng.choice(styles.SMS_OPENERS[language])
    closer = rng.choice(styles.SMS_CLOSERS[language])
    if opener and not text.startswith(("I ", "I'")):
        text = text[:1].lower() + text[1:]
    return f"{opener}{text}{closer}".strip()


def _speechify(core: str, language: str, rng: random.Random) -> str:
    """Sprinkle fillers the way a voicemail transcript shows them."""
    words = core.split()
    out: list[str] = []
    for index, word in enumerate(words):
        if index and rng.random() < 0.05:
            out.append(rng.choice(styles.FILLERS[language]))
        out.append(word)
    if rng.random() < 0.5:
        first = out[0]
        # Keep "I" and names capitalised; only a sentence-initial common word loses its capital.
        if first != "I" and not first.startswith(("I'", "Dr.", "{")) and first[1:2].islower():
            out[0] = first[:1].lower() + first[1:]
        out.insert(0, rng.choice(styles.FILLERS[language]).capitalize())
    return " ".join(out)


def render_patient_text(
    channel: Channel, language: str, core: str, context: Mapping[str, str], rng: random.Random,
    caregiver: bool = False,
) -> str:
    """The verbatim body a patient-facing channel would deliver for this need."""
    detail = fill(rng.choice(styles.DETAILS[language]), context) if rng.random() < 0.45 else ""
    if channel is Channel.SMS:
        return _sms_style(core, language, rng)
    if channel is Channel.EMAIL:
        greeting = fill(rng.choice(styles.EMAIL_GREETINGS[language]), context)
        closing = rng.choice(styles.EMAIL_CLOSINGS[language])
        footer = rng.choice(styles.EMAIL_FOOTERS[language])
        body = " ".join(part for part in (core, detail) if part)
        signature = f"{context['first']} {context['last']}" if rng.random() < 0.7 else context["first"]
        parts = [greeting, body, f"{closing}\n{signature}", footer]
        return "\n\n".join(part for part in parts if part)
    if channel is Channel.PORTAL:
        opener = fill(rng.choice(styles.PORTAL_OPENERS[language]), context)
        closer = fill(rng.choice(styles.PORTAL_CLOSERS[language]), context)
        return "\n".join(part for part in (opener, " ".join(p for p in (core, detail) if p), closer) if part)
    openers = styles.CAREGIVER_VOICEMAIL_OPENERS if caregiver else styles.VOICEMAIL_OPENERS
    if channel is Channel.VOICEMAIL:
        opener = fill(rng.choice(openers[language]), context)
        closer = fill(rng.choice(styles.VOICEMAIL_CLOSERS[language]), context)
        return f"{opener} {_speechify(core, language, rng)} {closer}"
    if channel is Channel.PHONE_CALL:
        if rng.random() < 0.5:
            notes = styles.CAREGIVER_CALL_NOTE_FORMS if caregiver else styles.CALL_NOTE_FORMS
            return fill(rng.choice(notes[language]), {**context, "core": core})
        opener = fill(rng.choice(openers[language]), context)
        return f"{opener} {_speechify(core, language, rng)}"
    if channel is Channel.AFTER_HOURS:
        return fill(rng.choice(styles.AFTER_HOURS_FORMS[language]), {**context, "core": core})
    if channel is Channel.WEB_FORM:
        labels = (("Name", "Email", "Phone", "Topic", "Message") if language == "en"
                  else ("Nombre", "Correo", "Teléfono", "Tema", "Mensaje"))
        values = (f"{context['first']} {context['last']}", context["email"], context["phone_pretty"],
                  context["topic"], core)
        header = "Website contact form" if language == "en" else "Formulario de contacto del sitio web"
        return header + "\n" + "\n".join(f"{label}: {value}" for label, value in zip(labels, values))
    raise ValueError(f"{channel} is not rendered from a patient phrasing")


def render_appointment_form(language: str, reason: str, context: Mapping[str, str]) -> str:
    if language == "es":
        labels = ("Tipo de visita", "Paciente", "Fecha de nacimiento", "Teléfono", "Horario preferido", "Motivo")
    else:
        labels = ("Visit type", "Patient", "Date of birth", "Phone", "Preferred times", "Reason for visit")
    values = (context["visit_type"], f"{context['first']} {context['last']}", context["dob_numeric"],
              context["phone_pretty"], context["preferred_times"], reason)
    return "\n".join(f"{label}: {value}" for label, value in zip(labels, values))
