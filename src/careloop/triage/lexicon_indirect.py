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
from careloop.triage.lexicon_compose import SMALL_CHILD
from careloop.triage.lexicon_en import FEVER_WORD, Sign

E = Urgency.EMERGENCY
U = Urgency.URGENT

# -- cue classes: suicide warning signs --------------------------------------------------------
SAYING_GOODBYE = (
    r"(?:say|said|saying|to say) (?:my )?(?:goodbye|good bye|goodbyes|bye)|goodbye (?:letters?|notes?|messages?|texts?|videos?)"
    r"|farewell (?:letters?|notes?)|despedirme|despedirse|despedirte|despedida|ya me despedi|(?:se|me) (?:va|voy) a despedir"
    r"|(?:vengo|queria|quiero|quise) despedirme|adios para siempre|ultimo adios|me despido para siempre"
)
NOT_BEING_AROUND = (
    r"(?:wont|will not|wouldnt|not going to|dont think (?:ill|i will|i would)|doubt (?:ill|i will)|may not|might not) be (?:around|here|alive)"
    r"|(?:no|ya no) (?:voy|va|vamos) a estar (?:aqui|aca|por aqui|para|mas|viv[oa])|no creo (?:que )?(?:vaya a )?(?:estar|llegar) (?:para|a) (?:la|mi|esa) cita"
    r"|(?:wont|will not|not going to) (?:need|be needing) (?:the |my |any |that |those )?(?:\w+ )?(?:refills?|meds|medications?|medicine|appointments?|appt|pills) (?:anymore|any more|again|after (?:this|tonight))"
    r"|(?:ya no|no) (?:voy|va) a necesitar (?:la |el |las |los |mis |sus |mas )?(?:\w+ )?(?:recetas?|medicinas?|pastillas|citas?|medicamentos?)"
)
BEING_A_BURDEN = (
    r"(?:wont|will not|no longer|wouldnt) (?:have to |need to )?worry about me~4~ (?:anymore|any more|again|much longer)"
    r"|(?:wont|will not|no longer) (?:be|being) (?:a )?(?:problem|burden|bother|trouble)~3~ (?:anymore|any more|much longer)"
    r"|(?:ya )?no (?:voy|va) a (?:molestar|ser (?:una )?(?:carga|molestia|problema)) (?:a nadie|mas|nunca mas)"
    r"|(?:ya )?no (?:les )?(?:voy|va) a dar (?:mas )?(?:problemas|molestias|lata)|ya no (?:va|voy) a molestar"
)
GIVING_THINGS_AWAY = (
    r"(?:gave|given|giving|give|handed) (?:away )?(?:all )?(?:of )?(?:my|his|her|their) (?:\w+ ){0,3}(?:stuff|things|belongings|possessions|guitar|dog|cat|pets?|clothes|jewelry|car|truck|tools|games|collection)"
    r"|(?:regal\w*|repart\w*) (?:toda |todas |todos )?(?:su |sus |mi |mis |la |las )?(?:\w+ )?(?:ropa|cosas|pertenencias|perr[oa]\w*|gat[oa]\w*|mascotas?|carro|joyas|herramientas)"
)
MEANS_AT_HAND = (
    r"guns?|pistol|handgun|rifle|firearm|shotgun|rope|noose|razor|pistola|arma|escopeta|cuerda|soga|navaja"
    r"|(?:all|bottle of|stash of|bunch of) (?:my |the |his |her )?(?:pills|meds)|(?:todas|frasco de|bote de|monton de) (?:mis |las |sus )?(?:pastillas|medicinas)"
)
HOPELESSNESS = (
    r"(?:theres|there is|whats the|what is the|see) no point|no point (?:anymore|in anything)|(?:im|i am) done|(?:shes|hes|she is|he is) done"
    r"|ya no (?:hay|tiene) (?:caso|sentido|remedio)|no (?:hay|tiene) (?:caso|sentido)|ya no puedo mas|ya (?:me )?(?:canse|cansé) de todo|(?:estoy|esta) harta? de vivir"
)
# A goodbye or an absence that ordinary life explains.
LEAVING_FOR_A_REASON = (
    r"moving|move (?:to|away|back)|relocat\w*|new job|retir\w*|transferr\w*|switching (?:to|doctors|clinics|practices|providers)"
    r"|new (?:doctor|clinic|practice|provider|pcp)|vacation|traveling|travelling|trip|deploy\w*|out of town|out of the country"
    r"|me mudo|mudamos|mudando|mudanza|me voy a vivir|cambio de (?:doctor|clinica|ciudad|estado)|jubil\w*|vacaciones|viaje|de viaje"
)

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
STIFF_NECK = r"stiff neck|neck (?:is |feels |so |very |really )*stiff|(?:cant|cannot|unable to) (?:bend|touch|put) (?:his|her|my) (?:neck|chin)|cuello (?:muy )?(?:tieso|rigido|duro)|rigidez (?:de|en el|del) cuello|no (?:puede|puedo) (?:doblar|mover|bajar) el cuello"
FEVER = FEVER_WORD + r"|(?:10[0-6]|3[89]|40)(?:\.\d)?"
MENINGITIS_COMPANION = (
    r"confus\w*|not making (?:any )?sense|disoriented|(?:light|lights|brightness) (?:hurts|bothers)|sensitive to light|photophobi\w*"
    r"|rash|spots|purple|(?:very |really )?(?:sleepy|drowsy)|hard to wake|vomit\w*|throwing up|confundid[oa]|desorientad[oa]"
    r"|(?:le|me) molesta la luz|manchas|ronchas moradas|no (?:despierta|responde)|muy dormid[oa]"
)

