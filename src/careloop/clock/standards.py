"""Response standards, their parsing, and due-time / pause arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

from careloop.clock.business_calendar import BusinessCalendar
from careloop.clock.errors import ClockError, as_utc, require_aware

Unit = Literal["minutes", "hours", "days"]
Basis = Literal["business", "calendar"]

_UNIT_SIZES: dict[str, timedelta] = {
    "minutes": timedelta(minutes=1),
    "hours": timedelta(hours=1),
    "days": timedelta(days=1),
}


@dataclass(frozen=True)
class Standard:
    """A response standard: e.g. Standard(4, "hours", "business").

    Calendar-basis days are 24 elapsed hours each; business-basis days are
    counted by ``BusinessCalendar.add_business_days``.
    """

    amount: int
    unit: Unit
    basis: Basis

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 1:
            raise ClockError(f"A response standard needs a whole number of at least 1, got {self.amount!r}.")
        if self.unit not in get_args(Unit):
            raise ClockError(f"A response standard's unit must be minutes, hours or days, got {self.unit!r}.")
        if self.basis not in get_args(Basis):
            raise ClockError(
                f"A response standard is counted on 'business' or 'calendar' time, got {self.basis!r}."
            )

    @property
    def elapsed(self) -> timedelta:
        """The standard as a plain duration (days = 24 hours)."""
        return self.amount * _UNIT_SIZES[self.unit]


_UNIT_WORDS: dict[str, Unit] = {
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), "minutes"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "hours"),
    **dict.fromkeys(("d", "day", "days"), "days"),
}
_BASIS_WORDS: dict[str, Basis] = {
    "business": "business",
    "working": "business",
    "calendar": "calendar",
    "clock": "calendar",
}
_STANDARD_PATTERN = re.compile(
    r"""^(?:within\s+)?
        (?P<amount>[0-9][0-9.,]*)\s*
        (?:(?P<basis_before>business|working|calendar)\s+)?
        (?P<unit>[a-z]+)
        (?:\s+(?:on\s+|of\s+)?(?:the\s+)?(?P<basis_after>business|working|calendar|clock)
            (?:\s+(?:hours|time|days))?)?
        $""",
    re.VERBOSE,
)
_EXAMPLES = "for example '30m', '4h', '2d', '90 minutes' or '2 business days'"


def _parse_standard_text(text: object) -> tuple[int, Unit, Basis | None]:
    if not isinstance(text, str) or not text.strip():
        raise ClockError(f"A response time is missing; write one {_EXAMPLES}.")
    cleaned = " ".join(text.strip().lower().split())
    match = _STANDARD_PATTERN.match(cleaned)
    if not match:
        raise ClockError(f"Couldn't understand the response time {text!r}; write it {_EXAMPLES}.")
    raw_amount = match.group("amount")
    if not raw_amount.isdigit():
        raise ClockError(
            f"The response time {text!r} needs a whole number; use a smaller unit instead of a "
            "fraction (e.g. '90m' rather than '1.5h')."
        )
    amount = int(raw_amount)
    if amount < 1:
        raise ClockError(f"The response time {text!r} must be at least 1 minute, hour or day.")
    unit = _UNIT_WORDS.get(match.group("unit"))
    if unit is None:
        raise ClockError(
            f"In {text!r}, {match.group('unit')!r} is not a unit CareLoop understands; use minutes, "
            f"hours or days ({_EXAMPLES})."
        )
    bases = {_BASIS_WORDS[word] for word in (match.group("basis_before"), match.group("basis_after")) if word}
    if len(bases) > 1:
        raise ClockError(f"The response time {text!r} says both business and calendar time; pick one.")
    return amount, unit, (bases.pop() if bases else None)


def parse_duration(text: str) -> tuple[int, Unit]:
    """Parse "30m", "4h", "2d", "90 minutes", "2 business days", "within 1h on the calendar"...

    Returns (amount, unit); a business/calendar qualifier is accepted but not
    returned (see ``parse_standard``).
    """
    amount, unit, _basis = _parse_standard_text(text)
    return amount, unit


def parse_standard(text: str, default_basis: Basis = "business") -> Standard:
    """Parse a standard including its basis: "2 business days", "1h on the calendar"."""
    amount, unit, basis = _parse_standard_text(text)
    return Standard(amount, unit, basis or default_basis)


# ------------------------------------------------------------------- due times


def due_at(start: datetime, standard: Standard, calendar: BusinessCalendar) -> datetime:
    """When a case started at ``start`` is due under ``standard`` (UTC).

    Calendar basis is plain elapsed time in UTC, so a DST change never
    stretches or shrinks "within 1h" (1h at 01:30 on fall-back night is 1h).
    Business basis counts open time for minutes/hours and business days for days.
    """
    start_utc = as_utc(require_aware(start, "The case start time"))
    if not isinstance(standard, Standard):
        raise ClockError(f"Expected a response Standard, got {standard!r}.")
    if standard.basis == "calendar":
        return start_utc + standard.elapsed
    if standard.unit == "days":
        return calendar.add_business_days(start_utc, standard.amount)
    return calendar.add_business_time(start_utc, standard.elapsed)


def extend_for_pause(
    due: datetime,
    paused_at: datetime,
    resumed_at: datetime,
    standard_basis: Basis | Standard,
    calendar: BusinessCalendar,
) -> datetime:
    """The new due time after the case was paused (waiting on the patient).

    The time that was left at the pause — open time for business basis,
    elapsed time for calendar basis — is re-applied from the resume.  Rules:
      * a pause that began at or after the due time changes nothing (the case
        was already overdue; waiting on the patient doesn't forgive that);
      * the result is never earlier than ``due`` (a pause over a weekend on a
        business-basis case consumed no business time, so the due stays put).
    """
    due_utc = as_utc(require_aware(due, "The due time"))
    paused_utc = as_utc(require_aware(paused_at, "The pause time"))
    resumed_utc = as_utc(require_aware(resumed_at, "The resume time"))
    basis = standard_basis.basis if isinstance(standard_basis, Standard) else standard_basis
    if basis not in get_args(Basis):
        raise ClockError(f"A pause is counted on 'business' or 'calendar' time, got {standard_basis!r}.")
    if resumed_utc < paused_utc:
        raise ClockError(
            f"The case resumed ({resumed_utc.isoformat()}) before it was paused ({paused_utc.isoformat()})."
        )
    if paused_utc >= due_utc:
        return due_utc
    if basis == "calendar":
        extended = resumed_utc + (due_utc - paused_utc)
    else:
        remaining = calendar.business_time_between(paused_utc, due_utc)
        extended = calendar.add_business_time(resumed_utc, remaining)
    return max(extended, due_utc)
