"""Indirect warning signs: emergencies that no single phrase gives away.

People in crisis rarely write "I am suicidal". They say goodbye, give their dog away, say
they won't be around for the appointment, or that nobody will have to worry about them
anymore; a parent describes hives, then swollen eyes, then feeling faint, without the
word "allergic". Each cue alone is weak (a patient who is moving away says goodbye too);
two different cues together are what a triage nurse reacts to. This module writes those
combinations down, in English and Spanish, with the situations that explain them away
("moving", "retiring") as exclusions.

Same pattern mini-language as lexicon_en.py; runs on normalised text (lower case, no
accents, no apostrophes, no quotes). Compound entries are (urgency, anchors, required,
unless): an anchor (whose words are reported and go through the context rules), every
required group somewhere in the message, and no `unless` group anywhere.
"""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage.lexicon_body_cues import (
    ACUTE_ABDOMEN_COMPANION,
    ELEVATED_PREGNANCY_BP,
    PREGNANT_OR_POSTPARTUM,
    RIGID_BELLY,
    SEVERE_PREGNANCY_BP,
    SEVERE_PREGNANCY_SIGN,
)
from careloop.triage.lexicon_compose import LVAD_ALARM, SMALL_CHILD
from careloop.triage.lexicon_en import FEVER_WORD, Sign
from careloop.triage.lexicon_suicide_cues import (
    AFFAIRS_IN_ORDER,
    APOLOGY_FOR_EVERYTHING,
    A_DANGEROUS_PLACE,
    BEING_A_BURDEN,
    DESPAIR_OR_GOODBYE,
    ESTATE_PLANNING,
    GIVING_THINGS_AWAY,
    HOPELESSNESS,
    LEAVING_FOR_A_REASON,
    LEFT_A_NOTE,
    MEANS_AT_HAND,
    MEANS_RIGHT_HERE,
    NOT_BEING_AROUND,
    NOT_OK,
    PILLS_LAID_OUT,
    PILLS_ROUTINE,
    PLAN_READY,
    READY_TO_GO,
    SAYING_GOODBYE,
    TAKE_ALL_AT_ONCE,
    THANKS_FOR_TRYING,
    THE_DAY_IS_SET,
    UNREACHABLE,
)

E = Urgency.EMERGENCY
U = Urgency.URGENT

# -- cue classes: allergic reaction that has spread beyond the skin ---------------------------
HIVES = r"hives|welts|ronchas|urticaria|habones|rash (?:all over|everywhere|from head to toe)|sarpullido (?:en todo|por todo)"
SYSTEMIC_ALLERGIC_SIGN = (
    r"faint\w*|lightheaded|light headed|dizzy|woozy|mare\w*|desmay\w*|pass(?:ing)? out|passed out"
    r"|(?:bp|blood pressure|presion)~3~ (?:[5-8]\d(?: )?/|low|dropping|baja|bajando)"
    r"|(?:heart|corazon|pulse|pulso)~3~ (?:racing|pounding|acelerad[oa]|a mil)|vomit\w*|throwing up|threw up"
    r"|swelling shut|swollen shut|(?:eyes?|eyelids?|parpados|ojos|face|cara|lips?|labios)~3~ (?:swell\w*|swollen|hinchad\w*|inflamad\w*|puffy|puffed)"
    r"|(?:swell\w*|swollen|hinchazon|hinchad\w*|inflamad\w*)~3~ (?:eyes?|eyelids?|parpados|ojos|face|cara|lips?|labios)"
)

# -- cue classes: meningitis -----------------------------------------------------------------
STIFF_NECK = r"stiff neck|neck (?:is |feels |so |very |really |too )*stiff|(?:cant|cannot|unable to) (?:bend|touch|put) (?:his|her|my) (?:neck|chin)|cuello (?:muy )?(?:tieso|rigido|duro)|rigidez (?:de|en el|del) cuello|no (?:puede|puedo) (?:doblar|mover|bajar) el cuello"
FEVER = FEVER_WORD + r"|(?:10[0-6]|3[89]|40)(?:\.\d)?"
MENINGITIS_COMPANION = (
    r"confus\w*|not making (?:any )?sense|keeps asking what (?:day|time|year)|disoriented|(?:light|lights|brightness) (?:hurts|bothers)|sensitive to light|photophobi\w*"
    r"|rash|spots|purple|(?:very |really )?(?:sleepy|drowsy)|hard to wake|vomit\w*|throwing up|confundid[oa]|desorientad[oa]"
    r"|(?:le|me) molesta la luz|manchas|ronchas moradas|no (?:despierta|responde)|muy dormid[oa]"
)

