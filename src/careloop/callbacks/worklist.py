"""The daily callback work list: per queue or per staff member, callable calls first.

Order, and why:
1. callbacks that may be made right now (inside the calling windows and the patient's
   preference) come first — a call that cannot be made yet should not block one that can;
2. for a staff member, calls in a language they speak beyond English come next (Spanish
   callbacks are offered to Spanish speakers first), and calls in a language they do not speak
   go last;
3. then overdue, due now, due later today; then urgency; then the due time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from careloop.callbacks import rules
from careloop.callbacks.models import Callback, CallbackStatus
from careloop.cases.models import OPEN_STATUSES, Case
from careloop.clinics.models import Clinic
from careloop.labels import QUEUES_BY_ROLE, Language, Queue, Role
from careloop.playbook import Playbook
from careloop.staff.models import Membership, Staff

# An attempt not made within an hour of coming due is late: the patient was told "soon".
OVERDUE_AFTER = timedelta(hours=1)
BUCKETS = ("overdue", "due_now", "due_today")


@dataclass
class WorklistItem:
    callback: Callback
    case: Case
    bucket: str
    callable_now: bool
    # How well the language suits the person the list is for: 0 their non-English language,
    # 1 a language they speak, 2 one they do not (None for a queue's list).
    language_rank: int | None
    speakers: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Worklist:
    clinic: Clinic
    day: date
    queue: Queue | None
    staff: Staff | None
    items: list[WorklistItem]

    def count(self, bucket: str) -> int:
        return sum(1 for item in self.items if item.bucket == bucket)


def day_bounds(day: date, timezone: str) -> tuple[datetime, datetime]:
    zone = ZoneInfo(timezone)
    start = datetime.combine(day, time(), tzinfo=zone)
    return start, datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)


def bucket_of(due: datetime, now: datetime) -> str:
    if due <= now - OVERDUE_AFTER:
        return "overdue"
    return "due_now" if due <= now else "due_today"


def language_rank(language: str, speaks: list[str]) -> int:
    if language in speaks:
        return 0 if language != Language.EN.value else 1
    return 2


def callback_worklist(
    *, session: Session, clinic: Clinic, playbook: Playbook, now: datetime, day: date | None = None,
    queue: Queue | None = None, staff: Staff | None = None,
) -> Worklist:
    """Open callbacks due by the end of `day` (the clinic's local today by default)."""
    zone = ZoneInfo(playbook.clinic.timezone)
    day = day or now.astimezone(zone).date()
    _, end = day_bounds(day, playbook.clinic.timezone)
    query = (
        select(Callback, Case).join(Case, Case.id == Callback.case_id)
        .where(Callback.clinic_id == clinic.id, Callback.status == CallbackStatus.OPEN.value,
               Case.status.in_(OPEN_STATUSES), Callback.next_action_due_at < end)
    )
    if queue is not None:
        query = query.where(Case.owner_queue == queue.value)
    speaks: list[str] = []
    if staff is not None:
        role = session.scalar(select(Membership.role).where(
            Membership.staff_id == staff.id, Membership.clinic_id == clinic.id))
        queues = sorted(q.value for q in QUEUES_BY_ROLE[Role(role)]) if role else []
        speaks = list(staff.languages or [])
        # Theirs: assigned to them, or unassigned in a queue their role works.
        query = query.where(or_(
            Callback.assignee_id == staff.id,
            (Callback.assignee_id.is_(None)) & Case.owner_queue.in_(queues)
            & (Case.assignee_id.is_(None) | (Case.assignee_id == staff.id)),
        ))
    callback_rules = rules.CallbackRules.from_playbook(playbook)
    speakers = _speakers(session, clinic.id) if staff is None else {}
    items = []
    for callback, case in session.execute(query):
        preference = rules.understood_preference(callback.preference)
        items.append(WorklistItem(
            callback=callback, case=case, bucket=bucket_of(callback.next_action_due_at, now),
            callable_now=rules.is_callable(callback_rules, now, callback.timezone, preference),
            language_rank=language_rank(callback.language, speaks) if staff is not None else None,
            speakers=[(sid, name) for sid, name, langs, queues in speakers.get(callback.language, [])
                      if case.owner_queue in queues],
        ))
    items.sort(key=lambda item: (
        not item.callable_now, item.language_rank or 0, BUCKETS.index(item.bucket), -item.case.urgency_rank,
        item.callback.next_action_due_at, item.callback.id))
    return Worklist(clinic=clinic, day=day, queue=queue, staff=staff, items=items)


def _speakers(session: Session, clinic_id: int) -> dict[str, list[tuple[int, str, list[str], set[str]]]]:
    """Per language, the clinic's active staff who speak it (with the queues their role works)."""
    by_language: dict[str, list[tuple[int, str, list[str], set[str]]]] = {}
    rows = session.execute(
        select(Staff, Membership.role).join(Membership, Membership.staff_id == Staff.id)
        .where(Membership.clinic_id == clinic_id, Staff.active.is_(True)).order_by(Staff.name, Staff.id))
    for person, role in rows:
        queues = {q.value for q in QUEUES_BY_ROLE[Role(role)]}
        for language in person.languages or []:
            by_language.setdefault(language, []).append((person.id, person.name, person.languages, queues))
    return by_language