PATTERNS: dict[str, tuple[Urgency, tuple[str, ...]]] = {
    "suicidal_ideation": (
        E,
        (
            BEING_A_BURDEN,
            r"cartas? de despedida|(?:suicide|goodbye) (?:letters?|notes?)",
            # Looking up how many pills it takes, or lethal doses.
            r"(?:how many|cuantas|cuantos) of (?:my|his|her|the|these|those) (?:\w+ ){1,3}(?:it (?:would )?takes?|would it take|to (?:die|kill|overdose|end it|not wake))"
            r"|(?:scared|afraid|frightened) (?:to be|of being) (?:alone )?with myself|(?:miedo|temor) (?:de|a) (?:estar )?(?:sol[oa] )?conmigo|no (?:me )?(?:siento|estoy) segur[oa] conmigo"
            r"|(?:better off|be better|estaria mejor|estarian mejor) (?:with|con) (?:someone else|somebody else|another (?:mom|mother|dad|father)|otra (?:mama|madre|persona)|otro (?:papa|padre))",
            r"(?:how many|cuantas|cuantos) (?:of )?(?:\w+ ){0,3}(?:pills|tablets|pastillas|tabletas|capsulas)~6~ (?:it (?:would )?takes?|would it take|to (?:die|kill|overdose|end)|para (?:morir\w*|matarme|no despertar))"
            r"|(?:search\w*|look\w* up|googl\w*|buscando|buscar|busco|busque|investigando) (?:\w+ ){0,5}(?:lethal|letal|overdose|sobredosis|how (?:to )?(?:die|kill)|como (?:morir|matarse|suicidarse)|cuantas (?:pastillas|tabletas)|how many (?:pills|tablets))",
        ),
    ),
    # Voices that tell a person to hurt someone (or themselves): psychiatric emergency.
    "command_hallucinations": (
        E,
        (
            r"(?:voices?|voz|voces)~5~ (?:telling|tell|tells|told|say\w*|keep saying|dicen|dice|decia|decian|ordenan|piden)~3~ (?:to )?(?:hurt|kill|harm|stab|shoot|lastim\w*|mat\w*|hacer dano|hacerle dano|hacerme dano)",
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
            r"(?:arrastra\w*|dragging|drags|dragged) (?:la |su |el |his |her |my |their |one )?(?:left |right |izquierd[oa] |derech[oa] )?(?:pierna|pie|leg|foot)",
            r"(?:keeps?|kept|keep) dropping (?:my |his |her |the )?(?:\w+ )?(?:cup|pen|fork|spoon|glass|phone|coffee|things|stuff|everything|mug)",
            r"se (?:le|me) caen? (?:la comida|el agua|la bebida|la baba|el cafe|las cosas|el vaso|la taza|la cuchara|el tenedor)(?! (?:al piso|en la tienda))",
            r"(?:food|drink|water|coffee|drool|saliva) (?:is |keeps )?(?:falling|dribbling|spilling|leaking|coming|running) out (?:of )?(?:the side of )?(?:his|her|my|their) mouth",
        ),
    ),
    "overdose_poisoning": (
        E,
        (
            # A week's or a month's pills at once.
            r"(?:took|taken|swallowed|tomo|se tomo|me tome|tome|se trago|trago)~6~ (?:de toda la semana|de la semana|de todo el mes|del mes|for the (?:whole |entire )?(?:week|month)|(?:a |the )?(?:weeks|months) worth|whole weeks|entire weeks|(?:pill ?box|pill organizer|pastillero)(?: \w+)?(?: at once| all| juntas)?)",
        ),
    ),
}