# -- cue classes: poisoning, gas, choking, hidden bleeding, heart, stroke, sugar, skin ------
SWALLOWED = (
    r"(?:drank|drink|swallowed|ate|eaten|got into|chewed|sucked on|licked|bebio|se bebio|tomo|se tomo|se trago|trago|se comio|comio|mordio|chupo|se metio a la boca)"
)
HOUSEHOLD_POISON = (
    r"(?:bleach|detergent|dishwasher (?:liquid|soap|pod|pods|detergent)|laundry (?:pods?|detergent|soap)|tide pods?|antifreeze|drain cleaner|oven cleaner|toilet (?:bowl )?cleaner"
    r"|gasoline|kerosene|lamp oil|lighter fluid|windshield (?:washer )?fluid|washer fluid|paint thinner|rat poison|pesticide|insecticide|weed killer|roundup|bug\x20spray"
    r"|cloro|clorox|blanqueador|detergente|jabon (?:de|para) (?:trastes|ropa|lavadora|lavaplatos)|anticongelante|destapacanos|gasolina|queroseno|petroleo|thinner|raticida|veneno(?: para (?:ratas|ratones|cucarachas|hormigas))?|pesticida|insecticida|herbicida|matahierba\w*|liquido de frenos|acido muriatico|sosa caustica)"
)
# Things a small child can swallow that are dangerous in a child (not in an adult).
CHILD_SWALLOW_DANGER = (
    r"edibles?|(?:weed|thc|pot|cannabis) (?:gummies|gummy|candy|brownies?|cookies?)|gummies|button batter\w*|(?:little |small |round |coin )?batter(?:y|ies)|magnets?|essential oils?|mouthwash|nail polish remover|hand sanitizer|vape (?:juice|liquid)|nicotine"
    r"|iron (?:pills|tablets|vitamins|supplements)|prenatal vitamins|vitaminas (?:de hierro|prenatales|del embarazo)|pastillas de hierro|gomitas (?:de )?(?:mota|marihuana|thc)?|pilas?(?: de boton)?|baterias?|imanes|iman|aceite esencial|enjuague bucal|quitaesmalte|gel antibacterial|liquido (?:del|de) vape|nicotina"
)
# A gas source, with people down or everyone sick at once: carbon monoxide.
GAS_SOURCE = (
    r"furnace|space heater|heater|generator|gas leak|smell\w* (?:like )?gas|carbon monoxide|co (?:alarm|detector)|monoxido|calentador|boiler|caldera|brasero|anafre|huele (?:mucho )?a gas|olor a gas|fuga de gas"
)
GAS_VICTIMS = (
    r"passed out|pass(?:ing)? out|unconscious|not moving|wont wake|no se mueve|desmay\w*|confus\w*|no (?:despierta|responde)"
    r"|(?:everyone|all of us|whole family|both of us|the kids|todos|toda la familia|los ninos)~6~ (?:headaches?|dolor de cabeza|vomit\w*|throwing up|dizzy|mareados|nause\w*|sick)"
)
CHOKING = r"(?:se )?atragant\w*|choking|choked|something (?:is )?stuck in (?:his|her|my|the) throat|se (?:le|me) atoro|atorad[oa]"
CANNOT_BREATHE_OR_CRY = (
    r"cant (?:breathe|cry|talk|cough|make a sound)|cannot (?:breathe|cry|talk)|(?:no puede|no puedo)(?: \w+)?(?: ni)? (?:respirar|llorar|hablar|toser)"
    r"|turning (?:blue|purple)|(?:se esta poniendo|se puso|esta) (?:morad\w*|azul\w*)|lips (?:are )?blue|not breathing|no respira|no le sale (?:el )?aire"
)
# Vomiting old blood or passing black, tarry stool with faintness: a bleed inside.
HIDDEN_BLEED = (
    r"coffee grounds|black (?:and )?(?:sticky|tarry)|tarry|(?:poop|stool|stools|bm|bms|bowel movements?|its|it is|its been|coming out|comes out|came out) (?:\w+ ){0,2}(?:black )?(?:like|as) tar|(?:parece|como) (?:chapopote|alquitran|brea)|melena|chapopote|(?:popo|heces|excremento|del bano|evacuaciones?|caca) (?:\w+ )?negr[oa]|(?:poop|stool|stools) (?:is |are |was |were )?(?:black|jet black)"
)
BLOOD_LOSS_SIGN = (
    r"lightheaded|light headed|faint\w*|pass(?:ing)? out|passed out|blacked out|dizzy|woozy|pale|weak|mare\w*|desmay\w*|palid[oa]|debil|me paro"
)
# Chest burning or "indigestion" with sweating or breathlessness: a heart attack in lay words.
INDIGESTION_LIKE = (
    r"indigestion|heartburn|agruras|acidez|(?:arde|quema|ardor en) el pecho|(?:le|me) arde el pecho|between (?:my|her|his|the) shoulder blades|entre (?:los )?omoplatos|entre las paletas"
)
HEART_WARNING = r"short of breath|shortness of breath|sob|falta (?:de |el )?aire|sweat\w*|clammy|cold sweat|sudando|sudor\w*|sudoros[oa]|sudando frio"
CHRONIC_REFLUX = r"after (?:big |large |spicy )?meals|after (?:i|he|she) eats?|when (?:i|he|she) lie\w* down|same as always|for years|antacids? (?:help|helps|take care|work)|despues de comer|de siempre|toda la vida"
RACING_HEART = (
    r"heart(?:s| is)? (?:been )?(?:racing|pounding)|(?:hr|heart rate|pulse|pulso)~3~ (?:1[5-9]\d|2\d\d)|(?:racing|pounding) (?:at |around )?(?:1[5-9]\d|2\d\d)|(?:at|around) (?:1[5-9]\d|2\d\d) (?:bpm|on (?:my|his|her) watch)|palpitaciones|corazon (?:muy |bien )?acelerado"
)
NEAR_FAINT_OR_CHEST = (
    r"(?:almost|nearly) (?:blacked out|passed out|fainted)|blacked out|passed out|fainted|chest (?:is )?(?:tight|pain|pressure|hurts)|casi me desmay\w*|me desmaye|se desmayo|dolor de pecho|pecho apretado"
)
DOUBLE_VISION = r"(?:veo|ve|seeing|see|sees) doble|double vision|vision doble"
BALANCE_OR_SPEECH = (
    r"(?:cant|cannot|no puedo|no puede) (?:walk|caminar)(?: \w+)? (?:straight|derech[oa]|bien)|todo (?:me|le) da vueltas|(?:hablo|habla|talking|speech|speaking)~3~ (?:trabad[oa]|arrastrad\w*|slurr\w*|enredad\w*)|slurr\w*|arrastra las palabras|dizzy|vertigo"
)
LOW_SUGAR = (
    r"(?:bajo|baja|bajó) (?:el|la|su) (?:azucar|glucosa)|(?:le|me) bajo el azucar|low (?:blood )?sugar|(?:sugar|glucose) (?:is |was |says |reads |read |of |at )?(?:low|[1-5]\d\b)|(?:azucar|glucosa) (?:de |en |salio en |marca |marco |esta en )?[1-5]\d\b|hypoglyc\w*|hipoglucemia"
    # The sensor's number: "CGM on mom's phone 29", "dexcom says 38".
    r"|(?:cgm|dexcom|libre|sensor|bg|glucometer|meter|sugar)(?: [\w']+){0,3} (?:[1-4]\d|5[0-4])(?![\d/:]|\.\d)"
)
CANNOT_TAKE_SUGAR = (
    r"(?:cant|cannot|wont|unable to|no (?:puede|puedo|quiere)) (?:\w+ ){0,3}(?:swallow|drink|eat|tomar|tragar|beber)|no se lo puede tomar|no me reconoce|(?:cant|cannot|can barely) think (?:straight|clearly)|no (?:puedo|puede) pensar|confused|confundid[oa]|(?:doesnt|dont) recogni[sz]e|convuls\w*|seiz\w*|unresponsive|no responde|wont wake|passed out|desmay\w*"
    # Too drowsy to treat safely: "very drowsy, mumbling, can't sit up".
    r"|(?:very|so|really|super|extremely) (?:drowsy|sleepy|lethargic|out of it)|mumbling|(?:cant|cannot|can not) (?:sit|stand) up|hard to wake|(?:muy )?(?:adormilad[oa]|somnolient[oa])|(?:esta|anda) como ida|no (?:se )?(?:puede|podia) (?:sentar|parar)"
)
# Blistering, peeling skin with mouth or eye sores and fever: Stevens-Johnson / TEN.
BLISTERING = r"blister\w*|peel\w*|skin (?:is )?(?:coming|falling|sloughing) off|ampolla\w*|se (?:le |me )?(?:esta )?pel\w*|despellej\w*"
SKIN_EXPLAINED = r"sunburn|sun burn|quemadura de sol|beach|playa|poison ivy|hiedra|chickenpox|varicela|cold sores?|fuego labial|herpes|eczema|athletes foot|pie de atleta"
# Breathing that stops in pauses, in a baby or small child.
BREATHING_PAUSES = (
    # Spelt out with \x20: "breathing stops" is a rare literal, "breathing" a common one.
    r"(?:" + "|".join(f"{what}\\x20{how}" for what in ("breathing", "respiracion") for how in ("stops", "stopping", "stopped", "pauses", "pausing", "keeps\\x20stopping", "kept\\x20stopping")) + r")|"
    r"(?:doesnt|isnt|not|stops?|stopped|quit) breath\w* for (?:a few|several|\d+|a couple of) seconds"
    r"|pauses (?:in (?:her|his|the) breathing )?(?:are )?getting longer|little\x20gasps|(?:deja|dejo) de respirar (?:por )?(?:unos|varios|algunos) segundos|(?:grey|gray)(?: )?blue|blue(?: )?(?:grey|gray)"
)
# The colour of the child, not of a thing near it: "asked what the purple box was".
CHILD_DISCOLOURED = (
    rf"{SMALL_CHILD}~8~ (?<!el\x20)(?<!la\x20)(?<!the\x20)(?:blue|bluish|purple|purplish|grey|gray|dusky|morad[oa]|azul|moradito|moradita|gris)"
    r"(?! (?:\w+ )?(?:box|boxes|bottle|bottles|bag|bags|pill|pills|inhaler|inhalador|albuterol|puffer|cross|shield|hmo|ppo|epo|plan|precision|care|choice|cup|cups|toy|toys|shirt|dress|jacket|blanket|crayon|crayons|marker|markers|bin|can|case|pen|car|one|ones|caja|botella|bolsa|frasco|juguete|camisa|vestido|cobija|crayola|marcador)s?(?![a-z0-9]))"
)
CENTRALLY_PINK = r"(?:lips|face|tongue|mouth|gums|labios|cara|boca|lengua)~4~ (?:pink|rosad[oa]s?|rosit[oa]s?|normal colou?r|color normal)"
# Said anywhere, these reassure about the very thing the learned urgency model reacts to,
# so it may not call an emergency alone (engine.py): pink lips and face mean the blue of
# hands and feet is not cyanosis, whoever's hands they are.
# An emergency that is over and the person well again: "my dad is home from the hospital and
# doing good, the doctor who called the ambulance ... saved his life".
RECOVERED = (
    r"(?:home|back home)(?: from the hospital)?(?: now)? and (?:doing )?(?:good|well|great|fine|better)|saved (?:his|her|my|their) life"
    r"|(?:are|is|its|theyre|which are) (?:healing|getting better)(?: now| well| nicely)?|(?:is |eye |hes |shes |im )?doing (?:well|great|fine|good) (?:per (?:pt|patient|mom|family)|now)|(?:fully|completely) recovered|(?:ya )?(?:esta|estoy) (?:en casa|de regreso) y (?:bien|mejor)|le salvo la vida|me salvo la vida"
)
# Breathing described as not in danger: "between doses he is talking in full sentences and
# playing; no blue lips", "el pecho le suena ... pero no ta ahogao". (Only the model is held
# back: a rule that hears "cant talk" or "se esta ahogando" still calls the emergency.)
BREATHING_REASSURED = (
    r"(?:talking|speaking|talks|speaks) in full sentences|no blue (?:lips|color|colou?ring)|(?:lips|labios) (?:are |estan )?(?:not|no) (?:blue|azul\w*|morad\w*)"
    r"|(?:no|not) (?:esta|ta|estaba) ahoga(?:d[oa]|o)|breathing (?:fine|ok|okay|normally|normal)(?! (?:until|till|before|earlier|an hour ago|this morning|yesterday))|respira (?:bien|normal)(?! (?:hasta|antes))"
)
# Late for the visit because of traffic or an accident on the road: "stuck on the freeway
# there's an accident, I'm gonna be twenty minutes late".
RUNNING_LATE = (
    r"(?:running|gonna be|going to be|will be|ill be|im|be|voy a llegar|llego|vamos a llegar) (?:\w+ )?(?:\d+|five|ten|fifteen|twenty|thirty|a few|unos?) (?:minutes?|mins?|minutos) (?:late|tarde)"
    r"|(?:running|gonna be|going to be|will be|ill be) (?:a (?:little|bit) )?late|stuck (?:in|on) (?:traffic|the freeway|the highway|the interstate|el trafico)"
)
# (Not "no need to call me back": a farewell before a suicide says it too, z35-157.)
HOLD_BACK_THE_MODEL = (CENTRALLY_PINK, RECOVERED, BREATHING_REASSURED, RUNNING_LATE)
# Hearing voices soon after a birth: postpartum psychosis, a danger to mother and baby.
HEARING_VOICES = r"(?:hearing|hears|heard|hear) (?:a |the )?voices?|voices? (?:telling|saying|tell|say)|(?:oye|escucha|oigo|escucho) (?:una )?(?:voz|voces)|una voz que (?:le |me )?dice"
AFTER_A_BIRTH = r"baby|newborn|delivered|postpartum|post partum|gave birth|bebe|recien nacid[oa]|dio a luz|parto|postparto|cuarentena"
# A diabetic foot wound turning dark, smelling or draining: infection, seen today.
DIABETIC = r"diabet\w*|diabetic[oa]|(?:type|tipo) (?:1|2|one|two|uno|dos)|insulin\w*|insulina|a1c"
FOOT = r"foot|feet|heel|toe|toes|sole|pie|pies|talon|dedo del pie|planta del pie"
WOUND_TURNING_BAD = r"turn\w* (?:dark|black|blue|purple|gr[ae]y)|(?:dark|black) (?:spot|area|patch)|smell\w*|odor|odour|stinks?|pus|oozing|draining|red streaks?|se puso (?:negr[oa]|morad[oa]|oscur[oa])|huele|mal olor|apesta|supura"
# A person lying there who does not move or answer.
LYING_STILL = r"(?:tirad[oa]|acostad[oa]|en el (?:piso|suelo|sillon|sofa)|slumped|lying (?:there|on the floor|on the couch))~6~ (?:y )?(?:no se mueve|not moving|wont move|isnt moving|doesnt move)"
STARING_UNRESPONSIVE = r"no (?:me|nos|le) responde|no parpadea|(?:doesnt|wont|isnt) (?:blink|blinking)|ojos abiertos pero no"
STARING_COMPANION = r"le hablo|le grito|ojos abiertos|eyes (?:are )?open|no parpadea|blink\w*|como ida|como ido|tirad[oa]|no se mueve|le toco|sacud\w*|staring|zoned out|not responding"

