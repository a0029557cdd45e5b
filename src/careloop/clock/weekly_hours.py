"""Validation and normalisation of a clinic's weekly opening hours and closures.

Hours are kept as minutes since local midnight; turning them into instants
(and dealing with DST) is BusinessCalendar's job.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from itertools import pairwise

from careloop.clock.errors import ClockError

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WALL_TIME_PATTERN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def wall_minute(value: object, *, weekday: int, is_end: bool) -> int:
    """Minutes since local midnight for an opening-hours boundary."""
    day_name = WEEKDAY_NAMES[weekday]
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise ClockError(
                f"Opening hours on {day_name} must be plain wall-clock times; the clinic's time zone "
                "applies to them."
            )
        if value.second or value.microsecond:
            raise ClockError(f"Opening hours on {day_name} must be whole minutes, got {value.isoformat()}.")
        return value.hour * 60 + value.minute
    if isinstance(value, str):
        match = _WALL_TIME_PATTERN.match(value)
        if match:
            hours, minutes = int(match.group(1)), int(match.group(2))
            if minutes < 60 and (hours < 24 or (hours == 24 and minutes == 0)):
                if hours == 24 and not is_end:
                    raise ClockError(f"Opening hours on {day_name} cannot start at 24:00.")
                return hours * 60 + minutes
        raise ClockError(
            f"Opening hours on {day_name}: {value!r} is not a time. Write times as HH:MM, "
            "e.g. 08:00 or 17:30 (24:00 is allowed as a closing time)."
        )
    raise ClockError(f"Opening hours on {day_name}: {value!r} is not a time; write it as HH:MM.")


def format_wall_minute(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def normalise_day_hours(weekday: int, spans: object) -> tuple[tuple[int, int], ...]:
    """Validate one weekday's opening spans; returns sorted (start, end) minutes."""
    day_name = WEEKDAY_NAMES[weekday]
    if spans is None:
        return ()
    if isinstance(spans, (str, bytes)) or not isinstance(spans, Sequence):
        raise ClockError(f"Opening hours on {day_name} must be a list of (open, close) pairs, got {spans!r}.")
    # A single pair written without the outer list, e.g. ("08:00", "17:00"),
    # is unambiguous, so accept it rather than make the manager re-type it.
    if len(spans) == 2 and all(isinstance(part, (str, time)) for part in spans):
        spans = (spans,)
    minutes: list[tuple[int, int]] = []
    for span in spans:
        if isinstance(span, (str, bytes)) or not isinstance(span, Sequence) or len(span) != 2:
            raise ClockError(f"Opening hours on {day_name}: {span!r} should be an (open, close) pair.")
        start = wall_minute(span[0], weekday=weekday, is_end=False)
        end = wall_minute(span[1], weekday=weekday, is_end=True)
        if start >= end:
            raise ClockError(
                f"Opening hours on {day_name}: {format_wall_minute(start)}-{format_wall_minute(end)} "
                "closes before it opens. Hours past midnight belong to the next day."
            )
        minutes.append((start, end))
    minutes.sort()
    for (first_start, first_end), (second_start, second_end) in pairwise(minutes):
        if second_start < first_end:
            raise ClockError(
                f"Opening hours on {day_name} overlap: "
                f"{format_wall_minute(first_start)}-{format_wall_minute(first_end)} and "
                f"{format_wall_minute(second_start)}-{format_wall_minute(second_end)}."
            )
    return tuple(minutes)


def merge_touching_spans(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    # 08:00-12:00 + 12:00-17:00 is one stretch of open time; merging keeps
    # "end of an open interval" meaning a real closing time.
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def normalise_weekly_hours(weekly_hours: object) -> tuple[tuple[tuple[int, int], ...], ...]:
    if not isinstance(weekly_hours, Mapping):
        raise ClockError(
            "Weekly hours must map weekday numbers (0 = Monday ... 6 = Sunday) to opening spans."
        )
    per_day: list[tuple[tuple[int, int], ...]] = [()] * 7
    for key, spans in weekly_hours.items():
        if isinstance(key, bool) or not isinstance(key, int) or not 0 <= key <= 6:
            raise ClockError(
                f"Weekly hours use weekday numbers 0 (Monday) to 6 (Sunday); {key!r} is not one."
            )
        per_day[key] = normalise_day_hours(key, spans)
    return tuple(per_day)


def normalise_closures(closures: object) -> tuple[tuple[date, date], ...]:
    if closures is None:
        return ()
    if isinstance(closures, (str, bytes)) or not isinstance(closures, Sequence):
        raise ClockError("Closures must be a list of (first day, last day) date pairs.")
    result: list[tuple[date, date]] = []
    for closure in closures:
        if isinstance(closure, (str, bytes)) or not isinstance(closure, Sequence) or len(closure) != 2:
            raise ClockError(f"Closure {closure!r} should be a (first day, last day) pair of dates.")
        first, last = closure
        for day in (first, last):
            # datetime is a subclass of date; a closure is whole local days.
            if not isinstance(day, date) or isinstance(day, datetime):
                raise ClockError(f"Closure {closure!r}: {day!r} is not a calendar date.")
        if last < first:
            raise ClockError(f"Closure from {first.isoformat()} to {last.isoformat()} ends before it starts.")
        result.append((first, last))
    return tuple(sorted(result))
