"""Compositional red flags: body part x what is wrong with it, in English and Spanish.

The phrase lexicons (lexicon_en.py, lexicon_es.py) list how people usually say it. New
wordings slip through them ("his chest feels like it's in a vice", "le estan apretando el
pecho"). Emergencies are far more regular in their *parts* than in their phrasing: a body
region that matters (chest, airway, one side of the face), a kind of trouble (pressure,
swelling, drooping, cannot), an amount or onset (through the towel, won't stop, de
repente). These rules combine word classes within a short window, so any sentence that
names the part and the trouble close together is caught, however it is worded.

Same pattern mini-language as the other lexicons (see lexicon_en.py); runs on normalised
text (no accents, no apostrophes); context rules (negation, history...) still apply.
"""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage.lexicon_en import CRITICAL_MEDICATIONS, FEVER_WORD, JOKE_WORD, RUN_OUT_NOW, Sign, not_after, right_after
from careloop.triage.lexicon_es import DYING_OF_IDIOM, NOT_THE_PATIENT_ES

# Whatever "isn't responding" / "no contesta" is said of when it is not someone losing
# consciousness: a device, a line, an office or a clinician (English, one character between:
# "portal isnt responding", "phone-not answering"); the Spanish class is
# lexicon_es.NOT_THE_PATIENT_ES. Deliberately NOT used by
# lexicon_suicide_cues.UNREACHABLE: beside a goodbye, "her phone isn't answering" is the danger.
NOT_A_PERSON_EN = (
    "portal", "website", "app", "site", "page", "system", "computer", "link", "phone", "line", "office",
    "number", "pager", "service", "clinic",
    # "my obgyn isnt answering" (not "ob": "Bob isnt responding" is a person).
    "doctor", "dr", "doc", "obgyn", "gyn", "midwife", "nurse", "provider", "pediatrician", "specialist",
    "surgeon", "dentist", "therapist", "pharmacy", "pharmacist", "nobody", "anyone", "anybody",
)

E = Urgency.EMERGENCY
U = Urgency.URGENT

# -- word classes -------------------------------------------------------------------------
_NOT_CARDIAC = r"(?! (?:x(?: )?ray|xray|ct|scan|film|congestion|cold|infection|doctor|dr|specialist|failure|rate|meds|medicine|medication|pills|surgery|valve|monitor|clinic|appointment|appt|test|echo|cath|cita|doctora?|medico|cardiologo))"
CHEST = rf"(?:chest|chst|chesst|heart|breastbone|sternum|ribcage|rib cage|pecho|pexo|corazon|esternon){_NOT_CARDIAC}"
# What a cardiac chest sensation is like, in lay words.
SQUEEZE = (
    r"(?:pain\w*|(?<!blood.)pressure|pressing|clench\w*|gripp\w*|fist|wont let go|tight\w*|squeez\w*|crush\w*|heavy|heaviness|vice|vise|clamp\w*|"
    r"weight|ache|aching|hurt\w*|stabbing|stabs|burning|duele\w*|dolor\w*(?![a-z])(?! (?:de|en (?:la|el)) (?:garganta|cabeza|muelas?|oidos?|estomago|panza|barriga|espalda|rodillas?|pies?|piernas?|huesos|cuerpo|brazos?|codo|hombros?|cuello|ojos?|oido)(?![a-z]))|aprieta\w*|apretando|apretado|"
    r"opresion|oprim\w*|aplasta\w*|pesado|pesadez|punzada\w*|ardor|encogido)"
)
# Warning signs that turn a chest sensation into a possible heart attack.
CARDIAC_COMPANION = (
    r"(?:left arm|jaw|sweat\w*|clammy|cold sweat|brazo izquierdo|mandibula|sudor\w*|sudando|"
    r"sudoroso|sudorosa|sudando frio|nause\w*|short of breath|falta (?:el |de )?aire)"
)
AIRWAY = r"(?:tongue|throat|lips?|mouth|airway|lengua|garganta|labios?|boca|cuello)"
AIRWAY_SWELL = (
    r"(?:swell\w*|swollen|huge|puffy|puff\w*|thick|closing|closed|tight\w*|big|bigger|hinch\w*|"
    r"cerrando|cierra|cerrada|inflama\w*|grande|gruesa|apretada)"
)
ALLERGEN = (
    r"(?:peanut\w*|nut|nuts|walnut\w*|almond\w*|cashew\w*|shellfish|shrimp|bee|wasp|sting|stung|"
    r"allerg\w*|antibiotic\w*|penicillin|amoxicillin|vaccine|shot|injection|infusion|new (?:med|meds|medicine|pill)|"
    r"antibiotico\w*|penicilina|vacuna|inyeccion|medicina nueva|pastilla nueva|cacahuate\w*|mani|nuez|nueces|camaron\w*|mariscos|abeja|avispa|pico|picadura|alergi\w*)"
)
SWALLOW_OR_BREATHE = (
    r"(?:swallow\w*|breath\w*|wheez\w*|hoarse|talk|speak|voice|silb\w*|ronc[oa]|tragar|trago|respirar|respiro|hablar|voz|aire)"
)
FACE = r"(?:face|mouth|smile|lip|eye|eyelid|cara|boca|sonrisa|labio|ojo|rostro)"
FACE_DROOP = (
    r"(?:pulled|pulling|melt\w*|slid|sliding(?! (?:fee|scale))|droop\w*|derretid[oa]|sag\w*|crooked|lopsided|twisted|hanging|slanted|caid[oa]|chueca|chueco|"
    r"torcid[oa]|torcia|ladead[oa]|colgad[oa]|jalad[oa]|de lado|(?:pa|para|hacia) un lado)"
)
LIMB = r"(?:arm|leg|hand|side|brazo|pierna|mano|lado)"
# A child, a baby or an elderly relative: the people caregivers write about.
SMALL_CHILD = (
    r"(?:baby|infant|toddler|newborn|son|daughter|kid|child|boy|girl|grandson|granddaughter|"
    r"nephew|niece|\d+(?: )?(?:mo|mos|month|months)(?! (?:ago|pregnant))|little (?:brother|sister)|hermanit[oa]|(?:hes|shes|he is|she is) (?:\d|one|two|three|four|five)(?! (?:weeks|months) (?:pregnant|along))|\d+(?: )?(?:yo|y o|year old|yr old|month old|mo old)|bebe|nino|nina|hijo|hija|nieto|nieta|sobrin[oa]|"
    r"chiquit[oa]|nene|nena|de (?:\d+|un|una|dos|tres|cuatro|cinco) (?:anos?|meses?))"
)
INGESTED = (
    r"(?:swallowed|ate|eaten|drank|drunk|chewed|chewing|sucking on|biting|bit into|bit|bite|licking|mouthing|got into|got ahold of|licked|took|masticando|chupando|mordiendo|se tomo|se trago|se comio|"
    r"tomo|trago|comio|bebio|se bebio|mordio|mastico)"
)
HARMFUL_SUBSTANCE = (
    r"(?:pills?|tablets?|meds|medicine|medication|bleach|cleaner|detergent|pod|pods|laundry pods?|tide pods?|dishwasher pods?|chemical\w*|"
    r"poison\w*|remover|nail polish|acetone|mouthwash|hand sanitizer|perfume|essential oils?|acetona|enjuague|perfume|syrup|cough medicine|jarabe|medio frasco|half (?:a |the )?bottle|mothballs?|naftalina|bolitas|magnets?|imanes|antifreeze|washer fluid|fluid|lamp oil|paint thinner|thinner|anticongelante|battery|batteries|button battery|lighter fluid|gasoline|drain|"
    r"pastillas?|tabletas?|medicina\w*|medicamento\w*|cloro|blanqueador|limpiador|liquido de limpiar|"
    r"liquido|quimico\w*|veneno|raticida|gasolina|pila|pilas|detergente|jabon|"
    # Medicines by name (a grown-up's antidepressant, opioid, stimulant) and a pet's: "ate
    # some of my sertraline", "got into my methadone", "the dog's flea and tick chews".
    r"methadone|metadona|suboxone|buprenorphine|oxy\w*|hydrocodone|percocet|vicodin|norco|tramadol|fentanyl|morphine|morfina|"
    r"sertraline|zoloft|fluoxetine|prozac|clonidine|adderall|ritalin|xanax|ativan|klonopin|ambien|gummies|"
    r"flea (?:and tick )?(?:chews?|pills?|meds|medicine|treatment|collar)|(?:dogs?|cats?|pets?) (?:meds|medicine|pills|chews)|heartworm \w+|nexgard|bravecto|simparica|"
    r"\w+(?:pine|olol|pril|statin|oxetine|azepam|azolam|tidine|formin))"
)
# A grown-up's skin patch of an opioid (a child's skin absorbs a deadly dose).
OPIOID_PATCH = r"(?:fentanyl|fentanilo|duragesic|butrans|buprenorphine|buprenorfina|pain|opioid|morphine|morfina) (?:patch\w*|parche\w*)|parches? de (?:fentanilo|morfina|buprenorfina)"
# A child taking their own medicine is a dose, not a poisoning: "my son took his medicine
# this morning", "swallowed her pill whole" (not "his sister's pills", "all of his pills").
INGESTED_NOT_OWN_DOSE = (
    INGESTED
    + r"(?! (?:his|her|their) (?:own |usual |daily |regular |prescribed |morning |night |bedtime )?(?:medicine|meds|medication|pills?|tablets?|dose|doses|antibiotic\w*|vitamins?|inhaler|syrup)(?![a-z]))"
)
# Amounts that make bleeding dangerous, whatever the wound.
BLEED_AMOUNT = (
    # (Tablespoons and mouthfuls, more than one: "a couple of tablespoons each time, maybe six
    # times"; not "maybe a tablespoon".)
    r"(?:(?:two|three|a couple of|couple of|several|a few|few|\d+) (?:tablespoons|mouthfuls|cucharadas)|(?:a |one |half a )?cup(?:ful)?s?|soak\w*|through(?! (?:the |my |his |her )?(?:nose|nostrils?|mouth|night|it))|pumping|spurting|squirting|gushing|pouring|pooling|wont stop|will not stop|"
    r"saturat\w*|(?:for|over) (?:\d+|two|three|four|several|many) (?:hours|hrs)|for hours|(?:por|desde hace) (?:\d+|dos|tres|cuatro|varias) horas|"
    r"wont quit|running down|(?:for )?(?:over |more than )?(?:an|one|1) (?:hour|hr)|"
    r"cant stop|not stopping|(?:large|huge|big) amount|(?:lots of|a lot of|so much|tons of)(?! (?:pain|discomfort|cramp\w*|questions?|swelling|mucus|pressure|stress|itch\w*|burning|dolor))|wont clot|not clotting|no coagula|"
    r"keeps? (?:coming|going|bleeding)|everywhere|towels?|puddle|"
    r"empapad[oa]\w*|chorro\w*|no para|no se para|no (?:se )?detiene|no deja de|charco|toallas?(?!(?:\x20[a-z]+)?\x20(?:manchad\w*|chiquit\w*|pequen\w*|diari\w*|delgad\w*|panty\w*))|mucha sangre)"
)
BLOOD = r"(?:blood|bleed\w*|bled|ha?emorrhag\w*|sangre|sangra\w*|sangrado|hemorragia)"
HARM_VERB = r"(?:hurt\w*|kill\w*|harm\w*|stab\w*|shoot\w*|strangl\w*|lastimar\w*|matar\w*|hacerle dano|hacer dano|apunalar)"
WEAPON = r"(?:knife|gun|weapon|rifle|pistol|bat|loaded|cuchillo|pistola|arma|navaja|machete|cargad[ao])"