# A dose drawn up or given, then the amount meant: the tenfold-dose phrases (overdose_poisoning).
_DOSE_GIVEN = r"(?:pulled up|drew up|drawn up|injected|inject|gave|given|took|shot|dosed|used|puse|le puse|le di|me inyecte|inyecte|tome)(?: \w+){0,4} "
_INSTEAD_OF = r" ?(?:units?|u|mg|ml|cc|clicks|unidades)?(?: \w+){0,2} (?:instead of|not|en vez de|en lugar de) "


PATTERNS: dict[str, tuple[Urgency, tuple[str, ...]]] = {
    # A result to act on that needs no instruction: an INR of 5 or more (bleeding risk).
    "abnormal_result": (
        U,
        (
            r"(?:inr|i n r|protime)(?: (?:is|was|of|de|today|hoy|came back|salio|at|en|from|this|am|morning|result|level|yesterday|last|night))* (?:[5-9]|1\d)(?:\.\d+)?(?![\d/])(?!\.\d)",
            # Voice-to-text spells the number out: "el examen del i n r ... salio cinco punto dos".
            r"(?:inr|i n r|protime)~12~ (?:is|was|came back|came back at|salio|salio en|dio|de|at|en) (?:five|six|seven|eight|nine|ten|cinco|seis|siete|ocho|nueve|diez)(?! (?:days?|weeks?|months?|hours?|dias|semanas|meses|horas|am|pm|mg|de la|de mayo|o clock))",
            # A clot found on a scan is treated the day it is found: "the result says positive
            # for acute deep vein thrombosis" (not "negative for DVT", "no clot").
            # (Not "the ER found a clot last week and started me on eliquis": already treated.)
            r"(?:positive for|shows?|showed|showing|confirmed|revealed|positivo para|mostro) (?:an? |un |una )?(?:acute |new |aguda )?(?:deep vein thrombosis|dvt|blood clot|clot|pulmonary embol\w*|trombosis|coagulo)(?! (?:risk|prevention|test|study|screening|stockings))",
            # A lithium level of 1.5 or more is toxic.
            r"lithium(?: level)?(?: [a-z]+){0,6} (?:1\.[5-9]|[2-4](?:\.\d+)?)(?![\d/])",
            # ... and one the lab or the clinic calls high is checked the same day (toxicity
            # comes on over hours): "mi nivel de litio salio alto", "lithium level came back high".
            r"(?:lithium|litio)(?: level| levels| nivel)?(?: [a-z]+){0,3} (?:high|elevated|toxic|alto|elevado|toxico)(?![a-z])|(?:high|elevated|toxic) lithium|(?:nivel|niveles) (?:de |del )?litio (?:\w+ ){0,2}(?:alto|elevado|toxico)",
            # Whoever read the study wants the specialist called today: "the imaging place
            # said to call my oncologist TODAY about something they saw on my CT".
            r"(?:said|told (?:me|us|him|her|them)|asked (?:me|us|him|her)|me dijeron|le dijeron|dijeron) (?:to|que) (?:call|contact|phone|see|talk to|llam\w*|habl\w*) (?:my|the|his|her|our|their|a|al|a mi|a su) \w+~3~ (?:today|tonight|right away|asap|immediately|hoy|hoy mismo|de inmediato)~10~ (?:ct|cat scan|mri|scan|pet|x(?: )?ray|xray|ultrasound|mammogram|biopsy|labs?|results?|blood(?: )?work|tests?|tomografia|resonancia|estudio|resultados?|radiografia|ultrasonido|mamografia|biopsia)",
            # The result's caller wants the patient seen today: "my blood count came back low
            # and they want me seen today".
            r"(?:results?|labs?|count|level|test|culture|came back|salio|salieron)~10~ (?:want|wants|wanted|quieren|queria|quiere) (?:(?:me|him|her|us|them) |que (?:la|lo|me|le) )?(?:to be |to come )?(?:seen|in|back|vean|vea|venga|vaya)~2~ (?:today|tonight|right away|asap|this afternoon|hoy|hoy mismo|esta tarde)",
            # "el cultivo salio positivo y q tenia q empezar el antibiotico hoy"
            r"(?:positive|reactive|abnormal|positivo|positiva|reactivo|reactiva|anormal)~12~ (?:supposed to|need to|needs to|have to|has to|had to|tenia que|tiene que|tengo que|tenia q|tiene q|tengo q|debia|debe) (?:start|begin|take|empezar|comenzar|iniciar|tomar)~4~ (?:today|tonight|hoy|hoy mismo|esta noche)",
            # A positive test that needs treatment today: "RPR reactive 1:64 ... told he needs treatment today".
            r"(?:reactive|positive|positivo|positiva|reactivo)~12~ (?:needs?|need to|requires?|should (?:get|start|receive)|necesita|tiene que)~2~ (?:treatment|treated|antibiotics?|a shot|an injection|penicillin|tratamiento|la inyeccion|antibiotico)~3~ (?:today|tonight|right away|asap|hoy|hoy mismo|de inmediato)",
        ),
    ),
    # To be seen within a day, by a discharge's or a partner's word: "recheck with oral
    # surgery within 24 hours" (an urgent referral to be seen today: COMPOUND_PATTERNS).
    "urgent_referral_today": (
        U,
        (
            r"(?:recheck|re check|follow up|be seen|seen|return|revision)~4~ within (?:24|twenty four) (?:hours|hrs)",
        ),
    ),
    # A clinician's instruction to come back, call or be rechecked today: "midwife said
    # yesterday to come back TODAY for a bp recheck", "Dr. Haddad asked pt to call today with
    # his INR", "el doctor dijo q le llamara hoy". Same day because the clinician said so.
    # (Not "call today to schedule": booking is the desk's, and routine.)
    "same_day_instruction": (
        U,
        (
            # A message from the office to call today: "a message on the portal that my pathology
            # is back and to call the office today".
            r"(?:message|msg|voicemail|vm|note|letter|mensaje|recado)(?: \w+){0,10} (?:to|asking (?:me|us|him|her) to|para que|que|that says|saying|says)(?: please| pls)? (?:call|phone|contact|llame|llamar|llamara|hablar|hablara)(?: (?:the|your|their|my|la|al|a la) (?:office|clinic|doctor|nurse|clinica|consultorio|doctora?))?(?: \w+){0,2} (?:today|hoy|hoy mismo|right away|asap)(?![a-z])(?! to (?:schedule|book|make|set up)| para (?:hacer|agendar|sacar|programar))",
            # A discharge's word to be seen within a day or two: "discharged from st marys last
            # night ... papers say see rheum in 1-2 days".
            r"(?:discharge\w*|papers|paperwork|instructions|hoja de alta|papeles|dieron de alta)~10~ (?:see|follow up with|follow up|f u with|be seen by|followup with|ver al?|cita con|consulta con) (?:\w+ ){0,3}(?:in|within|en|dentro de) (?:1 2|1 to 2|one to two|one or two|24 48|24 to 48|1 o 2|uno o dos|1 a 2) (?:days|hours|hrs|dias|horas)(?![a-z])",
            r"(?:midwife|doctor|dr\.?|doc|nurse|np|pa|provider|surgeon|dentist|doctora|enfermera|partera|cirujano|dentista) (?:\w+ ){0,2}(?:said|told (?:me|us|him|her|pt|the patient|patient)|asked (?:me|us|him|her|pt|the patient|patient)|wants (?:me|us|him|her)|dijo|me dijo|le dijo|me pidio|le pidio)(?: that| yesterday| que| q)?(?: (?:i|we|he|she|le|me))?"
            r" (?:to |should |must |que |q )?(?:come back|come in|return|be seen|be rechecked|call|phone|check in|regresar\w*|volver|venir|viniera|regresara|llamar\w*|llamara|hablar\w*|hablara|le llamara|le hablara)(?! to (?:schedule|book|make)| para (?:hacer|agendar|sacar))(?: \w+){0,6} (?:today|tonight|this afternoon|hoy|hoy mismo|esta tarde)(?![a-z])(?! to (?:schedule|book|make|set up)| para (?:hacer|agendar|sacar|programar))",
        ),
    ),
    # Self-injury found or told without a wish to die ("I found cuts on Maya's upper arm ...
    # she said no, that it 'helps when everything is too much'"): the same day, not an
    # emergency unless suicidal words come with it (suicidal_ideation).
    "self_injury": (
        U,
        (
            r"(?:found|saw|noticed|seen|discovered|encontre|vi)~6~ (?:cuts|cut marks|scratches|burns|cortadas|cortaditas|rasgunos|quemaduras)~6~ (?:(?:her|his|their|my|su|sus|el|la|los) )?(?:\w+ )?(?:arm|arms|forearms?|wrist|wrists|thigh|thighs|legs?|stomach|brazo|brazos|muneca|munecas|piernas?)",
            r"(?:cutting|cut|burning|hurting|scratching) (?:herself|himself|themselves)(?! (?:shaving|cooking|on|by accident|accidentally|while))|se (?:esta )?(?:corta|cortando|corto) (?:los brazos|las munecas|las piernas|a proposito)",
        ),
    ),
    # Contraception that failed with sex since: emergency contraception works only within
    # days ("creo q se me salio el DIU ... y tuve relaciones el sabado sin nada mas", "the
    # condom broke last night").
    "emergency_contraception_need": (
        U,
        (
            r"(?:condom|condon|preservativo) (?:broke|ripped|tore|came off|slipped off|se rompio|se salio|se quedo adentro)",
            r"(?:iud|diu|nexplanon|implant|implante|ring|anillo|mirena|kyleena|paragard|liletta)~4~ (?:came out|fell out|is out|expelled|se (?:me |le )?(?:salio|cayo))",
            r"(?:se (?:me |le )?(?:salio|cayo)) (?:el|mi|su) (?:diu|implante|anillo)",
        ),
    ),
    # Dialysis needed today by the unit's word ("He needs dialysis today"); a session missed
    # with fluid or potassium building up is in lexicon_compose ("missed_dialysis").
    "missed_dialysis": (
        U,
        (r"needs? (?:to be )?(?:dialysis|dialyzed) today|necesita (?:su )?dialisis hoy",),
    ),
    # An LVAD alarm on its own: the VAD team decides the same day (with symptoms it is an
    # emergency: lexicon_compose "lvad_failure_signs").
    "lvad_alarm": (
        U,
        (
            LVAD_ALARM,
            # A damaged driveline: "driveline cable looks frayed ... you can see a little wire".
            r"driveline~6~ (?:frayed|cut|damaged|cracked|torn|broken|kinked|exposed|wire showing|see (?:a |the )?(?:little )?wire)",
        ),
    ),
    # A bite or scratch that may carry rabies, or a dose of its vaccine series missed: the
    # post-exposure shots work only if started, and kept on schedule, in time.
    "rabies_exposure": (
        U,
        (
            r"(?:bat|bats|monkey|monkeys|raccoon|fox|skunk|coyote|stray (?:dog|cat)|wild animal|feral cat|murcielago|mono|mapache|zorro|(?:perro|gato) (?:callejero|de la calle))~6~ (?:bit|bite|bites|bitten|scratched|scratch|nipped|mordio|mordida|rasguno|rasgunos|arano|me mordio|le mordio)(?![a-z])",
            r"(?:bitten|scratched|bit|nipped) by (?:a |an |the |some )?(?:\w+ )?(?:bat|monkey|raccoon|fox|skunk|coyote|stray|wild|feral)|(?:me|le|nos) (?:mordio|rasguno|arano) (?:un|una|el|la) (?:murcielago|mono|mapache|zorro|perro callejero|gato callejero)",
            r"(?<!baseball\x20)(?<!softball\x20)(?:bat|murcielago) (?:was |estaba )?(?:in|en) (?:the|my|his|her|their|el|la|mi|su) (?:bedroom|room|crib|cuarto|recamara|cuna)",
            r"(?:missed|forgot|skipped|late for|didnt get|never got|se me olvido|se le olvido|no (?:me|le) (?:puse|puso|pusieron))~12~ (?:rabies|rabia|antirrabica) (?:shot|vaccine|dose|injection|vacuna|inyeccion)"
            r"|(?:rabies|rabia|antirrabica) (?:shot|vaccine|dose|injection|vacuna|inyeccion)(?: #?\d+)?~12~ (?:missed|forgot|skipped|se me olvido|se le olvido)",
        ),
    ),
    # A line or tube that no longer works or came out: the infusion, feeding or drainage it
    # carries stops, and most need a clinician's order the same day.
    "line_or_tube_problem": (
        U,
        (
            r"(?:picc|picc line|port|port a cath|portacath|central line|midline|iv line|catheter|foley|suprapubic|nephrostomy|drain|jp drain|chest tube|feeding tube|g tube|gtube|peg|peg tube|j tube|ng tube|trach|tracheostomy|dialysis (?:line|catheter)|fistula|cateter|sonda|tubo de alimentacion|drenaje)"
            r"~3~ (?:is |was |got |has |became |seems |esta |se )?(?:occluded|blocked|clogged|plugged|wont flush|will not flush|not flushing|unable to flush|cant flush|cannot flush|wont draw|no blood return|came out|fell out|pulled out|fallen out|dislodged|slipped out|broke|broken|cracked|leaking|tapad[oa]|obstruid[oa]|se salio|se cayo|se zafo|se rompio|no pasa)",
            r"(?:unable to|cant|cannot|couldnt|could not) (?:flush|draw back from|draw from) (?:the |his |her |my )?(?:picc|port|line|catheter|central line)",
            # "foley no output since 6am, bladder scan 900ml": a blocked catheter.
            r"(?:foley|catheter|cath|suprapubic|nephrostomy|sonda)~4~ (?:no output|not draining|no urine|nothing coming out|not putting out|no drena|no sale (?:nada|orina))",
            r"(?:se (?:le|me) )?(?:salio|cayo|zafo|tapo|rompio|jalo|arranco) (?:la|el|su|mi) (?:sonda|cateter|tubo|drenaje|picc|port)",
            # A gastrostomy button out, said the other way round: "el boton de la gastrostomia de
            # mi hijo se salio" (the opening starts to close within hours).
            r"(?:mic ?key|mickey|(?:g ?tube|gtube|feeding|stomach|gastrostomy) button|gastrostom\w*|(?:boton|botoncito) de (?:la |su )?(?:gastrostomia|sonda|alimentacion|panza|pancita))~6~ (?:came out|fell out|pulled out|popped out|is out|slipped out|se (?:le |me )?(?:salio|cayo|zafo)|se (?:lo|la) (?:saco|jalo|arranco))",
            # A feeding pump that stopped: a tube-fed child gets nothing until it runs.
            r"(?:feeding pump|kangaroo pump|tube feeding pump|bomba (?:de (?:la )?)?(?:alimentacion|comida))~4~ (?:(?:ya )?no bombea|stopped (?:pumping|working)|not (?:pumping|working)|wont (?:pump|run|work)|dejo de (?:bombear|funcionar)|no (?:funciona|sirve))",
        ),
    ),
    # A heart rhythm a device or monitor caught: the cardiologist decides today.
    "arrhythmia_report": (
        U,
        (
            r"(?:episodes?|runs?|bursts?) of (?:monomorphic |polymorphic |sustained |non sustained )?(?:vt|v tach|vtach|nsvt|ventricular tachycardia|svt|afib with rvr|a fib with rvr)|nsvt|ventricular tachycardia|v tach|vtach"
            r"|(?:icd|defibrillator|device|desfibrilador) (?:fired|shocked|went off|gave (?:me|him|her) a shock|me dio (?:una )?descarga|le dio (?:una )?descarga)|(?:got|received|felt) (?:a )?shock from (?:my|his|her|the) (?:icd|defibrillator|device)",
            # Atrial fibrillation or pauses a monitor found, and a device that may be failing.
            r"(?:new |several |multiple )?(?:af|afib|a fib|afl|af afl|af/afl|atrial fibrillation|atrial flutter|fibrilacion auricular) (?:episodes?|burden|episodios?)|(?:showed|shows|detected|recorded|caught|picked up|found|mostro|detecto) (?:some |several |a few |multiple |long |algunas |varias )?(?:pauses|pause|pausas?)"
            r"|lead (?:fracture|impedance|noise|dislodg\w*)|impedance (?:jumped|rose|spiked|increased|out of range)|(?:elective replacement|end of (?:life|service)) (?:indicator|reached)|battery (?:at|reached|hit) (?:eri|ers|eol)"
            r"|(?:remote monitoring|device|pacemaker|icd|defibrillator|loop recorder|monitor) (?:alert|alarm)",
        ),
    ),
    "suicidal_ideation": (
        E,
        (
            BEING_A_BURDEN,
            r"cartas? de despedida|(?:suicide|goodbye) (?:letters?|notes?)",
            # "seria mas facil tomarmelas todas y ya", "easier to just take them all".
            r"(?:mas facil|easier|better|mejor)~4~ (?:tomarmel[oa]s|tomarme tod[oa]s|take (?:them all|all of them|the whole bottle)|swallow (?:them all|all of them))",
            # Looking up how many pills it takes, or lethal doses.
            r"(?:how many|cuantas|cuantos) of (?:my|his|her|the|these|those) (?:\w+ ){1,3}(?:it (?:would )?takes?|would it take|to (?:die|kill|overdose|end it|not wake))"
            r"|(?:scared|afraid|frightened) (?:to be|of being) (?:alone )?with myself|(?:miedo|temor) (?:de|a) (?:estar )?(?:sol[oa] )?conmigo|no (?:me )?(?:siento|estoy) segur[oa] conmigo"
            r"|(?:better off|be better|estaria mejor|estarian mejor) (?:with|con) (?:someone else|somebody else|another (?:mom|mother|dad|father)|otra (?:mama|madre|persona)|otro (?:papa|padre))",
            r"(?:how many|cuantas|cuantos) (?:of )?(?:\w+ ){0,3}(?:pills|tablets|pastillas|tabletas|capsulas)~6~ (?:it (?:would )?takes?|would it take|to (?:die|kill|overdose|end)|para (?:morir\w*|matarme|no despertar))"
            r"|(?:search\w*|look\w* up|googl\w*|buscando|buscar|busco|busque|investigando) (?:\w+ ){0,5}(?:lethal|letal|overdose|sobredosis|how (?:to )?(?:die|kill)|como (?:morir|matarse|suicidarse)|cuantas (?:pastillas|tabletas)|how many (?:pills|tablets))",
            # "last night I looked up how many it would take": the count of the writer's pills.
            r"(?:search\w*|look\w* up|looked it up|googl\w*|buscando|buscar|busco|busque|investigue|investigando)(?: \w+){0,3} (?:how many|cuantas|cuantos) (?:it would take|would it take|it takes|i would need|i d need|hacen falta|se necesitan|necesitaria)",
        ),
    ),
    # A limb suddenly cold and pale or blue, numb or unable to move: an artery blocked (hours
    # to save the limb), often after a bypass or stent.
    "limb_ischemia": (
        E,
        (
            r"(?:leg|foot|arm|hand|toes|fingers|pierna|pie|brazo|mano|dedos)~4~ (?:went|goes|turned|is|got|feels|se puso|se (?:me|le) puso|esta) (?:ice )?(?:cold|fri[oa]|helad[oa])(?: and| y) (?:white|pale|blue|gray|grey|purple|blanc[oa]|palid[oa]|azul|morad[oa])~12~ (?:cant|cannot|can not|no puedo|no puede) (?:feel|move|sentir|mover)",
            r"(?:leg|foot|arm|hand|pierna|pie|brazo|mano)~4~ (?:went|goes|turned|is|got|se puso|se (?:me|le) puso|esta) (?:white|pale|blue|blanc[oa]|palid[oa]|azul|morad[oa])(?: and| y) (?:ice )?(?:cold|fri[oa]|helad[oa])~12~ (?:cant|cannot|can not|no puedo|no puede) (?:feel|move|sentir|mover)",
        ),
    ),
    # Voices that tell a person to hurt someone (or themselves): psychiatric emergency.
    "command_hallucinations": (
        E,
        (
            r"(?:voices?|voz|voces)~5~ (?:telling|tell|tells|told|say\w*|keep saying|dicen|dice|decia|decian|ordenan|piden)~3~ (?:to )?(?:hurt|kill|harm|stab|shoot|lastim\w*|mat\w*|hacer dano|hacerle dano|hacerme dano)",
            # The devil or a demon giving the order, and the order may be to jump: "el diablo
            # le dice que se avente del balcon", "the devil keeps telling him to jump".
            r"(?:voices?|voz|voces|the devil|satan|demons?|el diablo|satanas|el demonio|los demonios)~5~ (?:telling|tell|tells|told|say\w*|keep saying|dicen|dice|decia|decian|ordena|ordenan|pide|piden)~3~ (?:to |que )?(?:jump|end it|die|se avent\w*|me avent\w*|se tir\w*|me tir\w*|salte|saltar|brinque|brincar|se mate|me mate|se muera|me muera)(?![a-z])",
        ),
    ),
    "homicidal_ideation": (
        E,
        (
            # Smothering, strangling, drowning someone in their care ("a pillow over her face").
            r"(?:thought|thoughts|thinking|urge|urges|imagin\w*|pictur\w*|pens\w*|ganas|idea)~3~ (?:putting|put|holding|hold|poner\w*) (?:a |the |una |la )?(?:pillow|almohada|bag|bolsa)~2~ (?:over|on|sobre|en) (?:his|her|their|its|su|the|la) (?:face|head|cara|cabeza)",
            r"(?:thought|thoughts|thinking|urges?|pens\w*|ganas) (?:of|about|de|en) (?:\w+ ){0,2}(?:smother\w*|strangl\w*|drown\w*|asfixiar\w*|ahorcarl[oa]|ahogarl[oa])",
        ),
    ),
    "stroke_signs": (
        E,
        (
            r"(?:left|right|one|his|her|my|the) arm (?:just )?(?:hangs|hanging|dangles|dangling|is limp|went limp|is dead weight|flops|is just hanging)",
            r"no (?:siente|siento|puede mover|puedo mover|mueve|muevo) (?:el|la|su|mi) (?:brazo|pierna|mano) (?:izquierd[oa]|derech[oa])",
            r"no (?:puede|puedo) sonreir (?:parejo|bien|derecho)|sonrisa (?:chueca|torcida|de lado)",
            r"(?:la )?mitad de (?:la|mi|su) cara~3~ (?:no se mueve|no la (?:muevo|mueve)|caida|paralizada|dormida|colgada)|half (?:of )?(?:my|his|her|the) face~3~ (?:wont move|isnt moving|not moving|doesnt move|droop\w*|paralyz\w*|frozen|numb)",
            r"(?:arrastra\w*|dragging|drags|dragged) (?:la |su |el |his |her |my |their |one )?(?:left |right |izquierd[oa] |derech[oa] )?(?:pierna|pie|leg|foot)",
            r"(?:keeps?|kept|keep) dropping (?:my |his |her |the )?(?:\w+ )?(?:cup|pen|fork|spoon|glass|phone|coffee|things|stuff|everything|mug)",
            r"se (?:le|me) caen? (?:la comida|el agua|la bebida|la baba|el cafe|las cosas|el vaso|la taza|la cuchara|el tenedor)(?! (?:al piso|en la tienda))",
            r"(?:food|drink|water|coffee|drool|saliva) (?:is |keeps )?(?:falling|dribbling|spilling|leaking|coming|running) out (?:of )?(?:the side of )?(?:his|her|my|their) mouth",
        ),
    ),
    "overdose_poisoning": (
        E,
        (
            # A tenfold dose drawn up or injected: "pulled up 50 units instead of 5", "le di 5 ml en vez
            # de 0.5" (the larger number is the smaller with a zero added, or moved past the point).
            rf"{_DOSE_GIVEN}(\d+)0{_INSTEAD_OF}\1(?![\d.])",
            rf"{_DOSE_GIVEN}(\d+){_INSTEAD_OF}0\.\1(?!\d)",
            rf"{_DOSE_GIVEN}(\d)\.(\d+){_INSTEAD_OF}0\.\1\2(?!\d)",
            r"(?:ten times|10 times|10x) (?:the|my|his|her|their|la|su|mi)? ?(?:dose|amount|dosis)|(?:diez veces) (?:la|su|mi) dosis",
            # A household chemical swallowed, by anyone.
            rf"{SWALLOWED}~6~ {HOUSEHOLD_POISON}",
            # Ten or more pills at once, or "muchas pastillas".
            r"(?:took|taken|swallowed|tome|me tome|se tomo|me meti|se metio|me trague|se trago)(?: like| about| around| como| unas| unos| casi)? (?:\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|diez|doce|quince|veinte|treinta|cuarenta|cincuenta|muchas|un monton de|un chingo de|bastantes)(?: \w+){0,3} (?:pills|pastillas|tablets|tabletas|capsulas|pildoras)",
            # A week's or a month's pills at once.
            r"(?:took|taken|swallowed|tomo|se tomo|me tome|tome|se trago|trago)~6~ (?:de toda la semana|de la semana|de todo el mes|del mes|for the (?:whole |entire )?(?:week|month)|(?:a |the )?(?:weeks|months) worth|whole weeks|entire weeks|(?:pill ?box|pill organizer|pastillero)(?: \w+)?(?: at once| all| juntas)?)",
        ),
    ),
}

