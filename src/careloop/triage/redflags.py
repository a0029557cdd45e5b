"""Red-flag detection: lexicon matches in English and Spanish, filtered by ConText rules.

Both lexicons run on every message whatever its detected language: patients mix
languages ("mi mamá has chest pain") and a language guess must never hide an emergency.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from careloop.labels import Category, Urgency
from careloop.triage import lexicon_compose, lexicon_en, lexicon_es, lexicon_indirect
from careloop.triage.context import (
    EXPLAINED,
    HISTORICAL,
    HYPOTHETICAL,
    NEGATED,
    OTHER_PERSON,
    ContextAnalyzer,
)
from careloop.triage.lexicon_en import Sign
from careloop.triage.lexicon_idioms import idiom_spans
from careloop.triage.lexicon_symptoms import SYMPTOM_PATTERNS
from careloop.triage.normalize import NormalizedText, normalize
from careloop.triage.prefilter import GuardedPattern, LiteralIndex, bits, guard
from careloop.triage.quotes import PrintedQuote, inside, printed_quotes


@dataclass(frozen=True)
class RedFlag:
    """A phrase that raises urgency, with its exact place in the original text."""

    rule: str
    urgency: Urgency
    matched: str
    start: int
    end: int
    language: str

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "urgency": self.urgency.value,
            "matched": self.matched,
            "start": self.start,
            "end": self.end,
            "language": self.language,
        }


@dataclass(frozen=True)
class SuppressedFlag:
    """A red-flag phrase that context rules say does not apply now, to this patient."""

    flag: RedFlag
    kind: str  # negated / historical / hypothetical / other_person / explained
    trigger: str

    def reason(self) -> str:
        verb = {
            NEGATED: "negated by",
            HISTORICAL: "historical, per",
            HYPOTHETICAL: "hypothetical, per",
            OTHER_PERSON: "about someone else, per",
            EXPLAINED: "explained by",
        }[self.kind]
        return f'ignored {self.flag.rule} "{self.flag.matched}": {verb} "{self.trigger}"'


@dataclass(frozen=True)
class RedFlagResult:
    active: tuple[RedFlag, ...]
    suppressed: tuple[SuppressedFlag, ...]
    # General symptom mentions (not red flags) that context leaves current: rule "symptom",
    # urgency routine. Used by the engine to tell a current complaint from a past one.
    symptoms: tuple[RedFlag, ...] = ()
    # Idioms that borrow emergency words (lexicon_idioms), as (start, end, words) in the
    # normalised text: the engine holds the learned model back on them too.
    idioms: tuple[tuple[int, int, str], ...] = ()
    # Printed text quoted back (quotes.py), as (start, end) in the normalised text: the
    # engine keeps it from the learned model, which would hear the paper's alarm words.
    quoted: tuple[tuple[int, int], ...] = ()


# Homicidal ideation names another person as the victim, not as the experiencer:
# "thoughts about hurting my roommate" is the writer's own emergency.
# A threat with a condition ("if he parks in my spot again I'm going to shoot him") is still
# a threat: hypothetical scope does not set it aside either.
_IGNORED_CONTEXT: dict[str, frozenset[str]] = {
    "homicidal_ideation": frozenset({OTHER_PERSON, HYPOTHETICAL}),
}
# A threat said in the future ("he's going to shoot the boys who jumped him last week") is
# not dated by the past event it answers: historical scope does not set it aside.
_FUTURE_THREAT = re.compile(r"(?<![a-z0-9])(?:going to|gonna|will|ll|voy a|va a|vamos a|van a)(?![a-z0-9])")

# Urgent flags that are the administrative need itself, not a new symptom, and the category
# whose desk owns each (the engine files a need without a symptom there). How the patient
# feels does not resolve one: see _modifiers.
NEED_RULE_CATEGORY: dict[str, Category] = {
    "out_of_critical_medication": Category.REFILL_REQUEST,
    "abnormal_result": Category.TEST_RESULT_QUESTION,
    "pre_op_medicine_not_held": Category.FOLLOW_UP_QUESTION,
    "same_day_instruction": Category.FOLLOW_UP_QUESTION,
    "urgent_referral_today": Category.REFERRAL_STATUS,
    "high_alert_prescription_error": Category.REFILL_REQUEST,
    # PEP after an exposure is clinical care; a PEP prior authorization stays with its desk.
    "pep_needed": Category.CLINICAL_CONCERN,
}
NEED_RULES = frozenset(NEED_RULE_CATEGORY)
_WELLNESS_NOW = re.compile(r"bien|fine|ok|okay|good|better|mejor|alright|all right")


# The writer needs help now (see _apply_context: an emergency about a friend or coworker).
_HELP_NOW = re.compile(
    r"(?<![a-z0-9])(?:what (?:do|should|can) (?:i|we) do|help(?: me| us| him| her)?(?: please)?|please (?:call|help|hurry)|right now"
    r"|que (?:yo )?(?:hago|hacemos|debo hacer|puedo hacer)|ayuda|ayudenme|ahorita|ahora mismo|urgente|llamen)(?![a-z0-9])"
)


# ... or says how the person is now ("and now he's acting strange", "ahorita esta
# vomitando"). Narrow on purpose: "she is at the ER now" or "can I still come in" are not
# someone in trouble beside the writer.
_HAPPENING_NOW = re.compile(
    r"(?<![a-z0-9])(?:(?:right )?now (?:he|she|they|hes|shes|theyre|he is|she is|the baby|my)|"
    r"(?:ahora|ahorita|ahora mismo) (?:esta|se|tiene|no|le|lo|la)"
    # Just now, and out of reach: "she just posted a goodbye and isn't answering her phone".
    r"|just (?:posted|texted|sent|called|messaged|told|said)|(?:isnt|is not|not|hasnt been) (?:answering|picking up|responding)"
    r"|(?:lo|la) (?:veo|estoy viendo)|le (?:toco|grito|hablo) y|no (?:me )?(?:abre|contesta)"
    # Or how the person is, in the present: "won't wake up", "ya no puede respirar".
    r"|(?:wont|cant|isnt|is not) (?:wake|waking|breathe|breathing|respond\w*)|barely breathing|(?:ya )?no (?:puede respirar|respira|despierta|responde|reacciona))(?![a-z0-9])"
)


def help_needed_now(normalized_text: str) -> bool:
    """The writer needs help now: asks for it, or says it is happening now."""
    return _HELP_NOW.search(normalized_text) is not None or _HAPPENING_NOW.search(normalized_text) is not None


_SELF_NEGATING = re.compile(
    r"(?<![a-z0-9])(?:no|not|nor|cant|cannot|wont|isnt|dont|doesnt|didnt|havent|hasnt|unable|without|sin|nothing|none|nada|ni)(?![a-z0-9])"
)


# Words a gap (~N~) may not skip: "lips aren't swollen" must not read as "lips ... swollen".
# (A phrase that skipped "haven't" hid it: "...ER for chest pain - and I haven't had any chest
# pain since": the span "pain - and I haven't had any chest" protected the negation inside.)
_NEGATION_WORDS = (
    r"(?:no|not|arent|isnt|wasnt|werent|dont|doesnt|didnt|havent|hasnt|hadnt|never|none|nothing|denies|denied"
    r"|nunca|ni|sin|tampoco|nada|niega|nego|ningun|ninguna|ninguno)"
)


# Between two words of a phrase: spaces, tabs, commas, hyphens and dashes, never a line
# break: on forms and in notes each line is its own statement ("Chest pain? No" / "Reason:
# annual physical"), and a phrase across lines joins two of them.
# (\x20, not " ": the pattern's own spaces are replaced by this after the gaps are.)
_SEP = r"[\x20\t,\-]+"


def _compile(pattern: str) -> str:
    pattern = re.sub(
        r"~(\d+)~",
        lambda m: r"(?:%s(?!%s(?![a-z0-9]))[a-z0-9/]+){0,%s}?" % (_SEP, _NEGATION_WORDS, m.group(1)),
        pattern,
    )
    pattern = pattern.replace(" ", _SEP)
    return r"(?<![a-z0-9])(?:" + pattern + r")(?![a-z0-9])"


def _compile_alternatives(patterns: tuple[str, ...]) -> tuple[GuardedPattern, ...]:
    # One regex per pattern, each behind a literal prefilter: most patterns are skipped
    # without running the regex engine at all (see prefilter.py).
    return tuple(guard(_compile(p)) for p in patterns)


_HOLD_BACKS = _compile_alternatives(lexicon_indirect.HOLD_BACK_THE_MODEL)


def model_hold_back(normalized_text: str) -> str | None:
    """Words that reassure about what the urgency model reacts to (lexicon_indirect)."""
    for pattern in _HOLD_BACKS:
        match = pattern.search(normalized_text)
        if match is not None:
            return match.group()
    return None


@dataclass(frozen=True)
class _SimpleRule:
    rule: str
    urgency: Urgency
    language: str
    patterns: tuple[GuardedPattern, ...]


@dataclass(frozen=True)
class _CompoundRule:
    rule: str
    urgency: Urgency
    language: str
    anchors: tuple[GuardedPattern, ...]
    required: tuple[GuardedPattern, ...]
    # Situations that explain the evidence away ("moving away" for a goodbye).
    unless: tuple[GuardedPattern, ...] = ()
    # Which required groups are signs that context rules check (lexicon_en.Sign).
    signs: tuple[bool, ...] = ()


def _build_rules() -> tuple[tuple[_SimpleRule, ...], tuple[_CompoundRule, ...]]:
    simple: list[_SimpleRule] = []
    compound: list[_CompoundRule] = []
    # "any": the compositional lexicon mixes both languages' word classes by design.
    for language, lexicon in (
        ("en", lexicon_en), ("es", lexicon_es), ("any", lexicon_compose), ("any", lexicon_indirect)
    ):
        for rule, (urgency, patterns) in lexicon.PATTERNS.items():
            simple.append(_SimpleRule(rule, urgency, language, _compile_alternatives(patterns)))
        for rule, spec in lexicon.COMPOUND_PATTERNS.items():
            # One rule may combine evidence in several ways: a list of entries, each
            # (urgency, anchors, required) or (urgency, anchors, required, unless).
            for urgency, anchors, required, *unless in spec if isinstance(spec, list) else [spec]:
                compound.append(
                    _CompoundRule(
                        rule,
                        urgency,
                        language,
                        _compile_alternatives(anchors),
                        tuple(guard(_compile(group)) for group in required),
                        tuple(guard(_compile(group)) for group in (unless[0] if unless else ())),
                        tuple(isinstance(group, Sign) for group in required),
                    )
                )
    return tuple(simple), tuple(compound)


# Compiled once at import: matching is the hot path of triage.
_SIMPLE_RULES, _COMPOUND_RULES = _build_rules()
_SYMPTOM_RULES = tuple(
    _SimpleRule("symptom", Urgency.ROUTINE, language, _compile_alternatives(patterns))
    for language, patterns in SYMPTOM_PATTERNS.items()
)


# Every regex of the lexicons, numbered, with what a match of it means:
# ("simple", rule) / ("symptom", rule) / ("anchor" or "required", compound rule).
_PATTERNS: list[tuple[GuardedPattern, str, object]] = []
for _rule in _SIMPLE_RULES:
    _PATTERNS.extend((pattern, "simple", _rule) for pattern in _rule.patterns)
for _rule in _SYMPTOM_RULES:
    _PATTERNS.extend((pattern, "symptom", _rule) for pattern in _rule.patterns)
for _compound in _COMPOUND_RULES:
    _PATTERNS.extend((pattern, "anchor", _compound) for pattern in _compound.anchors)
    _PATTERNS.extend((pattern, "required", _compound) for pattern in _compound.required)
_INDEX = LiteralIndex([pattern for pattern, _, _ in _PATTERNS])
# Bitmasks over _PATTERNS. For each compound rule, its required groups: when one of them
# cannot match (the prefilter says so), the anchors need not run at all. And the patterns
# _scan runs itself (required groups are checked after, and only for compounds whose anchor
# matched), with and without the symptom patterns.
_REQUIRED_MASKS: dict[int, int] = {}
_SCANNED_WITH_SYMPTOMS = 0
_SCANNED_WITHOUT_SYMPTOMS = 0
for _index, (_pattern, _kind, _owner) in enumerate(_PATTERNS):
    if _kind == "required":
        _REQUIRED_MASKS[id(_owner)] = _REQUIRED_MASKS.get(id(_owner), 0) | (1 << _index)
        continue
    _SCANNED_WITH_SYMPTOMS |= 1 << _index
    if _kind != "symptom":
        _SCANNED_WITHOUT_SYMPTOMS |= 1 << _index

Candidate = tuple[str, Urgency, str, int, int]
# Longer texts are scanned only near the literals a pattern needs. No lexicon pattern
# matches more than a short phrase (its word gaps are bounded), far below this margin.
_LONG_TEXT = 1500
_MAX_MATCH_LENGTH = 400


# The signs a compound flag rests on: per required Sign group, the spans it matched.
Evidence = list[list[tuple[int, int]]]


def _scan(
    text: str, with_symptoms: bool = True
) -> tuple[list[Candidate], list[Candidate], list[tuple[list[Candidate], Evidence]], dict[tuple[str, int, int], tuple[str, str]]]:
    """(red-flag candidates, symptom candidates, compound evidence, explained compounds),
    running only patterns that may match. Each compound entry pairs the candidates of a
    compound rule with the spans of each of its required Sign groups, which context rules
    check too. Explained compounds (their "unless" words are present) are candidates too,
    mapped (rule, start, end) -> (EXPLAINED, the words), so that they are set aside."""
    explained: dict[tuple[str, int, int], tuple[str, str]] = {}
    confirmed: set[tuple[str, int, int]] = set()
    flags: list[Candidate] = []
    evidence: list[tuple[list[Candidate], Evidence]] = []
    symptoms: list[Candidate] = []
    anchors: dict[int, list[Candidate]] = {}
    candidates = _INDEX.candidate_mask(text)
    long_text = len(text) > _LONG_TEXT
    # Required groups are checked below, and only for compounds whose anchor matched.
    for index in bits(candidates & (_SCANNED_WITH_SYMPTOMS if with_symptoms else _SCANNED_WITHOUT_SYMPTOMS)):
        pattern, kind, owner = _PATTERNS[index]
        if kind == "anchor":
            required = _REQUIRED_MASKS.get(id(owner), 0)
            if candidates & required != required:
                continue
        if long_text:
            # Long emails: look only around the pattern's literals (speed; see window()).
            window_start, window_end = pattern.window(text, _MAX_MATCH_LENGTH)
            matches = pattern.matcher.finditer(text, window_start, window_end)
        else:
            matches = pattern.matcher.finditer(text)
        for match in matches:
            start, end = match.span()
            if end <= start:
                continue
            found = (owner.rule, owner.urgency, owner.language, start, end)  # type: ignore[attr-defined]
            if kind == "simple":
                flags.append(found)
            elif kind == "symptom":
                symptoms.append(found)
            else:
                anchors.setdefault(id(owner), []).append(found)
    if anchors:
        for compound in _COMPOUND_RULES:
            # A compound flag needs its anchor AND every required group somewhere in the text.
            if id(compound) not in anchors:
                continue
            # Every required group must match; a Sign group's matches are kept for the
            # context rules (one pass over the text per group either way).
            signs: Evidence = []
            for group, is_sign in zip(compound.required, compound.signs):
                if is_sign:
                    spans = [match.span() for match in group.finditer(text)]
                    if not spans:
                        break
                    signs.append(spans)
                elif group.search(text) is None:
                    break
            else:
                flags.extend(anchors[id(compound)])
                reassurance = next((m for m in (group.search(text) for group in compound.unless) if m), None)
                if reassurance is not None:
                    for rule, _, _, start, end in anchors[id(compound)]:
                        explained[(rule, start, end)] = (EXPLAINED, reassurance.group())
                else:
                    confirmed.update((rule, start, end) for rule, _, _, start, end in anchors[id(compound)])
                    if signs:
                        evidence.append((anchors[id(compound)], signs))
    # The same words may stand for the rule through another compound without reassurance.
    return flags, symptoms, evidence, {key: why for key, why in explained.items() if key not in confirmed}


def detect_red_flags(text: str, with_symptoms: bool = False) -> RedFlagResult:
    """All red-flag phrases of a message, split into active and context-suppressed ones.

    with_symptoms: also list the general symptom mentions that context leaves current
    (RedFlagResult.symptoms). Off by default: only some messages need them, and they cost.
    """
    normalized = normalize(text)
    candidates, symptom_candidates, evidence, explained = _scan(normalized.text, with_symptoms)
    idioms = tuple(idiom_spans(normalized.text))
    if not candidates and not symptom_candidates:
        return RedFlagResult((), (), (), idioms)
    evidence_spans = [span for _, groups in evidence for spans in groups for span in spans]
    analyzer = ContextAnalyzer(
        normalized.text,
        [(start, end) for _, _, _, start, end in candidates],
        [(start, end) for _, _, _, start, end in candidates + symptom_candidates] + evidence_spans,
    )
    unsupported = _unsupported_compounds(normalized.text, analyzer, evidence) | explained
    for idiom_start, idiom_end, idiom in idioms:
        for rule, _, _, start, end in candidates:
            if start < idiom_end and idiom_start < end:
                unsupported[(rule, start, end)] = (EXPLAINED, f"{idiom}, an idiom")
    quotes = printed_quotes(normalized)
    active, suppressed = _apply_context(normalized, analyzer, candidates, unsupported, quotes)
    if suppressed:
        active, suppressed = _conditions_met(normalized, analyzer, active, suppressed)
    symptoms, _ = _apply_context(normalized, analyzer, symptom_candidates, quotes=quotes)
    quoted = tuple((quote.start, quote.end) for quote in quotes)
    return RedFlagResult(tuple(active), tuple(suppressed), tuple(symptoms), idioms, quoted)


# A result the writer reports as in, after the sentence that gave the instruction: "if my wound
# culture came back positive i need to start antibiotics right away. portal says MRSA??".
_RESULT_IN = re.compile(
    r"(?<![a-z0-9])(?:(?:portal|mychart|my chart|app|report|results?|labs?|culture|cultivo|mri|ct|scan|x ?ray|it|they)(?: [a-z0-9']+){0,3} (?:says|said|shows|showed|reads|read|lists)"
    r"|(?:came|come|is|are|its) back|(?:ya )?(?:sale|salio|salieron|aparece|dice|muestra) en el portal|(?:el|los|la) (?:resultados?|cultivo|estudio|placa) (?:ya )?(?:salio|salieron|dice|dicen|muestra))(?![a-z0-9])"
)
# ... unless what it says is that nothing is there yet, or nothing wrong.
_RESULT_NOT_MET = re.compile(
    r"(?<![a-z0-9])(?:pending|negative|normal|no growth|not back|not in|still waiting|nothing yet|no results?|fine|clear"
    r"|negativ[oa]|pendiente|todavia no|aun no|nada)(?![a-z0-9])"
)


def _conditions_met(
    normalized: NormalizedText, analyzer: ContextAnalyzer, active: list[RedFlag], suppressed: list[SuppressedFlag]
) -> tuple[list[RedFlag], list[SuppressedFlag]]:
    """A result instruction set aside as hypothetical ("if the culture is positive, start
    antibiotics today") whose condition the message then reports met, in a later sentence
    (the context rules' sentences): the result is in, so the instruction is today's
    (abnormal_result is active again)."""
    text = normalized.text
    kept: list[SuppressedFlag] = []
    for item in suppressed:
        if item.flag.rule == "abnormal_result" and item.kind == HYPOTHETICAL:
            end = bisect_left(normalized.starts, item.flag.end)
            report = _RESULT_IN.search(text, analyzer.sentence_end(end))
            if report is not None and not _RESULT_NOT_MET.search(text, report.start(), analyzer.sentence_end(report.start())):
                active.append(item.flag)
                continue
        kept.append(item)
    return active, kept


def _modifiers(text: str, analyzer: ContextAnalyzer, start: int, end: int, rule: str | None = None) -> list:
    ignored = _IGNORED_CONTEXT.get(rule, frozenset()) if rule else frozenset()
    # (The future may sit just before the phrase: "va a | matar a su papa".)
    if rule == "homicidal_ideation" and _FUTURE_THREAT.search(text, max(0, start - 12), end):
        ignored = ignored | {HISTORICAL}
    if _SELF_NEGATING.search(text, start, end):
        # "can't breathe", "no doses left", "no puedo respirar": the negation is the
        # symptom itself; a nearby "no" ("no refills, no doses left") must not cancel it.
        ignored = ignored | {NEGATED}
    # A need is not resolved by how the patient feels after it: "la pompa del nene se vacio
    # ..., el esta bien ahora pero tiene asma fuerte" is still out of the rescue inhaler.
    found = analyzer.modifiers(start, end, ignored)
    if rule in NEED_RULES:
        found = [m for m in found if not (m.kind == HISTORICAL and _WELLNESS_NOW.search(m.trigger))]
    return found


def _unsupported_compounds(
    text: str, analyzer: ContextAnalyzer, evidence: list[tuple[list[Candidate], Evidence]]
) -> dict[tuple[str, int, int], tuple[str, str]]:
    """Compound candidates whose evidence context sets aside: a required group with no
    current match ("pecho hundido... no le duele ni le falta el aire" is not pain plus
    breathlessness). Maps (rule, start, end) to the modifier kind and trigger."""
    unsupported: dict[tuple[str, int, int], tuple[str, str]] = {}
    # Evidence about someone the writer is with counts as it does for a simple flag (see
    # _apply_context): "my roommate has had a fever of 103 ... now she says her neck is too
    # stiff" is the roommate's meningitis, reported by the person beside her.
    helping_now = help_needed_now(text)
    for flags, groups in evidence:
        for spans in groups:
            found = [_modifiers(text, analyzer, start, end) for start, end in spans]
            if helping_now:
                found = [[m for m in mods if m.kind != OTHER_PERSON] for mods in found]
            if all(found):
                first = found[0][0]
                for rule, _, _, start, end in flags:
                    unsupported[(rule, start, end)] = (first.kind, first.trigger)
                break
    return unsupported


def _apply_context(
    normalized: NormalizedText,
    analyzer: ContextAnalyzer,
    candidates: list[tuple[str, Urgency, str, int, int]],
    unsupported: dict[tuple[str, int, int], tuple[str, str]] | None = None,
    quotes: list[PrintedQuote] | None = None,
) -> tuple[list[RedFlag], list[SuppressedFlag]]:
    text = normalized.original
    active: list[RedFlag] = []
    suppressed: list[SuppressedFlag] = []
    seen: set[tuple[str, int, int]] = set()
    for rule, urgency, language, start, end in sorted(candidates, key=lambda c: (c[3], c[4], c[0])):
        original_start, original_end = normalized.original_span(start, end)
        key = (rule, original_start, original_end)
        if key in seen:
            continue
        seen.add(key)
        flag = RedFlag(
            rule=rule,
            urgency=urgency,
            matched=text[original_start:original_end],
            start=original_start,
            end=original_end,
            language=language,
        )
        if unsupported and (rule, start, end) in unsupported:
            kind, trigger = unsupported[(rule, start, end)]
            suppressed.append(SuppressedFlag(flag, kind, trigger))
            continue
        quote = inside(quotes, start, end) if quotes else None
        if quote is not None:
            # The words of a form or a paper, quoted back (quotes.py): not the patient's.
            suppressed.append(SuppressedFlag(flag, HYPOTHETICAL, f"{quote.source} (quoted)"))
            continue
        modifiers = _modifiers(normalized.text, analyzer, start, end, rule)
        if (
            modifiers
            and urgency is Urgency.EMERGENCY
            and all(m.kind == OTHER_PERSON for m in modifiers)
            and help_needed_now(normalized.text)
        ):
            # Only "about someone else" (nothing past, negated or hypothetical) AND the
            # writer needs help now: they are with the person ("my friend is unconscious,
            # what do I do", "my roommate swallowed his pills and now he is acting strange").
            # The guide: a caregiver counts as the patient.
            active.append(flag)
        elif modifiers:
            suppressed.append(SuppressedFlag(flag, modifiers[0].kind, modifiers[0].trigger))
        else:
            active.append(flag)
    return active, suppressed
