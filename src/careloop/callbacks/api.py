"""Callbacks over HTTP. Thin: parse, call callbacks.service, map refusals to status codes
(403 role, 409 state, 422 naming the field), audit every read and change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, status
from fastapi.exceptions import RequestValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.audit.service import record_access
from careloop.callbacks import rules, service
from careloop.callbacks.metrics import callback_metrics
from careloop.callbacks.models import Callback, CallbackAttempt
from careloop.callbacks.schemas import (
    AttemptIn,
    AttemptOut,
    CallbackDetailOut,
    CallbackDetailsIn,
    CallbackOut,
    CallbackRequestIn,
    CloseIn,
    MetricsOut,
    StatsOut,
    WorklistItemOut,
    WorklistOut,
)
from careloop.callbacks.worklist import BUCKETS, callback_worklist
from careloop.cases.models import Case
from careloop.clinics.service import playbook_for
from careloop.db import utcnow
from careloop.labels import Queue
from careloop.playbook import Playbook
from careloop.staff.models import Membership, Staff
from careloop.web.actions import actor_of, run_action
from careloop.web.deps import (
    CLINIC_ROUTE_RESPONSES,
    ClinicAccess,
    ErrorOut,
    SessionDep,
    StaffAccess,
)

router = APIRouter(prefix="/api/v1/clinics/{clinic}", tags=["callbacks"], responses=CLINIC_ROUTE_RESPONSES)

CallbackId = Annotated[int, Path(ge=1, description="The callback's id.")]
CaseId = Annotated[int, Path(ge=1, description="The case's id.")]

REFUSALS: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorOut, "description": "The callback's state does not allow it (e.g. it is closed)."},
    422: {"description": "Invalid input; `detail` names the field."},
}
READ_REFUSALS: dict[int | str, dict[str, Any]] = {422: REFUSALS[422]}


def _run(session: Session, access: ClinicAccess, action: str, resource_id: int | None, call: Callable[[], Any]) -> Any:
    return run_action(session, access, action=action, resource="callback", resource_id=resource_id, call=call)


def _load(session: Session, access: ClinicAccess, callback_id: int) -> tuple[Callback, Case]:
    case_id = session.scalar(select(Callback.case_id).where(
        Callback.id == callback_id, Callback.clinic_id == access.clinic.id))
    if case_id is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no callback {callback_id}")
    # Case first, then callback: the same lock order as every case action, so no deadlocks.
    case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
    callback = session.scalar(select(Callback).where(Callback.id == callback_id).with_for_update())
    assert case is not None and callback is not None
    return callback, case


def callback_out(callback: Callback, playbook: Playbook) -> CallbackOut:
    out = CallbackOut.model_validate(callback)
    out.preference_understood = bool(callback.preference) and rules.understood_preference(callback.preference) is not None
    out.max_attempts = playbook.callbacks.max_attempts
    return out


def _detail(session: Session, access: ClinicAccess, callback: Callback, case: Case) -> CallbackDetailOut:
    playbook = playbook_for(access.clinic)
    attempts = session.scalars(select(CallbackAttempt).where(CallbackAttempt.callback_id == callback.id)
                               .order_by(CallbackAttempt.number))
    staff = session.get(Staff, access.principal.staff_id) if access.principal.staff_id else None
    open_ = callback.status == "open"
    return CallbackDetailOut(
        callback=callback_out(callback, playbook), category=case.category, urgency=case.urgency,
        owner_queue=case.owner_queue, attempts=[AttemptOut.model_validate(a) for a in attempts],
        callable_now=open_ and rules.is_callable(rules.CallbackRules.from_playbook(playbook), utcnow(),
                                                 callback.timezone, rules.understood_preference(callback.preference)),
        voicemail_allowed=playbook.callbacks.voicemail_allowed,
        voicemail_script=service.voicemail_text(session, callback, staff, playbook)
        if open_ and playbook.callbacks.voicemail_allowed else None,
    )


@router.get("/callbacks/worklist", response_model=WorklistOut, responses=READ_REFUSALS,
            summary="The day's callbacks: callable now first, overdue, due now, due today")
def get_worklist(
    session: SessionDep, access: StaffAccess,
    queue: Annotated[Queue | None, Query(description="Only callbacks of cases owned by this queue.")] = None,
    staff_id: Annotated[int | None, Query(ge=1, description="One staff member's list (their language first).")] = None,
    day: Annotated[date | None, Query(alias="date", description="The clinic-local day; today by default.")] = None,
) -> WorklistOut:
    staff = None
    if staff_id is not None:
        staff = session.scalar(select(Staff).join(Membership, Membership.staff_id == Staff.id).where(
            Staff.id == staff_id, Membership.clinic_id == access.clinic.id))
        if staff is None:
            raise RequestValidationError([{"loc": ["query", "staff_id"], "type": "value_error",
                                           "msg": f"staff member {staff_id} does not work at this clinic"}])
    playbook = playbook_for(access.clinic)
    worklist = callback_worklist(session=session, clinic=access.clinic, playbook=playbook, now=utcnow(),
                                 day=day, queue=queue, staff=staff)
    record_access(session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
                  resource="callbacks", detail=f"worklist queue={queue} staff_id={staff_id} date={worklist.day} "
                  f"returned={len(worklist.items)}")
    return WorklistOut(
        day=worklist.day.isoformat(), queue=queue, staff_id=staff_id,
        counts={bucket: worklist.count(bucket) for bucket in BUCKETS},
        items=[WorklistItemOut(callback=callback_out(i.callback, playbook), bucket=i.bucket,
                               callable_now=i.callable_now, category=i.case.category, urgency=i.case.urgency,
                               owner_queue=i.case.owner_queue, speakers=[name for _, name in i.speakers])
               for i in worklist.items],
    )


@router.get("/callbacks/metrics", response_model=MetricsOut, responses=READ_REFUSALS,
            summary="Same-day completion, attempts per completed callback, time to first attempt")
def get_metrics(
    session: SessionDep, access: StaffAccess,
    since: Annotated[datetime | None, Query(description="Callbacks requested from (default: 7 days ago).")] = None,
    until: Annotated[datetime | None, Query(description="…up to, not including (default: now).")] = None,
) -> MetricsOut:
    until = _aware(until, "until") if until else utcnow()
    since = _aware(since, "since") if since else until - timedelta(days=7)
    if since >= until:
        raise RequestValidationError([{"loc": ["query", "since"], "type": "value_error",
                                       "msg": "since must be before until"}])
    metrics = callback_metrics(session=session, clinic_id=access.clinic.id, timezone=access.clinic.timezone,
                               since=since, until=until)
    record_access(session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
                  resource="callbacks", detail=f"metrics since={since.isoformat()} until={until.isoformat()}")
    return MetricsOut(
        clinic=access.clinic.slug, since=since, until=until,
        overall=StatsOut.model_validate(metrics.overall, from_attributes=True),
        by_queue={k: StatsOut.model_validate(v, from_attributes=True) for k, v in metrics.by_queue.items()},
        by_language={k: StatsOut.model_validate(v, from_attributes=True) for k, v in metrics.by_language.items()},
    )


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None:
        raise RequestValidationError([{"loc": ["query", name], "type": "value_error",
                                       "msg": f"{name} needs a time zone, e.g. 2026-11-23T00:00:00-08:00"}])
    return value.astimezone(UTC)


@router.get("/callbacks/{callback_id}", response_model=CallbackDetailOut, responses=READ_REFUSALS,
            summary="A callback with its attempts and the voicemail script to use")
def get_callback(callback_id: CallbackId, session: SessionDep, access: StaffAccess) -> CallbackDetailOut:
    callback = session.scalar(select(Callback).where(Callback.id == callback_id, Callback.clinic_id == access.clinic.id))
    if callback is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no callback {callback_id}")
    case = session.get(Case, callback.case_id)
    assert case is not None
    detail = _detail(session, access, callback, case)
    record_access(session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
                  resource="callback", resource_id=callback_id)
    return detail


@router.post("/cases/{case_id}/callback", response_model=CallbackDetailOut, responses=REFUSALS,
             summary="Promise the patient a call: opens the case's callback, first attempt scheduled")
def request_callback(case_id: CaseId, body: CallbackRequestIn, session: SessionDep, access: StaffAccess) -> CallbackDetailOut:
    case = session.scalar(select(Case).where(Case.id == case_id, Case.clinic_id == access.clinic.id).with_for_update())
    if case is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no case {case_id}")
    callback = _run(session, access, "callback_request", case_id, lambda: service.request_callback(
        session=session, actor=actor_of(access), case=case, phone=body.phone, preference=body.preference,
        note=body.note))
    return _detail(session, access, callback, case)


@router.post("/callbacks/{callback_id}/attempts", response_model=CallbackDetailOut, responses=REFUSALS,
             summary="Log a call attempt; the next one is scheduled by the playbook")
def log_attempt(callback_id: CallbackId, body: AttemptIn, session: SessionDep, access: StaffAccess) -> CallbackDetailOut:
    """After the final unsuccessful attempt the playbook's rule applies at once: administrative
    callbacks close as unable_to_reach with a message to the patient; clinical ones stay open and
    go to the clinical owner."""
    callback, case = _load(session, access, callback_id)
    _run(session, access, "callback_attempt", callback_id, lambda: service.log_attempt(
        session=session, actor=actor_of(access), callback=callback, outcome=body.outcome,
        number_dialled=body.number_dialled, attempted_at=body.attempted_at, note=body.note,
        final_status=body.final_status))
    return _detail(session, access, callback, case)


@router.post("/callbacks/{callback_id}/details", response_model=CallbackDetailOut, responses=REFUSALS,
             summary="Change the number, the preferred window, the time zone or who calls")
def update_details(callback_id: CallbackId, body: CallbackDetailsIn, session: SessionDep,
                   access: StaffAccess) -> CallbackDetailOut:
    callback, case = _load(session, access, callback_id)
    _run(session, access, "callback_details", callback_id, lambda: service.update_details(
        session=session, actor=actor_of(access), callback=callback, phone=body.phone, preference=body.preference,
        timezone=body.timezone, patient_name=body.patient_name, assignee_id=body.assignee_id,
        unassign=body.unassign))
    return _detail(session, access, callback, case)


@router.post("/callbacks/{callback_id}/close", response_model=CallbackDetailOut, responses=REFUSALS,
             summary="Close the callback: completed, cancelled_by_patient or transferred_to_clinical")
def close_callback(callback_id: CallbackId, body: CloseIn, session: SessionDep, access: StaffAccess) -> CallbackDetailOut:
    callback, case = _load(session, access, callback_id)
    _run(session, access, "callback_close", callback_id, lambda: service.close_callback(
        session=session, actor=actor_of(access), callback=callback, final_status=body.final_status, note=body.note))
    return _detail(session, access, callback, case)
