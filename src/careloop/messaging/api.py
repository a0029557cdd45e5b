"""The outbox, for staff: see what is pending, sent or dead, and give a dead message another go.

A dead letter is a patient who did not get an answer; staff must be able to see it and act.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status
from pydantic import BaseModel, ConfigDict

from careloop.audit.service import record_access
from careloop.labels import CLINICAL_ROLES, Role
from careloop.messaging.delivery import (
    OutboxActionRefused,
    list_outbox,
    requeue_dead_message,
)
from careloop.messaging.models import OutboxStatus
from careloop.web.deps import (
    CLINIC_ROUTE_RESPONSES,
    ClinicAccess,
    SessionDep,
    StaffAccess,
    require_roles,
)

router = APIRouter(prefix="/api/v1/clinics/{clinic}", tags=["outbox"], responses=CLINIC_ROUTE_RESPONSES)

# Re-sending patient communication is a decision for the people accountable for it: the
# practice's managers and admins, or clinicians (a dead message may be a clinical answer).
RETRY_ROLES = (Role.MANAGER, Role.ADMIN, *sorted(CLINICAL_ROLES))
RetryAccess = Annotated[ClinicAccess, Depends(require_roles(*RETRY_ROLES))]


class OutboxItem(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    case_id: int
    channel: str
    recipient: str
    language: str
    template: str
    body: str
    status: OutboxStatus
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


class OutboxList(BaseModel):
    items: list[OutboxItem]
    total: int
    limit: int
    offset: int


@router.get("/outbox", response_model=OutboxList,
            summary="Outbound patient messages, newest first; status=dead lists what could not be delivered")
def get_outbox(
    session: SessionDep,
    access: StaffAccess,
    status_: Annotated[OutboxStatus | None, Query(alias="status", description="pending, sending, sent or dead.")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> OutboxList:
    page = list_outbox(session=session, clinic_id=access.clinic.id, status=status_, limit=limit, offset=offset)
    record_access(
        session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
        resource="outbox", detail=f"list status={status_.value if status_ else None} offset={offset} "
        f"returned={len(page.items)}",
    )
    return OutboxList(items=[OutboxItem.model_validate(m) for m in page.items], total=page.total,
                      limit=page.limit, offset=page.offset)


@router.post("/outbox/{message_id}/retry", response_model=OutboxItem,
             summary="Queue a dead message again, with a fresh set of attempts")
def retry_message(message_id: int, session: SessionDep, access: RetryAccess) -> OutboxItem:
    try:
        message = requeue_dead_message(session=session, clinic_id=access.clinic.id, message_id=message_id,
                                       actor=access.principal.actor)
    except OutboxActionRefused as refused:
        code = status.HTTP_404_NOT_FOUND if refused.kind == "not_found" else status.HTTP_409_CONFLICT
        raise HTTPException(status_code=code, detail=refused.message) from None
    record_access(
        session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="update",
        resource="outbox_message", resource_id=message_id, detail="requeued a dead message",
    )
    return OutboxItem.model_validate(message)
