"""Callback rules: PURE functions, no database, no clock reads.

- which contacts owe the patient a call (voicemail, missed or abandoned call, "please call me");
- what a patient's callback preference means ("mornings", "después de las 5", "weekdays before
  noon"), in minutes of their local day;
- when the next attempt is due: the playbook's spacing from the last attempt, then moved
  forward into the first instant that is inside the clinic's calling windows AND the patient's
  preference, in the patient's local time zone.

Decisions worth knowing:
- Calling windows skip the clinic's public holidays and closures: nobody is there to call, and
  a call on Christmas morning is not the courtesy the windows exist for.
- A preference that leaves no time inside the calling windows (say "after 9pm" when calls stop
  at 20:00) is ignored for scheduling rather than making the callback impossible: the clinic
  still owes the call. `callable_calendar` reports which it used.
- "next_business_morning" is the clinic's first opening on a later local day than the last
  attempt (the clinic's business calendar, so a Friday attempt retries on Monday).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from careloop.clock import BusinessCalendar
from careloop.labels import Channel
from careloop.playbook import Playbook
from careloop.playbook.fields import Duration
from careloop.playbook.schema import NEXT_BUSINESS_MORNING

from .models import CallbackReason

DAY_MINUTES = 24 * 60

# ----------------------------------------------------------------------------- which contacts


def _fold(text: str) -> str:
    """Lower case without accents, so "llámeme" and "llameme" read the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MISSED = re.compile(r"\b(missed call|no answer|unanswered call|llamada perdida|llamada no contestada)\b")
_ABANDONED = re.compile(r"\b(abandoned|hung up|hang up|colgo|llamada abandonada)\b")
_CALL_ME = re.compile(
    r"\b(call (me|us|her|him|them)( back)?|call back|callback|call-back|return (my|the|our) call"
    r"|give (me|us) a call|ring me|llam(e|a|en)me|llamarme|me (puede|pueden|podrian|podria)n? llamar"
    r"|me llaman?|(regresar|regresen|regrese|devolver|devuelvan|devuelva)(me)? la llamada)\b"
)


def callback_reason(channel: Channel | str, text: str) -> CallbackReason | None:
    """Why this inbound contact owes the patient a call, or None.

    A voicemail always does (the patient expects to hear back by phone). A phone-system record
    of a missed or abandoned call does. Any message that asks for a call does ("call me back",
    "llámeme") — whatever the channel, because the patient chose the phone as the answer.
    """
    channel = Channel(channel)
    folded = _fold(text)
    if channel is Channel.VOICEMAIL:
        return CallbackReason.VOICEMAIL
    if channel is Channel.PHONE_CALL and _ABANDONED.search(folded):
        return CallbackReason.ABANDONED_CALL
    if channel is Channel.PHONE_CALL and _MISSED.search(folded):
        return CallbackReason.MISSED_CALL
    if _CALL_ME.search(folded):
        return CallbackReason.CALL_ME_REQUEST
    return None


# Contacts that carry no need of their own, only "this number tried to reach you": their triage
# labels are guesses from no words, so they never decide a case's category when merged.
_SIGNAL_ONLY = re.compile(
    r"^\W*(missed call|abandoned call|llamada perdida|llamada abandonada|no message left|"
    r"\(?no message\)?|hung up|caller hung up|sin mensaje)\b[^a-z]*"
    r"(from [+\d\s().-]*|de [+\d\s().-]*)?[^a-z]*"
    r"((after|despues de) [\w\s]*(in queue|en espera|minutes?|minutos?|seconds?|segundos?)[^a-z]*)?$"
)


def is_signal_only(channel: Channel | str, text: str) -> bool:
    """A missed/abandoned call or an empty voicemail: the patient tried, but said nothing."""
    if Channel(channel) not in (Channel.PHONE_CALL, Channel.VOICEMAIL):
        return False
    folded = _fold(text).strip()
    return not folded or bool(_SIGNAL_ONLY.match(folded))


# ----------------------------------------------------------------------------- preferences

