"""Cue classes for the suicide warning-sign combinations in lexicon_indirect.py (a goodbye, not
being around, giving things away, the means at hand, a day set ...): each alone is ordinary
life, two different ones together are what a triage nurse reacts to. Same pattern
mini-language as lexicon_en.py.
"""

from __future__ import annotations

# -- cue classes: suicide warning signs --------------------------------------------------------
SAYING_GOODBYE = (
    r"(?:say|said|saying|to say) (?:my )?(?:goodbye|good bye|goodbyes|bye)|goodbye (?:letters?|notes?|messages?|texts?|videos?)"
    r"|farewell (?:letters?|notes?)|despedirme|despedirse|despedirte|despedida|ya me despedi|(?:se|me) (?:va|voy) a despedir"
    r"|(?:vengo|queria|quiero|quise) despedirme|adios para siempre|ultimo adios|me despido para siempre"
    r"|despidiendo\w*|se despidio|se despide|goodbye (?:visit|call|post|party)|(?:writing|wrote|escribiendo|escribio) (?:goodbye )?(?:letters|cartas)"
    # Goodbye passed on through the clinic: "tell everybody there bye for me".
    r"|(?:tell|say) (?:everybody|everyone|them all|all of you|the staff|the nurses)(?: \w+)? (?:bye|goodbye)|(?:bye|goodbye) for me"
    r"|(?:dile|diles|digale|diganles) (?:a todos )?(?:adios|que me despido)|(?:despidame|despideme) de todos"
)
# Cannot be reached, or asks not to be: beside a goodbye, the danger is now.
UNREACHABLE = (
    r"(?:isnt|is not|not|wont|hasnt been|stopped) (?:answering|picking up|responding)|(?:hasnt|has not|havent|have not) (?:answered|picked up|responded)|dont bother (?:calling|trying|looking)"
    r"|no (?:contesta|responde|me contesta|me responde|agarra) (?:el |su |mi )?(?:telefono|celular|cel|mensajes|llamadas)|no contesta|no me busquen|no (?:me )?llamen"
)
APOLOGY_FOR_EVERYTHING = (
    r"sorry for everything|(?:tell|dile|diles) (?:everyone|everybody|them all|mom|dad|my \w+) (?:that )?(?:im|i am|i was) sorry|(?:its|it is) better this way|es mejor asi|(?:forgive|forgiving) me|perdon por todo|(?:que )?(?:la|lo|me|nos) perdon\w*|perdonenme|perdoname"
    r"|(?:i|we) love you (?:all|guys)|(?:los|las|nos) quiere\x20mucho|(?:los|las) quiero\x20mucho"
)
A_DANGEROUS_PLACE = (
    r"(?:at|on|near) (?:the|a) (?:bridge|overpass|roof|rooftop|ledge|train tracks|tracks|cliff)|(?:en|sobre) (?:el|la|un|una) (?:puente|azotea|techo|vias del tren|barranco)"
)
PLAN_READY = (
    r"(?:got|have|has|tengo|tiene) (?:the|a|my|la|una|mi) (?:rope|gun|noose|pistola|cuerda|soga)~5~ (?:ready|listo|lista|preparad[oa])"
    r"|finally (?:have|has|got) a plan|(?:tengo|tiene) todo (?:planeado|preparado)|ya\x20(?:tengo|tiene)\x20(?:un\x20)?plan|todo planeado"
)
NOT_OK = r"(?:im|i am) not (?:doing )?(?:well|ok|okay|good)|not doing (?:well|good)|no estoy bien"
NOT_BEING_AROUND = (
    r"(?:wont|will not|wouldnt|not going to|dont think (?:ill|i will|i would)|doubt (?:ill|i will)|may not|might not) be (?:around|here|alive)"
    r"|(?:no|ya no) (?:voy|va|vamos) a estar (?:aqui|aca|por aqui|para|mas|viv[oa])|no creo (?:que )?(?:vaya a )?(?:estar|llegar) (?:para|a) (?:la|mi|esa) cita"
    # "won't be needing the appointment next week or, uh, any of them after that"
    r"|(?:wont|will not|not going to) (?:need|be needing) (?:the |my |any |that |those )?(?:\w+ )?(?:refills?|meds|medications?|medicine|appointments?|appt|pills)(?: \w+){0,5} (?:anymore|any more|again|after (?:this|that|tonight)|any (?:of them|others|more))"
    r"|(?:ya no|no) (?:voy|va) a necesitar (?:la |el |las |los |mis |sus |mas )?(?:\w+ )?(?:recetas?|medicinas?|pastillas|citas?|medicamentos?)"
    r"|(?:wont|will not) be needing (?:it|them|that|those)|(?:ya no|no) (?:la|lo|las|los) (?:voy|va) a necesitar"
)
BEING_A_BURDEN = (
    r"(?:wont|will not|no longer|wouldnt) (?:have to |need to )?worry about me~4~ (?:anymore|any more|again|much longer)"
    r"|(?:wont|will not|no longer) (?:be|being) (?:a )?(?:problem|burden|bother|trouble)~3~ (?:anymore|any more|much longer)"
    r"|(?:ya )?no (?:voy|va) a (?:molestar|ser (?:una )?(?:carga|molestia|problema)) (?:a nadie|mas|nunca mas)"
    r"|(?:ya )?no (?:les )?(?:voy|va) a dar (?:mas )?(?:problemas|molestias|lata)|ya no (?:va|voy) a molestar"
)
# A note left for the family: "dad found a note on his desk addressed to the family".
LEFT_A_NOTE = (
    r"(?:found|left|wrote|writing) (?:a |an )?(?:note|letter)(?: [\w']+){0,5} (?:addressed|written) to (?:the family|us|his family|her family|everyone|me|mom|dad|his mom|her mom|his parents|her parents)"
)
GIVING_THINGS_AWAY = (
    r"(?:gave|given|giving|give|handed) (?:away )?(?:all )?(?:of )?(?:my|his|her|their) (?:\w+ ){0,3}(?:stuff|things|belongings|possessions|guitar|dogs?|cats?|pets?|clothes|jewelry|car|truck|tools|games|collection)"
    # "gave away his gaming console and headphones": away, and his own, whatever it is.
    r"|(?:gave|giving|given|handed) away (?:all )?(?:of )?(?:my|his|her|their) \w+"
    r"|(?:regal\w*|repart\w*) (?:toda |todas |todos )?(?:su |sus |mi |mis |la |las )?(?:\w+ )?(?:ropa|cosas|pertenencias|perr[oa]\w*|gat[oa]\w*|mascotas?|carro|joyas|herramientas)"
)
# Ready to die, said plainly but not by name: "I've made my peace with everything and Sunday
# is the day", "after today I'm done with all of it", "cleaned out my apt so nobody has to
# deal w it". Each alone can be ordinary (peace after a diagnosis, frustration, a move);
# beside another warning sign, the danger is now.
READY_TO_GO = (
    r"(?:made|make|making) (?:my |his |her )?peace with (?:everything|it all|everyone|dying|death|god)|(?:hice|hizo|he hecho|ya hice) (?:las )?paces con (?:todo|todos|dios)|(?:estoy|esta) en paz con todo"
    r"|(?:im|i am|ill be|i will be|hes|he is|shes|she is) (?:so )?done with (?:all of it|it all|everything|life|living)|after (?:today|tonight)(?: \w+){0,2} (?:im|i am|ill be|i will be) (?:done|finished|gone)"
    r"|so (?:nobody|no one|noone|no body) (?:has|will have|needs|would have|ever has) to (?:deal (?:with|w)|clean up|go through|sort out|take care of)|para que nadie (?:tenga|tuviera) que (?:lidiar|limpiar|encargarse|batallar)"
)
THE_DAY_IS_SET = (
    r"(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|this weekend) (?:is|will be) the (?:day|night)(?! (?:we|i|you|they|he|she|of|for|to|that|when|my|our|his|her)(?![a-z]))"
    r"|(?:el )?(?:domingo|lunes|martes|miercoles|jueves|viernes|sabado) es el dia|esta noche es la noche|manana es el dia"
)
THANKS_FOR_TRYING = (
    r"(?:thank (?:you|u)|thanks|thx|ty)(?: \w+){0,3} for (?:trying|everything you (?:did|tried|have done)|all you (?:did|tried))|gracias por (?:intentarlo|tratar|todo lo que (?:hizo|hicieron|hiciste))"
)
MEANS_AT_HAND = (
    r"guns?|pistol|handgun|rifle|firearm|shotgun|rope|noose|razor|pistola|arma|escopeta|cuerda|soga|navaja"
    r"|(?:all|bottle of|stash of|bunch of) (?:my |the |his |her )?(?:pills|meds)|(?:todas|frasco de|bote de|monton de) (?:mis |las |sus )?(?:pastillas|medicinas)"
    # Pills kept back for later: "her pain pills set aside for when I'm ready".
    r"|(?:pills|meds|medications?|medicines?|tablets|pastillas|medicinas|pildoras)~4~ (?:set aside|put aside|put away|saved up|stashed|hidden|apartad[oa]s|guardad[oa]s|escondid[oa]s)"
    r"|for when (?:im|i am|hes|he is|shes|she is) ready|para cuando (?:este|estes) list[oa]"
    r"|(?:brought|bring|has|have|got|tiene|trajo|traje) (?:the|her|his|my|all|las|sus|mis|todas) (?:\w+ )?(?:pills|meds|pastillas)"
)
# Pills laid out ready: beside despair or a goodbye, an overdose being prepared. Laid out in
# a weekly organiser they are an ordinary routine.
PILLS_LAID_OUT = (
    r"(?:pills|meds|medications?|medicines?|tablets|pastillas|medicinas|pildoras)~4~ (?:(?:all )?lined up|laid out|counted out|poured out|spread out|(?:all )?in a pile|formaditas|formadas|contadas|en fila)"
    r"|(?:lined up|laid out|counted out|poured out) (?:all )?(?:my |the |his |her |of )?(?:pills|meds|medications?|tablets)"
    r"|(?:all|todas) (?:of )?(?:my|his|her|the|mis|sus|las) [a-z]+~2~ (?:(?:all )?in a pile|lined up|laid out|counted out|poured out|spread out|en (?:un )?monton|en fila)"
)
# A whole supply at once, meant: "asked where the extra insulin pens are so he can take them
# all at once". Beside despair a plan; alone it may be a dosing question ("can I take them
# all at once in the morning?").
TAKE_ALL_AT_ONCE = (
    r"(?:take|taking|swallow|swallowing|inject|injecting|shoot|use|using|tomar\w*|inyectar\w*|meter\w*) (?:them|it|those|these|all of them|all of it|all|las|los|todas|todos)(?: all| todas| todos)?"
    r" (?:at once|at one time|together|at the same time|in one go|de una vez|juntas|juntos|de un jalon|de golpe)"
    r"|(?:tomarselas|tomarmelas|tomarselos|tomarmelos|inyectarselas|inyectarmelas|inyectarselos|inyectarmelos|ponerselas|ponermelas) (?:todas|todos)"
)
# The means in reach, said as such: "ive got his oxycodone right here".
MEANS_RIGHT_HERE = (
    r"(?:pills|meds|oxy\w*|opioids?|hydrocodone|percocet|vicodin|morphine|fentanyl|methadone|sleeping pills|gun|pistol|rifle|pastillas|arma|pistola)~4~ (?:right here|in my hand|in front of me|next to me|aqui conmigo|aqui enfrente|en la mano|en mi mano)"
)
PILLS_ROUTINE = r"organi[sz]er|pill ?box|pastillero|dispenser|blister|weekly|for the week|each day|por semana|para la semana|por dia"
# Settling one's affairs: ordinary for an 80-year-old, a warning sign beside another cue.
AFFAIRS_IN_ORDER = (
    r"(?:put|putting|puts|got|getting|have|has|had|set|setting) (?:all )?(?:my|his|her|their) affairs (?:in order|settled)|affairs (?:are )?in order"
    r"|(?:puse|puso|poniendo|poner|deje|dejo|dejando|arregle|arreglo|arreglando) (?:todos )?(?:mis|sus) (?:asuntos|cosas|papeles) (?:en orden|arreglad[oa]s)|(?:deje|dejo|dejando) todo arreglado"
)
ESTATE_PLANNING = (
    r"lawyer|attorney|estate plan\w*|power of attorney|advance directive|living will|(?:his|her|my) will|trust|hospice|funeral (?:plans?|home|arrangements)|prepaid"
    r"|abogad[oa]|notari\w*|testamento|poder notarial|funeraria"
)
HOPELESSNESS = (
    r"(?:theres|there is|whats the|what is the|see) no point|no point (?:anymore|in anything)|(?:im|i am) done|(?:shes|hes|she is|he is) done"
    r"|(?:done|tired of|sick of|cant keep|cannot keep) fighting|(?:cansad[oa]|harta?) de luchar|ya no (?:quiero|puedo) (?:seguir )?luchar"
    r"|(?:i )?(?:cant|cannot) do (?:this|it) (?:anymore|any more|no more)|(?:dont|do not) want to do (?:this|it) (?:anymore|any more)|(?:im|i am) giving up|i give up"
    r"|ya no (?:hay|tiene) (?:caso|sentido|remedio)|no (?:hay|tiene) (?:caso|sentido)|ya no puedo mas|ya (?:me )?(?:canse|cansé) de todo|(?:estoy|esta) harta? de vivir"
    # "grandpa says hes tired of living": passive wish to be dead, a cue beside another one.
    r"|(?:tired|sick|weary) of (?:living|being alive|life)|(?:cansad[oa]s?|harta?s?) de (?:vivir|la vida)"
)
# What makes the means in reach or laid out a warning: despair, a goodbye, an apology.
DESPAIR_OR_GOODBYE = (
    rf"{HOPELESSNESS}|{SAYING_GOODBYE}|{APOLOGY_FOR_EVERYTHING}|{NOT_BEING_AROUND}|{BEING_A_BURDEN}|{NOT_OK}"
)
# A goodbye or an absence that ordinary life explains.
LEAVING_FOR_A_REASON = (
    r"moving|move (?:to|away|back)|relocat\w*|new job|retir\w*|transferr\w* (?:to )?(?:a |another |the |my |his |her )?(?:new )?(?:school|college|university|job|office|location|practice|base|unit|city|state|campus)|switching (?:to|doctors|clinics|practices|providers)"
    r"|new (?:doctor|clinic|practice|provider|pcp)|vacation|traveling|travelling|trip|deploy\w*|out of town|out of the country"
    r"|me mudo|mudamos|mudando|mudanza|me voy a vivir|cambio de (?:doctor|clinica|ciudad|estado)|jubil\w*|vacaciones|viaje|de viaje"
)