# A child and an opened supply of medicine with pills unaccounted for: treat as swallowed.
PILLS_UNACCOUNTED = (
    r"(?:unsure|not sure|dont know|do not know|no idea|cant tell|cannot tell|no (?:se|sabemos|sabe)) (?:how many|cuant[oa]s)(?: (?:are|were|is|pills|tablets|pastillas))?(?: (?:missing|gone|left|faltan|se tomo|se comio|se trago))?"
    r"|(?:some|a few|several|pills|tablets) (?:are |were )?missing|faltan (?:unas|varias|algunas|pastillas)"
    # "like 6 capsules are missing and theres white powder on his mouth".
    r"|(?:\d+|two|three|four|five|six|seven|eight|ten) (?:capsules|caps|pills|tablets|tabs|gummies|pastillas|capsulas) (?:are |were )?(?:missing|gone)"
)

# Systolic blood pressure under 90.
LOW_BLOOD_PRESSURE = r"(?:bp|b p|blood pressure|presion|pa|t a)~3~ (?:[4-8]\d)(?: )?(?:/|over|sobre)(?: )?\d{2,3}"
SHOCK_COMPANION = (
    r"confus\w*|disoriented|(?:cant|cannot|unable to|can barely) stay awake|hard to wake|(?:hard|difficult) to (?:arouse|rouse)|drowsy|lethargic|faint\w*|pass(?:ing|ed)? out|lightheaded|dizzy"
    r"|(?:rr|resp rate|respiratory rate|respirations|breathing)~2~ (?:[2-8])(?![\d.])"
    r"|(?:hr|pulse|heart rate|pulso)~3~ (?:1[2-9]\d|2\d\d)|clammy|cold and (?:pale|clammy)|confundid[oa]|desorientad[oa]|somnolient[oa]|mare\w*|desmay\w*"
)

