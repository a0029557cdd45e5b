"""The escalation ladder: when the next step of a case is due, and what running it does.

Times come from the playbook: each step is timed from one of the case's deadlines (a warning
before the breach, a step at the breach, further steps after it). The next step's time is kept
on the row (`next_escalation_at`, indexed) so the sweep finds due work with one indexed query and
a lost timer can never lose an escalation: truth lives in rows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from careloop.cases.models import Case, CaseStatus
from careloop.cases.service import alert_queue, record_event
from careloop.clock import BusinessCalendar
from careloop.labels import Category, Queue, Urgency
from careloop.playbook import EscalationStep, Playbook
from careloop.staff.models import Staff

# An urgent or emergency case that no clinician has reviewed keeps reminding the supervisor
# queue at this interval after its ladder has run out: it "stays escalated".
UNREVIEWED_REMINDER_INTERVAL = timedelta(minutes=30)


def ladder_for(case: Case, playbook: Playbook) -> list[EscalationStep]:
    urgency_rule = playbook.urgency_rule(Urgency(case.urgency))
    if urgency_rule is not None and urgency_rule.escalation:
        return list(urgency_rule.escalation)
    return list(playbook.category_rule(Category(case.category)).escalation)


def needs_clinical_review(case: Case) -> bool:
    return Urgency(case.urgency) is not Urgency.ROUTINE and case.clinically_reviewed_at is None


def _step_time(case: Case, step: EscalationStep) -> datetime | None:
    if step.deadline == "first_response":
        if case.first_responded_at is not None:
            return None  # answered: steps about the first response no longer apply
        deadline = case.first_response_due_at
    else:
        deadline = case.resolution_due_at
    if deadline is None:
        return None
    return deadline + step.signed_offset


def schedule_next_escalation(case: Case, playbook: Playbook, *, now: datetime) -> None:
    """Point the case at the next ladder step that still applies (or at none)."""
    if case.status != CaseStatus.OPEN.value:
        case.next_escalation_at = None
        return
    steps = ladder_for(case, playbook)
    level = case.escalation_level
    while level < len(steps):
        at = _step_time(case, steps[level])
        if at is not None:
            case.escalation_level = level
            case.next_escalation_at = at
            return
        level += 1
    case.escalation_level = len(steps)
    if needs_clinical_review(case):
        case.next_escalation_at = now + UNREVIEWED_REMINDER_INTERVAL
    else:
        case.next_escalation_at = None


def _assignee_is_working(session: Session, case: Case, at: datetime) -> bool:
    if case.assignee_id is None:
        return False
    staff = session.get(Staff, case.assignee_id)
    if staff is None or not staff.active:
        return False
    if not staff.working_hours:
        return True  # no hours recorded: treat as always reachable
    calendar = BusinessCalendar(timezone=staff.timezone, weekly_hours=_weekday_hours(staff.working_hours))
    return calendar.is_open(at)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_hours(working_hours: dict[str, list[str]]) -> dict[int, tuple[tuple[str, str], ...]]:
    hours: dict[int, tuple[tuple[str, str], ...]] = {}
    for index, day in enumerate(_WEEKDAYS):
        spans = working_hours.get(day) or []
        hours[index] = tuple(tuple(span.split("-", 1)) for span in spans)  # type: ignore[misc]
    return hours


def run_due_step(*, session: Session, case: Case, playbook: Playbook, now: datetime) -> str:
    """Run the step the case is due for, record it, and schedule the next. Returns the action."""
    steps = ladder_for(case, playbook)
    if case.escalation_level >= len(steps):
        # Past the ladder: only unreviewed urgent/emergency cases get here (see schedule).
        alert_queue(session=session, case=case, queue=Queue.SUPERVISOR, kind="unreviewed_clinical",
                    actor="system", message=f"{case.urgency} case still not reviewed by a clinician")
        record_event(session=session, case=case, kind="escalation_reminder", actor="system", at=now,
                     data={"reason": "not clinically reviewed"})
        case.next_escalation_at = now + UNREVIEWED_REMINDER_INTERVAL
        return "unreviewed_reminder"
    step = steps[case.escalation_level]
    clinical_urgent = Urgency(case.urgency) is not Urgency.ROUTINE
    data: dict[str, object] = {"level": case.escalation_level, "when": step.when, "action": step.action,
                               "deadline": step.deadline}
    if step.action == "notify_owner":
        # Reminders respect people's working hours unless the case is clinical-urgent; when the
        # assignee is off, the queue (whoever is on shift) gets the notice instead.
        target_staff = case.assignee_id if (clinical_urgent or _assignee_is_working(session, case, now)) else None
        alert_queue(session=session, case=case, queue=Queue(case.owner_queue), kind="deadline_warning",
                    actor="system", message=f"{case.subject[:80]} — deadline {step.when.replace('_', ' ')}",
                    staff_id=target_staff)
        data["notified_staff_id"] = target_staff
    elif step.action in ("notify_supervisor", "notify_manager"):
        alert_queue(session=session, case=case, queue=Queue.SUPERVISOR, kind=step.action, actor="system",
                    message=f"{case.owner_queue} case past its {step.deadline.replace('_', ' ')} deadline")
    elif step.action == "escalate":
        assert step.to is not None  # the playbook schema refuses escalate without `to`
        before = case.owner_queue
        case.owner_queue = Queue(step.to).value
        case.assignee_id = None
        data.update({"from": before, "to": case.owner_queue})
        alert_queue(session=session, case=case, queue=Queue(step.to), kind="escalated", actor="system",
                    message=f"escalated from {before}: {case.subject[:80]}")
    record_event(session=session, case=case, kind="escalated", actor="system", at=now, data=data)
    case.escalation_level += 1
    schedule_next_escalation(case, playbook, now=now)
    return step.action
