"""Template rendering and placeholder rules."""

from __future__ import annotations

import pytest

from careloop.labels import Language
from careloop.playbook import (
    PlaybookError,
    Template,
    TemplateRenderError,
    parse_playbook_text,
)

from .conftest import edited, line_of


def test_render_fills_placeholders(playbook) -> None:
    template = playbook.template("appointment_confirmed", "en")
    text = playbook.render(
        template, patient_first_name="Rosa", provider_name="Dr. Chen",
        appointment_date="Tuesday, December 1", appointment_time="10:30 AM",
    )
    assert text.startswith("Hi Rosa, your appointment with Dr. Chen is confirmed for Tuesday, December 1")
    assert "1200 Maple Street" in text and "(415) 867-2300" in text


def test_render_refuses_missing_or_blank_values(playbook) -> None:
    template = playbook.template("records_ready", "es")
    with pytest.raises(TemplateRenderError) as caught:
        playbook.render(template)
    assert caught.value.missing == ["patient_first_name"]
    assert "records_ready" in str(caught.value) and "(es)" in str(caught.value)
    with pytest.raises(TemplateRenderError):
        playbook.render(template, patient_first_name="   ")
    with pytest.raises(TemplateRenderError):
        playbook.render(template, patient_first_name=None)


def test_template_render_without_clinic_values_refuses_them() -> None:
    template = Template(name="t", language=Language.EN, text="Call {clinic_phone}, {patient_first_name}.")
    assert template.placeholders == {"clinic_phone", "patient_first_name"}
    with pytest.raises(TemplateRenderError) as caught:
        template.render(patient_first_name="Ana")
    assert caught.value.missing == ["clinic_phone"]
    assert template.render(patient_first_name="Ana", clinic_phone="1", unused="x") == "Call 1, Ana."


def test_values_are_inserted_literally() -> None:
    template = Template(name="t", language=Language.EN, text="Hi {patient_first_name} {{not a placeholder}}")
    assert template.render(patient_first_name="{clinic_name}") == "Hi {clinic_name} {not a placeholder}"


def test_unknown_reply_template_names_the_known_ones(playbook) -> None:
    with pytest.raises(KeyError, match="records_ready"):
        playbook.template("records_redy", "en")


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("Hi {patient_first_name}, the records", "Hi {patient_name}, the records",
         "templates.replies.records_ready.en", "unknown placeholder {patient_name}"),
        ("Hola, {patient_first_name}. Los expedientes", "Hola, {nombre}. Los expedientes",
         "templates.replies.records_ready.es", "unknown placeholder {nombre}"),
        ("Thank you for your request. Our records team", "Hi {patient_first_name}. Our records team",
         "templates.first_response.records_request.en", "{patient_first_name} cannot be used here"),
        ("If this is an emergency, call {emergency_number}", "{patient_first_name}, call {emergency_number}",
         "templates.emergency.en", "{patient_first_name} cannot be used here"),
        ("calling for {patient_first_name}. Please", "calling about {appointment_date}. Please",
         "callbacks.voicemail_script.en", "a voicemail may be heard by others"),
        ("Hi {patient_first_name}, the records", "Hi {patient_first_name:>9}, the records",
         "templates.replies.records_ready.en", "is not a placeholder"),
        ("Hi {patient_first_name}, the records", "Hi {patient.name}, the records",
         "templates.replies.records_ready.en", "is not a placeholder"),
        ("Hi {patient_first_name}, the records", "Hi {patient_first_name, the records",
         "templates.replies.records_ready.en", "unmatched { or }"),
        ("we tried several times", "we are busy and tried several times",
         "templates.replies.unable_to_reach.en", "which phrase guidance avoids"),
    ],
)
def test_placeholder_and_wording_problems_name_template_and_language(old, new, field, message) -> None:
    text = edited(old, new)
    with pytest.raises(PlaybookError) as caught:
        parse_playbook_text(text, source="maple.yaml")
    [issue] = caught.value.issues
    assert issue.field == field
    assert message in issue.message
    assert issue.line == line_of(text, new)


def test_clinical_first_response_must_give_the_emergency_number() -> None:
    old = ("I received your refill request and will route it to the clinical team. If you are experiencing "
           "urgent symptoms, call {emergency_number} or go to the nearest emergency room.")
    text = edited(old, "I received your refill request and will route it to the clinical team.")
    with pytest.raises(PlaybookError) as caught:
        parse_playbook_text(text)
    assert caught.value.field == "templates.first_response.refill_request.en"
    assert "{emergency_number}" in caught.value.message
