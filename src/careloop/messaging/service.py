"""The outbox: patient-facing messages, written in the same transaction as the case change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from careloop.cases.models import Case
from careloop.db import utcnow
from careloop.labels import Channel
from careloop.messaging.models import OutboxMessage, OutboxStatus
from careloop.patients.models import Patient


def queue_message(
    *,
    session: Session,
    case: Case,
    channel: str,
    recipient: str,
    language: str,
    template: str,
    body: str,
) -> OutboxMessage:
    """Queue a message for delivery. The caller commits it together with the case change;
    nothing here talks to a network (the worker delivers)."""
    message = OutboxMessage(
        clinic_id=case.clinic_id,
        case_id=case.id,
        channel=channel,
        recipient=recipient,
        language=language,
        template=template,
        body=body,
        status=OutboxStatus.PENDING.value,
        next_attempt_at=utcnow(),
    )
    session.add(message)
    session.flush()
    return message


def reply_address(channel: str | None, sender: str | None, patient: Patient | None) -> tuple[str, str] | None:
    """Where a written answer goes: back on the same channel when it can carry one (SMS, email,
    portal), else SMS or email to what the chart knows. None when there is no way to write."""
    if channel in (Channel.SMS.value, Channel.EMAIL.value, Channel.PORTAL.value) and sender:
        return channel, sender
    if patient is not None:
        phone = patient.callback_phone or (patient.phones[0].e164 if patient.phones else None)
        if phone:
            return Channel.SMS.value, phone
        if patient.email:
            return Channel.EMAIL.value, patient.email
    return None
