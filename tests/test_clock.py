"""Worked examples for careloop.clock, each computed by hand in the comments."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from careloop.clock import (
    BusinessCalendar,
    ClockError,
    Standard,
    due_at,
    extend_for_pause,
    parse_duration,
    parse_standard,
)

LA = ZoneInfo("America/Los_Angeles")
MADRID = ZoneInfo("Europe/Madrid")
UTC = timezone.utc

SPLIT_DAY = (("08:00", "12:00"), ("13:00", "17:00"))
WEEKDAYS_WITH_LUNCH = {0: SPLIT_DAY, 1: SPLIT_DAY, 2: SPLIT_DAY, 3: SPLIT_DAY, 4: SPLIT_DAY, 5: (), 6: ()}
CHRISTMAS_EVE_CLOSED = ((date(2026, 12, 24), date(2026, 12, 24)),)
SUMMER_WEEK_CLOSED = ((date(2026, 8, 3), date(2026, 8, 7)),)


def local(*args: int) -> datetime:
    """A Los Angeles wall-clock time (fold=0 unless a test says otherwise)."""
    return datetime(*args, tzinfo=LA)


@pytest.fixture(scope="module")
def clinic() -> BusinessCalendar:
    """A California family practice: Mon-Fri 8-12 and 13-17, US/CA holidays, closed Christmas Eve."""
    return BusinessCalendar(
        timezone="America/Los_Angeles",
        weekly_hours=WEEKDAYS_WITH_LUNCH,
        holiday_country="US",
        holiday_subdivision="CA",
        closures=CHRISTMAS_EVE_CLOSED + SUMMER_WEEK_CLOSED,
    )


@pytest.fixture(scope="module")
def federal_only_clinic() -> BusinessCalendar:
    return BusinessCalendar("America/Los_Angeles", WEEKDAYS_WITH_LUNCH, holiday_country="US")


@pytest.fixture(scope="module")
def seven_day_urgent_care() -> BusinessCalendar:
    """Open every day 08:00-20:00, no holidays: exercises DST Sundays."""
    return BusinessCalendar("America/Los_Angeles", {day: (("08:00", "20:00"),) for day in range(7)})


@pytest.fixture(scope="module")
def always_open() -> BusinessCalendar:
    return BusinessCalendar.round_the_clock("America/Los_Angeles")


def assert_utc(value: datetime) -> None:
    assert value.tzinfo is UTC


# --------------------------------------------------------------- add_business_time


@pytest.mark.parametrize(
    ("start", "duration", "expected", "why"),
    [
        (local(2026, 11, 20, 16, 0), timedelta(hours=4), local(2026, 11, 23, 11, 0),
         "Friday 16-17 is 1h, Monday 08-11 the other 3h"),
        (local(2026, 11, 16, 11, 0), timedelta(hours=2), local(2026, 11, 16, 14, 0),
         "11-12 then lunch, 13-14"),
        (local(2026, 11, 16, 12, 30), timedelta(minutes=30), local(2026, 11, 16, 13, 30),
         "arrives during lunch: counts from 13:00"),
        (local(2026, 11, 16, 16, 0), timedelta(hours=1), local(2026, 11, 16, 17, 0),
         "exactly fills the day: due at closing, not next opening"),
        (local(2026, 11, 25, 15, 0), timedelta(hours=4), local(2026, 11, 30, 10, 0),
         "Wed 15-17 = 2h; Thanksgiving and CA's Day After Thanksgiving closed; Mon 08-10"),
        (local(2026, 12, 23, 16, 0), timedelta(hours=2), local(2026, 12, 28, 9, 0),
         "Wed 16-17 = 1h; Christmas Eve closure, Christmas, weekend; Mon 08-09"),
        (local(2026, 3, 30, 16, 0), timedelta(hours=2), local(2026, 4, 1, 9, 0),
         "Mon 16-17 = 1h; Tue 31 Mar is Cesar Chavez Day in CA; Wed 08-09"),
        (local(2026, 7, 31, 16, 30), timedelta(hours=1), local(2026, 8, 10, 8, 30),
         "Fri 16:30-17 = 30m; closed the week of 3-7 Aug; Mon 08:00-08:30"),
        (local(2026, 11, 21, 2, 0), timedelta(minutes=30), local(2026, 11, 23, 8, 30),
         "Saturday night message counts from Monday opening"),
        (local(2026, 11, 17, 22, 0), timedelta(hours=1), local(2026, 11, 18, 9, 0),
         "Tuesday 22:00 counts from Wednesday 08:00"),
        (local(2026, 11, 16, 9, 0), timedelta(hours=8), local(2026, 11, 17, 9, 0),
         "one full 8h working day"),
        (local(2026, 11, 16, 9, 0), timedelta(0), local(2026, 11, 16, 9, 0),
         "zero duration is the start itself"),
    ],
)
def test_add_business_time_worked_examples(clinic, start, duration, expected, why):
    result = clinic.add_business_time(start, duration)
    assert result == expected, why
    assert_utc(result)
    assert clinic.business_time_between(start, result) == duration


def test_state_holidays_depend_on_subdivision(clinic, federal_only_clinic):
    wednesday = local(2026, 11, 25, 15, 0)
    # Federal-only: the day after Thanksgiving is a normal Friday -> Fri 08-10.
    assert federal_only_clinic.add_business_time(wednesday, timedelta(hours=4)) == local(2026, 11, 27, 10, 0)
    assert clinic.add_business_time(wednesday, timedelta(hours=4)) == local(2026, 11, 30, 10, 0)
    monday = local(2026, 3, 30, 16, 0)
    assert federal_only_clinic.add_business_time(monday, timedelta(hours=2)) == local(2026, 3, 31, 9, 0)


def test_holiday_names_and_business_days(clinic, federal_only_clinic):
    assert clinic.holiday_name(date(2026, 11, 26)) == "Thanksgiving Day"
    assert clinic.holiday_name(date(2026, 12, 25)) == "Christmas Day"
    assert clinic.holiday_name(date(2026, 3, 31)) == "Cesar Chavez Day"
    assert federal_only_clinic.holiday_name(date(2026, 3, 31)) is None
    assert clinic.holiday_name(date(2026, 11, 24)) is None
    # A closure is not a holiday but is not a business day either.
    assert clinic.holiday_name(date(2026, 12, 24)) is None
    assert not clinic.is_business_day(date(2026, 12, 24))
    assert not clinic.is_business_day(date(2026, 11, 26))
    assert not clinic.is_business_day(date(2026, 11, 21))  # Saturday
    assert clinic.is_business_day(date(2026, 11, 24))
    # The year 2027 is loaded on demand.
    assert clinic.holiday_name(date(2027, 1, 1)) == "New Year's Day"


def test_observed_holiday_closes_the_weekday():
    # 4 July 2026 is a Saturday; the holidays package marks Friday 3 July as observed.
    cal = BusinessCalendar("America/Los_Angeles", WEEKDAYS_WITH_LUNCH, holiday_country="US")
    assert cal.holiday_name(date(2026, 7, 3)) == "Independence Day (observed)"
    assert not cal.is_business_day(date(2026, 7, 3))


def test_clinic_can_work_selected_holidays():
    cal = BusinessCalendar(
        "America/Los_Angeles", WEEKDAYS_WITH_LUNCH, holiday_country="US", open_on_holidays=("veterans day",)
    )
    assert cal.holiday_name(date(2026, 11, 11)) == "Veterans Day"
    assert cal.is_business_day(date(2026, 11, 11))
    assert not cal.is_business_day(date(2026, 11, 26))


def test_working_one_of_two_same_day_holidays_still_closes():
    # holidays (US/CA) lists Susan B. Anthony Day on 15 Feb; in 2027 that is
    # also Presidents' Day and the package joins both names with "; ".
    cal = BusinessCalendar(
        "America/Los_Angeles", WEEKDAYS_WITH_LUNCH, "US", "CA", open_on_holidays=("Susan B. Anthony Day",)
    )
    assert cal.is_business_day(date(2028, 2, 15))  # a Tuesday, only Susan B. Anthony Day
    assert cal.holiday_name(date(2027, 2, 15)) == "Presidents' Day; Susan B. Anthony Day"
    assert not cal.is_business_day(date(2027, 2, 15))


def test_madrid_regional_holiday():
    # Madrid moves All Saints' Day (Sunday 1 Nov 2026) to Monday 2 Nov.
    cal = BusinessCalendar(
        "Europe/Madrid", {day: (("09:00", "14:00"),) for day in range(5)},
        holiday_country="ES", holiday_subdivision="MD",
    )
    assert not cal.is_business_day(date(2026, 11, 2))
    friday = datetime(2026, 10, 30, 13, 0, tzinfo=MADRID)
    assert cal.add_business_time(friday, timedelta(hours=2)) == datetime(2026, 11, 3, 10, 0, tzinfo=MADRID)


# --------------------------------------------------------------------- is_open / next_open


def test_is_open_and_next_open(clinic):
    assert clinic.is_open(local(2026, 11, 16, 8, 0))  # opening minute is open
    assert not clinic.is_open(local(2026, 11, 16, 12, 0))  # closing minute is closed
    assert not clinic.is_open(local(2026, 11, 16, 12, 59))
    assert not clinic.is_open(local(2026, 11, 26, 10, 0))  # Thanksgiving
    # Same instant given in another zone.
    assert clinic.is_open(datetime(2026, 11, 16, 17, 0, tzinfo=UTC))  # 09:00 PST
    assert clinic.next_open(local(2026, 11, 16, 9, 15)) == local(2026, 11, 16, 9, 15)
    assert clinic.next_open(local(2026, 11, 16, 12, 0)) == local(2026, 11, 16, 13, 0)
    assert clinic.next_open(local(2026, 11, 25, 17, 0)) == local(2026, 11, 30, 8, 0)
    assert_utc(clinic.next_open(local(2026, 11, 16, 9, 15)))


def test_business_time_between(clinic):
    monday = local(2026, 11, 16, 0, 0)
    assert clinic.business_time_between(monday, monday + timedelta(days=7)) == timedelta(hours=40)
    # Thanksgiving week: Mon-Wed only.
    assert clinic.business_time_between(local(2026, 11, 23), local(2026, 11, 30)) == timedelta(hours=24)
    # Reversed range is negative: "overdue by 1h of business time".
    assert clinic.business_time_between(local(2026, 11, 16, 10), local(2026, 11, 16, 9)) == -timedelta(hours=1)


# -------------------------------------------------------------------------------- DST


def test_nine_hour_day_stays_nine_hours_on_dst_days():
    cal = BusinessCalendar("America/Los_Angeles", {day: (("08:00", "17:00"),) for day in range(7)})
    for day in (date(2026, 3, 8), date(2026, 11, 1), date(2026, 3, 7), date(2026, 11, 2)):
        start = datetime.combine(day, time(), tzinfo=LA)
        end = datetime.combine(day + timedelta(days=1), time(), tzinfo=LA)
        assert cal.business_time_between(start, end) == timedelta(hours=9), day


def test_round_the_clock_day_has_real_length_on_dst_days(always_open):
    # Clocks jump 02:00 -> 03:00 on 8 Mar (23h day) and 02:00 -> 01:00 on 1 Nov (25h day).
    assert always_open.business_time_between(local(2026, 3, 8), local(2026, 3, 9)) == timedelta(hours=23)
    assert always_open.business_time_between(local(2026, 11, 1), local(2026, 11, 2)) == timedelta(hours=25)


def test_spring_forward_business_and_calendar(seven_day_urgent_care, always_open):
    # Sat 19:00 + 2h: Sat 19-20 (1h), Sun opens 08:00 PDT -> 09:00 PDT = 16:00 UTC.
    saturday = local(2026, 3, 7, 19, 0)
    result = seven_day_urgent_care.add_business_time(saturday, timedelta(hours=2))
    assert result == datetime(2026, 3, 8, 16, 0, tzinfo=UTC)
    assert seven_day_urgent_care.add_business_days(saturday, 1) == local(2026, 3, 8, 19, 0)
    # 01:30 PST + 1h, 24/7: 02:30 does not exist -> 03:30 PDT (10:30 UTC), both bases.
    night = local(2026, 3, 8, 1, 30)
    assert always_open.add_business_time(night, timedelta(hours=1)) == datetime(2026, 3, 8, 10, 30, tzinfo=UTC)
    calendar_due = due_at(night, Standard(1, "hours", "calendar"), seven_day_urgent_care)
    assert calendar_due == datetime(2026, 3, 8, 10, 30, tzinfo=UTC)
    assert calendar_due.astimezone(LA).hour == 3


def test_spring_forward_opening_inside_the_gap():
    # Sunday hours 02:30-04:00: on 8 Mar 02:30 never happens, so the clinic
    # opens when the clocks jump (03:00 PDT = 10:00 UTC) for 1h, not 1.5h.
    cal = BusinessCalendar("America/Los_Angeles", {6: (("02:30", "04:00"),)})
    assert cal.next_open(local(2026, 3, 8, 0, 0)) == datetime(2026, 3, 8, 10, 0, tzinfo=UTC)
    assert cal.business_time_between(local(2026, 3, 8), local(2026, 3, 9)) == timedelta(hours=1)
    # A span wholly inside the gap has no real time; the day is not a business day.
    gap_only = BusinessCalendar("America/Los_Angeles", {6: (("02:00", "02:30"),), 0: (("08:00", "09:00"),)})
    assert not gap_only.is_business_day(date(2026, 3, 8))
    assert gap_only.is_business_day(date(2026, 3, 15))
    assert gap_only.add_business_time(local(2026, 3, 8, 0, 0), timedelta(minutes=30)) == local(2026, 3, 9, 8, 30)


def test_fall_back_business_and_calendar(seven_day_urgent_care, always_open):
    # Sat 31 Oct 19:00 + 2h: Sat 19-20, Sun 08:00 PST -> 09:00 PST = 17:00 UTC.
    saturday = local(2026, 10, 31, 19, 0)
    assert seven_day_urgent_care.add_business_time(saturday, timedelta(hours=2)) == datetime(
        2026, 11, 1, 17, 0, tzinfo=UTC
    )
    # 00:30 PDT + 2h of real time = 01:30 PST (the *second* 01:30), 09:30 UTC.
    night = local(2026, 11, 1, 0, 30)
    expected = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
    assert always_open.add_business_time(night, timedelta(hours=2)) == expected
    assert due_at(night, Standard(2, "hours", "calendar"), seven_day_urgent_care) == expected
    assert expected.astimezone(LA).fold == 1


def test_fall_back_ambiguous_boundaries_count_once():
    # Sunday 01:00-03:00: opens at the first 01:00 (PDT, 08:00 UTC), closes at
    # 03:00 PST (11:00 UTC): 3h of real open time, the repeated hour once.
    cal = BusinessCalendar("America/Los_Angeles", {6: (("01:00", "03:00"),)})
    assert cal.business_time_between(local(2026, 11, 1), local(2026, 11, 2)) == timedelta(hours=3)
    assert cal.next_open(local(2026, 11, 1, 0, 0)) == datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    second_one_thirty = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=LA)
    assert cal.is_open(second_one_thirty)
    assert cal.add_business_time(second_one_thirty, timedelta(hours=1)) == datetime(2026, 11, 1, 10, 30, tzinfo=UTC)


def test_phoenix_has_no_dst():
    cal = BusinessCalendar.round_the_clock("America/Phoenix")
    start = datetime(2026, 3, 8, 0, 0, tzinfo=ZoneInfo("America/Phoenix"))
    assert cal.business_time_between(start, start + timedelta(days=1)) == timedelta(hours=24)


# ------------------------------------------------------------------------------ due_at


def test_emergency_runs_on_the_calendar_at_2am_saturday(clinic):
    saturday_2am = local(2026, 11, 21, 2, 0)
    due = due_at(saturday_2am, Standard(1, "hours", "calendar"), clinic)
    assert due == datetime(2026, 11, 21, 11, 0, tzinfo=UTC)  # 03:00 PST
    assert_utc(due)
    # The same message on a business standard waits for Monday.
    assert due_at(saturday_2am, Standard(1, "hours", "business"), clinic) == local(2026, 11, 23, 9, 0)


def test_due_at_business_units(clinic):
    friday = local(2026, 11, 20, 16, 0)
    assert due_at(friday, Standard(4, "hours", "business"), clinic) == local(2026, 11, 23, 11, 0)
    assert due_at(friday, Standard(90, "minutes", "business"), clinic) == local(2026, 11, 23, 8, 30)
    assert due_at(friday, Standard(2, "days", "business"), clinic) == local(2026, 11, 24, 16, 0)
    # Calendar days are 24h of elapsed time.
    assert due_at(friday, Standard(2, "days", "calendar"), clinic) == friday + timedelta(hours=48)


def test_due_at_rejects_naive_start(clinic):
    with pytest.raises(ClockError, match="no time zone"):
        due_at(datetime(2026, 11, 20, 16, 0), Standard(4, "hours", "business"), clinic)


# ------------------------------------------------------------------- add_business_days


@pytest.mark.parametrize(
    ("start", "days", "expected", "why"),
    [
        (local(2026, 11, 18, 10, 0), 2, local(2026, 11, 20, 10, 0), "Wed -> Fri"),
        (local(2026, 11, 20, 10, 0), 2, local(2026, 11, 24, 10, 0), "Fri -> Tue over the weekend"),
        (local(2026, 11, 25, 10, 0), 1, local(2026, 11, 30, 10, 0), "Wed -> Mon over Thanksgiving Thu+Fri"),
        (local(2026, 11, 21, 2, 0), 1, local(2026, 11, 24, 8, 0), "Sat night: from Mon 08:00 -> Tue 08:00"),
        (local(2026, 11, 16, 12, 30), 1, local(2026, 11, 17, 13, 0), "lunch arrival: from Mon 13:00 -> Tue 13:00"),
        (local(2026, 11, 16, 17, 30), 1, local(2026, 11, 18, 8, 0), "after close: from Tue 08:00 -> Wed 08:00"),
        (local(2026, 12, 23, 9, 0), 1, local(2026, 12, 28, 9, 0), "closure + Christmas + weekend"),
        (local(2026, 11, 21, 2, 0), 0, local(2026, 11, 23, 8, 0), "zero days = next opening"),
    ],
)
def test_add_business_days_worked_examples(clinic, start, days, expected, why):
    result = clinic.add_business_days(start, days)
    assert result == expected, why
    assert_utc(result)


def test_add_business_days_clamps_into_the_target_day():
    short_friday = dict(WEEKDAYS_WITH_LUNCH)
    short_friday[4] = (("10:00", "11:00"), ("12:00", "13:00"))
    cal = BusinessCalendar("America/Los_Angeles", short_friday)
    # Wed 15:00 + 2 -> Fri 15:00 is after Friday's close -> close of business 13:00.
    assert cal.add_business_days(local(2026, 11, 18, 15, 0), 2) == local(2026, 11, 20, 13, 0)
    # Wed 11:30 + 2 -> Fri 11:30 falls in Friday's break -> end of the morning, 11:00.
    assert cal.add_business_days(local(2026, 11, 18, 11, 30), 2) == local(2026, 11, 20, 11, 0)
    # Wed 08:30 + 2 -> Fri 08:30 is before Friday opens -> opening, 10:00.
    assert cal.add_business_days(local(2026, 11, 18, 8, 30), 2) == local(2026, 11, 20, 10, 0)


def test_add_business_days_rejects_bad_counts(clinic):
    with pytest.raises(ClockError, match="negative"):
        clinic.add_business_days(local(2026, 11, 18, 10, 0), -1)
    with pytest.raises(ClockError, match="whole number"):
        clinic.add_business_days(local(2026, 11, 18, 10, 0), 1.5)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- pauses


def test_business_pause_spanning_a_weekend(clinic):
    due = local(2026, 11, 23, 11, 0)  # Fri 16:00 + 4 business hours
    # Paused Fri 16:30 with 3.5h left (Fri 30m + Mon 3h); resumed Mon 09:00:
    # Mon 09-12 (3h) + 13:00-13:30 -> 13:30.
    new_due = extend_for_pause(due, local(2026, 11, 20, 16, 30), local(2026, 11, 23, 9, 0), "business", clinic)
    assert new_due == local(2026, 11, 23, 13, 30)
    assert_utc(new_due)


def test_business_pause_only_over_the_weekend_changes_nothing(clinic):
    due = local(2026, 11, 23, 11, 0)
    new_due = extend_for_pause(due, local(2026, 11, 21, 9, 0), local(2026, 11, 22, 18, 0), "business", clinic)
    assert new_due == due


def test_calendar_pause_spanning_a_weekend(clinic):
    due = local(2026, 11, 21, 3, 0)  # Sat 02:00 + 1h emergency
    # 30m left at the 02:30 pause; resumed Sunday 10:00 -> 10:30.
    new_due = extend_for_pause(due, local(2026, 11, 21, 2, 30), local(2026, 11, 22, 10, 0), "calendar", clinic)
    assert new_due == local(2026, 11, 22, 10, 30)


def test_pause_accepts_a_standard_and_ignores_pauses_after_the_due_time(clinic):
    due = local(2026, 11, 23, 11, 0)
    standard = Standard(4, "hours", "business")
    assert extend_for_pause(due, local(2026, 11, 23, 12, 0), local(2026, 11, 24, 9, 0), standard, clinic) == due
    assert extend_for_pause(due, local(2026, 11, 23, 9, 0), local(2026, 11, 23, 9, 0), standard, clinic) == due


def test_pause_errors(clinic):
    due = local(2026, 11, 23, 11, 0)
    with pytest.raises(ClockError, match="resumed"):
        extend_for_pause(due, local(2026, 11, 23, 10, 0), local(2026, 11, 23, 9, 0), "business", clinic)
    with pytest.raises(ClockError, match="'business' or 'calendar'"):
        extend_for_pause(due, local(2026, 11, 23, 9, 0), local(2026, 11, 23, 10, 0), "weekly", clinic)  # type: ignore[arg-type]
    with pytest.raises(ClockError, match="pause time"):
        extend_for_pause(due, datetime(2026, 11, 23, 9, 0), local(2026, 11, 23, 10, 0), "business", clinic)


# --------------------------------------------------------------------- construction


def test_calendar_is_immutable_hashable_and_normalised():
    as_strings = BusinessCalendar("America/Los_Angeles", {0: (("08:00", "17:00"),)}, holiday_country="us")
    as_times = BusinessCalendar("America/Los_Angeles", {0: ((time(8), time(17)),), 3: ()}, holiday_country="US")
    assert as_strings == as_times
    assert hash(as_strings) == hash(as_times)
    assert {as_strings: "ok"}[as_times] == "ok"
    assert as_strings.weekly_hours[0] == (("08:00", "17:00"),)
    assert as_strings.holiday_country == "US"
    with pytest.raises(dataclasses.FrozenInstanceError):
        as_strings.timezone = "UTC"  # type: ignore[misc]
    # Warming the holiday cache does not change equality or hash.
    as_strings.holiday_name(date(2026, 1, 1))
    assert hash(as_strings) == hash(as_times) and as_strings == as_times
    # replace() round-trips the normalised form.
    assert dataclasses.replace(as_strings, closures=()) == as_strings


def test_single_pair_and_24_00_and_touching_spans():
    cal = BusinessCalendar(
        "America/New_York",
        {0: ("08:00", "12:00"), 1: (("12:00", "24:00"),), 2: (("00:00", "06:00"), ("06:00", "07:00"))},
    )
    new_york = ZoneInfo("America/New_York")
    # Tuesday noon to midnight runs straight into Wednesday 00:00-07:00.
    tuesday_evening = datetime(2026, 11, 17, 23, 0, tzinfo=new_york)
    assert cal.add_business_time(tuesday_evening, timedelta(hours=3)) == datetime(
        2026, 11, 18, 2, 0, tzinfo=new_york
    )
    assert cal.is_open(datetime(2026, 11, 18, 0, 0, tzinfo=new_york))


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ({0: (("17:00", "08:00"),)}, "closes before it opens"),
        ({0: (("08:00", "08:00"),)}, "closes before it opens"),
        ({0: (("08:00", "12:00"), ("11:00", "14:00"))}, "overlap"),
        ({7: (("08:00", "12:00"),)}, "0 \\(Monday\\) to 6 \\(Sunday\\)"),
        ({"mon": (("08:00", "12:00"),)}, "0 \\(Monday\\) to 6 \\(Sunday\\)"),
        ({0: (("25:00", "26:00"),)}, "HH:MM"),
        ({0: (("8am", "5pm"),)}, "HH:MM"),
        ({0: (("24:00", "24:00"),)}, "cannot start at 24:00"),
        ({0: (("08:00", "12:00", "13:00"),)}, "pair"),
        ({0: ((time(8, 0, 30), time(9)),)}, "whole minutes"),
        ([("08:00", "17:00")], "weekday numbers"),
    ],
)
def test_invalid_weekly_hours_are_rejected(hours, message):
    with pytest.raises(ClockError, match=message):
        BusinessCalendar("America/Los_Angeles", hours)


def test_invalid_timezone_holidays_and_closures():
    with pytest.raises(ClockError, match="Mars/Olympus"):
        BusinessCalendar("Mars/Olympus", {})
    with pytest.raises(ClockError, match="'XX'"):
        BusinessCalendar("America/Los_Angeles", {}, holiday_country="XX")
    with pytest.raises(ClockError, match="'ZZ' is not a known state/region of US"):
        BusinessCalendar("America/Los_Angeles", {}, holiday_country="US", holiday_subdivision="ZZ")
    with pytest.raises(ClockError, match="holiday_country must be a code"):
        BusinessCalendar("America/Los_Angeles", {}, holiday_country=840)  # type: ignore[arg-type]
    with pytest.raises(ClockError, match="needs a country"):
        BusinessCalendar("America/Los_Angeles", {}, holiday_subdivision="CA")
    with pytest.raises(ClockError, match="ends before it starts"):
        BusinessCalendar("America/Los_Angeles", {}, closures=((date(2026, 5, 2), date(2026, 5, 1)),))
    with pytest.raises(ClockError, match="not a calendar date"):
        BusinessCalendar("America/Los_Angeles", {}, closures=((datetime(2026, 5, 1), date(2026, 5, 2)),))
    # A lower-case subdivision is accepted.
    assert BusinessCalendar("America/Los_Angeles", {}, "US", "ca").holiday_subdivision == "CA"


def test_calendar_without_hours_fails_clearly_instead_of_looping():
    closed = BusinessCalendar("America/Los_Angeles", {day: () for day in range(7)})
    start = local(2026, 11, 16, 9, 0)
    assert not closed.is_open(start)
    assert not closed.is_business_day(date(2026, 11, 16))
    assert closed.business_time_between(start, start + timedelta(days=30)) == timedelta(0)
    with pytest.raises(ClockError, match="no opening hours"):
        closed.add_business_time(start, timedelta(hours=1))
    with pytest.raises(ClockError, match="no opening hours"):
        closed.next_open(start)
    with pytest.raises(ClockError, match="no opening hours"):
        due_at(start, Standard(1, "days", "business"), closed)
    # The calendar basis does not need opening hours.
    assert due_at(start, Standard(1, "hours", "calendar"), closed) == start + timedelta(hours=1)


def test_very_long_closure_is_bounded():
    cal = BusinessCalendar(
        "America/Los_Angeles", WEEKDAYS_WITH_LUNCH, closures=((date(2026, 1, 1), date(2031, 12, 31)),)
    )
    with pytest.raises(ClockError, match="more than 3 years"):
        cal.add_business_time(local(2026, 11, 16, 9, 0), timedelta(hours=1))
    with pytest.raises(ClockError, match="more than 3 years"):
        cal.add_business_days(datetime(2025, 12, 31, 9, 0, tzinfo=LA), 1)
    # A closure shorter than the limit is simply waited out.
    assert cal.next_open(local(2031, 6, 1)) == local(2032, 1, 1, 8, 0)


def test_naive_datetimes_are_rejected_everywhere(clinic):
    naive = datetime(2026, 11, 16, 9, 0)
    for call in (
        lambda: clinic.is_open(naive),
        lambda: clinic.next_open(naive),
        lambda: clinic.add_business_time(naive, timedelta(hours=1)),
        lambda: clinic.add_business_days(naive, 1),
        lambda: clinic.business_time_between(naive, local(2026, 11, 17)),
    ):
        with pytest.raises(ClockError, match="no time zone"):
            call()
    with pytest.raises(ClockError, match="negative"):
        clinic.add_business_time(local(2026, 11, 16, 9, 0), timedelta(hours=-1))
    with pytest.raises(ClockError, match="calendar date"):
        clinic.is_business_day(naive)  # type: ignore[arg-type]


# ------------------------------------------------------------------ parse_duration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", (30, "minutes")),
        ("30 min", (30, "minutes")),
        ("90 minutes", (90, "minutes")),
        ("1 minute", (1, "minutes")),
        ("4h", (4, "hours")),
        ("4 hrs", (4, "hours")),
        (" 4 Hours ", (4, "hours")),
        ("2d", (2, "days")),
        ("1 day", (1, "days")),
        ("2 business days", (2, "days")),
        ("2 working days", (2, "days")),
        ("within 4h on business hours", (4, "hours")),
        ("within 1h on the calendar", (1, "hours")),
        ("4 business hours", (4, "hours")),
    ],
)
def test_parse_duration_accepts(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "missing"),
        ("soon", "Couldn't understand"),
        ("1.5h", "whole number"),
        ("0h", "at least 1"),
        ("2 weeks", "'weeks' is not a unit"),
        ("-2h", "Couldn't understand"),
        ("2 business days on the calendar", "both business and calendar"),
        ("h4", "Couldn't understand"),
    ],
)
def test_parse_duration_rejects_with_helpful_message(text, message):
    with pytest.raises(ClockError, match=message):
        parse_duration(text)


def test_parse_standard_picks_up_the_basis():
    assert parse_standard("2 business days") == Standard(2, "days", "business")
    assert parse_standard("within 1h on the calendar") == Standard(1, "hours", "calendar")
    assert parse_standard("4h", default_basis="calendar") == Standard(4, "hours", "calendar")


def test_standard_validation():
    with pytest.raises(ClockError, match="at least 1"):
        Standard(0, "hours", "business")
    with pytest.raises(ClockError, match="minutes, hours or days"):
        Standard(1, "weeks", "business")  # type: ignore[arg-type]
    with pytest.raises(ClockError, match="'business' or 'calendar'"):
        Standard(1, "hours", "clinic")  # type: ignore[arg-type]
    assert Standard(2, "days", "calendar").elapsed == timedelta(hours=48)
