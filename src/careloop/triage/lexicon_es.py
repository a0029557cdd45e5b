"""Spanish red-flag lexicon (Mexican, Central American and Caribbean usage in US clinics).

Same mini-language as lexicon_en.py; text is normalised, so no accents ("respiracion",
"ano"), no "¿¡", SMS abbreviations expanded ("q" -> "que", "xq" -> "porque").
Patients often write in the third person for a relative ("a mi mamá le duele el pecho"),
so most patterns accept "me/le/se" forms.
"""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage.lexicon_en import CRITICAL_MEDICATIONS, not_after

# Whoever "no contesta" / "no me contesta" is said of when it is not the patient losing
# consciousness: a phone, a number or an office, a clinician or a case manager, nobody
# ("el cirujano no me contesta", "el numero que me dieron no contesta").
NOT_THE_PATIENT_ES = (
    "numero", "telefono", "este", "celular", "whatsapp", "dieron", "pediatra", "doctor", "doctora", "medico",
    "medica", "oficina", "clinica", "consultorio", "linea", "enfermera", "nadie",
    "cirujano", "cirujana", "especialista", "terapeuta", "dentista", "cardiologo", "cardiologa", "manager",
    "farmacia", "seguro", "trabajadora social", "trabajador social", "obgyn", "ginecologo", "ginecologa",
    "partera", "matrona",
)

E = Urgency.EMERGENCY
U = Urgency.URGENT


# "Me quiero morir de la risa / de verguenza": dying of laughter, not a wish to die.
DYING_OF_IDIOM = r"(?! de (?:la )?(?:risa|verguenza|pena|hambre|sueno|frio|calor|aburrimiento|ganas|nervios|envidia|amor|cansancio|gusto))"

