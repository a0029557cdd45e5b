"""Callbacks: opening them (from intake or by staff), logging attempts, closing the loop.

Only these functions change callback data. Every change writes an event on the callback's case.
Functions called by people (`request_callback`, `update_details`, `log_attempt`,
`close_callback`) check first, change nothing on refusal, and commit; the ones called from
other transactions (`ensure_callback_for_contact` from intake, `run_due_callbacks` from the
worker) never commit — their caller does.

Safety rules, in one place:
- a case only a clinician may close (clinical content, invariant 2) is never closed because the
  patient could not be reached: after the final attempt it stays open, goes to its clinical
  owner with an Alert, and the patient gets the playbook's template in their language;
- what is left on a voicemail or with another person is only the playbook's approved
  minimum-necessary script, never free text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.callbacks import rules
from careloop.callbacks.final_attempt import (
    alert,
    apply_after_final_attempt,
    close,
    may_close_unreached,
)
from careloop.callbacks.models import (
    MESSAGE_OUTCOMES,
    AttemptOutcome,
    Callback,
    CallbackAttempt,
    CallbackFinalStatus,
    CallbackReason,
    CallbackStatus,
    NextAction,
)
from careloop.cases.actions import (
    UNKNOWN_PATIENT_GREETING,
    ActionRefused,
    Actor,
    _first_name,
)
from careloop.cases.escalation import schedule_next_escalation
from careloop.cases.models import Case, CaseEvent, CaseStatus
from careloop.cases.service import record_event
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for
from careloop.db import utcnow
from careloop.intake.models import Contact
from careloop.labels import Channel, FinalStatus, Language, Queue
from careloop.patients.models import Patient
from careloop.phones import InvalidPhoneNumber, to_e164
from careloop.playbook import Playbook
from careloop.staff.models import Membership, Staff

PHONE_CHANNELS = frozenset({Channel.PHONE_CALL.value, Channel.VOICEMAIL.value, Channel.SMS.value})
# Phones and laptops disagree by a few seconds; an attempt "in the future" beyond this is a typo.
ALLOWED_CLOCK_SKEW = timedelta(minutes=1)
# Final statuses a person may choose; unable_to_reach is only ever reached through the rules.
MANUAL_FINAL_STATUSES = frozenset({
    CallbackFinalStatus.COMPLETED, CallbackFinalStatus.TRANSFERRED_TO_CLINICAL,
    CallbackFinalStatus.CANCELLED_BY_PATIENT,
})


def clinic_region(playbook: Playbook) -> str:
    """Numbers typed without a country code are read as the clinic's country."""
    return phonenumbers.region_code_for_number(phonenumbers.parse(playbook.clinic.phone, None)) or "US"


def open_callback_of_case(session: Session, case_id: int, *, lock: bool = False) -> Callback | None:
    query = select(Callback).where(Callback.open_for_case_id == case_id)
    return session.scalar(query.with_for_update() if lock else query)


def _schedule(callback: Callback, playbook: Playbook, *, next_action: NextAction = NextAction.CALL) -> None:
    due = rules.next_attempt_due(
        rules.CallbackRules.from_playbook(playbook), received_at=callback.received_at,
        attempts_made=callback.attempts_made, last_attempt_at=callback.last_attempt_at,
        timezone=callback.timezone, preference=rules.understood_preference(callback.preference),
    )
    callback.next_action = next_action.value if due is not None else None
    callback.next_action_due_at = due
    callback.reminder_at = due


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def open_callback(
    *, session: Session, clinic: Clinic, case: Case, reason: CallbackReason, received_at: datetime,
    actor: str, playbook: Playbook, phone: str | None = None, preference: str | None = None,
    contact_id: int | None = None, note: str = "",
) -> Callback:
    """Open the case's callback (no commit). The caller has checked there is no open one."""
    patient = session.get(Patient, case.patient_id) if case.patient_id else None
    if phone is None and patient is not None:
        phone = patient.callback_phone or (patient.phones[0].e164 if patient.phones else None)
    callback = Callback(
        clinic_id=clinic.id, case_id=case.id, open_for_case_id=case.id, patient_id=case.patient_id,
        status=CallbackStatus.OPEN.value, reason=reason.value, received_at=received_at,
        patient_name=patient.display_name if patient and (patient.first_name or patient.last_name) else None,
        phone=phone,
        preference=preference if preference is not None else (patient.callback_preference if patient else None),
        timezone=playbook.clinic.timezone,
        language=(patient.preferred_language if patient and patient.preferred_language else case.language),
        attempts_made=0, contact_count=1,
    )
    _schedule(callback, playbook)
    session.add(callback)
    session.flush()
    record_event(session=session, case=case, kind="callback_created", actor=actor, at=received_at, data={
        "callback_id": callback.id, "reason": reason.value, "phone": phone, "preference": callback.preference,
        "language": callback.language, "next_action": callback.next_action,
        "next_action_due_at": _iso(callback.next_action_due_at),
        **({"contact_id": contact_id} if contact_id else {}), **({"note": note} if note else {}),
    })
    return callback


