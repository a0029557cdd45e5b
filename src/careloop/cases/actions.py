"""Case actions staff take: take next, assign, reply, route, pause and resume, mark clinically
reviewed, correct labels, resolve. Part of the cases service layer: every function here
checks the caller's role and the case's state, changes the case, writes an event, and commits.

The safety rules live here, once, so the API and the coming staff workspace cannot disagree:
- a case with clinical content is never resolved by an administrative role (invariant 2);
- administrative roles answer clinical cases only with approved templates (no free-text advice);
- free text passes the playbook's phrase guidance (invariant 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.cases.escalation import schedule_next_escalation
from careloop.cases.models import Case, CaseStatus
from careloop.cases.service import apply_clocks, record_event
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for
from careloop.clock import extend_for_pause
from careloop.db import utcnow
from careloop.intake.models import Contact
from careloop.labels import (
    CLINICAL_QUEUES,
    CLINICAL_ROLES,
    QUEUES_BY_ROLE,
    Category,
    FinalStatus,
    Language,
    Queue,
    Role,
    Urgency,
    is_clinical,
)
from careloop.messaging.models import OutboxMessage
from careloop.messaging.service import queue_message, reply_address
from careloop.patients.models import Patient
from careloop.playbook import PhraseViolation, TemplateRenderError
from careloop.staff.models import Membership, Staff
from careloop.staff.service import Principal


class ActionRefused(Exception):
    """The action is not allowed: `kind` says why, for the web layer to pick a status code.

    forbidden    the caller's role may not do this (403)
    conflict     the case's state does not allow it now (409)
    invalid      the request itself is wrong; `field` names what to fix (422)
    """

    def __init__(self, kind: str, message: str, field: str | None = None, **extra: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.field = field
        self.extra = extra


@dataclass(frozen=True)
class Actor:
    principal: Principal
    role: Role
    clinic: Clinic

    @property
    def name(self) -> str:
        return self.principal.actor

    @property
    def is_clinical(self) -> bool:
        return self.role in CLINICAL_ROLES

    def works(self, queue: Queue | str) -> bool:
        return Queue(queue) in QUEUES_BY_ROLE[self.role]


def _case_is_clinical(case: Case) -> bool:
    return is_clinical(case.category, case.urgency)


def _require_open(case: Case, action: str) -> None:
    if case.status == CaseStatus.RESOLVED.value:
        raise ActionRefused("conflict", f"case {case.id} is resolved; it cannot be {action}")


def _require_person(actor: Actor) -> None:
    if not actor.principal.is_person:
        raise ActionRefused("forbidden", "integrations post contacts; case actions are for staff")


def take_next(*, session: Session, actor: Actor, queue: Queue, now: datetime | None = None) -> Case | None:
    """Give the asking staff member the top unassigned open case of a queue, atomically.

    On PostgreSQL the candidate row is claimed with FOR UPDATE SKIP LOCKED, so two people
    pressing "take next" at the same instant lock different rows and never get the same case.
    On SQLite every transaction begins IMMEDIATE (see db.py), which serializes the claims.
    """
    _require_person(actor)
    if not actor.works(queue):
        raise ActionRefused("forbidden", f"the {actor.role.value} role does not work the {queue.value} queue")
    now = now or utcnow()
    candidate = session.scalar(
        select(Case)
        .where(
            Case.clinic_id == actor.clinic.id,
            Case.owner_queue == queue.value,
            Case.status == CaseStatus.OPEN.value,
            Case.assignee_id.is_(None),
        )
        .order_by(Case.urgency_rank.desc(), Case.due_at.asc().nulls_last(), Case.id.asc())
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if candidate is None:
        session.commit()
        return None
    candidate.assignee_id = actor.principal.staff_id
    record_event(session=session, case=candidate, kind="taken", actor=actor.name,
                 data={"queue": queue.value, "assignee_id": actor.principal.staff_id}, at=now)
    session.commit()
    return candidate


def assign(*, session: Session, actor: Actor, case: Case, staff_id: int | None) -> Case:
    """Managers assign anyone who works the case's queue; others take or drop a case themselves."""
    _require_person(actor)
    _require_open(case, "assigned")
    oversees = actor.role in (Role.MANAGER, Role.ADMIN)
    if not oversees and staff_id not in (actor.principal.staff_id, None):
        raise ActionRefused("forbidden", "only a manager may assign a case to someone else")
    if not oversees and not actor.works(case.owner_queue):
        raise ActionRefused("forbidden", f"the {actor.role.value} role does not work the {case.owner_queue} queue")
    if not oversees and staff_id is None and case.assignee_id != actor.principal.staff_id:
        raise ActionRefused("forbidden", "you can only give back a case assigned to you")
    if staff_id is not None:
        membership = session.scalar(
            select(Membership).where(Membership.staff_id == staff_id, Membership.clinic_id == case.clinic_id)
        )
        if membership is None:
            raise ActionRefused("invalid", f"staff member {staff_id} does not work at this clinic", field="staff_id")
        if not Queue(case.owner_queue) in QUEUES_BY_ROLE[Role(membership.role)]:
            raise ActionRefused(
                "invalid", f"staff member {staff_id} ({membership.role}) does not work the {case.owner_queue} queue",
                field="staff_id",
            )
    before = case.assignee_id
    case.assignee_id = staff_id
    record_event(session=session, case=case, kind="assigned" if staff_id else "unassigned", actor=actor.name,
                 data={"from": before, "to": staff_id})
    session.commit()
    return case