WEEKDAY_WORDS = {
    0: ("monday", "mondays", "lunes"), 1: ("tuesday", "tuesdays", "martes"),
    2: ("wednesday", "wednesdays", "miercoles"), 3: ("thursday", "thursdays", "jueves"),
    4: ("friday", "fridays", "viernes"), 5: ("saturday", "saturdays", "sabado", "sabados"),
    6: ("sunday", "sundays", "domingo", "domingos"),
}
DAY_GROUPS = {
    "weekdays": frozenset(range(5)), "weekday": frozenset(range(5)), "entre semana": frozenset(range(5)),
    "weekends": frozenset({5, 6}), "weekend": frozenset({5, 6}), "fines de semana": frozenset({5, 6}),
    "fin de semana": frozenset({5, 6}),
}
# Parts of the day, as clinics usually mean them.
PERIODS = {
    "mornings": (0, 12 * 60), "morning": (0, 12 * 60), "en la manana": (0, 12 * 60),
    "por la manana": (0, 12 * 60), "mananas": (0, 12 * 60),
    "afternoons": (12 * 60, 17 * 60), "afternoon": (12 * 60, 17 * 60), "en la tarde": (12 * 60, 17 * 60),
    "por la tarde": (12 * 60, 17 * 60), "tardes": (12 * 60, 17 * 60),
    "evenings": (17 * 60, DAY_MINUTES), "evening": (17 * 60, DAY_MINUTES), "en la noche": (17 * 60, DAY_MINUTES),
    "por la noche": (17 * 60, DAY_MINUTES), "after work": (17 * 60, DAY_MINUTES),
    "lunchtime": (12 * 60, 13 * 60), "lunch time": (12 * 60, 13 * 60), "at lunch": (12 * 60, 13 * 60),
    "a la hora de la comida": (12 * 60, 13 * 60),
    "before noon": (0, 12 * 60), "antes del mediodia": (0, 12 * 60),
    "after noon": (12 * 60, DAY_MINUTES), "despues del mediodia": (12 * 60, DAY_MINUTES),
}
ANY_TIME = ("any time", "anytime", "whenever", "a cualquier hora", "cualquier hora", "cuando sea")
FILLER = re.compile(
    r"\b(only|please|pls|best|is|are|fine|ok|good|the|on|in|at|or|and|y|o|u|e|solo|mejor|por favor|"
    r"call|calls|me|llamar|llamenme|preferably|de preferencia)\b|[,.;:!/&+-]"
)


def _clock(name: str) -> str:
    return (rf"(?P<{name}_h>\d{{1,2}})(?::(?P<{name}_m>\d{{2}}))?\s*"
            rf"(?P<{name}_x>am|pm|a\.m\.|p\.m\.|de la manana|de la tarde|de la noche)?")


_RANGE = re.compile(rf"\b(?:between |entre (?:las )?|from |de (?:las )?)?{_clock('a')}\s*(?:-|–|to|and|y(?: las)?|a(?: las)?)\s*{_clock('b')}")
_AFTER = re.compile(rf"\b(?:after|despues de(?: las)?|from)\s+{_clock('a')}")
_BEFORE = re.compile(rf"\b(?:before|antes de(?: las)?|until|till|hasta(?: las)?)\s+{_clock('b')}")


class PreferenceNotUnderstood(ValueError):
    """The words name no days or times CareLoop can schedule by (kept as a note for people)."""


@dataclass(frozen=True)
class PreferredTimes:
    """When the patient wants to be called: weekdays (0 = Monday; None = any day) and spans of
    minutes since local midnight (None = any time of day)."""

    days: frozenset[int] | None = None
    spans: tuple[tuple[int, int], ...] | None = None

    @property
    def is_any_time(self) -> bool:
        return self.days is None and self.spans is None


