"""The shipped default playbook: complete, safe, readable, and in both languages."""

from __future__ import annotations

import re

import phonenumbers
import yaml

from careloop.clock import BusinessCalendar
from careloop.labels import (
    ASYNCHRONOUS_CHANNELS,
    CLINICAL_CATEGORIES,
    CLINICAL_QUEUES,
    Category,
    Channel,
    Language,
    Queue,
)
from careloop.playbook import (
    CLINIC_PLACEHOLDERS,
    DEFAULT_PLAYBOOK_PATH,
    Playbook,
    load_default_playbook,
    load_playbook,
    parse_playbook_text,
)

from .conftest import DEFAULT_TEXT


def test_default_playbook_loads_and_is_cached(playbook: Playbook) -> None:
    assert isinstance(playbook, Playbook)
    assert load_default_playbook() is playbook
    assert load_playbook(DEFAULT_PLAYBOOK_PATH).model_dump() == playbook.model_dump()


def test_dumped_playbook_loads_back_the_same(playbook: Playbook) -> None:
    # Durations and hours serialise back to the words in the file, so tools can write playbooks.
    dumped = playbook.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert dumped["categories"]["refill_request"]["first_response"] == {"within": "4h", "clock": "business"}
    assert dumped["closures"][0]["from"] == "2026-12-24"
    again = parse_playbook_text(yaml.safe_dump(dumped, allow_unicode=True, sort_keys=False))
    assert again.model_dump() == playbook.model_dump()


def test_clinic_details(playbook: Playbook) -> None:
    clinic = playbook.clinic
    assert clinic.name == "Maple Street Family Medicine"
    assert clinic.slug == "maple-street"
    assert clinic.timezone == "America/Los_Angeles"
    assert clinic.languages == [Language.EN, Language.ES]
    assert clinic.emergency_number == "911"
    # Stored in E.164, and a number the phone plan really has (not merely the right length).
    assert re.fullmatch(r"\+1\d{10}", clinic.phone)
    assert phonenumbers.is_valid_number(phonenumbers.parse(clinic.phone))
    assert clinic.phone_display == "(415) 867-2300"


def test_every_channel_has_a_rule_with_a_way_to_answer(playbook: Playbook) -> None:
    for channel in Channel:
        rule = playbook.channel_rule(channel)
        assert isinstance(rule.owner, Queue)
        assert rule.asynchronous == (channel in ASYNCHRONOUS_CHANNELS)
        assert rule.live_answer != (rule.first_response is not None)
    assert playbook.channel_rule("phone_call").live_answer
    assert str(playbook.channel_rule(Channel.SMS).first_response) == "2h business"
    assert str(playbook.channel_rule(Channel.PORTAL).first_response) == "2h business"


def test_every_category_has_owner_standards_and_ladder(playbook: Playbook) -> None:
    for category in Category:
        rule = playbook.category_rule(category)
        assert isinstance(rule.owner, Queue)
        assert rule.first_response.basis in {"business", "calendar"}
        assert rule.escalation, f"{category} has no escalation ladder"
        if category in CLINICAL_CATEGORIES:
            assert rule.administrative_may_resolve is False
            assert rule.owner in CLINICAL_QUEUES
    refill = playbook.category_rule(Category.REFILL_REQUEST)
    assert refill.owner is Queue.CLINICAL_INBOX
    assert str(refill.resolution) == "1 business day"
    assert str(playbook.category_rule("test_result_question").resolution) == "2 business days"
    assert str(playbook.category_rule("billing_question").resolution) == "2 business days"
    assert playbook.category_rule("administrative_question").administrative_may_resolve


def test_urgency_rules_are_clinical_and_calendar(playbook: Playbook) -> None:
    for urgency in ("emergency", "urgent"):
        rule = playbook.urgency_rule(urgency)
        assert rule is not None and rule.owner in CLINICAL_QUEUES
        assert rule.first_response.basis == rule.resolution.basis == "calendar"
    assert str(playbook.urgency.emergency.first_response) == "15m calendar"
    assert str(playbook.urgency.urgent.first_response) == "1h calendar"
    assert playbook.urgency_rule("routine") is None


