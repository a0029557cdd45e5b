from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from careloop.db import Base, IdType, UTCDateTime, utcnow


class CaseStatus(StrEnum):
    OPEN = "open"
    # The clock stops while the clinic waits on the patient (issue: queues and clocks).
    WAITING_ON_PATIENT = "waiting_on_patient"
    RESOLVED = "resolved"


OPEN_STATUSES = (CaseStatus.OPEN.value, CaseStatus.WAITING_ON_PATIENT.value)


class Case(Base):
    """One patient need, with an owner queue and due times while it is open (invariant 1)."""

    __tablename__ = "cases"
    __table_args__ = (
        # Work lists: a queue's open cases by urgency then due time.
        Index("ix_cases_worklist", "clinic_id", "status", "owner_queue", "urgency_rank", "due_at"),
        # Threading: a patient's open cases.
        Index("ix_cases_patient_status", "patient_id", "status"),
        # The clocks sweep: open cases whose next deadline has passed.
        Index("ix_cases_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"), index=True)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(16))
    # Stored next to the code so SQL can sort by it; 2 = emergency, 1 = urgent, 0 = routine.
    urgency_rank: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(2))
    owner_queue: Mapped[str] = mapped_column(String(32))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(24), default=CaseStatus.OPEN.value)
    final_status: Mapped[str | None] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(200))
    # When the patient first reached out: the clocks start here, not when a row was written.
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # "business" or "calendar" per deadline, so a pause can give back exactly the time it took.
    first_response_basis: Mapped[str] = mapped_column(String(8), default="calendar")
    resolution_basis: Mapped[str] = mapped_column(String(8), default="calendar")
    first_response_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The next deadline that matters: first response until someone has answered, then resolution.
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set while status is waiting_on_patient: the clocks resume from here.
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    clinically_reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    clinically_reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    # The ladder step to run next (index into the playbook's escalation list) and when it is due;
    # NULL when no step remains or the clock is paused. The sweep claims rows by this column.
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    next_escalation_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    triage_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    red_flags: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    triage_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    last_contact_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseEvent(Base):
    """The append-only log of a case: who did what, when. Never updated, never deleted; the
    migration installs triggers that refuse UPDATE and DELETE on both databases."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case", "case_id", "id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(48))
    # actor: "staff:<id>", "integration:<id>", "patient", "system"
    actor: Mapped[str] = mapped_column(String(48))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Alert(Base):
    """A notice to a queue's people that needs acknowledging (e.g. an emergency on SMS)."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_open", "clinic_id", "queue", "acknowledged_at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    queue: Mapped[str] = mapped_column(String(32))
    # A notice for one person (e.g. the assignee); NULL means everyone working the queue.
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


# "Take next" reads the top unassigned open case of one queue. This partial index holds exactly
# those rows in exactly that order, so the claim is one short index scan even with a million
# open cases (taken and closed cases are not in it at all).
Index(
    "ix_cases_take_next",
    Case.clinic_id,
    Case.owner_queue,
    Case.urgency_rank.desc(),
    Case.due_at,
    Case.id,
    postgresql_where=(Case.status == "open") & Case.assignee_id.is_(None),
    sqlite_where=(Case.status == "open") & Case.assignee_id.is_(None),
)
