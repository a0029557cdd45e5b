"""Callbacks: a case's promise to call the patient, and every attempt to keep it.

A callback belongs to one case; a case has at most one open callback at a time. The
`open_for_case_id` column carries the case id while the callback is open and NULL once it is
closed, and is UNIQUE: two requests racing to open a second callback on the same case cannot
both commit, on SQLite or PostgreSQL, without relying on partial indexes.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from careloop.db import Base, IdType, UTCDateTime, utcnow


class CallbackStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CallbackFinalStatus(StrEnum):
    COMPLETED = "completed"
    UNABLE_TO_REACH = "unable_to_reach"
    TRANSFERRED_TO_CLINICAL = "transferred_to_clinical"
    CANCELLED_BY_PATIENT = "cancelled_by_patient"


class CallbackReason(StrEnum):
    """Why the clinic owes the patient a call."""

    VOICEMAIL = "voicemail"
    MISSED_CALL = "missed_call"
    ABANDONED_CALL = "abandoned_call"
    CALL_ME_REQUEST = "call_me_request"
    # A staff member promised a call (e.g. during a live call or while working the case).
    STAFF_REQUEST = "staff_request"


class AttemptOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL_LEFT = "voicemail_left"
    MESSAGE_WITH_OTHER_PERSON = "message_with_other_person"
    WRONG_NUMBER = "wrong_number"
    BUSY = "busy"


# Outcomes where something was said on the patient's behalf: the message is always the
# playbook's approved minimum-necessary script, never free text (a household member hears it).
MESSAGE_OUTCOMES = frozenset({AttemptOutcome.VOICEMAIL_LEFT, AttemptOutcome.MESSAGE_WITH_OTHER_PERSON})


class NextAction(StrEnum):
    CALL = "call"
    # The number turned out wrong: find the right one before (or while) trying again.
    CONFIRM_NUMBER = "confirm_number"
    # Attempts are exhausted on a clinical case: a clinician decides what happens next.
    CLINICAL_FOLLOW_UP = "clinical_follow_up"


class Callback(Base):
    __tablename__ = "callbacks"
    __table_args__ = (
        # Work lists and the worker: open callbacks by when their next action is due.
        Index("ix_callbacks_status_due", "status", "next_action_due_at"),
        # Dedupe: a patient's open callbacks.
        Index("ix_callbacks_patient_status", "patient_id", "status"),
        # Metrics: a clinic's callbacks by when they were requested.
        Index("ix_callbacks_clinic_received", "clinic_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    open_for_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=CallbackStatus.OPEN.value)
    reason: Mapped[str] = mapped_column(String(24))
    # When the patient asked (or first called): the same-day and time-to-first-attempt clocks
    # start here, not when the row was written.
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    patient_name: Mapped[str | None] = mapped_column(String(200))
    # E.164; the patient's preferred callback number, editable by staff.
    phone: Mapped[str | None] = mapped_column(String(20))
    # The patient's words ("mornings", "after 5pm"); scheduling uses them when it understands them.
    preference: Mapped[str | None] = mapped_column(String(200))
    # Calling windows are the patient's local time; the clinic's zone unless staff know better.
    timezone: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))
    # Who is making the calls; NULL means whoever works the case's owner queue.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    attempts_made: Mapped[int] = mapped_column(Integer, default=0)
    contact_count: Mapped[int] = mapped_column(Integer, default=1)
    first_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_action: Mapped[str | None] = mapped_column(String(32))
    next_action_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the worker next has something to do with the row (remind the owner that an attempt
    # is due); NULL once done. Kept apart from next_action_due_at so an overdue callback stays
    # overdue in the work list without the worker reminding about it on every tick.
    reminder_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    handed_to_clinical_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    final_status: Mapped[str | None] = mapped_column(String(32))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CallbackAttempt(Base):
    """One call. Never edited: a correction is a new event on the case, not a rewritten attempt."""

    __tablename__ = "callback_attempts"
    # Two people logging "attempt 2" at once: exactly one of them gets it.
    __table_args__ = (UniqueConstraint("callback_id", "number"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"), index=True)
    callback_id: Mapped[int] = mapped_column(ForeignKey("callbacks.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(48))
    number_dialled: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(32))
    message_left: Mapped[bool] = mapped_column(Boolean, default=False)
    # Exactly what was said when a message was left (the rendered approved script).
    message_text: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
