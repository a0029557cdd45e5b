"""The daily open-items list: every open case by owner queue, overdue first. Read-only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.cases.models import OPEN_STATUSES, Case, CaseStatus
from careloop.db import utcnow
from careloop.labels import Queue
from careloop.staff.models import Staff


@dataclass(frozen=True)
class OpenItem:
    case_id: int
    subject: str
    category: str
    urgency: str
    language: str
    status: str
    owner_queue: str
    assignee: str | None
    due_at: datetime | None
    overdue_minutes: int  # 0 when not overdue; paused cases never count as overdue

    @property
    def overdue(self) -> bool:
        return self.overdue_minutes > 0


@dataclass
class QueueOpenItems:
    queue: str
    items: list[OpenItem] = field(default_factory=list)

    @property
    def open(self) -> int:
        return len(self.items)

    @property
    def overdue(self) -> int:
        return sum(item.overdue for item in self.items)

    @property
    def waiting_on_patient(self) -> int:
        return sum(item.status == CaseStatus.WAITING_ON_PATIENT.value for item in self.items)


def open_items(*, session: Session, clinic_id: int, queue: Queue | None = None,
               now: datetime | None = None) -> list[QueueOpenItems]:
    """Open cases grouped by owner queue (queues with overdue work first), each queue's list
    overdue first (most overdue on top), then by urgency and due time."""
    now = now or utcnow()
    query = (
        select(Case, Staff.name)
        .outerjoin(Staff, Staff.id == Case.assignee_id)
        .where(Case.clinic_id == clinic_id, Case.status.in_(OPEN_STATUSES))
    )
    if queue is not None:
        query = query.where(Case.owner_queue == queue.value)
    by_queue: dict[str, QueueOpenItems] = {}
    for case, assignee in session.execute(query):
        overdue = 0
        if case.status == CaseStatus.OPEN.value and case.due_at is not None and case.due_at < now:
            overdue = max(1, int((now - case.due_at).total_seconds() // 60))
        item = OpenItem(
            case_id=case.id, subject=case.subject, category=case.category, urgency=case.urgency,
            language=case.language, status=case.status, owner_queue=case.owner_queue, assignee=assignee,
            due_at=case.due_at, overdue_minutes=overdue,
        )
        by_queue.setdefault(case.owner_queue, QueueOpenItems(queue=case.owner_queue)).items.append(item)
    far_future = datetime.max.replace(tzinfo=now.tzinfo)
    rank = {"emergency": 2, "urgent": 1, "routine": 0}
    for group in by_queue.values():
        group.items.sort(key=lambda i: (-i.overdue_minutes, -rank[i.urgency], i.due_at or far_future, i.case_id))
    return sorted(by_queue.values(), key=lambda g: (-g.overdue, -g.open, g.queue))
