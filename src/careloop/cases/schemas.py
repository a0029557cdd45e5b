from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from careloop.intake.schemas import CaseSummary, ContactOut, OutboxOut, PatientRef
from careloop.labels import Category, FinalStatus, Language, Queue, Urgency


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


class TakeNextOut(BaseModel):
    case: CaseSummary | None = Field(description="The case now assigned to you, or null when the queue is empty.")
    message: str


class AssignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    staff_id: int | None = Field(description="Who takes the case; null gives it back to the queue.")


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    template: str | None = Field(default=None, description="An approved reply template of the clinic's playbook.")
    text: str | None = Field(default=None, max_length=5000, description="Free text; checked against phrase guidance.")
    values: dict[str, str] = Field(default_factory=dict, description="Values for the template's placeholders.")


class RouteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to_queue: Queue
    reason: str = Field(min_length=1, max_length=500)


class ReasonIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=500)


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field(default="", max_length=2000)


class ResolveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    final_status: FinalStatus
    note: str = Field(default="", max_length=2000)


class LabelsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: Category | None = None
    urgency: Urgency | None = None
    language: Language | None = None
    reason: str = Field(default="", max_length=500)


class ActionOut(BaseModel):
    case: CaseSummary
    message: OutboxOut | None = None


class OpenItemOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    case_id: int
    subject: str
    category: Category
    urgency: Urgency
    language: Language
    status: str
    assignee: str | None
    due_at: datetime | None
    overdue: bool
    overdue_minutes: int


class QueueOpenItemsOut(BaseModel):
    queue: Queue
    open: int
    overdue: int
    waiting_on_patient: int
    items: list[OpenItemOut]


class OpenItemsOut(BaseModel):
    generated_at: datetime
    open: int
    overdue: int
    queues: list[QueueOpenItemsOut]
