"""The one exception type of careloop.clock, and the input checks that raise it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

UTC = timezone.utc


class ClockError(ValueError):
    """A due-time calculation or clinic calendar that cannot be honoured.

    Messages are written for the practice manager who edits the playbook.
    """


def require_aware(value: object, what: str) -> datetime:
    if not isinstance(value, datetime):
        raise ClockError(f"{what} must be a date and time, got {value!r}.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ClockError(
            f"{what} ({value.isoformat()}) has no time zone, so it is ambiguous which moment it "
            "means. Use a timezone-aware datetime (store times in UTC)."
        )
    return value


def as_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def require_date(value: object) -> date:
    if isinstance(value, datetime):
        raise ClockError(f"Expected a calendar date, got a date and time ({value.isoformat()}).")
    if not isinstance(value, date):
        raise ClockError(f"Expected a calendar date, got {value!r}.")
    return value


def require_non_negative(duration: object) -> timedelta:
    if not isinstance(duration, timedelta):
        raise ClockError(f"A duration must be a timedelta, got {duration!r}.")
    if duration < timedelta(0):
        raise ClockError(f"A duration cannot be negative (got {duration}).")
    return duration