PATTERNS: dict[str, tuple[Urgency, tuple[str, ...]]] = {
    "chest_pain": (
        E,
        (
            r"(?:dolor|dolores|presion|opresion|peso|ardor|punzadas?|apreton) (?:fuerte |muy fuerte |horrible )?(?:de|en|del) (?:el |mi |su )?(?:pecho|corazon)",
            r"(?:me|le|nos) (?:duele|dolia|esta doliendo|aprieta|oprime|quema|pesa) (?:mucho )?(?:el|mi|su) (?:pecho|corazon)",
            r"(?:el|mi|su) pecho (?:me |le )?(?:duele|aprieta|oprime|pesa|esta apretado)",
            r"(?:dolor|presion|opresion|peso|elefante|apret\w*|ardor|punzada\w*|aplast\w*|duele|aprieta|oprime|pesadez)~5~ (?:el |en el |del |mi |su |al )?pecho",
            r"pecho apretado|siento (?:como )?(?:un peso|algo pesado|una presion)~3~ pecho",
            # "como si alguien estuviera parado en mi pecho", "un camion encima del pecho".
            r"(?:alguien|algo|un camion|una piedra|una roca|un peso)~3~ (?:parad[oa]|sentad[oa]|encima|pisando|aplastando|trepad[oa])~3~ (?:el |mi |su |del |de mi )?pecho",
            # Clutching the chest is reflexive ("se agarra el pecho", "agarrandose el pecho");
            # a baby who "agarra el pecho" is latching on to feed.
            r"(?:se |me )?(?:apret\w*|sujet\w*) (?:el|su|mi) pecho|(?:se |me )agarr\w* (?:el|su|mi) pecho|agarr\w*(?:ndose|ndome) (?:el|su|mi) pecho",
            r"infarto|ataque (?:al|del) corazon|ataque cardiaco",
            r"dolor~5~ (?:baja|bajaba|corre|se va|se pasa|se extiende|llega) (?:a|al|hacia|por) (?:el |la |su |mi )?(?:brazo|quijada|mandibula)",
        ),
    ),
    "impending_doom": (E, (r"siento que me (?:voy a morir|muero)|(?:siente|dice) que se (?:va a morir|muere)",)),
    "stroke_signs": (
        E,
        (
            r"(?:cara|boca|labio|sonrisa)~2~ (?:esta |se ve |se le ve |se puso |quedo )?(?:caida|chueca|torcida|ladeada|de lado|dormida|paralizada)",
            r"se (?:le|me) (?:cayo|esta cayendo|torcio|durmio|paralizo) (?:un lado de |la mitad de |media )?(?:la cara|la boca|el labio|cara)",
            r"(?:de repente|de pronto|repentinamente)~3~ no (?:ve|veo|puede ver|puedo ver|habla|puede hablar|puede caminar|entiende)",
            r"(?:un lado|la mitad|media) (?:de la )?(?:cara|cuerpo)~2~ (?:caido|caida|dormido|dormida|paralizad[oa]|no (?:lo|la) (?:puede|puedo) mover)",
            r"(?:habla|hablando|esta hablando|habla muy) (?:raro|rara|chistoso|extrano|enredado|trabado|mocho|arrastrado|sin sentido)",
            r"arrastr\w* (?:las )?palabras|(?:no|ya no) (?:puede|puedo|podia) hablar(?! (?:por|ahorita|ahora|en este momento|al telefono))|le cuesta hablar|(?:no le|no me) salen las palabras|no se le entiende nada|(?:no se le entiende|no le entiendo) (?:nada )?(?:lo que dice|lo que habla|cuando habla|al hablar)",
            r"(?:no|ya no) (?:puede|puedo|podia) (?:mover|levantar|sentir) (?:el|la|su|mi) (?:brazo|pierna|mano|lado)",
            r"(?:brazo|pierna|lado)~2~ (?:esta |se siente |quedo |se le puso )?(?:debil|dormid[oa]|entumid[oa]|paralizad[oa]|sin fuerza|muert[oa])",
            r"(?:perdio|perdi|sin) (?:la )?fuerza (?:en|de) (?:el|la|un|una|su|mi) (?:brazo|pierna|lado)",
            r"derrame(?: cerebral)?|embolia|ataque cerebral|(?:el )?peor dolor de cabeza de (?:mi|su) vida",
        ),
    ),
    "breathing_difficulty": (
        E,
        (
            r"(?:no|ya no|casi no|apenas) (?:puedo|puede|podia|pudo|podemos) (?:respirar|jalar aire|agarrar aire)",
            r"(?:no|casi no) (?:me|le) (?:entra|llega|alcanza) (?:el )?aire|(?:me|le|se) (?:esta |estoy |estaba |estamos )?(?:ahoga|ahogando|asfixia|asfixiando)(?! (?:con|en) (?:tant[oa]s? )?(?:deudas|cobros|cuentas|trabajo|pagos|bills|gastos|facturas|tareas))|(?:me|le) ahogo",
            r"(?:le|me) cuesta (?:mucho )?respirar|(?:dificultad|problemas) (?:para|al) respirar|respira (?:muy )?(?:raro|mal|feo|rapido|con dificultad)|respirando (?:muy )?(?:raro|mal|feo)",
            r"(?:no|ya no|dejo de|deja de|dejaba de) (?:esta )?respira(?:r|ndo)?(?!(?: \w+){0,4} (?:cuando|mientras|al dormir|dormid[oa]|en la noche))",
            r"(?:se le olvida|se me olvida) respirar",
            r"(?:labios|boca|cara)~2~ (?:moradit[oa]s?|morad[oa]s?|azul\w*)|(?<!dedo\x20)(?<!una\x20)(?<!pie\x20)(?<!rodilla\x20)(?<!tobillo\x20)(?:se puso|se esta poniendo|esta) (?:moradit[oa]|morad[oa]|azul)(?! (?:e|y) hinchad[oa])(?!(?: \w+){0,3} (?:dedo|una|pie|rodilla|tobillo|golpe|moreton))",
            r"(?:me|le) falta (?:mucho|muchisimo) (?:el )?aire|falta de aire (?:muy )?(?:fuerte|grave|severa)",
            r"(?:el )?(?:inhalador|nebulizador|albuterol|ventolin|bomba|bombita|pompa)~6~ no (?:le |me )?(?:ayuda|sirve|hace nada|funciona|hace efecto|hizo nada)",
            r"no (?:puedo|puede|podia) (?:ni )?(?:hablar|terminar) (?:completo|de corrido|una frase|una oracion|frases completas)|habla (?:con|entre) (?:pausas|jadeos)",
            r"(?:oxigeno|saturacion|o2|sat)~3~ (?:[4-7]\d|8[0-8])(?: )?(?:%|por ciento)",
        ),
    ),
    "suicidal_ideation": (
        E,
        (
            r"(?:quiero|quisiera|queria|pienso en|pensando en|ganas de) (?:morirme|matarme|suicidarme|quitarme la vida|desaparecer para siempre|ya no despertar|no despertar)" + DYING_OF_IDIOM,
            r"(?:me quiero|se quiere|me queria) (?:morir|matar|suicidar|quitar la vida)" + DYING_OF_IDIOM,
            # "pense en tomarme todas las pastillas que tengo"
            r"(?:pense|pensando|pienso|quiero|quisiera|voy a|iba a) (?:en )?tomarme (?:todas (?:las|mis)|el frasco de|la caja de) (?:\w+ )?(?:pastillas|medicinas|pildoras)",
            # The pronoun after the verb: "me dijo que quiere morirse", "queria matarme".
            r"(?:quiere|queria|quieren|quiero|queriamos|quisiera) (?:morirse|matarse|suicidarse|quitarse la vida|morirme|matarme|suicidarme|quitarme la vida)" + DYING_OF_IDIOM,
            r"(?:no|ya no) (?:quiero|quiere|tengo ganas de|le veo sentido a) (?:seguir )?(?:vivir|viviendo|estar aqui|seguir)",
            r"suicid\w*|quitarme la vida|quitarse la vida|hacerme dano|lastimarme|cortarme(?! el pelo| las unas)|matarme",
            r"(?:no|ya no) (?:vale la pena|tiene sentido) (?:vivir|seguir)|(?:estarian|estaria|estan) mejor sin mi|mejor (?:estar )?muert[oa]",
            r"(?:no le|no) (?:encuentro|encuentra|veo|ve|tiene|tengo) (?:sentido|razon) (?:a la vida|a vivir|para vivir|de vivir|para seguir)|(?:soy|me siento) una carga",
            r"acabar con (?:todo|mi vida)|terminar con (?:todo|mi vida)",
            r"(?:se|me) cort\w* (?:las |sus |mis )?(?:munecas|venas)|cortarse las venas|no me siento a salvo",
            r"(?:tomarme|tomar|tragarme|acabarme) (?:todas|todos|toda) (?:mis|las|los|la) (?:pastillas|medicinas|pildoras|caja|botella)",
            # "me voy a poner toda la insulina q tengo y ya no va a haber mas problema"
            r"(?:voy a|me voy a|quiero|pienso|iba a|va a|se va a) (?:ponerme|inyectarme|poner|inyectar|meterme) (?:toda|todas|todo) (?:la|las|el|mi|mis) (?:insulina|plumas|jeringas|lantus|humalog|novolog)",
            r"(?:regalando|regale) (?:todas )?mis cosas",
            r"(?:seria|estaria|es|sera) mejor (?:ya )?no (?:estar|existir|seguir) (?:aqui|viv[oa]|en este mundo)?|mejor (?:ya )?no existir|(?:pienso|siento|creo) que (?:seria|es|estaria) mejor (?:morir\w*|no estar|desaparecer)",
        ),
    ),
    "homicidal_ideation": (
        E,
        (
            r"(?:pensamientos|ganas|pienso en|pensando en|planeando) (?:de )?(?:matar|lastimar|hacerle dano|hacer dano) (?:a|al)",
            r"(?:quiero|voy a|lo voy a|la voy a) (?:matar|lastimar) (?:a|al|lo|la)",
        ),
    ),
    "severe_bleeding": (
        E,
        (
            r"(?:sangra|sangrando|sangrado|sangre)~2~ (?:mucho|muchisimo|demasiado|a chorros|sin parar|un chingo|bastante)",
            r"(?:no|ya no) (?:para|deja|ha parado|ha dejado|se detiene) (?:de )?(?:sangrar|la sangre|el sangrado)",
            r"(?:sangrado|hemorragia) (?:abundante|fuerte|grave|severo|muy fuerte)|hemorragia",
            r"(?:vomitando|vomita|vomito|vomite|echando|escupiendo|tosiendo|tose|arrojando) (?:con )?sangre",
            r"(?:mucha|muchisima|bastante) sangre|desangr\w*",
            r"(?:lo|la|me|le) (?:apunalaron|acuchillaron|picaron con|balacearon|dispararon)|balazo|herida de bala|navajazo|pu(?:n|ñ)alada",
        ),
    ),
    "anaphylaxis": (
        E,
        (
            r"(?:se|le|me) (?:me |le )?(?:esta |estan )?(?:cierra\w*|cerr\w*|hinch\w*|inflam\w*)~4~ (?:la |las |los |el |mi |mis |su |sus )?(?:garganta|lengua|labios?)",
            r"(?:lengua|labios?)~2~ (?:cerrada|hinchad[oa]s?|inflamad[oa]s?|apretada)|garganta~2~ (?:cerrada|apretada)",
            r"(?:lengua|labios?|boca|garganta)~3~ (?:se (?:le |me )?puso|se pusieron|esta|estan|muy) (?:muy )?(?:grandes?|gord[oa]s?|enorme\w*)",
            r"anafila\w*|reaccion alergica (?:fuerte|grave|severa|muy fuerte)|choque alergico",
            r"(?:lengua|labios?|boca|garganta)~3~ (?:(?:como )?(?:al |el )?(?:doble|triple)|dos veces mas grandes?)",
            r"(?:use|usamos|le puse|le di|necesito|necesita) (?:la |el |su |mi )?epi(?: )?pen",
        ),
    ),
    "unresponsive": (
        E,
        (
            r"no (?:ha|han) (?:recuperado|vuelto en si|despertado)(?: el conocimiento)?|perdio el conocimiento|sin conocimiento",
            # "ya no se despierta en la noche tosiendo" is a child sleeping through, not unresponsive.
            r"(?:no|ya no) (?:responde|reacciona|despierta|se despierta|(?:lo|la) (?:podemos|pueden|puedo|puede|pude|pudimos|pudieron) despertar|puedo despertarl[oa]|pueden despertarl[oa]|abre los ojos)(?! (?:\w+ )?(?:en|por|a|durante) (?:la|las) (?:noche|noches|madrugada)| de noche)",
            not_after(NOT_THE_PATIENT_ES) + r"(?:no me|no nos) contesta(?! (?:el|la|nadie|los|las|ustedes|en|por))",
            r"(?:no|ya no) (?:vuelve|ha vuelto|volvia|regresa) en si|(?:se privo|se desmayo)~4~ no (?:despierta|responde|reacciona)",
            r"(?:inconsciente|se desplomo|perdio el conocimiento|perdio la conciencia|se desmayo y no)",
            r"(?:muy )?(?:dormid[oa]|somnolient[oa]|adormilad[oa])~3~ (?:no (?:se )?(?:despierta|responde)|(?:cuesta|dificil) (?:despertarl[oa]|que despierte))",
        ),
    ),
    "seizure": (
        E,
        (
            r"(?:le dio|le esta dando|le da|le de|le vuelve a dar|tiene|tuvo|esta teniendo|esta con) (?:una|un) (?:convulsion|ataque epileptico|ataque)(?! (?:de (?:ansiedad|panico|tos|risa|asma|nervios|llanto|coraje)))|(?:le dio|le dieron|le estan dando|esta teniendo|tuvo) convulsiones",
            r"convulsionando|esta convulsionando|(?:temblando|sacudiendose|brincando) todo (?:el|su) cuerpo|(?:los )?ojos (?:para|hacia|pa) (?:arriba|atras)",
        ),
    ),
    "overdose_poisoning": (
        E,
        (
            r"sobredosis",
            r"(?:se trago|me trague|trago|se comio|comio) (?:una |un |unas |unos |dos )?(?:pila|pilas|bateria|baterias|iman|imanes|moneda|monedas)",
            r"(?:se tomo|me tome|tomo|tome|se trago|me trague|trago|se comio|comio) (?:todas|todo|muchas|un monton de|un punado de|el bote|el frasco|la caja|un frasco|un bote|toda la caja|varias)~3~ (?:las |mis |sus |de )?(?:pastillas|pildoras|medicinas|medicamentos|tabletas|frasco|bote|caja)",
            r"(?:se tomo|tomo|se trago|trago|se bebio|bebio|se acabo)~3~ (?:casi )?(?:todo el|toda la|todas las|todos los|medio|media|la mitad del?) (?:frasco|bote|botella|jarabe|caja|pastillas|medicina|medicamento|pildoras)",
            r"(?:juntando|guardando|ahorrando) (?:mis |sus )?(?:pastillas|medicinas|pildoras)",
            r"(?:se tomo|tomo|se trago|trago|se bebio|bebio|comio|se comio)~4~ (?:lejia|clorox|pinol|fabuloso|sosa|acido|gasolina|thinner|destapa\w*|(?:para )?destapar)",
            r"(?:se tomo|tomo|se trago|trago|se bebio|bebio|comio) (?:el |la |un |una )?(?:cloro|veneno|raticida|detergente|insecticida|anticongelante|quimico|limpiador|pastilla de detergente)",
            r"envenen\w*|intoxic\w*(?! (?:alimentaria|por comida))",
        ),
    ),
    "severe_glucose": (
        E,
        (r"(?:azucar|glucosa)(?: (?:esta|tiene|en|de|ahorita|ahora|le marca|me marca|marca|marco|dio|salio en|bajo a|subio a|de solo))+ (?:[1-3]\d|[6-9]\d\d)\b(?! (?:anos|dias|semanas|minutos|unidades))",),
    ),
    "sepsis_signs": (
        E,
        (r"(?:manchitas|manchas|puntitos|puntos)~4~ (?:moradas?|morados|rojos|rojas)~6~ no se (?:quitan|borran|desaparecen)~4~ (?:presion|presionar|aprieto|vaso)",),
    ),
    "emergency_services": (
        E,
        (
            # (As in English, not "la enfermera que llamo la ambulancia": a thank-you's story.)
            r"(?:llame|llamamos|(?<!que\x20)(?<!quien\x20)llamo|llamar|marque|marcamos|le hablo|le hable) (?:al )?(?:911|nueve uno uno|la ambulancia|una ambulancia|los paramedicos)",
            r"(?:la )?ambulancia (?:ya )?(?:viene|esta en camino|va en camino|llego)",
        ),
    ),
    "baby_not_breathing": (
        E,
        (
            r"(?:bebe|nino|nina|nene|nena|hijo|hija|recien nacid[oa])~3~ (?:no respira|dejo de respirar|se puso (?:morad[oa]|moradit[oa]|azul)|esta (?:morad[oa]|azul|moradit[oa])|(?:esta )?(?:flojit[oa]|aguadit[oa]))",
            # "la respiracion casi no se le ve": breathing too weak to see.
            r"(?:la respiracion|el pechito|el pecho) (?:casi no|apenas|ya no|no) se le (?:ve|nota|mueve)",
        ),
    ),
    # ----------------------------------------------------------------- urgent
    "high_fever": (
        U,
        (
            r"(?<!poquita\x20)(?<!poca\x20)(?<!poquito\x20de\x20)(?<!un\x20poco\x20de\x20)(?<!algo\x20de\x20)(?:fiebre|calentura)(?! (?:amarilla|tifoidea|reumatica|del heno|leve|ligera|baja|poquita|de 37))|temperatura (?:alta|de (?:3[89]|4[01]|10\d))|(?:ardiendo|hirviendo) en fiebre",
        ),
    ),
    "shortness_of_breath": (
        U,
        (
            r"(?:me|le) falta (?:el )?aire|falta de aire|(?:me|le) (?:cuesta|costaba) (?:un poco )?respirar|silbido (?:en el pecho|al respirar)|sin aliento|me canso al respirar",
        ),
    ),
    "medication_reaction": (
        U,
        (
            r"reaccion (?:alergica|a la|al|a las|a los|con la|con el)|alergia a (?:la|el) (?:medicina|medicamento|pastilla|antibiotico|vacuna)",
            r"(?:me|le) (?:cayo|cae|esta cayendo) mal (?:la|el|las|los) (?:medicina|medicamento|pastilla|pastillas|antibiotico|tratamiento|vacuna)",
            r"efectos? secundarios?",
            r"ronchas|salpullido|sarpullido|urticaria|erupcion|comezon en todo",
            r"orina (?:muy )?(?:oscura|cafe|color (?:te|coca|cafe))",
        ),
    ),
    "post_op_problem": (
        U,
        (
            # A repaired wound that opened: "se me abrieron los puntos", "la herida se abrio".
            r"(?:puntos|herida|cortada|costura|grapas)~6~ (?:se (?:me |le )?(?:abrio|abrieron|zafaron|solto|soltaron)|esta abierta|se (?:me |le )?(?:esta|estan) abriendo)",
            r"se (?:me |le )?(?:abrio|abrieron|zafaron|soltaron)~3~ (?:los |las |la |el |mis |sus )?(?:puntos|herida|costura|grapas)",
            r"(?:herida|cortada|puntos|grapas|cicatriz|incision|operacion|cirugia)~4~ (?:esta |se ve |se puso |tiene |le sale |sale |me sale )?(?:roja|rojo|caliente|hinchad[oa]|inflamad[oa]|con pus|pus|supura\w*|abierta|(?:se )?(?:me |le )?abri\w*|(?:le |me )?sale (?:como )?(?:(?:un )?(?:agua\w*|liquido|pus|sangre))|sangra\w*|infectad[oa]|huele\w*|amarill[oa]|verde|no sana|no cierra|no se cura)",
            r"(?:despues|desde) de (?:la|mi|su) (?:operacion|cirugia|cesarea|procedimiento)~6~ (?:fiebre|calentura|dolor|sangrado|sangra|vomit\w*|hinchad[oa]|no puedo|no puede)",
            r"pus|infectad[oa]|infeccion(?! (?:de oido|urinaria))",
        ),
    ),
    "pregnancy_labor": (
        U,
        (
            r"(?:se me rompio|se le rompio|rompi|rompio) (?:la )?(?:fuente|bolsa)|contracciones|(?:me|le) sale (?:agua|liquido)",
        ),
    ),
    "decreased_fetal_movement": (
        U,
        (
            r"(?:el )?(?:bebe|nino|nina)~2~ (?:no se (?:mueve|ha movido|movia)|se mueve (?:muy )?(?:poco|menos)|ya no (?:se mueve|patea)|no (?:patea|ha pateado))",
            r"(?:no|ya no|casi no) (?:siento|he sentido|lo siento|la siento|senti)~2~ (?:al |el |a mi )?(?:bebe|movimiento|movimientos|patadas|moverse|que se mueva)",
            r"(?:menos|pocos|poco) (?:movimientos?|patadas)",
        ),
    ),
    "high_blood_pressure": (
        U,
        (
            r"(?:presion|tension)~3~ (?:1[89]\d|2\d\d)\b|(?:presion|tension) (?:muy )?(?:alta|altisima) (?:de|en) \d",
        ),
    ),
    "abnormal_glucose": (
        U,
        (
            r"(?:azucar|glucosa)~3~ (?:[3-9]\d\d|[2-5]\d)\b",
            r"(?:azucar|glucosa) (?:muy |super |bien )(?:alta|baja)|(?:azucar|glucosa) (?:se )?(?:bajo|subio) mucho",
        ),
    ),
    "worsening_symptom": (
        U,
        (
            r"(?:cada vez|cada dia) (?:peor|mas (?:fuerte|hinchad[oa]|roj[oa]|grande|dolor))|empeor\w*|(?:se|me|le) (?:puso|ha puesto|esta poniendo|pone) (?:peor|mas (?:mal|hinchad[oa]|roj[oa]))|(?:esta|estoy|sigue|va) peor|mucho peor|se (?:esta )?(?:extendiendo|regando)",
        ),
    ),
    "emergency_contraception": (
        U,
        (
            r"(?:se (?:me |nos |le )?)?(?:rompio|rompieron|salio|zafo) el (?:condon|preservativo)|(?:relaciones|sexo) sin (?:proteccion|condon|cuidarnos|cuidarme)",
            r"(?:(?:pastilla|pildora) (?:del dia siguiente|de emergencia)|anticoncepti\w* de emergencia)~8~ (?:ayer|anoche|hoy|todavia|aun|a tiempo|muy tarde|demasiado tarde|hace (?:\w+ )?(?:horas|dias))",
        ),
    ),
    "acute_symptom": (
        U,
        (
            r"dolor (?:muy |bien |super )?(?:fuerte|intenso|insoportable|horrible|terrible)|(?:mucho|muchisimo|un dolor terrible de) dolor|no (?:aguanto|aguanta|soporto) (?:el|este|del) dolor",
            r"vomit\w*|(?:no|nada) (?:retiene|retengo|le queda|le para) (?:nada|liquidos|agua|la comida)|diarrea",
            r"(?:de repente|de pronto|amaneci|desperte)~6~ (?:sin oir|no oigo|no escucho|sord[oa]|perdi (?:el oido|la audicion))",
            r"(?:no|ya no) (?:puede|puedo|podia) (?:caminar|apoyar|pisar|pararse|pararme|orinar|ver bien)",
            r"(?:se|me) desmay\w*|desmayo|se privo|me privo|se desvanecio|mareo|mareos|mareado|mareada|(?:todo )?me da vueltas",
            r"(?:esta|anda|se ve|muy) (?:muy )?(?:confundid[oa]|desorientad[oa])|no (?:sabe|reconoce) (?:donde|quien)",
            r"sangre en (?:la |el |su |mi )?(?:orina|popo|excremento|heces|pipi)|(?:orina|orinando|pipi) (?:con )?sangre|popo negr[oa]|heces negras",
            r"ardor al orinar|(?:me |le )?arde (?:al|cuando) (?:orinar|orino|hago pipi)|dolor al orinar",
            r"escalofrios|sudando (?:mucho|frio)|sudor frio|sudoroso|palido|palida",
            r"(?:hinchad[oa]|inflamad[oa]|roj[oa]|calient[ea])~3~ (?:y )?(?:roj[oa]|calient[ea]|hinchad[oa]|morad[oa]|duele)",
            r"(?:piernas?|tobillos?|pies) (?:muy )?(?:hinchad[oa]s?|inflamad[oa]s?)|hinchazon (?:en|de) (?:las |los )?(?:piernas|tobillos|pies)",
            r"(?:corazon) (?:me |le )?(?:late|palpita) (?:muy )?(?:rapido|fuerte|raro)|palpitaciones|taquicardia",
            r"(?:se cayo|me cai|se callo|se pego|me pegue|se golpeo|me golpee)~3~(?: \w+)?",
            r"golpe en la cabeza|se (?:pego|golpeo) (?:en )?la cabeza",
            r"(?:vista|vision) (?:borrosa|doble)|(?:no veo|no ve) (?:bien|nada)|perdi la vista",
            r"deshidratad[oa]|no ha (?:orinado|hecho pipi|mojado (?:el|los) panal)",
            r"(?:hueso|brazo|pierna|muneca|tobillo|pie|mano|dedo) (?:roto|rota|quebrad[oa]|fracturad[oa])|(?:se|me) (?:quebro|rompio|fracturo) (?:el|la|un|una)",
            r"(?:lo|la|me) (?:mordio|pico) (?:un|una|el|la) (?:perro|gato|animal|vibora|culebra|alacran|arana)",
            r"(?:me|se) quem\w* (?:la|el|con)|(?:aceite|agua) hirviendo|ampollas (?:grandes|enormes)",
            r"ataque de panico|ataque de ansiedad|escucha voces|oye voces",
            r"dolor de cabeza (?:muy )?(?:fuerte|horrible|terrible|intenso)",
            r"tos~4~ (?:con )?(?:fiebre|flema verde|flema amarilla|sangre)",
            r"herida~3~ no (?:sana|cierra|se cura)",
            r"(?:tengo|tiene) (?:un )?(?:sangrado|manchado)|(?:estoy|esta) (?:sangrando|manchando)",
        ),
    ),
}

