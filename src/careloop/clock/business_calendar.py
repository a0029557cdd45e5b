"""BusinessCalendar: a clinic's open time as a sequence of UTC intervals."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_package

from careloop.clock.errors import (
    UTC,
    ClockError,
    as_utc,
    require_aware,
    require_date,
    require_non_negative,
)
from careloop.clock.weekly_hours import (
    format_wall_minute,
    merge_touching_spans,
    normalise_closures,
    normalise_weekly_hours,
)

# A clinic closed for longer than this is a configuration mistake (a closure
# typed with the wrong year, or no hours at all); searching further would just
# hang a request, so we stop and say so.
MAX_SEARCH_YEARS = 3
MAX_SEARCH_DAYS = MAX_SEARCH_YEARS * 366

OpenInterval = tuple[datetime, datetime]  # [start, end) in UTC


def _load_holidays(country: str, subdivision: str | None, years: object) -> holidays_package.HolidayBase:
    try:
        return holidays_package.country_holidays(country, subdiv=subdivision, years=years)
    except NotImplementedError:
        supported = holidays_package.list_supported_countries()
        if country not in supported:
            raise ClockError(
                f"Public holidays are not available for country code {country!r}. Use a two-letter "
                "ISO code such as 'US', 'CA', 'GB' or 'ES'."
            ) from None
        raise ClockError(
            f"{subdivision!r} is not a known state/region of {country} for public holidays. "
            f"Known codes: {', '.join(supported[country]) or 'none'}."
        ) from None


@dataclass(frozen=True)
class BusinessCalendar:
    """A clinic's (or staff member's) opening hours in its own time zone.

    ``weekly_hours`` maps weekday (0 = Monday) to (open, close) pairs given as
    "HH:MM" strings or ``datetime.time``; "24:00" may close a day.  Missing
    weekdays are closed.  Public holidays come from the ``holidays`` package
    (``holiday_country`` plus optional ``holiday_subdivision``, e.g. "US"/"CA");
    ``open_on_holidays`` lists holiday names the clinic works anyway (e.g.
    "Veterans Day").  ``closures`` are inclusive local-date ranges.

    Instances are immutable and hashable; after construction the fields hold
    normalised values (``weekly_hours`` becomes a 7-tuple indexed by weekday of
    ("HH:MM", "HH:MM") pairs).  Holiday lookups are cached per year on the
    instance, so reuse one calendar per playbook.
    """

    timezone: str
    weekly_hours: Mapping[int, Sequence[tuple[str | time, str | time]]] | tuple
    holiday_country: str | None = None
    holiday_subdivision: str | None = None
    closures: Sequence[tuple[date, date]] = ()
    open_on_holidays: Sequence[str] = ()

    _zone: ZoneInfo = field(init=False, repr=False, compare=False)
    _opening_minutes: tuple[tuple[tuple[int, int], ...], ...] = field(init=False, repr=False, compare=False)
    _holidays_by_year: dict[int, dict[date, str]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        set_field = object.__setattr__  # frozen dataclass: normalise once, here
        if not isinstance(self.timezone, str) or not self.timezone.strip():
            raise ClockError(
                "The clinic's time zone is missing; use an IANA name like 'America/Los_Angeles'."
            )
        try:
            zone = ZoneInfo(self.timezone.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise ClockError(
                f"Unknown time zone {self.timezone!r}. Use an IANA name like 'America/Los_Angeles' "
                "or 'Europe/Madrid'."
            ) from None
        set_field(self, "timezone", self.timezone.strip())
        set_field(self, "_zone", zone)

        if isinstance(self.weekly_hours, tuple) and len(self.weekly_hours) == 7:
            # Already normalised (e.g. dataclasses.replace on an existing calendar).
            raw_hours: object = dict(enumerate(self.weekly_hours))
        else:
            raw_hours = self.weekly_hours
        per_day = normalise_weekly_hours(raw_hours)
        set_field(
            self,
            "weekly_hours",
            tuple(
                tuple((format_wall_minute(start), format_wall_minute(end)) for start, end in spans)
                for spans in per_day
            ),
        )
        set_field(self, "_opening_minutes", tuple(merge_touching_spans(spans) for spans in per_day))

        for name in ("holiday_country", "holiday_subdivision"):
            if getattr(self, name) is not None and not isinstance(getattr(self, name), str):
                raise ClockError(f"{name} must be a code like 'US' or 'CA', got {getattr(self, name)!r}.")
        country = self.holiday_country.strip().upper() if self.holiday_country else None
        subdivision = self.holiday_subdivision.strip() if self.holiday_subdivision else None
        if subdivision and not country:
            raise ClockError(
                f"Holiday region {subdivision!r} needs a country too (e.g. holiday_country='US')."
            )
        if country:
            # holidays' codes are upper-case; accept "ca" for "CA".
            if subdivision and subdivision not in holidays_package.list_supported_countries().get(
                country, []
            ):
                subdivision = subdivision.upper()
            _load_holidays(country, subdivision, years=())  # validates codes now, not at 2 a.m.
        set_field(self, "holiday_country", country)
        set_field(self, "holiday_subdivision", subdivision)
        set_field(self, "closures", normalise_closures(self.closures))
        if isinstance(self.open_on_holidays, str):
            raise ClockError("open_on_holidays must be a list of holiday names.")
        set_field(self, "open_on_holidays", tuple(sorted(str(name) for name in self.open_on_holidays)))

    @classmethod
    def round_the_clock(cls, timezone: str = "UTC") -> BusinessCalendar:
        """A 24/7 calendar with no holidays (useful for on-call staff)."""
        return cls(timezone=timezone, weekly_hours={day: (("00:00", "24:00"),) for day in range(7)})

    # ----------------------------------------------------------------- days

    @property
    def has_opening_hours(self) -> bool:
        return any(self._opening_minutes)

    def holiday_name(self, day: date) -> str | None:
        """The public holiday on this local date, or None (closures are not holidays)."""
        day = require_date(day)
        if not self.holiday_country:
            return None
        by_date = self._holidays_by_year.get(day.year)
        if by_date is None:
            # Cached per year on this instance: the holidays package computes a
            # whole year at a time and is slow compared to our arithmetic.
            loaded = _load_holidays(self.holiday_country, self.holiday_subdivision, years=day.year)
            by_date = {holiday_day: str(name) for holiday_day, name in loaded.items()}
            self._holidays_by_year[day.year] = by_date
        return by_date.get(day)

    def is_closed_for_holiday(self, day: date) -> bool:
        """True on a public holiday the clinic does not work (see ``open_on_holidays``)."""
        name = self.holiday_name(day)
        if name is None:
            return False
        if not self.open_on_holidays:
            return True
        worked = {_holiday_base_name(n) for n in self.open_on_holidays}
        # The package joins several same-day holidays with "; "; the clinic is
        # closed if any of them is one it does not work.
        return any(_holiday_base_name(part) not in worked for part in name.split("; "))

    def is_closure(self, day: date) -> bool:
        day = require_date(day)
        return any(first <= day <= last for first, last in self.closures)

    def is_business_day(self, day: date) -> bool:
        """True if the clinic has any open time on this local date."""
        return bool(self._open_intervals_on(require_date(day)))

    # ------------------------------------------------------------- instants

    def is_open(self, at: datetime) -> bool:
        instant = as_utc(require_aware(at, "The time to check"))
        local_day = instant.astimezone(self._zone).date()
        # Neighbouring days too: odd zones move clocks at midnight, so an
        # instant's local date is not always the date whose hours cover it.
        for offset in (-1, 0, 1):
            for start, end in self._open_intervals_on(local_day + timedelta(days=offset)):
                if start <= instant < end:
                    return True
        return False

    def next_open(self, at: datetime) -> datetime:
        """``at`` (in UTC) if the clinic is open then, else its next opening."""
        instant = as_utc(require_aware(at, "The start time"))
        for start, _end in self._intervals_ending_after(instant):
            return max(start, instant)
        raise AssertionError("unreachable: _intervals_ending_after raises instead of ending")

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        """The earliest instant by which ``duration`` of open time has elapsed.

        A zero duration returns ``start`` itself.
        """
        cursor = as_utc(require_aware(start, "The start time"))
        remaining = require_non_negative(duration)
        if not remaining:
            return cursor
        for interval_start, interval_end in self._intervals_ending_after(cursor):
            counted_from = max(interval_start, cursor)
            available = interval_end - counted_from
            if remaining <= available:
                return counted_from + remaining
            remaining -= available
        raise AssertionError("unreachable: _intervals_ending_after raises instead of ending")

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Open time in [start, end); negative if ``end`` is before ``start``.

        The sign makes "business time left until due" go negative once a case
        is overdue, instead of silently clamping to zero.
        """
        start_utc = as_utc(require_aware(start, "The start time"))
        end_utc = as_utc(require_aware(end, "The end time"))
        if end_utc < start_utc:
            return -self.business_time_between(end_utc, start_utc)
        total = timedelta(0)
        day = start_utc.astimezone(self._zone).date() - timedelta(days=1)
        last_day = end_utc.astimezone(self._zone).date() + timedelta(days=1)
        while day <= last_day:
            for interval_start, interval_end in self._open_intervals_on(day):
                overlap = min(interval_end, end_utc) - max(interval_start, start_utc)
                if overlap > timedelta(0):
                    total += overlap
            day += timedelta(days=1)
        return total

    def add_business_days(self, start: datetime, days: int) -> datetime:
        """Same local wall time on the N-th following business day.

        Counting starts from ``next_open(start)``, so a message that arrives
        while the clinic is closed counts from the next opening (Saturday
        night + 1 business day = Tuesday at opening time when Monday is open).
        If the clinic is not open at that wall time on the target day, the
        due time is clamped into that day's hours, never moving to another
        day:
          * before the day's first opening -> the opening time;
          * during a break or after closing -> the end of the preceding
            opening span (so a short Friday makes it "by close of business").
        ``days=0`` returns ``next_open(start)``.
        """
        if isinstance(days, bool) or not isinstance(days, int):
            raise ClockError(f"Business days must be a whole number, got {days!r}.")
        if days < 0:
            raise ClockError(f"Business days cannot be negative (got {days}).")
        anchor = self.next_open(start)
        if days == 0:
            return anchor
        local_anchor = anchor.astimezone(self._zone)
        wall_time_of_day = timedelta(
            hours=local_anchor.hour,
            minutes=local_anchor.minute,
            seconds=local_anchor.second,
            microseconds=local_anchor.microsecond,
        )
        target_day = local_anchor.date()
        counted = 0
        days_without_opening = 0
        while counted < days:
            target_day += timedelta(days=1)
            if self._open_intervals_on(target_day):
                counted += 1
                days_without_opening = 0
            else:
                days_without_opening += 1
                if days_without_opening > MAX_SEARCH_DAYS:
                    raise self._no_open_time_error(target_day - timedelta(days=days_without_opening))
        intervals = self._open_intervals_on(target_day)
        target = self._earliest_instant_at_wall_time(target_day, wall_time_of_day)
        if target < intervals[0][0]:
            return intervals[0][0]
        previous_end = intervals[0][0]
        for interval_start, interval_end in intervals:
            if target < interval_start:
                return previous_end
            if target < interval_end:
                return target
            previous_end = interval_end
        return previous_end

    # ------------------------------------------------------------ internals

    def _earliest_instant_at_wall_time(self, day: date, time_of_day: timedelta) -> datetime:
        """Earliest UTC instant at which the local wall clock reads day+time_of_day or later.

        Normal times map to themselves; an ambiguous fall-back time maps to its
        first occurrence (fold=0); a time inside the spring-forward gap maps to
        the instant the clocks jump, because that is the first moment the wall
        clock has reached it.
        """
        wall = datetime.combine(day, time()) + time_of_day
        after_gap_guess = wall.replace(tzinfo=self._zone).astimezone(UTC)
        if after_gap_guess.astimezone(self._zone).replace(tzinfo=None) == wall:
            return after_gap_guess
        # Inside a gap: fold=0 applies the pre-jump offset (lands after the
        # jump), fold=1 the post-jump offset (lands before it).  Binary-search
        # the jump to the second; tz transitions happen on whole seconds.
        before_jump = wall.replace(tzinfo=self._zone, fold=1).astimezone(UTC)
        after_jump = after_gap_guess
        if before_jump > after_jump:
            before_jump, after_jump = after_jump, before_jump
        one_second = timedelta(seconds=1)
        while after_jump - before_jump > one_second:
            middle = before_jump + (after_jump - before_jump) // 2
            middle = middle.replace(microsecond=0)
            if middle <= before_jump:
                middle = before_jump + one_second
            if middle.astimezone(self._zone).replace(tzinfo=None) >= wall:
                after_jump = middle
            else:
                before_jump = middle
        return after_jump

    def _open_intervals_on(self, day: date) -> tuple[OpenInterval, ...]:
        """This local date's open intervals as UTC [start, end) pairs, in order."""
        spans = self._opening_minutes[day.weekday()]
        if not spans or self.is_closure(day) or self.is_closed_for_holiday(day):
            return ()
        intervals = []
        for start_minute, end_minute in spans:
            start = self._earliest_instant_at_wall_time(day, timedelta(minutes=start_minute))
            end = self._earliest_instant_at_wall_time(day, timedelta(minutes=end_minute))
            if start < end:  # a span entirely inside a DST gap has no real time
                intervals.append((start, end))
        return tuple(intervals)

    def _intervals_ending_after(self, instant: datetime) -> Iterator[OpenInterval]:
        """Open intervals ending after ``instant``, in order; endless, but bounded by a search limit."""
        if not self.has_opening_hours:
            raise ClockError(
                "This calendar has no opening hours on any day of the week, so business-time "
                "deadlines would never fall due. Add opening hours, or use a calendar-basis standard."
            )
        day = instant.astimezone(self._zone).date() - timedelta(days=1)
        days_without_opening = 0
        while True:
            intervals = self._open_intervals_on(day)
            if intervals:
                days_without_opening = 0
                for interval in intervals:
                    if interval[1] > instant:
                        yield interval
            else:
                days_without_opening += 1
                if days_without_opening > MAX_SEARCH_DAYS:
                    raise self._no_open_time_error(day - timedelta(days=days_without_opening))
            day += timedelta(days=1)

    def _no_open_time_error(self, from_day: date) -> ClockError:
        return ClockError(
            f"The clinic has no open hours for more than {MAX_SEARCH_YEARS} years after "
            f"{from_day.isoformat()} (check closures, holidays and weekly hours), so no "
            "business-time due date can be set."
        )


def _holiday_base_name(name: str) -> str:
    name = name.strip().casefold()
    suffix = " (observed)"
    return name[: -len(suffix)] if name.endswith(suffix) else name