# ----------------------------------------------------------------------------- from intake


@dataclass(frozen=True)
class CallbackLink:
    """What ensure_callback_for_contact did: the callback, and the case that holds the contact
    and the callback afterwards (when two of a patient's cases were merged, the survivor; intake
    answers the channel with this case)."""

    callback: Callback
    case: Case
    created: bool
    merged_from_case_id: int | None = None


def ensure_callback_for_contact(
    *, session: Session, clinic: Clinic, case: Case, contact: Contact, new_case: bool,
    playbook: Playbook | None = None, now: datetime | None = None,
) -> CallbackLink | None:
    """Make sure a voicemail, a missed or abandoned call or a "please call me" message has a
    callback. Called by intake after it stored the contact; never commits (intake does).

    Deduplicated per patient: a patient who called three times is one case with three contacts
    and one callback. Intake threads contacts of the same need already; this also folds together
    the case intake just opened and the patient's open callback case when one of them holds no
    need of its own (only wordless missed or abandoned calls) — see `_merge_plan`.
    """
    reason = rules.callback_reason(contact.channel, contact.text)
    if reason is None or contact.direction != "inbound":
        return None
    playbook = playbook or playbook_for(clinic)
    existing = open_callback_of_case(session, case.id, lock=True)
    if existing is None and contact.patient_id is not None and new_case:
        other = _patients_open_callback(session, clinic.id, contact.patient_id)
        kept = session.get(Case, other.case_id) if other is not None and other.case_id != case.id else None
        plan = _merge_plan(session, playbook, new=case, old=kept, contact=contact) if kept else None
        if plan == "into_old":
            assert other is not None and kept is not None
            _absorb(session, playbook, survivor=kept, absorbed=case, contact=contact)
            _add_contact(session, other, kept, contact, reason)
            return CallbackLink(other, kept, created=False, merged_from_case_id=case.id)
        if plan == "into_new":
            assert other is not None and kept is not None
            _absorb(session, playbook, survivor=case, absorbed=kept, contact=contact)
            other.case_id = other.open_for_case_id = case.id
            _add_contact(session, other, case, contact, reason)
            return CallbackLink(other, case, created=False, merged_from_case_id=kept.id)
    if existing is not None:
        _add_contact(session, existing, case, contact, reason)
        return CallbackLink(existing, case, created=False)
    # An unidentified caller (say a family's shared phone) is still called back on the number
    # they called from.
    from_number = contact.sender if case.patient_id is None and contact.channel in PHONE_CHANNELS else None
    callback = open_callback(session=session, clinic=clinic, case=case, reason=reason,
                             received_at=contact.received_at, actor="system", playbook=playbook,
                             phone=from_number, contact_id=contact.id)
    return CallbackLink(callback, case, created=True)


def _patients_open_callback(session: Session, clinic_id: int, patient_id: int) -> Callback | None:
    return session.scalar(
        select(Callback).join(Case, Case.id == Callback.case_id)
        .where(Callback.clinic_id == clinic_id, Callback.patient_id == patient_id,
               Callback.status == CallbackStatus.OPEN.value, Case.status == CaseStatus.OPEN.value)
        .order_by(Callback.received_at, Callback.id).limit(1).with_for_update(of=Callback)
    )