COMPOUND_PATTERNS: dict[str, tuple[Urgency, tuple[str, ...], tuple[str, ...]]] = {
    "infant_fever": (
        E,
        (r"fiebre|calentura|temperatura",),
        (r"recien nacid[oa]|(?:bebe|bebito|bebita|nino|nina|hijo|hija|nene|nena)~2~ (?:de|tiene) (?:(?:\d+|un|una|dos|tres|cuatro|cinco|seis) (?:dias|dia|semanas|semana)|(?:1|2|un|dos) mes(?:es)?)(?! de (?:embarazo|gestacion))",),
    ),
    "head_injury": (
        E,
        (r"(?:muy )?(?:dormid[oa]|somnolient[oa]|adormilad[oa]|decaid[oa]|no despierta|ido|ida|confundid[oa]|desorientad[oa])",),
        (r"se cayo|me cai|se pego|se golpeo|golpe en la cabeza", r"vomit\w*|devolvio|devuelve"),
    ),
    "pregnancy_bleeding": (
        U,
        # Not the blood test: "prueba de embarazo de sangre", "examen de sangre", "mis
        # resultados de la sangre", "el azucar en la sangre".
        (r"(?:sangrado|sangrando|(?<!de\x20la\x20)(?<!en\x20la\x20)(?<!resultados\x20de\x20)(?<!prueba\x20de\x20)(?<!pruebas\x20de\x20)(?<!examen\x20de\x20)(?<!examenes\x20de\x20)(?<!analisis\x20de\x20)(?<!embarazo\x20de\x20)(?<!muestra\x20de\x20)(?<!estudios\x20de\x20)sangre|manchando|manchado|manchas de sangre|coagulos|colicos)",),
        (r"embarazad[ao]|embarazo|semanas de (?:embarazo|gestacion)|\d+ semanas|prenatal|aborto",),
    ),
    "out_of_critical_medication": (
        U,
        (
            # "se le acaba el depakote a mi hijo hoy en la noche": running out tonight.
            r"se (?:me|le|nos|les) (?:acaba|acaban|termina|terminan|va a acabar|van a acabar)(?: \w+){0,6} (?:hoy|esta noche|en la noche|manana)(?![a-z])|"
            r"(?:se me acabo|se le acabo|se me termino|se le termino|se acabo|me quede sin|se quedo sin|ya no (?:tengo|tiene|tenemos|tienen|me queda|le queda|nos queda|me quedan|le quedan|nos quedan)(?! (?:mas )?(?:resurtidos?|refills?|recargas?))(?! (?:que|q) )|no (?:me|le) queda(?:n)? (?:nada|ninguna|ninguno|mas)|ultima (?:dosis|pastilla|inyeccion|tableta)|(?:me|se|le) (?:tome|tomo|puse|puso) la ultima|solo (?:me|le) queda(?:n)? (?:la |una |el |mi |su )?(?:ultima )?(?:pastilla|dosis|tableta|inyeccion|pluma)|solo (?:me|le) queda (?:para )?(?:hoy|esta noche)|(?:me|le|nos) queda(?:n)? (?:nada mas|nomas|na mas|solamente|solo) (?:la |una |el |mi |su )?(?:ultima )?(?:pastilla|dosis|tableta|inyeccion|pluma|para hoy|para esta noche)|(?:no|nada) (?:tengo|tiene|me queda|le queda) (?:nada |dosis |medicina |pastillas |tiras )?para (?:la dosis de |la de |ponerme |ponerle |tomarme |tomar |usar )?(?:manana|hoy|esta noche)|(?:hoy|manana|esta noche) se (?:me |le |nos )?(?:acaba|termina)|se (?:me |le |nos )?(?:acaba|termina) (?:hoy|manana|esta noche)|(?:nomas|nada mas|na mas|solamente|solo) (?:me |le |nos )?queda(?:n)? (?:la |una |el |mi |su )?(?:ultima )?(?:pastilla|dosis|tableta|inyeccion|pluma)|sin (?:mi|su) (?:insulina|medicina|medicamento|pastillas)|(?:usamos|use|uso|usaron|le pusimos|le puse|se puso|me puse) (?:el|la|su|mi) (?:unic[oa]|ultim[oa])|no (?:tenemos|tengo|tiene) otr[oa]|se (?:le |me )?vacio)",
        ),
        (CRITICAL_MEDICATIONS,),
    ),
    "abnormal_result": (
        U,
        (r"(?:hoy mismo|hoy|(?:avisar\w*|llamar\w*|ir|fuera|vaya|venir|viniera|hablar\w*|regresar\w*) (?:\w+ ){0,2}(?:el|ese|al) mismo dia|esta tarde|esta noche|esta semana|de inmediato|inmediatamente|urgente|lo antes posible|cuanto antes|ir a (?:la )?(?:sala de )?(?:emergencias|urgencias))",),
        (
            r"(?:me dijeron|le dijeron|me dijo|le dijo|dijeron|dijo|dice|me llamaron|le llamaron|me hablaron|mensaje|recado|que llamara|que le llamara|que (?:me |le )?(?:hable|hablara|llame)|(?:tengo|tiene|tenia|tenemos) que)",
            r"(?:resultados?|examen\w*|analisis|laboratorio|estudio|prueba|nivel|niveles|azucar|glucosa|creatinina|potasio|plaquetas|hemoglobina|rinon|higado|ultrasonido|tomografia|radiografia|inr|papanicolau|papanicolaou|mamografia|bilirrubina|ct|cat scan|scan|resonancia|rayos x|sonograma|biopsia|hormona|hcg|beta|bnp|dimero|plomo|sangre)",
            r"(?:salio|salieron|salio muy|esta|estan|muy) (?:mal|alt[oa]s?|baj[oa]s?|anormal\w*|elevad[oa]s?|positiv[oa])|alt[oa]s?|baj[oa]s?|altit[oa]s?|bajit[oa]s?|anormal\w*|elevad[oa]s?|salio (?:en|de) \d+|salio \d+|\d{3,}|(?:habia|hay|salio|vieron|encontraron|encontro|vio) algo|algo (?:raro|anormal|que (?:habia que |hay que )?(?:ver|revisar|checar))|(?:inr|potasio|azucar|glucosa|creatinina|plaquetas|hemoglobina|sodio)(?: \w+){0,3} \d+",
        ),
    ),
    "medication_reaction": (
        U,
        (r"(?:dolor|duele|duelen|ronchas|comezon|picazon|hinchad\w*|mareo\w*|nausea\w*|vomit\w*|diarrea|tos|sangrado|moretones|debilidad|calambres|manchas|manchitas|sarpullido|erupcion|salpullido)",),
        (r"desde que (?:empece|empezo|comence|comenzo|tomo|tome|toma|tomando|inicie|le dieron|me dieron) (?:a tomar )?(?:la |el |las |los |esta |este )?\w+|desde que (?:le|me) (?:subieron|aumentaron|cambiaron|subio|aumento) (?:la dosis|el medicamento|la medicina)|(?:la|el) (?:medicina|medicamento|pastilla|antibiotico|vacuna|inyeccion) nuev[oa]|(?:nueva|nuevo) (?:medicina|medicamento|pastilla|antibiotico)",),
    ),
}