# How a message greets a patient whose name the clinic does not know yet.
UNKNOWN_PATIENT_GREETING = {Language.EN: "there", Language.ES: "paciente"}


def _first_name(full_name: str) -> str:
    """'Dr. Priya Shah' -> 'Priya': titles are not how staff introduce themselves by first name."""
    words = [word for word in full_name.replace(",", " ").split() if not word.endswith(".")]
    return words[0] if words else full_name.strip() or "the care team"


def _template_values(session: Session, actor: Actor, case: Case, values: dict[str, str]) -> dict[str, str]:
    """What staff need not type: the patient's and their own first name, the case reference."""
    patient = session.get(Patient, case.patient_id) if case.patient_id else None
    staff = session.get(Staff, actor.principal.staff_id) if actor.principal.staff_id else None
    merged = {
        "patient_first_name": (patient.first_name if patient and patient.first_name
                               else UNKNOWN_PATIENT_GREETING[Language(case.language)]),
        "staff_first_name": _first_name(staff.name) if staff else "the care team",
        "case_reference": str(case.id),
    }
    merged.update({key: value for key, value in values.items() if value.strip()})
    return merged


def reply(
    *, session: Session, actor: Actor, case: Case, template: str | None = None, text: str | None = None,
    values: dict[str, str] | None = None, now: datetime | None = None,
) -> OutboxMessage:
    """Answer the patient, in writing, in the case's language.

    Either an approved template (filled in) or free text that passes phrase guidance. An
    administrative role answers a clinical case only with a template: a receptionist's free text
    must never read as clinical advice.
    """
    _require_person(actor)
    _require_open(case, "answered")
    now = now or utcnow()
    if (template is None) == (text is None):
        raise ActionRefused("invalid", "send either `template` or `text`, not both or neither", field="template")
    playbook = playbook_for(actor.clinic)
    language = Language(case.language)
    if template is not None:
        try:
            chosen = playbook.template(template, language)
        except KeyError as error:
            raise ActionRefused("invalid", str(error).strip("'\""), field="template") from None
        try:
            body = playbook.render(chosen, **_template_values(session, actor, case, values or {}))
        except TemplateRenderError as error:
            raise ActionRefused("invalid", str(error), field="values") from None
        template_name = f"reply.{template}"
    else:
        assert text is not None
        body = text.strip()
        if not body:
            raise ActionRefused("invalid", "the reply is empty", field="text")
        if _case_is_clinical(case) and not actor.is_clinical:
            raise ActionRefused(
                "forbidden",
                "this case has clinical content: administrative staff answer it with an approved "
                "template or route it to the clinical team",
            )
        violations = playbook.check_phrases(body)
        if violations:
            raise ActionRefused(
                "invalid", _describe_violations(violations), field="text",
                violations=[{"phrase": v.phrase, "matched": v.matched, "start": v.start, "end": v.end,
                             "alternatives": list(v.alternatives)} for v in violations],
            )
        template_name = "free_text"
    address = _case_reply_address(session, case)
    if address is None:
        raise ActionRefused("conflict", "there is no phone, email or portal address to write to; call the patient")
    channel, recipient = address
    message = queue_message(session=session, case=case, channel=channel, recipient=recipient,
                            language=language.value, template=template_name, body=body)
    first = case.first_responded_at is None
    if first:
        case.first_responded_at = now
        case.due_at = case.resolution_due_at
        schedule_next_escalation(case, playbook, now=now)
    record_event(session=session, case=case, kind="replied", actor=actor.name, at=now,
                 data={"outbox_id": message.id, "template": template_name, "channel": channel,
                       "first_response": first})
    session.commit()
    return message


