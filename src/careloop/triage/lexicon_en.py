"""English red-flag lexicon.

Written from clinical triage knowledge of how patients and caregivers describe danger:
literal terms ("chest pain"), lay descriptions ("feels like someone is sitting on my
chest"), and staff shorthand. Patterns run on normalised text (see normalize.py): lower
case, no accents, no apostrophes ("cant", "im", "hes"), SMS abbreviations expanded.

Pattern mini-language (compiled in redflags.py):
  a space        one or more separators (space, comma, hyphen)
  ~N~            up to N intervening words (write it glued to the previous word)
  everything else is a regular expression; each pattern matches whole words.

When in doubt a pattern errs toward flagging: a false alarm costs a nurse a minute, a
missed emergency can cost a life. Context (negation, history...) is handled separately.
"""

from __future__ import annotations

from careloop.labels import Urgency
from careloop.triage.lexicon_medicines import CRITICAL_MEDICATIONS

E = Urgency.EMERGENCY
U = Urgency.URGENT


class Sign(str):
    """A compound rule's required group that describes a sign or symptom: context rules
    check it like the anchor ("no le duele ni le falta el aire" is no evidence of pain or
    breathlessness). Groups that name things (a medicine, an allergen, an age) stay plain
    strings: "the pharmacy won't give me the Eliquis" does not negate the Eliquis."""

# A fever word, not the name of another illness or its vaccine ("yellow fever vaccine",
# "hay fever", "fiebre amarilla").
FEVER_WORD = (
    # (The look-behinds sit after "fe": checked only where a fever word starts, not at
    # every position of every message.)
    r"(?:fe(?<!yellow\sfe)(?<!hay\sfe)(?<!scarlet\sfe)(?<!valley\sfe)(?<!dengue\sfe)(?<!typhoid\sfe)(?<!rheumatic\sfe)ver\w*|febrile)(?! (?:vaccine|shot|blisters?|reducer|medicine))"
    r"|temp|temperature|(?:fiebre|calentura)(?! (?:amarilla|tifoidea|reumatica|del heno))"
)


# "faint" the adjective, not fainting: "a faint red line", "a faint positive".
def not_after(words: tuple[str, ...], gap: str = r"\x20") -> str:
    """Look-behinds that keep a phrase from counting right after any of these words (a
    word's own spaces become `gap` too). A word class named where it is defined, instead
    of look-behinds written out inline pattern by pattern."""
    return "".join(rf"(?<!{word.replace(' ', gap)}{gap})" for word in words)


def right_after(words: tuple[str, ...], gap: str = r"\x20") -> str:
    """The opposite of not_after: a phrase that counts only right after one of these words,
    which stay outside its span (a scope can then end at them, context.py)."""
    return "(?:" + "|".join(rf"(?<={word.replace(' ', gap)}{gap})" for word in words) + ")"


# What is fitted at an appointment (a device, glasses, a brace) or "a/the/for fitting":
# "CPAP fitting", "the fitting at 3" are visits, not a child "fitting" (a seizure).
FITTED_THINGS = (
    "pump", "a", "for", "cpap", "bipap", "mask", "brace", "aid", "aids", "glasses", "lens", "lenses",
    "denture", "dentures", "pessary", "prosthesis", "prosthetic", "orthotic", "orthotics", "wheelchair",
    "boot", "splint", "bra", "after", "before", "the", "at", "during", "custom", "afo", "exam and",
    "stocking", "stockings", "garment", "garments", "compression", "sleeve", "wig", "walker", "orthosis", "shoe", "shoes",
    "insoles", "insole",
)

NOT_FAINT_ADJECTIVE = r"(?! (?:red|pink|white|yellow|brown|line|lines|mark|marks|scar|rash|spots?|smell|odou?r|taste|sound|sounds|heartbeat|glow|bruis\w*|outline|positive|second|band|stain|trace|scratch\w*))"

# A joke that says so ("I'm gonna kill him lol"): a look-ahead for the end of a threat.
JOKE_WORD = r"(?:lol|lmao|haha\w*|jaja\w*|jk|kidding)"
NOT_A_JOKE = rf"(?!\x20{JOKE_WORD}(?![a-z]))"


# Running out, but not later: "before my refills run out later this year", "will run out next
# month" are not today (shared by every out-of-medicine pattern).
RUN_OUT_NOW = r"run out(?!(?: of (?:it|them|\w+))? (?:next|later|in (?:a|an|one|two|three|four|\d+|a few|a couple(?: of)?) (?:days?|weeks?|months?)|by (?:next|the end)|at the end of)(?![a-z]))"