def _merge_plan(session: Session, playbook: Playbook, *, new: Case, old: Case, contact: Contact) -> str | None:
    """Whether the case intake just opened and the patient's open callback case are one need.

    A merge closes one case as a duplicate, by the system, so it must lose nothing and break no
    safety rule: the closed case holds only wordless calls (no need of its own), and it is a case
    an administrative role could close (a case with clinical content is closed only by a
    clinician, invariant 2). Two cases that both say something keep apart: two needs, two calls.
    """
    if old.status != CaseStatus.OPEN.value:
        return None
    new_is_wordless = rules.is_signal_only(contact.channel, contact.text)
    if new_is_wordless and may_close_unreached(new, playbook) and new.urgency_rank <= old.urgency_rank:
        return "into_old"
    if not new_is_wordless and _labels_are_guesses(session, old) and may_close_unreached(old, playbook):
        # The words decide the need: the wordless calls and the callback join the new case.
        return "into_new"
    return None


def _absorb(session: Session, playbook: Playbook, *, survivor: Case, absorbed: Case, contact: Contact) -> None:
    """Move the absorbed case's contacts onto the survivor and close it as a duplicate."""
    moved = list(session.scalars(select(Contact).where(Contact.case_id == absorbed.id)))
    if contact not in moved:
        moved.append(contact)
    for each in moved:
        each.case_id = survivor.id
        survivor.last_contact_at = max(survivor.last_contact_at, each.received_at)
    absorbed.status = CaseStatus.RESOLVED.value
    absorbed.final_status = FinalStatus.DUPLICATE.value
    absorbed.resolved_at = max(contact.received_at, absorbed.opened_at)
    absorbed.due_at = absorbed.next_escalation_at = absorbed.paused_at = None
    record_event(session=session, case=absorbed, kind="resolved", actor="system", data={
        "final_status": FinalStatus.DUPLICATE.value, "merged_into_case_id": survivor.id,
        "note": "the same patient's calls: one case, one callback"})
    record_event(session=session, case=survivor, kind="case_merged", actor="system", data={
        "from_case_id": absorbed.id, "contact_ids": sorted(c.id for c in moved)})


def _labels_are_guesses(session: Session, case: Case) -> bool:
    """True when every contact on the case is wordless and no person has corrected the labels."""
    contacts = list(session.scalars(select(Contact).where(Contact.case_id == case.id,
                                                          Contact.direction == "inbound")))
    if not contacts or not all(rules.is_signal_only(c.channel, c.text) for c in contacts):
        return False
    return session.scalar(select(CaseEvent.id).where(
        CaseEvent.case_id == case.id, CaseEvent.kind == "labels_corrected").limit(1)) is None


def _add_contact(session: Session, callback: Callback, case: Case, contact: Contact, reason: CallbackReason) -> None:
    callback.contact_count += 1
    record_event(session=session, case=case, kind="callback_contact_added", actor="system", data={
        "callback_id": callback.id, "contact_id": contact.id, "reason": reason.value,
        "contact_count": callback.contact_count})


# ----------------------------------------------------------------------------- staff actions


def _require_person(actor: Actor) -> None:
    if not actor.principal.is_person:
        raise ActionRefused("forbidden", "integrations post contacts; callbacks are worked by staff")


def _require_open(callback: Callback, doing: str) -> None:
    if callback.status != CallbackStatus.OPEN.value:
        raise ActionRefused("conflict", f"callback {callback.id} is closed ({callback.final_status}); "
                            f"it cannot be {doing}")


def _valid_phone(raw: str, playbook: Playbook, field: str) -> str:
    try:
        return to_e164(raw, clinic_region(playbook))
    except InvalidPhoneNumber as error:
        raise ActionRefused("invalid", str(error), field=field) from None