def _describe_violations(violations: list[PhraseViolation]) -> str:
    parts = []
    for violation in violations:
        alternatives = " / ".join(f'"{a}"' for a in violation.alternatives)
        parts.append(f'avoid "{violation.matched}" ({violation.phrase}); say instead: {alternatives}')
    return "; ".join(parts)


def _case_reply_address(session: Session, case: Case) -> tuple[str, str] | None:
    last_inbound = session.scalar(
        select(Contact).where(Contact.case_id == case.id, Contact.direction == "inbound")
        .order_by(Contact.received_at.desc(), Contact.id.desc()).limit(1)
    )
    patient = session.get(Patient, case.patient_id) if case.patient_id else None
    if last_inbound is None:
        return reply_address(None, None, patient)
    return reply_address(last_inbound.channel, last_inbound.sender, patient)


def route(*, session: Session, actor: Actor, case: Case, to_queue: Queue, reason: str) -> Case:
    """Hand the case to another queue, with a reason. The clocks keep running: the patient's
    wait does not restart because the clinic moved the case internally."""
    _require_person(actor)
    _require_open(case, "routed")
    reason = reason.strip()
    if not reason:
        raise ActionRefused("invalid", "say why the case is routed", field="reason")
    if to_queue.value == case.owner_queue:
        raise ActionRefused("invalid", f"the case is already in the {to_queue.value} queue", field="to_queue")
    if _case_is_clinical(case) and to_queue not in CLINICAL_QUEUES and to_queue is not Queue.SUPERVISOR \
            and not actor.is_clinical:
        raise ActionRefused(
            "forbidden", "a case with clinical content leaves the clinical queues only by a clinician's decision"
        )
    before = case.owner_queue
    case.owner_queue = to_queue.value
    case.assignee_id = None
    record_event(session=session, case=case, kind="routed", actor=actor.name,
                 data={"from": before, "to": to_queue.value, "reason": reason})
    session.commit()
    return case


def pause(*, session: Session, actor: Actor, case: Case, reason: str, now: datetime | None = None) -> Case:
    """Waiting on the patient: the clocks stop until they answer or staff resume."""
    _require_person(actor)
    _require_open(case, "paused")
    now = now or utcnow()
    if case.status == CaseStatus.WAITING_ON_PATIENT.value:
        raise ActionRefused("conflict", "the case is already waiting on the patient")
    if Urgency(case.urgency) is not Urgency.ROUTINE:
        raise ActionRefused("conflict", f"an {case.urgency} case's clock never stops; it cannot be paused")
    if not reason.strip():
        raise ActionRefused("invalid", "say what the clinic is waiting for", field="reason")
    case.status = CaseStatus.WAITING_ON_PATIENT.value
    case.paused_at = now
    case.next_escalation_at = None
    record_event(session=session, case=case, kind="paused", actor=actor.name, at=now, data={"reason": reason.strip()})
    session.commit()
    return case


