"""Regression sets from the generalisation rounds (tests/triage/data/holdout_round_N.jsonl).

Each batch was written and saved BEFORE the engine was run on it, measured, and only then
were the general causes of its misses fixed (word classes, context cues, the learned
model), never its sentences. Kept so that no later change loses what was learned:
every emergency stays an emergency, every urgent message stays at least urgent, no
routine message becomes an emergency, and the language is right.
Rounds 11-16 come from independent authors who never saw the engine; data/README.md
has every round's numbers before its fixes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from careloop.labels import Urgency
from careloop.triage import Triage, triage

DATA = Path(__file__).parent / "data"
ROUND_FILES = sorted(DATA.glob("holdout_round_*.jsonl"))
CASES = [
    json.loads(line)
    for path in ROUND_FILES
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@lru_cache(maxsize=None)
def _triage(text: str, channel: str) -> Triage:
    return triage(text, channel)


def _by(urgency: str) -> list[dict]:
    return [case for case in CASES if case["urgency"] == urgency]


def test_rounds_are_complete_and_balanced() -> None:
    assert len(ROUND_FILES) >= 5
    for path in ROUND_FILES:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(rows) >= 60, path.name
        assert {row["urgency"] for row in rows} == {"emergency", "urgent", "routine"}
        assert {row["language"] for row in rows} == {"en", "es"}
    assert len({case["id"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", _by("emergency"), ids=lambda case: case["id"])
def test_every_emergency_is_caught(case: dict) -> None:
    result = _triage(case["text"], case["channel"])
    assert result.urgency is Urgency.EMERGENCY, result.reasons


# Same-day messages the engine still leaves routine, each with its cause (strict, as below).
KNOWN_UNDER_TRIAGE = {
    "z5-072": "a months-long cough the writer calls 'not urgent' (a lisinopril side effect); the author chose urgent",
    "z6-147": "an hCG that rose less than it should in 48 hours: a trend, not a value flagged abnormal",
    "z10-014": "a parent's email about a thin student who fainted at the gym last week: an eating disorder told as history",
    "z38-149": "a mammogram callback for more pictures: two earlier authors label the same letter routine "
    "(y1-094, y4-069), so no rule makes it urgent",
    "z60-165": "an RPR titre up from 1:8 to 1:128 after 'call right away if it went up': a rise the rules do not compare",
    "z61-037": "a withdrawn 14-year-old who said no when asked about hurting himself; his mother asks for the soonest "
    "visit: the author's same-day call, with every warning sign denied or of two weeks",
    "z63-022": "a chest X-ray 'concerning for pneumonia', then 'start abx if it showed pneumonia': the result comes "
    "before the instruction, and only a result reported after a conditional instruction is joined to it",
    "z64-141": "antibiotic prophylaxis for a heart valve not at the pharmacy before today's cleaning: a pre-procedure "
    "medicine, not one the patient is out of",
    "z75-108": "a traveller abroad who lost his malaria prophylaxis (doxycycline) with his bag: doxycycline is not a "
    "critical medicine, and 'lost his bag with his doxycycline' is no supply-gone phrase",
    "z90-033": "a CT 'shows pneumonia ... need to start antibiotics today': pneumonia as an abnormal finding was tried "
    "and refused ('discharged Saturday after pneumonia' in round 99 became urgent)",
    "z99-027": "an X-ray's small scaphoid fracture and 'q vaya hoy por una ferula': the result and the instruction are "
    "split by '(escafoides?)', whose question mark ends the sentence the rule reads",
    "z99-032": "cephalexin for a healing wound spilled down the drain with 4 days left: antibiotics by mouth are not "
    "critical medicines (as for z75-108)",
    "z99-098": "antibiotic eye drops for a corneal scratch spilled, the eye better: the same",
    "z100-050": "a free T4 'flagged HIGH' and 'a note from Dr. Nwosu saying hold levothyroxine, call office today': the "
    "abbreviation's period ('Dr.') breaks the phrase between the result and the instruction",
    "z102-049": "a radiology over-read finding a fracture, and 'Needs provider review and a call to pt today' two "
    "sentences later: the result rules read one sentence",
    "z104-003": "amoxicillin for a dental abscess, the last capsule taken after a short-written prescription: "
    "antibiotics by mouth are not critical medicines (as for z75-108)",
    "z104-151": "a dentist's antibiotic not received by the pharmacy, no dose today: the same",
    "z104-155": "amoxicillin premedication for a heart valve before an extraction at 2 pm today: a pre-procedure "
    "medicine, as z64-141",
    "z105-139": "headaches 'worse than his usual ones' after '(TBI last year)': the brackets are gone once normalised, "
    "so 'last year' reaches the worsening",
    "z105-148": "an intrathecal baclofen refill whose authorisation was denied, the pump's alarm date in 2 days: no rule "
    "joins a denied authorisation to a pump about to run dry",
    "z106-010": "an allergy shot given from the maintenance vial instead of a build-up vial, no reaction yet: a dosing "
    "error told as a staff note, which no rule reads",
    "z106-085": "Symbicort's last puff: controller inhalers are not critical medicines (as for z90-144)",
    "z106-122": "Flovent out today: the same",
    "z107-051": "an EKG's long QT and 'hold her zip rex until we hear back', the dose due tonight: a hold instruction, "
    "which the result rules do not read",
    "z107-177": "a note quoted 'phosphorus 2.1 - start supplement today': 'start' is not among the instruction verbs",
    "z108-089": "'si el cultivo salia positivo me iban a llamar el mismo dia', then 'pseudomonas' in the portal: the "
    "instruction 'me iban a llamar' is no phrase the result rules know, so no condition is there to be met",
    "z108-102": "a wound vac alarming 'canister full' and off for two and a half hours: no rule for a wound vac off",
    "z108-108": "cephalexin run out with days of the course left: antibiotics by mouth are not critical medicines",
    "z108-171": "ciprofloxacin ('sip pro flocks a sin') out with four days left: the same",
    "z109-061": "a 2-year-old's penicillin prophylaxis run out: penicillin alone is not a critical medicine (an adult's "
    "course is routine elsewhere), and no rule joins it to a child with sickle cell",
    "z109-114": "the same, in Spanish",
    "z109-120": "a pain crisis told inside a reschedule request with every danger sign denied: the pain words are "
    "no red flag, and the category stays a reschedule",
    "z110-085": "'not to run tonights dose until someone calls me back' after a high vancomycin level: a hold "
    "instruction, which the result rules do not read (as for z107-051)",
    "z110-150": "a potassium of 3.0 and 'call back today so the pharmacist could adjust tonight's TPN bag': a staff note "
    "split over sentences",
    "z111-004": "a heart rate 'jumping to 180s' on a home monitor two weeks after heart surgery, the baby 'fine and "
    "pink': the reassurance sets the reading aside",
    "z112-029": "an ABG result email whose instruction comes sentences after the value",
    "z93-075": "'se me acabaron las tiras hoy' in an addiction clinic, where the author meant Suboxone film strips: "
    "'tiras' alone are glucose test strips just as often, which other authors label routine",
    "z114-015": "stool 'darker the last 2 days, not sticky or tarry' a week after starting iron pills, feeling ok: "
    "the writer's own reassurance, which iron explains (its author wanted it seen the same day)",
    "z117-138": "ketones 'under 2 since sunday' on the ketogenic diet, then 2 seizures today in a child who usually has "
    "none: the dietitian's 'call if' sets the ketones aside and a seizure count is no symptom phrase",
    "z119-050": "a hospital's discharge planner needing a signature on home wound-care orders before 4pm: an "
    "administrative deadline, no clinical content for the rules",
    "z125-105": "a child with asthma out of 'el inhaler' today: which inhaler is not said, and controller inhalers are "
    "not critical medicines (as for z90-144)",
    "z127-004": "a specialty pharmacy's refill request for inhaled aztreonam (Cayston) on a 28-days-on cycle: an inhaled "
    "antibiotic course, not a critical medicine",
    "z127-096": "liver numbers 'about 5 times normal' and 'call first thing Monday to talk about holding her Trikafta': "
    "a hold decision, which the result rules do not read (as for z110-085)",
    "z128-080": "an urgent care's referral asking for a GI visit 'within 24-48 hrs' for painless jaundice: a referral's "
    "deadline, no same-day instruction",
    "z128-108": "food sticking for a month or two, 12 pounds lost without trying: 'over the last month or two' reads as "
    "not acute, though the author wanted it seen soon",
    "z128-168": "a weekly Ozempic shot taken the day before an EGD that the paper says to hold for a week: a procedure "
    "question the rules do not read",
    "z129-018": "a viral load of 48,000 with the doctor's result note quoted: 'Please call the clinic today to discuss "
    "resistance testing': a note's words in quotation marks are the paper's, and the value reads as no instruction",
    "z130-132": "a facility's question about bridging enoxaparin to warfarin with the next dose due at 0900: no orders is "
    "not out of the medicine",
    "z132-070": "a pharmacy that cannot fill linezolid for osteomyelitis because the e-script lacks a quantity, the patient "
    "'out as of today's dose': the supply phrase and the infection are in different sentences",
    "z132-125": "'se me acabo el antibiotico hoy, la cefalexina' with 'no lo dejara hasta terminar las 3 semanas': the "
    "infection itself is not named",
    "z134-058": "a partner who 'just told me hes hiv positive', 36 hours after sex: an exposure with no PEP named, which "
    "the PEP rule needs",
    "z134-082": "three missed pills and unprotected sex, asking about Plan B: emergency contraception is not in the "
    "rules (a time window like PEP's)",
    "z135-091": "clopidogrel stopped three days after a new stent for a dentist's extraction, no symptoms: a medicine "
    "stopped on purpose is not a supply gone",
    "z135-108": "a heart rate of 130 at rest on a watch since yesterday, 'ahorita ya estoy bien': now well reads as "
    "not acute",
    "z136-016": "an EpiPen used at the ER last week, 'we don't have any left at all', school tomorrow: the supply "
    "phrase is sentences from the medicine, inside the past event's scope",
    "z136-059": "a bilirubin of 17.8 phoned in with 'call his pediatrician today to decide about the lights': the value "
    "and the instruction are a sentence apart from the lab word",
    "z90-144": "Trelegy, a controller inhaler, out after a denied prior auth: controller inhalers were tried as critical "
    "medicines and refused (running low on Symbicort was routine in dev.jsonl and elsewhere)",
}


def _cases_with_known_misses(urgency: str, known: dict[str, str]) -> list:
    """The cases of one urgency, those listed in `known` marked as strict expected failures."""
    return [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(strict=True, reason=known[case["id"]])] if case["id"] in known else [],
        )
        for case in _by(urgency)
    ]


@pytest.mark.parametrize("case", _cases_with_known_misses("urgent", KNOWN_UNDER_TRIAGE))
def test_every_urgent_message_is_at_least_urgent(case: dict) -> None:
    result = _triage(case["text"], case["channel"])
    assert result.urgency.rank >= Urgency.URGENT.rank, result.reasons


# Routine messages of the rounds that the engine still calls emergencies (over-triage,
# never a missed emergency), each with its cause. Strict: fixing one fails this list, so it
# stays true.
KNOWN_FALSE_ALARMS = {
    "y2-088": "a relative's past chest pain, then 'pero ya lo vieron en el hospital y salio bien': "
    "the resolution comes after 'pero', which ends the historical scope",
    "z8-053": "'mi hermana me dijo que el dolor de pecho puede ser del corazon': a relative's general statement, not a symptom",
    "z12-120": "'I think I'm having a heart attack' said as a joke about a refill's price, explained in the next sentence",
    "z33-177": "a sting last August told in one long sentence: the lip swelling is 14 words past 'Last August', "
    "beyond the historical scope",
    "z14-042": "an EpiPen used back in August, too far into the sentence for the historical scope",
    "z53-148": "a thank-you letter: 'She told me to call 911' is a past instruction one sentence after the "
    "thanks, and history does not cross sentences (an instruction to call 911 is kept an emergency)",
    "z57-047": "a home-visit request for a father of 88 who 'cant climb in the truck anymore': the urgency model alone (0.59)",
    "z59-016": "'tiene meses con dolor en el hombro ... ya no puede levantar el brazo bien': a shoulder stiff for months "
    "read as a stroke sign (a duration of months does not set an emergency sign aside)",
    "z71-137": "a thank-you voicemail in Spanish, the new blood pressure pill working and the feet no longer "
    "swelling: the urgency model alone (0.78); 'no hace falta que me llame' is not a hold-back, since a "
    "farewell before a suicide says 'no need to call me back' too (z35-157)",
    "z75-077": "a thank-you letter: 'you gave him the epinephrine right away and called the ambulance' is a past "
    "event one sentence after 'last month when', and history does not cross sentences",
    "z77-135": "a thank-you letter: 'Last month when Earl came in for his sugar check and started having that bad "
    "chest pain right there in the waiting room': the symptom is 14 words past 'Last month', beyond the scope",
    "z78-060": "a thank-you letter: 'When Harper started seizing in the waiting room and wouldn't stop' one sentence "
    "after 'thank you for last Thursday' (a message-wide thank-you rule was not tried: 'thank you, she is doing "
    "great. her lips look blue' must stay an emergency)",
    "z84-026": "a thank-you letter: 'Three weeks ago my wife Joan collapsed in our kitchen' (weeks ago does not date "
    "what follows: 'had the baby two weeks ago and she's bleeding' is now) and 'right now' later in the letter",
    "z86-151": "a thank-you letter: 'was rushed to the hospital on October 2 with the GI bleed' and 'told us to "
    "call 911 right away' a sentence later: history does not cross sentences",
    "z91-021": "a billing email: 'the day I had the seizure in the library and your staff came over and called the "
    "ambulance. I'm totally fine now': 'and called the ambulance' reads as a call made now",
    "z91-031": "a thank-you: 'for staying w me when i had the allergic reaction last week & calling 911'",
    "z106-178": "dark circles under a child's eyes, a teacher saying she looks tired: the urgency model alone (0.51)",
    "z107-137": "a mother asking for a visit for a son who overeats at night and shuts himself in: the urgency model "
    "alone (0.52)",
    "z110-017": "a thank-you: 'she noticed my husbands face looked off last week and called 911 right away' one "
    "sentence after the thanks (history does not cross sentences, as for z53-148)",
    "z111-132": "a thank-you letter: 'Three weeks ago Sienna collapsed at swim practice' (weeks ago does not date what "
    "follows, as for z84-026)",
    "z112-086": "dry mouth from glycopyrrolate at night, drooling 'about the same as always': the urgency model alone (0.58)",
    "z114-138": "can I eat grapefruit on tacrolimus: the urgency model alone (0.61), the category model unsure "
    "(0.22); no rule finds anything",
    "z117-079": "a thank-you email: 'the calm voice telling us to call 911 made all the difference' after a seizure "
    "early Saturday morning (a told-to-call-911 is kept current: 'the nurse told me to call 911 but I don't want to')",
    "z118-036": "a thank-you email: 'When I called on the night of April 3rd with the chest pain and you told my wife to "
    "call 911' (a date inside a when-clause does not date the rest, as for z111-132)",
    "z119-122": "a thank-you email for a ruptured fistula three weeks ago: the urgency model alone (0.95)",
    "z123-086": "a refill of Lialda and whether the big pill may be crushed: the urgency model alone (0.91)",
    "z126-180": "an after-hours call asking for tomorrow's surgery arrival time, 'No clinical concerns': the urgency "
    "model alone (0.79)",
    "z127-041": "fingertips 'round and clubby ... been like that a while': the urgency model alone (0.77)",
    "z93-012": "a counselor's note asking to pick up a Zubsolv prescription early for a sister's wedding: the urgency "
    "model alone (0.50, on 'hes going to his sisters wedding out of state')",
    "z96-048": "a Mohs patient's list of practical questions (wifi, parking, lunch): the urgency model alone (0.60, on "
    "'can my husband stay with me ... or only drop me off')",
}


@pytest.mark.parametrize("case", _cases_with_known_misses("routine", KNOWN_FALSE_ALARMS))
def test_no_routine_message_is_an_emergency(case: dict) -> None:
    result = _triage(case["text"], case["channel"])
    assert result.urgency is not Urgency.EMERGENCY, result.reasons


def test_language_accuracy() -> None:
    correct = sum(_triage(c["text"], c["channel"]).language.value == c["language"] for c in CASES)
    assert correct / len(CASES) >= 0.98


def test_routine_messages_are_mostly_left_routine() -> None:
    # Over-triage costs nurse time: keep most routine messages routine.
    routine = _by("routine")
    raised = sum(_triage(c["text"], c["channel"]).urgency is not Urgency.ROUTINE for c in routine)
    assert raised / len(routine) <= 0.15
