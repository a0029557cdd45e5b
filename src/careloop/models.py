"""Imports every feature's models so that Base.metadata is complete (Alembic, tests)."""

from careloop.audit.models import AuditEntry
from careloop.callbacks.models import Callback, CallbackAttempt  # noqa: F401
from careloop.cases.models import Alert, Case, CaseEvent
from careloop.clinics.models import Clinic
from careloop.db import Base
from careloop.intake.models import Contact
from careloop.messaging.models import OutboxMessage
from careloop.patients.models import Patient, PatientPhone
from careloop.staff.models import ApiKey, Integration, Membership, Staff

__all__ = [
    "Alert", "ApiKey", "AuditEntry", "Base", "Case", "CaseEvent", "Clinic", "Contact",
    "Integration", "Membership", "OutboxMessage", "Patient", "PatientPhone", "Staff",
]
