from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from careloop.intake.schemas import CaseSummary, ContactOut, OutboxOut, PatientRef


class CaseEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    kind: str
    actor: str
    data: dict[str, Any]


class AlertOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    queue: str
    kind: str
    message: str
    created_at: datetime
    acknowledged_at: datetime | None


class CaseList(BaseModel):
    items: list[CaseSummary]
    total: int
    limit: int
    offset: int


class CaseDetailOut(BaseModel):
    case: CaseSummary
    patient: PatientRef | None
    contacts: list[ContactOut]
    events: list[CaseEventOut]
    messages: list[OutboxOut]
    alerts: list[AlertOut]
