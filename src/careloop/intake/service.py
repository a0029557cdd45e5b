"""Intake: a contact arrives from a channel and becomes part of a case.

verify the input → store once (idempotent on the channel's message id) → match the patient →
triage → thread onto the open case for the same need or open one → owner and clocks from the
playbook → first response (or emergency instructions) into the outbox → commit. The commit
happens before the caller answers the channel (invariant 5); any error before it stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from careloop.callbacks.service import ensure_callback_for_contact
from careloop.cases import service as cases
from careloop.cases.actions import resume_clocks
from careloop.cases.escalation import schedule_next_escalation
from careloop.cases.models import Case, CaseStatus
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for
from careloop.db import utcnow
from careloop.intake.models import Contact
from careloop.intake.schemas import ContactIn, normalize_email
from careloop.labels import (
    Category,
    Channel,
    Language,
    Queue,
    Urgency,
)
from careloop.messaging.models import OutboxMessage
from careloop.messaging.service import queue_message, reply_address
from careloop.patients.models import Patient
from careloop.patients.service import (
    PatientDetails,
    PatientMatch,
    match_or_create_patient,
)
from careloop.phones import InvalidPhoneNumber, to_e164
from careloop.playbook import Playbook
from careloop.staff.service import Principal
from careloop.triage import Triage, triage

# Channel clocks drift; a contact "from the future" beyond this is a bug in the sender.
ALLOWED_CLOCK_SKEW = timedelta(minutes=5)
PHONE_CHANNELS = frozenset({Channel.SMS, Channel.PHONE_CALL, Channel.VOICEMAIL})


class IntakeValidationError(ValueError):
    """Input that passed the schema but not the clinic's rules; names the field (for a 422)."""

    def __init__(self, field: tuple[str, ...], message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass
class IntakeResult:
    contact: Contact
    case: Case
    patient: Patient | None
    duplicate: bool
    new_case: bool
    patient_match: str
    messages_queued: list[OutboxMessage] = field(default_factory=list)
    alerts_raised: int = 0
    triage: Triage | None = None


@dataclass(frozen=True)
class _CleanContact:
    sender: str
    details: PatientDetails


def _clean(data: ContactIn, region: str) -> _CleanContact:
    """Checks that need the channel: a phone channel's sender is a real phone number, an email's
    sender an email address. Errors name the field the client must fix."""
    sender = data.sender
    sender_phone: str | None = None
    sender_email: str | None = None
    if data.channel in PHONE_CHANNELS:
        try:
            sender_phone = sender = to_e164(data.sender, region)
        except InvalidPhoneNumber as error:
            raise IntakeValidationError(("body", "sender"), f"{error} (a {data.channel.value} sender must be a phone number)") from None
    elif data.channel is Channel.EMAIL:
        try:
            sender_email = sender = normalize_email(data.sender)
        except ValueError as error:
            raise IntakeValidationError(("body", "sender"), str(error)) from None

    patient = data.patient
    phone = callback_phone = None
    if patient is not None and patient.phone is not None:
        try:
            phone = to_e164(patient.phone, region)
        except InvalidPhoneNumber as error:
            raise IntakeValidationError(("body", "patient", "phone"), str(error)) from None
    if patient is not None and patient.callback_phone is not None:
        try:
            callback_phone = to_e164(patient.callback_phone, region)
        except InvalidPhoneNumber as error:
            raise IntakeValidationError(("body", "patient", "callback_phone"), str(error)) from None
    details = PatientDetails(
        first_name=patient.first_name if patient else None,
        last_name=patient.last_name if patient else None,
        date_of_birth=patient.date_of_birth if patient else None,
        mrn=patient.mrn if patient else None,
        phone=phone or sender_phone,
        email=(patient.email if patient else None) or sender_email,
        preferred_language=patient.preferred_language.value if patient and patient.preferred_language else None,
        callback_phone=callback_phone,
        callback_preference=patient.callback_preference if patient else None,
    )
    return _CleanContact(sender=sender, details=details)


def find_existing_contact(
    *, session: Session, clinic_id: int, channel: Channel, channel_message_id: str
) -> Contact | None:
    return session.scalar(
        select(Contact).where(
            Contact.clinic_id == clinic_id,
            Contact.channel == channel.value,
            Contact.channel_message_id == channel_message_id,
        )
    )


def _duplicate_result(session: Session, contact: Contact) -> IntakeResult:
    case = session.get(Case, contact.case_id)
    assert case is not None  # contacts.case_id is a non-null foreign key
    patient = session.get(Patient, contact.patient_id) if contact.patient_id else None
    return IntakeResult(
        contact=contact, case=case, patient=patient, duplicate=True, new_case=False,
        patient_match="already_stored",
    )


def receive_contact(
    *, session: Session, clinic: Clinic, data: ContactIn, posted_by: Principal,
    default_region: str = "US", now: datetime | None = None,
) -> IntakeResult:
    """Store one inbound contact and put it on a case. Commits before returning."""
    now = now or utcnow()
    if data.received_at > now + ALLOWED_CLOCK_SKEW:
        raise IntakeValidationError(("body", "received_at"), "received_at is in the future")
    clean = _clean(data, default_region)

    if data.channel_message_id is not None:
        existing = find_existing_contact(
            session=session, clinic_id=clinic.id, channel=data.channel,
            channel_message_id=data.channel_message_id,
        )
        if existing is not None:
            return _duplicate_result(session, existing)

    try:
        result = _store_new_contact(session, clinic, data, clean, posted_by)
        session.commit()
    except IntegrityError:
        # Two deliveries of the same message raced past the lookup above; the unique
        # constraint let exactly one of them in. Answer the loser with the winner's case.
        session.rollback()
        if data.channel_message_id is None:
            raise
        existing = find_existing_contact(
            session=session, clinic_id=clinic.id, channel=data.channel,
            channel_message_id=data.channel_message_id,
        )
        if existing is None:
            raise
        return _duplicate_result(session, existing)
    except BaseException:
        session.rollback()
        raise
    return result


def _store_new_contact(
    session: Session, clinic: Clinic, data: ContactIn, clean: _CleanContact, posted_by: Principal
) -> IntakeResult:
    playbook = playbook_for(clinic)
    received_at = data.received_at
    result_triage = triage(data.text, channel=data.channel.value)
    category = Category(result_triage.category)
    urgency = Urgency(result_triage.urgency)
    language = Language(result_triage.language)

    match = match_or_create_patient(session=session, clinic_id=clinic.id, details=clean.details)
    patient = match.patient

    case = None
    if patient is not None:
        case = cases.find_open_case_for_need(
            session=session, clinic_id=clinic.id, patient_id=patient.id, category=category
        )
    new_case = case is None
    if case is None:
        case = cases.open_case(
            session=session, clinic_id=clinic.id, patient_id=patient.id if patient else None,
            category=category, urgency=urgency, language=language.value,
            subject=cases.summarize(data.text, data.subject), playbook=playbook,
            received_at=received_at,
        )
        _store_triage(case, result_triage)
        schedule_next_escalation(case, playbook, now=received_at)
        cases.record_event(
            session=session, case=case, kind="case_opened", actor=posted_by.actor, at=received_at,
            data={
                "channel": data.channel.value,
                "category": category.value, "urgency": urgency.value, "language": language.value,
                "owner_queue": case.owner_queue,
                "first_response_due_at": _iso(case.first_response_due_at),
                "resolution_due_at": _iso(case.resolution_due_at),
                "triage_confidence": round(result_triage.confidence, 3),
                "needs_review": result_triage.needs_review,
                "reasons": list(result_triage.reasons),
            },
        )
        _record_patient_match(session, case, match, posted_by)
    else:
        case.last_contact_at = max(case.last_contact_at, received_at)
        if case.status == CaseStatus.WAITING_ON_PATIENT.value:
            resume_clocks(session=session, case=case, clinic=clinic, actor="patient",
                          reason="the patient wrote back", now=max(received_at, case.paused_at or received_at))
        raised = cases.raise_urgency(
            session=session, case=case, urgency=urgency, category=category, playbook=playbook,
            received_at=received_at, actor=posted_by.actor,
            reason=f"new {data.channel.value} contact triaged {urgency.value}",
        )
        if raised:
            _store_triage(case, result_triage)
            case.escalation_level = 0
            schedule_next_escalation(case, playbook, now=received_at)

    contact = Contact(
        clinic_id=clinic.id, case_id=case.id, patient_id=patient.id if patient else None,
        channel=data.channel.value, direction="inbound", sender=clean.sender, subject=data.subject,
        text=data.text, language=language.value, channel_message_id=data.channel_message_id,
        received_at=received_at, posted_by_staff_id=posted_by.staff_id,
        posted_by_integration_id=posted_by.integration_id,
    )
    session.add(contact)
    session.flush()
    # Voicemails, missed calls and "please call me" messages owe the patient a call; one patient's
    # calls fold into one case with one callback (the contact may end up on that case).
    link = ensure_callback_for_contact(session=session, clinic=clinic, case=case, contact=contact,
                                       new_case=new_case, playbook=playbook, now=received_at)
    if link is not None:
        case = link.case
    cases.record_event(
        session=session, case=case, kind="contact_received", actor=posted_by.actor,
        data={"contact_id": contact.id, "channel": data.channel.value,
              "triage": {"category": category.value, "urgency": urgency.value,
                         "red_flags": [flag.rule for flag in result_triage.red_flags]}},
    )

    result = IntakeResult(
        contact=contact, case=case, patient=patient, duplicate=False, new_case=new_case,
        patient_match=match.how, triage=result_triage,
    )
    _first_response(session, playbook, clinic, case, contact, data, patient, urgency, language, new_case, result)
    if urgency is Urgency.EMERGENCY:
        rules = ", ".join(sorted({flag.rule for flag in result_triage.red_flags})) or "red flag"
        cases.alert_queue(
            session=session, case=case,
            queue=Queue(playbook.owner_queue(Category.CLINICAL_CONCERN, Urgency.EMERGENCY)),
            kind="emergency", actor="system",
            message=f"Possible emergency by {data.channel.value}: {rules}",
        )
        result.alerts_raised += 1
    return result


def _store_triage(case: Case, result: Triage) -> None:
    case.triage_confidence = float(result.confidence)
    case.needs_review = bool(result.needs_review)
    case.red_flags = [flag.to_dict() for flag in result.red_flags]
    case.triage_reasons = list(result.reasons)


def _record_patient_match(session: Session, case: Case, match: PatientMatch, posted_by: Principal) -> None:
    data: dict[str, object] = {"how": match.how}
    if match.patient is not None:
        data["patient_id"] = match.patient.id
    if match.candidate_ids:
        data["candidate_patient_ids"] = list(match.candidate_ids)
    kind = "patient_unidentified" if match.patient is None else "patient_matched"
    cases.record_event(session=session, case=case, kind=kind, actor=posted_by.actor, data=data)


def _first_response(
    session: Session, playbook: Playbook, clinic: Clinic, case: Case, contact: Contact,
    data: ContactIn, patient: Patient | None, urgency: Urgency, language: Language,
    new_case: bool, result: IntakeResult,
) -> None:
    """Asynchronous channels get a written first response at once, in the patient's language.
    An emergency always gets the emergency instructions, even on a threaded case (invariant 3);
    a routine follow-up on an open case gets no second acknowledgement."""
    # The playbook lists every channel (its schema refuses a missing one) and never marks a
    # written channel as live.
    if not playbook.channel_rule(data.channel).asynchronous:
        return
    if urgency is not Urgency.EMERGENCY and not new_case:
        return
    address = reply_address(data.channel.value, contact.sender, patient)
    if address is None:
        cases.record_event(
            session=session, case=case, kind="first_response_not_possible", actor="system",
            data={"reason": "no phone, email or portal address to write back to",
                  "emergency": urgency is Urgency.EMERGENCY},
        )
        return
    if urgency is Urgency.EMERGENCY:
        template_name = "emergency"
        template = playbook.emergency_template(language)
    else:
        template_name = f"first_response.{case.category}"
        template = playbook.first_response_template(Category(case.category), language)
    # Automatic messages use only the clinic's own placeholders (the playbook enforces it).
    body = playbook.render(template)
    channel, recipient = address
    message = queue_message(
        session=session, case=case, channel=channel, recipient=recipient, language=language.value,
        template=template_name, body=body,
    )
    result.messages_queued.append(message)
    cases.record_event(
        session=session, case=case, kind="emergency_instructions_queued" if urgency is Urgency.EMERGENCY
        else "first_response_queued", actor="system",
        data={"outbox_id": message.id, "template": template_name, "language": language.value,
              "channel": channel},
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
