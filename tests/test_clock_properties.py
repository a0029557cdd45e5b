"""Property tests for careloop.clock over random valid calendars, zones and DST dates."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from careloop.clock import BusinessCalendar, Standard, due_at, extend_for_pause

UTC = timezone.utc
ZONES = ("America/Los_Angeles", "America/New_York", "Europe/Madrid", "America/Phoenix")
HOLIDAY_REGIONS = ((None, None), ("US", None), ("US", "CA"), ("US", "NY"), ("ES", "MD"))

# DST change days for the zones above (Phoenix has none), where bugs hide.
DST_DAYS = (
    date(2026, 3, 8), date(2026, 11, 1), date(2027, 3, 14), date(2027, 11, 7),  # US
    date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31),  # EU
)
FIRST_DAY = datetime(2025, 1, 1, tzinfo=UTC)
SPAN_SECONDS = int((datetime(2028, 12, 31, tzinfo=UTC) - FIRST_DAY).total_seconds())

# Kept small so the suite stays fast; raise it for a soak run, e.g.
# CARELOOP_CLOCK_EXAMPLES=3000 pytest tests/test_clock_properties.py
PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("CARELOOP_CLOCK_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _wall(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def day_hours(draw) -> tuple[tuple[str, str], ...]:
    """0-3 non-overlapping spans on a 15-minute grid, sometimes touching, sometimes 24:00."""
    boundary_count = draw(st.sampled_from((0, 0, 2, 2, 4, 6)))
    boundaries = sorted(draw(st.sets(st.integers(0, 96), min_size=boundary_count, max_size=boundary_count)))
    spans = [(boundaries[i] * 15, boundaries[i + 1] * 15) for i in range(0, len(boundaries), 2)]
    return tuple((_wall(start), _wall(end)) for start, end in spans)


@st.composite
def calendars(draw) -> BusinessCalendar:
    weekly = {weekday: draw(day_hours()) for weekday in range(7)}
    if not any(weekly.values()):
        weekly[draw(st.integers(0, 6))] = (("09:00", "17:00"),)
    country, subdivision = draw(st.sampled_from(HOLIDAY_REGIONS))
    closures = []
    for _ in range(draw(st.integers(0, 2))):
        first = date(2025, 1, 1) + timedelta(days=draw(st.integers(0, 4 * 365)))
        closures.append((first, first + timedelta(days=draw(st.integers(0, 10)))))
    return BusinessCalendar(
        timezone=draw(st.sampled_from(ZONES)),
        weekly_hours=weekly,
        holiday_country=country,
        holiday_subdivision=subdivision,
        closures=tuple(closures),
    )


@st.composite
def instants(draw) -> datetime:
    """Aware instants across 2025-2028, often within hours of a DST change, in assorted zones."""
    if draw(st.booleans()):
        day = draw(st.sampled_from(DST_DAYS))
        base = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=12)
        instant = base + timedelta(minutes=draw(st.integers(0, 48 * 60)))
    else:
        instant = FIRST_DAY + timedelta(seconds=draw(st.integers(0, SPAN_SECONDS)))
    if draw(st.booleans()):
        instant += timedelta(microseconds=draw(st.integers(0, 999_999)))
    # Input zone differs from the clinic's sometimes: results must not care.
    return instant.astimezone(ZoneInfo(draw(st.sampled_from((*ZONES, "UTC")))))


durations = st.integers(0, 40 * 60).map(lambda minutes: timedelta(minutes=minutes))
positive_durations = st.integers(1, 40 * 60).map(lambda minutes: timedelta(minutes=minutes))


def assert_utc(value: datetime) -> None:
    assert value.tzinfo is UTC


@PROPERTY_SETTINGS
@given(calendars(), instants(), positive_durations)
def test_result_is_open_time_or_the_end_of_an_open_interval(cal, start, duration):
    result = cal.add_business_time(start, duration)
    assert_utc(result)
    assert result > start
    assert cal.is_open(result) or cal.is_open(result - timedelta(microseconds=1))


@PROPERTY_SETTINGS
@given(calendars(), instants(), durations)
def test_business_time_between_inverts_add_business_time(cal, start, duration):
    result = cal.add_business_time(start, duration)
    assert cal.business_time_between(start, result) == duration
    # Earliest such instant: one microsecond earlier is not enough.
    if duration:
        assert cal.business_time_between(start, result - timedelta(microseconds=1)) < duration


@PROPERTY_SETTINGS
@given(calendars(), instants(), durations, durations)
def test_add_business_time_is_monotonic_and_additive(cal, start, first, second):
    shorter, longer = sorted((first, second))
    assert cal.add_business_time(start, shorter) <= cal.add_business_time(start, longer)
    in_two_steps = cal.add_business_time(cal.add_business_time(start, first), second)
    assert in_two_steps == cal.add_business_time(start, first + second)


@PROPERTY_SETTINGS
@given(calendars(), instants())
@example(
    cal=BusinessCalendar(timezone="America/New_York", weekly_hours=((), (), (), (), (), (), (("00:00", "01:15"),))),
    start=datetime(2026, 11, 1, 1, 0, tzinfo=ZoneInfo("America/New_York")),
)
def test_next_open_is_open_and_skips_no_open_time(cal, start):
    opening = cal.next_open(start)
    assert_utc(opening)
    assert opening >= start
    assert cal.is_open(opening)
    assert cal.business_time_between(start, opening) == timedelta(0)
    # Compared in UTC: by PEP 495 an aware time in a repeated (fall-back) hour never equals
    # a time of another zone, even the same instant (found by hypothesis: 01:00 EDT on
    # 2026-11-01 against 05:00 UTC).
    assert (opening == start.astimezone(UTC)) == cal.is_open(start)


@PROPERTY_SETTINGS
@given(calendars(), instants(), st.integers(1, 5000), st.sampled_from(("minutes", "hours", "days")))
def test_calendar_basis_is_exact_elapsed_time(cal, start, amount, unit):
    due = due_at(start, Standard(amount, unit, "calendar"), cal)
    assert_utc(due)
    assert due - start == Standard(amount, unit, "calendar").elapsed


@PROPERTY_SETTINGS
@given(calendars(), instants(), st.integers(0, 6), st.integers(0, 6))
def test_add_business_days_lands_inside_the_target_day(cal, start, first, second):
    fewer, more = sorted((first, second))
    earlier = cal.add_business_days(start, fewer)
    later = cal.add_business_days(start, more)
    assert_utc(later)
    assert cal.next_open(start) <= earlier <= later
    # Clamped into the target day's hours: open, or the end of an open span.
    assert cal.is_open(later) or cal.is_open(later - timedelta(microseconds=1))
    if more > fewer:
        assert later > earlier


@PROPERTY_SETTINGS
@given(
    calendars(),
    instants(),
    st.sampled_from((Standard(4, "hours", "business"), Standard(2, "days", "business"),
                     Standard(90, "minutes", "calendar"), Standard(1, "days", "calendar"))),
    st.integers(0, 5 * 24 * 60),
    st.integers(0, 5 * 24 * 60),
)
def test_pause_never_makes_the_case_due_earlier(cal, start, standard, minutes_until_pause, pause_minutes):
    due = due_at(start, standard, cal)
    paused_at = start + timedelta(minutes=minutes_until_pause)
    resumed_at = paused_at + timedelta(minutes=pause_minutes)
    extended = extend_for_pause(due, paused_at, resumed_at, standard.basis, cal)
    assert_utc(extended)
    assert extended >= due
    assert extend_for_pause(due, paused_at, paused_at, standard.basis, cal) == due
    if paused_at < due:
        # The time left at the pause is exactly what is left after resuming.
        if standard.basis == "calendar":
            assert extended - resumed_at == due - paused_at
        else:
            left_at_pause = cal.business_time_between(paused_at, due)
            assert cal.business_time_between(resumed_at, extended) >= left_at_pause
