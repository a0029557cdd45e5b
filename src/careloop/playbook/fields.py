"""Small value types of a playbook: durations, response standards, opening hours, date ranges.

Each is parsed from the plain words a practice manager writes ("4h", "2 business days",
"08:00-12:00") and refuses anything ambiguous with a message that says how to write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    model_validator,
)

from careloop.clock import ClockError, Standard, parse_duration, parse_standard

from .errors import raise_issues

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Clock = Literal["business", "calendar"]
DURATION_EXAMPLES = "use e.g. 30m, 4h, 2 business days"


class Section(BaseModel):
    """Base of every playbook model: frozen, and unknown keys are errors (typos get caught)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# ----------------------------------------------------------------------------- durations


@dataclass(frozen=True)
class Duration:
    """A length of time as the manager wrote it ("2 business days"), parsed by careloop.clock."""

    text: str
    amount: int
    unit: Literal["minutes", "hours", "days"]
    # "business"/"calendar" when the words say so ("2 business days"), else None.
    named_clock: Clock | None

    def __str__(self) -> str:
        return self.text


def parse_duration_text(value: Any) -> Duration:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"{value!r} is not a duration ({DURATION_EXAMPLES})")
    text = str(value).strip()
    try:
        amount, unit = parse_duration(text)
        # parse_standard keeps the "business"/"calendar" word; parsing with both defaults
        # tells us whether the text named one itself.
        as_business = parse_standard(text, default_basis="business").basis
        as_calendar = parse_standard(text, default_basis="calendar").basis
    except ClockError as error:
        # The clock's own message is the more useful one when the words were understood but
        # the amount is not usable ("1.5h", "0m"); otherwise show the examples.
        reason = str(error)
        if reason.startswith(("Couldn't understand", "A response time is missing", "In ")):
            raise ValueError(f"{value!r} is not a duration ({DURATION_EXAMPLES})") from None
        raise ValueError(reason) from None
    named: Clock | None = as_business if as_business == as_calendar else None
    return Duration(text=text, amount=amount, unit=unit, named_clock=named)


# Serialized back to the words the manager wrote, so a dumped playbook reads like the file.
DurationField = Annotated[Duration, PlainValidator(parse_duration_text), PlainSerializer(str, return_type=str)]


class ResponseStandard(Section):
    """'Answer within N' and whether the clock runs only while the clinic is open.

    `clock: business` counts opening hours (a Friday-evening message waits for Monday);
    `clock: calendar` counts every minute, nights and weekends included.
    """

    within: DurationField
    clock: Clock | None = None

    @model_validator(mode="after")
    def _one_clear_clock(self) -> ResponseStandard:
        named = self.within.named_clock
        if self.clock is None and named is None:
            raise_issues([(("clock",), "say which clock counts: add `clock: business` or `clock: calendar`")])
        if self.clock is not None and named is not None and self.clock != named:
            raise_issues([(("clock",), f"{self.within.text!r} is {named} time but clock says {self.clock}")])
        return self

    @property
    def basis(self) -> Clock:
        return self.clock or self.within.named_clock  # type: ignore[return-value]

    def standard(self) -> Standard:
        """The careloop.clock Standard, for due-time arithmetic."""
        return Standard(self.within.amount, self.within.unit, self.basis)

    def __str__(self) -> str:
        if self.within.named_clock:
            return self.within.text
        return f"{self.within.text} {self.basis}"


# ----------------------------------------------------------------------------- hours

_TIME = r"(\d{1,2}):(\d{2})"
_RANGE_PATTERN = re.compile(rf"^\s*{_TIME}\s*(?:-|–|to)\s*{_TIME}\s*$")
RANGE_EXAMPLE = 'write opening times as "HH:MM-HH:MM", e.g. "08:00-12:00"'


@dataclass(frozen=True, order=True)
class TimeRange:
    """One stretch of open time on a day, local wall clock; end may be 24:00."""

    start: str
    end: str

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


def _minutes(hours: str, minutes: str, *, is_end: bool) -> int | None:
    h, m = int(hours), int(minutes)
    if m >= 60 or h > 24 or (h == 24 and (m or not is_end)):
        return None
    return h * 60 + m


def parse_time_range(value: Any) -> TimeRange:
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValueError(f"{value!r} is a number, not opening hours; {RANGE_EXAMPLE}")
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a time range; {RANGE_EXAMPLE}")
    match = _RANGE_PATTERN.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a time range; {RANGE_EXAMPLE}")
    start = _minutes(match[1], match[2], is_end=False)
    end = _minutes(match[3], match[4], is_end=True)
    if start is None or end is None:
        raise ValueError(f"{value!r} has an impossible time; use 00:00 to 24:00")
    if start >= end:
        raise ValueError(
            f"{value!r} ends before it starts; overnight ranges are not supported, "
            "give the hours after midnight to the next day"
        )
    return TimeRange(f"{start // 60:02d}:{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}")


TimeRangeField = Annotated[TimeRange, PlainValidator(parse_time_range), PlainSerializer(str, return_type=str)]


def _none_means_closed(value: Any) -> Any:
    # `sunday:` with nothing after it reads as "closed" to a person, so it means that.
    return [] if value is None else value


DayRanges = Annotated[tuple[TimeRangeField, ...], BeforeValidator(_none_means_closed)]


class WeeklyHours(Section):
    """Open time per weekday; an empty list means closed. All seven days must be written out,
    so that deleting a line never silently closes the clinic on that day."""

    monday: DayRanges
    tuesday: DayRanges
    wednesday: DayRanges
    thursday: DayRanges
    friday: DayRanges
    saturday: DayRanges
    sunday: DayRanges

    @model_validator(mode="after")
    def _no_overlaps(self) -> WeeklyHours:
        issues = []
        for day in WEEKDAYS:
            ranges = sorted(getattr(self, day))
            for earlier, later in zip(ranges, ranges[1:]):
                if later.start < earlier.end:
                    index = list(getattr(self, day)).index(later)
                    issues.append(((day, index), f"{later} overlaps {earlier}"))
        raise_issues(issues)
        return self

    def by_weekday_number(self) -> dict[int, tuple[tuple[str, str], ...]]:
        """The shape careloop.clock.BusinessCalendar takes: 0 = Monday."""
        return {
            number: tuple((r.start, r.end) for r in getattr(self, day))
            for number, day in enumerate(WEEKDAYS)
        }

    def describe(self) -> list[tuple[str, str]]:
        """(Day, "08:00-12:00, 13:00-17:00" or "closed") rows for people."""
        return [
            (day.capitalize(), ", ".join(str(r) for r in getattr(self, day)) or "closed")
            for day in WEEKDAYS
        ]


class Closure(Section):
    """Days the clinic is shut beyond public holidays (training day, move), both ends included."""

    first_day: date = Field(alias="from")
    last_day: date = Field(alias="to")
    reason: str = Field(min_length=1)

    @model_validator(mode="after")
    def _in_order(self) -> Closure:
        if self.last_day < self.first_day:
            raise_issues([(("to",), f"{self.last_day} is before {self.first_day}")])
        return self


def text_of(value: Any) -> Any:
    """Numbers written without quotes (911) are still meant as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value
