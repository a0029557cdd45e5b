"""The triage engine: one message in, category + urgency + language out.

Pure and deterministic: no I/O at call time (models and lexicons load once at import),
the same text always gets the same answer.

How the three signals are combined (safety first, see ../../../../shared/triage-labels.md):
  1. urgency = the highest urgency among red flags that context rules leave active;
  2. an emergency is always `clinical_concern`, whatever the classifier says;
  3. an urgent *symptom* flag on a non-clinical category (e.g. "reschedule ... fever of
     102") makes it `clinical_concern` (rule 1 of the guide: administrative staff must not
     resolve clinical content); flags that belong to the administrative need itself
     (out of a critical medication, abnormal result to act on) keep the category, because
     the refill or result desk is the right owner and urgency already speeds it up;
  4. a `clinical_concern` with no active red flag is `urgent` (the guide: new or worsening
     symptoms need same-day review) unless the message says the problem is long-standing,
     stable or explicitly not urgent. When in doubt, urgent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careloop.labels import CLINICAL_CATEGORIES, Category, Language, Urgency
from careloop.triage.category import predict_category
from careloop.triage.language import detect_language
from careloop.triage.normalize import normalize
from careloop.triage.redflags import RedFlag, detect_red_flags

# Below this classifier confidence a person should confirm the category. Chosen so that
# on the development set most category errors fall below it while most correct
# predictions stay above; reviewed whenever the category model is retrained.
CATEGORY_REVIEW_THRESHOLD = 0.55
# Below this the language guess (which picks the language of patient replies) is shaky.
LANGUAGE_REVIEW_THRESHOLD = 0.70

# Urgent flags that are the administrative need itself, not a new symptom.
_NEED_FLAGS = frozenset({"out_of_critical_medication", "abnormal_result"})

_NEED_FLAG_CATEGORY = {
    "out_of_critical_medication": Category.REFILL_REQUEST,
    "abnormal_result": Category.TEST_RESULT_QUESTION,
}
# Below this confidence, a "clinical_concern" with no symptom at all falls back to the
# classifier's best non-clinical category.
_NO_SYMPTOM_FALLBACK_CONFIDENCE = 0.5


def _symptoms_outside(symptoms: tuple[RedFlag, ...], flags: list[RedFlag]) -> bool:
    """Symptom mentions that are not part of one of the given flags' own words."""
    return any(
        not any(flag.start <= symptom.start and symptom.end <= flag.end for flag in flags)
        for symptom in symptoms
    )


# The patient says the problem is long-standing, stable or not urgent.
_NOT_ACUTE = re.compile(
    r"(?<![a-z0-9])(?:"
    r"for (?:about |around |like |almost |over |more than )?(?:years|months|ages|a long time|a while now|(?:\d+|a few|few|several|two|three|four|five|six|many|a couple of|couple) (?:months|years))"
    r"|(?:\d+|two|three|several|many) (?:months|years) now|since (?:childhood|i was (?:a kid|little|young))"
    r"|no new (?:symptoms|problems|concerns)|nothing new|(?:hasnt|has not|havent|have not) changed|same as (?:always|before|usual|ever)"
    r"|stable|chronic|not urgent|no rush|non urgent|whenever (?:you|u) (?:get|have) a (?:chance|minute)|at my next (?:visit|appointment|appt)"
    r"|not painful|doesnt hurt|no duele|desde hace (?:anos|meses|mucho|tiempo|(?:\d+|unos|varios|muchos|dos|tres) (?:anos|meses))"
    r"|back to normal|all better|(?:feeling|feels|felt|doing) (?:much |a lot |so much )?better|recovered|all cleared up|ya (?:se siente|esta|estoy|me siento) (?:mucho )?(?:mejor|bien)"
    r"|hace (?:anos|meses|mucho tiempo)|de siempre|toda la vida|no es urgente|sin prisa|cronic[oa]|cuando (?:pueda|puedan|tenga tiempo)"
    r")(?![a-z0-9])"
)


@dataclass(frozen=True)
class Triage:
    category: Category
    urgency: Urgency
    language: Language
    confidence: float
    needs_review: bool
    red_flags: tuple[RedFlag, ...]
    reasons: tuple[str, ...]
    language_confidence: float = 1.0

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category.value,
            "urgency": self.urgency.value,
            "language": self.language.value,
            "confidence": round(self.confidence, 4),
            "needs_review": self.needs_review,
            "red_flags": [flag.to_dict() for flag in self.red_flags],
            "reasons": list(self.reasons),
            "language_confidence": round(self.language_confidence, 4),
        }