# Each entry: rule -> (urgency, patterns).
PATTERNS: dict[str, tuple[Urgency, tuple[str, ...]]] = {
    "chest_pain": (
        E,
        (
            r"chest (?:is |feels |feel |felt |was |getting |gets |got )?(?:so |really |very |super |kind of |kinda |a little |a bit )?(?:tight|heavy|tightening|squeezed|painful|sore(?!(?: [a-z]+){0,2} (?:tender|to (?:the )?touch|when (?:i|he|she|you) (?:bump|press|push|touch)))|burning|aching)",
            r"chest (?:pain|pains|pressure|tightness|heaviness|discomfort|hurts?|hurting|is hurting|feels tight|feels heavy|feels like)",
            r"(?:pain|pressure|tightness|heaviness|squeezing|crushing|burning|weight|ache|aching|discomfort) (?:in|on|across|at) (?:my|his|her|the) (?:chest|heart)",
            r"(?:tight|heavy|crushing|squeezing|sharp|stabbing) (?:feeling )?(?:in )?(?:my|his|her|the)?(?: )?chest",
            r"(?:elephant|someone|something|a weight|a ton of bricks|a brick|a truck)~3~ (?:sitting|standing|is sitting|on|crushing|pressing|squeezing)~2~ (?:my|his|her|the) chest",
            r"(?:having|is having|think im having|think hes having|think shes having|might be having) (?:a )?heart attack",
            r"pain~4~ (?:down|into|to|in) (?:my|his|her|the) (?:left )?(?:arm|jaw)",
            r"angina",
            r"heart~3~ (?:is being |being |feels |is )?(?:squeezed|squeezing|crushed|crushing|in a vise|in a vice|being squeezed)",
            r"(?:clutching|grabbing|holding|grabbed|clutched|gripping) (?:at )?(?:his|her|my|their) chest",
            r"(?:pain|pressure|tight\w*|heav\w*|squeez\w*|crush\w*|ache|aching|discomfort|hurt\w*|weight|elephant|stabbing|sharp|burning)~6~ (?:chest|breastbone|breast bone|sternum)(?! (?:x(?: )?ray|xray|cxr|ct|scan|film|congestion|cold|infection|hair|tube|wall injury))",
            r"(?:chest|breastbone|sternum)~4~ (?:pain|hurts?|hurting|tight\w*|heav\w*|pressure|squeez\w*|crush\w*)",
        ),
    ),
    # "I feel like I'm going to die": a classic warning sign clinicians take seriously.
    "impending_doom": (E, (r"(?:feel|feels|felt|feeling) like (?:i|im|he|she|hes|shes)?(?: )?(?:am |is )?(?:going to|about to|gonna) die|sense of (?:impending )?doom",)),
    # A resting heart rate of 150+ can mean a dangerous arrhythmia.
    "dangerous_heart_rate": (E, (r"(?:heart|pulse|heart rate|hr)~4~ (?:1[5-9]\d|2\d\d)(?!(?: )?(?:mg|lbs?|pounds))",)),
    "stroke_signs": (
        E,
        (
            # Sudden loss of sight in one eye: "went completely dark like a curtain came down".
            r"(?:vision|sight)(?: in (?:my|his|her|one|the) (?:left |right )?eye)? (?:went|goes|going|has gone|is going) (?:completely |all |totally |suddenly )?(?:dark|black|out)|(?:a )?curtain (?:came|coming|comes|come) down|lost (?:the )?(?:vision|sight) in (?:my|his|her|one) (?:left |right )?eye",
            r"(?:face|mouth|smile|lip|eye|side of (?:my|his|her|the) face)~2~ (?:is |looks |seems |went |was )?(?:droop\w*|drooping|droopy|sagging|crooked|lopsided|uneven|numb|fallen)",
            r"(?:droop\w*|drooping|droopy|sagging|crooked|lopsided) (?:face|mouth|smile|on one side)",
            r"one side of (?:my|his|her|the) face",
            r"slur\w*~2~ (?:speech|words|talking|speaking)|(?:speech|talking|words|voice)~3~ slurr\w*|slurring",
            r"(?:cant|cannot|couldnt|unable to|can no longer) (?:hold|grip|grab|lift) (?:onto )?(?:his|her|my|a|the) (?:fork|cup|spoon|pen|glass|coffee|phone|arm|drink)",
            r"(?:talking|speaking|sounds?) (?:funny|weird|strange|garbled|drunk|gibberish)",
            r"words (?:are )?(?:come|coming|came) out (?:wrong|jumbled|mixed|all wrong)",
            r"(?:trouble|difficulty|hard time|problems?) (?:talking|speaking|getting (?:the|his|her|my) words out|finding (?:the|his|her|my) words)",
            r"(?:cant|cannot|couldnt|unable to) (?:get (?:the|his|her|my) words out|find (?:the|his|her|my) words)",
            r"(?:hes|shes|he|she|suddenly) (?:cant|cannot|couldnt) (?:talk|speak)",
            r"(?:arm|leg|side)~2~ (?:is |went |feels |got |suddenly )?(?:weak|numb|limp|paralyzed)",
            r"(?:weakness|numbness) (?:in|on|of) (?:my|his|her|the) (?:left|right|one)?(?: )?(?:arm|leg|side|face)",
            r"(?:sudden )?(?:weakness|numbness) on one side",
            r"(?:cant|cannot|couldnt|unable to) (?:move|lift|raise|feel) (?:my|his|her|the) (?:left |right )?(?:arm|leg|hand|side)",
            r"(?:having|is having|think (?:hes|shes|im|i am|he is|she is) having|might be having|think i (?:just )?had) (?:a )?(?:stroke|tia|mini stroke)",
            r"(?:mouth|face|smile|lip|lips)~4~ (?:pulled|drooping|hanging|sagging|falling|twisted) (?:down )?(?:to|on) (?:one|the left|the right|one) side",
            r"(?:sudden|suddenly)~3~ (?:cant|cannot|unable to|couldnt|not able to) (?:understand|speak|talk|see|walk|move|stand)",
            r"(?:mumbling|talking|speaking|saying) (?:\w+ )?(?:nonsense|gibberish)|(?:face|mouth|smile)~2~ (?:looks?|is|went|seems) (?:weird|funny|strange|off|different|wrong|uneven)",
            r"(?:cant|cannot|couldnt) feel (?:the )?(?:left|right|one) side",
            r"worst headache (?:ever|ive ever had|hes ever had|shes ever had|of all time)",
            r"(?:worst|worse) headache (?:of|in) (?:my|his|her) life|thunderclap headache",
            # "a terrible headache that came on like a thunderclap ... worst I've ever had".
            r"headache~8~ (?:like a thunderclap|thunderclap|worst (?:ive|hes|shes|i have|he has|she has) ever (?:had|felt))|(?:like a thunderclap|thunderclap)~6~ headache",
            r"(?:sudden|suddenly)~3~ (?:cant see|lost (?:vision|sight)|blind|vision loss)",
        ),
    ),
    "breathing_difficulty": (
        E,
        (
            r"(?:cant|cannot|can barely|could not|couldnt|unable to|struggling to|hard to|trouble|difficulty|having trouble|having a hard time|hard time|can hardly|cant seem to)(?: )?(?:breathe|breath|breathing|get (?:a |my |his |her )?breath|catch (?:my|his|her|a|their) breath|get (?:enough |any )?air|get air in)(?! a word| through (?:my|his|her|the|their|one) (?:nose|nostrils?)| out of (?:my|his|her|the|their|one) (?:nose|nostrils?))",
            r"breathing (?:is )?(?:really |very |so |super )?(?:deep and (?:fast|rapid|hard)|heavy and (?:fast|rapid))|breathing (?:is )?(?:really |very |so |super )?(?:fast|hard|slow|slowly|shallow|funny|weird|strange|noisy)|grunting|(?:ribs|chest) (?:sucking|pulling) in|retractions|(?:sucking|pulling) in (?:at|around|between|under) (?:his|her|their|the) (?:neck|ribs|chest|throat)",
            r"wheez\w*~8~ (?:can barely|cant|can hardly|unable to|too tired to) (?:talk|speak)",
            r"(?<!did\x20i\x20)(?<!do\x20i\x20)(?:not|isnt|wasnt|stopped|stop|stops|quit) breathing(?! (?:bad|badly|hard|heavy|heavily|fast|funny|weird|strange|different|any (?:worse|different|faster))(?![a-z]))(?!(?: \w+){0,4} (?:when|while|at night|during|in (?:my|his|her) sleep|asleep|sleeping))"
            # Pauses of seconds are sleep apnoea in a snoring adult ("a few times a night he
            # seems to stop breathing for a few seconds and then gasps"); in a baby they are
            # lexicon_indirect's BREATHING_PAUSES beside a small child, an emergency.
            r"(?! for (?:a few|a couple of|a couple|several|few|\d+|five|ten|fifteen|twenty) (?:seconds|secs))",
            r"(?:trouble|difficulty|hard time|problems?|struggling) (?:swallowing|talking) (?:and|or) (?:breathing|breathe)",
            r"(?:having|is having|in the middle of|bad|severe|really bad) (?:an )?asthma attack",
            # Fillers of speech ("I can only like say a couple words") do not change the sign.
            r"(?:can only|only able to|can barely|only) (?:like |just |really )?(?:say|speak|get out|talk in) (?:like )?(?:a couple|a few|two|one|1|2|3|three) (?:of )?words",
            r"(?:say|get out|speak) (?:a couple|a few|two|one|1|2|3|three) (?:of )?words (?:at a time|between breaths)",
            r"choking on|(?:is|hes|shes|im|was|baby is|keeps) choking",
            r"(?:gasping|choking|fighting|struggling) for (?:air|breath)",
            r"(?:every|each) breath (?:is )?(?:a struggle|a fight|so hard|hard|an effort)|struggl\w*~3~ (?:breath|breathe|breathing)|(?:stop|rest) (?:after|every) (?:every )?(?:few|couple|two|2|3) steps",
            r"(?:gasping|turning blue|lips? (?:are |is |turning |look |looks |went |got )?(?:kind of |a little |slightly )?(?:blue|bluish|purple|purplish|gray|grey|dusky))",
            r"(?:cant|cannot|can barely|unable to) (?:finish|get out|say) a (?:full )?sentence|(?:cant|cannot|can barely|unable to) get (?:a |one )?(?:full |whole )?sentence out",
            r"(?:speaking|talking|speaks|talks|says|saying) (?:in )?(?:\d|one|two|three|a few|a couple)(?:(?: )?(?:-|to|or)(?: )?(?:\d|two|three|four))? words? (?:at a time|between breaths)",
            r"(?:sob|short of breath|shortness of breath|out of breath|winded|cant breathe) (?:even )?(?:at rest|sitting still|lying down|resting)",
            # A pulse-oximeter reading under 89% (a healthy reading is 95-100).
            r"(?:o2|oxygen|sat|sats|spo2|saturation|pulse ox|oximeter|oxigeno|saturacion)~3~ (?:[4-7]\d|8[0-8])(?: )?(?:%|percent|por ciento)",
            r"breathing (?:is )?(?:very |really |super )?(?:fast and hard|labou?red|very hard|really bad)",
            r"(?:severe|really bad|very bad|extreme) (?:shortness of breath|sob)",
            r"(?:inhaler|nebuli[sz]er|albuterol|ventolin|proair|puffer|rescue meds?)~6~ (?:(?:isnt|not|doesnt|didnt|wont|arent|hasnt) (?:helping|working|doing anything|doing much|doing a thing|touching it|help|work)|(?:did|does|is doing|done) nothing)",
            # A child working to breathe: nostrils flaring, the belly pulling each breath,
            # the head bobbing, too tired to cry.
            r"nostrils? (?:are |is |keep |keeps )?flar(?:ing|e|es)(?! up)|flaring (?:his |her |their |the )?nostrils?|(?:using|uses|sucking in) (?:his |her |their |the )?(?:belly|stomach|tummy) (?:muscles )?(?:to breathe|with each breath|every breath)|head bobbing|too tired to cry",
        ),
    ),
    # A type 1 without insulin delivery is hours from ketoacidosis.
    "insulin_pump_failure": (
        U,
        (
            r"(?:pump|omnipod|pod)~5~ (?:says |shows |reads )?(?:no delivery|no insulin|occlusion|occluded|blocked|failed|failure|wont (?:deliver|bolus|work))",
            r"(?:havent|hasnt|have not|has not) (?:had|gotten|got|taken) (?:any |my |his |her )?(?:insulin|basal|bolus) since",
            r"(?:only |just )?(?:like |about |maybe )?\d+ units? (?:of insulin )?left",
        ),
    ),
    # Psychotic symptoms back (often after stopping the medicine): seen the same day.
    "psychiatric_relapse": (
        U,
        (
            r"the voices (?:in (?:my|his|her) head )?(?:are|came|have come|were|started coming) back|hearing (?:the )?voices again",
            r"(?:oigo|escucho|oye|escucha) (?:las )?voces (?:otra vez|de nuevo)|(?:las )?voces (?:volvieron|regresaron|ya volvieron)",
        ),
    ),
    # A dialysis fistula or graft that lost its buzz (thrill) may have clotted: seen today.
    "dialysis_access_problem": (
        U,
        (
            r"(?:cant|cannot|dont|do not|no longer|not) (?:feel|hear) (?:the |a |any |my |his |her )?(?:buzz|thrill|whoosh|vibration|bruit)~5~ (?:fistula|graft|access)",
            r"(?:fistula|graft|access)~4~ (?:no (?:buzz|thrill)|(?:not|isnt|stopped) (?:buzzing|vibrating)|(?:went|is|feels) (?:quiet|silent))",
            r"no (?:siento|se siente|le siento|oigo) (?:el |la )?(?:zumbido|vibracion|soplo|thrill)~5~ fistula|fistula~4~ (?:no (?:vibra|suena|zumba)|dejo de (?:vibrar|sonar))",
        ),
    ),
    # Legs that suddenly cannot be felt or moved: the spinal cord (after a fall, in back pain).
    "spinal_injury": (
        E,
        (
            r"(?:cant|cannot|can not|unable to|couldnt) (?:feel|move) (?:his|her|my|their|both)(?: \w+)? legs",
            r"(?:no|ya no) (?:siente|puede mover|siento|puedo mover) (?:las|sus|mis|ambas) piernas",
            r"(?:fell|fallen|falling|fall) (?:off|from) (?:the |a |his |her |my )?(?:scaffold\w*|roof|ladder|tree|balcony|bleachers|trailer|truck|horse|lift)(?: \w+){0,6} (?:cant|cannot|can not|wont|unable to) (?:feel|move|get up|stand)",
        ),
    ),
    # Self-harm the writer reports without suicidal intent ("i cut last night. not suicidal"):
    # a clinician sees it the same day. ("cut myself" with no denial stays an emergency.)
    "self_harm": (
        U,
        (
            r"(?:i|he|she|they|ive|hes|shes) (?:cut|burned|burnt|scratched) (?:again|last night|yesterday|today|tonight|this morning|this weekend)",
            r"(?:started|been|relapsed (?:on|with|into)|relapse on) (?:cutting|self harm\w*|hurting myself)(?: again)?(?! (?:them|it|up|down|back|out|the|class|carbs|sugar|hair|wood|paper|coupons)(?![a-z]))|(?:fresh|new) cuts (?:on|in) (?:my|his|her|their) (?:arms?|legs?|thighs?|wrists?|stomach)",
            r"(?:me|se) (?:volvi|volvio) a cortar|(?:me|se) (?:corte|corto) (?:otra vez|de nuevo|anoche|ayer|hoy)|(?:me|se) (?:estoy|esta) cortando",
        ),
    ),
    "suicidal_ideation": (
        E,
        (
            r"(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) (?:myself|himself|herself|themselves)",
            r"suicid\w*|self harm|self injur\w*",
            r"end(?:ing)? (?:my|his|her|their) (?:own )?life|end it all|ending it all|take my (?:own )?life|ending my life",
            r"(?:want|wanna|wish|planning|plan) (?:to )?(?:die|be dead|not wake up|not be here|disappear forever)",
            # A passive death wish is written as a condition; the "if" is part of the phrase.
            r"(?:better|easier|fine|ok|okay|happier|better off)(?: \w+){0,2} if i (?:just )?(?:didnt|did not|never|wouldnt|dont|do not) wake up|(?:would be|be|are) (?:better|fine|happier|easier) (?:off )?without me",
            r"(?:dont|do not|no longer) (?:want|wanna) (?:to )?(?:live|be alive|be here anymore|wake up)",
            r"(?:no|dont see the|dont see any|there is no|theres no) (?:point|reason) (?:in |to |of )?(?:living|live|going on|being alive|anymore)",
            r"(?:better off|be better) (?:dead|without (?:me|him|her|them))",
            r"(?:better|easier) (?:if i (?:wasnt|werent|was not|were not) (?:here|around|alive)|(?:for everyone )?if i (?:just )?disappeared|not to (?:be here|exist|wake up))",
            r"(?:cant|cannot) go on (?:anymore|like this|living)",
            r"(?:wish i (?:was|were) dead|wish i wasnt alive|not worth living|life isnt worth)",
            r"ways to (?:die|kill myself|end (?:it|my life))|how (?:to|i would|i could) (?:kill myself|end (?:it|my life))",
            # Also as a caregiver reports it: "mom keeps saying everyone would be better off if she were gone".
            r"(?:happier|better off|easier|better) (?:if|when) (?:i|im|he|she|hes|shes) (?:was |were |am |is )?(?:gone|dead|not here|not around|gone for good)",
            # "everyone would be better off if i wasnt around"
            # (Not "it would be better if i wasnt so tired".)
            r"(?:happier|better off|easier|better) (?:if|when) (?:i|he|she) (?:(?:wasnt|werent|was not|were not) (?:around|here|alive|in the picture)|didnt exist|did not exist|never existed)",
            # "everyone would be better off if I just didn't hook up anymore" (TPN); a night chosen.
            r"(?:better off|easier|better) if i (?:just )?(?:didnt|did not|stopped|quit|wouldnt)(?: \w+){0,3} (?:anymore|any more)",
            r"(?:thought|thinking|decided|picked) (?:about )?(?:which|what) (?:night|day) (?:i|id|i would|ill|i will) do it",
            # An insulin overdose planned: "tonight im going to take all the insulin i have".
            r"(?:going to|gonna|want to|plan to|planning to|thinking (?:of|about)) (?:take|inject|shoot|give myself|taking|injecting|shooting) (?:all|every (?:last )?(?:drop|unit) of) (?:of )?(?:my|the) (?:insulin|pens|lantus|humalog|novolog)",
            r"(?:im|i am|feel like (?:im|i am)|i feel like) (?:just )?a burden",
            r"(?:no|dont have a|dont have any|lost my) (?:reason|will) to (?:keep going|go on|live|continue|be here|stay alive|wake up)",
            r"(?:dont|do not|dont really) feel safe (?:with myself|being alone|alone|tonight|right now)|(?:not|dont feel) safe (?:from|with) myself",
            r"(?:cut|cutting|slit|slashed|sliced) (?:my|his|her|their) wrists?",
            r"(?:sleep|go to sleep|fall asleep)~2~ (?:and )?(?:never|not) (?:wake|waking) up|never wake up again",
            # "this weekend I'm going to finally be done with all of it".
            r"(?:going to|gonna|will|ll|ready to) (?:finally |just )?be done with (?:it all|all of it|everything|all this|life|living|this life)|"
            r"(?:ive|i have) decided (?:im|i am) done|(?:written|wrote|writing|left) (?:goodbye |farewell |good bye )?(?:notes?|letters?) (?:to|for) (?:my )?(?:family|kids|children|wife|husband|parents|everyone|loved ones)",
            # Not "counting my pills to fill my pill organizer".
            r"(?:stockpil\w*|hoard\w*|saving up|saved up|been saving|collecting|counting) (?:all )?(?:of )?(?:my |his |her |the |those |these |some |extra )?(?:pills|meds|medications|tablets|sleeping pills|oxy\w*|opioids?|pain pills|percocet|vicodin|norco|tramadol|hydrocodone|xanax|ativan|klonopin|ambien|insulin|tylenol)(?!(?: \w+){0,5} (?:organizer|organiser|pill box|pillbox|pill case|weekly|for the week|refill|pharmacy|pharmacist|count is|are missing|were missing))",
            r"(?:giving|gave) (?:away )?(?:all )?(?:my|his|her) (?:stuff|things|belongings|possessions) away",
            # "gave my xbox and my dog to my cousin. wont need anything where im going".
            r"(?:wont|will not|dont|do not|not going to|aint gonna) (?:need|be needing) (?:anything|any of (?:it|this|that|them)|(?:it|them|those|these|my \w+)(?: anymore)?) where (?:im|i am|hes|shes|he is|she is) (?:going|headed)",
            r"(?:goodbye letter|suicide note|saying goodbye to everyone)",
        ),
    ),
    "homicidal_ideation": (
        E,
        (
            r"(?:thoughts?|thinking|urges?|fantas\w*|plans?|planning|flashes|images|visions|pictures|impulses) (?:about|of|on) (?:hurting|killing|harming|attacking|shooting|stabbing|drowning|smothering) (?!myself|himself|herself|themselves|themself|yourself|ourselves|oneself)\w+",
            r"(?:dont|doesnt|do not|does not|cant|cannot) trust (?:myself|herself|himself) (?:alone )?(?:with|around) (?:him|her|them|the baby|my baby|the kids|my son|my daughter)",
            r"(?:i|im|i am) (?:going to|want to|will|gonna|might|could) (?:kill|hurt|shoot|stab|strangle) (?:him|her|them|someone|somebody|my \w+|people|everyone)" + NOT_A_JOKE,
            r"(?:urges?|urge|thoughts?|want|wanting|feel like|tempted|going|planning|plan) to (?:hurt|kill|harm|attack|shoot|stab|strangle) (?:him|her|them|someone|somebody|people|everyone|anyone|my \w+|(?:the|that|this|those) (?:guy|man|woman|kid|person|people|neighbou?r))" + NOT_A_JOKE,
            # "I'm going to go over there and end him": the verb with an errand in between.
            # ("end\x20him" spelt out: a literal the prefilter keys on, not "going".)
            r"(?:going to|gonna|want to|wanna|about to)(?: go| come| drive| head| walk)?(?: over| back)?(?: there| here| to (?:his|her|their) (?:place|house|work|job))?(?: and)? (?:" + "|".join(f"{verb}\\x20{whom}" for verb in ("end", "kill", "murder", "shoot", "stab", "strangle") for whom in ("him", "her", "them")) + r")" + NOT_A_JOKE,
            r"homicid\w*",
        ),
    ),
    "severe_bleeding": (
        E,
        (
            r"(?:bleeding|bleed) (?:a lot|heavily|badly|really bad|so much|everywhere|like crazy|nonstop|non stop|through)",
            r"(?:heavy|severe|uncontrolled|massive|profuse) bleeding",
            r"(?:got|been|was|were|just got|has been|have been) (?:stabbed|shot)(?! (?:at the|by the) (?:pharmacy|clinic))|gunshot|gun shot wound|stab wound|stabbed (?:him|her|me|himself|herself)",
            r"(?:wont|will not|doesnt|cant|cannot|not|isnt) (?:stop|stopping) (?:the )?bleeding|bleeding (?:that )?(?:wont|will not|doesnt|isnt|cant) (?:stop|slow)",
            r"blood (?:is )?(?:soaking|soaked|pouring|gushing|spurting|squirting|everywhere)",
            r"(?:throwing up|vomiting|vomited|threw up|puking|coughing up|coughed up|spitting up) (?:\w+ )?blood",
            r"blood in (?:my|his|her|the) (?:vomit|throw up)",
            r"(?:lots|a lot|tons) of blood",
        ),
    ),
    "anaphylaxis": (
        E,
        (
            r"throat~2~ (?:is |feels |feel )?(?:closing|closed|tight|tightening|getting tight|closing up)",
            r"(?:tongue|lips?|mouth)~2~ (?:is |are |started |starting |keeps )?(?:swelling|swollen|swell|blowing up|puffing up|puffed up)",
            r"(?:swelling|swollen) (?:of |in )?(?:my|his|her|the) (?:tongue|lips?|mouth)",
            # Not the allergy as a condition: "I have anaphylaxis to tree nuts".
            # Nor a plan's or a form's name: "the Food Allergy & Anaphylaxis Emergency Care Plan".
            r"anaphyla\w*(?!\x20(?:to|from|allergy|allergies|(?:emergency\x20)?(?:care\x20|action\x20)?plans?|action|forms?|kits?|training|protocol|policy)(?![a-z]))|(?:having|in|into|going into|went into|is in|with) (?:an\x20)?anaphyla\w*",
            r"(?:tongue|lips?|mouth|throat)~3~ (?:got|getting|are|is|look|looks|went) (?:really |so |very |super )?(?:big|huge|fat|puffy|enormous)",
            # "my lips r like double the size" after a new antibiotic.
            r"(?:tongue|lips?|mouth|throat)~3~ (?:double|twice|triple) (?:the |their |its |his |her |my )?(?:normal |usual )?size",
            # Not "I need my EpiPen prescription renewed".
            r"(?:used|use|gave|give|needed|need|had to use) (?:my|his|her|the|an) epi(?: )?pen(?!s? (?:prescription|rx|refill\w*|renew\w*|script|replaced|two pack|2 pack|expire\w*))",
            r"(?:severe|bad|serious|major|big) allergic reaction",
            r"allergic reaction~4~ (?:cant|trouble|hard to) (?:breathe|swallow)",
        ),
    ),
    "unresponsive": (
        E,
        (
            r"unresponsive|keeled over|went limp|dropped to the (?:floor|ground)",
            r"(?:not|isnt|wasnt|barely) (?:responding|responsive) to (?:voice|touch|pain|me|us|anything|(?:his|her) name|questions|anyone)",
            r"found (?:him|her|them|my \w+)?~2~ (?:down|unconscious|unresponsive|passed out|on the floor|not breathing|collapsed)",
            r"(?:he|she|hes|shes|baby|son|daughter|mom|mother|dad|father|husband|wife|patient|pt|they|grandma|grandpa|grandmother|grandfather|child|kid|brother|sister|partner)~2~ (?:is |was )?(?:not|isnt|wasnt|wont|doesnt|barely|stopped) (?:responsive|responding|respond)(?! to (?:my|our|the|any|your) (?:\w+ )?(?:messages?|emails?|calls?|texts?|requests?|voicemails?|faxe?s?|letters?))",
            r"(?:wont|will not|cant|cannot|couldnt|hard to|difficult to|unable to) (?:wake|rouse|arouse) (?:him|her|them|the baby|my \w+)",
            r"(?:he|she|baby|hes|shes|mom|dad|it) (?:wont|isnt|is not|cant|will not) (?:wake|waking) up",
            r"(?:drowsy|sleepy|lethargic|out of it)~4~ (?:hard|difficult|cant|wont) (?:to )?wake",
            r"(?:very |really |so |super |all )?floppy|(?:is|went|gone|going|seems) limp",
            r"(?:is|was|hes|shes|been|very|really|super|so|extremely) hard to (?:wake|rouse)(?: up)?(?! (?:in the|every|on|for|early) )",
            r"(?:passed out|collapsed|fainted|blacked out)~4~ (?:and )?(?:wont|isnt|not|cant|still) (?:wake|waking|responding|respond|breathing|coming to)",
            r"(?:collapsed|unconscious|lost consciousness|loss of consciousness)",
            r"(?:cant|cannot|unable to|can barely|couldnt|wont|will not) (?:stay|keep (?:him|her|them)) awake(?! (?:at work|in class|during the day|after lunch|for my shift|while driving))|no (?:se )?(?:puede|podia) mantener despiert[oa]",
            r"(?:very|really|super|extremely) (?:drowsy|sleepy|lethargic)~3~ (?:hard|cant|wont|not) (?:to )?(?:wake|waking|rouse|stay awake|keep (?:his|her|their|my) eyes open|respond\w*|open (?:his|her|their) eyes)",
        ),
    ),
    "seizure": (
        E,
        (
            r"(?:having|had|has had|is having|just had|another|in the middle of|think (?:hes|shes|im) having|has|have|get|gets) (?:a |an )?(?:seizure|seizures|convulsion|convulsions)(?<!has\x20seizures)(?<!have\x20seizures)(?<!gets\x20seizures)(?<!get\x20seizures)(?! (?:disorder|medicine|medication|meds|med|pills?|drug|free|precautions|history|action plan|plan))",
            r"(?:arms?|legs?|body|whole body)~4~ (?:are |is |keep |keeps )?(?:jerking|twitching|convulsing)|(?:wont|cant|doesnt|will not) stop (?:shaking|jerking|twitching)",
            # Not "6 months seizure free today", "seizure-free for 14 months": no seizures at all.
            r"(?:seizure|convulsion)(?! (?:meds?|medicines?|medications?|pills?|drugs?|rx|free))~2~ (?:right now|now|today|tonight|this morning|just now|lasting|for \d+|for (?:a|about|like)|wont stop)",
            r"(?:seizing|convulsing|having a fit|"
            + not_after(FITTED_THINGS)
            + r"fitting(?! (?:for|appointment|appt|room|session|scheduled|date|visit|booked|is (?:booked|scheduled|set)|set for)| (?:me|him|her|us|them|you|it|my \w+|his \w+|her \w+) in(?![a-z]))|shaking all over|whole body (?:is )?shaking|body is jerking|jerking all over|eyes rolled back|eyes rolling back)",
        ),
    ),
    "overdose_poisoning": (
        E,
        (
            # "Overdosed on coffee" is a figure of speech.
            r"overdos\w*(?! on (?:coffee|caffeine|sugar|candy|chocolate|netflix|tv|pizza|cake|cookies|carbs|halloween|holiday|christmas|work|studying|cheese))|over dos\w*|odd on|(?:he|she|i|they|hes|shes|son|daughter|husband|wife|brother|sister|mom|dad)(?: just| might have| may have| has)? (?:odd|oded)(?! (?:eye|socks?|number|jobs?|shape|thing|one))",
            r"(?:took|taken|swallowed|ate|had|drank|took like|has taken) (?:all|a bunch|a handful|a whole handful|handfuls|too many|a lot|lots|a whole bottle|the whole bottle|a bottle|an entire bottle|half a bottle|\d\d+|twenty|thirty|forty|fifty)~2~ (?:of )?(?:my |his |her |the |their )?(?:pills|meds|medicine|medications|tablets|tylenol|advil|sleeping pills|oxy\w*|opioids?|pain pills|xanax|ambien|insulin|doses|\w+ pills|\w+ syrup|syrup|benadryl|liquid)",
            r"(?:took|drank|swallowed|ate|taken|overdosed)~6~ on purpose",
            r"(?:took|swallowed|taken|take) (?:like |about |around |maybe |over )?(?:\d\d+|twenty|thirty|forty|fifty|a handful|all|a bunch) (?:of )?(?:my|his|her|the|their) \w+",
            r"(?:took|swallowed|ate|drank|drunk|got into|into the)~4~ (?:bleach|antifreeze|rat poison|poison|detergent|dishwasher (?:detergent|soap|pods?)|tide pods?|laundry pods?|pesticide|drain cleaner|lighter fluid|windshield fluid|cleaning (?:stuff|products?|supplies))",
            r"(?:got into|into)~2~ (?:the |my |his |her )?(?:pills|medicine cabinet|meds|pill bottle)",
            r"(?:ingest\w*|swallowed|ate|chewed|got into)~5~ (?:pills?|tablets?|capsules?|gummies|meds|medicine|medication|vitamins)",
            r"(?:going to|gonna|plan to|planning to|want to|thinking about|thinking of|about to) (?:take|taking|swallow|swallowing) (?:all|every one|the whole bottle|a whole bottle|the rest)~2~ (?:my |the |of )?(?:pills|meds|medication|tablets)",
            r"(?:swallowed|ate|swallow) (?:a |an |the |some |two |2 )?(?:button |watch |small |coin )?(?:battery|batteries|magnets?|coin|coins)",
            r"(?:passed out|unconscious|unresponsive|wont wake|collapsed|found (?:him|her))~8~ (?:pills?|pill bottles?|empty bottles?|needles?|syringes?)",
            r"empty (?:pill |medicine |prescription )?bottles?~3~ (?:next to|beside|near|by|around)",
            # Not the poison control NUMBER to keep on the fridge, nor the rat poison in the shed
            # (swallowing it is the pattern above).
            # Nor poison control already called and reassuring: "called poison control and they
            # said its totally fine".
            r"(?<!food\s)(?<!rat\s)(?<!mouse\s)(?<!ant\s)(?<!bug\s)poison(?:ed|ing)?(?! ivy| oak| control number| control s number| control phone| control magnet)(?! control(?: [a-z]+){0,5} (?:said|says|told (?:us|me))(?: [a-z]+){0,4} (?:fine|ok|okay|nothing to worry|no need|not (?:dangerous|harmful|toxic)|nontoxic|non toxic|harmless))|poison control(?! number| s number| phone| magnet)(?!(?: [a-z]+){0,5} (?:said|says|told (?:us|me))(?: [a-z]+){0,4} (?:fine|ok|okay|nothing to worry|no need|not (?:dangerous|harmful|toxic)|nontoxic|non toxic|harmless))",
        ),
    ),
    "severe_glucose": (
        E,
        (
            # A blood sugar under 40 or over 600 mg/dL right now (a home reading, not an old
            # lab value: those are abnormal results): confusion, seizures, coma can follow.
            r"(?:sugar|sugars|glucose|bg|reading|glucometer|meter)(?: (?:is|reads|says|shows|right now|now|at|just|went down to|dropped to|down to|up to))+ (?:[1-3]\d|[6-9]\d\d)\b(?!(?: ?(?:mg ?(?:pill|tab)|units|years|yrs|days|weeks|am|pm|min|minutes)))|(?:meter|glucometer)(?: just| now)? (?:says|reads|shows|said) (?:hi|high|lo|low)\b",
        ),
    ),
    # A rash of small purple/red spots that does not fade under pressure, with fever:
    # meningococcal sepsis until proven otherwise.
    "sepsis_signs": (
        E,
        (
            r"(?:rash|spots|dots|marks)~8~ (?:dont|doesnt|do not|does not|wont|didnt) (?:fade|blanch|go away|disappear|turn white)~5~ (?:press|pressed|pressing|glass|push)",
            r"non(?: )?blanching|petechia\w*|purpura",
        ),
    ),
    # The writer is calling (or asking whether to call) an ambulance: whatever the words
    # for the symptom, a clinician must look now. Bills and past rides are excluded.
    # The umbilical cord seen or felt at the opening after the waters break: the baby's
    # blood supply is being pinched, a minutes-long emergency.
    "cord_prolapse": (
        E,
        (
            r"(?:see|feel|seeing|feeling|felt|saw|visible)(?: and (?:feel|see|felt|saw))? (?:the |a )?(?:umbilical )?cord(?! blood| stump| clamp)",
            r"(?:umbilical )?cord (?:is |was )?(?:coming out|hanging out|sticking out|hanging down|visible|prolaps\w*|at the (?:vaginal )?opening)|(?:cord prolapse|prolapsed cord)",
            r"(?:se (?:le |me )?(?:ve|siente)|se (?:le |me )?salio|sale|esta saliendo|colgando) el cordon|cordon (?:umbilical )?(?:afuera|saliendo|colgando)",
        ),
    ),
    "emergency_services": (
        E,
        (
            # (Not a letter's or a voicemail greeting's "For emergencies, call 911".)
            r"(?<!emergencies,\x20)(?<!emergencies\x20)(?<!emergency,\x20)(?<!emergency\x20)(?<!emergencia,\x20)(?<!emergencia\x20)"
            # (Nor a thank-you "for calling 911 for my husband".)
            r"(?:(?<!who\x20)(?<!that\x20)called|(?<!for\x20)calling|call|dialed|dialing|should i call|do i call|we called|she called|he called) (?:911|9 1 1|nine one one|an ambulance|the ambulance|ems|paramedics)(?! (?:bill|charge|invoice|company|co|companies|billing|if|when|whenever|in case|should|for future|or (?:only|just) (?:if|when)|or wait))"
            # Not one of the choices asked about: "what do I do? Call 911, call you, go to the ER?"
            r"(?!\x20?,?\x20(?:or\x20)?(?:call\x20(?:you|the\x20(?:office|clinic|doctor|nurse))|go\x20to\x20(?:the\x20)?(?:er|ed|emergency\x20room|urgent\x20care))(?![a-z]))",
            r"(?:ambulance|paramedics|ems) (?:is |are )?(?:on (?:the|its|their) way|coming|here now|just arrived)",
            r"(?:911|9 1 1|ems|ambulance) (?:was |has been |just )?called(?! (?:for|about) (?:a |the )?(?:neighbor|coworker|another|someone else))",
        ),
    ),
    "baby_not_breathing": (
        E,
        (
            r"(?:baby|infant|newborn|son|daughter)~3~ (?:(?:isnt|not|stopped|stops|wont|quit) breathing|(?:is |looks |went |turning |turned )?(?:blue|purple|limp|floppy))",
            # "baby isnt crying and looks kind of blue" (a gap never crosses a negation word,
            # so the "not crying" is part of the phrase).
            r"(?:isnt|not|wont|hasnt|didnt) (?:crying|cried|cry)~4~ (?:looks|is|went|turning|turned|getting|seems) (?:kind of |kinda |sort of |a little |really )?(?:blue|bluish|purple|purplish|gr[ae]y|dusky|limp|floppy)",
            r"(?:baby|infant|newborn)~6~ (?:looks|is|went|turning|turned|getting|seems) (?:kind of |kinda |sort of |a little |really )?(?:blue|bluish|purple|purplish|gr[ae]y|dusky|limp|floppy)(?! (?:cross|shield|precision|hmo|ppo|plan|care|choice|advantage|blanket|onesie|outfit|room))",
            r"(?:lips|face|skin|mouth|he|she|hes|shes|baby|babys|him|her|son|daughter|fingers|fingertips)~2~ (?:turning|turned|went|looks?|is|are|getting) (?:kind of |a little |really )?(?:blue|bluish|purple|purplish|gray|grey|dusky)(?! (?:cross|shield|precision|hmo|ppo|plan|care|choice|advantage))",
        ),
    ),
    # ----------------------------------------------------------------- urgent
    "high_fever": (
        U,
        (
            FEVER_WORD,
            r"(?:burning up|running hot|spiking)",
            r"(?:10[0-9]|99)(?:\.\d)?(?: )?(?:degrees|f)\b|(?:3[89]|4[01])(?:\.\d)?(?: )?(?:degrees|c)\b",
        ),
    ),
    "shortness_of_breath": (
        U,
        (
            r"short(?:ness)? of breath|winded|out of breath|wheez\w*|breathless",
        ),
    ),
    "medication_reaction": (
        U,
        (
            r"(?:allergic|bad|weird|strange) reaction|reaction (?:to|from) (?:the|my|his|her|this|that|a|an)",
            r"(?:having|getting|experiencing|bad|terrible|severe|awful|weird|lots of|some|these) side effects?",
            r"medication (?:error|mistake)|(?:took|taken|gave|given) (?:him |her )?(?:double|twice|two doses|the wrong)~2~ (?:dose|doses|medicine|pill|pills|meds)",
            r"(?:hives|rash|welts|itchy bumps)",
            r"(?:dark|brown|cola|tea colored|tea) (?:colored )?(?:urine|pee)|(?:urine|pee) (?:is |looks )?(?:dark|brown|like tea|like cola)",
        ),
    ),
    "post_op_problem": (
        U,
        (
            r"(?:incision|wound|stitches|staples|sutures|drain|surgical site|cut|scar)~3~ (?:is |are |looks |got |has |getting |started )?(?<!less\x20)(?<!not\x20)(?<!longer\x20)(?:red|hot|swollen|warm|oozing|draining|leaking|opened|open|opening|separat\w*|gaping|pulled apart|came apart|pus|infected|bleeding|yellow|green|smells?|smelly|coming apart|split|puffy)",
            r"(?:red|hot|swollen|oozing|draining|infected|opened|leaking) (?:incision|wound|stitches|scar|cut)",
            r"(?:stitch\w*|sutures?|staples|incision|wound|cut|laceration|glued)~8~ (?:opened (?:back )?up|came (?:open|apart|undone)|split (?:open|back open)|(?:its|it is|is|now) gaping)|gaping (?:open|wound|cut)",
            r"pus|infected|purulent|foul (?:odor|odour|smell)|(?:smells?|smelling) (?:bad|foul|rotten)|(?:wound|ulcer|sore|incision)~6~ (?:bigger|larger|up from|growing|getting worse)",
            r"(?:fluid|drainage|pus|liquid)~3~ (?:leak\w*|drain\w*|ooz\w*|seep\w*|coming out)~2~ (?:from|out of|around) (?:the |my |his |her )?(?:incision|wound|stitches|staples|surgical site|scar|cut)",
            # "the dressing is soaked with greenish drainage": a wound infection's sign.
            r"(?:green\w*|cloudy|smelly|foul smelling)~2~ (?:drainage|fluid|ooz\w*)",
            r"(?:after|since) (?:my|his|her|the) (?:surgery|operation|procedure|c section|colonoscopy|biopsy)~6~ (?:fever|pain|bleeding|vomiting|throwing up|swelling|cant|redness)",
        ),
    ),
    "pregnancy_labor": (
        U,
        (
            r"(?:water (?:broke|has broken|just broke)|contractions|leaking fluid|regular cramps)",
        ),
    ),
    "decreased_fetal_movement": (
        U,
        (
            r"(?:baby|babys)~2~ (?:has |have |is |was )?(?:isnt|not|hasnt|hasnt been|wasnt|stopped|doesnt|didnt|barely|hardly|rarely) (?:moving|move|moved|kicking|kicked|kick|as active)",
            r"(?:havent|hasnt|didnt|dont|not|no longer) (?:felt|feel|feeling)~2~ (?:the |my )?(?:baby|kicks|movement|movements|it)(?: move| moving| kick| kicking)?",
            r"(?:less|decreased|reduced|fewer|not much|no) (?:fetal )?(?:movement|movements|kicks|kicking)",
            r"(?:baby|babys)~2~ (?:moving|moved|kicking|kicked) (?:less|much less|a lot less|very little)",
            r"(?:havent|hasnt|didnt) felt (?:the |my )?baby move much",
        ),
    ),
    "high_blood_pressure": (
        U,
        (
            r"(?:1[89]\d|2\d\d)(?: )?(?:/|over)(?: )?\d{2,3}",
            r"(?:bp|blood pressure|pressure)~3~ (?:1[89]\d|2\d\d)\b",
        ),
    ),
    "abnormal_glucose": (
        U,
        (
            r"(?:sugar|sugars|glucose|bg|blood sugar|reading)~3~ (?:[3-9]\d\d|[2-5]\d|[2-5]0s)\b(?!(?: )?(?:mg(?: )?(?:pill|tab)|units))",
            r"(?:sugar|glucose) (?:is |was |keeps |has been )?(?:really |very |super |dangerously )(?:high|low)|(?:sugar|glucose) (?:keeps )?(?:dropping|crashing)",
            r"(?:hypoglycemi\w*|hyperglycemi\w*|dka|ketoacidosis|ketones)",
        ),
    ),
    "worsening_symptom": (
        U,
        (
            # "it's happening more and more often": a problem growing more frequent is worsening.
            r"(?:happening|coming|getting|occurring|comes|happens) more and more (?:often|frequent\w*)|(?:happening|coming) more (?:often|frequently)|"
            r"getting (?:worse|worst|bigger|redder|more swollen)|(?:much|way|even|a lot|lot|so much|really) worse|worse (?:and worse|every day|each day|today|now|than)|worsening|keeps getting worse|spreading|(?:has|have|is|it|redness|rash) spread (?:past|beyond|up|down|to|out)|spread past",
        ),
    ),
    # Emergency contraception works best within a day and loses effect by day 3-5: same day.
    "emergency_contraception": (
        U,
        (
            r"(?:condom|rubber) (?:\w+ )?(?:broke|broken|came off|slipped off|slipped|tore|ripped|split)|(?:had )?unprotected sex|(?:planb|plan\x20b|plan-b|morning\x20after|emergency\x20contracepti\w*)~8~ (?:too late|still work|still take|today|tonight|asap|yesterday|last night|hours? ago|days? ago|broke)",
            r"(?:too late|still work|still take|can i (?:get|take|buy)|where (?:can|do) i get)~6~ (?:planb|plan\x20b|plan-b|morning\x20after|emergency\x20contracepti\w*)",
        ),
    ),
    "acute_symptom": (
        U,
        (
            r"(?:severe|terrible|horrible|excruciating|unbearable|intense|extreme|awful|worst) (?:\w+ )?(?:pain|headache|cramps|cramping|abdominal|stomach|belly|back)",
            r"(?:really|very|super|so) (?:bad|severe|intense) (?:\w+ )?(?:pain|headache|cramps)",
            r"pain (?:is )?(?:a )?(?:10|9|ten|nine) (?:out of|/)(?: )?(?:10|ten)",
            r"(?:throwing up|vomiting|vomited|threw up|puking|cant keep (?:anything|water|fluids|food|liquids) down|diarrhea)",
            r"(?:cant|cannot|unable to|can barely|refus\w* to|wont|will not) (?:walk|bear weight|put weight|stand up|pee|urinate|keep \w+ down|see out of|open (?:my|his|her) eye)",
            r"(?:unwitnessed|recent|a bad|another) fall|found (?:\w+ ){0,2}(?:sitting |lying )?on (?:the )?floor",
            rf"(?:passed out|pass out|fainted|blacked out|faint{NOT_FAINT_ADJECTIVE}|fainting|lightheaded|light headed|dizzy|dizziness|vertigo|room spinning)",
            r"(?:hes|shes|he is|she is|seems|suddenly|acting|got|gotten|became|more|very|so) (?:very |really |more |so )?(?:confused|disoriented)|(?:sudden|new|increasing|increased|acute) confusion|not making (?:any )?sense(?! (?:on|in) (?:my|the|this) (?:bill|statement|form|letter|portal|eob))|acting (?:strange|weird|strangely)|not acting (?:right|like (?:himself|herself))|not (?:himself|herself)",
            r"blood in (?:my|his|her|the)?(?: )?(?:urine|pee|stool|stools|poop)|(?:peeing|pooping) blood|bloody (?:stool|stools|diarrhea|urine)|black (?:tarry )?(?:stool|stools|poop)",
            r"(?:burning|burns|pain|hurts) (?:when|while|to) (?:i |he |she )?(?:pee|urinate|peeing|urinating)|(?:peeing|urinating) (?:burns|hurts|stings)",
            r"(?:morphine|pain (?:meds?|medicine|medication|pills)|oxy\w*|dilaudid|fentanyl patch)~5~ (?:doesnt|isnt|not|dont|no longer) (?:seem to )?(?:hold|holding|work|working|help|helping|touch|touching|last|lasting|controlling)",
            r"(?:took|taken|gave|given|give|injected)(?: \w+){0,4} (?:twice|two doses|a double dose|double)(?: \w+){0,3} (?:by mistake|by accident|accidentally)|(?:accidentally|by mistake) (?:took|gave|doubled)",
            r"(?:chills|shaking chills|rigors|(?<!hot\x20flashes\x20and\x20)night sweats(?! (?:and|with) hot flash)|sweating a lot|cold sweat|sweaty|clammy)",
            r"(?:swollen|swelling|red|hot|warm)~3~ (?:and )?(?:red|hot|warm|tender|swollen|painful)",
            r"(?:swelling|swollen|puffy) (?:in )?(?:both )?(?:my |his |her )?(?:legs?|ankles?|feet|calf|calves)",
            r"(?:weight|weighed) (?:is )?up \d+|gained \d+ (?:lbs?|pounds)|(?:weight|weighed)~3~ (?:went )?up (?:\d+|a few|several|two|three|four|five) (?:lbs?|pounds|kg|kilos?)",
            # Needing more pillows to breathe at night (heart failure); a slow pulse.
            r"(?:\d|two|three|four) pillows (?:to sleep|to breathe|at night|now)|(?:hr|pulse|heart rate)~3~ (?:[2-4]\d)(?![\d/])(?! (?:years|yrs|mg|lbs?|pounds|minutes|min|kg))",
            r"(?:palpitations|heart (?:is )?(?:racing|pounding|skipping|fluttering|flutters?|beating fast|beating really fast)|racing heart)",
            r"(?:fell|fallen|tripped|slipped) (?:down|and|off|on|at|in|yesterday|today|last night|this morning)",
            r"(?:hit|bumped|banged) (?:my|his|her) head|head injury|concussion",
            r"(?:blurry|blurred|double|loss of|lost) vision|vision (?:changes|loss|is blurry)|seeing (?:spots|flashes|double)",
            # A calf newly swollen or painful (after surgery, a flight, a cast): a clot until
            # shown otherwise.
            r"(?:new|sudden|left|right|one) (?:left |right )?(?:calf|calves) (?:swelling|swollen|pain|tender\w*|is swollen)|(?:calf|calves) (?:is |are )?(?:swollen|swelling|red and swollen)",
            # "my right calf has gotten real swollen since yesterday" after a hip replacement.
            r"(?:calf|calves)~4~ (?:swollen|red and swollen|tight and swollen)",
            r"(?:left|right|one) (?:leg|calf|ankle|foot) (?:is )?(?:bigger|more swollen|larger|fatter|thicker) than (?:the |my |his |her )?(?:other|right|left)",
            r"(?:pierna|pie|tobillo|pantorrilla)~5~ (?:el doble de grande|mas grande|mas hinchad[oa]|mas gord[oa]) que (?:la|el) otr[oa]",
            r"(?:me|se) (?:tome|tomo|puse|puso|le di) (?:\w+ ){0,3}(?:doble|dos veces|dos dosis)(?: \w+){0,3} (?:por error|sin querer|por equivocacion)",
            r"(?:hot|warm) to (?:the )?touch|(?:blew|blown|swelled|swollen) up (?:overnight )?like a (?:balloon|grapefruit|melon)",
            r"knocked out (?:a |his |her |my |their )?(?:front |adult |permanent )?(?:tooth|teeth)|(?:tooth|teeth)~3~ (?:got |was |were )?knocked out|se le (?:cayo|salio|tumbo) (?:el|un) diente (?:de adulto|permanente|de enfrente)",
            r"(?:pissing|peeing|pooping) blood|(?:dope ?sick|withdrawal symptoms|withdrawing|in withdrawal|sweating buckets)",
            r"(?:dehydrated|dehydration|hasnt peed|not peeing|no wet diapers|hasnt had a wet diaper)",
            r"(?:broken|broke|fractured?|sprained|dislocated) (?:my |his |her |a |the )?(?:arm|leg|bone|wrist|ankle|foot|hand|finger|toe|nose|rib|ribs|hip|shoulder|collarbone)",
            r"(?:bitten|bit) by (?:a|an|the) (?:dog|cat|animal|snake|bat|spider)",
            r"(?:burned|burnt|scalded) (?:my|his|her)|boiling (?:water|oil)|scald\w*|(?:big|large|huge) blisters",
            r"(?:deep|bad|big) cut|(?:needs|need) stitches",
            r"(?:panic attack|cant stop (?:crying|shaking)|hearing voices|seeing things|psychotic|manic|hallucinat\w*|seeing (?:people|bugs|animals|kids|children|things|\w+) (?:that (?:arent|are not|werent) there|in the (?:yard|room|house|corner)))",
            r"(?:severe|bad|really bad|sudden) (?:headache|migraine)",
            r"(?:coughing|cough)~4~ (?:and )?(?:fever|green|yellow|blood)",
            r"(?:stiff neck|neck is stiff)",
            r"something (?:in|stuck in|got in) (?:my|his|her|their|the) eye|(?:eye|eyes)~3~ (?:is |are )?(?:red and|swollen shut|watering|tearing up)|(?:wont|cant|cannot) open (?:his eye|her eye|my eye|the eye)|(?:eye|eyes)~6~ (?:wont|cant|cannot|doesnt) open it",
            r"(?:sudden|suddenly|woke up)~6~ (?:hearing loss|lost (?:my |the |his |her )?hearing|cant hear|muffled|deaf)|sudden hearing loss",
            r"(?:vaginal )?(?:bleeding|spotting)(?! (?:gums))",
        ),
    ),
}

