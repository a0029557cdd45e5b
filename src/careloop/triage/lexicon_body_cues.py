"""Cue classes that read the body for compound rules in lexicon_indirect.py: a belly hard as a
board (acute_abdomen), and blood pressure in pregnancy or after a birth (preeclampsia_signs,
pregnancy_high_blood_pressure). Same pattern mini-language as lexicon_en.py.
"""

from __future__ import annotations

RIGID_BELLY = (
    r"(?:belly|stomach|abdomen|tummy|panza|pancita|estomago|barriga)~5~ (?:(?:is |feels |got |went )?(?:hard as a board|hard as a rock|rigid|board like|like a board|like a rock)|(?:esta |se siente |se puso )?(?:dur[oa] como (?:una )?(?:piedra|tabla)|rigid[oa]))"
)
ACUTE_ABDOMEN_COMPANION = (
    r"fever\w*|temp\w*|\b10[1-4](?:\.\d)?|fiebre|calentura|vomit\w*|threw up|throwing up|lightheaded|light headed|faint\w*|sweaty|sweating|clammy|pale|worst pain|cant stand up|mare\w*|sudando|desmay\w*"
)
# Blood pressure in pregnancy or after a birth: 140/90 or more is a same-day check; 160/110 or
# more with a headache, seeing lights or spots, or pain under the right ribs is preeclampsia
# with severe features (a stroke or seizure risk within hours). The reading with the words that
# give it ("my cuff said one seventy two over one ten", "le tomaron la presion y salio 168/112").
_BP_CUE = r"(?:bp|b p|blood pressure|pressure|presion|cuff|reading|readings|monitor|machine|tension|t a)"


def _pregnancy_bp(systolic: str, diastolic: str, spoken_systolic: str, spoken_diastolic: str) -> str:
    """A reading at or over a threshold: systolic or diastolic, written or spoken, after a cue;
    or written as a reading, which needs no cue ("PP day 5, checking BP per instructions:
    150/98"; only systolics of 100 or more, so "10/94" is not one)."""
    return (
        _BP_CUE
        + rf"~12~ (?:{systolic}(?: )?(?:/|over|sobre)(?: )?\d{{2,3}}|\d{{2,3}}(?: )?(?:/|over|sobre)(?: )?{diastolic}(?!\d)"
        + rf"|one (?:{spoken_systolic})(?: \w+)? (?:over|sobre) \w+|\w+(?: \w+)? over {spoken_diastolic})"
        + rf"|{systolic}/\d{{2,3}}(?![\d/])|1\d\d/{diastolic}(?![\d/])"
    )


SEVERE_PREGNANCY_BP = _pregnancy_bp(
    r"(?:1[6-9]\d|2\d\d)", r"1[1-4]\d", "sixty|seventy|eighty|ninety", "one (?:ten|eleven|twelve|fifteen|twenty)"
)
ELEVATED_PREGNANCY_BP = _pregnancy_bp(
    r"(?:1[4-9]\d|2\d\d)",
    r"(?:9\d|1[0-4]\d)",
    "forty|fifty|sixty|seventy|eighty|ninety",
    "(?:ninety|one (?:oh|o|zero|ten|eleven|twelve|fifteen|twenty))",
)
PREGNANT_OR_POSTPARTUM = (
    r"(?:\d+|twenty|thirty|forty)(?: \w+)? (?:weeks|wks|semanas) (?:pregnant|along|de embarazo|gestation)|(?:im|i am|shes|she is|at) (?:\d+|twenty \w+|thirty \w+|thirty|twenty) (?:weeks|wks)(?! ago)"
    r"|(?:tiene|tengo|tienes|con) (?:\d+|treinta \w+|treinta) semanas|pregnan\w*|embarazada|postpartum|post partum|pp day|pp d\d+|(?:delivered|gave birth|had (?:the|my|our|her) baby)|(?:di|dio) a luz|puerpera|(?:days?|weeks?) (?:after|since) (?:delivery|the birth|giving birth|(?:my|her|the) c section)"
)
SEVERE_PREGNANCY_SIGN = (
    r"headaches?|head (?:is )?(?:pounding|killing)|dolor de cabeza|(?:duele|duelen) (?:\w+ )?la cabeza|seeing (?:spots|stars|lights|sparkl\w*|zigzag\w*|flashes)|sparkl\w*|zigzag\w*|flashing lights|spots in (?:my|her) vision"
    r"|lucecitas|estrellitas|luces|manchitas|(?:todo )?borros[oa]|blurry|blurred|vision (?:is )?(?:blurry|blurred|changes?|spots)|(?:pain|dolor)(?: \w+){0,2} (?:under|below|debajo de) (?:my |her |the |las )?(?:right )?(?:ribs|costillas)"
    r"|right upper|epigastric|boca del estomago|short of breath|falta de aire|confus\w*|seiz\w*|convuls\w*"
)