# -- cue classes: heat stroke ------------------------------------------------------------------
# Hot skin that no longer sweats, or hours of work or sport in the heat, with the brain
# affected (confused, fainted, not knowing people): heat stroke kills within hours.
STOPPED_SWEATING = (
    r"(?:ya )?no (?:esta )?sud(?:a|ando)|dejo de sudar|(?:stopped|quit|has stopped|has quit) sweating|(?:not|isnt|wasnt) sweating(?: anymore)?|no longer sweating"
    r"|(?:skin|piel)~3~ (?:hot and dry|dry and hot|caliente y seca|seca y caliente)|heat ?stroke|golpe de calor|insolacion"
)
IN_THE_HEAT = (
    r"(?:working|worked|out|outside|playing|practice|practicing|running|hauling|roofing|mowing|picking|harvesting|baling|trabajando|trabajaba|estaba trabajando|jugando|en el campo|en la labor)~8~ (?:heat|sun|calor|sol|hot|degrees|grados|field|fields|campo|labor)"
    r"|in (?:this|the|all this) heat|con (?:este|tanto|mucho) calor"
)
BRAIN_CONFUSED = (
    r"confus\w*|confundid[oa]|disoriented|desorientad[oa]|no (?:los|nos|me|la|lo) reconoce|(?:dont|doesnt|does not|didnt) (?:know|recognize) (?:where|who|us|me)|not making sense|incoherent|delirious"
    # "hes talking out of his head, dont know where he is", "no sabe donde esta".
    r"|talking out of (?:his|her|their) head|no sabe (?:ni )?(?:donde esta|quien es|donde estamos)"
)
BRAIN_AFFECTED_BY_HEAT = BRAIN_CONFUSED + r"|desmay\w*|fainted|passed out|collapsed|se cayo|seiz\w*|convuls\w*"