def _clock_minutes(hours: str, minutes: str | None, meridiem: str | None) -> int:
    hour, minute = int(hours), int(minutes or 0)
    if hour > 24 or minute > 59:
        raise PreferenceNotUnderstood(f"{hours}:{minutes or '00'} is not a time of day")
    marker = (meridiem or "").replace(".", "")
    if marker in ("pm", "de la tarde", "de la noche") and hour < 12:
        hour += 12
    elif marker in ("am", "de la manana") and hour == 12:
        hour = 0
    elif not marker and 1 <= hour <= 7:
        # "after 5" said to a clinic means 5 in the afternoon: nobody asks for a 5 a.m. call.
        hour += 12
    return min(hour * 60 + minute, DAY_MINUTES)


def _at(match: re.Match[str], name: str) -> int:
    return _clock_minutes(match[f"{name}_h"], match[f"{name}_m"], match[f"{name}_x"])


def parse_preference(text: str | None) -> PreferredTimes:
    """Read a callback preference. Raises PreferenceNotUnderstood when the words say something
    other than days and times ("text first", "call my daughter"); those stay a note for staff."""
    folded = _fold(text or "").strip()
    if not folded:
        return PreferredTimes()
    rest = f" {folded} "
    days: set[int] = set()
    spans: list[tuple[int, int]] = []
    any_time = False
    for phrase in ANY_TIME:
        if f" {phrase} " in rest:
            rest = rest.replace(phrase, " ")
            any_time = True
    for pattern, build in (
        (_RANGE, lambda m: (_at(m, "a"), _at(m, "b"))),
        (_AFTER, lambda m: (_at(m, "a"), DAY_MINUTES)),
        (_BEFORE, lambda m: (0, _at(m, "b"))),
    ):
        for match in pattern.finditer(rest):
            start, end = build(match)
            if start >= end:
                raise PreferenceNotUnderstood(f"{match[0].strip()!r} ends before it starts")
            spans.append((start, end))
        rest = pattern.sub(" ", rest)
    for phrase in sorted(PERIODS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", rest):
            spans.append(PERIODS[phrase])
            rest = re.sub(rf"\b{re.escape(phrase)}\b", " ", rest)
    for phrase in sorted(DAY_GROUPS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", rest):
            days |= DAY_GROUPS[phrase]
            rest = re.sub(rf"\b{re.escape(phrase)}\b", " ", rest)
    for number, words in WEEKDAY_WORDS.items():
        for word in words:
            if re.search(rf"\b{word}\b", rest):
                days.add(number)
                rest = re.sub(rf"\b{word}\b", " ", rest)
    leftover = FILLER.sub(" ", rest).strip()
    if leftover or not (days or spans or any_time):
        raise PreferenceNotUnderstood(
            f"{text!r} names no days or times; write e.g. mornings, afternoons, after 5pm, "
            "before noon, 9:00-11:00, weekdays, saturday (or Spanish: en la mañana, después de las 5)"
        )
    return PreferredTimes(days=frozenset(days) or None, spans=_merge(spans) if spans else None)


def understood_preference(text: str | None) -> PreferredTimes | None:
    """The preference if it can be scheduled by, else None (scheduling then ignores it)."""
    try:
        return parse_preference(text)
    except PreferenceNotUnderstood:
        return None


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


# ----------------------------------------------------------------------------- scheduling


@dataclass(frozen=True)
class CallbackRules:
    """The playbook's callback section, in the shapes the arithmetic needs."""

    max_attempts: int
    # The wait before attempt 2, 3, …: a playbook Duration or NEXT_BUSINESS_MORNING.
    spacing: tuple[object, ...]
    calling_windows: tuple[tuple[tuple[int, int], ...], ...]  # per weekday, minutes
    clinic_calendar: BusinessCalendar
    voicemail_allowed: bool

    @classmethod
    def from_playbook(cls, playbook: Playbook) -> CallbackRules:
        section = playbook.callbacks
        windows = section.calling_windows.by_weekday_number()
        return cls(
            max_attempts=section.max_attempts,
            spacing=tuple(section.spacing),
            calling_windows=tuple(
                tuple((_hhmm(start), _hhmm(end)) for start, end in windows[day]) for day in range(7)
            ),
            clinic_calendar=playbook.calendar(),
            voicemail_allowed=section.voicemail_allowed,
        )


def _hhmm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _fmt(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _intersect(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    out = []
    for start_a, end_a in a:
        for start_b, end_b in b:
            start, end = max(start_a, start_b), min(end_a, end_b)
            if start < end:
                out.append((start, end))
    return tuple(sorted(out))


def callable_windows(
    rules: CallbackRules, preference: PreferredTimes | None
) -> tuple[tuple[tuple[tuple[int, int], ...], ...], bool]:
    """Per weekday, the minutes when a call is allowed AND wanted; and whether the preference
    was applied (False when there is none, or it leaves no time at all inside the windows)."""
    windows = rules.calling_windows
    if preference is None or preference.is_any_time:
        return windows, False
    combined = []
    for day in range(7):
        spans = windows[day]
        if preference.days is not None and day not in preference.days:
            spans = ()
        if preference.spans is not None:
            spans = _intersect(spans, preference.spans)
        combined.append(spans)
    if not any(combined):
        return windows, False
    return tuple(combined), True


@lru_cache(maxsize=512)
def _window_calendar(
    timezone: str, windows: tuple[tuple[tuple[int, int], ...], ...], holidays_from: BusinessCalendar
) -> BusinessCalendar:
    return BusinessCalendar(
        timezone=timezone,
        weekly_hours={day: tuple((_fmt(s), _fmt(e)) for s, e in windows[day]) for day in range(7)},
        holiday_country=holidays_from.holiday_country,
        holiday_subdivision=holidays_from.holiday_subdivision,
        closures=holidays_from.closures,
        open_on_holidays=holidays_from.open_on_holidays,
    )


def callable_calendar(rules: CallbackRules, timezone: str, preference: PreferredTimes | None) -> BusinessCalendar:
    """The times this patient may be called, as a calendar in their time zone."""
    windows, _ = callable_windows(rules, preference)
    return _window_calendar(timezone, windows, rules.clinic_calendar)


def is_callable(rules: CallbackRules, at: datetime, timezone: str, preference: PreferredTimes | None) -> bool:
    return callable_calendar(rules, timezone, preference).is_open(at)


def earliest_after_wait(rules: CallbackRules, attempts_made: int, last_attempt_at: datetime) -> datetime:
    """The spacing alone: the earliest moment attempt `attempts_made + 1` may happen."""
    wait = rules.spacing[attempts_made - 1]
    calendar = rules.clinic_calendar
    if wait == NEXT_BUSINESS_MORNING:
        zone = ZoneInfo(calendar.timezone)
        local_next_day = last_attempt_at.astimezone(zone).date() + timedelta(days=1)
        return calendar.next_open(datetime.combine(local_next_day, time(), tzinfo=zone))
    assert isinstance(wait, Duration)
    size = {"minutes": timedelta(minutes=1), "hours": timedelta(hours=1), "days": timedelta(days=1)}[wait.unit]
    if wait.named_clock == "business":
        if wait.unit == "days":
            return calendar.add_business_days(last_attempt_at, wait.amount)
        return calendar.add_business_time(last_attempt_at, wait.amount * size)
    return last_attempt_at + wait.amount * size


def next_attempt_due(
    rules: CallbackRules, *, received_at: datetime, attempts_made: int, last_attempt_at: datetime | None,
    timezone: str, preference: PreferredTimes | None,
) -> datetime | None:
    """When the next attempt is due, or None when every attempt the playbook allows is made.

    The first attempt is due as soon as the patient may be called after they asked; each later
    one after its spacing, moved into the next callable moment.
    """
    if attempts_made >= rules.max_attempts:
        return None
    if attempts_made == 0 or last_attempt_at is None:
        earliest = received_at
    else:
        earliest = earliest_after_wait(rules, attempts_made, last_attempt_at)
    return callable_calendar(rules, timezone, preference).next_open(earliest)