# Not "doesn't speak English and her daughter can't take off": which language, not how.
_LANGUAGE_NAMES = (
    r"english|spanish|ingles|espanol|castellano|french|frances|portuguese|portugues|creole|criollo|chinese|mandarin|cantonese"
    r"|vietnamese|arabic|russian|korean|tagalog|somali|haitian|mixteco|zapoteco|kiche|quiche|mam|nahuatl|the language|el idioma"
)
SPEECH = rf"(?:talk\w*|speak\w*|speech|words?|voice|sentences?|habla\w*|palabras?|voz)(?!\x20(?:{_LANGUAGE_NAMES})(?![a-z]))"
SPEECH_WRONG = (
    r"(?:garbled|slurr\w*|jumbled|gibberish|nonsense|mumbl\w*|thick|drunk|scrambled|mixed up|wrong|weird|"
    # Not "talk about starting treatment and hold off on long drives".
    r"(?<!hold\x20)(?<!put\x20)(?<!back\x20)(?<!take\x20)(?<!turn\x20)(?<!cut\x20)(?<!drop\x20)(?<!log\x20)(?<!sign\x20)(?<!pay\x20)(?<!day\x20)(?<!time\x20)(?<!staying\x20)(?<!stay\x20)(?<!stayed\x20)(?<!quit\x20)(?<!get\x20)(?<!getting\x20)(?<!keep\x20)(?<!kept\x20)(?<!taken\x20)(?<!taking\x20)(?<!took\x20)off(?! (?:cigarettes|smoking|alcohol|drinking|drugs|pills|work|school|the))|"
    r"dont (?:go together|make sense|fit)|make no sense|none of it (?:makes|made) sense|no tienen sentido|sin sentido|"
    r"enredad\w*|trabad\w*|trabo|arrastra\w*|rar[oa]|chistos[oa]|no se (?:le )?entiende|no le salen|no le sale)"
)
LIMB_LOST = (
    r"(?:hanging|limp|dead|useless|floppy|gives out|giving out|gave out|buckl\w*|se (?:le |me )?dobla|se (?:le |me )?doblo|droop\w*|flops?|won t move|wont move|no strength|"
    r"colgando|muert[oa]|sin fuerza|no (?:lo|la|los|las) (?:siente|mueve|puede mover|levanta|puede levantar)|no (?:le )?responde)"
)
# Convulsion words and the signs that make a fit a 911 call (length, eyes, floor, breathing).
# (Not the seizure plan or its medicines: "seizure plan says give the nasal spray after 5 minutes".
# Stiff only as a body going stiff, not a joint: "my knee has been stiff in the mornings for
# about 10 minutes".)
SEIZING = r"(?:jerk\w*|shak\w*|twitch\w*|convuls\w*|seiz\w*(?! (?:action )?plan| protocol| precautions| meds?| medicines?| medications?| rescue| free)|fit|fits|(?:went|goes|going|gone|got|gets|getting|turned|turning|body (?:is |was |went |got )?|all) (?:stiff|rigid)|stiffen\w*|stiff as a board|ties[oa]|temblando|sacudi\w*|jalones)"
SEIZURE_DANGER = (
    r"(?:eyes? (?:are |were )?(?:rolled|rolling)|rolled back|on the floor|wont stop|not stopping|still going|"
    r"\d+ (?:min|mins|minutes)|five minutes|ten minutes|foam\w*|blue|not breathing|wont wake|not waking(?: up)?|no despierta|ojos (?:volteados|en blanco|para atras)|"
    r"en el piso|en el suelo|no para|no se le quita|espuma|morad[oa]|(?:cinco|diez|\d+) minutos|"
    # Not waking between them: "3 seizures ... and hasnt really woken up in between" (status
    # epilepticus, whatever each one's length).
    r"(?:hasnt|has not|havent|have not|didnt|did not|not)(?: really| fully)? (?:woken|woke|come to|came to|waking|woken up|woke up)(?: up)? (?:in )?between|no (?:ha )?despert\w* entre|"
    # The rescue medicine already given: the seizure is a long one ("ya le di el diastat y no para").
    r"(?:gave|given|used|le di|le dimos|le puse|le pusimos|le aplicamos|le aplique) (?:him |her |them |le )?(?:the |el |la |su |his |her |their )?(?:diastat|valtoco|nayzilam|rescue (?:med\w*|medicine|dose)|midazolam|diazepam))"
)

# Long-acting antipsychotic injections (given in clinic, so "the last one" is a date, not a
# supply running out: only a missed or overdue one counts).
LONG_ACTING_INJECTABLE = (
    r"abilify maintena|aristada|invega sustenna|invega trinza|invega hafyera|sustenna|trinza|risperdal consta|perseris|uzedy|rykindo"
    r"|haldol decanoate|haloperidol decanoate|haldol dec|fluphenazine decanoate|zyprexa relprevv|(?:long acting|monthly) (?:injection|shot|injectable)|(?:inyeccion|inyectable) mensual"
)

