"""Cases: opening, threading, the event log, and reading them back. Only these functions (and
the other features' service functions) change case data; every change writes an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careloop.cases.models import OPEN_STATUSES, Alert, Case, CaseEvent, CaseStatus
from careloop.db import utcnow
from careloop.intake.models import Contact
from careloop.labels import Category, Queue, Urgency
from careloop.messaging.models import OutboxMessage
from careloop.playbook import Playbook

SUBJECT_LENGTH = 120


class CaseError(ValueError):
    """A case action that the case's state or the caller's role does not allow."""


def record_event(
    *, session: Session, case: Case, kind: str, actor: str, data: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> CaseEvent:
    event = CaseEvent(
        clinic_id=case.clinic_id, case_id=case.id, kind=kind, actor=actor, data=data or {},
        at=at or utcnow(),
    )
    session.add(event)
    return event


def summarize(text: str, subject: str | None = None) -> str:
    """A one-line subject for work lists: the email subject if there is one, else the opening."""
    line = " ".join((subject or text).split())
    return line if len(line) <= SUBJECT_LENGTH else line[: SUBJECT_LENGTH - 1].rstrip() + "…"


def apply_clocks(case: Case, playbook: Playbook, start: datetime) -> None:
    """Set owner and due times from the playbook for the case's category and urgency."""
    due = playbook.due_times(Category(case.category), Urgency(case.urgency), start)
    case.owner_queue = Queue(playbook.owner_queue(Category(case.category), Urgency(case.urgency))).value
    case.first_response_due_at = due.first_response_due
    case.resolution_due_at = due.resolution_due
    case.first_response_basis = due.basis
    case.resolution_basis = due.resolution_basis
    case.due_at = case.first_response_due_at if case.first_responded_at is None else case.resolution_due_at


def open_case(
    *,
    session: Session,
    clinic_id: int,
    patient_id: int | None,
    category: Category,
    urgency: Urgency,
    language: str,
    subject: str,
    playbook: Playbook,
    received_at: datetime,
) -> Case:
    case = Case(
        clinic_id=clinic_id,
        patient_id=patient_id,
        category=category.value,
        urgency=urgency.value,
        urgency_rank=urgency.rank,
        language=language,
        status=CaseStatus.OPEN.value,
        subject=subject,
        opened_at=received_at,
        last_contact_at=received_at,
    )
    apply_clocks(case, playbook, received_at)
    session.add(case)
    session.flush()
    return case


def find_open_case_for_need(
    *, session: Session, clinic_id: int, patient_id: int, category: Category
) -> Case | None:
    """The patient's most recent open case for the same need, so they never start over."""
    return session.scalar(
        select(Case)
        .where(
            Case.clinic_id == clinic_id,
            Case.patient_id == patient_id,
            Case.category == category.value,
            Case.status.in_(OPEN_STATUSES),
        )
        .order_by(Case.last_contact_at.desc(), Case.id.desc())
        .limit(1)
    )


def raise_urgency(
    *, session: Session, case: Case, urgency: Urgency, category: Category, playbook: Playbook,
    received_at: datetime, actor: str, reason: str,
) -> bool:
    """A new contact can make a case more urgent (never less: lowering urgency is a person's
    decision). Returns True if anything changed."""
    if urgency.rank <= case.urgency_rank and category.value == case.category:
        return False
    before = {"urgency": case.urgency, "category": case.category, "owner_queue": case.owner_queue}
    if urgency.rank > case.urgency_rank:
        case.urgency = urgency.value
        case.urgency_rank = urgency.rank
    case.category = category.value
    previous_due = case.first_response_due_at
    apply_clocks(case, playbook, received_at)
    # A sooner deadline wins; a more urgent contact must never push the response later.
    if previous_due is not None and case.first_responded_at is None and case.first_response_due_at:
        case.first_response_due_at = min(previous_due, case.first_response_due_at)
        case.due_at = case.first_response_due_at
    record_event(
        session=session, case=case, kind="urgency_raised", actor=actor,
        data={"before": before, "after": {"urgency": case.urgency, "category": case.category,
              "owner_queue": case.owner_queue}, "reason": reason},
    )
    return True


def alert_queue(
    *, session: Session, case: Case, queue: Queue, kind: str, message: str, actor: str,
    staff_id: int | None = None,
) -> Alert:
    """Raise an alert for a queue (or one person in it) and record it on the case.

    No flush here: the sweep raises thousands of alerts per batch and they go out together at
    its commit; the event names the alert by queue, kind and message rather than by row id."""
    alert = Alert(clinic_id=case.clinic_id, case_id=case.id, queue=queue.value, staff_id=staff_id, kind=kind,
                  message=message)
    session.add(alert)
    record_event(
        session=session, case=case, kind="alert_raised", actor=actor,
        data={"queue": queue.value, "kind": kind, "message": message, **({"staff_id": staff_id} if staff_id else {})},
    )
    return alert


@dataclass(frozen=True)
class CaseFilters:
    queue: Queue | None = None
    status: str | None = None
    urgency: Urgency | None = None
    patient_id: int | None = None


@dataclass(frozen=True)
class CasePage:
    items: list[Case]
    total: int
    limit: int
    offset: int


def list_cases(
    *, session: Session, clinic_id: int, filters: CaseFilters, limit: int, offset: int
) -> CasePage:
    """A clinic's cases, most urgent first, then soonest due (closed ones last)."""
    query = select(Case).where(Case.clinic_id == clinic_id)
    if filters.queue is not None:
        query = query.where(Case.owner_queue == filters.queue.value)
    if filters.status is not None:
        query = query.where(Case.status == filters.status)
    if filters.urgency is not None:
        query = query.where(Case.urgency == filters.urgency.value)
    if filters.patient_id is not None:
        query = query.where(Case.patient_id == filters.patient_id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = list(
        session.scalars(
            query.order_by(Case.urgency_rank.desc(), Case.due_at.asc().nulls_last(), Case.id.asc())
            .limit(limit)
            .offset(offset)
        )
    )
    return CasePage(items=items, total=total, limit=limit, offset=offset)


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    contacts: list[Contact]
    events: list[CaseEvent]
    outbox: list[OutboxMessage]
    alerts: list[Alert]


def get_case_detail(*, session: Session, clinic_id: int, case_id: int) -> CaseDetail | None:
    case = session.scalar(select(Case).where(Case.id == case_id, Case.clinic_id == clinic_id))
    if case is None:
        return None
    return CaseDetail(
        case=case,
        contacts=list(session.scalars(
            select(Contact).where(Contact.case_id == case.id).order_by(Contact.received_at, Contact.id)
        )),
        events=list(session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        )),
        outbox=list(session.scalars(
            select(OutboxMessage).where(OutboxMessage.case_id == case.id).order_by(OutboxMessage.id)
        )),
        alerts=list(session.scalars(select(Alert).where(Alert.case_id == case.id).order_by(Alert.id))),
    )
