"""The generalising mechanisms, one by one: compositional red flags, fuzzy repair of key
words, context cues added in the rounds, and the learned urgency model. Sentences here
are written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from careloop.labels import Urgency
from careloop.triage import triage
from careloop.triage.fuzzy import repair
from careloop.triage.normalize import normalize
from careloop.triage.urgency_model import features, load_model

from tests.triage.flag_rules import active_rules


@pytest.mark.parametrize(
    "text",
    [
        "there is a clamp squeezing my breastbone",
        "le estan oprimiendo el corazon como una prensa",
        "the kid drank some antifreeze from the shed",
        "mi nieto se comio unas pastillas de la abuela",
        "blood keeps soaking through the gauze",
        "his speech is all garbled tonight",
        "su mano derecha esta colgando sin fuerza",
        "she is twitching on the floor and her eyes rolled back",
        "her lips went grey",
    ],
)
def test_compositional_flags_catch_new_wordings(text: str) -> None:
    assert triage(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "no chest pressure at all, just need a refill",
        "my blood pressure pills for my heart need a refill",
        "my boss is going to kill me if I'm late again, can I move my appointment",
        "the portal isn't responding when I log in",
        "my dad had a stroke in 2015 and his speech has been slurred, nothing new, needs a form",
    ],
)
def test_compositional_flags_respect_context_and_idiom(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_comparison_with_a_past_episode_is_current() -> None:
    assert "chest_pain" in active_rules("the squeezing in my chest is like when I had my heart attack in 2019 but worse")


def test_since_then_is_not_history() -> None:
    # "fell yesterday and since then confused": ongoing, must not be set aside as past.
    assert triage("mi papa se cayo ayer y desde entonces esta muy confundido").urgency.rank >= Urgency.URGENT.rank


@pytest.mark.parametrize(
    ("typo", "word"),
    [("chesst", "chest"), ("resprar", "respirar"), ("breaht", "breath"), ("siezing", None), ("sangrnado", "sangrando")],
)
def test_fuzzy_repair_of_key_words(typo: str, word: str | None) -> None:
    if word is None:  # already in the reviewed typo list of normalize.py
        assert "seizing" in normalize(typo).text
    else:
        assert repair(typo) == word


@pytest.mark.parametrize("word", ["breast", "blond", "every", "cooking", "threat", "morada", "pain"])
def test_fuzzy_repair_leaves_real_words_alone(word: str) -> None:
    assert repair(word) is None


def test_misspelt_emergency_is_caught() -> None:
    assert triage("cant breathe my throat is closng after the peanutss, tounge swolen").urgency is Urgency.EMERGENCY


def test_urgency_model_is_present_and_separates() -> None:
    model = load_model()
    assert model is not None
    emergency = model.score(normalize("my husband collapsed and his lips are blue, he is gasping").text)
    routine = model.score(normalize("can I move my appointment to Friday afternoon").text)
    assert emergency.emergency > 0.5 > routine.emergency
    assert routine.urgent_or_higher < 0.5


def test_urgency_model_score_is_the_best_window_of_the_feature_sums() -> None:
    """score() (prefix sums over cached word scores) equals the slow definition: for every
    window, bias + sum of weight x feature value; the highest window wins."""
    import math

    from careloop.triage.urgency_model import text_windows

    model = load_model()
    assert model is not None
    text = normalize(
        "Name: Ana Ruiz. DOB 1/2/1980. Reason: my chest hurts and my chest feels tight, pain pain, "
        "and I need to reschedule my appointment for next week because my car broke down and I have no ride"
    ).text
    windows = text_windows(text)
    assert len(windows) >= 4  # sentences, pairs, the whole, and the run-on cut in pieces
    best = [-math.inf, -math.inf]
    for words in windows:
        direct = list(model._biases)
        for feature, value in features(words).items():
            weights = model._weights.get(feature)
            if weights:
                direct[0] += weights[0] * value
                direct[1] += weights[1] * value
        best = [max(best[0], direct[0]), max(best[1], direct[1])]
    scores = model.score(text)
    assert scores.emergency == pytest.approx(1 / (1 + math.exp(-best[0])))
    assert scores.urgent_or_higher == pytest.approx(1 / (1 + math.exp(-best[1])))


def test_an_emergency_sentence_is_not_drowned_by_administrative_text() -> None:
    """Scored by window: names, dates, phone numbers and form labels around one alarming
    sentence do not dilute it (the reason the model scores windows)."""
    model = load_model()
    assert model is not None
    alarm = "he is gasping for air and his lips are turning blue"
    padded = (
        "Patient name: Robert Alvarez. Date of birth: 04/12/1951. Insurance: Medicare, member id on file. "
        "Preferred pharmacy: Walgreens on Main Street. Callback number 312-555-0143, ok to leave a message. "
        f"Reason for call: {alarm}. Daughter Maria is with him. Preferred language: English."
    )
    assert model.score(normalize(padded).text).emergency >= 0.7
    assert model.score(normalize(padded.replace(alarm, "he needs his annual wellness visit")).text).emergency < 0.5


def test_model_only_raises_and_asks_for_review(monkeypatch: pytest.MonkeyPatch) -> None:
    from careloop.triage import engine
    from careloop.triage.urgency_model import UrgencyScores

    monkeypatch.setattr(engine, "_urgency_scores", lambda text: UrgencyScores(0.99, 0.99))
    result = engine.triage("my grandfather is acting in a way I have never seen")
    assert result.urgency is Urgency.EMERGENCY
    assert result.needs_review

    monkeypatch.setattr(engine, "_urgency_scores", lambda text: UrgencyScores(0.0, 0.0))
    assert engine.triage("my chest is crushing and I'm sweating").urgency is Urgency.EMERGENCY


def test_model_cannot_overrule_negation(monkeypatch: pytest.MonkeyPatch) -> None:
    from careloop.triage import engine
    from careloop.triage.urgency_model import UrgencyScores

    monkeypatch.setattr(engine, "_urgency_scores", lambda text: UrgencyScores(0.99, 0.99))
    assert engine.triage("no chest pain, no trouble breathing, just my refill").urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    ["casi me da un infarto cuando vi la cuenta jaja, puedo pagar en partes?", "the copay nearly gave me a stroke lol, payment plan?"],
)
def test_figures_of_speech_are_not_emergencies(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_figure_of_speech_cue_does_not_hide_a_real_airway_problem() -> None:
    assert triage("the new pill is giving me a swollen throat and I can't swallow").urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my friend is unconscious after taking pills at a party, what do I do",  # other person, now
        "took 3 of my percocet with some of my wife's ambien and I can't keep my eyes open",
        "she hit her head on the ice and keeps asking the same questions",
    ],
)
def test_more_indirect_emergencies(text: str) -> None:
    assert triage(text).urgency is Urgency.EMERGENCY


def test_hypothetical_question_about_calling_911_is_not_an_emergency() -> None:
    text = "If my son's asthma attack ever doesn't improve with two puffs of his inhaler, should we go to urgent care or call 911?"
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_story_about_a_coworker_is_not_the_writers_emergency() -> None:
    text = "my coworker collapsed at work today and went by ambulance, can I get my cholesterol checked"
    assert triage(text).urgency is not Urgency.EMERGENCY


# -- indirect warning signs (lexicon_indirect.py): two different cues together -------------


@pytest.mark.parametrize(
    "text",
    [
        "thanks for putting up with me. i gave my cat and my bike to my sister. you wont have to worry about me anymore",
        "I wont be here for the follow up next month. Just wanted to say goodbye to everyone there.",
        "ya le regale mis cosas a mi prima y queria despedirme de la doctora",
        "tengo la escopeta de mi papa aqui y ya me voy a despedir",
        "the voices keep telling me to hurt my neighbor",
        "I keep having thoughts of putting a pillow over the baby's face when he won't stop crying",
        "been searching online for how many of my sleeping pills it would take",
    ],
)
def test_indirect_warning_signs_are_emergencies(text: str) -> None:
    assert triage(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "We are moving to Denver so I won't be around for my next visit. Wanted to say goodbye and thank you!",
        "Dr. Lee is retiring? I would love to say goodbye before she leaves.",
        "I gave my old couch to my brother, can you update my address on file",
        "me mudo a Texas y ya no voy a estar para la cita, queria despedirme",
    ],
)
def test_ordinary_goodbyes_are_not_emergencies(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_hives_plus_a_second_system_is_an_emergency() -> None:
    assert triage("hives all over after the wasp sting and now i feel like i might pass out").urgency is Urgency.EMERGENCY
    assert triage("le salieron ronchas y tiene los parpados muy hinchados, esta mareada").urgency is Urgency.EMERGENCY
    # Hives alone (new antibiotic, no other sign) is same-day, not 911.
    assert triage("itchy hives on my arms since starting amoxicillin yesterday").urgency is Urgency.URGENT


def test_fever_stiff_neck_and_confusion_is_an_emergency() -> None:
    assert triage("temp 103, his neck is stiff and he is confused").urgency is Urgency.EMERGENCY
    assert triage("stiff neck from sleeping wrong, no fever").urgency is not Urgency.EMERGENCY


# -- context cues added with rounds 11-16 -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chest pain? No\nShortness of breath: none\nReason: annual physical",
        "Dolor de pecho: no\nFalta de aire: no\nMotivo: control",
        "my grandfather died of a heart attack, should I get my cholesterol checked",
        "mi abuela murio de un derrame, quiero un chequeo",
        "he needs his cardiac rehab forms after his heart attack",
        "necesito papeles del seguro despues del infarto de mi esposo",
        "three years since my overdose and still clean, need my annual labs",
        "the MRI mentions an old stroke, what does that mean",
        "el estudio dice derrame antiguo, que significa",
        "we want to learn how to recognize a stroke, do you offer a class",
        "que hacer si se pone azul el bebe? solo pregunto para saber",
        "fue dado de alta ayer tras ingreso por sobredosis, mandamos el resumen",
        "tuvo la embolia en agosto y ya esta mucho mejor",
        "el dolor de pecho fue por gastritis segun el doctor",
    ],
)
def test_answered_past_and_educational_mentions_are_not_emergencies(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_a_witness_is_not_the_experiencer() -> None:
    # The coworker NOTICED it: the stroke sign is the writer's.
    assert triage("my friend noticed my face is drooping on the left").urgency is Urgency.EMERGENCY
    # The coworker HAD it: someone else's, in the past.
    assert triage("my coworker had chest pain last week, should I worry about mine").urgency is not Urgency.EMERGENCY


def test_quotes_do_not_split_a_phrase() -> None:
    assert triage('she says she took "a whole bottle" of her pills').urgency is Urgency.EMERGENCY
    assert triage('pt states he is "thinking about killing" his brother').urgency is Urgency.EMERGENCY


def test_intensifiers_are_not_resolution() -> None:
    # "esta bien tomado" = he is very drunk, not "he is fine".
    assert triage("dice que va a matar a su jefe, ya agarro la pistola y esta bien tomado").urgency is Urgency.EMERGENCY


def test_running_out_is_not_a_denial() -> None:
    assert triage("pharmacy: warfarin, no refills on file, pt out as of today").urgency is Urgency.URGENT
    assert triage("only one tacrolimus capsule left for tonight and nothing for tomorrow").urgency is Urgency.URGENT


def test_someone_told_is_not_the_experiencer() -> None:
    assert triage("my son texted his friend that we'd all be better off without him").urgency is Urgency.EMERGENCY


def test_a_simile_about_ones_own_body_is_not_someone_else() -> None:
    assert triage("my right arm feels like it belongs to someone else and my speech is thick").urgency is Urgency.EMERGENCY


def test_someone_elses_emergency_happening_now_counts() -> None:
    # The writer is with the person: the guide counts a caregiver the same as the patient.
    assert triage("my roommate swallowed a whole bottle of his pills and now he's barely awake").urgency is Urgency.EMERGENCY
    # Someone else's past event, being handled: not this patient's emergency.
    assert triage("my coworker had chest pain today and she is at the ER now. can I still come at 4?").urgency is not Urgency.EMERGENCY


def test_requests_to_someone_are_not_about_someone_else() -> None:
    assert triage("lab said my potassium is 6.5 and I need to be seen today, can someone call me").urgency.rank >= Urgency.URGENT.rank


def test_named_illnesses_are_not_fevers() -> None:
    assert triage("got my yellow fever vaccine at the travel clinic, fyi for my chart").urgency is Urgency.ROUTINE
    assert triage("my 3 week old has a fever of 100.6").urgency is Urgency.EMERGENCY


def test_never_negates_but_never_like_this_affirms() -> None:
    assert triage("please fix my chart, I have never had a seizure, that is my brother").urgency is not Urgency.EMERGENCY
    assert triage("never had chest pain like this before, it is crushing").urgency is Urgency.EMERGENCY


# -- added with rounds 21-24 ----------------------------------------------------------------


def test_a_compound_rules_signs_are_checked_in_context_but_named_things_are_not() -> None:
    # Pain and breathlessness denied: "chest" plus negated signs is no chest-pain flag.
    assert triage("mi hijo tiene el pecho hundido desde siempre. No le duele ni le falta el aire").urgency is not Urgency.EMERGENCY
    assert triage("my chest hurts and I am sweaty and short of breath").urgency is Urgency.EMERGENCY
    # A medicine the pharmacy "won't give" is still the medicine the patient is out of.
    assert triage("la farmacia no me quiere dar el xarelto sin autorizacion y me tome la ultima hoy").urgency is Urgency.URGENT


def test_a_phrase_never_skips_a_negation() -> None:
    text = "the follow-up from when I went to the ER for chest pain - and I haven't had any chest pain since, doing fine"
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_instructions_for_a_future_emergency_are_not_one() -> None:
    assert triage("neurology told us to call 911 if he ever has a seizure longer than 5 minutes. none since May").urgency is not Urgency.EMERGENCY
    assert triage("If I'm ever unresponsive, my daughter is my health care agent. Copy attached.").urgency is not Urgency.EMERGENCY
    assert triage("if mom has chest pain while we travel should we go to an ER there?").urgency is not Urgency.EMERGENCY


def test_not_feeling_right_is_a_complaint_not_a_denial() -> None:
    assert triage("he just doesn't feel right, he's holding his left arm and he's gray and sweaty").urgency is Urgency.EMERGENCY


def test_a_child_an_open_bottle_and_pills_unaccounted_for() -> None:
    assert triage("my 3 year old got into the bottle of metoprolol, not sure how many are missing").urgency is Urgency.EMERGENCY


def test_minutes_later_is_not_an_age() -> None:
    assert triage("le pusieron la vacuna y a los 5 minutos se le hincharon los labios y la garganta, le cuesta tragar").urgency is Urgency.EMERGENCY
    assert triage("mi padre tuvo un infarto a los 58, quiero revisar mi colesterol").urgency is not Urgency.EMERGENCY


def test_the_model_does_not_call_a_slow_change_an_emergency() -> None:
    text = "over the past year my mother repeats herself and misplaces things. nothing sudden. should she get a memory test?"
    assert triage(text).urgency is not Urgency.EMERGENCY


# -- added with rounds 25-28 ----------------------------------------------------------------


def test_a_conditional_threat_with_a_weapon_is_an_emergency() -> None:
    assert triage("he told the front desk if his ex shows up tonight he's going to stab her, knife is in his car").urgency is Urgency.EMERGENCY


def test_how_badly_something_works_is_a_complaint() -> None:
    assert triage("mi papa no esta hablando bien, se le enreda la lengua y tiene la boca torcia pa un lado").urgency is Urgency.EMERGENCY
    # ... but "does not stop breathing" denies the red flag.
    assert triage("mi nina ronca fuerte pero no deja de respirar ni nada, es normal?").urgency is not Urgency.EMERGENCY


def test_low_blood_pressure_with_confusion_is_shock() -> None:
    assert triage("home health: BP 82/46, pulse 128, pt confused and clammy").urgency is Urgency.EMERGENCY
    assert triage("my BP runs low, usually 88/60, I feel fine, just telling the doctor").urgency is not Urgency.EMERGENCY


def test_childhood_and_resolved_episodes_are_history() -> None:
    assert triage("she had anaphylaxis to shellfish when she was 6, no reactions since. epipen renewal please").urgency is not Urgency.EMERGENCY
    assert triage("mi tio tuvo un derrame el mes pasado, yo quiero un chequeo general").urgency is not Urgency.EMERGENCY
    assert triage("my chest pain from before the stent never came back, need a nitro refill to keep on hand").urgency is not Urgency.EMERGENCY


def test_months_now_is_not_a_change_now() -> None:
    text = "my shoulder has ached for a few months now, nothing sudden, can we talk about it at my visit"
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_heart_failure_warning_signs_are_same_day() -> None:
    text = "my weight went up 5 lbs since Monday and I need three pillows to sleep now"
    assert triage(text).urgency is Urgency.URGENT
