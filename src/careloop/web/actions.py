"""Running a staff action from an HTTP route: the one place where a refusal of the service
layer (cases.actions.ActionRefused) becomes a status code, and where the change is audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import HTTPException, status
from fastapi.exceptions import RequestValidationError
from sqlalchemy.orm import Session

from careloop.audit.service import record_access
from careloop.cases.actions import ActionRefused, Actor
from careloop.web.deps import ClinicAccess

Result = TypeVar("Result")


def actor_of(access: ClinicAccess) -> Actor:
    return Actor(principal=access.principal, role=access.role, clinic=access.clinic)


def run_action(
    session: Session, access: ClinicAccess, *, action: str, resource: str, resource_id: int | None,
    call: Callable[[], Result],
) -> Result:
    """Run `call` (a service function that commits); forbidden → 403, conflict → 409, invalid →
    422 naming the field (nothing is kept: the session is rolled back). A change that went
    through is in the audit log, committed with it."""
    # The audit entry rides in the action's own transaction (the action commits): one commit
    # instead of two, and an action that is refused rolls its entry back with it.
    record_access(session=session, clinic_id=access.clinic.id, actor=access.principal.actor,
                  action="update", resource=resource, resource_id=resource_id, detail=action, commit=False)
    try:
        result = call()
    except ActionRefused as refusal:
        session.rollback()
        if refusal.kind == "invalid":
            detail: dict[str, Any] = {"loc": ["body", refusal.field or "body"], "msg": refusal.message,
                                      "type": "value_error"}
            if refusal.extra:
                detail["ctx"] = refusal.extra
            raise RequestValidationError([detail]) from None
        code = status.HTTP_403_FORBIDDEN if refusal.kind == "forbidden" else status.HTTP_409_CONFLICT
        raise HTTPException(status_code=code, detail=refusal.message) from None
    return result
