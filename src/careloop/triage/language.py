"""Language of a patient message: English or Spanish.

Two signals, combined:
  * a vote of common words of each language (robust on two-word SMS, on Spanish written
    without accents, and on mixed messages, where the label is the language of most words);
  * lingua-language-detector restricted to English and Spanish (robust on longer texts
    with few function words, e.g. staff notes).

The answer decides the language of emergency instructions sent to the patient, so a
low-confidence guess is surfaced (needs_review) rather than hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lingua import Language as LinguaLanguage
from lingua import LanguageDetectorBuilder

from careloop.labels import Language
from careloop.triage.normalize import normalize

# Frequent words that are unambiguous between the two languages after accent folding.
# Words spelled the same in both ("no", "a", "me", "son", "con", "sin", "mi", "hospital")
# are deliberately absent.
_ENGLISH_WORDS = frozenset(
    """
    the and is are was were be been have has had do does did i im ive you your my
    he she his her it its we our they them their this that these those what when where
    why how who which can could would should will wont cant dont doesnt didnt isnt not
    of to in on at for from with about into after before because but or if so just
    please thanks thank thx ty hi hello yes okay need want get got know think see go going
    call called back today tomorrow yesterday morning night week weeks month day days
    appointment appt refill pharmacy doctor dr results insurance bill copy records
    pain since been still also any some more much very really like out up down
    help him there here than then now new old sick feel feeling feels hurts pills meds
    daughter mom dad husband wife baby mother father move change confirm reschedule
    monday tuesday wednesday thursday friday saturday sunday tonight asap
    """.split()
)
_SPANISH_WORDS = frozenset(
    """
    el la los las un una unos unas y o pero que porque por para del al es esta
    estoy estan este esto eso esa ese hay tengo tiene tienen tenia mi mis su sus tu
    yo usted ustedes le les lo se te nos muy mas ya hoy manana ayer noche semana mes
    dia dias cita citas receta farmacia doctora resultados seguro cuenta cobro
    hola gracias buenas buenos tardes por favor quiero quisiera necesito necesita puede
    pueden podria hablar llamar llame llamo habla hablo soy fue fui era como cuando donde
    cual quien sobre desde hasta entre tambien todavia siempre nunca nada algo todo
    mucho poco dolor fiebre pecho cabeza estomago hijo hija mama papa esposo esposa
    bebe nino nina abuela abuelo medicina pastillas mande manden ayuda favor bien mal
    sigue tiempo ahora despues antes otra otro vez analisis examen consulta
    lunes martes miercoles jueves viernes sabado domingo cambiar cancelar puedo podemos
    temprano porfa gracias
    """.split()
)
_WORD = re.compile(r"[a-z]+")

# Built once. Restricting to two languages makes lingua faster and more accurate here.
_DETECTOR = (
    LanguageDetectorBuilder.from_languages(LinguaLanguage.ENGLISH, LinguaLanguage.SPANISH)
    .with_low_accuracy_mode()
    .with_preloaded_language_models()
    .build()
)
# lingua's cost grows with text length; the first few hundred characters decide the
# language as well as the whole email does.
_LINGUA_MAX_CHARS = 400
# With this many distinctive words and this clear a majority, the vote alone decides.
_DECISIVE_VOTES = 4
_DECISIVE_SHARE = 0.85


@dataclass(frozen=True)
class LanguageGuess:
    language: Language
    confidence: float


def _word_vote(text: str) -> tuple[int, int]:
    # The word lists are disjoint (tests/triage/test_language.py), so each word counts for
    # at most one language and the two counts are two C-level loops.
    words = _WORD.findall(normalize(text).text)
    return sum(map(_ENGLISH_WORDS.__contains__, words)), sum(map(_SPANISH_WORDS.__contains__, words))


def _lingua_spanish_probability(text: str) -> float:
    values = _DETECTOR.compute_language_confidence_values(text[:_LINGUA_MAX_CHARS])
    for value in values:
        if value.language == LinguaLanguage.SPANISH:
            return float(value.value)
    return 0.0


def detect_language(text: str) -> LanguageGuess:
    """English or Spanish, with a confidence in [0.5, 1]. Pure and deterministic."""
    english, spanish = _word_vote(text)
    votes = english + spanish
    vote_share = spanish / votes if votes else 0.5
    if votes >= _DECISIVE_VOTES and (vote_share >= _DECISIVE_SHARE or vote_share <= 1 - _DECISIVE_SHARE):
        spanish_probability = vote_share
    elif not text.strip():
        # Nothing to go on: English is the clinic default, but say we are unsure.
        return LanguageGuess(Language.EN, 0.5)
    else:
        # The more distinctive words, the more the vote counts: mixed messages take the
        # language of most words, and lingua is overconfident on a handful of characters.
        vote_weight = min(0.9, 0.35 + 0.15 * votes) if votes else 0.0
        lingua = _lingua_spanish_probability(text)
        spanish_probability = vote_weight * vote_share + (1 - vote_weight) * lingua
    if spanish_probability >= 0.5:
        return LanguageGuess(Language.ES, round(spanish_probability, 4))
    return LanguageGuess(Language.EN, round(1.0 - spanish_probability, 4))
