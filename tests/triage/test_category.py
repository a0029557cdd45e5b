"""Category classifier: interface, determinism, rules, multi-need and Spanish behaviour."""

from __future__ import annotations

import dataclasses
import math

import pytest

from careloop.labels import Category
from careloop.triage.category import CategoryPrediction, load_model, predict_category

CODES = {c.value for c in Category}


def test_interface_shape():
    pred = predict_category("Can I get a refill of my lisinopril?", channel="portal", language="en")
    assert isinstance(pred, CategoryPrediction)
    assert pred.category in CODES
    assert set(pred.probabilities) == CODES
    assert math.isclose(sum(pred.probabilities.values()), 1.0, abs_tol=1e-6)
    assert 0.0 <= pred.confidence <= 1.0
    assert pred.confidence == pytest.approx(pred.probabilities[pred.category])
    assert pred.category == max(pred.probabilities, key=pred.probabilities.get)
    assert pred.reasons and all(isinstance(r, str) and r for r in pred.reasons)
    assert pred.reasons[0].startswith("model:")


def test_prediction_is_frozen():
    pred = predict_category("what time do you open")
    with pytest.raises(dataclasses.FrozenInstanceError):
        pred.category = "billing_question"  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "?", "hi", "x" * 5000, "😀😀", "0000 1111"])
def test_degenerate_inputs_do_not_crash(text):
    pred = predict_category(text)
    assert pred.category in CODES


def test_channel_and_language_optional():
    text = "Please cancel my appointment on Friday"
    for channel in (None, "sms", "not_a_channel"):
        assert predict_category(text, channel=channel).category == "reschedule_cancel"


def test_deterministic():
    load_model()
    text = "hola necesito resurtir mi metformina, me quedan 3 pastillas"
    first = predict_category(text, "sms", "es")
    for _ in range(3):
        assert predict_category(text, "sms", "es") == first


@pytest.mark.parametrize(
    "text,channel,expected",
    [
        ("I need a refill on my atorvastatin, I'm almost out. Same pharmacy please.", "portal", "refill_request"),
        ("Why did I get a bill for $250 after my insurance paid?", "email", "billing_question"),
        ("Are my blood test results back yet?", "sms", "test_result_question"),
        ("Do you accept Blue Cross? I'm changing plans.", "web_form", "insurance_authorization"),
        ("Please send a copy of my records to my new doctor.", "email", "records_request"),
        ("I need to reschedule my appointment on Tuesday, work conflict.", "sms", "reschedule_cancel"),
        ("I'd like to book a physical with Dr. Soto.", "portal", "new_appointment"),
        ("Any update on my referral to cardiology? No one called.", "portal", "referral_status"),
        ("What are your hours on Saturday?", "sms", "administrative_question"),
        ("Thank you Dr. Kim for taking such good care of my mom!", "portal", "provider_message"),
        ("I've had a fever of 102 and a bad cough for three days.", "portal", "clinical_concern"),
    ],
)
def test_clear_cases(text, channel, expected):
    assert predict_category(text, channel).category == expected


# --- rules ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,channel",
    [
        ("necesito un intérprete para mi cita del martes", "sms"),
        ("do you have someone who speaks Spanish? my grandma doesn't understand English", "sms"),
        ("my mom only speaks Spanish, can the doctor have an interpreter", "portal"),
        ("Please book an ASL interpreter for my visit on the 3rd.", "email"),
        ("¿Me pueden mandar las instrucciones en español? No entiendo las de inglés.", "web_form"),
        ("Front desk: pt needs a Vietnamese interpreter for 4/2 visit.", "internal"),
    ],
)
def test_interpreter_requests_are_language_assistance(text, channel):
    pred = predict_category(text, channel)
    assert pred.category == "language_assistance"
    assert any(r.startswith("rule:") for r in pred.reasons)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("no puedo ir mañana, cancelen mi cita por favor", "reschedule_cancel"),
        ("necesito que me manden la receta de losartán a la farmacia", "refill_request"),
        ("¿ya salieron mis resultados de sangre?", "test_result_question"),
        ("me llegó una factura de 200 dólares y no entiendo por qué", "billing_question"),
        ("¿a qué hora abren los sábados?", "administrative_question"),
        ("muchas gracias a la doctora por todo, ya me siento mejor", "provider_message"),
    ],
)
def test_spanish_is_not_language_assistance(text, expected):
    pred = predict_category(text, "sms", "es")
    assert pred.category == expected
    assert pred.category != "language_assistance"


def test_negated_interpreter_is_not_a_request():
    pred = predict_category("No interpreter needed this time, I just need to move my appointment to Friday.", "sms")
    assert pred.category != "language_assistance"


@pytest.mark.parametrize(
    "text",
    [
        "my daughter will translate for me, I just need to move my appointment to Friday",
        "mi hija me va a traducir, nada más quiero confirmar la cita del lunes",
        "Thank you for the Spanish interpreter yesterday, she was wonderful",
        "I need my records translated into Spanish for my doctor in Mexico",
    ],
)
def test_interpreter_words_without_a_request(text):
    assert predict_category(text, "sms").category != "language_assistance"


def test_booking_form_rule():
    text = "Visit type: Annual physical\nPatient: Jo Park\nPreferred days: Mondays\nNotes: none"
    pred = predict_category(text, "appointment_form")
    assert pred.category == "new_appointment"
    assert any("appointment form" in r for r in pred.reasons)


def test_symptom_beats_interpreter_rule():
    """Rule 1 outranks the interpreter rule: clinical content must reach clinical staff."""
    text = ("My mom only speaks Spanish and needs an interpreter, she has had crushing chest pain "
            "and sweating for an hour and can't breathe well")
    assert predict_category(text, "phone_call").category == "clinical_concern"


# --- multiple needs (label guide rules 1 and 2) --------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "need to reschedule, also my chest has been hurting",
        "I need to reschedule, I've had chest pain since yesterday",
        "Can you refill my metformin? Also I've been throwing up for two days and can't keep anything down.",
        "tengo que cambiar mi cita, tengo fiebre de 39 y mucha tos desde ayer",
        "Question about my bill, but first: my incision is red, hot and draining pus.",
    ],
)
def test_current_symptom_wins(text):
    assert predict_category(text, "sms").category == "clinical_concern"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("no chest pain, just need my refill of lisinopril", "refill_request"),
        ("Please cancel my visit tomorrow. I'm feeling fine, nothing wrong, just a work thing.", "reschedule_cancel"),
    ],
)
def test_negated_symptom_does_not_make_it_clinical(text, expected):
    assert predict_category(text, "sms").category == expected
