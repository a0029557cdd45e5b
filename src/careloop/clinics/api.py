from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from careloop.clinics.models import Clinic
from careloop.clinics.schemas import ClinicOut
from careloop.web.deps import CLINIC_ROUTE_RESPONSES, PrincipalDep, SessionDep

router = APIRouter(prefix="/api/v1", tags=["clinics"], responses={401: CLINIC_ROUTE_RESPONSES[401]})


@router.get("/clinics", response_model=list[ClinicOut], summary="The clinics your key may act for")
def list_clinics(session: SessionDep, principal: PrincipalDep) -> list[ClinicOut]:
    clinic_ids = list(principal.roles_by_clinic)
    clinics = session.scalars(select(Clinic).where(Clinic.id.in_(clinic_ids)).order_by(Clinic.slug))
    return [
        ClinicOut(slug=c.slug, name=c.name, timezone=c.timezone, role=principal.roles_by_clinic[c.id])
        for c in clinics
    ]
