"""Approved message templates: first responses per category, the emergency message, staff replies.

Templates are acknowledgements that route; they never give clinical advice. Placeholders are
written `{clinic_name}`; a template may only use the placeholders listed here, checked when the
playbook loads, and rendering refuses to send a template with a value missing.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, Field, create_model, model_validator

from careloop.labels import CLINICAL_CATEGORIES, Category, Language

from .errors import TemplateRenderError, raise_issues
from .fields import Section

# Filled in from the playbook's clinic section by Playbook.render, so any template may use them.
CLINIC_PLACEHOLDERS: dict[str, str] = {
    "clinic_name": "the clinic's name",
    "clinic_phone": "the clinic's main phone number",
    "clinic_address": "the clinic's street address",
    "emergency_number": "the emergency number, e.g. 911",
}
# Supplied by whoever sends the message.
CASE_PLACEHOLDERS: dict[str, str] = {
    "patient_first_name": "the patient's first name",
    "staff_first_name": "the first name of the staff member sending or calling",
    "provider_name": "the provider's name as patients know it, e.g. Dr. Rivera",
    "appointment_date": "the appointment date, written out",
    "appointment_time": "the appointment time",
    "case_reference": "the case's short reference number",
}
KNOWN_PLACEHOLDERS: dict[str, str] = {**CLINIC_PLACEHOLDERS, **CASE_PLACEHOLDERS}

# A voicemail can be heard by anyone in the household: minimum necessary information only.
VOICEMAIL_PLACEHOLDERS = frozenset({"clinic_name", "clinic_phone", "patient_first_name", "staff_first_name"})


def placeholders_in(text: str) -> list[str]:
    """Placeholder names in a template, in order; raises ValueError for malformed braces."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValueError(
            "has an unmatched { or }; write placeholders like {clinic_name}, and {{ or }} for a brace"
        ) from None
    names = []
    for _, name, format_spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or format_spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{format_spec}" if format_spec else "") + "}"
            raise ValueError(f"{shown} is not a placeholder; write placeholders like {{clinic_name}}")
        names.append(name)
    return names


def _known_list(names) -> str:
    return ", ".join("{" + name + "}" for name in sorted(names))


def _checked(allowed: frozenset[str], why_restricted: str | None):
    def check(text: str) -> str:
        for name in placeholders_in(text):
            if name not in KNOWN_PLACEHOLDERS:
                raise ValueError(f"unknown placeholder {{{name}}} (known: {_known_list(KNOWN_PLACEHOLDERS)})")
            if name not in allowed:
                raise ValueError(f"{{{name}}} cannot be used here: {why_restricted} (use {_known_list(allowed)})")
        return text

    return check


def _text_type(allowed: frozenset[str], why_restricted: str | None = None) -> Any:
    return Annotated[str, Field(min_length=1), AfterValidator(_checked(allowed, why_restricted))]


ReplyText = _text_type(frozenset(KNOWN_PLACEHOLDERS))
# First responses and the emergency message go out automatically the moment a message arrives,
# before anyone has looked at it, so they can only use what the playbook itself knows.
ImmediateText = _text_type(
    frozenset(CLINIC_PLACEHOLDERS), "it is sent automatically before anyone has read the message"
)
VoicemailText = _text_type(VOICEMAIL_PLACEHOLDERS, "a voicemail may be heard by others; minimum necessary only")


def _per_language(model_name: str, text_type: Any) -> type[Section]:
    """A model with one required text per Language, so a missing translation is an error."""
    fields = {language.value: (text_type, ...) for language in Language}
    return create_model(model_name, __base__=Section, **fields)  # type: ignore[call-overload]


ImmediateTexts = _per_language("ImmediateTexts", ImmediateText)
ReplyTexts = _per_language("ReplyTexts", ReplyText)
VoicemailTexts = _per_language("VoicemailTexts", VoicemailText)

FirstResponseTemplates = create_model(  # type: ignore[call-overload]
    "FirstResponseTemplates", __base__=Section, **{category.value: (ImmediateTexts, ...) for category in Category}
)

ReplyName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class TemplatesSection(Section):
    first_response: FirstResponseTemplates  # type: ignore[valid-type]
    emergency: ImmediateTexts  # type: ignore[valid-type]
    replies: dict[ReplyName, ReplyTexts] = Field(default_factory=dict)  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _clinical_messages_say_what_to_do_in_an_emergency(self) -> TemplatesSection:
        # Invariant 2/3: a patient with clinical content may be having an emergency we did not
        # detect; every automatic reply to them must say where to go.
        issues = []
        must_mention = [(("emergency",), self.emergency)] + [
            (("first_response", category.value), getattr(self.first_response, category.value))
            for category in sorted(CLINICAL_CATEGORIES)
        ]
        for path, texts in must_mention:
            for language in Language:
                if "emergency_number" not in placeholders_in(getattr(texts, language.value)):
                    issues.append(
                        (path + (language.value,), "must tell the patient to call {emergency_number} in an emergency")
                    )
        raise_issues(issues)
        return self


@dataclass(frozen=True)
class Template:
    """One approved text in one language, ready to render."""

    name: str  # "first_response.refill_request", "emergency", "records_ready", ...
    language: Language
    text: str

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(placeholders_in(self.text))

    def render(self, **values: object) -> str:
        """Fill every placeholder; refuses (TemplateRenderError) if any value is missing or blank."""
        given = {name: str(value) for name, value in values.items() if value is not None and str(value).strip()}
        missing = self.placeholders - given.keys()
        if missing:
            raise TemplateRenderError(self.name, self.language.value, missing)
        return self.text.format(**{name: given[name] for name in self.placeholders})


def template_from(texts: Section, name: str, language: Language | str) -> Template:
    language = Language(language)
    return Template(name=name, language=language, text=getattr(texts, language.value))