# A red flag that needs two pieces of evidence somewhere in the same message.
# rule -> (urgency, anchor patterns (their span is reported), required groups: each group
# must match somewhere in the message).
COMPOUND_PATTERNS: dict[str, tuple[Urgency, tuple[str, ...], tuple[str, ...]]] = {
    # Any fever in a baby under about three months old needs emergency evaluation.
    "infant_fever": (
        E,
        (FEVER_WORD + r"|(?:100\.[4-9]|10[1-9](?:\.\d)?) ?(?:f|degrees)?",),
        (r"newborn|neonate|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:day|days|week|weeks|wk|wks) old|(?:1|2|one|two) (?:month|months|mo) old|(?:1|2)mo old",),
    ),
    # A fall or head knock followed by vomiting and drowsiness: possible brain bleed.
    "head_injury": (
        E,
        # (And asking the same questions again and again: "keeps asking me the same questions
        # over and over like he forgot".)
        (r"(?:really |very |so |super |more |real )?(?:sleepy|drowsy|lethargic|hard to wake|out of it|confused|confusion|not making (?:any )?sense|not acting (?:right|normal))|keeps? asking (?:me |us )?(?:the same (?:questions?|thing)|what happened|where (?:he|she) is)|repeating (?:himself|herself|the same)|asking the same questions",),
        (
            r"fell|fall|fallen|hit (?:his|her|my|their) head|head injury|bumped (?:his|her|my) head|banged (?:his|her|my) head",
            r"vomit\w*|threw up|thrown up|throwing up|puk\w*",
        ),
    ),
    "pregnancy_bleeding": (
        U,
        (
            r"(?:bleeding|spotting|bled|cramping|clots?|blood(?! (?:pressure|sugar|work|test|tests|type|draw|glucose|count|pregnancy test|hcg|level|levels)))",
        ),
        (
            r"pregnan\w*|\d+ (?:wks|weeks|week) (?:pregnant|along)|(?:wks|weeks) along|(?:first|second|third) trimester|prenatal|expecting|miscarr\w*",
        ),
    ),
    "out_of_critical_medication": (
        U,
        (
            r"(?:ran out|" + RUN_OUT_NOW + r"|running out today|out of(?! (?:the |his |her |my |a |their )?(?:program|clinic|practice|bottle|cup|glass|box|cabinet|purse|bag|car|house|bed|town|state|country|work|school|jail|prison|rehab|hospital|network|pocket|nowhere|curiosity)(?![a-z]))|all out|no more(?! (?:\w+ )?(?:pain|tight\w*|pressure|symptoms?|episodes?|attacks?|wheez\w*|cough\w*|trouble|problems?|issues?|chest|headaches?|migraines?|bleeding|spotting|nausea|vomiting|throwing up|fevers?|seizures?|swelling|rash\w*|hives|dizz\w*|shortness|short of breath|sob|palpitations|flares?|flare ups?|night sweats|hot flashes|side effects?|cramp\w*|itch\w*|burning|numbness|tingling|anxiety|panic|nightmares|spasms?|blood|diarrhea|constipation|reflux|heartburn|lows|highs)(?![a-z]))|none left|nothing left|(?:no|0|zero) (?:doses|pills|tabs|tablets|pens|vials|shots|insulin) (?:left|remaining)|have no (?:doses|pills|more)|(?:got|have|has|had) (?:0|zero|none|no more) left|last (?:\w+ )?(?:dose|pill|pen|shot|injection|syringe|vial|one|tablet|tab|capsule|cap|film|strip|patch|inhaler|omnipod|pod|infusion set|reservoir|cartridge|drop|drops|bottle)(?!(?: of \w+)? (?:is|will be|would be|should be) (?:on|scheduled|due|planned|set)(?![a-z]))|(?:will|ll|gonna|going to) (?:be|run) (?:completely |totally )?out (?:by|before|tonight|today|tomorrow|this)|only (?:have|has|got|had) (?:tonights|todays|one|1|my last|his last|her last) (?:dose|pill|pen|shot)|(?:dose|pill|one|shot|infusion)(?: of \w+)? (?:and )?then (?:nothing|none)|(?:cant|cannot|wont|will not|unable to) (?:deliver|fill|dispense|send|ship) (?:\w+ ){0,2}(?:tonights|todays|the next|his next|her next|my next) (?:dose|infusion|delivery)|without (?:my|his|her) (?:\w+ )?(?:meds|medicine|medication|insulin|pills)|(?:im|i am|hes|shes|he is|she is|were|we are|pt is|patient is)(?: completely| totally| all)? out(?! of (?:town|the country|state|work|the office|office))|missed (?:my|his|her|this mornings|tonights|todays|last nights|this evenings)(?: \w+){0,3} (?:doses?|shots?|injections?)|(?:has|have|had) (?:0|zero|no) (?:tablets|tabs|pills|doses|caps|capsules) (?:left )?|runs? out (?:tonight|today|this evening|tomorrow)|no (?:\w+ ){1,2}left for (?:tomorrow|tonight|tonights|today|todays|the morning|tomorrow morning|tomorrows)|(?<!none\x20)(?:is|are) out(?!\x20yet))",
            # One pill left for tonight and nothing for tomorrow; the pharmacy's "pt out as of today".
            r"(?:one|1|only|last) (?:\w+ ){0,2}(?:tablet|tab|pill|dose|capsule|pen|vial|shot|injection|syringe|packet|sachet|film|patch)s?(?: of (?:the )?\w+)? left|(?:nothing|none|no (?:doses?|pills|capsules|caps|tablets|tabs|pens|vials|films|strips)) (?:left )?for (?:tomorrow|the morning|tomorrow morning|tonight|tonights|todays|today)",
            # "next dose is due this evening and he has none at home"
            r"(?:has|have|got) none (?:at home|here|in the house|on hand|right now|left)|(?:has|have|got) (?:only )?(?:1|one) dose (?:left|on hand)|no spares?|(?:pod|site|set|sensor|patch) (?:expires|runs out|is done) tonight|(?:maybe |just |barely )?enough for (?:tonights|todays) dose"
            r"|(?:1|one|only one|last) (?:\w+ )?tanks? left|(?:concentrator|oxygen machine|maquina de oxigeno)~4~ (?:stopped|wont (?:restart|start|turn on|work)|broke|not working|dejo de funcionar|no (?:prende|funciona))"
            r"|(?:takes|take|taking|took) (?:his|her|my|their) last (?:\w+ ){1,3}(?:dose|pill|tablet|capsule)"
            r"|only (?:have|has|got) enough (?:\w+ ){0,2}(?:left )?for (?:tonight|tonights|today|todays|one more|the morning)|no (?:tiene|tengo) (?:ninguna|ninguno|nada) en (?:la )?casa|"
            r"out as of (?:today|this morning|tonight|yesterday)|(?:pt|patient) (?:is )?out(?! of (?:town|the country|state|work|the office|office))"
            # A pharmacy's "her enoxaparin Rx is exhausted and she is due her evening dose".
            r"|(?:rx|prescription|script|supply) (?:is |has been |was )?(?:exhausted|used up)|down to (?:my|his|her|the) last|down to (?:1|one) (?:\w+ )?(?:pill|pills|tablet|tab|dose|capsule|cap|pen|vial|shot|left)(?![a-z0-9])|down to (?:1|one) \w+(?= (?:and|but|left))"
            # "she has no epinephrine at home"; a drug pump's "low reservoir alarm".
            r"|(?:has|have|had|got) no (?:\w+ )?(?:epinephrine|epipens?|auvi q|insulin|inhaler|meds|medicine)(?: at home| left| on (?:her|him|hand))?|low reservoir alarm|reservoir (?:is )?(?:low|empty)"
            r"|no (?:insulin|meds|medicine|medication) (?:left )?for (?:tonight|tonights|today|todays|tomorrow|the morning)",
            r"(?:took|used|gave|give|injected|take|taking) (?:my|his|her|their|our|the) (?:last|only)(?: (?:one|dose|pen|syringe|shot|pill|vial|inhaler))?(?! (?:week|month|year|time|visit|appointment|night|fall|spring|summer|winter)(?![a-z]))",
        ),
        # Or named by the illness it holds off: "he has epilepsy and he takes leave it ta set
        # um the liquid one ... he runs out tonight" (a drug name voice-to-text mangled).
        (CRITICAL_MEDICATIONS + r"|(?:has|have|with|tiene|con) (?:epilepsy|epilepsia|a seizure disorder|seizure disorder)",),
    ),
    "abnormal_result": (
        U,
        (
            r"(?:today|todays|tonight|tonights|this week|right away|immediately|asap|as soon as possible|urgent\w*|same day|within (?:24|48) (?:hours|hrs)|within a day|promptly|this afternoon|before (?:my|the|his|her) next dose|before (?:tonights|todays|the|his|her|my) (?:\w+ )?dose|stat|(?:go|went|come|come in) to (?:the )?(?:er|emergency room|hospital|urgent care))",
        ),
        (
            r"(?:told|telling|said|says|saying|asked|instructed|advised|message|msg|voicemail|called|calls?|letter|attempted to reach|(?:patient|pt) to be (?:contacted|called|notified)|(?:please|pls) (?:contact|call|notify) (?:the )?(?:patient|pt)|(?:please|pls) (?:repeat|recheck|redo|review)(?: \w+){0,3} (?:today|tonight|asap|right away)|(?:please|pls) call (?:the |our )?(?:office|clinic)|recommend\w*|supposed to|needs? (?:a |an )?(?:\w+ ){0,2}decision|wants? (?:me|him|her|us) to|wants? (?:the )?(?:family|patient|pt|parents?|mom|mother|dad|father) (?:called|to come|seen|back))",
            r"(?:results?|labs?|lab work|blood(?: )?work|blood test|anc|absolute neutrophil count|tests?|levels?|report|scan|fluid|aspirat\w*|ct|mri|x(?: )?ray|ultrasound|biopsy|inr|i n r|potassium|sodium|glucose|sugar|creatinine|kidney|liver|platelets?|hemoglobin|hgb|white count|wbc|troponin|a1c|tsh|ekg|ecg|culture|bilirubin|bili|mammogram|pap\w*|psa|bnp|hcg|beta|hormone|d dimer|holter|monitor|echo\w*|stress test|qtc|rna|viral load|bmp|cmp|cbc|pre op labs|preop labs|lead|sleep study|study|visual field|oct|field test|esr|sed rate|said rate|crp|c r p|c reactive protein)",
            r"(?:high|low|prolonged|detected|(?:didnt|did not|hasnt|has not|isnt|is not|not) (?:go|gone|going|come|coming) down|(?:way|much|a lot|far) (?:higher|lower)|(?:higher|lower) than (?:last time|before|normal)|abnormal|critical|elevated|positive|reactive|pneumothorax|collapsed lung|(?:function|levels?|numbers?|results?|counts?|labs?) (?:is |are |was |were |got |getting |has gotten )?(?:worse|worsening|worsened)|e coli|e\. coli|mrsa|klebsiella|(?:>|over )?100 ?(?:k|000) (?:colonies|cfu|e)|mass|free fluid|(?:long )?pauses|blockage|arrhythmia|(?:significant )?progression|progressed|(?:dropped|fell|went down) (?:into|to) the [4-8]0s|thromb\w*|occlusi\w*|aneurysm|aaa|dissection|ectopic|no intrauterine|grew|growing|bacteria|suspicious|concerning|flagged|dangerous|worrisome|malignan\w*|(?:inr|i n r|potassium|sodium|glucose|sugar|creatinine|platelets?|platelet count|hemoglobin|hgb|troponin|bilirubin|bili|k|count|level|cr|creat|egfr|gfr|wbc|plt|hcg|beta|a1c|anc|alt|ast)(?: \w+){0,7} (?:=\x20?)?(?:\(?\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|zero) point)"
            # Called back for more: "come back for more pictures and an ultrasound", "a recheck".
            r"|(?:come back|come in|return|called back|call back) for (?:a |an )?(?:more|additional|extra|repeat|further|another) (?:pictures|images|imaging|views|tests?|testing|scans?|labs?|look)|(?:recheck|re check|phototherapy|biopsy)(?![a-z0-9]))",
        ),
    ),
    "medication_reaction": (
        U,
        (
            r"(?:ache|aches|aching|pain|pains|hurts?|hurting|rash|hives|itch\w*|swell\w*|dizz\w*|nause\w*|vomit\w*|throwing up|diarrhea|cough\w*|bleed\w*|bruis\w*|cramp\w*|weak|weakness|headaches?|palpitations|jaundice|yellow eyes|sore|agitat\w*|anxious|anxiety|insomnia|trouble sleeping|cant sleep|flutter\w*|racing|pounding|tremors?|shaking|shaky|mood swings|suicidal|confus\w*"
            # A change of mood or sleep after a new medicine (montelukast's boxed warning).
            r"|nightmares|night terrors|irritab\w*|weepy|aggressive|personality change|depress\w*|(?:really|very|so) down|crying (?:a lot|all the time|constantly)|tearful|withdrawn"
            # Restlessness after an antidepressant or antipsychotic (akathisia): "I feel wired and
            # restless, like I can't sit still".
            r"|restless\w*|wired|(?:cant|cannot|can not) sit still|jittery|(?:havent|hasnt|have not|has not) slept)",
        ),
        (
            r"(?:since|after) (?:i |he |she |they |we |you |the doctor )?(?:starting|started|start|taking|took|began|beginning|switching|switched|increasing|increased|raised|upped|bumped up|my first dose of|the first dose of)(?: on| to| the| my| his| her| this| that| a| an| new| dose of){0,3} (?!walking|exercise|exercising|program|diet|job|work|school|therapy|pt|physical|yoga|running|gym|classes)\w+"
            r"|(?:new|the) (?:blood pressure |bp |cholesterol )?(?:medicine|medication|med|meds|pills?|antibiotics?|prescription|shot|vaccine|injection)"
            # "Two weeks on sertraline 50": a medicine begun days or weeks ago.
            r"|(?:\d+|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?) (?:on|into|of taking) (?:the )?(?:new )?[a-z]{4,}",
        ),
    ),
}