PATTERNS: dict[str, tuple[Urgency, tuple[str, ...]]] = {
    # The baby moving less, however it is said.
    "decreased_fetal_movement": (
        U,
        (
            r"(?:baby|bebe)~4~ (?:se mueve|moving|moved|moves|kicking|kicks|kicked|patea|pateando|movimientos?)~3~ (?:less|poco|poquito|menos|barely|hardly|not as much|much less|very little|muy poco)",
            r"(?:casi no|no|barely|hardly|havent|not) (?:se mueve|siento (?:que se mueve|al bebe|moverse)|patea|felt (?:the baby|her|him|it) (?:move|kick)|feeling (?:the baby|her|him) (?:move|kick))",
        ),
    ),
    # A result the patient was told to act on today.
    "abnormal_result": (
        U,
        (r"(?:result\w*|ct|cat scan|mri|scan|x(?: )?ray|xray|ekg|ecg|ultrasound|echo|monitor|culture|mammogram|labs?|test\w*|biopsy|blood work|bloodwork|finger ?stick|urine|radiologist|over ?read|showed|came back|resultados?|estudio|analisis|laboratorio|radiografia|rayos x|placa|radiologo|tomografia|resonancia|ultrasonido|electro\w*|cultivo|mamografia)~14~ (?:should|to|need to|needs to|must|told me to|asked me to|said to|saying|says|que|q|debo|tengo que|para que)~2~ (?:call|come in|go|talk to|speak to|see|llamar|llame|venir|ir|hablar\w*|ver|vaya|venga|vayan|vengan|pase|regrese|llevar\w*|traer\w*|be seen|llamar\w*)~3~ (?:today|tonight|right away|asap|immediately|the same day|same day|hoy|ahora|de inmediato|cuanto antes|el mismo dia|mismo dia)",
            # The clinician who read it wants the patient back, or treated, today: "today's scan
            # ... AFI 4.1. She wants pt back TODAY for NST", "the blood test came back and the
            # doctor wants me to start the meds today".
            r"(?:result\w*|ct|cat scan|mri|scan|x(?: )?ray|xray|ekg|ecg|ultrasound|echo|culture|labs?|test\w*|biopsy|blood work|bloodwork|came back|report)~14~ (?:wants|want|wanted|would like) (?:pt|patient|the patient|her|him|me|us|you|them) (?:to )?(?:back|in|come (?:back|in)|start|be seen|go|take)~4~ (?:today|tonight|right away|asap|immediately|now)",
            # A staff note, the result in the sentence before: "She wants pt back TODAY for NST".
            r"(?:wants|wanted|would like) (?:pt|patient|the patient) (?:to )?(?:back|in|come (?:back|in)|be seen|seen)~3~ (?:today|tonight|right away|asap|immediately)",
            r"(?:result\w*|culture|labs?|test\w*|biopsy|scan|resultados?|cultivo|analisis)~12~ (?:need|needs|should|must|have to|has to|tengo que|debo|necesito)~4~ (?:today|tonight|right away|asap|immediately|hoy|de inmediato|cuanto antes)",
            # An X-ray read again: "the radiologist looked at my xray again and theres a small
            # fracture after all and i need a splint and to be seen today".
            r"(?:x(?: )?ray|xray|radiologist|over ?read|placa|radiografia|rayos x)~12~ (?:need|needs|should|must|have to|has to|tengo que|debo|necesito)~6~ (?:today|tonight|right away|asap|immediately|hoy|de inmediato|cuanto antes)",
            # A lab phoning in a critical (panic) value always needs a clinician today.
            r"critical:? (?:value|result|lab|level|potassium|sodium|inr|glucose|hemoglobin|hgb|platelets?|call)|panic (?:value|lab|result)|valor(?:es)? critico\w*|resultado critico",),
    ),
    # Regular contractions at a stated interval, or the waters breaking: labour.
    "pregnancy_labor": (
        U,
        (
            r"(?:se me|se le) (?:salio|sale|rompio|reviento) (?:un |el |la )?(?:liquido|agua|fuente)|rompi (?:la )?fuente|(?:my|her) water (?:broke|has broken|might have broken)|(?:leaking|gush of|trickle of) (?:clear )?(?:fluid|water)",r"(?:contraction\w*|tightening\w*|cramp\w*|contracciones|colicos|dolores|endurece)~5~ (?:every|cada|each) (?:\d+|two|three|four|five|six|seven|eight|ten|few|dos|tres|cuatro|cinco|diez|pocos) (?:min|mins|minutes|minutos)",),
    ),
    "seizure": (
        E,
        (
            rf"{SEIZING}~8~ {SEIZURE_DANGER}",
            rf"{SEIZURE_DANGER}~8~ {SEIZING}",
            # One after another: a cluster. (Seizures by name: "fits both back-to-back" books twins.)
            r"(?:seizures|convulsions|convulsiones|seizing)~4~ (?:back to back|one after (?:another|the other)|una tras otra|seguidas)",
        ),
    ),
    # Leaving or losing a critical medicine is the same emergency-in-a-day as running out.
    "out_of_critical_medication": (
        U,
        (
            # ("no refills left on my metoprolol" is about the prescription, not the pills.)
            rf"(?:forgot|(?<!refills\x20)(?<!refill\x20)left|lost|misplaced|dropped|stolen|stole|robbed|robaron|me robaron|ran out of|out of|no more|none of|olvide|se me olvido|se me olvidaron|se le olvido|se le olvidaron|deje|perdi|se me acabo|se me acabaron|se le acabo|se le acabaron|sin|no (?:tiene|tengo|tenemos|hay)(?! (?:que|q) ))~4~ {CRITICAL_MEDICATIONS}",
            # "the transplant pill", "mis pastillas del corazon": the medicine named by its purpose.
            r"(?:no me queda|no le queda|ya no tengo|se me acabo|se me acabaron|ran out|" + RUN_OUT_NOW + r"|out of|no more|none left|forgot|left|lost|perdi|olvide|robaron|stolen|stole)~4~ (?:(?:la|las|mis|sus|my|his|her|the) )?(?:pastillas?|medicinas?|medicamentos?|pills?|meds|medicine|medication)(?: \w+){0,4} (?:del|de la|de las|para el|para la|para las|for (?:my|the|his|her)) (?:trasplante|transplant|corazon|heart|convulsiones|seizures?|epilepsia|epilepsy|azucar|sugar|diabetes)",
            rf"{CRITICAL_MEDICATIONS}~6~ (?:(?:has|have|had|tiene|tengo) (?:none|no more|nada|ninguna)|none for|destroyed|ruined|broke|broken|chewed|robaron|se (?:me |le )?(?:rompio|cayo|perdio))",
            r"(?:transplant|anti(?: )?rejection|seizure|epilepsy|heart|insulin|trasplante|convulsiones|corazon) (?:meds|medications?|medicines?|pills|medicamentos?|medicinas?)~8~ (?:lost|stolen|forgot|left|gone|ran out|" + RUN_OUT_NOW + r"|none|no doses?|perdi\w*|robaron|olvide|se me acab\w*|no tengo)",
            rf"{CRITICAL_MEDICATIONS}~4~ (?:at (?:home|work|my)|stolen|lost|ran out|{RUN_OUT_NOW}|none left|gone|se me olvido|se me acabo|se acabo|en casa|(?:are |is )?(?:backordered|back ordered|on backorder|out of stock))",
            rf"{CRITICAL_MEDICATIONS}~8~ (?:has|have|got) (?:only )?(?:tonights|todays|one|1) dose(?: only| left)",
            # A long-acting antipsychotic injection missed and not yet given: relapse risk grows
            # by the day, and past a window the injection must be restarted. The miss stays
            # overdue however long ago it was ("missed my abilify maintena shot last week"),
            # so the time is part of the phrase. (Not "last shot 5/29, next due 6/26": on time.)
            rf"(?:missed|skipped|overdue for|late for|past due for|behind on|se (?:me|le) paso|falte a|falto a|no (?:fui|fue) a)(?: (?:my|his|her|the|su|mi|la|el))? (?:{LONG_ACTING_INJECTABLE})(?: (?:shot|injection|inyeccion|dose))?(?: (?:last week|\d+ (?:days|weeks) ago|on \w+|la semana pasada|hace \w+ (?:dias|semanas)))?",
            rf"(?:{LONG_ACTING_INJECTABLE})(?: (?:shot|injection|inyeccion|dose))? (?:is |was |are |esta |estaba )?(?:overdue|past due|atrasad[oa]|vencid[oa])",
        ),
    ),
    # Post-exposure prophylaxis is started within 72 hours or not at all: PEP asked for today
    # (with an exposure anywhere in the message: COMPOUND_PATTERNS). Its own rule, not a
    # critical medicine run out: the exposure is a clinical matter (clinical_concern), not a
    # refill.
    "pep_needed": (
        U,
        (
            r"(?:start|starting|need|needs|requesting|request|empezar|necesito|necesita) (?:\w+ )?(?:pep|post exposure prophylaxis)(?: \w+)?~3~ (?:today|tonight|now|asap|right away|hoy|ahorita)",
        ),
    ),
    "chest_pain": (
        E,
        (
            # "chest feels like it's in a vice", "le estan apretando el pecho"
            rf"{CHEST}~5~ {SQUEEZE}",
            rf"{SQUEEZE}~5~ {CHEST}",
            r"(?:someone|somebody|something|an elephant|a truck|a weight)(?:s)?~2~ (?:standing|sitting|sat|stood|parked|pressing|kneeling) on (?:me|my chest|his chest|her chest)",
            r"presion (?:en|de) (?:el |mi |su )?pecho",
        ),
    ),
    "anaphylaxis": (
        E,
        (
            # "tongue feels huge", "se me esta cerrando la garganta"
            rf"{AIRWAY}~4~ {AIRWAY_SWELL}~6~ {SWALLOW_OR_BREATHE}",
            rf"{AIRWAY_SWELL}~3~ {AIRWAY}~6~ {SWALLOW_OR_BREATHE}",
            rf"(?:hard|trouble|difficult|cant|cannot|struggling|hurts) (?:to )?(?:swallow|tragar)~6~ {AIRWAY}",
            rf"(?:se me|se le|me|le) (?:esta |estan )?(?:cerrando|cierra|hinchando|hincha) (?:la |el |los )?(?:garganta|lengua|labios|cuello)",
            rf"(?:throat|garganta)~2~ (?:is |feels |esta |se siente )?(?:closing|tight|cerrando|cerrada|apretada)",
        ),
    ),
    "stroke_signs": (
        E,
        (
            # "words come out all garbled", "se le trabo la lengua", "his hand is just hanging"
            # Not "talking normally, just mixed up" (speech fine, the mind confused).
            rf"{SPEECH}(?!\x20(?:normally|normal|fine|ok|okay|clearly|bien)(?![a-z]))~6~ {SPEECH_WRONG}",
            rf"(?:se le|se me) (?:trabo|traba|enreda|enredo) la lengua",
            r"(?:comes?|came|coming) out (?:all )?(?:wrong|jumbled|garbled|funny|weird|scrambled|mixed up)",
            rf"(?:cant|cannot|couldnt|unable to|no puede|no pudo)(?: seem to| even| really| ni)? (?:hold|grip|grab|lift|pick up|agarrar|sostener|detener)~3~ (?:fork|cup|spoon|pen|glass|coffee|phone|mug|tenedor|taza|vaso|cuchara|celular)",
            rf"{LIMB}~5~ {LIMB_LOST}",
            rf"{FACE}~5~ {FACE_DROOP}",
            rf"{FACE_DROOP} (?:la |el |su )?{FACE}",
            rf"(?:no puede|no podia|no pudo|cant|cannot|couldnt|can not) (?:mover|levantar|sentir|move|lift|feel|raise) (?:el |la |su |his |her |my )?{LIMB}",
            rf"(?:no se le entiende|no se entiende lo que dice|habla (?:raro|chistoso|enredado|arrastrando)|arrastra las palabras)",
            r"(?:not making (?:any )?sense|making no sense|nonsense|gibberish|confused words|mixing up (?:her|his|my) words) (?:when|while)~2~ (?:talk\w*|speak\w*)",
        ),
    ),
    "unresponsive": (
        E,
        (
            r"(?:cant|cannot|couldnt|unable to|wont) (?:wake|rouse|get) (?:him|her|them|my \w+)?(?: )?up(?!\x20(?:a\x20|the\x20)?(?:flights?|stairs|steps|hills?|early|in\x20the\x20morning|for\x20(?:work|school))(?![a-z]))",
            r"(?:cant|cannot|couldnt|unable to) get (?:him|her|them|my \w+) to (?:wake|wake up|respond|open (?:his|her|their) eyes)",
            # Devices do not lose consciousness: "the portal isn't responding".
            not_after(NOT_A_PERSON_EN, gap=".")
            # ("doesn't respond to her name" is a developmental sign, said of every day.)
            + r"(?:not|isnt|wasnt|wont|doesnt|didnt) (?:answering|answer|respond\w*|react\w*|wake up|waking up)(?! (?:my|the|your|his|her) (?:phone|calls?|texts?|messages?|emails?))(?<!doesnt\x20respond)(?<!doesnt\x20responds)(?!\x20(?:lol|lmao|haha\w*|jaja\w*|in time|on time|early|before|until|till|for (?:it|that|the|an?|my))(?![a-z]))",
            r"(?:no|ni) (?:lo|la|le) (?:podemos|puedo|pudimos|pude) (?:despertar|levantar)|"
            + not_after(NOT_THE_PATIENT_ES)
            # "no me responde" said of the patient ("esta temblando todo tieso no me responde"),
            # not of nobody, the clinic or the phone.
            # (Nor the number one has: "el q tengo ya no contesta".)
            + r"(?<!tengo\x20ya\x20)(?<!tenia\x20ya\x20)no (?:(?:me |nos |le )?(?:reacciona|responde)|despierta|contesta)(?! (?:el|mi|los|las|a los|a mis) (?:telefono|celular|mensajes?|llamadas?))(?! (?:nadie|ninguno|ninguna|la clinica|el consultorio|la oficina|el portal|la farmacia|el doctor|la doctora|el medico|la enfermera)(?![a-z]))",
            r"slumped (?:over|in|down|on)|(?:wont|cant|doesnt|not|isnt) (?:open\w*|opening) (?:her|his|their|my \w+s?) eyes|snoring breath\w*|gurgling|no abre los ojos",
            r"(?:found|encontr\w*|halle|hallamos)~6~ (?:on the floor|passed out|unconscious|unresponsive|tirad[oa]|en el piso|en el suelo|desmayad[oa]|inconsciente)",
            r"(?:passed out|desmayo|desmayado|desmayada|se desmayo)~6~ (?:not|no|wont|cant) (?:waking|wake|despierta|responde|reacciona)",
        ),
    ),
    "overdose_poisoning": (
        E,
        (
            # A week's pills at once from a mixed-up pill box: "took everything from the whole
            # week at once", "se tomo las pastillas de toda la semana".
            r"(?:took|taken|swallowed|tomo|se tomo|me tome)~4~ (?:(?:everything|all|all of|all the|the) (?:\w+ ){0,2}(?:from|for|of) (?:the |a |her |his |my )?(?:whole |entire )?(?:week|weeks|month)"
            r"|(?:a|the|her|his|my) (?:whole |entire )?(?:weeks|week|months|month) (?:worth )?(?:of )?(?:pills|meds|medications?|doses)"
            r"|(?:las |sus |mis )?(?:pastillas|medicinas|pastilleros?) de (?:toda )?(?:la|una) (?:semana|mes))",
            r"(?:all|todas) (?:of )?(?:her|his|my|the|sus|mis|las) (?:\w+ )?(?:pills|meds|medications|pastillas|medicinas) (?:at once|de un jalon|de una vez|juntas)",
            # Naloxone given: someone is treating an opioid overdose now.
            r"(?:gave|give|giving|used|use|administered|sprayed|dieron|le dimos|le di|le pusimos|le puse|le echamos|usamos) (?:him |her |them |it |le )?(?:one |a |two |some |another |otra |una |dos )?(?:dose of |dosis de )?(?:narcan|naloxone|naloxona)|narcanned|narcaned",
            # "took way more of my oxy than I should", "se tomo todas las pastillas"
            # Not a double "stress dose" of hydrocortisone: the sick-day rule of adrenal
            # insufficiency, taken as told.
            # (Not "this bill took my breath away more than my copd does".)
            r"(?:took(?! (?:my|his|her|your|the) breath away)|taken|swallowed|ate|tome|tomo|se tomo|me tome|trague|se trago)~4~ (?:way |a lot |many |much )?(?:more|too many|too much|extra|"
            r"(?:double|triple)(?!\x20(?:(?:stress\x20)?doses?\x20(?:of\x20)?(?:(?:his|her|my|the)\x20)?)?(?:stress|hydrocortisone|hidrocortisona|cortef|prednison\w*|steroids?)(?![a-z]))|handful|whole bottle|entire bottle|all (?:of )?(?:my|his|her|the)|de mas|demasiad[oa]s?|todas? (?:las|mis|sus)|un punado|(?:un|el|todo el|una|la) (?:frasco|bote|caja|botella)|(?:a|the|whole|entire) (?:bottle|box|pack|packet))"
            # "took the extra lasix like they said": an extra dose taken as told.
            r"(?!(?: [a-z]+){0,3} (?:(?:like|as) (?:they|you|the doctor|my doctor|dr [a-z]+|the nurse|she|he|cardiology|the cardiologist|instructed|directed|prescribed|told)|como (?:me|le|nos) (?:dijeron|dijo|indicaron|indico))(?![a-z]))",
            rf"{SMALL_CHILD}~8~ {INGESTED_NOT_OWN_DOSE}~7~ {HARMFUL_SUBSTANCE}",
            rf"{INGESTED_NOT_OWN_DOSE}~7~ {HARMFUL_SUBSTANCE}~8~ {SMALL_CHILD}",
        ),
    ),
    "severe_bleeding": (
        E,
        (
            r"(?:is|are|im|hes|shes|been|keeps|started|esta|estoy) ha?emorrhag\w*|ha?emorrhaging|(?:tiene|tengo|con) (?:una )?hemorragia",
            # A pad an hour (or faster) is the classic threshold for dangerous bleeding.
            r"(?:filling|soaking|fill|soak|going through|changing|llenando|empapando|cambiando|lleno)~2~ (?:a |one |una |\d+ )?(?:pads?|toallas?|tampons?|kotex|diapers?|panales?)~4~ (?:every|each|an|per|in|cada|en) (?:\d+|one|an|half|ten|fifteen|twenty|thirty|media|una)?(?: )?(?:hour|hr|min|mins|minutes|hora|minutos)",
            r"(?:big|large|huge|golf ball|lemon|fist|grandes?|enormes?) (?:sized )?(?:clots|coagulos)|(?:clots|coagulos) (?:the size of|del tamano de|grandes|enormes)",
            rf"{BLOOD}~6~ {BLEED_AMOUNT}",
            # A wound that spurts, or soaks towel after towel, is arterial or heavy bleeding.
            r"(?:cut|sliced|slashed|wound|gash|laceration|stab\w*|cortad\w*|cort[eo]|herida)~12~ (?:spurt\w*|squirt\w*|pulsing|pumping|soak\w* through|soaked through|(?:a )?chorros?)",
            r"soak\w* (?:through )?(?:\d|two|three|four|several) (?:already|towels?)",
            # Not "desde hace 3 horas y un poco de sangrado": the hours are the pain's.
            rf"{BLEED_AMOUNT}~4~ (?<!poco\x20de\x20)(?<!poquito\x20de\x20)(?<!little\x20)(?<!bit\x20of\x20)(?<!light\x20)(?<!slight\x20){BLOOD}",
        ),
    ),
    "homicidal_ideation": (
        E,
        (
            # Not "... I'm gonna kill him lol": a joke says so. Nor "thoughts of hurting herself":
            # harm to oneself is suicidal ideation or self-injury, their own rules.
            rf"(?:picture|picturing|imagin\w*|thoughts? (?:of|about)|urges? to|want to|going to|gonna|pienso en|ganas de|quiero|voy a)~2~ {HARM_VERB}(?! (?:me|myself|us|you|yourself|herself|himself|themselves|themself|ourselves)(?![a-z]))"
            rf"(?!(?:\x20(?:him|her|them|it))?\x20{JOKE_WORD}(?![a-z]))",
            # Someone else's threat in Spanish: "dice que va a matar a mi hermano", "amenazo
            # con matarla". Not "mi mama me va a matar" or "este dolor me va a matar" (an
            # idiom about the writer, nor "la va a matar de tanto carino jaja"), nor "se va a
            # matar" read as homicide.
            r"(?<!\bme\x20)(?<!\bnos\x20)(?<!\bte\x20)(?<!\bse\x20)(?:va a|van a|quiere|quieren|amenaz\w* con|amenazando con|planea|planeando)"
            r" (?:matar|lastimar|apunalar|balacear|acuchillar)\w*"
            r"(?!(?:\x20[a-z]+)?\x20de\x20(?:tanto|tanta|la risa|risa|gusto|hambre|un susto|susto|coraje|amor|carino|verguenza|aburrimiento|cansancio)(?![a-z]))"
            rf"(?!(?:\x20[a-z0-9]+){{0,8}}\x20{JOKE_WORD}(?![a-z]))",
            rf"{HARM_VERB}~8~ {WEAPON}",
            r"(?:urges?|thoughts?|want|wanted|going|gonna|ganas de|quiero|voy a)(?: to)?~2~ (?:run|ram|drive|crash|plow|echarle|aventarle|estrellar\w*)~3~ (?:into|over|through|el carro|la camioneta|encima)",
        ),
    ),
    "suicidal_ideation": (
        E,
        (
            r"(?:dont|do not|no longer|cant) see (?:the|any) point(?: in)?(?: anything| anymore| living| going on)?",
            r"(?:ya )?no (?:quiero|quisiera) (?:seguir )?(?:vivir|viviendo|estar aqui|despertar)|quitarme la vida|no vale la pena vivir|acabar con todo|acabar con mi vida",
            # Naming a lethal method: jump, hang, in front of a train.
            r"(?:jump|jumping|throw myself|aventar\w*|tirar\w*|lanzar\w*)~2~ (?:off|from|del|de la|desde|in front of|frente al?|al|a las|a la) (?:the |a |el |la |un |una |las )?(?:bridge|building|roof|cliff|balcony|train|bus|traffic|puente|edificio|techo|azotea|balcon|tren|vias|carros|trafico)",
            r"hang myself|hanging myself|ahorcarme|colgarme|cortarme las venas|pegarme un tiro|shoot myself|darme un tiro",
            r"said (?:my |our )?goodbyes|at peace with (?:what|my decision|it all)|ya me despedi|me despedi de (?:todos|mi familia)|ya (?:lo )?decidi|tome la decision",
            r"(?:drank|swallowed|ingested|se tomo|tomo|bebio|se trago)~3~ (?:bleach|antifreeze|washer fluid|windshield|drain cleaner|lye|pesticide|weed killer|rat poison|cloro|anticongelante|veneno|raticida|insecticida|gasolina|thinner|matarratas)",
            r"(?:wont|will not|no longer) be (?:a )?(?:problem|burden|bother) (?:for|to) (?:anyone|anybody|you|everyone)|no (?:voy a|vuelvo a) ser (?:una )?(?:carga|molestia|problema)",
            r"(?:junte|junto|juntando|guardando|guarde|acumulando|acumule|ahorrando|ahorre)~3~ (?:pastillas|medicinas|pills|pastillitas)|me las voy a tomar todas|(?:voy a|me voy a) tomar(?:me)? todas",
            r"mejor me muero|(?:me )?quiero morir(?:me)?" + DYING_OF_IDIOM + r"|prefiero (?:morir|estar muerto|estar muerta)|ojala me muera|(?:id|i would) rather (?:be )?dead|todo listo para (?:esta noche|hoy|manana)|everything (?:is )?ready for tonight",
            r"how many (?:of )?(?:my |his |her )?(?:pills|tablets|meds)~3~ (?:it would take|would it take|to take|to die)|enough (?:pills|meds) to (?:die|end it|not wake)|(?:nobody|no one) would (?:even )?(?:notice|care|miss me)|nadie (?:me )?(?:extranaria|notaria|se daria cuenta|me va a extranar)",
            r"by the time (?:you|anyone|someone|somebody) (?:read|reads|see|sees|get|gets|find|finds) this|(?:para )?cuando (?:lea|leas|lean|usted lea) (?:esto|este mensaje)|(?:taken care of|made|arranged|put in order|settled) (?:all )?(?:the |my )?(?:funeral )?(?:arrangements|affairs)|deje (?:todo )?(?:en orden|arreglado)",
            r"(?:want|need) (?:it|everything|this) (?:all )?to (?:stop|end)|(?:wrote|written|left) (?:a |my )?(?:suicide|goodbye|farewell) note|(?:wrote|written|left) (?:a |my )?note (?:for|to) (?:my |his |her )?(?:family|kids|children|wife|husband|parents|mom|dad|everyone)|(?:car|engine|motor)~4~ (?:garage|cochera)~4~ (?:running|encendid[oa]|prendid[oa])|(?:garage|cochera)~4~ (?:car|engine|motor|it)~2~ (?:running|encendid[oa]|prendid[oa])",
            r"(?:easiest|painless|quickest|best|surest|fastest) way to (?:go|die|end it|end things|kill myself|do it)|forma (?:mas facil|menos dolorosa|mas rapida) de (?:morir|irme|matarme|acabar)",
            r"(?:tonight|esta noche) is the night|(?:todo|lo tengo) planeado",
            # A decision to die plus a means: "decided to end things... I have the gun".
            r"(?:end|ending) (?:things|it|everything)(?! (?:with|between))|terminar con todo|acabar con esto|que se acabe (?:esto|todo)",
            r"(?:tomarme|tragarme|tomar) todas (?:mis|las) pastillas",
        ),
    ),
    # Cyanosis at any age: lips, face or nails turning blue or grey.
    "breathing_difficulty": (
        E,
        (
            # Stridor: a high-pitched noise breathing IN (croup, epiglottitis, a foreign body).
            r"stridor|high(?: )?pitched (?:noise|sound|squeak\w*|whistl\w*|wheez\w*)~4~ (?:breath\w*|inhal\w*)|(?:drooling|babeando)~4~ (?:cant|wont|unable to|no puede|no quiere) (?:swallow|lie down|lay down|tragar|acostarse)|chillido al respirar",
            r"(?:lips?|labios?|boca|face|cara|nails|unas|fingertips|dedos)~3~ (?:blue|bluish|purple\w*|gr[ae]y\w*|dusky|azul\w*|morad\w*|gris\w*|amoratad\w*)",
            # Too short of breath to talk: "no puede ni hablar de lo que le falta el aire".
            r"(?:cant|cannot|can barely|no puede|no puedo|apenas puede)(?: even| ni)? (?:talk|speak|hablar)~6~ (?:breath\w*|air|aire|respir\w*|falta)",
        ),
    ),
    "baby_not_breathing": (
        E,
        (
            rf"{SMALL_CHILD}~6~ (?:stop\w*|quit|dejo de|deja de|no) (?:breathing|respirar|respira)",
        ),
    ),
}

