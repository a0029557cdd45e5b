"""The phrases of the ConText rules (context.py): triggers, pseudo-triggers and terminators.

Word lists only, kept apart from the matching code so that each stays readable. Every
pattern is written in the lexicons' mini-language (a space matches spaces, commas or
hyphens; context.py wraps each in word boundaries). See context.py for how a trigger's
kind, direction and reach are used.
"""

from __future__ import annotations

NEGATED = "negated"
HISTORICAL = "historical"
HYPOTHETICAL = "hypothetical"
OTHER_PERSON = "other_person"
# Not a ConText kind: a compound red flag whose own "unless" words are in the message
# ("hands and feet a bit blue ... lips and face are pink"). Set aside like the others, so
# the learned model may not overrule the rule's judgement to emergency either.
EXPLAINED = "explained"

FORWARD = "forward"
BACKWARD = "backward"

# People who are not the patient and not family (a caregiver writing about their son,
# mother or husband counts the same as the patient, so family is deliberately absent).
_OTHER_PEOPLE_EN = (
    r"(?:my|a|our|his|her|the) (?:\w+ )?(?:neighbor|neighbour|friend|coworker|co worker|colleague|boss|manager|supervisor|employee|student|tenant|teammate|coach|classmate|roommate|housemate|house mate|teacher|pastor|landlord|buddy|acquaintance|client|customer)s?"
    # (Not the clinic's own staff: "a voicemail from someone at the clinic saying ... i need a
    # splint and to be seen today" is about the writer.)
    r"|(?:someone|somebody)(?! (?:from|at|in) (?:the |your |ur |my )?(?:clinic|office|practice|lab|hospital|pharmacy|front desk|urgent care|doctors office|dr office))|someone (?:i know|at work|at church|at school)|on (?:the news|tv)|a (?:guy|lady|woman|man|person|kid) (?:at|from|in)"
    # "one of the kids at school", not "one of the incisions".
    r"|one of the (?:other )?(?:kids|students|players|residents|guys|workers|employees|customers|clients|patients|teachers|nurses|men|women|ladies|people|girls|boys)"
)
_OTHER_PEOPLE_ES = (
    r"(?:mi|mis|un|una|su|nuestro|nuestra) (?:vecin[oa]s?|amig[oa]s?|companer[oa]s?|compas?|cuates?|carnal|jef[ae]|conocid[oa]|compadre|comadre|maestr[oa]|patron|patrona)"
    r"|alguien (?:que conozco|del trabajo|en el trabajo)|(?:una senora|un senor) (?:del|de la|en)"
)
# Someone else who NOTICED something about the writer is a witness, not the experiencer:
# "my coworker noticed half my face wasn't moving" is the writer's own stroke sign.
_OBSERVER = (
    rf"(?:{_OTHER_PEOPLE_EN}|{_OTHER_PEOPLE_ES}) (?:noticed|noted|said|says|told me|tells me|thinks|thought|pointed out|saw|mentioned|asked|commented|se dio cuenta|noto|dijo|me dijo|vio|me vio|cree)"
    r"(?= (?:that )?(?:que )?(?:my|i|im|me|mi|yo|tengo|estoy)(?![a-z0-9]))"
)
# ... and so is someone the writer (or patient) TOLD: "she texted her friend that she's done".
_CONFIDANT = (
    r"(?:texted|told|tells|wrote to|messaged|emailed|called|said to|confided in|posted to|le dijo a|le dice a|le escribio a|le mando (?:un )?mensaje a|le conto a|le confeso a)"
    rf" (?:{_OTHER_PEOPLE_EN}|{_OTHER_PEOPLE_ES}|(?:his|her|their|sus?) (?:\w+ )?(?:friends?|amig[oa]s?|teachers?|maestr[oa]s?|counselor|consejer[oa]))"
)
# Months, for past episodes dated by month ("tuvo el derrame en marzo").
# "3 semanas", "un par de dias", "quince dias".
_DAYS_OR_WEEKS_ES = r"(?:\d+|un par de|unos|unas|varios|varias|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|una|un) (?:dias|semanas?)"
_MONTHS_ES = r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
# Nothing later in the message says the problem is back, again, still there, worse or now
# (then what a billed or dated visit was for is current).
# ("back to himself", "back at soccer", "back home" are a recovery, not the problem back.)
_CURRENT_WORDS = (
    r"back(?!\x20(?:to\x20(?:himself|herself|themselves|myself|normal|school|work|baseline|his\x20old|her\x20old|[a-z]+ing(?![a-z]))|at\x20(?:school|work|soccer|practice)|home))"
    "|again|still|worse|now|otra vez|de nuevo|todavia|sigue|regreso|volvio"
)
_NOTHING_CURRENT_AFTER = rf"(?![\s\S]*(?<![a-z])(?:{_CURRENT_WORDS})(?![a-z]))"
# ... nor a "today" (a story of last night told to say what is happening today).
_NOTHING_CURRENT_OR_TODAY_AFTER = rf"(?![\s\S]*(?<![a-z])(?:{_CURRENT_WORDS}|today|tonight|this morning|hoy|ahora)(?![a-z]))"
# "coming back in the same spot", "its back in": a recurrence, not "back in March".
_NOT_COMING_BACK = r"(?<!coming\x20)(?<!came\x20)(?<!comes\x20)(?<!its\x20)(?<!is\x20)(?<!was\x20)(?<!are\x20)"
# Events (not symptoms) that "after my ..." / "despues del ..." date in the past.
_PAST_EVENTS = (
    r"(?:\w+ )?(?:heart attack|stroke|mini stroke|tia|overdose|suicide attempt|attempt|cardiac arrest|infarto|derrame|embolia|ataque|sobredosis|intento|paro cardiaco|paro)"
)