def resume_clocks(*, session: Session, case: Case, clinic: Clinic, actor: str, reason: str,
                  now: datetime | None = None) -> None:
    """Restart a paused case's clocks, giving back exactly the time the pause took (no commit)."""
    now = now or utcnow()
    playbook = playbook_for(clinic)
    calendar = playbook.calendar()
    paused_at = case.paused_at or now
    if case.first_response_due_at is not None:
        case.first_response_due_at = extend_for_pause(case.first_response_due_at, paused_at, now,
                                                      case.first_response_basis, calendar)
    if case.resolution_due_at is not None:
        case.resolution_due_at = extend_for_pause(case.resolution_due_at, paused_at, now,
                                                  case.resolution_basis, calendar)
    case.due_at = case.first_response_due_at if case.first_responded_at is None else case.resolution_due_at
    case.status = CaseStatus.OPEN.value
    case.paused_at = None
    schedule_next_escalation(case, playbook, now=now)
    record_event(session=session, case=case, kind="resumed", actor=actor, at=now,
                 data={"reason": reason, "paused_at": paused_at.isoformat(),
                       "first_response_due_at": case.first_response_due_at.isoformat() if case.first_response_due_at else None,
                       "resolution_due_at": case.resolution_due_at.isoformat() if case.resolution_due_at else None})


def resume(*, session: Session, actor: Actor, case: Case, now: datetime | None = None) -> Case:
    _require_person(actor)
    _require_open(case, "resumed")
    if case.status != CaseStatus.WAITING_ON_PATIENT.value:
        raise ActionRefused("conflict", "the case is not paused")
    resume_clocks(session=session, case=case, clinic=actor.clinic, actor=actor.name, reason="resumed by staff", now=now)
    session.commit()
    return case


def mark_clinically_reviewed(*, session: Session, actor: Actor, case: Case, note: str = "",
                             now: datetime | None = None) -> Case:
    """A clinician has looked at it. Only clinical roles; this is what ends the standing
    escalation of an urgent or emergency case."""
    _require_person(actor)
    if not actor.is_clinical:
        raise ActionRefused("forbidden", "only clinical staff (clinical_triage, provider) mark a case clinically reviewed")
    _require_open(case, "reviewed")
    if case.clinically_reviewed_at is not None:
        raise ActionRefused("conflict", "the case is already clinically reviewed")
    now = now or utcnow()
    case.clinically_reviewed_at = now
    case.clinically_reviewed_by_id = actor.principal.staff_id
    record_event(session=session, case=case, kind="clinically_reviewed", actor=actor.name, at=now,
                 data={"note": note.strip()} if note.strip() else {})
    session.commit()
    return case


def resolve(*, session: Session, actor: Actor, case: Case, final_status: FinalStatus, note: str = "",
            now: datetime | None = None) -> Case:
    """Close the loop with a final status. A case with clinical content (invariant 2) or whose
    category the playbook keeps from administrative staff is resolved only by a clinician."""
    _require_person(actor)
    _require_open(case, "resolved again")
    now = now or utcnow()
    playbook = playbook_for(actor.clinic)
    admin_may = playbook.category_rule(Category(case.category)).administrative_may_resolve
    if (_case_is_clinical(case) or not admin_may) and not actor.is_clinical:
        raise ActionRefused(
            "forbidden",
            f"a {case.category} case ({case.urgency}) is resolved by clinical staff; route it to them instead",
        )
    if not actor.works(case.owner_queue) and actor.role not in (Role.MANAGER, Role.ADMIN) and not actor.is_clinical:
        raise ActionRefused("forbidden", f"the {actor.role.value} role does not work the {case.owner_queue} queue")
    if Urgency(case.urgency) is not Urgency.ROUTINE and case.clinically_reviewed_at is None:
        # The clinician resolving it is the review; record it so the log says who looked.
        case.clinically_reviewed_at = now
        case.clinically_reviewed_by_id = actor.principal.staff_id
        record_event(session=session, case=case, kind="clinically_reviewed", actor=actor.name, at=now,
                     data={"note": "reviewed on resolution"})
    _close_open_callback(session, case, final_status, actor, now)
    case.status = CaseStatus.RESOLVED.value
    case.final_status = final_status.value
    case.resolved_at = now
    case.paused_at = None
    case.due_at = None
    case.next_escalation_at = None
    record_event(session=session, case=case, kind="resolved", actor=actor.name, at=now,
                 data={"final_status": final_status.value, **({"note": note.strip()} if note.strip() else {})})
    session.commit()
    return case


