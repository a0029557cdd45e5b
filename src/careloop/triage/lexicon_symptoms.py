"""General symptom vocabulary (English and Spanish), weaker than a red flag.

A mention does not raise urgency by itself. It tells the engine whether a message the
classifier calls `clinical_concern` actually reports a current symptom (then: urgent when
in doubt) or only a past, negated or absent one (then: routine / maybe not clinical).
Same pattern mini-language as the red-flag lexicons; context rules apply the same way.
"""

from __future__ import annotations

from careloop.triage.lexicon_en import NOT_FAINT_ADJECTIVE, not_after

SYMPTOM_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        # Not "he's off the pain pills": no longer needing them is not a symptom.
        not_after(("off the", "off his", "off her", "off my", "off"))
        + r"pain|pains|painful|hurts?|hurting|ache|aches|aching|achy|sore|soreness|swollen|swelling|swells?|cough\w*|rash|itch\w*|hiccups?|hiccough\w*|the runs|talking to (?:himself|herself|themselves)|up all night|(?:urine|pee) (?:is |was |looks |looked |came out |turned )?(?:pink|red|bloody|dark red|cola colored|brown)|ulcers?|(?:looks|is|got|getting) (?:\w+ )?deeper|(?:see|seeing|can see) (?:\w+ ){0,3}(?:bone|the bone)|barely (?:sleeping|sleeps|slept)|cries (?:most|every|all|a lot|constantly)|(?:havent|hasnt|have not|has not) slept (?:in|for) (?:\d+|two|three|four|five|a few|several) (?:days|nights)|(?:hasnt|havent|has not|have not) (?:eaten|drunk|had anything)",
        r"bleed\w*|bled|bloody|nause\w*|queasy|vomit\w*|throwing up|threw up|diarrhea|constipat\w*|dizz\w*|lightheaded|faint(?:ed|ing|ness|ish|s)|faint"
        + NOT_FAINT_ADJECTIVE,
        r"(?:more |very |really |so |too )?(?:sleepy|drowsy|lethargic)|(?:not|hasnt|havent|isnt|wont|barely) (?:been )?(?:eating|drinking)|no appetite|tired|fatigue\w*|exhausted|weak|weakness|numb|numbness|numbed|tingl\w*|cramp\w*|burning|fever\w*|chills|sweats|headaches?|migraines?",
        # ("my discharge paper says" is the hospital's discharge, not a wound's.)
        r"sick|ill|unwell|redness|red streaks?|cellulitis|abscess|boils?|edema|infection|infected|lump|bump|leaking|pinkish|cloudy urine|discharge(?! (?:paper|papers|paperwork|instructions|summary|sheet|planner|planning|date|nurse|order|orders))|draining|oozing|pus|nightmares|flashbacks|not sleeping|cant sleep|withdrawal|sweating|sweats|blisters?|bruis\w*|wheez\w*|congest\w*|runny nose|sneez\w*|stiff\w*|spasms?",
        r"insomnia|cant sleep|trouble sleeping|crying (?:all the time|a lot|at work|every day|all day|constantly)|cant (?:concentrate|focus)|(?:feeling|been|felt|so|really) (?:really |so |very )?(?:down|low|hopeless)|agitat\w*|flutter\w*|racing|pounding|not making (?:any )?sense|drooling|grunting|anxious|anxiety|depress\w*|panic\w*|snor\w*|side effects?|reaction|tight|tightness|(?<!blood\s)pressure",
        r"(?:feel|feels|feeling|felt) (?:sick|bad|awful|terrible|off|worse|weird|strange|funny|lousy|horrible)|not feeling (?:well|good|right)",
        r"puffy|puffier|woozy|spotting|losing weight|lost weight|swallow\w*|short of breath|breath\w*(?! (?:fine|ok|okay|normal|normally|well|good|easy|easier|better)(?![a-z]))|palpitations|heartburn|reflux|hives|wound|cut myself|burned|fell|injur\w*",
        r"gr[ae]y(?:s|ed|ing)? out|gr[ae]y outs?|blacking out|black out|(?:vision|everything) (?:goes|went|going) (?:dark|black|gr[ae]y)|sprain\w*|bite|bitten|sting|stung|stomach(?: )?ache|belly(?: )?ache|earache|toothache|sore throat|pink eye|uti|yeast infection|cold sores?|flu(?! (?:shot|shots|vaccine|clinic))|cold(?! (?:pack|compress|water|weather|outside))|covid(?! (?:shot|vaccine|booster|test))",
        r"blurry|vision|seizures?(?! (?:action|plan|free|medication|medicine|meds|disorder|precautions))|tremors?|shaking|shak\w*|confus\w*|memory|forgetful|mole|growth|spot on|warts?|acne|hair loss|bleeding gums",
    ),
    "es": (
        r"dolor\w*|duele\w*|duelen|doli\w*|molest\w*|hinch\w*|inflam\w*|tos|tosiendo|tose|tosio|tosia|toser|ronchas|comezon|picazon|pica|hipo|cansando|me canso|se cansa|habla solo|habla sola|hablando sol[oa]|casi no duerme|no (?:ha|he|e|a) dormido (?:en |por )?(?:\d+|dos|tres|cuatro|varios) (?:dias|noches)",
        r"sangr\w*|nausea\w*|asco|vomit\w*|diarrea|estrenid\w*|mareo\w*|mareado|mareada|desmay\w*",
        r"(?:muy |mas )?(?:dormilon\w*|somnolient[oa]|adormilad[oa])|(?:no|casi no) (?:quiere )?(?:come|comer|bebe|toma liquidos)|sin apetito|cansad\w*|cansancio|debil\w*|entumid\w*|hormigueo|calambres?|ardor|arde|fiebre|calentura|escalofrios|migranas?",
        r"enferm[oa]|malit[oa]|enrojecid\w*|rojez|absceso|edema|infeccion|infectad\w*|bolita|bulto|flujo|moretones?|gripa|gripe|resfriado|catarro|congestion\w*|mocos|estornud\w*",
        r"insomnio|no puedo dormir|ansiedad|ansios\w*|depresion|deprimid\w*|panico|ronc\w*|efectos? secundarios?|reaccion|apretado|opresion",
        r"me siento (?:mal|raro|rara|peor|muy mal)|no me siento bien|(?:se siente|lo veo|la veo) (?:mal|muy mal)",
        r"tembl\w*|sudando|sudor\w*|suda|sudaba|corazon (?:muy |bien |super )?acelerado|palpitaciones|taquicardia|nervios[oa]|herida|cortada|quemadura|me cai|se cayo|golpe|picadura|mordida|garganta|oido|muela|vista borrosa|borros[oa]|lucecitas|estrellitas|destellos|manchitas (?:en la vista|en los ojos|negras)|temblor\w*|convulsion\w*|lunar|verruga|granos?",
    ),
}
