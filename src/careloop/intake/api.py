from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.exceptions import RequestValidationError

from careloop.audit.service import record_access
from careloop.intake.schemas import (
    CaseSummary,
    ContactAccepted,
    ContactIn,
    ContactOut,
    OutboxOut,
    PatientRef,
    error_detail,
)
from careloop.intake.service import IntakeValidationError, receive_contact
from careloop.web.deps import (
    ANY_ROLE,
    CLINIC_ROUTE_RESPONSES,
    ClinicAccess,
    SessionDep,
    require_roles,
)

router = APIRouter(prefix="/api/v1/clinics/{clinic}", tags=["intake"], responses=CLINIC_ROUTE_RESPONSES)


@router.post(
    "/contacts",
    response_model=ContactAccepted,
    status_code=status.HTTP_201_CREATED,
    summary="Record an inbound contact and put it on a case",
    responses={
        200: {"model": ContactAccepted, "description": "Already stored: this channel message id was posted before."},
        422: {"description": "Invalid input; `detail` names each field."},
    },
)
def post_contact(
    payload: ContactIn,
    request: Request,
    response: Response,
    session: SessionDep,
    access: Annotated[ClinicAccess, Depends(require_roles(*ANY_ROLE))],
) -> ContactAccepted:
    """Matches or registers the patient, triages the text, threads the contact onto the
    patient's open case for the same need (or opens one), sets owner and due times from the
    clinic's playbook and queues the first response. The contact is committed before this
    answers. Posting the same `channel_message_id` again returns the stored case with 200."""
    try:
        result = receive_contact(
            session=session, clinic=access.clinic, data=payload, posted_by=access.principal,
            default_region=request.app.state.settings.default_phone_region,
        )
    except IntakeValidationError as error:
        raise RequestValidationError([error_detail(error.field, error.message)]) from None
    if result.duplicate:
        response.status_code = status.HTTP_200_OK
    if access.principal.is_person:
        record_access(
            session=session, clinic_id=access.clinic.id, actor=access.principal.actor,
            action="create", resource="contact", resource_id=result.contact.id,
        )
    return ContactAccepted(
        duplicate=result.duplicate,
        new_case=result.new_case,
        patient_match=result.patient_match,
        contact=ContactOut.model_validate(result.contact),
        case=CaseSummary.model_validate(result.case),
        patient=PatientRef.model_validate(result.patient) if result.patient else None,
        messages_queued=[OutboxOut.model_validate(m) for m in result.messages_queued],
        alerts_raised=result.alerts_raised,
    )