def _close_open_callback(session: Session, case: Case, final_status: FinalStatus, actor: Actor,
                         now: datetime) -> None:
    """A resolved case owes the patient no more calls: its open callback closes with it, so no
    reminder ever fires for a need that was met."""
    # Imported here: the callbacks feature builds on case actions, not the other way round.
    from careloop.callbacks.final_attempt import close
    from careloop.callbacks.models import CallbackFinalStatus
    from careloop.callbacks.service import open_callback_of_case

    callback = open_callback_of_case(session, case.id, lock=True)
    if callback is None:
        return
    closing = {
        FinalStatus.UNABLE_TO_REACH: CallbackFinalStatus.UNABLE_TO_REACH,
        FinalStatus.CANCELLED_BY_PATIENT: CallbackFinalStatus.CANCELLED_BY_PATIENT,
    }.get(final_status, CallbackFinalStatus.COMPLETED)
    close(session, callback, case, closing, actor.name, now, note=f"case resolved ({final_status.value})")


def correct_labels(
    *, session: Session, actor: Actor, case: Case, category: Category | None = None,
    urgency: Urgency | None = None, language: Language | None = None, reason: str = "",
    now: datetime | None = None,
) -> Case:
    """A person corrects triage. Recorded as an event (exportable as training data); the owner
    and clocks follow the corrected labels. Only clinicians may take clinical content away
    (lower the urgency, or move a clinical case to a non-clinical category)."""
    _require_person(actor)
    _require_open(case, "relabelled")
    now = now or utcnow()
    if category is None and urgency is None and language is None:
        raise ActionRefused("invalid", "give at least one of category, urgency, language", field="category")
    new_category = category or Category(case.category)
    new_urgency = urgency or Urgency(case.urgency)
    if _case_is_clinical(case) and not is_clinical(new_category, new_urgency) and not actor.is_clinical:
        raise ActionRefused("forbidden", "only clinical staff may decide a case has no clinical content")
    if new_urgency.rank < Urgency(case.urgency).rank and not actor.is_clinical:
        raise ActionRefused("forbidden", "only clinical staff may lower a case's urgency")
    before = {"category": case.category, "urgency": case.urgency, "language": case.language}
    case.category = new_category.value
    case.urgency = new_urgency.value
    case.urgency_rank = new_urgency.rank
    if language is not None:
        case.language = language.value
    playbook = playbook_for(actor.clinic)
    if before["category"] != case.category or before["urgency"] != case.urgency:
        previous_queue = case.owner_queue
        apply_clocks(case, playbook, case.opened_at)
        case.assignee_id = case.assignee_id if case.owner_queue == previous_queue else None
        if case.status == CaseStatus.OPEN.value:
            schedule_next_escalation(case, playbook, now=now)
    record_event(session=session, case=case, kind="labels_corrected", actor=actor.name, at=now,
                 data={"before": before, "after": {"category": case.category, "urgency": case.urgency,
                                                  "language": case.language},
                       "reason": reason.strip(), "owner_queue": case.owner_queue})
    session.commit()
    return case