ACETAMINOPHEN = r"tylenol|acetaminophen|acetaminofen|paracetamol|excedrin|panadol"
_TEN_OR_MORE = r"(?:1\d|2\d|3\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|diez|once|doce|quince|veinte)"
ACETAMINOPHEN_COUNT = (
    rf"(?:{ACETAMINOPHEN})~14~ (?:like |about |around |maybe |prob like |probably |como |unas |casi )?{_TEN_OR_MORE}(?: or (?:\d+|\w+))? (?:of (?:the |those |them )?)?(?:extra strength|extra fuerte|pills|tabs|tablets|caps|capsules|pastillas|500s)",
    rf"{_TEN_OR_MORE}(?: or (?:\d+|\w+))? (?:extra strength |regular |500 mg |500mg )?(?:{ACETAMINOPHEN})",
)
WITHIN_A_DAY = r"since (?:yesterday|last night|this morning)|today|tonight|in (?:a|one|the last|the past) (?:day|24 hours)|24 hours|last night|this morning|desde ayer|desde anoche|hoy|en un dia"

# A dressing or towel soaked: bleeding, unless what soaks it is something else ("clear
# watery fluid is leaking from the incision and soaking the bandage") and no blood is
# named after it. A shirt the writer soaks is sweat ("my sweating has been really heavy ...
# I soak through my shirt by lunch"; sweating itself does not explain it: "pale and sweating,
# soaked 3 towels" is shock); a shirt a wound soaks is blood.
SOAKED_DRESSING = (
    r"soak\w*~3~ (?:towel|towels|pad|pads|bandage|bandages|gauze|dressing)(?! every (?:2|two|3|three|4|four|few|couple of|couple) hours)",
    r"(?<!\x20i\x20)(?<!^i\x20)(?<!\x20im\x20)(?<!^im\x20)soak\w*~3~ shirt",
    r"empap\w*~3~ (?:toalla|toallas|trapo|trapos|gasa|gasas|venda|vendas|camisa|aposito)",
    r"(?:towels?|pads?|gauze|bandages?|dressing|rags?|toallas?|trapos?|gasas?|aposito)~5~ (?:soak\w*|empap\w*)",
)
NOT_BLOOD_FLUID = (
    r"(?<!bloody\x20)(?<!blood\x20)(?<!red\x20)(?<!pink\x20)(?:fluid|liquid|drainage|discharge|pus|milk|sweat|urine|pee|liquido|leche|sudor|orina|secrecion"
    # "clear watery stuff soaking through the bandage" after spine surgery.
    r"|(?:clear|watery|yellow\w*|green\w*) (?:stuff|water)|watery|agua|aguita|transparente)"
    r"(?![\s\S]*(?:blood|bleed|bled|sangr))"
)
# A throat swollen with a fever or a sore-throat illness around it is an infection
# ("garganta bien inflamada, fiebre de 103 ... su hermana tiene strep"); swollen with
# nothing of the kind, or after a food, a sting or a medicine, it may be the airway closing.
THROAT_SWOLLEN = (
    r"throat~2~ (?:is |feels |feel |looks )?(?:swelling|swollen)|(?:swelling|swollen) (?:of |in )?(?:my|his|her|the) throat",
    r"garganta~2~ (?:hinchad[oa]s?|inflamad[oa]s?)",
)
SORE_THROAT_ILLNESS = (
    r"fever|feverish|fiebre|calentura|strep|tonsil\w*|amigdal\w*|anginas|infection|infeccion|sore throat|dolor de garganta"
    r"|gripa|gripe|resfriado|flu|mocos|10[0-4](?:\.\d)?|3[89](?:\.\d)?(?= ?(?:c|grados))"
)

