"""The combining rules of the triage engine, and its public contract."""

from __future__ import annotations

import json

import pytest

from careloop.labels import Category, Language, Urgency
from careloop.triage import RedFlag, Triage, engine, triage
from careloop.triage.category import CategoryPrediction


def _fake_classifier(monkeypatch: pytest.MonkeyPatch, category: str, confidence: float, **others: float) -> None:
    """Pin the category model so a test checks the engine's rules, not the model."""
    probabilities = {c.value: 0.0 for c in Category}
    probabilities.update(others)
    probabilities[category] = confidence

    def predict(text: str, channel: str | None = None, language: str | None = None) -> CategoryPrediction:
        return CategoryPrediction(category, confidence, dict(probabilities), ["test double"])

    monkeypatch.setattr(engine, "predict_category", predict)


def test_emergency_forces_clinical_concern(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "reschedule_cancel", 0.9)
    result = triage("need to reschedule, having crushing chest pain right now")
    assert result.urgency is Urgency.EMERGENCY
    assert result.category is Category.CLINICAL_CONCERN
    assert any("clinical_concern" in reason for reason in result.reasons)


def test_urgent_symptom_on_administrative_message_becomes_clinical(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "reschedule_cancel", 0.9)
    result = triage("please cancel tomorrow, I've had a fever of 102 since Sunday")
    assert result.urgency is Urgency.URGENT
    assert result.category is Category.CLINICAL_CONCERN


@pytest.mark.parametrize(
    ("category", "text", "rule"),
    [
        ("refill_request", "out of my insulin today, please send the prescription", "out_of_critical_medication"),
        ("insurance_authorization", "insurance wants a prior auth for my Eliquis and I ran out today", "out_of_critical_medication"),
        ("test_result_question", "the nurse called: my potassium was 6.3, told me to repeat it today", "abnormal_result"),
    ],
)
def test_need_flags_keep_the_administrative_category(
    monkeypatch: pytest.MonkeyPatch, category: str, text: str, rule: str
) -> None:
    _fake_classifier(monkeypatch, category, 0.9)
    result = triage(text)
    assert result.urgency is Urgency.URGENT
    assert result.category is Category(category)
    assert rule in {flag.rule for flag in result.red_flags}


def test_need_flag_without_symptom_moves_clinical_concern_to_the_need(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "clinical_concern", 0.5, refill_request=0.4)
    result = triage("This is my last pill of Xarelto, could the doctor send more to my pharmacy?")
    assert result.urgency is Urgency.URGENT
    assert result.category is Category.REFILL_REQUEST


def test_clinical_concern_with_current_symptom_and_no_red_flag_is_urgent(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "clinical_concern", 0.9)
    result = triage("my knee hurts when I climb stairs, should I ice it?")
    assert result.urgency is Urgency.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "My knees ache on and off, they have for years, same as always",
        "Ronco mucho desde hace años, me pueden mandar un estudio?",
    ],
)
def test_long_standing_complaint_is_routine(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    _fake_classifier(monkeypatch, "clinical_concern", 0.9)
    assert triage(text).urgency is Urgency.ROUTINE


def test_unsure_clinical_concern_without_any_symptom_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "clinical_concern", 0.3, administrative_question=0.25)
    result = triage("Which parking garage is closest to the east entrance?")
    assert result.category is Category.ADMINISTRATIVE_QUESTION
    assert result.urgency is Urgency.ROUTINE
    assert result.needs_review


def test_needs_review_when_context_suppressed_a_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "refill_request", 0.95)
    result = triage("no chest pain, just need my refill")
    assert result.urgency is Urgency.ROUTINE
    assert result.needs_review
    assert any(reason.startswith("ignored chest_pain") and '"no"' in reason for reason in result.reasons)


def test_needs_review_when_category_confidence_low(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "billing_question", engine.CATEGORY_REVIEW_THRESHOLD - 0.01)
    assert triage("question about my statement").needs_review


def test_no_review_when_confident_and_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "billing_question", 0.95)
    assert not triage("Why was I charged twice for my visit on 3/14?").needs_review


def test_triage_contract_and_json() -> None:
    result = triage("No puedo respirar, ayuda", channel="sms")
    assert isinstance(result, Triage)
    assert result.category is Category.CLINICAL_CONCERN
    assert result.urgency is Urgency.EMERGENCY
    assert result.language is Language.ES
    assert all(isinstance(flag, RedFlag) for flag in result.red_flags)
    payload = json.loads(json.dumps(result.to_dict()))
    assert payload["urgency"] == "emergency"
    assert payload["red_flags"][0]["matched"] == "No puedo respirar"
    with pytest.raises(AttributeError):
        result.urgency = Urgency.ROUTINE  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "?", "ok", "x" * 5000])
def test_degenerate_input_does_not_crash(text: str) -> None:
    result = triage(text)
    assert result.urgency in set(Urgency)


def test_deterministic() -> None:
    text = "My mom's face is drooping and she can't lift her arm. Necesitamos ayuda."
    first = triage(text, "sms")
    for _ in range(5):
        assert triage(text, "sms") == first


def test_clinical_concern_with_only_past_symptoms_takes_the_runner_up(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "clinical_concern", 0.7, follow_up_question=0.25)
    result = triage("The chest tightness from my pneumonia in March went away weeks ago. Is the recheck still needed?")
    assert result.category is Category.FOLLOW_UP_QUESTION
    assert result.urgency is Urgency.ROUTINE
    assert result.needs_review


def test_confident_clinical_concern_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_classifier(monkeypatch, "clinical_concern", 0.9, follow_up_question=0.05)
    result = triage("Ya no tengo dolor de pecho, gracias.")
    assert result.category is Category.CLINICAL_CONCERN
    assert result.urgency is Urgency.ROUTINE
