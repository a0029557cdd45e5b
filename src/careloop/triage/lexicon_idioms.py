"""Idioms that borrow the words of an emergency: "screaming bloody murder" over toast,
"I can't breathe a word of this", "the bill gave me a heart attack", "me va a dar un
infarto con la cuenta". Written against normalised text (lower case, no accents, no
apostrophes, spelling repaired: "bloody" reads "blood").

A red-flag phrase inside an idiom is set aside as explained (redflags.py), and a message
with an idiom is not one the learned urgency model may call an emergency on its own
(engine.py): the model hears the emergency words, not the figure of speech. The rules
still see everything else in the message, so an idiom beside a real sign changes nothing.
"""

from __future__ import annotations

import re

_BILL = r"(?:the |my |that |this |your )?(?:bill|bills|price|prices|statement|total|balance|cost|copay|co pay|invoice|receipt|estimate)"
_CUENTA = r"(?:la |el |esa |ese |mi )?(?:cuenta|factura|precio|cobro|recibo|copago|estado de cuenta)"
_SWEETHEART = r"(?:my |her |his )?(?:crush|boyfriend|girlfriend|bf|gf|boo|celebrity crush)"

_IDIOMS_EN = (
    r"(?:scream\w*|yell\w*|cry\w*|holler\w*|shriek\w*) (?:like )?bloody? murder",
    r"(?:cant|cannot|couldnt|wont|dont|not|never|didnt) breathe a word",
    # Things that are "gonna kill him": the waiting-room chairs, the stairs, the heat.
    r"(?:chairs?|bill|bills|prices?|stairs|steps|traffic|heat|wait|waiting|line|commute|job|work|shoes|boots|knees?|back|hills?|these|those)(?: \w+)? (?:are|is|s|re|will|gonna|going to)(?: \w+)?(?: gonna| going to)? kill (?:me|him|her|us|them)",
    r"(?:scared|bored|worried|tickled|freaked|stressed|scaring|boring|worrying) (?:me |him |her |us |them )?(?:half )?to death",
    rf"(?:gave|give|gives|giving) (?:me|him|her|us|them) a (?:heart attack|stroke|coronary)(?: when| at| with| over)?(?: \w+){{0,3}}? {_BILL}",
    rf"(?:almost|nearly|about to|gonna|going to|might|will) (?:had|have|having) a (?:heart attack|stroke|coronary) (?:when|at|over|seeing|looking at|because of|with)(?: i saw| i opened| i got| i looked at)? {_BILL}",
    rf"(?:heart|corazon) (?:literally |just |always )?(?:stops|skips a beat|skips|melts) (?:every time|whenever|when) {_SWEETHEART}",
)
_IDIOMS_ES = (
    rf"(?:me|le|nos) (?:va a dar|dio|da|iba a dar|quiere dar) (?:un )?(?:infarto|patatus|soponcio|ataque al corazon) (?:con|por|al ver|cuando vi|cuando vimos|de ver) {_CUENTA}",
    rf"casi (?:me|le|nos) (?:da|dio) (?:un )?(?:infarto|patatus|soponcio|ataque al corazon) (?:con|por|al ver|cuando vi|cuando vimos|de ver) {_CUENTA}",
    r"(?:grit\w*|llor\w*|chill\w*) como si (?:la|lo|le|los|las) (?:estuvieran|estuviera) (?:matando|desollando)",
)
IDIOMS = re.compile(r"(?<![a-z0-9])(?:" + "|".join(_IDIOMS_EN + _IDIOMS_ES) + r")(?![a-z0-9])")
# Every idiom above contains one of these: most messages skip the regex (speed).
_GATE = ("murder", "kill", "a word", "to death", "heart", "coronary", "stroke", "infarto", "patatus", "soponcio", "matando", "desollando", "corazon")


def idiom_spans(normalized_text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every idiom in a normalised text."""
    if not any(word in normalized_text for word in _GATE):
        return []
    return [(m.start(), m.end(), m.group()) for m in IDIOMS.finditer(normalized_text)]