# The reading the clinician asked to hear about: "you said to message you if my blood
# pressure stayed over 160 ... it's been 168/102, 172/98". (Readings under the line, or no
# reading, are not it.)
TOLD_TO_REPORT_IF = (
    r"(?:said|told (?:me|us|him|her)|asked (?:me|us|him|her)|wanted (?:me|us) to|supposed to) (?:to )?(?:message|call|text|contact|tell|report|let)(?: [a-z]+){0,3} (?:if|when|whenever)"
    r"|(?:me|le|nos) (?:dijo|dijeron|pidio|pidieron) que (?:le |les )?(?:avisara|avisaramos|llamara|llamaramos|escribiera|mandara)(?: [a-z]+){0,3} (?:si|cuando)"
)
HIGH_BLOOD_PRESSURE_READING = r"(?:1[6-9]\d|2\d\d)(?: )?(?:/|over|sobre)(?: )?\d{2,3}|\d{2,3}(?: )?(?:/|over|sobre)(?: )?(?:1[0-4]\d)(?![\d])"
LOW_OXYGEN_READING = r"(?:sats?|o2|oxygen|spo2|pulse ox|been|reading|reads)(?: [a-z]+){0,3} (?:[5-7]\d|8[0-7])(?![\d/])"

# A fever in someone on chemotherapy: the white count may be low (neutropenic fever).
FEVER_READING = FEVER_WORD + r"|(?:10[0-5]|3[89])(?:\.\d)?(?! (?:lbs?|pounds|kg|mg|ml|years?|min))"
ON_CHEMOTHERAPY = r"chemo\w*|quimio\w*|infusion|neutropen\w*|oncolog\w*|(?:cancer|leukemia|lymphoma) (?:treatment|meds|medicine)|tratamiento (?:de|para el) cancer"

