"""Callback measures, read-only: same-day completion, attempts per completed callback, time to
first attempt — for a clinic, by queue and by language.

Definitions (written down so a manager and a test get the same number):
- the population is the callbacks *requested* in [since, until) (by `received_at`);
- same-day completion: completed callbacks closed on the clinic-local day they were requested,
  divided by all callbacks requested (an open or unreached callback counts against it);
- attempts per completed callback: attempts logged on completed callbacks / completed callbacks
  (a callback completed without a call, e.g. the patient rang in, counts with 0 attempts);
- time to first attempt: minutes from request to the first attempt, over callbacks with one;
- the queue is the owning case's current owner queue.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.callbacks.models import Callback, CallbackFinalStatus
from careloop.cases.models import Case


@dataclass(frozen=True)
class CallbackRecord:
    """The facts one callback contributes (kept apart from the ORM so the arithmetic is pure)."""

    queue: str
    language: str
    received_at: datetime
    final_status: str | None
    closed_at: datetime | None
    attempts: int
    first_attempt_at: datetime | None


@dataclass
class CallbackStats:
    requested: int = 0
    completed: int = 0
    completed_same_day: int = 0
    same_day_completion_rate: float | None = None
    attempts_per_completed: float | None = None
    with_attempt: int = 0
    minutes_to_first_attempt_mean: float | None = None
    minutes_to_first_attempt_median: float | None = None


@dataclass
class CallbackMetrics:
    since: datetime
    until: datetime
    overall: CallbackStats
    by_queue: dict[str, CallbackStats] = field(default_factory=dict)
    by_language: dict[str, CallbackStats] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def summarize(records: Iterable[CallbackRecord], timezone: str) -> CallbackStats:
    """Pure: the three measures over some callbacks; rates are None when there is nothing to divide."""
    zone = ZoneInfo(timezone)
    records = list(records)
    stats = CallbackStats(requested=len(records))
    completed = [r for r in records if r.final_status == CallbackFinalStatus.COMPLETED.value]
    stats.completed = len(completed)
    stats.completed_same_day = sum(
        1 for r in completed
        if r.closed_at is not None and r.closed_at.astimezone(zone).date() == r.received_at.astimezone(zone).date())
    if records:
        stats.same_day_completion_rate = round(stats.completed_same_day / len(records), 4)
    if completed:
        stats.attempts_per_completed = round(sum(r.attempts for r in completed) / len(completed), 4)
    waits = [(r.first_attempt_at - r.received_at).total_seconds() / 60 for r in records if r.first_attempt_at]
    stats.with_attempt = len(waits)
    if waits:
        stats.minutes_to_first_attempt_mean = round(statistics.fmean(waits), 2)
        stats.minutes_to_first_attempt_median = round(statistics.median(waits), 2)
    return stats


def callback_records(*, session: Session, clinic_id: int, since: datetime, until: datetime) -> list[CallbackRecord]:
    rows = session.execute(
        select(Callback, Case.owner_queue).join(Case, Case.id == Callback.case_id)
        .where(Callback.clinic_id == clinic_id, Callback.received_at >= since, Callback.received_at < until)
        .order_by(Callback.id))
    return [CallbackRecord(queue=queue, language=cb.language, received_at=cb.received_at,
                           final_status=cb.final_status, closed_at=cb.closed_at, attempts=cb.attempts_made,
                           first_attempt_at=cb.first_attempt_at) for cb, queue in rows]


def callback_metrics(
    *, session: Session, clinic_id: int, timezone: str, since: datetime, until: datetime,
) -> CallbackMetrics:
    records = callback_records(session=session, clinic_id=clinic_id, since=since, until=until)
    by_queue: dict[str, list[CallbackRecord]] = {}
    by_language: dict[str, list[CallbackRecord]] = {}
    for record in records:
        by_queue.setdefault(record.queue, []).append(record)
        by_language.setdefault(record.language, []).append(record)
    return CallbackMetrics(
        since=since, until=until, overall=summarize(records, timezone),
        by_queue={queue: summarize(group, timezone) for queue, group in sorted(by_queue.items())},
        by_language={language: summarize(group, timezone) for language, group in sorted(by_language.items())},
    )