# The supply gone or all but gone, said on its own (the medicine may be named in another
# sentence: "Apixaban 5 mg BID. Rx expired 06/05; facility has tonight's dose only"), or the
# prescription never reached the pharmacy ("the prednisolone from the 11 am visit never came
# through").
SUPPLY_GONE = (
    r"(?:has|have|got|had) (?:none|no more|no doses?|0|zero) (?:left|at home|on hand|in the house)|none left|no (?:doses|pills|tablets|tabs|pens|vials|shots) left"
    r"|(?:dont|do not|doesnt|does not|didnt) have any(?: more)? left(?: at all)?"
    r"|(?:one|1|a|half a|about one|about a|only one|only a) days? (?:supply|worth)(?: of \w+)? left|(?:tonights|todays) dose only|only (?:tonights|todays) dose"
    r"|(?:took|used|gave|given|taken) (?:my|his|her|their|the) (?:very )?last (?:one|dose|pill|pen|shot|tablet|tab)"
    # "i took my last doxycycline this morning" (the medicine named in place of the pill).
    r"|(?:took|used|taken) (?:my|his|her|their|the) (?:very )?last (?!(?:week|month|year|time|visit|appointment|night|fall|spring|summer|winter|course|round|cycle)(?![a-z]))[a-z]{6,}"
    # A pharmacy's "this morning's dose was his last"; "no steroid drop for tonight".
    r"|(?:mornings|tonights|todays|evenings|nights|last nights) (?:dose|pill|tablet|capsule|shot|injection) was (?:my|his|her|their|the) last(?![a-z])"
    r"|(?:with )?no (?:\w+ ){0,2}(?:drops?|doses?|pills|tablets|meds|medicine) for (?:tonight|tonights|today|todays|tomorrow|the morning)"
    r"|se (?:me|le|nos|les) acab(?:o|aron) (?:la|las|el|los|mi|mis|su|sus)|(?:me|le|nos) queda(?:n)? (?:solo|nomas|nada mas) (?:lo de hoy|lo de esta noche|la de hoy|la dosis de hoy|para hoy|para esta noche)|(?:me|le) tome la ultima|se tomo la ultima"
    r"|never (?:came|come|went|gone) through|(?:u|you|they|the office|the doctor|dr \w+) never sent|(?:pharmacy|farmacia) (?:never got|didnt get|did not get|never received|has no record of)"
    r"|nunca (?:llego|mandaron|enviaron) (?:la )?receta"
)
LVAD_ALARM = (
    r"(?:lvad|vad|heartmate|heart mate|heartware|controller)~5~ (?:alarm\w*|alarma\w*|flashing|beeping|keeps beeping|low flow|low power|hazard|red heart|red light|pitando|suena)"
    r"|low flow alarm|alarma de flujo bajo"
)
# Where a result is read off: "portal says 2.6", "ya salio positivo" (abnormal_result).
RESULT_SOURCES = (
    "portal", "mychart", "chart", "app", "result", "results", "lab", "labs", "report", "letter", "it", "ya", "resultado", "resultados",
    # "Ethan's valproic acid level came back at 148".
    "level", "levels", "count", "reading",
    # "en el portal, dice 7.9"
    "portal,", "mychart,", "app,",
    # "me salio 7.3 en el portal": the Spanish result that "came out" for the writer.
    "me", "le",
)
# Values spelled out by voice-to-text ("the portal says one twenty two").
SPELLED_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?: (?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|point))*"
METHOTREXATE = r"methotrexate|metotrexato|mtx|trexall|otrexup|rasuvo|xatmep|jylamvo"
ANTIBIOTIC = (
    r"antibiotic\w*|antibiotico\w*|amoxicil\w*|augmentin|clindamycin\w*|clindamicina|cephalexin|keflex|cefalexina|doxycycline|doxiciclina"
    r"|azithromycin|zithromax|z pack|zpack|bactrim|sulfameth\w*|ciprofloxacin|cipro|levofloxacin|levaquin|penicillin\w*|penicilina|metronidazol\w*|flagyl|nitrofurantoin|macrobid|cefdinir|omnicef"
    r"|linezolid|zyvox|cefadroxil|minocycline"
)
CURRENT_INFECTION = (
    r"abscess\w*|absceso\w*|infection|infected|infeccion|infectad[oa]|cellulitis|celulitis|pneumonia|neumonia|pulmonia|uti|strep|swelling|hinchazon|hinchad[oa]|pus"
    # A bone infection, or a foot wound still open: "for osteomyelitis", "foot still healing".
    r"|osteomyelitis|osteomielitis|bone infection|infeccion (?:del|en el) hueso|(?:foot|wound|ulcer|toe|incision|herida|pie|llaga) (?:is )?still (?:healing|open|draining)"
)