COMPOUND_PATTERNS: dict[str, list[tuple]] = {
    "fever_on_chemotherapy": [(U, (FEVER_READING,), (ON_CHEMOTHERAPY,))],
    "abnormal_result": [
        (U, (TOLD_TO_REPORT_IF,), (Sign(HIGH_BLOOD_PRESSURE_READING),)),
        (U, (TOLD_TO_REPORT_IF,), (Sign(LOW_OXYGEN_READING),)),
    ],
    # A belly hard as a board with fever, vomiting or faintness: peritonitis (a perforation
    # after a colonoscopy, a burst appendix), surgery within hours.
    "acute_abdomen": [(E, (RIGID_BELLY,), (Sign(ACUTE_ABDOMEN_COMPANION),))],
    "preeclampsia_signs": [(E, (SEVERE_PREGNANCY_BP,), (PREGNANT_OR_POSTPARTUM, Sign(SEVERE_PREGNANCY_SIGN)))],
    "pregnancy_high_blood_pressure": [(U, (ELEVATED_PREGNANCY_BP,), (PREGNANT_OR_POSTPARTUM,))],
    "heat_stroke": [
        (E, (STOPPED_SWEATING,), (Sign(BRAIN_AFFECTED_BY_HEAT),)),
        (E, (IN_THE_HEAT,), (Sign(BRAIN_CONFUSED),)),
    ],
    # Low blood pressure plus a sign the brain or heart is short of it: shock.
    "shock_signs": [(E, (LOW_BLOOD_PRESSURE,), (Sign(SHOCK_COMPANION),))],
    "carbon_monoxide": [(E, (GAS_SOURCE,), (Sign(GAS_VICTIMS),))],
    "choking": [(E, (CHOKING,), (Sign(CANNOT_BREATHE_OR_CRY),))],
    "severe_bleeding": [(E, (HIDDEN_BLEED,), (Sign(BLOOD_LOSS_SIGN),)), (E, SOAKED_DRESSING, (), (NOT_BLOOD_FLUID,))],
    "anaphylaxis": [(E, THROAT_SWOLLEN, (), (SORE_THROAT_ILLNESS,))],
    "chest_pain": [(E, (INDIGESTION_LIKE,), (Sign(HEART_WARNING),), (CHRONIC_REFLUX,))],
    "dangerous_heart_rhythm": [(E, (RACING_HEART,), (Sign(NEAR_FAINT_OR_CHEST),))],
    "stroke_signs": [(E, (DOUBLE_VISION,), (Sign(BALANCE_OR_SPEECH),))],
    "severe_hypoglycemia": [(E, (LOW_SUGAR,), (Sign(CANNOT_TAKE_SUGAR),))],
    "severe_skin_reaction": [(E, (BLISTERING,), (Sign(r"mouth|lips|eyes|genital\w*|boca|labios|ojos"), Sign(r"rash|fever|sarpullido|erupcion|fiebre|calentura|10[1-5]")), (SKIN_EXPLAINED,))],
    "baby_not_breathing": [
        (E, (BREATHING_PAUSES,), (SMALL_CHILD,)),
        # A child gone blue, grey or purple: unless the writer says lips and face are pink
        # (blue hands and feet of a cold newborn are normal: acrocyanosis).
        (E, (CHILD_DISCOLOURED,), (), (CENTRALLY_PINK,)),
    ],
    "command_hallucinations": [(E, (HEARING_VOICES,), (AFTER_A_BIRTH,))],
    "diabetic_foot": [(U, (WOUND_TURNING_BAD,), (DIABETIC, FOOT))],
    "unresponsive": [(E, (LYING_STILL,), ()), (E, (STARING_UNRESPONSIVE,), (Sign(STARING_COMPANION),))],
    "overdose_poisoning": [
        # Acetaminophen taken for pain, ten or more tablets within a day ("14 or 15 of the extra
        # strength since yesterday plus the others"): past the liver's limit, whatever the intent.
        (E, ACETAMINOPHEN_COUNT, (WITHIN_A_DAY,)),
        (E, (rf"{SWALLOWED}~6~ (?:{CHILD_SWALLOW_DANGER})",), (SMALL_CHILD,)),
        (E, (PILLS_UNACCOUNTED,), (SMALL_CHILD, r"bottle|frasco|bote|pill|pills|meds|medicine|medication|tablets?|pastillas?|medicinas?|\w+pine|\w+olol|\w+pril|\w+statin|chews|gummies|methadone|metadona|suboxone|oxy\w*")),
    ],
    # Two different warning signs of suicide together (one alone is ordinary life).
    "suicidal_ideation": [
        (E, (SAYING_GOODBYE,), (rf"{NOT_BEING_AROUND}|{BEING_A_BURDEN}|{GIVING_THINGS_AWAY}|{MEANS_AT_HAND}|{HOPELESSNESS}|{LEFT_A_NOTE}",), (LEAVING_FOR_A_REASON,)),
        (E, (NOT_BEING_AROUND,), (rf"{SAYING_GOODBYE}|{BEING_A_BURDEN}|{GIVING_THINGS_AWAY}|{MEANS_AT_HAND}|{HOPELESSNESS}|{LEFT_A_NOTE}",), (LEAVING_FOR_A_REASON,)),
        # A note or message that says goodbye (to everybody, sorry): strong on its own.
        (E, (r"(?:note|letter|text|message|carta|nota|mensaje|recado)~5~ (?:saying|says|said|que dice|diciendo|para despedirse) (?:goodbye|good bye|bye|adios|que se despide)",), (), (LEAVING_FOR_A_REASON,)),
        (E, (GIVING_THINGS_AWAY,), (rf"{SAYING_GOODBYE}|{NOT_BEING_AROUND}|{BEING_A_BURDEN}|{MEANS_AT_HAND}",), (LEAVING_FOR_A_REASON,)),
        (E, (READY_TO_GO,), (rf"{SAYING_GOODBYE}|{NOT_BEING_AROUND}|{BEING_A_BURDEN}|{GIVING_THINGS_AWAY}|{MEANS_AT_HAND}|{LEFT_A_NOTE}|{THE_DAY_IS_SET}|{THANKS_FOR_TRYING}",), (LEAVING_FOR_A_REASON,)),
        (E, (rf"{SAYING_GOODBYE}|{APOLOGY_FOR_EVERYTHING}",), (rf"{UNREACHABLE}|{MEANS_AT_HAND}|{A_DANGEROUS_PLACE}|{PLAN_READY}",), (LEAVING_FOR_A_REASON,)),
        (E, (A_DANGEROUS_PLACE,), (rf"{APOLOGY_FOR_EVERYTHING}|{SAYING_GOODBYE}|{UNREACHABLE}|{HOPELESSNESS}|(?:dont|do not) want to talk",)),
        (E, (PLAN_READY,), (rf"{MEANS_AT_HAND}|{SAYING_GOODBYE}|{APOLOGY_FOR_EVERYTHING}|{HOPELESSNESS}|{NOT_BEING_AROUND}|{UNREACHABLE}|{NOT_OK}",), (LEAVING_FOR_A_REASON,)),
        (E, (MEANS_RIGHT_HERE,), (DESPAIR_OR_GOODBYE,)),
        (E, (TAKE_ALL_AT_ONCE,), (DESPAIR_OR_GOODBYE,)),
        (E, (PILLS_LAID_OUT,), (DESPAIR_OR_GOODBYE,), (PILLS_ROUTINE,)),
        (E, (AFFAIRS_IN_ORDER,), (rf"{SAYING_GOODBYE}|{NOT_BEING_AROUND}|{BEING_A_BURDEN}|{GIVING_THINGS_AWAY}|{MEANS_AT_HAND}|{HOPELESSNESS}|{LEFT_A_NOTE}",), (rf"{LEAVING_FOR_A_REASON}|{ESTATE_PLANNING}",)),
    ],
    # Hives plus a second body system (faint, low blood pressure, vomiting, swollen face or
    # eyes): a severe allergic reaction, whatever the allergen and whatever it is called.
    "anaphylaxis_signs": [(E, (HIVES,), (Sign(SYSTEMIC_ALLERGIC_SIGN),))],
    # Fever, stiff neck and confusion, light sensitivity, a rash or vomiting.
    "meningitis_signs": [(E, (STIFF_NECK,), (Sign(FEVER), Sign(MENINGITIS_COMPANION)))],
}
