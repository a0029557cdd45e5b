"""Business-hours due-time arithmetic: pure functions, no I/O, no database.

Every open case carries due times (first response, resolution).  A clinic's
response standard is either counted on *business* time ("within 4h on business
hours", "2 business days") or on the *calendar* ("within 1h", 24/7 — emergency
and urgent clinical cases always use this).  This module turns a start instant
plus a standard into a due instant, and stops the clock while a case is paused.

Conventions (shared by every function here):

* Every datetime going in must be timezone-aware; every datetime coming out is
  in UTC.  Naive datetimes raise ``ClockError`` because guessing a zone for a
  patient deadline is how deadlines silently move by hours.
* Opening hours are the clinic's *local wall-clock* hours.  Each boundary is
  turned into an instant with one rule: "the earliest instant at which the
  local wall clock reads that time or later".  So on DST days a boundary that
  falls in the spring-forward gap becomes the moment the clocks jump, and an
  ambiguous fall-back boundary becomes its first occurrence.  The rule is
  monotonic, so open intervals never overlap or invert and no open time is
  counted twice.  Elapsed open time is always measured in real (UTC) time:
  08:00-17:00 is 9 hours on a DST day too, while a 24-hour clinic really is
  open 23 hours on spring-forward day and 25 on fall-back day.
* ``add_business_time`` returns the *earliest* instant at which the requested
  open time has elapsed.  Work that ends exactly at closing time is due at
  closing time (Friday 17:00), not at the next opening (Monday 08:00): both
  are the same amount of business time, and the earlier one keeps
  ``add(add(s, a), b) == add(s, a + b)`` exact.
* "N business days" keeps the local wall time of ``next_open(start)`` and
  moves it to the N-th following business day, clamped into that day's hours
  (see ``BusinessCalendar.add_business_days``); calendar-basis days are 24h.
* A pause re-applies the time left at the pause from the resume, never moves
  a due time earlier, and is ignored if it began after the due time (see
  ``extend_for_pause``).
* Searches for open time give up after ``MAX_SEARCH_YEARS`` of closure with a
  ``ClockError`` instead of looping forever.

Layout: ``weekly_hours`` validates hours/closures, ``business_calendar`` does
the DST-aware interval arithmetic, ``standards`` holds Standard, parsing,
``due_at`` and ``extend_for_pause``; import everything from here.
"""

from __future__ import annotations

from careloop.clock.business_calendar import MAX_SEARCH_YEARS, BusinessCalendar
from careloop.clock.errors import ClockError
from careloop.clock.standards import (
    Basis,
    Standard,
    Unit,
    due_at,
    extend_for_pause,
    parse_duration,
    parse_standard,
)

__all__ = [
    "MAX_SEARCH_YEARS",
    "Basis",
    "BusinessCalendar",
    "ClockError",
    "Standard",
    "Unit",
    "due_at",
    "extend_for_pause",
    "parse_duration",
    "parse_standard",
]