def _valid_preference(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    try:
        rules.parse_preference(text)
    except rules.PreferenceNotUnderstood as error:
        raise ActionRefused("invalid", str(error), field="preference") from None
    return text.strip()


def request_callback(
    *, session: Session, actor: Actor, case: Case, phone: str | None = None, preference: str | None = None,
    note: str = "", now: datetime | None = None,
) -> Callback:
    """A staff member promises the patient a call (e.g. during a live call). Commits."""
    _require_person(actor)
    now = now or utcnow()
    if case.status == CaseStatus.RESOLVED.value:
        raise ActionRefused("conflict", f"case {case.id} is resolved; open a new case for a new need")
    playbook = playbook_for(actor.clinic)
    clean_phone = _valid_phone(phone, playbook, "phone") if phone is not None else None
    clean_preference = _valid_preference(preference)
    if open_callback_of_case(session, case.id, lock=True) is not None:
        raise ActionRefused("conflict", f"case {case.id} already has an open callback")
    patient = session.get(Patient, case.patient_id) if case.patient_id else None
    if clean_phone is None and not (patient and (patient.callback_phone or patient.phones)):
        raise ActionRefused("invalid", "the patient has no phone number on file; give the number to call",
                            field="phone")
    callback = open_callback(session=session, clinic=actor.clinic, case=case, reason=CallbackReason.STAFF_REQUEST,
                             received_at=now, actor=actor.name, playbook=playbook, phone=clean_phone,
                             preference=clean_preference, note=note.strip())
    session.commit()
    return callback


def update_details(
    *, session: Session, actor: Actor, callback: Callback, phone: str | None = None,
    preference: str | None = None, timezone: str | None = None, patient_name: str | None = None,
    assignee_id: int | None = None, unassign: bool = False,
) -> Callback:
    """Edit the number, the preferred window, the patient's zone, the name or who calls. The next
    attempt is re-scheduled from the new details. Commits."""
    _require_person(actor)
    _require_open(callback, "edited")
    playbook = playbook_for(actor.clinic)
    changes: dict[str, Any] = {}
    if phone is not None:
        changes["phone"] = _valid_phone(phone, playbook, "phone")
    if preference is not None:
        changes["preference"] = _valid_preference(preference)
    if timezone is not None:
        try:
            ZoneInfo(timezone.strip())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ActionRefused("invalid", f"{timezone!r} is not a time zone; use a name like "
                                "'America/New_York'", field="timezone") from None
        changes["timezone"] = timezone.strip()
    if patient_name is not None and patient_name.strip():
        changes["patient_name"] = patient_name.strip()
    if assignee_id is not None:
        member = session.scalar(select(Membership).where(
            Membership.staff_id == assignee_id, Membership.clinic_id == callback.clinic_id))
        if member is None:
            raise ActionRefused("invalid", f"staff member {assignee_id} does not work at this clinic",
                                field="assignee_id")
        changes["assignee_id"] = assignee_id
    elif unassign:
        changes["assignee_id"] = None
    if not changes:
        raise ActionRefused("invalid", "nothing to change: give phone, preference, timezone, patient_name "
                            "or assignee_id", field="phone")
    before = {name: getattr(callback, name) for name in changes}
    for name, value in changes.items():
        setattr(callback, name, value)
    case = session.get(Case, callback.case_id)
    assert case is not None
    if callback.next_action in (NextAction.CALL.value, NextAction.CONFIRM_NUMBER.value):
        _schedule(callback, playbook, next_action=NextAction.CALL if "phone" in changes
                  else NextAction(callback.next_action))
    record_event(session=session, case=case, kind="callback_details_changed", actor=actor.name, data={
        "callback_id": callback.id, "before": before, "after": changes,
        "next_action_due_at": _iso(callback.next_action_due_at)})
    session.commit()
    return callback


def voicemail_text(session: Session, callback: Callback, staff: Staff | None, playbook: Playbook) -> str:
    """The approved voicemail script in the patient's language with the clinic's values and first
    names only: a voicemail may be heard by anyone in the household (minimum necessary)."""
    patient = session.get(Patient, callback.patient_id) if callback.patient_id else None
    language = Language(callback.language)
    return playbook.render(
        playbook.voicemail_template(language),
        patient_first_name=(patient.first_name if patient and patient.first_name
                            else UNKNOWN_PATIENT_GREETING[language]),
        staff_first_name=_first_name(staff.name) if staff else "the care team",
    )


def log_attempt(
    *, session: Session, actor: Actor, callback: Callback, outcome: AttemptOutcome, number_dialled: str | None = None,
    attempted_at: datetime | None = None, note: str = "", final_status: CallbackFinalStatus | None = None,
    now: datetime | None = None,
) -> CallbackAttempt:
    """Record one call and what follows from it: reached closes the loop; otherwise the next
    attempt is scheduled by the playbook, or after the final one the playbook's rule applies.
    Every check runs before anything is written. Commits."""
    _require_person(actor)
    _require_open(callback, "attempted again")
    now = now or utcnow()
    attempted_at = attempted_at or now
    playbook = playbook_for(actor.clinic)
    if attempted_at > now + ALLOWED_CLOCK_SKEW:
        raise ActionRefused("invalid", "attempted_at is in the future; log a call after making it",
                            field="attempted_at")
    if attempted_at < callback.received_at:
        raise ActionRefused("invalid", "attempted_at is before the patient asked for the call",
                            field="attempted_at")
    if callback.last_attempt_at is not None and attempted_at < callback.last_attempt_at:
        raise ActionRefused("invalid", f"attempted_at is before attempt {callback.attempts_made}; log attempts "
                            "in the order they were made", field="attempted_at")
    raw_number = number_dialled if number_dialled is not None else callback.phone
    if raw_number is None:
        raise ActionRefused("invalid", "say which number was dialled", field="number_dialled")
    dialled = _valid_phone(raw_number, playbook, "number_dialled")
    if outcome is AttemptOutcome.VOICEMAIL_LEFT and not playbook.callbacks.voicemail_allowed:
        raise ActionRefused("invalid", "this clinic's playbook does not allow leaving voicemails; "
                            "log the call as no_answer", field="outcome")
    if final_status is not None and outcome is not AttemptOutcome.REACHED:
        raise ActionRefused("invalid", "final_status is given only when the patient was reached",
                            field="final_status")
    if final_status is not None and final_status not in MANUAL_FINAL_STATUSES:
        raise ActionRefused("invalid", "unable_to_reach follows from the playbook's attempt rules; it is "
                            "not chosen by hand", field="final_status")
    case = session.get(Case, callback.case_id)
    assert case is not None
    if case.status == CaseStatus.RESOLVED.value:
        raise ActionRefused("conflict", f"case {case.id} is resolved; its callback is over (close it, or open a "
                            "new case for a new need)")
    staff = session.get(Staff, actor.principal.staff_id) if actor.principal.staff_id else None
    message = voicemail_text(session, callback, staff, playbook) if outcome in MESSAGE_OUTCOMES else None
    reached = outcome is AttemptOutcome.REACHED
    attempt = CallbackAttempt(
        clinic_id=callback.clinic_id, callback_id=callback.id, number=callback.attempts_made + 1,
        attempted_at=attempted_at, staff_id=actor.principal.staff_id, actor=actor.name, number_dialled=dialled,
        outcome=outcome.value, message_left=message is not None, message_text=message, note=note.strip() or None,
    )
    session.add(attempt)
    callback.attempts_made += 1
    callback.first_attempt_at = callback.first_attempt_at or attempted_at
    callback.last_attempt_at = attempted_at
    session.flush()
    record_event(session=session, case=case, kind="callback_attempt_logged", actor=actor.name, at=attempted_at,
                 data={"callback_id": callback.id, "attempt": attempt.number, "outcome": outcome.value,
                       "number_dialled": dialled, "message_left": attempt.message_left,
                       **({"note": attempt.note} if attempt.note else {})})
    if reached:
        if case.first_responded_at is None and case.status == CaseStatus.OPEN.value:
            # Talking to the patient is the first response: the clock moves to resolution.
            case.first_responded_at = attempted_at
            case.due_at = case.resolution_due_at
            schedule_next_escalation(case, playbook, now=now)
        close(session, callback, case, final_status or CallbackFinalStatus.COMPLETED, actor.name, attempted_at,
               note)
    elif callback.handed_to_clinical_at is not None:
        # Attempts beyond the playbook's count, by the clinical owner: it stays theirs.
        pass
    elif callback.attempts_made >= playbook.callbacks.max_attempts:
        apply_after_final_attempt(session=session, callback=callback, case=case, playbook=playbook,
                                  now=max(now, attempted_at), actor="system")
    else:
        _schedule(callback, playbook, next_action=NextAction.CONFIRM_NUMBER
                  if outcome is AttemptOutcome.WRONG_NUMBER else NextAction.CALL)
        record_event(session=session, case=case, kind="callback_next_attempt_scheduled", actor="system",
                     data={"callback_id": callback.id, "attempt": callback.attempts_made + 1,
                           "next_action": callback.next_action, "due_at": _iso(callback.next_action_due_at)})
    session.commit()
    return attempt


def close_callback(
    *, session: Session, actor: Actor, callback: Callback, final_status: CallbackFinalStatus, note: str = "",
    now: datetime | None = None,
) -> Callback:
    """Close the loop by hand: the patient called in and was helped, cancelled, or was put
    through to the clinical team. Commits."""
    _require_person(actor)
    _require_open(callback, "closed again")
    if final_status not in MANUAL_FINAL_STATUSES:
        raise ActionRefused("invalid", "unable_to_reach follows from the playbook's attempt rules; it is not "
                            "chosen by hand", field="final_status")
    case = session.get(Case, callback.case_id)
    assert case is not None
    close(session, callback, case, final_status, actor.name, now or utcnow(), note)
    session.commit()
    return callback


# ----------------------------------------------------------------------------- the worker


@dataclass
class CallbackTick:
    reminded: int = 0
    final_rules_applied: int = 0

    @property
    def claimed(self) -> int:
        return self.reminded + self.final_rules_applied


def run_due_callbacks(*, session: Session, now: datetime | None = None, limit: int = 200) -> CallbackTick:
    """One batch for the worker: remind owners of attempts that have come due, and apply the
    after-final-attempt rule to callbacks whose attempts ran out (e.g. the clinic lowered
    max_attempts). No commit: the caller commits the batch.

    Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of workers take disjoint
    batches on PostgreSQL; SQLite serializes them (BEGIN IMMEDIATE). Truth lives in the rows:
    a tick that never ran loses nothing, the next one finds the same rows.
    """
    now = now or utcnow()
    tick = CallbackTick()
    due = list(session.scalars(
        select(Callback)
        .where(Callback.status == CallbackStatus.OPEN.value, Callback.reminder_at <= now)
        .order_by(Callback.reminder_at, Callback.id).limit(limit)
        .with_for_update(skip_locked=True)
    ))
    playbooks: dict[int, Playbook] = {}
    for callback in due:
        case = session.get(Case, callback.case_id)
        clinic = session.get(Clinic, callback.clinic_id)
        assert case is not None and clinic is not None
        playbook = playbooks.setdefault(clinic.id, playbook_for(clinic))
        if case.status == CaseStatus.RESOLVED.value:
            # The case was resolved another way (the patient called in, or cancelled): nothing is
            # left to call about.
            close(session, callback, case, CallbackFinalStatus.CANCELLED_BY_PATIENT
                  if case.final_status == FinalStatus.CANCELLED_BY_PATIENT.value else CallbackFinalStatus.COMPLETED,
                  "system", now, f"the case was resolved ({case.final_status})")
            continue
        if callback.handed_to_clinical_at is None and callback.attempts_made >= playbook.callbacks.max_attempts:
            apply_after_final_attempt(session=session, callback=callback, case=case, playbook=playbook, now=now)
            tick.final_rules_applied += 1
            continue
        attempt = callback.attempts_made + 1
        staff_id = callback.assignee_id or case.assignee_id
        alert(session, case, Queue(case.owner_queue), staff_id, "callback_due",
               f"Callback attempt {attempt} of {playbook.callbacks.max_attempts} is due "
               f"({callback.language}, {callback.next_action})", "system")
        record_event(session=session, case=case, kind="callback_attempt_due", actor="system", at=now, data={
            "callback_id": callback.id, "attempt": attempt, "due_at": _iso(callback.next_action_due_at)})
        callback.reminder_at = None
        tick.reminded += 1
    session.flush()
    return tick


def sweep_due_callbacks(database: Any, now: datetime | None = None, *, batch_size: int = 200,
                        max_batches: int = 50) -> CallbackTick:
    """The worker's task: run_due_callbacks in committed batches until nothing is due."""
    now = now or utcnow()
    total = CallbackTick()
    for _ in range(max_batches):
        with database.session() as session:
            tick = run_due_callbacks(session=session, now=now, limit=batch_size)
            session.commit()
        total.reminded += tick.reminded
        total.final_rules_applied += tick.final_rules_applied
        if tick.claimed < batch_size:
            break
    return total
