"""What staff send to work callbacks, and what they get back."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from careloop.callbacks.models import AttemptOutcome, CallbackFinalStatus
from careloop.labels import Language, Queue, Urgency


class CallbackRequestIn(BaseModel):
    """Promise the patient a call. Number and window default to the patient's chart."""

    model_config = ConfigDict(extra="forbid")

    phone: str | None = Field(default=None, max_length=40, description="Number to call, any format.")
    preference: str | None = Field(default=None, max_length=200,
                                   description='When to call, e.g. "mornings", "after 5pm", "weekdays before noon".')
    note: str = Field(default="", max_length=500)


class CallbackDetailsIn(BaseModel):
    """Change how to reach the patient; the next attempt is re-scheduled."""

    model_config = ConfigDict(extra="forbid")

    phone: str | None = Field(default=None, max_length=40)
    preference: str | None = Field(default=None, max_length=200)
    timezone: str | None = Field(default=None, max_length=64, description="The patient's time zone if not the clinic's.")
    patient_name: str | None = Field(default=None, max_length=200)
    assignee_id: int | None = Field(default=None, ge=1, description="Who makes the calls.")
    unassign: bool = Field(default=False, description="Give the calls back to the queue.")


class AttemptIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: AttemptOutcome
    number_dialled: str | None = Field(default=None, max_length=40,
                                       description="The number dialled; defaults to the callback's number.")
    attempted_at: AwareDatetime | None = Field(default=None, description="When the call was made; defaults to now.")
    note: str = Field(default="", max_length=500)
    final_status: CallbackFinalStatus | None = Field(
        default=None, description="Only with outcome reached: completed (default), transferred_to_clinical or "
        "cancelled_by_patient.")


class CloseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    final_status: CallbackFinalStatus
    note: str = Field(default="", max_length=500)


class AttemptOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: int
    attempted_at: datetime
    staff_id: int | None
    actor: str
    number_dialled: str
    outcome: AttemptOutcome
    message_left: bool
    message_text: str | None
    note: str | None


class CallbackOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    case_id: int
    patient_id: int | None
    status: str
    reason: str
    received_at: datetime
    patient_name: str | None
    phone: str | None
    preference: str | None
    preference_understood: bool = False
    timezone: str
    language: Language
    assignee_id: int | None
    attempts_made: int
    max_attempts: int = 0
    contact_count: int
    first_attempt_at: datetime | None
    last_attempt_at: datetime | None
    next_action: str | None
    next_action_due_at: datetime | None
    handed_to_clinical_at: datetime | None
    final_status: CallbackFinalStatus | None
    closed_at: datetime | None


class CallbackDetailOut(BaseModel):
    callback: CallbackOut
    category: str
    urgency: Urgency
    owner_queue: Queue
    attempts: list[AttemptOut]
    callable_now: bool
    voicemail_allowed: bool
    voicemail_script: str | None = Field(description="What to say on a voicemail: the approved script, filled in "
                                         "for you and this patient. Say nothing else.")


class WorklistItemOut(BaseModel):
    callback: CallbackOut
    bucket: str = Field(description="overdue, due_now or due_today")
    callable_now: bool
    category: str
    urgency: Urgency
    owner_queue: Queue
    speakers: list[str] = Field(default_factory=list, description="Staff who speak the patient's language and "
                                "work this queue (queue lists only).")


class WorklistOut(BaseModel):
    day: str
    queue: Queue | None
    staff_id: int | None
    counts: dict[str, int]
    items: list[WorklistItemOut]


class StatsOut(BaseModel):
    requested: int
    completed: int
    completed_same_day: int
    same_day_completion_rate: float | None
    attempts_per_completed: float | None
    with_attempt: int
    minutes_to_first_attempt_mean: float | None
    minutes_to_first_attempt_median: float | None


class MetricsOut(BaseModel):
    clinic: str
    since: datetime
    until: datetime
    overall: StatsOut
    by_queue: dict[str, StatsOut]
    by_language: dict[str, StatsOut]
