"""ConText-style modifiers for red-flag matches (after Chapman et al., written from scratch).

A red-flag term only raises urgency when it describes something happening now, to the
patient (or to the person a caregiver is writing about). Trigger phrases modify targets:

  negated       "no chest pain", "denies", "sin fiebre", "niega"
  historical    "last year", "used to", "is gone", "el año pasado", "ya se me quitó"
  hypothetical  "if I get chest pain", "what should I do if", "si tengo", "en caso de"
  other_person  "my neighbor had...", "mi vecino..." (NOT family: a caregiver writing about
                their son, mother or husband counts the same as the patient)

A trigger acts forward or backward over a limited number of words, never across a
sentence boundary or a terminator ("but", "pero", "aunque"). Pseudo-triggers ("not sure
if", "no one", "won't go away", "no puedo") look like triggers but are not; a trigger
inside a red-flag phrase ("no puedo respirar", "not breathing") is part of the phrase.

Safety bias: scopes are deliberately short. A scope too long could silence a real
emergency; a scope too short only costs a nurse a look at a false alarm.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from careloop.triage.prefilter import LiteralIndex, guard

NEGATED = "negated"
HISTORICAL = "historical"
HYPOTHETICAL = "hypothetical"
OTHER_PERSON = "other_person"

FORWARD = "forward"
BACKWARD = "backward"

# (kind, direction, max words between trigger and target, pattern)
_TRIGGERS: tuple[tuple[str, str, int, str], ...] = (
    # -- negation, English
    (NEGATED, FORWARD, 5, r"no|not|nor|neither"),
    (
        NEGATED,
        FORWARD,
        10,
        r"denies|denied|deny|denying|negative for|without|free of|(?:dont|doesnt|didnt|do not|does not|did not) (?:have|has|had|feel|notice|get|see)(?: any)?"
        r"|(?:havent|hasnt|have not|has not) (?:had|been having|noticed|felt|seen|got|gotten)(?: any)?"
        r"|(?:not|isnt|arent|wasnt) (?:having|experiencing|feeling|reporting)(?: any)?|no (?:signs?|evidence|history|symptoms|complaints?) of|none of|no more|nothing like",
    ),
    (NEGATED, BACKWARD, 4, r"none|denied|ruled out|is negative|was negative|not present|absent"),
    (NEGATED, BACKWARD, 1, r"free|free since"),
    # -- negation, Spanish
    (NEGATED, FORWARD, 5, r"no|ni|sin|tampoco|nada de|ningun|ninguna|ninguno"),
    (
        NEGATED,
        FORWARD,
        10,
        r"niega|nego|niegan|no (?:tengo|tiene|tenia|tuvo|he tenido|ha tenido|hay|presenta|siento|siente|he sentido|ha sentido|me ha dado|le ha dado|le dio|me dio)",
    ),
    (NEGATED, BACKWARD, 4, r"negado|negativo|descartad[oa]|ninguno|ninguna"),
    # -- historical / resolved, English
    (
        HISTORICAL,
        FORWARD,
        10,
        r"history of|past history|in the past|used to|previously|no longer|(?:seen|treated|admitted|evaluated|discharged|was at|went to) (?:at|in|from|by|to) (?:the )?(?:[\w.]+ ){0,3}(?:er|ed|emergency room|emergency department|hospital|urgent care)|back in|as a (?:kid|child|baby|teen|teenager)|when i was (?:young|younger|little|a kid|a child|pregnant)|years ago|last (?:year|month|spring|summer|fall|autumn|winter)"
        r"|(?:was|were|went|been|go|gone) (?:in|at|to) (?:the )?(?:er|ed|emergency room|hospital|urgent care)",
    ),
    (
        HISTORICAL,
        BACKWARD,
        6,
        r"last (?:year|spring|summer|fall|autumn|winter|month|time)|(?:\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|many|a couple of|couple of|a couple) (?:years|months) ago|years ago|months ago|in (?:19|20)\d\d"
        r"|(?:is|are|was|has|have|had) (?:all |completely |totally |long )?(?:gone|resolved|cleared up|better now|went away|gone away)|went away|gone away|(?:completely |totally |all )?resolved|cleared up"
        r"|in the past|as a (?:kid|child|baby)|back in \w+|for (?:many |several |a few |\d+ )?years|since (?:childhood|birth|i was (?:a kid|little|young))|after my (?:stent|bypass|surgery)",
    ),
    # -- historical / resolved, Spanish
    (
        HISTORICAL,
        FORWARD,
        10,
        r"antecedentes? de|historial de|historia de|en el pasado|anteriormente|solia|de (?:nino|nina|chiquit[oa]|joven|pequen[oa])|el ano pasado|hace (?:\d+|unos|varios|muchos|algunos|un par de|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte) (?:anos|meses)|hace anos|ya (?:se )?(?:me |le )?(?:quito|paso|curo|fue|desaparecio)",
    ),
    (
        HISTORICAL,
        BACKWARD,
        6,
        r"el ano pasado|(?:hace|desde hace) (?:\d+|unos|varios|muchos|algunos|un par de|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte)?(?: )?(?:anos|meses)|en (?:19|20)\d\d|ya (?:se )?(?:me |le )?(?:quito|paso|curo|fue|desaparecio)|se (?:me |le )?quito|se (?:me |le )?paso|desaparecio|se resolvio|de (?:nino|nina|chiquit[oa]|joven)",
    ),
    # -- hypothetical
    (
        HYPOTHETICAL,
        FORWARD,
        10,
        r"if (?:i|he|she|we|you|my|the|it|they|this|that|there|his|her|ever)|in case|in the event|when (?:should|do|would) (?:i|we) (?:worry|go|call|come)|what (?:are the )?(?:signs|symptoms|warning signs) of|(?:signs|symptoms|warning signs) of|watch (?:out )?for|look out for"
        r"|(?:could|can|does|will|would) (?:it|this|that|the \w+|these|those) (?:cause|give|lead to|make)|(?:can|could|may|might|will|does|do) (?:cause|causes|lead to|give you)|(?:risk|chance|chances|odds) of|to prevent|prevent|(?:worried|afraid|scared) (?:of|about) (?:getting|having)|might (?:get|have|develop)",
    ),
    (
        HYPOTHETICAL,
        FORWARD,
        10,
        r"si (?:tengo|tiene|tuviera|me|le|vuelve|siento|siente|empieza|empiezo|llega|sube|hay|presenta|da|pasa|sigue|sigo|el|la|mi|su)|en caso de|por si|y si|cuando (?:debo|debemos|tengo que) (?:preocupar|ir|llamar)|(?:senales|sintomas|signos) de|riesgo de|puede (?:causar|dar|provocar)|para prevenir|prevenir|podria (?:tener|darme|darle|causar)",
    ),
    # -- experiencer other than the patient (family members deliberately absent)
    (
        OTHER_PERSON,
        FORWARD,
        12,
        r"(?:my|a|our|his|her|the) (?:\w+ )?(?:neighbor|neighbour|friend|coworker|co worker|colleague|boss|manager|supervisor|employee|student|tenant|teammate|coach|classmate|roommate|teacher|pastor|landlord|buddy|acquaintance|client|customer)s?|someone|somebody|one of the \w+|someone (?:i know|at work|at church|at school)|on (?:the news|tv)|a (?:guy|lady|woman|man|person|kid) (?:at|from|in)",
    ),
    (
        OTHER_PERSON,
        FORWARD,
        12,
        r"(?:mi|mis|un|una|su|nuestro|nuestra) (?:vecin[oa]s?|amig[oa]s?|companer[oa]s?|jef[ae]|conocid[oa]|compadre|comadre|maestr[oa]|patron|patrona)|alguien (?:que conozco|del trabajo|en el trabajo)|(?:una senora|un senor) (?:del|de la|en)",
    ),
)

# Look like triggers, are not ("not sure if", "won't go away", "no puedo": can't = affirms).
_PSEUDO_TRIGGERS = (
    r"since last \w+|starting last \w+|no,|not,|no one"
    r"|not (?!having|experiencing|feeling|reporting|noticing|getting any|seeing)\w+ing|no quiere|no (?:appetite|energy|wet diapers?|urine|bowel movement)|sin (?:apetito|ganas de comer)"
    r"|denied by|(?:claim|auth\w*|rx|prescription|request|coverage|insurance|ins|it) (?:was |is |got |has been )?denied|nobody|no idea|not sure|no doubt|not only|no matter|no change|no wonder|no relief|no improvement|no better|not normal|isnt normal"
    r"|not (?:getting|gotten|improving|helping|going away|stopping|working|better|going down|coming down)(?: any)?(?: better)?"
    r"|(?:doesnt|didnt|dont|wont|will not|isnt|hasnt|cant|couldnt) (?:help|helping|helped|stop|stopping|go away|get better|come down|go down|work|working|quit|seem to help)"
    r"|(?:dont|do not|didnt) (?:know|think)(?: if| whether| what| how)?|(?:wondering|wonder|unsure|see|check|ask|asking|know|tell me|let me know|call me|text me|even|as|like|only) if|if (?:you|u) (?:can|could)|no (?:answer|reply|response)"
    r"|no se (?:si|que|como|cuando|donde|por que|porque)|no sabemos|no sabia|nadie|no estoy segur[oa]|no es normal|no es la primera vez"
    r"|no (?:se )?(?:me |le )?(?:quita|baja|para|calma|mejora|alivia|cede|detiene)\w*|no (?:me |le )?(?:ayuda|sirve|funciona|hace nada|hizo nada)|no (?:aguanto|aguanta|soporto|soporta)"
    r"|no (?:puedo|puede|podia|pudo|podemos|pueden|pude)|sin (?:parar|poder|que)|si,|si (?:me |le |nos )?(?:pueden|puede|podrian|podria|es posible)|not the first time"
)

# Scope ends at these: "no fever but chest pain since this morning".
_COMMON_TERMINATORS = r"but|however|although|though|except|yet|pero|aunque|sin embargo|excepto|salvo|mas bien"
_TERMINATORS: dict[str, str] = {
    NEGATED: _COMMON_TERMINATORS + r"|and now|y ahora|which|que ahora",
    HISTORICAL: _COMMON_TERMINATORS
    + r"|now|ahora|today|hoy|tonight|this morning|esta manana|again|otra vez|de nuevo|still|todavia|back|volvio|regreso|since (?:yesterday|last night|this morning)|desde (?:ayer|anoche|hoy)|and i|y yo|y ahora",
    HYPOTHETICAL: _COMMON_TERMINATORS + r"|right now|ahorita|ahora mismo|already|ya tengo|ya tiene",
    OTHER_PERSON: _COMMON_TERMINATORS
    + r"|i (?:have|had|am|feel|got|keep|think i|also|too)|im|ive|yo tengo|tengo|me duele|estoy|me siento|and now i|y yo|and me|my own",
}

_SENTENCE_BREAK = re.compile(
    r"(?<![0-9])(?<!\bdr)(?<!\bmr)(?<!\bms)(?<!\bmrs)(?<!\bst)(?<!\bpt)(?<!\bvs)(?<!\bsr)(?<!\bsra)[.!?]+(?![0-9])|[;\n]+|\s-\s"
)
_WORD = re.compile(r"[a-z0-9]+")


def _wrap(pattern: str) -> str:
    return r"(?<![a-z0-9])(?:" + pattern.replace(" ", r"[\s,\-]+") + r")(?![a-z0-9])"


# (what, guarded regex): what = ("trigger", kind, direction, max_words) / ("pseudo",) /
# ("terminator", kind). All behind one literal index, like the lexicons (speed only).
_CONTEXT_PATTERNS = (
    [
        (("trigger", kind, direction, max_words), guard(_wrap(pattern)))
        for kind, direction, max_words, pattern in _TRIGGERS
    ]
    + [(("pseudo",), guard(_wrap(_PSEUDO_TRIGGERS)))]
    + [(("terminator", kind), guard(_wrap(pattern))) for kind, pattern in _TERMINATORS.items()]
)
_CONTEXT_INDEX = LiteralIndex([pattern for _, pattern in _CONTEXT_PATTERNS])


@dataclass(frozen=True)
class Trigger:
    kind: str
    direction: str
    max_words: int
    start: int
    end: int
    phrase: str


@dataclass(frozen=True)
class ContextAnnotation:
    """Why a red-flag match does not count: the modifier kind and the trigger words."""

    kind: str
    trigger: str


class ContextAnalyzer:
    """Finds triggers once per message, then answers 'is this span modified?' per target."""

    def __init__(
        self, text: str, protected_spans: list[tuple[int, int]], target_spans: list[tuple[int, int]] | None = None
    ) -> None:
        """protected_spans: red-flag phrases (a trigger inside one is not a trigger).
        target_spans: spans that will be asked about (default: the protected ones); only
        their sentences are scanned for triggers, since scope never crosses a sentence."""
        self._text = text
        self._sentences = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)] + [len(text) + 1]
        wanted = sorted({self._sentence_index(start) for start, _ in (target_spans or protected_spans)})
        regions: list[tuple[int, int]] = []
        for sentence in wanted:
            start, end = self._sentences[sentence], min(self._sentences[sentence + 1], len(text))
            if regions and regions[-1][1] >= start:
                regions[-1] = (regions[-1][0], end)
            else:
                regions.append((start, end))
        pseudo_spans: list[tuple[int, int]] = []
        raw_triggers: list[tuple[tuple, re.Match[str]]] = []
        self._terminators: dict[str, list[tuple[int, int]]] = {kind: [] for kind in _TERMINATORS}
        for region_start, region_end in regions:
            self._scan_region(text, region_start, region_end, pseudo_spans, raw_triggers)
        blocked = pseudo_spans + protected_spans
        triggers: list[Trigger] = []
        for (_, kind, direction, max_words), match in raw_triggers:
            start, end = match.span()
            # A trigger inside a pseudo-trigger or a red-flag phrase is not a trigger.
            if any(start < b_end and b_start < end for b_start, b_end in blocked):
                continue
            triggers.append(Trigger(kind, direction, max_words, start, end, match.group()))
        self._triggers = triggers

    def _scan_region(
        self,
        text: str,
        start: int,
        end: int,
        pseudo_spans: list[tuple[int, int]],
        raw_triggers: list[tuple[tuple, re.Match[str]]],
    ) -> None:
        for index in sorted(_CONTEXT_INDEX.candidates(text[start:end])):
            what, pattern = _CONTEXT_PATTERNS[index]
            for match in pattern.regex.finditer(text, start, end):
                if what[0] == "pseudo":
                    pseudo_spans.append(match.span())
                elif what[0] == "terminator":
                    self._terminators[what[1]].append(match.span())
                else:
                    raw_triggers.append((what, match))

    def _sentence_index(self, position: int) -> int:
        return max(0, min(bisect_right(self._sentences, position) - 1, len(self._sentences) - 2))

    def _terminated(self, kind: str, gap_start: int, gap_end: int) -> bool:
        return any(gap_start <= t_start and t_end <= gap_end for t_start, t_end in self._terminators[kind])

    def modifiers(self, start: int, end: int, ignore_kinds: frozenset[str] = frozenset()) -> list[ContextAnnotation]:
        """All modifiers whose scope covers the target span [start, end)."""
        sentence = self._sentence_index(start)
        found: list[ContextAnnotation] = []
        for trigger in self._triggers:
            if trigger.kind in ignore_kinds:
                continue
            if self._sentence_index(trigger.start) != sentence:
                continue
            if trigger.direction == FORWARD and trigger.end <= start:
                gap_start, gap_end = trigger.end, start
            elif trigger.direction == BACKWARD and trigger.start >= end:
                gap_start, gap_end = end, trigger.start
            else:
                continue
            if len(_WORD.findall(self._text, gap_start, gap_end)) > trigger.max_words:
                continue
            if self._terminated(trigger.kind, gap_start, gap_end):
                continue
            found.append(ContextAnnotation(trigger.kind, trigger.phrase))
        return found