# (kind, direction, max words between trigger and target, pattern)
# Later in the sentence, the writer says what a paper lists is happening: 'the paper says call
# 911 for chest pain or trouble breathing and i have both right now' (quotes.py's rule, for the
# unquoted paper).
_LIVED_AFTER = (
    r"(?![^.!?\n]*(?:(?:and|but|y|pero) (?:i|he|she|we|yo|el|ella) (?:have|has|do|does|am|is|tengo|tiene) (?:both|all|that|those|these|it|them|eso|todo eso|ambos|las dos)(?![a-z])"
    r"|right now|happening now|ahora mismo))"
)
# Later in the sentence, the answer to a question asked was yes: "asked him if he wanted to die
# and he said yes". A condition or a question answered so is no longer hypothetical.
_ANSWERED_YES_AFTER = (
    r"(?![^.!?\n]*(?:said|says|admitted|answered|told (?:me|us|her|him)|dijo|contesto|respondio)(?: that)?"
    r" (?:yes|yeah|yep|si|que si|she (?:has|does|is|was|had)|he (?:has|does|is|was|had)|they (?:have|do|are))(?![a-z]))"
)
_TRIGGERS: tuple[tuple[str, str, int, str], ...] = (
    # -- negation, English
    # ("la bupre nor fina" is buprenorphine as voice-to-text writes it, not a "nor".)
    (NEGATED, FORWARD, 5, r"no|not|nor(?!\x20fina)|neither|never|nunca|jamas"),
    (
        NEGATED,
        FORWARD,
        10,
        r"denies|denied|deny|denying|negative for|without|free of|(?:dont|doesnt|didnt|do not|does not|did not) (?:have|has|had|feel|notice|get|see)(?: any)?"
        r"|(?:havent|hasnt|have not|has not) (?:had|been having|noticed|felt|seen|got|gotten)(?: any)?"
        r"|(?:has not|hasnt|have not|havent|did not|didnt|never) (?:said|mentioned|talked|spoken|expressed|voiced)(?: anything| any)?(?: about| of)?"
        # A parent's "I haven't heard anything about hurting himself".
        r"|(?:has not|hasnt|have not|havent|did not|didnt|never) (?:heard|seen|noticed|found)(?: him| her| them)? (?:anything|any talk|any sign|a word)(?: about| of)?"
        r"|(?:not|isnt|arent|wasnt) (?:having|experiencing|feeling|reporting)(?: any)?|no (?:signs?|evidence|history|symptoms|complaints?) of|none of|no more|nothing like"
        # "She says she doesn't want to hurt herself", "I haven't taken any more shots": the
        # negation word alone, since the red-flag phrase starts at "want" / "taken" and a
        # trigger overlapping it would not count. ("doesn't want to live" is its own phrase.)
        r"|(?:doesnt|does not|dont|do not|didnt|did not|wont|will not|wouldnt|would not|never)(?=\x20(?:want|wanna|plan|intend|mean)(?:\x20to)?\x20(?:hurt|harm|kill|end|cut|die)(?![a-z]))"
        r"|(?:isnt|is not|arent|wasnt|not)(?=\x20(?:planning|going|trying|wanting)\x20to\x20(?:hurt|harm|kill|end|cut)(?![a-z]))"
        r"|(?:havent|hasnt|have not|has not|didnt|did not)(?=\x20(?:taken|take|took|had|used)\x20any\x20(?:more|extra)(?![a-z]))"
        r"|(?:isnt|arent|wasnt|werent|hasnt|havent|not|never)(?:\x20been)?(?=\x20(?:(?:getting|gotten|got)\x20(?:any\x20)?(?:worse|bigger)|spreading|growing|changing)(?![a-z]))"
        r"|nothing(?=\x20worse\x20than\x20(?:usual|normal|always|before|last))"
        # "she didnt pass out and isnt throwing up": a contraction before a symptom it denies.
        # "he didnt hit his head" after a fall.
        r"|(?:isnt|wasnt|arent|werent|didnt|doesnt|hasnt|havent)(?=\x20(?:throwing\x20up|vomiting|pass(?:ing)?\x20out|passed\x20out|faint(?:ing|ed)?|dizzy|confused|drowsy|sleepy|lethargic|feverish|hit\x20(?:his|her|my|their)\x20head)(?![a-z]))",
    ),
    (NEGATED, BACKWARD, 4, r"none|denied|ruled out|is negative|was negative|not present|absent"),
    (NEGATED, BACKWARD, 1, r"free|free since"),
    # "I've had seizures before when I missed": "before" closing the clause dates it (not
    # "worse than before", "like never before").
    (HISTORICAL, BACKWARD, 1, r"(?<!than\x20)(?<!never\x20)(?<!ever\x20)(?<!like\x20)(?<!as\x20)before(?=\x20*(?:$|[.,;!?]|when\x20|if\x20|after\x20|with\x20|during\x20))"),
    # -- negation, Spanish
    (NEGATED, FORWARD, 5, r"no|ni|tampoco|nada de|ningun|ninguna|ninguno"),
    # "sin" negates the noun phrase after it ("sin dolor de pecho"), not the next clause
    # ("sin autorizacion y me tome la ultima hoy": the last dose is real).
    (NEGATED, FORWARD, 1, r"sin"),
    (
        NEGATED,
        FORWARD,
        10,
        r"niega|nego|niegan|no (?:tengo|tiene|tenia|tuvo|he tenido|ha tenido|hay|presenta|siento|siente|he sentido|ha sentido|me ha dado|le ha dado|le dio|me dio)"
        r"|no (?:ha|han) (?:dicho|mencionado|hablado) nada (?:de|sobre)",
    ),
    (NEGATED, BACKWARD, 4, r"negado|negativo|descartad[oa]|ninguno|ninguna"),
    # -- historical / resolved, English
    (
        HISTORICAL,
        FORWARD,
        10,
        # "Six months ago I couldn't get up a flight of stairs", "Last August I got stung":
        # unless what follows started then ("two months ago I started getting chest pain" is
        # still going on). Not weeks: "since starting it two weeks ago my legs ache", "had the
        # baby two weeks ago and she's bleeding" are now.
        r"(?:(?:\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple of|a couple|many) months|a month|one month) ago(?!,?(?:\x20[a-z]+){0,3}\x20(?:started|start|starting|began|begun|have been|has been|ive been|its been|keep|keeps|kept)(?![a-z]))"
        r"|last (?:january|february|march|april|may|june|july|august|september|october|november|december)"
        # "That was the day he swallowed the magnets and had the emergency endoscopy."
        r"|(?:that|this|it) was the (?:day|night|time|visit|weekend)(?: when| that)?"
        r"|history of|past history|in the past|used to|previously|no longer|(?:seen|treated|admitted|evaluated|discharged|was at|went to) (?:at|in|from|by|to) (?:the )?(?:[\w.]+ ){0,3}(?:er|ed|emergency room|emergency department|hospital|urgent care)|"
        + _NOT_COMING_BACK
        # ("In the last month" is a stretch up to now, not the past: "it got bigger in the last
        # month, this week it started bleeding on its own". "Come back in" is a visit asked for:
        # "need to see my regular doctor today or come back in".)
        + r"(?<!come\x20)(?<!coming\x20)(?<!go\x20)(?<!get\x20)back in(?! the same| that same| the spot)|as a (?:kid|child|baby|teen|teenager)|when i was (?:young|younger|little|a kid|a child|pregnant)|years ago|(?:a|one) year ago|last (?:year|spring|summer|fall|autumn|winter)|(?<!in\x20the\x20)(?<!over\x20the\x20)(?<!within\x20the\x20)(?<!for\x20the\x20)(?<!during\x20the\x20)last month"
        r"|(?:was|were|went|been|go|gone) (?:in|at|to) (?:the |an |a )?(?:er|ed|emergency room|hospital|urgent care)|(?:ended|wound) up (?:in|at) (?:the )?(?:er|ed|emergency room|hospital|urgent care) (?:with|for)|(?:from )?before (?:the|my|his|her) (?:bypass|surgery|stent|operation|procedure|ablation|transplant)"
        r"|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|with my (?:first|last|previous|other|older|oldest) (?:baby|pregnancy|child|son|daughter|delivery|kid)|(?<![a-z0-9]\x20)for (?:many |several |\d+ )?years(?! now)"
        r"|(?:en|con) (?:mi|su) (?:primer|ultimo|anterior|otro) (?:embarazo|bebe|parto|hijo|hija)|durante anos"
        # The reason for a visit already made: "I was seen at your walk-in clinic on February
        # 21 ... (fell on the pier", "seen by the NP for a fractured toe", "during my sprained
        # ankle visit", "ya termine las pastillas pa la infeccion". A "now", "again" or
        # "worse" after it makes what follows current (terminators).
        r"|(?:was|were|got|been) (?:seen|treated|checked out|stitched up|evaluated|admitted|hospitalized)(?: (?!er|ed|emergency|hospital|urgencias|emergencias)[a-z0-9]+){0,8} (?:for|with)"
        r"|(?:during|at) (?:my|his|her|the|our)(?=(?: [a-z]+){1,3} (?:visit|appointment|appt))"
        r"|(?:ya )?(?:termine|terminamos|termino|terminar|acabe|acabar|finished|completed|done with) (?:(?:las|el|los|la|my|the|his|her|all) )?(?:pastillas|antibiotic\w*|antibioticos?|tratamiento|medicina|course|meds|pills)(?: [a-z]+){0,2} (?:pa|para|de|for|del)"
        # The reason a referral names: "referral received for 15yo with heavy menstrual
        # bleeding. Unable to schedule: ..." (a "now" or "worse" after it is current).
        r"|referral (?:received |request |order )?(?:is )?for(?: (?:a|an|the|pt|patient|your|our|\d+ ?(?:yo|y o|year old|month old)|male|female|boy|girl|man|woman|child|teen))*(?: with)?"
        # What a bill or a code names is a visit already made: "billed for 'chest pain
        # evaluation, EKG'", "coded as a fall".
        r"|(?:billed|charged|coded|invoiced|cobraron|cobran)(?: me| us| him| her)? (?:for|as|por|como)"
        # "a bill for the emergency department visit on April 2 when I broke my wrist", "the
        # ER visit in oct when i got alcohol poisoning"; unless the message goes on to say it
        # is back, again, still there or worse (then what the visit was for is current).
        r"|(?:bill|statement|charge|charges|invoice|balance|eob|cobro|factura|cuenta)(?: [a-z0-9$,.]+){0,6} (?:er|ed|emergency room|emergency department|emergency|hospital|urgent care|ambulance|urgencias|emergencias) (?:visit|trip|stay|ride|visita)(?: [a-z0-9,]+){0,4} (?:when|for|after|because|cuando|por)"
        + _NOTHING_CURRENT_AFTER
        + r"|(?:visit|trip|stay|visita) (?:on|in|back in|from|en|del?) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
        + _MONTHS_ES
        + r")[a-z]*(?: \d{1,2})?,? (?:when|cuando)"
        + _NOTHING_CURRENT_AFTER
        # "the nurse who told us to call 911 last week when Sofi couldnt breathe" (a thank-you),
        # but not "worse since yesterday when it started".
        # (Nor "last night when she was screaming I had a thought of ..., and today I can't stop
        # thinking about it": today, in the same sentence, makes it current.)
        + r"|(?<!since\x20)(?<!desde\x20)(?:last (?:week|month|year|night|weekend)|the other (?:day|night|week)|la semana pasada|el mes pasado|el otro dia) (?:when|cuando)"
        + _NOTHING_CURRENT_OR_TODAY_AFTER
        # Already in hospital care for it: "my husband is in the hospital w chest pain since
        # last night" (cancelling a child's visit to be with him).
        + r"|(?:is|are|hes|shes|he is|she is|esta|estan|sigue) (?:still )?(?:in|at|en) (?:the |el |la )?(?:hospital|er|icu|emergency room|urgencias|emergencias)(?: \w+){0,3} (?:with|w|for|con|por)(?![a-z])"
        # ... or was, and is home: "ended up in the ER Sunday night with chest pains".
        + r"|(?:ended up|wound up|was|were|went) (?:in|at|to) (?:the )?(?:er|ed|emergency room|urgent care|hospital)(?: (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night| morning| afternoon| evening)?| last night| yesterday| over the weekend)(?: \w+){0,2} (?:with|for)(?![a-z])"
        # A clause that opens on a month and tells what happened then: "In December my
        # daughter had a bad asthma attack and we took her to the ER" (a bill's story), unless
        # the message goes on to say it is back, still there or worse.
        + r"|(?:in|en) (?:january|february|march|april|june|july|august|september|october|november|december|"
        + _MONTHS_ES
        + r"),? (?:[a-z]+ ){0,3}(?:had|was|were|went|got|took|tuvo|tuve|estuvo|fue|le dio|me dio)(?![a-z])"
        + _NOTHING_CURRENT_AFTER
        # A bill dated by the month of what it was for: "una cuenta ... es de diciembre cuando
        # me dio el derrame y me llevaron a emergencias" (unless it is back, still or worse).
        + r"|(?:bill|statement|invoice|charge|charges|cuenta|factura|cobro|recibo)(?: [a-z0-9$,.]+){0,10} (?:from|for|in|de|del|en) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
        + _MONTHS_ES
        + r")[a-z]*(?: \d{1,2})?,? (?:when|cuando)"
        + _NOTHING_CURRENT_AFTER
        # The visit already made and what it was for: "When I came in three weeks ago with the
        # swelling in my throat after the new antibiotic ... I've been completely fine since".
        + r"|(?:when|after) (?:i|we|he|she|they|my \w+) (?:came in|came to (?:the |your )?\w+|was in|was seen|went in|brought (?:him|her|them|me) in)(?: [a-z]+){0,2} (?:\d+|a|one|two|three|four|five|six|a few|a couple of|several) (?:days?|weeks?|months?) ago (?:with|for|because of)"
        + _NOTHING_CURRENT_AFTER
        # An event dated by its year: "records from my 2019 psych hospitalization (suicide attempt)".
        + r"|(?:my|his|her|their|the|mi|su|la|el) (?:19|20)\d\d(?=\x20[a-z])",
    ),
    (
        HISTORICAL,
        BACKWARD,
        6,
        r"last (?:year|spring|summer|fall|autumn|winter|time)|(?<!in\x20the\x20)(?<!over\x20the\x20)(?<!within\x20the\x20)(?<!for\x20the\x20)(?<!during\x20the\x20)last month|(?:\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|many|a couple of|couple of|a couple) (?:years|yrs|months) ago|years ago|months ago|in (?:19|20)\d\d|(?:from|back in|since) (?:19|20)\d\d"
        r"|(?:is|its|it is|are|was|has|have|had) (?:all |completely |totally |long )?(?:gone(?!\x20(?:kind\x20of\x20|sort\x20of\x20|a\x20bit\x20|really\x20|all\x20)?(?:green|yellow|brown|black|red|white|grey|gray|blue|purple|dark|bad|worse|numb|cold|hard|stiff|limp|quiet|pale|up|down))|resolved|cleared up|better now|went away|gone away)|went away|gone away|(?:completely |totally |all )?resolved|cleared up|(?:a little|a bit|much|way|slightly|a lot|lot|somewhat) better|improving|improved|getting better|(?:a|one|1) (?:year|month) ago"
        # A past episode in a named month or week, or with a reassurance after it.
        r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:week|wk|weekend)|(?:\d+|a|one|two|three|few|a few|couple of|a couple|a couple of|couple) (?:weeks|wks|wk) ago"
        # Already seen in hospital for it: "had an asthma attack and ended up in the ER".
        r"|(?:ended up|wound up|was|were|got) (?:in|at) (?:the )?(?:er|ed|emergency room|hospital|urgent care)|was (?:admitted|hospitalized)"
        # "had chest pains saturday so we took her to the ER", "had a seizure that morning and
        # was taken by ambulance to County General" (not "since that morning").
        r"|(?:took|brought|rushed) (?:him|her|them|me) (?:in )?to (?:the )?(?:er|ed|emergency room|hospital|urgent care)|(?:was|were) taken (?:by ambulance )?to(?: the)?(?: [a-z]+){0,2} (?:er|ed|emergency room|hospital|general|medical center)"
        r"|(?<!since\x20)(?<!desde\x20)that (?:morning|afternoon|evening|night|day|weekend)(?![a-z])"
        # Long-standing and unchanged: "slurred ..., nothing new there". ("ever since" and
        # "desde entonces" are NOT here: "fell yesterday and since then confused" is now.)
        r"|nothing new|(?:at|is) (?:his|her|my|their) baseline|same as always|unchanged"
        # "the cream worked, rash totally gone", "ya casi se quito".
        r"|(?:totally|completely|all) (?:gone|cleared up|better)|(?:ya )?casi (?:se )?(?:me |le )?(?:quito|paso|curo|desaparecio)"
        r"|in the (?:spring|summer|fall|autumn|winter)|this past (?:spring|summer|fall|autumn|winter|year)|scare|feel (?:great|fine|good) now"
        r"|turned out to be|(?:is|im|hes|shes|i am|he is|she is|they are|were|we are) (?:fine|ok|okay|doing (?:fine|well|great|good)) now|back to normal"
        r"|in the past|as a (?:kid|child|baby|toddler|infant)|"
        + _NOT_COMING_BACK
        + r"(?<!come\x20)(?<!coming\x20)(?<!go\x20)(?<!get\x20)back in (?!the same|that same|the spot|my|his|her)\w+|for (?:many |several |a few |\d+ )?years|since (?:childhood|birth|i was (?:a kid|little|young))|after my (?:stent|bypass|surgery)"
        # "he's home now and doing well"; "fully back to baseline now"; "I'm used to it";
        # "the chest tightness ... was a pulled pec muscle per urgent care".
        r"|(?:is |hes |shes |im |he is |she is )?(?:home|back home) now(?: and)? (?:doing )?(?:well|fine|good|ok|okay|great)|back to (?:his |her |my |their )?baseline"
        r"|(?:im|i am|hes|shes|he is|she is) used to it|was (?:just |only )?(?:a |an )?(?:pulled|strained|torn) (?:\w+ )?muscle|was (?:just |only )?(?:anxiety|a panic attack|reflux|heartburn|gas|indigestion)"
        r"|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs)|in (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)",
    ),
    # What an event of years ago left behind: "Dad had a stroke in 2021, which is why his speech
    # is a little slurred and his right hand is weak" (not "yesterday, and since then": now).
    (
        HISTORICAL,
        FORWARD,
        14,
        r"(?:in (?:19|20)\d\d|(?:\d+|a few|several|many|two|three|four|five|six|ten) (?:years|yrs) ago|years ago|last year|as a (?:kid|child|baby))[,;]? (?:which is why|thats why|that is why|and (?:ever )?since then|so now)"
        r"|(?:en (?:19|20)\d\d|hace (?:\d+|unos|varios|muchos|dos|tres|cuatro|cinco) anos|el ano pasado)[,;]? (?:por eso|y desde entonces|y de ahi)",
    ),
    # An event that now needs rehabilitation is over: "le dio un derrame y necesita terapia",
    # "had a stroke and needs rehab" (asking about coverage for the therapy).
    (
        HISTORICAL,
        BACKWARD,
        2,
        r"(?:y |and )?(?:necesita|ocupa|needs|need|para|for) (?:la |su |some |physical |speech |occupational )?(?:terapia|terapias|rehabilitacion|rehab|therapy|fisioterapia)(?: fisica| del habla)?(?![a-z])",
    ),
    # Already in hospital care, the writer beside the patient: "a mi suegra le dio un derrame y
    # estamos en el hospital con ella" (cancelling a visit to be there).
    (
        HISTORICAL,
        BACKWARD,
        8,
        r"(?:estamos|estoy|estuvimos|estuve|we are|were|we re|im|i am|we were|i was) (?:still |todavia |aun )?(?:(?:todo el dia|toda la noche|all day|all night) )?(?:en|in|at) (?:el |la |the )?(?:hospital|icu|emergency room|urgencias|emergencias|terapia intensiva)(?: \w+){0,3} (?:con|with|w) (?:ella|el|him|her|them|ellos|ellas|mi \w+|my \w+)(?![a-z])",
    ),
    # ... or the patient already admitted, said after the event: "a mi esposo le dio un infarto
    # anoche y esta internado" (cancelling the writer's own visit).
    (
        HISTORICAL,
        BACKWARD,
        8,
        r"(?:y |and )(?:ya )?(?:esta|sigue|lo|la|is|hes|shes|he is|she is|is still|was) (?:internad[oa]|hospitalizad[oa]|internaron|hospitalizaron|admitted|in the hospital|en el hospital|in the icu|en terapia intensiva)(?![a-z])",
    ),
    # A past-tense event dated by a bare weekday, right after it: "my cousin overdosed fri and
    # i was at the hospital w him all weekend" (not "bleeding since friday", nor a symptom
    # followed by the day of an appointment: "chest pain, can i come in friday").
    (
        HISTORICAL,
        BACKWARD,
        0,
        r"(?<=ed\x20)(?:on\x20)?(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)(?:\x20(?:night|morning|afternoon|evening))?(?![a-z])",
    ),
    # Deaths, admissions and discharges are past events: "died of a heart attack",
    # "fue dada de alta tras ingreso por sobredosis", "murio de un infarto".
    (
        HISTORICAL,
        FORWARD,
        6,
        r"died (?:of|from)|passed away (?:from|of|after)|lost (?:my|her|his|our) \w+ to|(?:admitted|hospitalized|hospitalised|(?<!being\x20)(?<!currently\x20)(?<!still\x20)treated|seen) for|discharged|"
        # "That was the ER visit for chest pain at St. Mary's" (a bill's story).
        r"(?:was|that was|for|from|about) (?:the|an|my|his|her|their) (?:er|ed|emergency room|emergency department|urgent care) (?:visit|trip|stay) (?:for|with)|"
        # "was hospitalized at St. Brendan's in June for suicidal thoughts"; "was sent from clinic
        # to ER by ambulance for chest pain" (a bill's story).
        r"(?:was|were) (?:sent|taken|transferred|rushed|transported)(?: from [\w.']+(?: [\w.']+)?)? to (?:the )?(?:er|ed|emergency room|emergency department|hospital)(?: by ambulance)? (?:for|with)|"
        r"(?:was|were) (?:admitted|hospitalized|hospitalised) (?:at|to|in) (?!(?:the\x20)?(?:moment|now)(?![a-z]))[\w.']+(?: [\w.']+){0,2}(?: (?:in|last|back in|on) [\w.']+(?: \d{1,2})?)? for|"
        # ... and with the dates of the stay: "was admitted to Mercy General January 8-11 after I
        # vomited blood", "hospitalized at Mercy Behavioral Health from January 12-20 after".
        r"(?:was|were) (?:admitted|hospitalized|hospitalised) (?:at|to|in) (?!(?:the\x20)?(?:moment|now)(?![a-z]))[\w.']+(?: [\w.']+){0,3}(?: from)? (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}/\d{1,2})(?: [\d/]+){0,2} (?:after|for|with|because)|"
        r"(?:seen|treated|evaluated|checked) (?:here |there |in clinic |at urgent care )?(?:yesterday|last (?:week|night)) for|"
        r"muri\w* (?:de|por)|falleci\w* (?:de|por)|ingres\w* por|hospitalizad[oa] por|internad[oa] por|(?:dad[oa]|dio|dieron) de alta",
    ),
    # "a really rough patch in March with suicidal thoughts": a past episode told.
    (
        HISTORICAL,
        FORWARD,
        10,
        r"(?:a |one |that )?(?:really |very )?(?:rough|bad|hard|dark|tough) (?:patch|time|period|spell|stretch)(?= (?:in|last|back in|during|after) )",
    ),
    # A thank-you for having called 911 is about an emergency that is over: "thank you for
    # recognizing that my reaction was serious and calling 911 right away ... fully recovered".
    (
        HISTORICAL,
        FORWARD,
        24,
        r"(?:thank you|thanks|thank u|thx|gracias|to thank|grateful)(?: so much| again| both)?(?: (?:for|por|the|a|our|your))?(?=(?: [a-z0-9]+){0,22} (?:calling|called|dialing|llamar|llamaron|call) (?:911|9 1 1|an ambulance|the ambulance|the paramedics|ems|a la ambulancia))",
    ),
    # "Fever broke by morning": the fever is over.
    (HISTORICAL, BACKWARD, 1, r"(?<=fever\x20)(?:broke|has broken|finally broke)|(?<=fiebre\x20)(?:se (?:le |me )?)?(?:quito|rompio)"),
    # "after my heart attack", "despues del infarto", "two years since my suicide attempt",
    # "an old lacunar infarct": the event itself is dated in the past. Only event nouns, so
    # "dizzy after the chest pain started" stays current.
    (
        HISTORICAL,
        FORWARD,
        1,
        # ("desde el derrame a veces llora o se rie sin razon", "evaluacion despues de derrame cerebral".)
        rf"(?:after|since) (?:my|his|her|their|a|an|the)(?= {_PAST_EVENTS})|(?:despues|luego) (?:del|de(?: (?:su|mi|la|el|un|una))?)(?= {_PAST_EVENTS})|tras (?:el|la|su|mi|un|una)(?= {_PAST_EVENTS})"
        rf"|desde (?:el|la|su|mi|que (?:le|me|les) dio (?:el|la|un|una|su))(?= {_PAST_EVENTS})"
        rf"|(?:years|months|weeks|anos|meses|semanas) since|(?:an|the|a|his|her|my|un|una|el|la) (?:old|prior|previous|previo|previa)(?= {_PAST_EVENTS}|(?: \w+)? (?:infarct|lacunar))",
    ),
    (
        HISTORICAL,
        FORWARD,
        10,
        r"hace (?:un|una|1) (?:ano|mes)|del ano pasado|de hace (?:un ano|anos|meses)|(?:cuando|when) (?:lo|la|me|le|les|they|he|she|i) (?:vieron|atendieron|revisaron|internaron|hospitalizaron|saw|seen|treated|admitted|was seen|was treated|was admitted)"
        r"|(?:when )?(?:i|he|she|we|they|mom|dad) (?:thought|believed|was sure|were sure) (?:i|he|she|it|we|they) (?:was|were|had|might be|could be)",
    ),
    # -- historical / resolved, Spanish
    (
        HISTORICAL,
        FORWARD,
        10,
        r"(?<!desde\x20)(?:el mes pasado|la semana pasada|el fin de semana pasado|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado)(?! (?:empe|comen|se (?:me |le )?empez)\w*)|"
        rf"(?:del|el) \d{{1,2}} de (?:{_MONTHS_ES})|"
        r"antecedentes? de|historial de|historia de|en el pasado|anteriormente|solia|de (?:nino|nina|chiquit[oa]|joven|pequen[oa])|el ano pasado|hace (?:\d+|unos|varios|muchos|algunos|un par de|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte) (?:anos|meses)|hace anos|ya (?:se )?(?:me |le )?(?:quito|paso|curo|fue|desaparecio)",
    ),
    (
        HISTORICAL,
        BACKWARD,
        6,
        r"cuando (?:era|eramos|estaba|estaban) (?:bebe|bebes|nin[oa]s?|chiquit[oa]s?|joven|jovenes|pequen[oa]s?|adolescentes?|muchach[oa]s?|chamac[oa]s?|chav[oa]s?|estudiantes?)|en (?:la )?(?:prepa|secundaria|preparatoria|universidad)|"
        r"when (?:i|he|she) was (?:a teen|a teenager|in high school|in college|in middle school|in my teens|in (?:his|her) teens)|in (?:high school|college|my teens|my twenties)|nada nuevo|igual que siempre|sin cambios|"
        r"(?:ya )?(?:esta|estoy|estamos) (?:bien|mejor) (?:ahora|ya)|ya (?:esta|estoy) bien|resulto ser|la semana pasada|hace (?:\d+|una|dos|tres|unas) semanas?|"
        r"el ano pasado|hace (?:un|una|1) (?:ano|mes)|(?:hace|desde hace) (?:\d+|unos|varios|muchos|algunos|un par de|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte)?(?: )?(?:anos|meses)|en (?:19|20)\d\d|ya (?:se )?(?:me |le )?(?:quito|paso|curo|fue|desaparecio)|se (?:me |le )?quito|se (?:me |le )?paso|desaparecio|se resolvio|de (?:nino|nina|chiquit[oa]|joven)",
    ),
    (
        HISTORICAL,
        BACKWARD,
        2,
        # "tuvo el derrame en marzo", "tuvo un infarto a los 58", "infarto lacunar antiguo",
        # "el dolor de pecho fue por la ansiedad".
        r"when (?:he|she|i|we|they) (?:was|were) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a baby|a toddler|a kid|little|young|younger)|"
        r"cuando (?:tenia|era) (?:\d+|un ano|dos|tres|cuatro|cinco|bebe|chiquit[oa]|nin[oa])|"
        rf"en (?:{_MONTHS_ES})|a los (?:\d\d|(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\w*)(?: anos)?(?! (?:min|mins|minutos|horas|dias|segundos|semanas))|antigu[oa]s?|previ[oa]s?|fue (?:por|de|del|debido a)|era (?:por|de|del)"
        r"|was (?:due to|caused by)|(?:a )?couple(?: of)? weeks ago|at (?:age|the age of) \d+"
        # Numb from the dentist's injection, and wearing off.
        r"|(?:after|from) (?:the |my |a )?(?:dentist|dental \w+|novocaine|numbing \w+|lidocaine|anesthesia|filling|root canal|extraction)|(?:its |is )?(?:wearing|wore) off|(?:se (?:me|le) )?(?:esta )?(?:quitando|pasando) la anestesia",
    ),
    (
        HISTORICAL,
        BACKWARD,
        3,
        # "chest pain workup (negative, doing well)", "todo bien", "everything went fine".
        r"(?:workup|work up|evaluation|eval|tests?|testing|ekg|ecg|troponins?|stress test|estudios?|analisis)(?: [a-z]+){0,2} (?:was |were |came back |all )?(?:negative|normal|unremarkable|clear|negativos?|normales?)"
        r"|(?:y )?todo (?:bien|salio bien)|all good|everything (?:is |was |went |turned out )?(?:fine|ok|okay|good|well)",
    ),
    (
        HISTORICAL,
        FORWARD,
        3,
        # (Not a medicine from there: "since starting the antibiotic from the hospital, getting weak".)
        r"(?<!antibiotic\x20)(?<!antibiotics\x20)(?<!meds\x20)(?<!medicine\x20)(?<!medication\x20)(?<!pills\x20)(?<!prescription\x20)(?<!mg\x20)"
        r"(?:after|since|from) (?:(?:my|his|her|the|their|a|an) )?(?:er|ed|emergency room|hospital|urgent care|hospital stay|admission)(?: visit| stay| trip)?",
    ),
    (
        HISTORICAL,
        BACKWARD,
        6,
        # "bien" only as "well" ("ya esta bien."), not as "very" ("esta bien tomado" = very drunk).
        # "no reactions since", "from before the bypass never came back", "el mes pasado".
        r"(?:no|none|not any) (?:more )?(?:reactions?|problems|episodes|attacks|seizures|issues|symptoms|trouble) since|never came back|never returned|(?:hasnt|has not|havent|have not) (?:come back|returned)|no (?:ha|han) vuelto|nunca (?:volvio|regreso)|"
        # (Not "go back to the lab today for a recheck before my surgery Thursday": ahead.)
        r"(?:from|had|felt|had it|like) before (?:the|my|his|her) (?:bypass|surgery|stent|operation|procedure|ablation|transplant)|"
        r"el mes pasado|la semana pasada|el fin de semana pasado|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|"
        rf"(?:del|el) \d{{1,2}} de (?:{_MONTHS_ES})|ya (?:esta|estoy|estamos) en (?:su |mi )?casa y bien|ya (?:estoy|esta|estamos) acostumbrad[oa]s?|"
        # "the chest pain she was followed for was dx'd as costochondritis", "siempre lo ha tenido asi".
        r"(?:was |were |got |been )?(?:dxd|dx d|diagnosed|found to be|determined to be)(?: as| with)?|siempre (?:lo|la|le) ha tenido|(?:always|since birth) (?:had|has had) (?:it|this|that)|de nacimiento|since (?:he|she) was born|"
        r"(?:y )?(?:ahora )?(?:ya )?(?:estoy|esta|estamos|me siento|se siente|me encuentro|se encuentra) (?:mucho |muy |bastante )?"
        r"(?:mejor|recuperad[oa]|bien(?=\x20*(?:$|[.,;!?\n])|\x20(?:ahora|ya|gracias|de salud|otra vez|y\x20|pero)))",
    ),
    # -- hypothetical
    # A condition usually governs its whole clause, hence the longer reach.
    # 20 words: "if my daughter's seizure ever lasts more than five minutes, do we give the
    # rescue medicine first or call 911?" is one conditional question, end to end.
    # (Not an indirect question answered yes: "the nurse asked him if he was thinking of killing
    # himself and he said yes" is a positive screen, now.)
    (HYPOTHETICAL, FORWARD, 20, r"(?:if (?:i|im|ive|he|hes|she|shes|we|were|you|youre|my|the|it|its|they|theyre|this|that|there|his|her|ever|mom|dad|mommy|daddy|grandma|grandpa|baby|someone|anyone|\w+(?= (?:ever|has|have|had|gets|get|got|is|was|starts|feels|needs|stops|goes|becomes)(?![a-z])))|in case|in the event)" + _ANSWERED_YES_AFTER),
    (
        HYPOTHETICAL,
        FORWARD,
        10,
        # "the one that lists when to call (fever, heavy bleeding ...)", "what temperature
        # would mean I should call" (the word itself, so the trigger ends before the flag),
        # "the question about thoughts of harming myself" on a check-in questionnaire.
        r"when(?=\x20to\x20(?:call|go|worry|come\x20in|seek)(?![a-z]))|"
        # Discharge instructions pasted back: "Call us with fever over 101, increasing redness".
        r"(?:call|contact|notify|page) (?:us|the office|the clinic|our office|your (?:doctor|surgeon|provider|team|midwife))(?: right away| immediately| promptly)? (?:with|for)(?=\x20)|what(?=\x20(?:temperature|temp|fever|number|reading)\x20(?:would|should|is|counts|means)(?![a-z]))"
        r"|(?:question|questions|questionnaire|screening|screener) (?:about|asking (?:about|if|whether)|on|that asks (?:about|if|whether))|"
        r"when (?:should|do|would) (?:i|we) (?:worry|go|call|come)|what (?:are the )?(?:signs|symptoms|warning signs) (?:of|that)|how (?:do|can|would|will) (?:i|we) (?:know|tell) (?:if|when|that)|(?:signs|symptoms|warning signs) of|watch (?:out )?for|look out for"
        r"|(?:could|can|does|will|would) (?:it|this|that|the \w+|these|those) (?:cause|give|lead to|make)|(?:can|could|may|might|will|does|do) (?:cause|causes|lead to|give you|increase|raise|worsen|trigger)|"
        # A medicine's warning label quoted: "a label saying it may increase suicidal thoughts".
        # A form's question quoted back: "your new patient form asks 'have you ever had a
        # severe allergic reaction (anaphylaxis)?'". Printed papers that "say" it, plural, only
        # after "papers" ("discharge papers from my stroke admission say 'Call 911 for...'"):
        # "my OPAT instructions say to call the same day if it's above 20" is an instruction
        # the result then met (z60-175).
        r"(?:(?:form|forms|formulario|questionnaire|cuestionario|intake)(?: \w+){0,8} (?:asks|asked|asking|pregunta|preguntaba|says|said|dice)" + _LIVED_AFTER + r")|(?:count|counts|counted) as|cuenta como|have you ever (?:had|been|experienced)|(?:has|have) (?:he|she|they|your child|your son|your daughter) ever had|(?:ha|has) tenido alguna vez|alguna vez (?:ha|has) tenido|"
        r"(?:(?:label|labels|warning|warnings|insert|leaflet|pamphlet|handout|box|summary|instructions|paperwork|paper|papers|(?<!as\x20a\x20)sheet|avs|(?:seizure |action |care |emergency |asthma |allergy )plan|protocol|etiqueta|advertencia|instructivo|folleto|caja|hoja|instrucciones|papeles|papel|papelito)(?: \w+){0,10} (?:says|said|saying|that says|warns|warned|mentions|lists|dice|decia|que dice|advierte|menciona|about|sobre)|(?:papers|paperwork|papeles)(?: [\w.']+){0,7} say)" + _LIVED_AFTER + r"|(?:risk|chance|chances|odds) of|to prevent|prevent|(?:worried|afraid|scared) (?:of|about) (?:getting|having)|might (?:get|have|develop)",
    ),
    (
        HYPOTHETICAL,
        FORWARD,
        20,
        # (The verb as a look-ahead: "si le vuelve a dar una convulsion" is the phrase itself.)
        r"si(?=\x20(?:\w+\x20)?(?:vuelv\w*|volvier\w*|llego\x20a|llega\x20a|tuvier\w*|sintier\w*|empiez\w*|sigue)(?![a-z]))|si (?:a (?:mi|su|el|la)|alguna vez|algun dia|por alguna razon|tengo|tiene|tuviera|vuelve|siento|siente|empieza|empiezo|llega|sube|hay|presenta|da|pasa|sigue|sigo)"
        # Only "si" itself when a pronoun or article follows: the red-flag phrase may start
        # there ("si me falta el aire", "si le duele el pecho"), and a trigger overlapping
        # the phrase would not count.
        r"|si(?=\x20(?:me|le|te|nos|les|el|la|mi|su|se (?:pone|le|me|vuelve))(?![a-z]))|en caso de|por si|y si|cuando (?:debo|debemos|tengo que) (?:preocupar|ir|llamar)|cuando(?=\x20(?:llamar|ir|preocuparse)(?![a-z]))|(?:pregunta|preguntas|cuestionario) (?:de si|sobre|que pregunta (?:si|sobre)|acerca de)|que temperatura(?=\x20(?:es|seria|debe|cuenta))|(?:senales|sintomas|signos) de(?: que)?|como (?:se|sabre|sabemos|puedo saber) (?:si|que|cuando)|riesgo de|puede (?:causar|dar|provocar|aumentar|empeorar|hacer que)|para prevenir|prevenir|podria (?:tener|darme|darle|causar)",
    ),
    # An effect a clinician said to expect is not a new sign: "they said my arm would be numb
    # for 12-18 hours" (a nerve block). Only "would / will / should be" and an expected
    # effect: "the doctor said it could be a stroke" is a clinician's alarm, not a forecast.
    (
        HYPOTHETICAL,
        FORWARD,
        6,
        r"(?:said|told (?:me|us|him|her|them)|was told|were told|explained|warned (?:me|us))(?: that)?"
        r"(?=(?:\x20[a-z]+){1,3}\x20(?:would|will|should)\x20(?:be|feel|stay)\x20(?:numb|sore|swollen|bruised|tingly|weak|heavy|asleep)(?![a-z]))",
    ),
    # Learning about an emergency is not having one: "learn how to handle severe bleeding",
    # "clases de RCP", "que hacer si se pone morada", "worried about overdosing".
    (
        HYPOTHETICAL,
        FORWARD,
        10,
        r"(?:learn|learning|teach|teaching|taught|train|training|aprender|ensenar|ensenaron|capacitar\w*)(?: [a-z]+){0,3} (?:how to|what to do|about|to (?:handle|recognize|recognise|treat|respond)|a (?:manejar|reconocer|tratar|atender)|como|que hacer)"
        r"|how to (?:handle|recognize|recognise|respond to|spot|tell if)|what to do (?:if|when|in case)|what (?:i|she|he|we|they|you) (?:should|would|could|can) do (?:if|when|in case)|(?:class|classes|course|training|workshop|clase|clases|curso|taller|capacitacion) (?:on|in|about|for|de|sobre|en)"
        # A screening question asked, by the staff or by the writer ("I did ask her directly
        # whether she's had any thoughts of hurting herself and she said no"); not when the
        # answer was yes, later in the sentence ("... and he said yes").
        r"|(?:(?:nurse|doctor|dr|they|she|he|staff|provider|someone|pa|np|la enfermera|el doctor|la doctora)(?: [a-z]+){0,2} (?:asked|asks|asking|pregunto|preguntaron)(?: me| him| her| nos| me)?"
        r"|(?:i|we) (?:did |have |had |also |then )?(?:ask|asked)(?: (?:her|him|them|my \w+|our \w+))?(?: directly| point blank| straight out| outright| again)?)"
        r" (?:about|if|whether|sobre|si)" + _ANSWERED_YES_AFTER +
        r"|que hacer (?:si|cuando|en caso)|que (?:debo|debemos|tengo que|hay que) hacer (?:si|cuando|en caso)|(?:questionnaire|screening|survey|cuestionario|formulario|phq\w*)(?: [a-z0-9]+){0,6} (?:asked|asks|asking|pregunt\w*)(?: me)? (?:about|if|whether|sobre|si)"
        r"|me pregunt\w* (?:si|sobre)|(?:asked|asks) me (?:if|whether|about)"
        # Instructions for a future emergency: "seek emergency care for bleeding that won't stop".
        r"|(?:seek|get|go for) (?:emergency|immediate|urgent) (?:care|help|attention|treatment) (?:for|if)|call 911 (?:for|if)|(?:llame|llamar|llamen) al 911 (?:si|en caso|por)",
    ),
    (
        HYPOTHETICAL,
        FORWARD,
        2,
        r"(?:worried|afraid|scared|nervous|preocupad[oa]|miedo|temor) (?:of|about|de|por)(?= (?:an? |un |una )?(?:overdos\w*|sobredosis|heart attack|stroke|infarto|derrame))",
    ),
    # A form field answered "no": "Chest pain?: No", "Dolor de pecho: no", "SOB - denies".
    # The answer covers the whole question, however many signs it lists: "Are you having
    # chest pain, shortness of breath, or other urgent symptoms right now? No."
    (
        NEGATED,
        BACKWARD,
        16,
        # \x20, not " ": _wrap() turns spaces into separator classes, and look-behinds need
        # a fixed width.
        r"(?:(?<=\?)|(?<=:)|(?<=\?\x20)|(?<=:\x20)|(?<=-\x20)|(?<=\?:\x20))(?:no|none|denies|denied|negative|ninguno|ninguna|nada|niega|negativo|not at all|never|nunca|para nada)(?=\x20*(?:$|\n|[.,;|]))",
    ),
    # Figures of speech: "casi me da un infarto con la cuenta", "nearly gave me a stroke".
    # Only before the words of the idiom itself (look-ahead: the trigger must not overlap
    # the red-flag phrase): "the shot is giving me a swollen throat" stays a red flag.
    (
        HYPOTHETICAL,
        FORWARD,
        4,
        r"(?:(?:casi|por poco|nearly|almost) (?:me |le )?(?:da|dio|daba|gave|give|gives|had|have)(?: me)?|(?:giving|gave|give|gives|going to give|gonna give) me|me va a dar)"
        r"(?= (?:a |an |un |una )?(?:heart attack|stroke|coronary|aneurysm|infarto|ataque al corazon|derrame|paro|soponcio))",
    ),
    # Asking WHETHER or WHEN to call 911 is not calling it ("how long should I wait before
    # calling 911?"); any real danger in the same message is flagged by its own words.
    (
        HYPOTHETICAL,
        FORWARD,
        2,
        r"(?:before|whether to|when to|when should (?:i|we)|should (?:i|we)|do (?:i|we) (?:need to|have to)|(?:am i|are we) (?:supposed|meant) to|or(?: (?:do|should) (?:i|we)(?: just)?)?|wait to)(?= (?:call|calling|dial|dialing) (?:911|9 1 1|an ambulance))"
        r"|(?:antes de|cuando debo|debo|o)(?= (?:llamar|marcar|llamo|marco|le hablo) (?:al )?(?:911|una ambulancia))",
    ),
    # -- experiencer other than the patient (family members deliberately absent)
    (OTHER_PERSON, FORWARD, 12, _OTHER_PEOPLE_EN),
    (OTHER_PERSON, FORWARD, 12, _OTHER_PEOPLE_ES),
)

