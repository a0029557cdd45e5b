"""The shared vocabulary of CareLoop: the codes of ../shared/triage-labels.md and the design note.

These codes are the contract between triage, the playbook, storage, the API and every
evaluation file, so they live in one place and everything else imports them.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    NEW_APPOINTMENT = "new_appointment"
    RESCHEDULE_CANCEL = "reschedule_cancel"
    FOLLOW_UP_QUESTION = "follow_up_question"
    REFERRAL_STATUS = "referral_status"
    REFILL_REQUEST = "refill_request"
    TEST_RESULT_QUESTION = "test_result_question"
    INSURANCE_AUTHORIZATION = "insurance_authorization"
    BILLING_QUESTION = "billing_question"
    RECORDS_REQUEST = "records_request"
    CLINICAL_CONCERN = "clinical_concern"
    LANGUAGE_ASSISTANCE = "language_assistance"
    PROVIDER_MESSAGE = "provider_message"
    ADMINISTRATIVE_QUESTION = "administrative_question"


# Categories whose content is clinical whatever the urgency (design invariant 2).
CLINICAL_CATEGORIES: frozenset[Category] = frozenset(
    {Category.CLINICAL_CONCERN, Category.REFILL_REQUEST, Category.TEST_RESULT_QUESTION}
)


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    URGENT = "urgent"
    ROUTINE = "routine"

    @property
    def rank(self) -> int:
        """Higher is more urgent; used for sorting work lists and for 'at least urgent' checks."""
        return {"routine": 0, "urgent": 1, "emergency": 2}[self.value]

    @property
    def fhir_priority(self) -> str:
        return {"emergency": "stat", "urgent": "urgent", "routine": "routine"}[self.value]


class Language(StrEnum):
    EN = "en"
    ES = "es"


class Channel(StrEnum):
    PHONE_CALL = "phone_call"
    VOICEMAIL = "voicemail"
    PORTAL = "portal"
    APPOINTMENT_FORM = "appointment_form"
    WEB_FORM = "web_form"
    SMS = "sms"
    EMAIL = "email"
    REFERRAL_PARTNER = "referral_partner"
    INTERNAL = "internal"
    AFTER_HOURS = "after_hours"


# Channels where the patient is not on the line with a person: they must get a written first
# response (and, for an emergency, the emergency instructions at once) — design invariant 3.
ASYNCHRONOUS_CHANNELS: frozenset[Channel] = frozenset(
    {
        Channel.PORTAL,
        Channel.APPOINTMENT_FORM,
        Channel.WEB_FORM,
        Channel.SMS,
        Channel.EMAIL,
        Channel.AFTER_HOURS,
    }
)


class Queue(StrEnum):
    FRONT_DESK = "front_desk"
    CLINICAL_TRIAGE = "clinical_triage"
    CLINICAL_INBOX = "clinical_inbox"
    PROVIDER = "provider"
    BILLING = "billing"
    INSURANCE = "insurance"
    RECORDS = "records"
    CARE_COORDINATION = "care_coordination"
    INTERPRETER = "interpreter"
    SUPERVISOR = "supervisor"


CLINICAL_QUEUES: frozenset[Queue] = frozenset(
    {Queue.CLINICAL_TRIAGE, Queue.CLINICAL_INBOX, Queue.PROVIDER}
)


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    CLINICAL_TRIAGE = "clinical_triage"
    PROVIDER = "provider"
    BILLING = "billing"
    RECORDS = "records"
    INSURANCE = "insurance"
    CARE_COORDINATION = "care_coordination"
    MANAGER = "manager"
    ADMIN = "admin"
    # Integrations (EHR, phone system, web forms) post contacts; they are not people.
    INTEGRATION = "integration"


# Only these roles may resolve a case with clinical content or mark one clinically reviewed
# (design invariant 2). Managers and admins are deliberately not clinical.
CLINICAL_ROLES: frozenset[Role] = frozenset({Role.CLINICAL_TRIAGE, Role.PROVIDER})


def is_clinical(category: Category | str, urgency: Urgency | str) -> bool:
    """Clinical content per invariant 2: a clinical category, or urgency above routine."""
    return Category(category) in CLINICAL_CATEGORIES or Urgency(urgency) is not Urgency.ROUTINE


# Which queues each role works (take next, reply, resolve). Managers and admins oversee all,
# including the supervisor queue that breached cases escalate to.
QUEUES_BY_ROLE: dict[Role, frozenset[Queue]] = {
    Role.FRONT_DESK: frozenset({Queue.FRONT_DESK, Queue.INTERPRETER}),
    Role.CLINICAL_TRIAGE: frozenset({Queue.CLINICAL_TRIAGE, Queue.CLINICAL_INBOX}),
    Role.PROVIDER: frozenset({Queue.PROVIDER, Queue.CLINICAL_INBOX, Queue.CLINICAL_TRIAGE}),
    Role.BILLING: frozenset({Queue.BILLING}),
    Role.INSURANCE: frozenset({Queue.INSURANCE}),
    Role.RECORDS: frozenset({Queue.RECORDS}),
    Role.CARE_COORDINATION: frozenset({Queue.CARE_COORDINATION}),
    Role.MANAGER: frozenset(Queue),
    Role.ADMIN: frozenset(Queue),
    Role.INTEGRATION: frozenset(),
}


class FinalStatus(StrEnum):
    """How a case ended. Every resolved case has one (issue: no silent failure)."""

    COMPLETED = "completed"
    UNABLE_TO_REACH = "unable_to_reach"
    CANCELLED_BY_PATIENT = "cancelled_by_patient"
    DUPLICATE = "duplicate"
    HANDLED_ELSEWHERE = "handled_elsewhere"
