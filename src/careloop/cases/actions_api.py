"""Case actions over HTTP. Thin: parse, call cases.actions, map refusals to status codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.cases import actions
from careloop.cases.models import Case
from careloop.cases.schemas import (
    ActionOut,
    AssignIn,
    LabelsIn,
    ReasonIn,
    ReplyIn,
    ResolveIn,
    ReviewIn,
    RouteIn,
    TakeNextOut,
)
from careloop.intake.schemas import CaseSummary, OutboxOut
from careloop.labels import Queue
from careloop.web.actions import actor_of, run_action
from careloop.web.deps import (
    CLINIC_ROUTE_RESPONSES,
    ClinicAccess,
    ErrorOut,
    SessionDep,
    StaffAccess,
)

router = APIRouter(prefix="/api/v1/clinics/{clinic}", tags=["case actions"], responses=CLINIC_ROUTE_RESPONSES)


REFUSALS: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorOut, "description": "The case's state does not allow it now."},
    422: {"description": "Invalid input; `detail` names the field."},
}


def _load_case(session: Session, access: ClinicAccess, case_id: int) -> Case:
    # FOR UPDATE: two people acting on one case at once queue up instead of overwriting each other.
    case = session.scalar(
        select(Case).where(Case.id == case_id, Case.clinic_id == access.clinic.id).with_for_update()
    )
    if case is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no case {case_id}")
    return case


def _run(session: Session, access: ClinicAccess, action: str, case_id: int | None, call: Callable[[], Any]) -> Any:
    return run_action(session, access, action=action, resource="case", resource_id=case_id, call=call)


@router.post("/queues/{queue}/take-next", response_model=TakeNextOut, responses=REFUSALS,
             summary="Take the most urgent, soonest-due unassigned case of a queue")
def take_next(queue: Queue, session: SessionDep, access: StaffAccess) -> TakeNextOut:
    """Atomic: two people pressing it at the same instant never get the same case."""
    case = _run(session, access, "take_next", None,
                lambda: actions.take_next(session=session, actor=actor_of(access), queue=queue))
    if case is None:
        return TakeNextOut(case=None, message=f"nothing waiting in {queue.value}")
    return TakeNextOut(case=CaseSummary.model_validate(case), message=f"case {case.id} is yours")


def _answer(case: Case, message: Any = None) -> ActionOut:
    return ActionOut(case=CaseSummary.model_validate(case),
                     message=OutboxOut.model_validate(message) if message is not None else None)


CaseId = Annotated[int, Path(ge=1, description="The case's id.")]


@router.post("/cases/{case_id}/assign", response_model=ActionOut, responses=REFUSALS,
             summary="Assign the case to a staff member (or give it back with null)")
def assign_case(case_id: CaseId, body: AssignIn, session: SessionDep, access: StaffAccess) -> ActionOut:
    case = _load_case(session, access, case_id)
    _run(session, access, "assign", case_id,
         lambda: actions.assign(session=session, actor=actor_of(access), case=case, staff_id=body.staff_id))
    return _answer(case)


@router.post("/cases/{case_id}/reply", response_model=ActionOut, responses=REFUSALS,
             summary="Answer the patient: an approved template, or free text that passes phrase guidance")
def reply_to_patient(case_id: CaseId, body: ReplyIn, session: SessionDep, access: StaffAccess) -> ActionOut:
    """Free text containing a phrase the playbook says to avoid is refused with 422 naming the
    phrase and the approved alternatives. Administrative roles answer clinical cases only with
    templates."""
    case = _load_case(session, access, case_id)
    message = _run(session, access, "reply", case_id, lambda: actions.reply(
        session=session, actor=actor_of(access), case=case, template=body.template, text=body.text,
        values=body.values))
    return _answer(case, message)


@router.post("/cases/{case_id}/route", response_model=ActionOut, responses=REFUSALS,
             summary="Hand the case to another queue, with a reason")
def route_case(case_id: CaseId, body: RouteIn, session: SessionDep, access: StaffAccess) -> ActionOut:
    case = _load_case(session, access, case_id)
    _run(session, access, "route", case_id, lambda: actions.route(
        session=session, actor=actor_of(access), case=case, to_queue=body.to_queue, reason=body.reason))
    return _answer(case)


@router.post("/cases/{case_id}/pause", response_model=ActionOut, responses=REFUSALS,
             summary="Wait on the patient: the clocks stop (routine cases only)")
def pause_case(case_id: CaseId, body: ReasonIn, session: SessionDep, access: StaffAccess) -> ActionOut:
    case = _load_case(session, access, case_id)
    _run(session, access, "pause", case_id,
         lambda: actions.pause(session=session, actor=actor_of(access), case=case, reason=body.reason))
    return _answer(case)


@router.post("/cases/{case_id}/resume", response_model=ActionOut, responses=REFUSALS,
             summary="Restart the clocks of a paused case, giving back the paused time")
def resume_case(case_id: CaseId, session: SessionDep, access: StaffAccess) -> ActionOut:
    case = _load_case(session, access, case_id)
    _run(session, access, "resume", case_id, lambda: actions.resume(session=session, actor=actor_of(access), case=case))
    return _answer(case)


@router.post("/cases/{case_id}/review", response_model=ActionOut, responses=REFUSALS,
             summary="Mark clinically reviewed (clinical roles only)")
def mark_clinically_reviewed(case_id: CaseId, body: ReviewIn, session: SessionDep, access: StaffAccess) -> ActionOut:
    case = _load_case(session, access, case_id)
    _run(session, access, "review", case_id, lambda: actions.mark_clinically_reviewed(
        session=session, actor=actor_of(access), case=case, note=body.note))
    return _answer(case)


@router.post("/cases/{case_id}/resolve", response_model=ActionOut, responses=REFUSALS,
             summary="Close the loop with a final status")
def resolve_case(case_id: CaseId, body: ResolveIn, session: SessionDep, access: StaffAccess) -> ActionOut:
    """Cases with clinical content are resolved only by clinical roles."""
    case = _load_case(session, access, case_id)
    _run(session, access, "resolve", case_id, lambda: actions.resolve(
        session=session, actor=actor_of(access), case=case, final_status=body.final_status, note=body.note))
    return _answer(case)


@router.post("/cases/{case_id}/labels", response_model=ActionOut, responses=REFUSALS,
             summary="Correct triage labels (recorded as an event; exportable as training data)")
def correct_labels(case_id: CaseId, body: LabelsIn, session: SessionDep, access: StaffAccess) -> ActionOut:
    case = _load_case(session, access, case_id)
    _run(session, access, "labels", case_id, lambda: actions.correct_labels(
        session=session, actor=actor_of(access), case=case, category=body.category, urgency=body.urgency,
        language=body.language, reason=body.reason))
    return _answer(case)
