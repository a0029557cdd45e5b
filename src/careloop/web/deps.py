"""Request-scoped dependencies: the database session, the caller, and the clinic they may see."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy.orm import Session

from careloop.clinics.models import Clinic
from careloop.clinics.service import get_clinic_by_slug
from careloop.db import Database
from careloop.labels import Role
from careloop.staff.service import Principal, authenticate

bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer cl_…`")


def get_database(request: Request) -> Database:
    return request.app.state.database


def get_session(database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    with database.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_principal(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="a valid API key is required: send 'Authorization: Bearer <key>'",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized
    principal = authenticate(session=session, plain_key=credentials.credentials)
    if principal is None:
        raise unauthorized
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]


@dataclass(frozen=True)
class ClinicAccess:
    clinic: Clinic
    principal: Principal
    role: Role


def clinic_not_found(slug: str) -> HTTPException:
    # The same answer for "no such clinic" and "not your clinic": a key of clinic A must not
    # even learn whether clinic B exists (invariant 7).
    return HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no clinic {slug!r}")


def get_clinic_access(
    session: SessionDep,
    principal: PrincipalDep,
    clinic: Annotated[str, Path(description="The clinic's slug, as listed by GET /api/v1/clinics.")],
) -> ClinicAccess:
    found = get_clinic_by_slug(session=session, slug=clinic)
    if found is None:
        raise clinic_not_found(clinic)
    role = principal.role_in(found.id)
    if role is None:
        raise clinic_not_found(clinic)
    return ClinicAccess(clinic=found, principal=principal, role=role)


def require_roles(*allowed: Role):
    """A dependency that lets only the given roles of the clinic through (403 otherwise)."""

    def check(access: Annotated[ClinicAccess, Depends(get_clinic_access)]) -> ClinicAccess:
        if access.role not in allowed:
            raise HTTPException(
                status_code=status.HTTP_403_FORBIDDEN,
                detail=f"the {access.role.value} role may not do this; allowed: "
                + ", ".join(sorted(role.value for role in allowed)),
            )
        return access

    return check


STAFF_ROLES = tuple(role for role in Role if role is not Role.INTEGRATION)
ANY_ROLE = tuple(Role)

# Any person of the clinic (integrations post contacts but never read or act on cases).
StaffAccess = Annotated[ClinicAccess, Depends(require_roles(*STAFF_ROLES))]


class ErrorOut(BaseModel):
    detail: str


# Documented on every clinic route, so the OpenAPI document says what clients must handle.
CLINIC_ROUTE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "No API key, or an unknown or revoked one."},
    403: {"model": ErrorOut, "description": "Your role in this clinic may not do this; the message says who may."},
    404: {"model": ErrorOut, "description": "No such clinic (or not one of yours), or no such record in it."},
}