COMPOUND_PATTERNS: dict[str, tuple[Urgency, tuple[str, ...], tuple[str, ...]]] = {
    "pep_needed": [
        # PEP asked about and an exposure told in the same message is a same-day need ("at the
        # pharmacy for my PEP ... insurance denied it ... exposure was last night, i need to
        # start today", "stuck her finger on a used lancet ... Asking about PEP").
        (
            U,
            (r"(?<![a-z])(?:pep|post exposure prophylaxis|profilaxis post exposicion)(?![a-z])",),
            (
                r"exposure|exposed|expuest[oa]|needle ?stick|stuck (?:myself|with a needle)|condom (?:broke|slipped|came off)"
                r"|stuck (?:my|his|her|their) (?:\w+ )?(?:finger|hand|thumb) (?:on|with) (?:a |an )?(?:used |dirty )?(?:lancet|needle|syringe|sharp)|used (?:needle|lancet|syringe)"
                # (Not an assault: that is clinical care, with PEP as one part of it.)
                r"|se (?:rompio|salio) el condon|me pinche|pinchazo",
            ),
        ),
    ],
    # Opioids or sedatives (often mixed) plus heavy sedation: breathing can stop.
    "sedative_overdose": (
        E,
        (r"oxy\w*|opioid\w*|fentanyl|heroin|percocet|vicodin|hydrocodone|morphine|methadone|norco|dilaudid|tramadol|xanax|valium|klonopin|ativan|benzo\w*|ambien|sleeping pills?|pastillas para dormir|clonazepam|alprazolam",),
        (Sign(r"(?:cant|can barely|cannot|hard to) (?:keep (?:my|his|her) eyes open|stay awake|wake (?:him|her|up))|nodding off|floating|very (?:drowsy|sleepy)|really (?:drowsy|sleepy)|barely (?:breathing|awake)|breathing (?:slow|slowly)|no (?:puede|puedo) (?:mantener los ojos abiertos|despertar)|muy (?:dormid[oa]|somnolient[oa])|respira (?:lento|despacio)"),),
    ),
    # A knock on the head, then confusion, memory loss, vomiting or drowsiness.
    "head_injury": (
        E,
        (r"(?:hit|bumped|banged|struck|hurt|knocked) (?:on )?(?:his|her|my|their|the) head|head (?:injury|knock)|concussion|(?:se )?(?:golpeo|pego|dio) (?:en )?la cabeza|golpe en la cabeza",),
        (Sign(r"(?:doesnt|dont|didnt|does not) know where|asking the same|repeat\w* (?:herself|himself|the same)|(?:cant|doesnt|dont) remember|confus\w*|vomit\w*|throwing up|sleepy|drowsy|no sabe (?:donde|quien)|pregunta lo mismo|no se acuerda|no recuerda|confundid[oa]|dormid[oa]|somnolient[oa]"),),
    ),
    # Early pregnancy + one-sided pain + fainting or shoulder pain: possible ruptured ectopic.
    "ectopic_pregnancy_signs": (
        E,
        (r"pregnant|pregnancy|embarazada|embarazo",),
        (
            r"(?:sharp|stabbing|severe|bad|sudden|fuerte|punzante)~4~ (?:pain|cramp\w*|dolor)|(?:pain|dolor)~4~ (?:one side|left side|right side|lado izquierdo|lado derecho)",
            r"(?:passed|pass|passing) out|faint\w*|shoulder|desmay\w*|hombro",
        ),
    ),
    # Chest sensation of any kind that spreads (neck, jaw, arm, back) with sweating.
    "radiating_chest_pain": (
        E,
        (CHEST,),
        (Sign(CARDIAC_COMPANION), Sign(r"(?:sube|subia|baja|bajaba|corre|goes|going|spreads?|spreading|radiat\w*|moves?|shoots?) (?:up |down )?(?:to|into|al|a la|hasta el|hasta la|por el|por la) (?:my |his |her |el |la )?(?:neck|jaw|arm|back|shoulder|cuello|brazo|espalda|hombro|mandibula|quijada)")),
    ),
    # Someone found down and not themselves (confused, mumbling, cannot get up, cold).
    "found_down": (
        E,
        (r"found (?:him|her|them|my \w+|dad|mom)|(?:lo|la) (?:encontre|encontramos|encontro|hallamos)",),
        (Sign(r"confus\w*|mumbl\w*|not making (?:any )?sense|(?:cant|couldnt|unable to) (?:stand|get up|wake|talk)|cold|unresponsive|incoheren\w*|confundid[oa]|no (?:se )?puede (?:levantar|parar|hablar)|no responde|fri[oa]|balbucea\w*"
              # Found hanging: "lo encontramos con una cuerda".
              r"|no habla|(?:not|isnt|wont) talking|(?:with|con) (?:a |una )?(?:rope|noose|belt|cord|cuerda|soga|cinturon|cable)"),),
    ),
    # A weapon at hand plus an intent against someone: "making her pay", "vengarme".
    "homicidal_ideation": (
        E,
        (WEAPON,),
        (r"(?:going|go|head\w*|drive|driving) (?:over )?(?:there|to (?:his|her|their) (?:house|place|work))|end(?:ing)? (?:this|it|him|her|them)(?! (?:appointment|prescription|medication|med))|(?:cant|can not|cannot) take (?:him|her|them|my \w+|it) anymore|voy (?:para alla|a ir)|mak\w* (?:him|her|them|everyone) pay|get (?:back at|even)|revenge|teach (?:him|her|them) a lesson|hurt (?:him|her|them|someone|somebody)|kill (?:him|her|them|someone|somebody)|hacerle pagar|vengarme|desquitarme|matarl[oa]|lastimarl[oa]|talk me down"
        # A target found and a deadline: "ya sabe donde vive el tipo ... 'hoy se acaba esto'".
        r"|(?:ya )?(?:se|sabe|sabemos|saben) donde (?:vive|viven|trabaja|esta)|knows? where (?:he|she|they|him|her|the \w+) (?:lives?|works?)|(?:wont|will not|isnt going to|not gonna|aint gonna) (?:see|live to see|make it to) (?:tomorrow|the morning|another day)"
        r"|(?:hoy|esta noche) se acaba (?:esto|todo)|se acaba (?:hoy|esta noche)|(?:this|it) (?:all )?ends (?:today|tonight)",),
    ),
    # Bleeding plus signs of blood loss (faint, pale, dizzy): shock is the danger.
    "severe_bleeding": (
        E,
        # Not the blood drive or a blood test where someone fainted.
        (r"\w*bleed\w*|(?<!gave\x20)(?<!giving\x20)(?<!donate\x20)(?<!donating\x20)(?<!donated\x20)blood(?! (?:drive|donation|bank|test|tests|work|draw|drawn|pressure|sugar|type|count|thinners?|glucose|panel|level|levels))|sangrando|sangra|sangrado|sangre|hemorragia",),
        (Sign(r"lightheaded|light headed|faint\w*|pass(?:ing)? out|passed out|pale|dizzy|woozy|mareado|mareada|desmay\w*|palid[oa]"),),
    ),
    # Allergen + skin signs + any airway or gut sign anywhere: anaphylaxis, even when each
    # sign alone sounds mild ("hives", "coughing", "hoarse").
    "anaphylaxis_signs": (
        E,
        (r"hives|welts|ronchas|urticaria|(?:face|lips|eyes) (?:swelling|swollen|puffy)|hinch\w* (?:la |los )?(?:cara|labios|ojos|lengua)|(?:cara|labios|ojos) hinchad[oa]s?",),
        # (Not the throat an antibiotic was for: "le recetaron amoxicilina para la garganta".)
        (ALLERGEN, Sign(r"cough\w*|hoarse|wheez\w*|(?<!for\x20his\x20)(?<!for\x20her\x20)(?<!for\x20my\x20)(?<!strep\x20)throat|breath\w*(?![a-z])(?! (?:fine|ok|okay|normal\w*|well|good|easy|easily|without (?:any )?(?:trouble|problems?))(?![a-z]))|vomit\w*|throwing up|tos|tosiendo|ronc[oa]|(?<!para\x20la\x20)(?<!de\x20la\x20)garganta|respir\w*(?![a-z])(?! (?:bien|normal\w*|sin (?:problema|dificultad)\w*)(?![a-z]))|vomit\w*")),
    ),
    # Fever in a baby of up to about two months: emergency (sepsis risk), however the age is written.
    "infant_fever": (
        E,
        # A number that is a temperature, not "born at 38 wks" or "101 lbs".
        (FEVER_WORD + r"|(?:100\.[4-9]|10[1-9](?:\.\d)?|3[89](?:\.\d)?)(?!\x20?(?:wks?|weeks?|semanas?|days?|dias|lbs?|pounds|libras|oz|kg|years?|yrs?|anos|months?|meses|mg|ml)(?![a-z]))(?: )?(?:f|c|degrees|grados|rectal\w*)?",),
        # A baby's age, not the time since the mother gave birth ("di a luz hace 3 semanas",
        # "3 weeks postpartum": her fever is hers).
        (r"(?<!hace\x20)(?<!ago\x20)(?<!en\x20)(?<!in\x20)(?<!for\x20)(?<!por\x20)(?<!within\x20)(?<!next\x20)(?<!past\x20)(?<!last\x20)(?<!about\x20)(?<!around\x20)(?<!almost\x20)(?<!nearly\x20)(?<!over\x20)(?<!casi\x20)(?<!every\x20)(?<!each\x20)(?<!cada\x20)(?:\d|one|two|three|four|five|six|seven|eight) (?:weeks?|wks?|semanas?)(?! (?:ago|pregnant|along|de embarazo|postpartum|post partum|pp|after (?:delivery|birth|giving birth|my c section)|since (?:delivery|birth|i gave birth)|despues del parto|de (?:dar a luz|parida)|out|post op|postop|after (?:the |my |his |her )?(?:surgery|operation|procedure|replacement)|from (?:the |my |his |her )?surgery|de (?:la )?(?:cirugia|operacion)|despues de (?:la )?(?:cirugia|operacion)))|(?<!hace\x20)(?<!en\x20)(?<!in\x20)(?<!for\x20)(?<!por\x20)(?<!within\x20)(?<!next\x20)(?<!past\x20)(?<!last\x20)(?<!every\x20)(?<!each\x20)(?<!cada\x20)(?:[12]|one|two|un|uno|dos) (?:months?|mo|mes|meses)(?! (?:ago|pregnant|de embarazo|postpartum|post partum|despues del parto))|newborn|recien nacid[oa]",),
    ),
    # A means at hand plus an intent to die anywhere in the message.
    "suicidal_ideation": (
        E,
        (r"(?:gun|rope|noose|pistola|cuerda|soga)",),
        (r"end (?:things|it|it all|everything|my life)|die|dying|kill myself|not (?:be )?here anymore|matarme|morir|quitarme la vida|acabar con (?:todo|mi vida)|(?:ya )?no estar aqui|no aguanto mas|ya no aguanto|desaparecer",),
    ),
    # Radiating pain without the word "chest": left arm or jaw plus sweating or pressure.
    "referred_cardiac_pain": (
        E,
        (r"left (?:arm|shoulder)|jaw|brazo izquierdo|hombro izquierdo|mandibula|quijada|(?:going|goes|spreading|spreads|radiating|shoots?|shooting|sube|baja) (?:up |down )?(?:into|to|al|a la|hasta el) (?:my |his |her |el |la )?(?:neck|back|cuello|espalda)",),
        (Sign(r"sweat\w*|clammy|sudor\w*|sudando|elephant|pressure|heavy|heaviness|crushing|squeez\w*|opresion|aplast\w*|elefante"),),
    ),
    # Chest discomfort plus a companion sign (arm, jaw, sweat) anywhere in the message.
    "chest_pain": (E, (rf"{CHEST}",), (Sign(CARDIAC_COMPANION), Sign(SQUEEZE))),
    # A known allergen plus swelling of the airway anywhere in the message.
    "anaphylaxis": (E, (rf"{AIRWAY}~4~ {AIRWAY_SWELL}", rf"{AIRWAY_SWELL}~3~ {AIRWAY}"), (ALLERGEN,)),
    "out_of_critical_medication": [
        # Out of it, said in one sentence, the medicine named in another ("Apixaban 5 mg BID.
        # Rx expired 06/05; facility has tonight's dose only"): the phrases here say on their
        # own that the supply is gone or all but gone.
        (U, (SUPPLY_GONE,), (CRITICAL_MEDICATIONS,)),
        # An antibiotic course for an infection going on now, interrupted: "pharmacy says u
        # never sent the clindamycin for my abscess, i took my last one this morning".
        (U, (SUPPLY_GONE,), (ANTIBIOTIC, CURRENT_INFECTION)),
        # The pharmacy will not fill a critical medicine due today: "the ganirelix needs a prior
        # auth and they wont fill it. im supposed to start it TONIGHT".
        (
            U,
            (
                r"(?:wont|will not|cant|cannot|refuse to|refused to|unable to|no (?:me |le |nos )?(?:quiere|quieren|puede|pueden)) (?:fill|dispense|release|deliver|ship|surtir|dar|entregar)"
                # ... or has no prescription it can fill: "Rx ... rejected, insurer requires prior
                # authorization ... her first home dose is due tonight", "we haven't received it".
                r"|(?:rx|prescription|script|claim|receta)(?: [\w.]+){0,12} (?:rejected|denied|rechazad[oa]|negad[oa])|(?:havent|have not|never|didnt|did not) (?:received|gotten|got) (?:it|the rx|the prescription|the script)"
                r"|(?:requires|required) (?:a )?(?:new )?(?:prior auth\w*|pa)(?![a-z])|pa required",
            ),
            (CRITICAL_MEDICATIONS, r"(?:tonight|today|this evening|hoy|esta noche)(?![a-z])"),
        ),
        # ... or after an operation: "cephalexin for 10 days after my hand surgery but the
        # pharmacy only gave me enough for 6 and I took the last one this morning".
        # Eye drops after eye surgery too: "had cataract surgery this morning ... no steroid drop
        # for tonight" (the drops hold off inflammation and infection in the first days).
        (
            U,
            (SUPPLY_GONE,),
            (
                rf"{ANTIBIOTIC}|(?:eye |steroid |antibiotic )?drops?|gotas",
                r"(?:after|since|from|post) (?:my |his |her |the )?(?:\w+ )?(?:surgery|operation|procedure)|post ?op\w*|despues de (?:la |mi |su )?(?:cirugia|operacion)"
                r"|(?:had|having) (?:\w+ ){0,2}(?:surgery|operation|procedure) (?:this morning|today|yesterday|this afternoon)",
            ),
        ),
        # A hospice patient's comfort medicine: "hydrocodone for hospice patient ... facility
        # has none left".
        (U, (SUPPLY_GONE,), (r"hospice|comfort care|hospicio|cuidados paliativos",)),
    ],
    # A medicine that had to be held before surgery and was taken anyway: someone must decide
    # today whether the operation goes ahead ("supposed to stop my Ozempic one week before
    # surgery. I took my weekly shot yesterday"; "took his apixaban this morning -
    # misunderstood the instruction to hold 48 hrs prior").
    "pre_op_medicine_not_held": (
        U,
        (
            r"(?:supposed to|was told to|were told to|told (?:me|him|her|us) to|instructions? to|needed to|had to|meant to|debia|debi|tenia que|me dijeron que|le dijeron que)"
            r" (?:stop|hold|pause|skip|dejar|suspender|parar)(?: \w+){0,5} (?:(?:before|prior to|antes de) (?:the |my |his |her |la |el |mi |su )?(?:surgery|procedure|operation|colonoscopy|endoscopy|cirugia|operacion|procedimiento)|prior(?![a-z]))",
        ),
        (r"took|taken|tomo|tome|se tomo|se la tomo|se lo tomo|me la tome|me lo tome|injected|did (?:my|his|her) (?:shot|injection)|se (?:la|lo) (?:puso|inyecto)",),
    ),
    # A grown-up's opioid patch on a child's skin or in the mouth ("found one of the fentanyl
    # patches stuck on his tummy"), and methotrexate taken every day: it is taken once a week,
    # and daily it poisons the marrow and the gut within days (the classic high-alert
    # medication error: "pt has been taking methotrexate 2.5 mg x6 tabs EVERY DAY since last
    # Tuesday instead of once weekly").
    "overdose_poisoning": [
        (
            E,
            (
                rf"(?:{OPIOID_PATCH})~6~ (?:stuck|on (?:his|her|their) (?:\w+ )?(?:skin|body|tummy|belly|stomach|back|arm|chest|leg|neck|bottom)|in (?:his|her|their) mouth|chew\w*|suck\w*|pegad[oa]|en (?:la|su) (?:boca|panza|barriga|espalda|piel))",
            ),
            (SMALL_CHILD,),
        ),
        (
            E,
            (
                r"(?:every day|everyday|daily|each day|diario|diariamente|todos los dias|cada dia)~6~ (?:instead of|rather than|not|en vez de|en lugar de|y no)~2~ (?:weekly|once a week|once weekly|one day a week|semanal|semanalmente|una vez (?:a|por|cada|en la) semana|cada semana)",
                r"(?:every day|everyday|daily|diario|todos los dias|cada dia)~4~ (?:by mistake|by accident|accidentally|por error|por equivocacion|sin querer)|(?:by mistake|by accident|accidentally|por error|por equivocacion) (?:\w+ ){0,4}(?:every day|everyday|daily|diario|todos los dias|cada dia)",
            ),
            (METHOTREXATE, r"taking|took|taken|tomando|tomo|tomaba|tomandose|se ha tomado|ha tomado|gave|given|dando|le daba"),
        ),
    ],
    # The methotrexate error caught before a dose: a prescription or label that reads daily
    # ("sig reads 'take 4 tablets by mouth daily.' All prior fills were 4 tabs ONCE WEEKLY";
    # not "methotrexate weekly and folic acid daily": the daily word must be what the
    # prescription says). And a pharmacist asking today about a combination that must not be
    # taken ("ciprofloxacin ... Pt also takes tizanidine - contraindicated combination ...
    # Please call with an alternative antibiotic today").
    "high_alert_prescription_error": [
        (
            U,
            (
                r"(?:sig|label|bottle|directions|instructions|prescription|rx|e rx|erx|script|receta|etiqueta|frasco|indicaciones) (?:\w+ ){0,3}(?:reads|read|says|said|dice|decia|shows|written as|written for)~8~ (?:daily|every day|each day|a day|diario|al dia|todos los dias|cada dia)(?![a-z])",
            ),
            (METHOTREXATE,),
        ),
        (
            U,
            (r"contraindicated|contraindicad[oa]|(?:major|serious|dangerous|severe) (?:drug )?interaction|interaccion (?:grave|peligrosa|seria)",),
            (
                r"pharmacy|pharmacist|farmacia|farmaceutic[oa]",
                r"(?:today|tonight|right away|asap|hoy|hoy mismo|esta noche)(?![a-z])",
            ),
        ),
    ],
    # An instruction given on a condition, and the condition met: "dr nakamura said if my urine
    # culture came back positive to call right away ... portal says positive for e coli",
    # "told me that if my creatinine ... came back higher than 2.0 I should call right away
    # ... The portal says 2.6", "la dra me dijo q si el cultivo salia positivo le avisara el
    # mismo dia ... ya salio positivo". (The number is not compared with the threshold: a
    # result to check the same day either way.) The "if" clause itself stays hypothetical.
    "abnormal_result": (
        U,
        (
            # (The anchor starts at the verb, the source word is a look-behind: a hypothetical
            # scope ends at that word, context.py.)
            right_after(RESULT_SOURCES)
            + r"(?:says|said|shows|showed|showing|reads|read|came back|posted|(?:is|was|got) posted|has|dice|decia|salio|salieron|marca|muestra|aparece|aparecio|sale|listed|marked) (?:as |como )?(?:\w+ ){0,6}(?:positive|positivo|positiva|high|higher|abnormal|elevated|resistant|resistente|detected|detectado|reactive|reactivo|alto|alta|altos|bajo|baja|low|lower|anormal|flagged|red flags?|\d+(?:\.\d+)?"
            + rf"|{SPELLED_NUMBER})(?![a-z])",
            # The value itself: "lab just called, my calcium is 7.4".
            r"(?:my|his|her|mi|su) (?:\w+ ){1,3}(?:is|was|came back at|es|salio en|esta en) \d+(?:\.\d+)?(?![a-z0-9])",
        ),
        (
            # (The instruction may be to call, or to start or switch a treatment: "if it came
            # back resistant I'd need to switch drops right away", "habia q empezar el
            # antibiotico ese mismo dia".)
            r"(?:if|si) (?:\w+ ){0,14}(?:positive|positivo|positiva|high|higher|abnormal|flagged|elevated|resistant|resistente|detected|detectado|reactive|reactivo|alto|alta|bajo|baja|low|lower|over|above|below|under|more than|less than|mas de|menos de|arriba de)(?: [\w.]+){0,8} (?:call|llam\w*|avis\w*|let (?:us|her|him|them|the office|you) know|contact|notify|start|begin|switch|change|empezar|comenzar|iniciar|cambiar|bring|come in|go in|trajera|trajeras|traer\w*|llevara|llevar\w*|viniera|fuera|habl\w*)(?: \w+){0,4} (?:right away|today|same day|the same day|that same day|that day|el mismo dia|ese mismo dia|ese dia|hoy|hoy mismo|asap|immediately|de inmediato)(?![a-z])",
        ),
    ),
    # A dialysis session missed with fluid or potassium building up: "was not brought for his
    # Saturday run ... At his last session Thursday his potassium was 5.9 and he was 3.8 kg
    # over dry weight" (not "missed dialysis today bc of the snow ... hes breathing fine no
    # swelling": a visit to make up, which an author called routine).
    "missed_dialysis": (
        U,
        (
            r"(?:missed|skipped|not brought for|no show for|no showed|could not get to|couldnt get to|didnt make it to)~4~ (?:dialysis|(?:(?:his|her|my|their|the) )?(?:\w+ )?(?:dialysis )?(?:run|treatment|session|chair))(?![a-z])"
            r"|(?:falto|falte|no fue|no fui|no lo llevaron|no la llevaron|no me llevaron) a (?:su |la |mi )?(?:dialisis|sesion de dialisis)",
        ),
        (Sign(r"potassium|potasio|\bk (?:of |was |is |at )?\d|fluid|liquido|dry weight|peso seco|kg over|lbs? over|swell\w*|swollen|hinchad\w*|short of breath|cant breathe|falta de aire|crackles"),),
    ),
    # Nosebleeds on a blood thinner ("on Eliquis. Nosebleed this morning lasted about 25 min
    # ... the 3rd one this week"): the dose may need review the same day. A single nosebleed
    # off blood thinners is routine (rounds 34 and 37).
    "bleeding_on_blood_thinner": (
        U,
        (r"nosebleeds?|nose bleeds?|bloody nose|sangrado de (?:la )?nariz|sangra de la nariz|(?:gums|encias) (?:keep |keeps |are |won't stop |wont stop )?(?:bleeding|sangran|sangrando)",),
        (Sign(r"eliquis|apixaban|xarelto|rivaroxaban|warfarin|warfarina|coumadin|jantoven|pradaxa|dabigatran|lovenox|enoxaparin|blood thinners?|anticoagula\w*|plavix|clopidogrel|brilinta"),),
    ),
    # An LVAD alarm with the patient near fainting, short of breath or confused: the pump may
    # be failing or clotted ("my lvad keeps flashing low flow, i feel like im gonna pass out").
    # The alarm alone is urgent (lexicon_indirect "lvad_alarm").
    "lvad_failure_signs": (
        E,
        (LVAD_ALARM,),
        (Sign(r"pass(?:ing)? out|passed out|faint\w*|black(?:ing)? out|dizzy|lightheaded|light headed|short of breath|cant breathe|cant catch (?:my|his|her) breath|confus\w*|chest pain|crawl\w*|collaps\w*|me desmayo|me voy a desmayar|mareado|mareada|no puedo respirar|falta de aire"),),
    ),
    # A swollen, hot or painful calf with breathlessness or chest pain on breathing in: a clot
    # that may have reached the lungs ("my chest stabs when i breathe in and my left calf is
    # swollen and hot ... getting real short of breath").
    "blood_clot_signs": (
        E,
        (r"(?:calf|leg|thigh|pantorrilla|pierna)~4~ (?:is |esta |feels |se siente )?(?:swollen|swelling|hot|red|tender|warm|hinchad\w*|caliente|roja|colorada)",),
        (Sign(r"short(?:ness)? of breath|cant catch (?:my|his|her) breath|out of breath|winded|(?:chest|pecho)~4~ (?:hurts|pain|stabs|stabbing|sharp|duele)~3~ (?:when|cuando) (?:i |he |she |me |le )?(?:breathe|breath|respir\w*)|falta de aire|me falta el aire|no puedo respirar|coughing (?:up )?blood|tosiendo sangre"),),
    ),
    # An urgent referral and a visit today in the same message: "We received your urgent
    # referral ... We can see her TODAY at 3:30 PM", "whether he can be seen by oral surgery
    # today or tomorrow morning".
    "urgent_referral_today": (
        U,
        (r"urgent referral|referral (?:is |was |marked )?(?:as )?urgent|(?:referido|referencia|envio) urgente",),
        # (Or within a day or two, when the referral itself is marked urgent: "whether you can
        # see him within 24-48 h".)
        (r"(?:see|seen|fit|schedule|squeeze|work) (?:\w+ ){0,4}(?:in )?(?:today|tonight|this afternoon|tomorrow morning)(?![a-z])|(?:ver|atender)(?:la|lo)? hoy"
         r"|within (?:24|twenty four)(?: (?:to )?(?:48|forty eight))? (?:hours|hrs|h)(?![a-z])|(?:en|dentro de) 24 (?:a 48 )?horas",),
    ),
}