def triage(text: str, channel: str | None = None) -> Triage:
    """Label one inbound patient contact. See the module docstring for the combining rules."""
    text = text or ""
    reasons: list[str] = []

    language_guess = detect_language(text)
    prediction = predict_category(text, channel=channel, language=language_guess.language.value)
    category = Category(prediction.category)
    confidence = float(prediction.confidence)
    reasons.append(f"category {category.value} ({confidence:.2f})")
    reasons.extend(prediction.reasons)

    flag_result = detect_red_flags(text)
    active = flag_result.active
    for flag in active:
        reasons.append(f'red flag {flag.rule} ({flag.urgency.value}): "{flag.matched}"')
    for suppressed in flag_result.suppressed:
        reasons.append(suppressed.reason())

    urgency = max((flag.urgency for flag in active), key=lambda u: u.rank, default=Urgency.ROUTINE)

    current_symptoms = flag_result.symptoms
    if urgency is Urgency.EMERGENCY:
        if category is not Category.CLINICAL_CONCERN:
            reasons.append(f"emergency red flag: category {category.value} -> clinical_concern")
            category = Category.CLINICAL_CONCERN
            confidence = max(confidence, float(prediction.probabilities.get(category.value, 0.0)))
    elif urgency is Urgency.URGENT:
        symptom_flags = [flag for flag in active if flag.rule not in _NEED_FLAGS]
        need_flags = [flag for flag in active if flag.rule in _NEED_FLAGS]
        if symptom_flags and category not in CLINICAL_CATEGORIES:
            reasons.append(
                f"current symptom ({symptom_flags[0].rule}) in a {category.value} message:"
                " clinical content wins -> clinical_concern"
            )
            category = Category.CLINICAL_CONCERN
            confidence = float(prediction.probabilities.get(category.value, confidence))
        elif (
            need_flags
            and not symptom_flags
            and category is Category.CLINICAL_CONCERN
            and not _symptoms_outside(current_symptoms, need_flags)
        ):
            # No symptom reported: the need is the refill or the result itself, and that
            # desk (clinical inbox) owns it; urgency stays urgent.
            need_category = max(
                (_NEED_FLAG_CATEGORY[flag.rule] for flag in need_flags),
                key=lambda c: prediction.probabilities.get(c.value, 0.0),
            )
            reasons.append(f"{need_flags[0].rule} without a reported symptom: category -> {need_category.value}")
            category = need_category
            confidence = float(prediction.probabilities.get(category.value, confidence))
    elif category is Category.CLINICAL_CONCERN:
        not_acute = _NOT_ACUTE.search(normalize(text).text)
        if not current_symptoms and float(prediction.confidence) < _NO_SYMPTOM_FALLBACK_CONFIDENCE:
            # clinical_concern means a current symptom or worry; with none found and an
            # unsure model, the runner-up need is the better guess (flagged for review).
            runner_up = max(
                (c for c in prediction.probabilities if c != Category.CLINICAL_CONCERN.value),
                key=lambda c: prediction.probabilities[c],
                default=None,
            )
            if runner_up is not None:
                category = Category(runner_up)
                confidence = float(prediction.probabilities[runner_up])
                reasons.append(f"no current symptom found and unsure model: category -> {category.value}")
        elif not current_symptoms:
            reasons.append("clinical concern, but every symptom mention is negated, past or absent: routine")
        elif not_acute:
            reasons.append(f'clinical concern without red flag, described as not acute ("{not_acute.group()}"): routine')
        else:
            urgency = Urgency.URGENT
            reasons.append(
                f'current symptom "{current_symptoms[0].matched}" without red flag: urgent (same-day review when in doubt)'
            )

    needs_review = False
    if float(prediction.confidence) < CATEGORY_REVIEW_THRESHOLD:
        needs_review = True
        reasons.append(f"review: low category confidence ({prediction.confidence:.2f} < {CATEGORY_REVIEW_THRESHOLD})")
    if language_guess.confidence < LANGUAGE_REVIEW_THRESHOLD:
        needs_review = True
        reasons.append(f"review: low language confidence ({language_guess.confidence:.2f})")
    if flag_result.suppressed:
        needs_review = True
        reasons.append("review: a red-flag phrase was set aside by context rules")

    return Triage(
        category=category,
        urgency=urgency,
        language=language_guess.language,
        confidence=round(confidence, 4),
        needs_review=needs_review,
        red_flags=active,
        reasons=tuple(reasons),
        language_confidence=language_guess.confidence,
    )