def test_first_response_templates_cover_every_category_and_language(playbook: Playbook) -> None:
    for category in Category:
        for language in Language:
            template = playbook.first_response_template(category, language)
            assert template.name == f"first_response.{category.value}"
            # Sent automatically before anyone reads the message: clinic values must suffice.
            assert template.placeholders <= set(CLINIC_PLACEHOLDERS)
            text = playbook.render(template)
            assert "{" not in text and text.strip()
            if category in CLINICAL_CATEGORIES:
                assert "911" in text


def test_seed_phrases_are_in_the_templates(playbook: Playbook) -> None:
    english = playbook.render(playbook.first_response_template("new_appointment", "en"))
    spanish = playbook.render(playbook.first_response_template("new_appointment", "es"))
    assert "I can help with scheduling" in english
    assert "Puedo ayudarle con su cita" in spanish
    clinical = playbook.render(playbook.first_response_template("clinical_concern", "en"))
    assert clinical == (
        "I received your question and will route it to the clinical team. If you are experiencing "
        "urgent symptoms, call 911 or go to the nearest emergency room."
    )
    assert "sala de emergencias" in playbook.render(playbook.first_response_template("clinical_concern", "es"))


def test_emergency_template_in_both_languages(playbook: Playbook) -> None:
    english = playbook.render(playbook.emergency_template("en"))
    spanish = playbook.render(playbook.emergency_template(Language.ES))
    assert "call 911" in english and "emergency room" in english and "clinical team" in english
    assert "llame al 911" in spanish and "sala de emergencias" in spanish and "equipo clínico" in spanish


def test_named_reply_templates_exist_in_both_languages(playbook: Playbook) -> None:
    for name in ("appointment_confirmed", "records_ready", "callback_attempt", "unable_to_reach"):
        for language in Language:
            assert playbook.template(name, language).text


def test_phrase_guidance_has_the_required_phrases(playbook: Playbook) -> None:
    for phrase in ("That's not my department", "You'll have to call back", "I only answer phones",
                   "We are busy", "Check the portal", "no es mi departamento",
                   "tiene que volver a llamar", "estamos ocupados", "revise el portal"):
        assert playbook.check_phrases(phrase), phrase


def test_callbacks_section(playbook: Playbook) -> None:
    callbacks = playbook.callbacks
    assert callbacks.max_attempts == 3
    assert callbacks.spacing[1] == "next_business_morning"
    assert [str(r) for r in callbacks.calling_windows.saturday] == ["09:00-13:00"]
    assert callbacks.calling_windows.sunday == ()
    assert callbacks.after_final_attempt.administrative.then == "close_unable_to_reach"
    assert callbacks.after_final_attempt.clinical.then == "hand_to_clinical_owner"
    voicemail = playbook.render(playbook.voicemail_template("es"), staff_first_name="Ana", patient_first_name="Luis")
    assert "Maple Street Family Medicine" in voicemail and "(415) 867-2300" in voicemail


def test_webhook_names_an_environment_variable_not_a_secret(playbook: Playbook) -> None:
    assert playbook.outbound.webhook.url is None
    assert playbook.outbound.webhook.secret_env == "CARELOOP_WEBHOOK_SECRET"


def test_calendar_is_built_once_from_hours_holidays_and_closures(playbook: Playbook) -> None:
    calendar = playbook.calendar()
    assert isinstance(calendar, BusinessCalendar)
    assert playbook.calendar() is calendar
    assert calendar.holiday_country == "US" and calendar.holiday_subdivision == "CA"
    assert calendar.weekly_hours[5] == (("09:00", "12:00"),)
    assert calendar.weekly_hours[6] == ()


def test_every_section_is_explained_by_a_comment() -> None:
    # The file is read by practice managers: each top-level section starts after a comment.
    lines = DEFAULT_TEXT.splitlines()
    sections = [i for i, line in enumerate(lines) if re.match(r"^[a-z_]+:", line)]
    top_level = yaml.safe_load(DEFAULT_TEXT).keys()
    assert len(sections) == len(top_level)
    for index in sections:
        if lines[index].startswith("version:"):
            continue
        assert lines[index - 1].startswith("#"), f"no comment above {lines[index]!r}"
