"""Mechanisms added after the fifth blind wave and the everyday-emergency corpora: indirect
signs that need two cues, emergencies described without their textbook words, and scope
cues (form answers, hesitations, discharges, dated episodes, warning labels). Sentences are
written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from careloop.labels import Category, Urgency
from careloop.triage import triage
from careloop.triage.category_rules import language_request
from careloop.triage.features import normalise
from careloop.triage.normalize import normalize

from tests.triage.flag_rules import active_rules


# -- emergencies described, not named -------------------------------------------------------
@pytest.mark.parametrize(
    "text, rule",
    [
        ("my 3 year old drank some of the laundry detergent under the sink, he's coughing", "overdose_poisoning"),
        ("mi hijo de 2 anos se comio unas gomitas de mota que deje en la mesa", "overdose_poisoning"),
        ("me tome como treinta pastillas de ibuprofeno hace una hora", "overdose_poisoning"),
        ("the space heater was on all night and now my wife passed out in the bedroom", "carbon_monoxide"),
        ("mi bebe se atraganto con un pedazo de salchicha y no puede llorar", "choking"),
        ("I've been vomiting stuff that looks like coffee grounds and I feel like I'm going to faint", "severe_bleeding"),
        ("my heart is racing at 185 on my watch and I almost blacked out in the kitchen", "dangerous_heart_rhythm"),
        ("de repente veo doble y no puedo caminar derecho", "stroke_signs"),
        ("his left arm is just hanging there and he can't lift it", "stroke_signs"),
        ("a mi mama le bajo el azucar y no se puede tomar el jugo, no me reconoce", "severe_hypoglycemia"),
        ("big blisters all over and my lips and eyes are raw, fever too, since the new antibiotic", "severe_skin_reaction"),
        ("my 2 month old keeps stopping breathing for a few seconds and then gasps", "baby_not_breathing"),
        ("mi papa esta tirado en el piso de la cocina y no se mueve", "unresponsive"),
        ("it burns in my chest like heartburn but I'm drenched in a cold sweat", "chest_pain"),
    ],
)
def test_emergencies_described_without_textbook_words(text: str, rule: str) -> None:
    assert rule in active_rules(text)
    assert triage(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Two cues of a suicide crisis, none of them "suicidal".
        "I put my affairs in order and my pills are set aside for when I'm ready",
        "she sent her sister a text saying goodbye and now she isn't answering her phone",
        "I'm on the bridge by the river. sorry for everything",
        "got the rope ready in the basement. don't bother calling",
        "se despidio de todos por mensaje y ya no contesta el telefono",
    ],
)
def test_two_cues_of_a_suicide_crisis_are_an_emergency(text: str) -> None:
    assert triage(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # One cue, with the ordinary explanation.
        "I put my affairs in order with my lawyer last month and won't be around in May, we're moving to Tucson",
        "thank you for everything, Dr. Lee, we're moving and won't need the appointment",
        "the rat poison in the garage says keep away from children, is there a safer kind?",
        "is there a poison control number we should keep on the fridge? nothing has happened",
        "I overdosed on coffee this morning lol, can't log into the portal",
        "me quiero morir de la risa con el video que mandaron",
        "is it normal that her hands and feet look a bit blue when she's cold? lips and face are pink",
    ],
)
def test_one_cue_with_its_explanation_is_not_an_emergency(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_keeping_a_secret_is_not_a_breathing_problem() -> None:
    assert not active_rules("I can't breathe a word of this to my wife, it's a surprise")
    assert "breathing_difficulty" in active_rules("I can't breathe, my chest is so tight")


def test_a_threat_against_a_named_other_with_an_errand_in_between() -> None:
    text = "he told the MA if nobody sees him now he is going to go over there and end him"
    assert "homicidal_ideation" in active_rules(text)
    assert "homicidal_ideation" not in active_rules("my son will kill me if I miss another appointment")


def test_asking_whether_something_that_happened_is_ok_is_not_hypothetical() -> None:
    text = "is it ok if my 2 year old swallowed a button battery? happened 20 min ago, she seems fine"
    assert triage(text).urgency is Urgency.EMERGENCY


# -- scope: what is not happening now ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Reason for visit: physical. Are you having chest pain, trouble breathing, or any other urgent symptom right now? No.",
        "Motivo: chequeo. ¿Tiene dolor de pecho, falta de aire o algun sintoma urgente?: No",
        "New patient intake. Thoughts that you would be better off dead or of hurting yourself: Not at all.",
    ],
)
def test_a_form_answer_covers_the_whole_question(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_a_form_answer_does_not_cover_the_next_field() -> None:
    text = "Chest pain? No.\nOther: my left arm went numb and my face is drooping since 10 minutes"
    assert triage(text).urgency is Urgency.EMERGENCY


def test_a_hesitation_is_a_pause_not_a_sentence_end() -> None:
    assert normalize("se tomo como... eh... veneno para ratas").text == "se tomo como, eh, veneno para ratas"
    assert normalize("Fine... Thanks").text == "fine... thanks"
    assert triage("mi hermana se tomo como... eh... veneno para ratas, dice que no pasa nada").urgency is Urgency.EMERGENCY


def test_an_episode_already_seen_in_the_er_and_sent_home_is_follow_up() -> None:
    seen = "Last night he felt like he couldn't breathe. Went to the ER, workup negative, discharged at 3 AM. Feels fine now."
    result = triage(seen)
    assert result.urgency is Urgency.URGENT
    assert any("already seen in an emergency department" in reason for reason in result.reasons)
    back = "I was discharged from the ER yesterday and felt fine now, but now the crushing chest pain is back"
    assert triage(back).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "La semana pasada el nino tuvo una convulsion con la fiebre, ya esta bien, queremos la cita de seguimiento",
        "las veces que pense en quitarme la vida cuando era adolescente ya las hable en terapia, ahora estoy bien",
        "With my first baby I had heavy bleeding after delivery; can you get those records for my OB?",
        "The leaflet with my new blood thinner says to seek emergency care for bleeding that won't stop. What counts?",
        "my new medicine has a label saying it may increase suicidal thoughts, I have never had any",
        "doctora, ya no se despierta en la noche tosiendo desde el inhalador nuevo, gracias",
    ],
)
def test_dated_explained_and_quoted_mentions_are_not_emergencies(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


def test_since_last_week_is_still_going_on() -> None:
    assert triage("desde la semana pasada tengo dolor de pecho que me aprieta y sudo frio").urgency is Urgency.EMERGENCY


# -- same-day needs ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "my son is on his last NovoLog pen and he'll be out by tonight, please send a new script",
        "se le acabo el inhalador azul a mi hija y anoche tosio mucho",
        "my bupe films were stolen, I have none for tomorrow",
        "the condom broke last night, is it too late for plan b?",
        "the mammogram letter says I need to come back for more pictures as soon as possible",
        # Understated is still new.
        "6 weeks pregnant and mild cramping since this morning",
    ],
)
def test_same_day_needs_are_at_least_urgent(text: str) -> None:
    assert triage(text).urgency.rank >= Urgency.URGENT.rank


def test_a_long_standing_fact_about_something_else_does_not_make_a_new_problem_old() -> None:
    new = "she has been potty trained for 3 years and started having accidents 2 days ago, her tummy hurts"
    assert triage(new).urgency is Urgency.URGENT
    old = "she has been potty trained for 3 years and has accidents, her tummy hurts"
    assert triage(old).urgency is Urgency.ROUTINE


def test_a_need_flag_names_the_category_when_the_model_is_unsure() -> None:
    result = triage("my bupe films got stolen at the shelter, i have none for tomorrow. what do i do??")
    assert result.urgency is Urgency.URGENT
    assert result.category is Category.REFILL_REQUEST


def test_a_language_preference_while_booking_is_not_a_request_for_an_interpreter() -> None:
    booking = "Motivo: control de presion. Prefiero doctora que hable espanol si se puede. Disponible martes."
    assert language_request(normalise(booking)) is None
    asking = "Necesito una persona que hable espanol para mi cita del martes"
    assert language_request(normalise(asking)) == (Category.LANGUAGE_ASSISTANCE, "rule: pide alguien que hable su idioma")


# -- after the sixth blind wave ----------------------------------------------------------------
def test_hearing_voices_after_a_birth_is_an_emergency() -> None:
    text = "she had the baby two weeks ago, hasn't slept, and says she hears a voice telling her the baby is not hers"
    assert "command_hallucinations" in active_rules(text)
    assert "command_hallucinations" not in active_rules("I hear a voice in my head when I read, is that normal?")


@pytest.mark.parametrize(
    "text",
    [
        "Home health: INR today 6.2, denies bleeding. Please call with dosing.",
        "Device clinic: remote check shows 3 episodes of VT, all treated by ATP.",
        "diabetic here, the blister on my heel turned black and it smells",
    ],
)
def test_results_rhythms_and_wounds_to_act_on_are_same_day(text: str) -> None:
    assert triage(text).urgency.rank >= Urgency.URGENT.rank


def test_an_inr_in_range_is_not_flagged() -> None:
    assert "abnormal_result" not in active_rules("INR 2.5 today, right in my goal of 2-3")


def test_form_fields_separated_by_bars_keep_their_answers() -> None:
    text = "Appointment request | Reason: flu shot | Are you having chest pain? No | Shortness of breath? No | Preferred day: Tuesday"
    assert triage(text, "appointment_form").urgency is not Urgency.EMERGENCY


def test_gone_green_is_a_change_not_a_resolution() -> None:
    text = "COPD here, coughing up a lot more for three days and it's gone kind of green"
    assert triage(text).urgency.rank >= Urgency.URGENT.rank


def test_nothing_said_about_self_harm_is_a_denial() -> None:
    text = "Please book counseling for my son, he is sad since his grandpa died. He has not said anything about hurting himself."
    assert triage(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "Reason for visit: first prenatal visit. Do you need an interpreter? No.",
        "Motivo: control del asma. Idioma preferido: espanol. Horario: martes.",
    ],
)
def test_a_form_language_field_is_not_a_request_for_help(text: str) -> None:
    assert language_request(normalise(text))[0] == "not_needed"


# -- after the seventh blind wave ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "honestly my family would be fine if I just didn't wake up, and I keep the old pain pills by my bed",
        "I keep getting flashes of hurting the baby and I don't trust myself alone with her",
        "mi nina de 2 anos se comio unas 6 vitaminas de hierro del embarazo hace media hora",
    ],
)
def test_passive_wishes_intrusive_thoughts_and_iron_are_emergencies(text: str) -> None:
    assert triage(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "if he asks me one more time about the car I'm gonna kill him lol. anyway he needs a sports physical",
        "can I move my 9am? I sleep mornings after my night shift and I will not wake up lol",
        "my face was numb after the dentist this morning, it's wearing off now, can I reschedule?",
        "I just need my EpiPen prescription renewed, the two-pack expires next month",
        "FYI I fainted at the blood drive Tuesday, fine after juice, no need to call",
        "Does my daughter's plan, Blue Precision HMO, need a referral for the allergist?",
        "The bupropion has a box warning about suicidal thoughts; I have never had any",
        "Reason for visit: follow-up after ER visit for chest pain, heart tests normal, no pain since",
    ],
)
def test_jokes_explanations_and_names_are_not_emergencies(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacy: levetiracetam refill rejected, pt has 0 tablets and missed this morning's dose",
        "heart transplant patient, no tacrolimus left for tomorrow morning's dose, shipment delayed",
        "Call note: daughter returning our call about his sodium 124, the doctor asked them to call back today",
    ],
)
def test_more_same_day_needs(text: str) -> None:
    assert triage(text).urgency.rank >= Urgency.URGENT.rank


# -- after the eighth blind wave ----------------------------------------------------------------
def test_refusing_benefits_is_not_denying_a_symptom() -> None:
    text = "if they deny me again I'm going to go down there and shoot that caseworker, the gun is in my truck"
    assert triage(text).urgency is Urgency.EMERGENCY


def test_easier_to_take_them_all_is_an_emergency() -> None:
    text = "ya no le encuentro sentido a nada, seria mas facil tomarmelas todas y ya"
    assert triage(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I was counting my pills to fill my pill organizer for the week",
        "I'd like a lactation consult for a breast pump fitting, baby is feeding great",
    ],
)
def test_ordinary_pill_counting_and_pump_fittings_are_not_emergencies(text: str) -> None:
    assert triage(text).urgency is not Urgency.EMERGENCY
