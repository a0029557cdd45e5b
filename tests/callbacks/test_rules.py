"""The pure callback rules: which contacts owe a call, what a preference means, and when the next
attempt is due (spacing, calling windows at night and over the weekend, holidays, the patient's
preference and time zone). Maple Street's playbook: calls Mon–Fri 08:00–20:00, Sat 09:00–13:00,
never Sunday; spacing [2h, next_business_morning]; the clinic opens Mon–Fri 08:00, Sat 09:00.
2026-11-23 is a Monday."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careloop.callbacks.models import CallbackReason
from careloop.callbacks.rules import (
    CallbackRules,
    PreferenceNotUnderstood,
    PreferredTimes,
    callable_windows,
    callback_reason,
    is_callable,
    is_signal_only,
    next_attempt_due,
    parse_preference,
    understood_preference,
)
from careloop.playbook import load_default_playbook, parse_playbook_text
from tests.callbacks.helpers import PACIFIC, pacific
from tests.personas import default_playbook_text

RULES = CallbackRules.from_playbook(load_default_playbook())
LA = "America/Los_Angeles"


def due(received: str, *, attempts: int = 0, last: str | None = None, preference: str | None = None,
        timezone: str = LA, rules: CallbackRules = RULES) -> datetime | None:
    result = next_attempt_due(
        rules, received_at=pacific(received), attempts_made=attempts,
        last_attempt_at=pacific(last) if last else None, timezone=timezone,
        preference=understood_preference(preference))
    return None if result is None else result.astimezone(PACIFIC).replace(tzinfo=None)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(("received", "expected"), [
    ("2026-11-23 10:00", "2026-11-23 10:00"),  # Monday morning: call now
    ("2026-11-23 22:30", "2026-11-24 08:00"),  # a voicemail at night waits for the morning
    ("2026-11-27 20:30", "2026-11-28 09:00"),  # Friday night: Saturday's window
    ("2026-11-28 13:30", "2026-11-30 08:00"),  # Saturday after 13:00: no calls on Sunday
    ("2026-11-29 11:00", "2026-11-30 08:00"),  # Sunday
])
def test_first_attempt_is_due_at_the_first_callable_moment(received, expected):
    assert due(received) == local(expected)


@pytest.mark.parametrize(("last", "expected"), [
    ("2026-11-23 10:00", "2026-11-23 12:00"),  # +2h inside the window
    ("2026-11-23 19:00", "2026-11-24 08:00"),  # +2h lands at 21:00: next morning
    ("2026-11-28 12:30", "2026-11-30 08:00"),  # Saturday 14:30 is outside; Sunday closed
])
def test_second_attempt_waits_two_hours_then_finds_a_window(last, expected):
    assert due("2026-11-23 09:00", attempts=1, last=last) == local(expected)


@pytest.mark.parametrize(("last", "expected"), [
    ("2026-11-24 09:00", "2026-11-25 08:00"),  # Tuesday → Wednesday opening
    ("2026-11-27 15:00", "2026-11-28 09:00"),  # Friday → Saturday opening (open 09:00-12:00)
    ("2026-11-28 10:00", "2026-11-30 08:00"),  # Saturday → Monday
])
def test_third_attempt_is_the_next_business_morning(last, expected):
    assert due("2026-11-23 09:00", attempts=2, last=last) == local(expected)


def test_holidays_and_closures_have_no_calling_time():
    # Christmas Eve is a playbook closure, Christmas Day a public holiday: nobody calls then.
    assert due("2026-12-20 09:00", attempts=1, last="2026-12-23 19:30") == local("2026-12-26 09:00")
    assert due("2026-12-23 09:00", attempts=2, last="2026-12-23 15:00") == local("2026-12-26 09:00")


def test_no_attempt_after_the_last_one():
    assert due("2026-11-23 09:00", attempts=3, last="2026-11-24 08:00") is None


@pytest.mark.parametrize(("preference", "received", "expected"), [
    ("mornings", "2026-11-23 14:00", "2026-11-24 08:00"),
    ("after 5pm", "2026-11-23 10:00", "2026-11-23 17:00"),
    ("después de las 5", "2026-11-23 10:00", "2026-11-23 17:00"),
    ("weekdays before noon", "2026-11-27 13:00", "2026-11-30 08:00"),  # not Saturday
    ("saturday mornings", "2026-11-23 10:00", "2026-11-28 09:00"),
    ("any time", "2026-11-23 10:00", "2026-11-23 10:00"),
    # Words that are not days or times stay a note for staff; the windows decide.
    ("text first", "2026-11-23 10:00", "2026-11-23 10:00"),
    # A wish outside every calling window cannot make the call impossible: the windows decide.
    ("after 9pm", "2026-11-23 10:00", "2026-11-23 10:00"),
])
def test_patient_preference_narrows_the_windows(preference, received, expected):
    assert due(received, preference=preference) == local(expected)


def test_windows_are_the_patients_local_time():
    # 06:00 in San Francisco is 09:00 in New York: a New York patient may be called already.
    assert due("2026-11-23 06:00", timezone="America/New_York") == local("2026-11-23 06:00")
    assert due("2026-11-23 06:00") == local("2026-11-23 08:00")
    # 17:30 in San Francisco is 20:30 in New York: too late there.
    assert due("2026-11-23 17:30", timezone="America/New_York") == local("2026-11-24 05:00")


def test_spacing_on_the_business_clock():
    text = default_playbook_text().replace("spacing: [2h, next_business_morning]",
                                           'spacing: ["1 business day", 30m]')
    rules = CallbackRules.from_playbook(parse_playbook_text(text))
    # One business day after Wednesday 10:00 is Thursday 10:00; 30 minutes after that, 10:30.
    assert due("2026-11-18 09:00", attempts=1, last="2026-11-18 10:00", rules=rules) == local("2026-11-19 10:00")
    assert due("2026-11-18 09:00", attempts=2, last="2026-11-19 10:00", rules=rules) == local("2026-11-19 10:30")


@pytest.mark.parametrize(("text", "expected"), [
    ("mornings", PreferredTimes(spans=((0, 720),))),
    ("Weekdays before noon", PreferredTimes(days=frozenset(range(5)), spans=((0, 720),))),
    ("between 9 and 11am", PreferredTimes(spans=((540, 660),))),
    ("9:00-11:00", PreferredTimes(spans=((540, 660),))),
    ("entre las 9 y las 11", PreferredTimes(spans=((540, 660),))),
    ("en la tarde", PreferredTimes(spans=((720, 1020),))),
    ("mornings or after 5pm", PreferredTimes(spans=((0, 720), (1020, 1440)))),
    ("a cualquier hora", PreferredTimes()),
    ("", PreferredTimes()),
])
def test_preferences_are_read_in_english_and_spanish(text, expected):
    assert parse_preference(text) == expected


@pytest.mark.parametrize("text", ["text first", "email only", "call the daughter's number first",
                                  "between 5pm and 3pm", "after 31"])
def test_preferences_that_are_not_times_are_refused_with_examples(text):
    with pytest.raises(PreferenceNotUnderstood, match="e.g.|ends before|not a time"):
        parse_preference(text)


@pytest.mark.parametrize(("channel", "text", "reason", "wordless"), [
    ("voicemail", "Hi this is Ana, please call me back about my bill", CallbackReason.VOICEMAIL, False),
    ("voicemail", "(no message left)", CallbackReason.VOICEMAIL, True),
    ("phone_call", "Missed call", CallbackReason.MISSED_CALL, True),
    ("phone_call", "Missed call from +1 415-523-8886", CallbackReason.MISSED_CALL, True),
    ("phone_call", "Abandoned call after 3 minutes in queue", CallbackReason.ABANDONED_CALL, True),
    ("phone_call", "Llamada perdida", CallbackReason.MISSED_CALL, True),
    ("sms", "pls call me", CallbackReason.CALL_ME_REQUEST, False),
    ("portal", "Hola, ¿me pueden llamar? Es sobre mi cita", CallbackReason.CALL_ME_REQUEST, False),
    ("email", "Could someone return my call?", CallbackReason.CALL_ME_REQUEST, False),
    ("sms", "Can I get a refill of my lisinopril?", None, False),
    ("phone_call", "Patient asked where to park; answered", None, False),
])
def test_which_contacts_owe_the_patient_a_call(channel, text, reason, wordless):
    assert callback_reason(channel, text) == reason
    assert is_signal_only(channel, text) == wordless


# ----------------------------------------------------------------------------- properties

PREFERENCES = [None, "mornings", "afternoons", "after 5pm", "lunchtime", "weekdays before noon",
               "saturday mornings", "9:00-11:00", "after 9pm", "text first"]
ZONES = [LA, "America/New_York", "America/Chicago", "America/Phoenix"]
# From late October: the range crosses the end of daylight saving time (1 November 2026).
START = datetime(2026, 10, 20, tzinfo=ZoneInfo("UTC"))


@settings(max_examples=150, deadline=None)
@given(minutes=st.integers(0, 60 * 24 * 70), attempts=st.integers(0, 2), gap=st.integers(0, 60 * 24 * 3),
       preference=st.sampled_from(PREFERENCES), zone=st.sampled_from(ZONES))
def test_the_next_attempt_is_callable_and_never_early(minutes, attempts, gap, preference, zone):
    received = START + timedelta(minutes=minutes)
    last = received + timedelta(minutes=gap) if attempts else None
    wanted = understood_preference(preference)
    result = next_attempt_due(RULES, received_at=received, attempts_made=attempts, last_attempt_at=last,
                              timezone=zone, preference=wanted)
    assert result is not None
    assert result >= (last or received)
    assert is_callable(RULES, result, zone, wanted)
    windows, _ = callable_windows(RULES, wanted)
    local_time = result.astimezone(ZoneInfo(zone))
    minute = local_time.hour * 60 + local_time.minute
    spans = windows[local_time.weekday()]
    assert any(start <= minute < end for start, end in spans)
    if attempts == 0 and result > received:
        # Moved forward only as far as the next opening of a callable stretch.
        assert any(start == minute for start, _ in spans)
    assert result - (last or received) < timedelta(days=10)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60) | st.from_regex(r"(after|before|between) \d{1,3}(:\d\d)?( ?[ap]m)?( and \d{1,2})?",
                                            fullmatch=True))
def test_any_preference_text_is_read_or_refused_never_crashes(text):
    try:
        result = parse_preference(text)
    except PreferenceNotUnderstood:
        return
    for start, end in result.spans or ():
        assert 0 <= start < end <= 24 * 60
