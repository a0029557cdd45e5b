"""`careloop report callbacks`: the day's callback work list and the callback measures."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.table import Table

from careloop.labels import Queue


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def report_callbacks(
    clinic: Annotated[str, typer.Option(help="Clinic slug.")],
    queue: Annotated[Queue | None, typer.Option(help="Only callbacks of cases owned by this queue.")] = None,
    staff: Annotated[str | None, typer.Option(help="One staff member's list, by email (their languages first).")] = None,
    day: Annotated[datetime | None, typer.Option("--date", formats=["%Y-%m-%d"],
                                                 help="The clinic-local day (default: today).")] = None,
    days: Annotated[int, typer.Option(min=1, max=366, help="Measure callbacks requested over this many days, "
                                                           "ending with --date.")] = 1,
    database_url: Annotated[str | None, typer.Option(help="Defaults to CARELOOP_DATABASE_URL.")] = None,
) -> None:
    """The callback work list (callable now first; overdue, due now, due today) and the measures:
    same-day completion, attempts per completed callback, time to first attempt."""
    # Made per call, not at import: the terminal (and COLUMNS) is the one the command runs in.
    console = Console()
    from sqlalchemy import select

    from careloop.callbacks.metrics import callback_metrics
    from careloop.callbacks.worklist import BUCKETS, callback_worklist, day_bounds
    from careloop.cli import clinic_session, fail
    from careloop.clinics.service import playbook_for
    from careloop.db import utcnow
    from careloop.staff.models import Staff

    with clinic_session(clinic, database_url) as (session, found):
        person = None
        if staff is not None:
            person = session.scalar(select(Staff).where(Staff.email == staff.strip().lower()))
            if person is None:
                raise fail(f"no staff member with email {staff!r}")
        playbook = playbook_for(found)
        now = utcnow()
        local_day: date = day.date() if day else now.astimezone(ZoneInfo(found.timezone)).date()
        worklist = callback_worklist(session=session, clinic=found, playbook=playbook, now=now, day=local_day,
                                     queue=queue, staff=person)
        whose = f" for {person.name}" if person else (f" in {queue.value}" if queue else "")
        counts = ", ".join(f"{bucket.replace('_', ' ')} {worklist.count(bucket)}" for bucket in BUCKETS)
        table = Table("due", "when", "callable", "case", "callback", "patient", "phone", "lang", "queue",
                      "attempt", "next action",
                      title=f"Callbacks of {found.name}{whose}, {local_day.isoformat()}: {counts}")
        zone = ZoneInfo(found.timezone)
        for item in worklist.items:
            cb = item.callback
            table.add_row(
                item.bucket.replace("_", " "), cb.next_action_due_at.astimezone(zone).strftime("%a %H:%M"),
                "yes" if item.callable_now else "not now", str(item.case.id), str(cb.id),
                cb.patient_name or "unidentified", cb.phone or "—", cb.language, item.case.owner_queue,
                f"{cb.attempts_made + 1}/{playbook.callbacks.max_attempts}", cb.next_action or "—",
            )
        console.print(table)
        _, until = day_bounds(local_day, found.timezone)
        since, _ = day_bounds(local_day - timedelta(days=days - 1), found.timezone)
        metrics = callback_metrics(session=session, clinic_id=found.id, timezone=found.timezone,
                                   since=since, until=until)
        measures = Table("group", "requested", "completed", "same-day completion", "attempts per completed",
                         "min to 1st attempt (median)",
                         title=f"Callback measures, requested {since.astimezone(zone).date()} – {local_day}")
        groups = [("clinic", metrics.overall)] + [(f"queue {k}", v) for k, v in metrics.by_queue.items()] + [
            (f"language {k}", v) for k, v in metrics.by_language.items()]
        for name, stats in groups:
            measures.add_row(name, str(stats.requested), str(stats.completed),
                             _rate(stats.same_day_completion_rate), _number(stats.attempts_per_completed),
                             _number(stats.minutes_to_first_attempt_median))
        console.print(measures)

