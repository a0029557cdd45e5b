"""What an integration or a staff member posts to record a contact, and what they get back."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from careloop.labels import Category, Channel, Language, Queue, Urgency

EMAIL_PATTERN = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
MAX_TEXT_LENGTH = 20_000

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


def normalize_email(value: str) -> str:
    value = value.strip().lower()
    if len(value) > 254 or not EMAIL_PATTERN.match(value):
        raise ValueError(f"{value!r} is not an email address")
    return value


class PatientIdentifiers(BaseModel):
    """What the channel knows about who wrote. All optional; more identifiers, better match."""

    model_config = ConfigDict(extra="forbid")

    first_name: ShortText | None = None
    last_name: ShortText | None = None
    date_of_birth: date | None = None
    mrn: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)] | None = None
    phone: str | None = Field(default=None, description="Any format; stored in E.164.")
    email: str | None = None
    preferred_language: Language | None = None
    callback_phone: str | None = Field(default=None, description="Number to call back, if not `phone`.")
    callback_preference: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        return None if value is None else normalize_email(value)

    @field_validator("date_of_birth")
    @classmethod
    def _dob_in_past(cls, value: date | None) -> date | None:
        if value is not None and (value > date.today() or value.year < 1890):
            raise ValueError("date of birth must be a real past date")
        return value


class ContactIn(BaseModel):
    """One inbound touch in one channel, as the channel delivered it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "channel": "sms",
                    "sender": "+14155550123",
                    "text": "Hi, can I get a refill of my lisinopril? Thanks",
                    "received_at": "2026-11-23T17:05:00Z",
                    "channel_message_id": "SM5f3c0d9e8b7a6c5d4e3f2a1b0c9d8e7f",
                }
            ]
        },
    )

    channel: Channel
    sender: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=254)] = Field(
        description="Phone number for sms/phone_call/voicemail, email address for email, "
        "portal user, partner or staff name for the other channels."
    )
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT_LENGTH)] = Field(
        description="The patient's words, verbatim (a transcript for calls and voicemails)."
    )
    received_at: AwareDatetime = Field(description="When the channel received it, with a time zone.")
    subject: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None
    channel_message_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)] | None = Field(
        default=None,
        description="The channel's own id. Posting the same id twice stores one contact.",
    )
    patient: PatientIdentifiers | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value


class ContactOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    channel: Channel
    direction: str
    sender: str
    subject: str | None
    text: str
    language: Language
    channel_message_id: str | None
    received_at: datetime
    patient_id: int | None


class RedFlagOut(BaseModel):
    rule: str
    urgency: Urgency
    matched: str
    start: int
    end: int
    language: str | None = None


class CaseSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    patient_id: int | None
    category: Category
    urgency: Urgency
    language: Language
    owner_queue: Queue
    assignee_id: int | None
    status: str
    final_status: str | None
    subject: str
    first_response_due_at: datetime | None
    resolution_due_at: datetime | None
    due_at: datetime | None
    first_responded_at: datetime | None
    resolved_at: datetime | None
    escalation_level: int
    needs_review: bool
    triage_confidence: float
    red_flags: list[RedFlagOut]
    triage_reasons: list[str]
    created_at: datetime
    last_contact_at: datetime


class OutboxOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    channel: str
    recipient: str
    language: Language
    template: str
    body: str
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    last_error: str | None


class PatientRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    first_name: str | None
    last_name: str | None
    date_of_birth: date | None
    mrn: str | None
    preferred_language: str | None


class ContactAccepted(BaseModel):
    """The answer to a posted contact: the case it now belongs to."""

    duplicate: bool = Field(description="True when this channel message id was already stored.")
    new_case: bool
    patient_match: str = Field(description="mrn_and_dob, email, phone, created or ambiguous.")
    contact: ContactOut
    case: CaseSummary
    patient: PatientRef | None
    messages_queued: list[OutboxOut]
    alerts_raised: int


def error_detail(field: tuple[Any, ...], message: str, kind: str = "value_error") -> dict[str, Any]:
    """One entry of a 422 `detail` list, in FastAPI's own shape, so clients parse one format."""
    return {"loc": list(field), "msg": message, "type": kind}
