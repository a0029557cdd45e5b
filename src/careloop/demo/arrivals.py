"""When contacts arrive: the clinic's weekly rhythm and which channels run when.

A clinic's inbox is not uniform: Monday morning carries the weekend's backlog, there is a dip at
lunch and a second wave after it, nights and weekends are quiet, and the answering service only
works while the clinic is closed. The demo's queues and clocks look real only if arrivals do.
"""

from __future__ import annotations

import bisect
import itertools
import random
from datetime import datetime, timedelta, timezone

from careloop.labels import Channel

OPEN_HOUR, CLOSE_HOUR = 8, 17


def clinic_is_open(moment: datetime) -> bool:
    """Weekdays 08:00-17:00 in the moment's own time zone; the answering service covers the rest."""
    return moment.weekday() < 5 and OPEN_HOUR <= moment.hour < CLOSE_HOUR


# A live call or a staff note only happens while the clinic is open; the answering service only
# takes messages while it is closed.
OPEN_ONLY_CHANNELS = frozenset({Channel.PHONE_CALL, Channel.REFERRAL_PARTNER, Channel.INTERNAL})
CLOSED_ONLY_CHANNELS = frozenset({Channel.AFTER_HOURS})


# Arrival profile by local hour on a weekday: a morning rush, a lunch dip, an after-lunch peak.
WEEKDAY_HOUR_WEIGHTS = (0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.2, 0.5, 1.6, 1.8, 1.5, 1.2,
                        0.8, 1.5, 1.4, 1.1, 0.9, 0.6, 0.5, 0.45, 0.4, 0.3, 0.15, 0.08)
WEEKEND_HOUR_WEIGHTS = (0.03, 0.02, 0.01, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.35, 0.35,
                        0.3, 0.3, 0.3, 0.25, 0.25, 0.25, 0.25, 0.2, 0.2, 0.15, 0.1, 0.05)
MONDAY_MORNING_BOOST = 2.2  # everything that piled up over the weekend
MONDAY_BOOST = 1.2


class SlotPicker:
    """Draws arrival times from the clinic's weekly rhythm, per channel kind."""

    def __init__(self, rng: random.Random, start: datetime, days: int):
        self.rng = rng
        self.start = start
        self.end = start + timedelta(days=days)
        start_utc = start.astimezone(timezone.utc)
        # Hour slots are stepped in UTC so daylight-saving changes neither skip nor repeat an hour.
        self.slots = [start_utc + timedelta(hours=h) for h in range(days * 24)]
        self.locals = [slot.astimezone(start.tzinfo) for slot in self.slots]
        base = [self._base_weight(local) for local in self.locals]
        self.cumulative = {
            "any": list(itertools.accumulate(base)),
            "open": list(itertools.accumulate(w if clinic_is_open(l) else 0.0 for w, l in zip(base, self.locals))),
            "closed": list(itertools.accumulate(w if not clinic_is_open(l) else 0.0 for w, l in zip(base, self.locals))),
        }

    @staticmethod
    def _base_weight(local: datetime) -> float:
        weekday = local.weekday()
        if weekday >= 5:
            return WEEKEND_HOUR_WEIGHTS[local.hour]
        weight = WEEKDAY_HOUR_WEIGHTS[local.hour]
        if weekday == 0:
            weight *= MONDAY_MORNING_BOOST if 8 <= local.hour < 12 else MONDAY_BOOST
        return weight

    @staticmethod
    def _kind(channel: Channel) -> str:
        if channel in OPEN_ONLY_CHANNELS:
            return "open"
        return "closed" if channel in CLOSED_ONLY_CHANNELS else "any"

    def allows(self, channel: Channel, local: datetime) -> bool:
        kind = self._kind(channel)
        return kind == "any" or (kind == "open") == clinic_is_open(local)

    def pick(self, channel: Channel, not_before: datetime | None = None,
             not_after: datetime | None = None) -> datetime | None:
        """A UTC arrival time for the channel within the bounds, or None if they leave no room."""
        cumulative = self.cumulative[self._kind(channel)]
        earliest = max(self.start, not_before) if not_before else self.start
        latest = min(self.end, not_after) if not_after else self.end
        # Slots overlapping [earliest, latest]: the one holding `earliest` up to the last starting by `latest`.
        low = max(0, bisect.bisect_right(self.slots, earliest) - 1)
        high = bisect.bisect_right(self.slots, latest)
        floor = cumulative[low - 1] if low else 0.0
        if low >= high or cumulative[high - 1] - floor <= 0:
            return None
        for _ in range(30):
            target = floor + self.rng.random() * (cumulative[high - 1] - floor)
            index = min(bisect.bisect_right(cumulative, target, lo=low, hi=high), high - 1)
            moment = self.slots[index] + timedelta(seconds=self.rng.randrange(3600))
            # Re-check at the exact second: the bounds cut through slots, and zones with half-hour
            # offsets straddle them.
            if earliest <= moment < latest and self.allows(channel, moment.astimezone(self.start.tzinfo)):
                return moment
        return None
