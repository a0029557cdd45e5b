from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, status

from careloop.audit.service import record_access
from careloop.cases.corrections import export_corrections
from careloop.cases.models import CaseStatus
from careloop.cases.open_items import open_items
from careloop.cases.schemas import (
    AlertOut,
    CaseDetailOut,
    CaseEventOut,
    CaseList,
    OpenItemOut,
    OpenItemsOut,
    QueueOpenItemsOut,
)
from careloop.cases.service import CaseFilters, get_case_detail, list_cases
from careloop.db import utcnow
from careloop.intake.schemas import CaseSummary, ContactOut, OutboxOut, PatientRef
from careloop.labels import CLINICAL_ROLES, Queue, Role, Urgency
from careloop.patients.models import Patient
from careloop.web.deps import (
    CLINIC_ROUTE_RESPONSES,
    ClinicAccess,
    SessionDep,
    StaffAccess,
    require_roles,
)

router = APIRouter(prefix="/api/v1/clinics/{clinic}", tags=["cases"], responses=CLINIC_ROUTE_RESPONSES)



@router.get("/cases", response_model=CaseList, summary="List cases, most urgent and soonest due first")
def get_cases(
    session: SessionDep,
    access: StaffAccess,
    queue: Annotated[Queue | None, Query(description="Only cases owned by this queue.")] = None,
    status_: Annotated[CaseStatus | None, Query(alias="status", description="open, waiting_on_patient or resolved.")] = None,
    urgency: Annotated[Urgency | None, Query()] = None,
    patient_id: Annotated[int | None, Query(ge=1)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> CaseList:
    page = list_cases(
        session=session, clinic_id=access.clinic.id,
        filters=CaseFilters(queue=queue, status=status_.value if status_ else None, urgency=urgency,
                            patient_id=patient_id),
        limit=limit, offset=offset,
    )
    record_access(
        session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
        resource="cases", detail=f"list queue={queue} status={status_} urgency={urgency} "
        f"patient_id={patient_id} offset={offset} returned={len(page.items)}",
    )
    return CaseList(
        items=[CaseSummary.model_validate(case) for case in page.items],
        total=page.total, limit=page.limit, offset=page.offset,
    )


@router.get("/cases/{case_id}", response_model=CaseDetailOut, summary="A case with its contacts and events")
def get_case(case_id: int, session: SessionDep, access: StaffAccess) -> CaseDetailOut:
    detail = get_case_detail(session=session, clinic_id=access.clinic.id, case_id=case_id)
    if detail is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no case {case_id}")
    patient = session.get(Patient, detail.case.patient_id) if detail.case.patient_id else None
    record_access(
        session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
        resource="case", resource_id=case_id,
    )
    return CaseDetailOut(
        case=CaseSummary.model_validate(detail.case),
        patient=PatientRef.model_validate(patient) if patient else None,
        contacts=[ContactOut.model_validate(c) for c in detail.contacts],
        events=[CaseEventOut.model_validate(e) for e in detail.events],
        messages=[OutboxOut.model_validate(m) for m in detail.outbox],
        alerts=[AlertOut.model_validate(a) for a in detail.alerts],
    )


@router.get("/open-items", response_model=OpenItemsOut,
            summary="Daily open items: every open case by owner queue, overdue first")
def get_open_items(
    session: SessionDep,
    access: StaffAccess,
    queue: Annotated[Queue | None, Query(description="Only this owner queue.")] = None,
) -> OpenItemsOut:
    now = utcnow()
    groups = open_items(session=session, clinic_id=access.clinic.id, queue=queue, now=now)
    record_access(session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
                  resource="cases", detail=f"open-items queue={queue}")
    return OpenItemsOut(
        generated_at=now,
        open=sum(g.open for g in groups),
        overdue=sum(g.overdue for g in groups),
        queues=[
            QueueOpenItemsOut(
                queue=g.queue, open=g.open, overdue=g.overdue, waiting_on_patient=g.waiting_on_patient,
                items=[OpenItemOut.model_validate(item, from_attributes=True) for item in g.items],
            )
            for g in groups
        ],
    )


@router.get("/triage/corrections", summary="Triage corrections as labelled training examples",
            response_model=list[dict[str, Any]])
def get_triage_corrections(
    session: SessionDep,
    access: Annotated[ClinicAccess, Depends(require_roles(Role.MANAGER, Role.ADMIN, *CLINICAL_ROLES))],
) -> list[dict[str, Any]]:
    """Each correction a person made to a case's labels, with the patient's words, in the
    labelled-set format (id, channel, text, category, urgency, language) plus who corrected it."""
    examples = export_corrections(session=session, clinic_id=access.clinic.id)
    record_access(session=session, clinic_id=access.clinic.id, actor=access.principal.actor, action="read",
                  resource="contact", detail=f"triage corrections export ({len(examples)})")
    return examples