# Look like triggers, are not ("not sure if", "won't go away", "no puedo": can't = affirms).
_PSEUDO_TRIGGERS = (
    _OBSERVER + "|" + _CONFIDANT
    # "worse than when i was in the hospital in march": a comparison that affirms the symptom.
    # (Not "is that better or worse than last time?", a result compared.)
    + r"|(?:worse|as bad|badder|more painful|harder) (?:than|as) when (?:i|he|she|we|they) (?:was|were|went|had)(?: [\w']+){0,5}"
    # "can't get through a sentence without stopping to catch my breath": the need affirms.
    + r"|(?:cant|cannot|can not|couldnt|could not) (?:really |even |barely )?(?:get through|finish|say|talk|walk|make it|speak|climb|go)(?: [\w']+){0,4} without"
    # "wont cover the insulin pens without a prior authorization": a missing paper, not a denial.
    + r"|without (?:a |an |the )?(?:new )?(?:prior auth\w*|pa|prescription|script|rx|referral|approval|authorization)"
    # "can someone send it today": a request, not someone else's problem.
    # "if they deny me again": refusing benefits, not a patient's denial of a symptom.
    + r"|(?:they|insurance|medicaid|medicare|disability|would|will|could|might|to|again|if they) den(?:y|ied|ies) (?:me|us|him|her|them|my|our|it|coverage|the claim|benefits)"
    + r"|(?:can|could|would|will|please|pls|need|have|may) (?:someone|somebody|anyone)|(?:someone|somebody) (?:please|pls|call|text|get back|help|let me know|tell me)"
    # "never had pain like this": a comparison that affirms the symptom.
    + r"|never (?:had|felt|seen|experienced|been) (?:\w+ ){0,5}(?:like (?:this|that)|this (?:bad|much|short|sick|weak))|nunca (?:habia|he|ha|hemos) (?:tenido|sentido|visto) (?:\w+ ){0,5}(?:asi|como (?:este|esta|esto))"
    # "feels like it belongs to someone else": a simile about the writer's own body.
    + r"|(?:belong|belongs|belonged) to (?:someone|somebody) else|like (?:someone|somebody) else(?:s)?|de (?:alguien|otra persona)(?: mas)?(?=\x20*(?:$|[.,;]))|como si (?:fuera|fueran) de (?:alguien|otra persona)"
    # "just doesn't feel right", "no se siente bien": a complaint, not a denial.
    + r"|(?:doesnt|dont|didnt|does not|do not|did not) (?:feel|look|seem|act|sound) (?:right|good|well|normal|ok|okay|like (?:himself|herself|myself|themselves))"
    + r"|no (?:se siente|me siento|se ve|lo veo|la veo|estoy|esta) bien"
    # "no esta hablando bien", "isn't talking right": how badly something works, a complaint.
    + r"|no (?:esta|estaba|puede|podia|anda) (?:hablando|caminando|respirando|viendo|comiendo|moviendo\w*) bien"
    + r"|(?:isnt|wasnt|is not|was not|not|arent) (?:talking|speaking|walking|breathing|making sense|acting|moving \w+) (?:right|well|normal|normally|clearly|properly)"
    + r"|none at (?:rest|night|the moment)|ninguna en reposo"
    r"|since last \w+|starting last \w+|no,|not,|no one"
    # "desde que el doctor me subio la furosemida la semana pasada me siento mareada": since
    # then, not back then.
    r"|desde (?:que )?(?:[a-z]+ ){0,12}(?:la semana pasada|el mes pasado|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado)"
    # "mas que la semana pasada", "worse than last week": a comparison, worse now.
    r"|(?:mas|peor|worse|more) (?:que|than) (?:la semana pasada|el mes pasado|ayer|antes|last week|last month|yesterday|before)"
    # The date belongs to the treatment: "fiebre de 39 y me dieron quimio hace una semana".
    r"|(?:quimio\w*|chemo\w*|infusion|radiacion|radiation|tratamiento)(?: [a-z]+){0,2} (?:hace|fue hace) (?:una|un|\d+|dos|tres|cuatro|cinco) (?:semanas?|dias?)"
    r"|(?:chemo\w*|infusion|radiation|treatment) (?:was )?(?:\d+|a|one|two|three|four|five) (?:days?|weeks?) ago"
    # Who found or brought the patient is a witness: "found in the bathroom by a teacher with deep cuts".
    r"|(?:found|seen|noticed|brought in|walked in on|discovered)(?: [a-z0-9]+){0,5} by (?:a|the|his|her|their|my) (?:teacher|coach|nurse|coworker|co worker|friend|neighbor|neighbour|roommate|staff member|staff|parent|security guard|guard|counselor|aide|classmate)"
    # The past was the better time: "la semana pasada iba mejorando" (so it is worse now).
    r"|(?:la semana pasada|el mes pasado|ayer|antes|last week|yesterday|before) (?:iba|estaba|se veia|was|were|it was) (?:mejor\w*|bien|better|fine|improving|getting better)"
    # ... and in English: "since starting the acne medicine last month my son has been down".
    r"|since (?:i |he |she |we |they )?(?:starting|started|start|began|beginning|switching|switched|going on|went on)(?: [a-z0-9]+){0,5} (?:last (?:week|month|year|spring|summer|fall|autumn|winter)|(?:\d+|a|one|two|three|four|five|six|a few|a couple of|several) (?:days?|weeks?|months?|years?) ago)"
    # Similes describe the sensation, they are not conditions: "feels as if", "como si".
    r"|como si|as if|as though|like if"
    # ... and the someone in one is nobody else: "feels like somebody parked a truck on my chest".
    r"|(?:like|as if|as though|como si) (?:someone|somebody|alguien)"
    # Emphasis, not negation: "no puede ni hablar" = cannot even talk.
    r"|no (?:puedo|puede|podia|pudo|podemos) ni|ni siquiera|cant even|cannot even|can not even"
    # A comparison with a past episode describes the current one: "pressure like when I
    # had my heart attack in 2020, but worse" is happening now.
    r"|(?:like|as|same as|similar to|just like|igual que|parecido a|como) (?:when|the time|the last time|last time|cuando|la vez que|la ultima vez)(?: [a-z0-9]+){0,8}"
    # "not breathing", "not eating": the absence is the symptom. But "not soaking pads",
    # "not thinking about hurting myself", "not vomiting" deny one.
    # ("I'm not going to hurt myself or anyone" denies, like "not planning".)
    # ("hes not talking about hurting himself" denies too, as does "not hurting himself".)
    r"|not (?!having|experiencing|feeling|reporting|noticing|getting any|seeing|thinking (?:about|of)|talking (?:about|of)|saying|mentioning|planning|going to (?:hurt|harm|kill|do anything|act on|end)|hurting|harming|cutting|hitting|biting|banging|soaking|bleeding|vomiting|throwing up|coughing up|passing out|fainting|running a|getting (?:any )?worse)\w+ing|no quiere|no (?:appetite|energy|wet diapers?|urine|bowel movement)|sin (?:apetito|ganas de comer)"
    r"|denied by|(?:claim|auth\w*|rx|prescription|request|coverage|insurance|ins|it) (?:was |is |got |has been )?denied|nobody|no idea|not sure|no doubt|not only|no matter|no change|no wonder|no relief|no improvement|no better|not normal|isnt normal"
    # ("not getting worse" is a denial: the look-ahead leaves it to the plain "not".)
    r"|not (?:getting|gotten|improving|helping|going away|stopping|working|better|going down|coming down)(?! (?:any )?worse)(?: any)?(?: better)?"
    r"|(?:doesnt|didnt|dont|wont|will not|isnt|hasnt|cant|couldnt) (?:help|helping|helped|stop|stopping|go away|get better|come down|go down|work|working|quit|seem to help)"
    r"|(?:is|its|it is|was|would it be|will it be) (?:it )?(?:ok|okay|alright|all right|normal|bad|safe|dangerous|serious|fine|a problem) (?:if|that)|(?:es|esta) (?:normal|grave|peligroso|malo) (?:que|si)"
    # ("Only if" is a condition after all when what it waits for is to come: "do i need to come
    # back in or only if the cough hangs around?")
    r"|(?:dont|do not|didnt) (?:know|think)(?: if| whether| what| how)?|(?:wondering|wonder|unsure|see|check|ask|asking|know|tell me|let me know|call me|text me|even|as|like) if|if (?:you|u) (?:can|could)|no (?:answer|reply|response)"
    # A finding an X-ray or a test denied is the denial's whole object: "(u did the xray, said
    # no fracture) my chest feels squeezed" (the brackets are gone once normalised).
    r"|(?:said|showed|shows|was|were|came back|salio|dijo) (?:no|sin) (?:fractures?|breaks?|broken bones?|fractura|fracturas|hueso roto)"
    r"|only if(?!(?: [a-z]+){1,4} (?:hangs? around|persists?|lingers?|continues?|keeps? (?:up|going|on)|gets? worse|doesnt (?:go away|get better|improve|clear up)|comes? back|returns?|is still there|still there)(?![a-z]))"
    r"|no se (?:si|que|como|cuando|donde|por que|porque)|no sabemos|no sabia|nadie|no estoy segur[oa]|no es normal|no es la primera vez"
    # Which language someone speaks, not a symptom denied: "no habla ingles y la voz le sale rara".
    r"|(?:no|doesnt|dont|does not|do not|cant|cannot) (?:habla\w*|lee|leo|speaks?|reads?) (?:mucho |much |bien |good |well )?(?:ingles|espanol|english|spanish)|no (?:english|ingles)"
    r"|no (?:se )?(?:me |le )?(?:quita|baja|para|calma|mejora|alivia|cede|detiene)\w*|no (?:me |le )?(?:ayuda|sirve|funciona|hace nada|hizo nada)|no (?:aguanto|aguanta|soporto|soporta)"
    r"|no (?:puedo|puede|podia|pudo|podemos|pueden|pude)|no (?:dejo|deja|dejaba|dejan|paro|para|paraba) de(?! respira)"
    # "no refills remaining, pt out as of today": running out is the need itself, not a denial.
    # A lost sense that "hasn't come back" is still lost (not "the pain hasn't come back").
    r"|(?:vision|sight|eyesight|feeling|sensation|strength|speech|hearing|la vista|la fuerza|el habla)(?: \w+){0,3} (?:still )?(?:hasnt|has not|havent|have not) (?:come back|returned)|(?:no|todavia no|aun no) (?:le |me )?(?:ha )?(?:regresado|vuelto) (?:la vista|la fuerza|el habla)"
    # "none of it makes sense" is the symptom, not a denial.
    r"|none of it (?:makes|made|is making) sense|nothing (?:he|she|they) (?:says|said) makes sense"
    # "sorry if this message is weird": an apology, not a condition; "paperwork says she has
    # crushing chest pain": a person's report, not a leaflet's warning.
    r"|(?:sorry|apologi[sz]e|perdon|disculpe?|disculpa)(?: [a-z]+){0,2} (?:if|si) (?:this|my|the|i|esto|este|mi)"
    r"|(?:says|said|saying|states|stated|reports|reported|dice|dijo) (?:that )?(?:she|he|they|i|que (?:tiene|le|se|ella|el))(?= )"
    # "tengo tos hace 3 semanas", "desde hace dos semanas": a problem that began then and goes
    # on (Spanish "hace" with a present verb means "for"), unlike "tuve tos hace 3 semanas".
    rf"|(?:tengo|tiene|tenemos|tienen|llevo|lleva|llevamos|ando|anda|sigo|sigue|me duele|le duele|me duelen|le duelen)(?: (?!nada|ningun\w*|ni|no|nunca|sin)[a-z]+){{0,5}} (?:desde )?hace {_DAYS_OR_WEEKS_ES}"
    rf"|desde hace {_DAYS_OR_WEEKS_ES}"
    r"|no (?:more )?(?:refills?|doses?|pills|tablets|medication|medicine|insulin|rx|prescriptions?)(?: (?:left|remaining|on file))?|sin (?:refills?|resurtidos?|recetas?)|sin (?:parar|poder|que)|si,|si (?:me |le |nos )?(?:pueden|puede|podrian|podria|es posible)|not the first time"
)

