"""Seeded template expander for the category training corpus.

    python -m careloop.triage.corpus.generate     # rewrites gen_<category>.jsonl

Cores (cores_en.py / cores_es.py) carry the need; this script fills slots and wraps each
core in a channel style (SMS slang, voicemail fillers with spelled-out numbers, e-mail
greetings and signatures, structured forms, staff notes). Wrappers are shared by all
categories on purpose: if a style only appeared with one category the model would learn the
style instead of the need. It also builds the rule-1 hard cases (a non-clinical need plus a
current symptom -> clinical_concern) and the opposite (the same need with a negated symptom
-> stays in its category). The hand-written files (hand_*.jsonl) are not touched.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from careloop.triage.corpus import slots as S
from careloop.triage.corpus.cores_en import CORES_EN, NEG_EN, SYMPTOMS_EN
from careloop.triage.corpus.cores_es import CORES_ES, NEG_ES, SYMPTOMS_ES

SEED = 20261123
PER_CATEGORY = 150  # generated rows per category before the multi-need extras
ES_SHARE = 0.42
OUT_DIR = Path(__file__).resolve().parent

EN_CHANNELS = {"sms": 3, "portal": 3, "email": 2, "voicemail": 2, "web_form": 1.5,
               "after_hours": 1.2, "appointment_form": 1, "phone_call": 1.5, "internal": 1.2,
               "referral_partner": 1}
ES_CHANNELS = {"sms": 3.5, "portal": 2, "email": 2, "voicemail": 2.5, "web_form": 1.5,
               "after_hours": 1, "appointment_form": 1, "phone_call": 1}
STAFF_CHANNELS = {"phone_call", "internal", "referral_partner"}


def _marker(core: str) -> tuple[str, str]:
    if core.startswith("!e "):
        return core[3:], "emergency"
    if core.startswith("!u "):
        return core[3:], "urgent"
    return core, "routine"


def _phone(rng: random.Random) -> str:
    return f"{rng.choice(S.AREA_CODES)}-555-01{rng.randint(0, 99):02d}"


def _spoken_phone(phone: str, lang: str) -> str:
    words = S.DIGITS_ES if lang == "es" else S.DIGITS_EN
    groups = phone.split("-")
    return ", ".join(" ".join(words[int(d)] for d in g) for g in groups)


def _dob(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1938, 2019)}"


class Filler:
    """Fills {slots} with language-appropriate synthetic values."""

    def __init__(self, rng: random.Random, lang: str):
        r = rng
        self.lang = lang
        first = S.FIRST_ES if lang == "es" or r.random() < 0.15 else S.FIRST_EN
        last = S.LAST_ES if first is S.FIRST_ES else S.LAST_EN
        self.first, self.last = r.choice(first), r.choice(last)
        self.values = {
            "name": f"{self.first} {self.last}",
            "doc": r.choice(S.DOCTORS),
            "drug": r.choice(S.DRUGS_ES if lang == "es" else S.DRUGS),
            "dose": r.choice(S.DOSES),
            "pharmacy": r.choice(S.PHARMACIES_ES if lang == "es" else S.PHARMACIES),
            "phone": _phone(r),
            "dob": _dob(r),
            "date": f"{r.randint(1, 12)}/{r.randint(1, 28)}",
            "day": r.choice(S.WEEKDAYS),
            "dia": r.choice(S.DIAS),
            "time": r.choice(S.TIMES),
            "test": r.choice(S.TESTS_ES if lang == "es" else S.TESTS_EN),
            "spec": r.choice(S.SPECIALISTS_ES if lang == "es" else S.SPECIALISTS_EN),
            "insurer": r.choice(S.INSURERS_ES if lang == "es" else S.INSURERS),
            "amount": r.choice(S.AMOUNTS),
            "rel": r.choice(S.RELS_ES if lang == "es" else S.RELS_EN),
            "lang": r.choice(S.LANGS_EN),
            "lang_es": r.choice(S.LANGS_ES),
            "partner": r.choice(S.PARTNER_PRACTICES),
        }

    def __call__(self, tpl: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: self.values.get(m.group(1), m.group(0)), tpl)


SMS_EN = [(r"\byou\b", "u"), (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"),
          (r"\btomorrow\b", "tmrw"), (r"\bappointment\b", "appt"), (r"\bbecause\b", "bc"),
          (r"\bwith\b", "w/"), (r"\bI'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bare\b", "r"),
          (r"\bprescription\b", "rx"), (r"\bdoctor\b", "dr"), (r"\bweeks\b", "wks")]
SMS_ES = [(r"\bque\b", "q"), (r"\bpor favor\b", "porfa"), (r"\bpara\b", "pa"),
          (r"\bgracias\b", "grax"), (r"\bpor\b", "x"), (r"\btambién\b", "tmb"),
          (r"\bestá\b", "esta"), (r"\bmañana\b", "mñn"), (r"\bpuedo\b", "puedo")]
ACCENTS = str.maketrans("áéíóúñÁÉÍÓÚ¿¡", "aeiounAEIOU  ")


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 4 and w.isalpha():
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def _fillers(text: str, rng: random.Random, lang: str) -> str:
    pool = ["eh,", "este,", "pues", "o sea"] if lang == "es" else ["um,", "uh,", "like", "you know,"]
    out = []
    for w in text.replace("\n", " ").split():
        out.append(w)
        if rng.random() < 0.07:
            out.append(rng.choice(pool))
    return " ".join(out)


def wrap(core: str, channel: str, lang: str, cat: str, f: Filler, rng: random.Random) -> str:
    """Dress a filled core in the style of its channel."""
    v = f.values
    es = lang == "es"
    if channel == "sms":
        t = core.replace("\n", " ")
        if rng.random() < 0.75:
            t = t.lower()
        for pat, rep in SMS_ES if es else SMS_EN:
            if rng.random() < 0.55:
                t = re.sub(pat, rep, t, flags=re.I)
        if es and rng.random() < 0.6:
            t = t.translate(ACCENTS).replace("  ", " ").strip()
        if rng.random() < 0.3:
            t = _typo(t, rng)
        if rng.random() < 0.5:
            t = t.rstrip(".")
        pre = rng.choice(["", "", "hola ", "buenas, "] if es else ["", "", "hi ", "hey ", "hello, "])
        post = rng.choice(["", "", f" - {f.first}", " gracias"] if es else ["", "", f" - {f.first}", " thx", " thanks!"])
        return (pre + t + post).strip()
    if channel == "voicemail":
        spoken = _spoken_phone(v["phone"], lang)
        if es:
            pre = rng.choice(["Hola buenas tardes, habla", "Sí, buenos días, le habla", "Hola, eh, soy"])
            post = rng.choice([f", mi número es {spoken}, gracias.", ", gracias, bye.", f", me pueden llamar al {spoken}."])
        else:
            pre = rng.choice(["Hi, this is", "Hi um this is", "Yeah hi, it's", "Hello, my name is"])
            post = rng.choice([f", my number is {spoken}, thanks.", ", thanks, bye.", f", you can call me back at {spoken}. Thank you."])
        body = _fillers(core, rng, lang).rstrip(" .,")
        body = body[:1].lower() + body[1:]
        return f"{pre} {v['name']}, {body}{post}"
    if channel == "email":
        greet = rng.choice(["Buenas tardes,", "Hola,", "Buenos días,", "Estimados:"] if es else ["Hi,", "Hello,", "Good morning,", f"Dear Dr. {v['doc']},", "To whom it may concern,"])
        close = rng.choice(["Gracias,", "Saludos,", "Atentamente,"] if es else ["Thanks,", "Best,", "Thank you,", "Kind regards,"])
        sig = v["name"] + (f"\nDOB {v['dob']}" if rng.random() < 0.3 else "") + (f"\n{v['phone']}" if rng.random() < 0.3 else "")
        return f"{greet}\n\n{core}\n\n{close}\n{sig}"
    if channel == "portal":
        pre = rng.choice(["", "", f"Buenas tardes Dra. {v['doc']}, ", "Hola, "] if es else ["", "", f"Hi Dr. {v['doc']}, ", "Hello, "])
        post = rng.choice(["", f" Gracias, {v['name']}", f" - {f.first}"] if es else ["", f" Thank you, {v['name']}", f" - {f.first}"])
        return pre + core + post
    if channel == "web_form":
        k = rng.random()
        if k < 0.4:
            lab = rng.choice(["Asunto", "Motivo", "Mensaje", "Consulta"] if es else ["Topic", "Subject", "Your question", "How can we help?"])
            who = rng.choice(["Nombre", "Paciente", "Nombre completo"] if es else ["Name", "Patient name", "Full name"])
            return f"{lab}: {core}\n{who}: {v['name']}"
        if k < 0.6:
            return (f"Mensaje: {core}\nTeléfono: {v['phone']}" if es
                    else f"Message: {core}\nPreferred contact: {v['phone']}")
        return core
    if channel == "appointment_form":
        return _appointment_form(core, lang, cat, f, rng)
    if channel == "after_hours":
        pre = rng.choice(["", "Perdón por la hora. ", f"Habla {v['name']}. "] if es else ["", "Sorry to write so late. ", f"This is {v['name']}, DOB {v['dob']}. "])
        return pre + core
    if channel == "phone_call":
        if es:  # Spanish calls are kept as transcripts in the caller's words
            return _fillers(core, rng, lang) if rng.random() < 0.5 else core
        pre = rng.choice(["", "", "Call note: ", "Phone msg: "])
        return pre + core
    if channel == "internal":
        pre = rng.choice(["", f"Dr. {v['doc']} - ", "Front desk: ", "MA team: ", "FYI: "])
        return pre + core
    if channel == "referral_partner":
        if "{partner}" in core or v["partner"] in core:
            return core
        return f"This is {f.first} from {v['partner']}. " + core
    return core


def _appointment_form(core: str, lang: str, cat: str, f: Filler, rng: random.Random) -> str:
    """Online booking-form submissions: a few field layouts, shared across categories."""
    v = f.values
    es = lang == "es"
    c = rng.choice
    name = f"{c(['Nombre', 'Paciente'] if es else ['Patient', 'Name', 'Patient name'])}: {v['name']}"
    if cat == "new_appointment":
        visit = c(["chequeo general", "vacuna de la gripe", "examen físico", "consulta nueva",
                   "control de niño sano"] if es else
                  ["Annual physical", "Well-child visit", "New patient", "School physical",
                   "Flu shot", "Establish care", "Medicare wellness"])
        head = c(["Tipo de cita", "Motivo de la cita"] if es else ["Visit type", "Appointment type", "Reason for visit"])
        notes = c(["Comentarios", "Notas"] if es else ["Notes", "Comments", "Anything else?"])
        when = c(["", "\nHorario preferido: mañanas", "\nDías preferidos: martes o jueves"] if es
                 else ["", "\nPreferred times: mornings", "\nPreferred days: Tue/Thu"])
        return f"{head}: {visit}\n{name}{when}\n{notes}: {core}"
    if cat == "reschedule_cancel":
        act = c(["Cambiar cita", "Cancelar", "Reprogramar"] if es else ["Reschedule", "Cancel", "Change time"])
        return (f"{c(['Acción', 'Solicitud'])}: {act}\nCita actual: {v['dia']} {v['time']}\n"
                f"{c(['Comentario', 'Motivo'])}: {core}" if es else
                f"{c(['Action', 'Request'])}: {act}\nCurrent appointment: {v['date']} {v['time']}, "
                f"Dr. {v['doc']}\n{c(['Reason', 'Comments'])}: {core}")
    if cat == "clinical_concern" and rng.random() < 0.5:
        return (f"Tipo de cita: consulta por enfermedad\nSíntomas: {core}\n{name}" if es
                else f"{c(['Visit type', 'Request'])}: sick visit\nSymptoms: {core}\n{name}")
    head = c(["Tipo de solicitud: Otra", "Pregunta antes de la cita", "Otro asunto"] if es
             else ["Request type: Other", "Question before visit", "Other request"])
    return f"{head}\n{c(['Motivo', 'Detalle'] if es else ['Comments', 'Details'])}: {core}\n{name}"


def _pick_channel(rng: random.Random, lang: str, cat: str) -> str:
    table = dict(ES_CHANNELS if lang == "es" else EN_CHANNELS)
    if lang == "en" and not CORES_EN[cat]["staff"]:
        for ch in STAFF_CHANNELS:
            table.pop(ch, None)
    chans, weights = zip(*table.items())
    return rng.choices(chans, weights)[0]


def _core_for(cat: str, lang: str, channel: str, rng: random.Random) -> str:
    if lang == "es":
        return rng.choice(CORES_ES[cat])
    pool = CORES_EN[cat]["staff"] if channel in STAFF_CHANNELS else CORES_EN[cat]["self"]
    if channel == "referral_partner":
        pool = [c for c in pool if "{partner}" in c] or pool
    return rng.choice(pool)


CONNECT_EN = ["{core} Also, {sym}.", "{Sym}. {core}", "{core} Oh and {sym}, should I be worried?",
              "{core} By the way {sym}, is that ok?", "{Sym}, so {lcore}"]
CONNECT_ES = ["{core} También {sym}.", "{Sym}. {core}", "{core} Y otra cosa, {sym}, ¿es normal?",
              "{core} Por cierto {sym}."]
NEGATABLE = {"new_appointment", "reschedule_cancel", "follow_up_question", "refill_request",
             "test_result_question", "records_request", "insurance_authorization"}
MULTI_SOURCES = ["reschedule_cancel", "refill_request", "billing_question", "records_request",
                 "administrative_question", "new_appointment", "follow_up_question",
                 "test_result_question", "insurance_authorization", "language_assistance"]


def _row(rows: list, seen: set, cat: str, lang: str, channel: str, text: str, urg: str) -> None:
    text = re.sub(r"[ \t]+", " ", text).strip()
    if text in seen:
        return
    seen.add(text)
    rows.append({"channel": channel, "text": text, "category": cat, "urgency": urg, "language": lang})


def generate() -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    out: dict[str, list[dict]] = {c: [] for c in CORES_EN}
    for cat in sorted(CORES_EN):
        rows = out[cat]
        for _ in range(PER_CATEGORY * 3):
            if len(rows) >= PER_CATEGORY:
                break
            lang = "es" if rng.random() < ES_SHARE else "en"
            channel = _pick_channel(rng, lang, cat)
            f = Filler(rng, lang)
            core, urg = _marker(_core_for(cat, lang, channel, rng))
            core = f(core)
            # Negated symptoms teach that "no fever or anything" does not make it clinical.
            if cat in NEGATABLE and channel not in STAFF_CHANNELS and rng.random() < 0.15:
                core = core + " " + rng.choice(NEG_ES if lang == "es" else NEG_EN)
            _row(rows, seen, cat, lang, channel, wrap(core, channel, lang, cat, f, rng), urg)
    # Rule 1 hard cases: any need + a current symptom -> clinical_concern.
    multi = out["clinical_concern"]
    for i in range(220):
        lang = "es" if i % 5 < 2 else "en"
        src = rng.choice(MULTI_SOURCES)
        # Same channel mix as every other category, so no channel looks "clinical".
        channel = _pick_channel(rng, lang, "clinical_concern")
        while channel in STAFF_CHANNELS:
            channel = _pick_channel(rng, lang, "clinical_concern")
        f = Filler(rng, lang)
        core = f(_marker(rng.choice(CORES_ES[src] if lang == "es" else CORES_EN[src]["self"]))[0])
        sym, urg = _marker(rng.choice(SYMPTOMS_ES if lang == "es" else SYMPTOMS_EN))
        sym = f(sym)
        tpl = rng.choice(CONNECT_ES if lang == "es" else CONNECT_EN)
        text = tpl.format(core=core, sym=sym, Sym=sym[:1].upper() + sym[1:],
                          lcore=core[:1].lower() + core[1:])
        _row(multi, seen, "clinical_concern", lang, channel, wrap(text, channel, lang, "clinical_concern", f, rng), urg)
    return out


def main() -> None:
    for cat, rows in generate().items():
        path = OUT_DIR / f"gen_{cat}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, r in enumerate(rows, 1):
                fh.write(json.dumps({"id": f"g-{cat}-{i:04d}", **r}, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(rows)}")


if __name__ == "__main__":
    main()