# A child and an opened supply of medicine with pills unaccounted for: treat as swallowed.
PILLS_UNACCOUNTED = (
    r"(?:unsure|not sure|dont know|do not know|no idea|cant tell|cannot tell|no (?:se|sabemos|sabe)) (?:how many|cuant[oa]s)(?: (?:are|were|is|pills|tablets|pastillas))?(?: (?:missing|gone|left|faltan|se tomo|se comio|se trago))?"
    r"|(?:some|a few|several|pills|tablets) (?:are |were )?missing|faltan (?:unas|varias|algunas|pastillas)"
)

# Systolic blood pressure under 90.
LOW_BLOOD_PRESSURE = r"(?:bp|b p|blood pressure|presion|pa|t a)~3~ (?:[4-8]\d)(?: )?(?:/|over|sobre)(?: )?\d{2,3}"
SHOCK_COMPANION = (
    r"confus\w*|disoriented|(?:cant|cannot|unable to|can barely) stay awake|hard to wake|drowsy|lethargic|faint\w*|pass(?:ing|ed)? out|lightheaded|dizzy"
    r"|(?:hr|pulse|heart rate|pulso)~3~ (?:1[2-9]\d|2\d\d)|clammy|cold and (?:pale|clammy)|confundid[oa]|desorientad[oa]|somnolient[oa]|mare\w*|desmay\w*"
)

COMPOUND_PATTERNS: dict[str, list[tuple]] = {
    # Low blood pressure plus a sign the brain or heart is short of it: shock.
    "shock_signs": [(E, (LOW_BLOOD_PRESSURE,), (Sign(SHOCK_COMPANION),))],
    "overdose_poisoning": [
        (E, (PILLS_UNACCOUNTED,), (SMALL_CHILD, r"bottle|frasco|bote|pill|pills|meds|medicine|medication|tablets?|pastillas?|medicinas?|\w+pine|\w+olol|\w+pril|\w+statin")),
    ],
    # Two different warning signs of suicide together (one alone is ordinary life).
    "suicidal_ideation": [
        (E, (SAYING_GOODBYE,), (rf"{NOT_BEING_AROUND}|{BEING_A_BURDEN}|{GIVING_THINGS_AWAY}|{MEANS_AT_HAND}|{HOPELESSNESS}",), (LEAVING_FOR_A_REASON,)),
        (E, (NOT_BEING_AROUND,), (rf"{SAYING_GOODBYE}|{BEING_A_BURDEN}|{GIVING_THINGS_AWAY}|{MEANS_AT_HAND}|{HOPELESSNESS}",), (LEAVING_FOR_A_REASON,)),
        # A note or message that says goodbye (to everybody, sorry): strong on its own.
        (E, (r"(?:note|letter|text|message|carta|nota|mensaje|recado)~5~ (?:saying|says|said|que dice|diciendo|para despedirse) (?:goodbye|good bye|bye|adios|que se despide)",), (), (LEAVING_FOR_A_REASON,)),
        (E, (GIVING_THINGS_AWAY,), (rf"{SAYING_GOODBYE}|{NOT_BEING_AROUND}|{BEING_A_BURDEN}|{MEANS_AT_HAND}",), (LEAVING_FOR_A_REASON,)),
    ],
    # Hives plus a second body system (faint, low blood pressure, vomiting, swollen face or
    # eyes): a severe allergic reaction, whatever the allergen and whatever it is called.
    "anaphylaxis_signs": [(E, (HIVES,), (Sign(SYSTEMIC_ALLERGIC_SIGN),))],
    # Fever, stiff neck and confusion, light sensitivity, a rash or vomiting.
    "meningitis_signs": [(E, (STIFF_NECK,), (Sign(FEVER), Sign(MENINGITIS_COMPANION)))],
}