# Scope ends at these: "no fever but chest pain since this morning".
_COMMON_TERMINATORS = r"but|however|although|though|except|yet|pero|aunque|sin embargo|excepto|salvo|mas bien"
_TERMINATORS: dict[str, str] = {
    # "no tomo nada, habla arrastrando": the negation closes at "nada" / "anything".
    # A comma and a new verb start another clause: "ya no suda, esta confundido".
    NEGATED: _COMMON_TERMINATORS + r"|and now|y ahora|and today|y hoy|which|que ahora|nada|anything|at all"
    + r"|,\x20(?:esta|estaba|is|was|hes|shes|se ve|looks)(?![a-z])",
    HISTORICAL: _COMMON_TERMINATORS
    + r"|now|ahora|today|hoy|tonight|this morning|esta manana|again|otra vez|de nuevo|still|todavia|back|volvio|regreso|since (?:yesterday|last night|this morning)|desde (?:ayer|anoche|hoy)|and i|y yo|y ahora"
    # A note's present report after an aside: "(3 yo, tubes placed last year) reports temp 104.1".
    + r"|reports|reporting|states|complains of|c o|now has"
    # A present clause after the dated one: "had the baby a month ago and she's bleeding".
    + r"|and (?:shes|hes|she is|he is|im|i am|its|it is|theyre|they are|ive|i have|i keep|she keeps|he keeps)(?![a-z])"
    + r"|worse|peor|different|diferente"
    # A clause in the present after the dated one: "surgery last Thursday and the incision is
    # red" - the surgery is past, the incision is now.
    # (Look-aheads, so the terminator fits before the red-flag phrase; \x20, see below.)
    + r"|and (?:the|my|his|her|its|their)(?=\x20(?:\w+\x20)?(?:is|are|has|have|looks|feels|seems|keeps)(?![a-z]))"
    + r"|y (?:la|el|mi|su|sus|mis)(?=\x20(?:\w+\x20)?(?:esta|estan|se ve|se ven|sigue|siguen)(?![a-z]))",
    # A real event told in the past ends a condition: "si me paro me mareo, hice del bano
    # negro tres veces hoy" - the condition was about standing up, the stool is real.
    HYPOTHETICAL: _COMMON_TERMINATORS
    + r"|right now|ahorita|ahora mismo|already|ya tengo|ya tiene"
    # The condition met, said after it: "call if my temp was over 100.4, its 100.9",
    # "call if the swelling got worse. It has."
    + r"|(?:its|it is|now its|now it is|now at|im at|hes at|shes at|esta en|tengo)(?=\x20\d)|(?:it|they|that) (?:has|have|did)(?=\x20*(?:[.!,;]|$))"
    # ... or read off the result: "if my viral load came back over 20,000 to call right away,
    # app says hep b dna 48,300".
    # (Only the source word: lexicon_compose's anchor for it starts at the verb.)
    + r"|(?:app|portal|mychart|ya)(?=\x20(?:says|shows|showed|has|posted|dice|muestra|aparece|salio)(?![a-z]))"
    + r"|hice|tuve|tuvo|vomite|i had|i did|i threw up|happened|ayer|yesterday|last night|anoche|this morning|esta manana|just now|hace rato"
    + r"|hace (?:\d+|un|una|unos|unas|como) (?:min\w*|horas?|hrs?)|(?:\d+|a few|few|couple|two|three|maybe \d+) (?:min\w*|hours?|hrs?) ago",
    OTHER_PERSON: _COMMON_TERMINATORS
    + r"|i (?:have|had|am|feel|got|keep|think i|also|too)|im|ive|yo tengo|tengo|me duele|estoy|me siento|and now i|y yo|and me|my own",
}
