"""What happens when a callback's calls are over: closing it, and the playbook's rule after the
final unsuccessful attempt. Part of the callbacks service layer; nothing here commits.

The safety rule lives here: a case only a clinician may close (clinical content, invariant 2)
is never closed because nobody picked up. It stays open with its clinical owner, who gets an
Alert, while the patient gets the playbook's template in their language through the outbox.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.callbacks.models import (
    Callback,
    CallbackFinalStatus,
    CallbackStatus,
    NextAction,
)
from careloop.cases.actions import UNKNOWN_PATIENT_GREETING
from careloop.cases.models import Alert, Case, CaseStatus
from careloop.cases.service import alert_queue, record_event
from careloop.intake.models import Contact
from careloop.labels import (
    Category,
    Channel,
    FinalStatus,
    Language,
    Queue,
    Urgency,
    is_clinical,
)
from careloop.messaging.service import queue_message, reply_address
from careloop.patients.models import Patient
from careloop.playbook import Playbook, TemplateRenderError


def may_close_unreached(case: Case, playbook: Playbook) -> bool:
    """Only a case an administrative role could resolve may be closed as unable to reach."""
    return not is_clinical(case.category, case.urgency) and playbook.administrative_may_resolve(
        Category(case.category), Urgency(case.urgency))


def close(session: Session, callback: Callback, case: Case, final_status: CallbackFinalStatus, actor: str,
           at: datetime, note: str = "") -> None:
    callback.status = CallbackStatus.CLOSED.value
    callback.open_for_case_id = None
    callback.final_status = final_status.value
    callback.closed_at = at
    callback.next_action = callback.next_action_due_at = callback.reminder_at = None
    kind = {CallbackFinalStatus.COMPLETED: "callback_completed",
            CallbackFinalStatus.UNABLE_TO_REACH: "callback_unable_to_reach",
            CallbackFinalStatus.TRANSFERRED_TO_CLINICAL: "callback_transferred_to_clinical",
            CallbackFinalStatus.CANCELLED_BY_PATIENT: "callback_cancelled_by_patient"}[final_status]
    record_event(session=session, case=case, kind=kind, actor=actor, at=at, data={
        "callback_id": callback.id, "final_status": final_status.value, "attempts": callback.attempts_made,
        **({"note": note.strip()} if note.strip() else {})})


def apply_after_final_attempt(
    *, session: Session, callback: Callback, case: Case, playbook: Playbook, now: datetime, actor: str = "system",
) -> str:
    """The playbook's rule once every attempt failed. Returns what was done. No commit.

    Administrative: the template message goes out and the callback (and, by default, the case)
    closes as unable_to_reach. Clinical: the template message goes out, and the callback and case
    stay open with the clinical owner, who gets an Alert — a clinical need is never closed
    because nobody picked up.
    """
    rule = playbook.callbacks.after_final_attempt
    _send_unreached_message(session, callback, case, playbook, rule.administrative.send)
    if not may_close_unreached(case, playbook):
        owner = Queue(playbook.owner_queue(Category(case.category), Urgency(case.urgency)))
        before = case.owner_queue
        if case.owner_queue != owner.value:
            case.owner_queue = owner.value
            case.assignee_id = None
        callback.handed_to_clinical_at = now
        callback.assignee_id = None
        callback.next_action = NextAction.CLINICAL_FOLLOW_UP.value
        callback.next_action_due_at = now
        callback.reminder_at = None
        record_event(session=session, case=case, kind="callback_handed_to_clinical", actor=actor, at=now, data={
            "callback_id": callback.id, "attempts": callback.attempts_made, "from_queue": before,
            "to_queue": owner.value})
        alert(session, case, owner, None, "callback_unreached",
               f"Could not reach the patient after {callback.attempts_made} call attempts; "
               "clinical follow-up needed (case stays open)", actor)
        return "handed_to_clinical"
    close(session, callback, case, CallbackFinalStatus.UNABLE_TO_REACH, actor, now)
    if rule.administrative.then == "close_unable_to_reach" and case.status != CaseStatus.RESOLVED.value:
        case.status = CaseStatus.RESOLVED.value
        case.final_status = FinalStatus.UNABLE_TO_REACH.value
        case.resolved_at = now
        case.due_at = case.next_escalation_at = case.paused_at = None
        record_event(session=session, case=case, kind="resolved", actor=actor, at=now, data={
            "final_status": FinalStatus.UNABLE_TO_REACH.value,
            "note": f"{callback.attempts_made} call attempts without reaching the patient (playbook rule)"})
        return "closed_unable_to_reach"
    return "callback_closed_case_kept_open"


def _send_unreached_message(session: Session, callback: Callback, case: Case, playbook: Playbook, name: str) -> None:
    patient = session.get(Patient, case.patient_id) if case.patient_id else None
    language = Language(callback.language)
    address = _written_address(session, case, patient, callback)
    if address is None:
        record_event(session=session, case=case, kind="callback_message_not_possible", actor="system",
                     data={"callback_id": callback.id, "reason": "no phone, email or portal address to write to"})
        return
    values = {"patient_first_name": patient.first_name if patient and patient.first_name
              else UNKNOWN_PATIENT_GREETING[language], "staff_first_name": "the care team",
              "case_reference": str(case.id)}
    try:
        body = playbook.render(playbook.template(name, language), **values)
    except (KeyError, TemplateRenderError) as error:
        # The playbook loader checks the template exists; a placeholder we cannot fill is
        # reported on the case instead of sending a half-filled message.
        record_event(session=session, case=case, kind="callback_message_not_possible", actor="system",
                     data={"callback_id": callback.id, "reason": str(error)[:300]})
        return
    channel, recipient = address
    message = queue_message(session=session, case=case, channel=channel, recipient=recipient,
                            language=language.value, template=f"reply.{name}", body=body)
    record_event(session=session, case=case, kind="callback_message_queued", actor="system", data={
        "callback_id": callback.id, "outbox_id": message.id, "template": name, "language": language.value,
        "channel": channel})


def _written_address(session: Session, case: Case, patient: Patient | None, callback: Callback) -> tuple[str, str] | None:
    """Back where the patient last wrote (SMS, email, portal), else the chart, else an SMS to the
    number we were calling."""
    last_written = session.scalar(
        select(Contact).where(Contact.case_id == case.id, Contact.direction == "inbound",
                              Contact.channel.in_([Channel.SMS.value, Channel.EMAIL.value, Channel.PORTAL.value]))
        .order_by(Contact.received_at.desc(), Contact.id.desc()).limit(1))
    if last_written is not None:
        return last_written.channel, last_written.sender
    address = reply_address(None, None, patient)
    if address is None and callback.phone:
        return Channel.SMS.value, callback.phone
    return address


def alert(session: Session, case: Case, queue: Queue, staff_id: int | None, kind: str, message: str,
          actor: str) -> Alert:
    return alert_queue(session=session, case=case, queue=queue, kind=kind, message=message, actor=actor,
                       staff_id=staff_id)
