"""Due times, owners and ladders: the playbook's standards applied with careloop.clock."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from careloop.clock import ClockError
from careloop.labels import Category, Queue, Urgency
from careloop.playbook import Playbook

LA = ZoneInfo("America/Los_Angeles")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LA)


def test_friday_evening_refill_is_due_monday(playbook: Playbook) -> None:
    # Friday 20 Nov 2026, 18:30: closed until Saturday 09:00-12:00 (3 business hours), then
    # Monday 08:00 supplies the fourth hour.
    due = playbook.due_times(Category.REFILL_REQUEST, Urgency.ROUTINE, local(2026, 11, 20, 18, 30))
    assert due.basis == "business"
    assert due.first_response_due == local(2026, 11, 23, 9, 0)
    assert due.first_response_due.tzinfo == timezone.utc
    assert due.resolution_due.astimezone(LA).date().isoformat() == "2026-11-23"


def test_emergency_runs_on_the_calendar_at_night(playbook: Playbook) -> None:
    received = local(2026, 11, 21, 23, 0)  # Saturday night, clinic closed
    due = playbook.due_times("billing_question", "emergency", received)
    assert due.basis == due.resolution_basis == "calendar"
    assert due.first_response_due == local(2026, 11, 21, 23, 15)
    assert due.resolution_due == local(2026, 11, 22, 3, 0)


def test_urgent_runs_on_the_calendar_on_sunday(playbook: Playbook) -> None:
    due = playbook.due_times("clinical_concern", "urgent", local(2026, 11, 22, 10, 0))
    assert due.first_response_due == local(2026, 11, 22, 11, 0)
    assert due.basis == "calendar"


def test_routine_clinical_concern_on_sunday_waits_for_opening(playbook: Playbook) -> None:
    due = playbook.due_times("clinical_concern", "routine", local(2026, 11, 22, 10, 0))
    assert due.first_response_due == local(2026, 11, 23, 10, 0)


def test_public_holidays_stop_the_business_clock(playbook: Playbook) -> None:
    # Wednesday before Thanksgiving, 16:00: one hour left that day; Thursday (Thanksgiving) and
    # Friday (Day After Thanksgiving, a California holiday) are closed; Saturday gives the rest.
    due = playbook.due_times("billing_question", "routine", local(2026, 11, 25, 16, 0))
    assert due.first_response_due == local(2026, 11, 28, 12, 0)


def test_playbook_closures_stop_the_business_clock(playbook: Playbook) -> None:
    # 24 Dec is a playbook closure, 25 Dec a public holiday.
    due = playbook.due_times("administrative_question", "routine", local(2026, 12, 23, 16, 30))
    assert due.first_response_due == local(2026, 12, 26, 10, 30)


def test_naive_received_time_is_refused(playbook: Playbook) -> None:
    with pytest.raises(ClockError):
        playbook.due_times("refill_request", "routine", datetime(2026, 11, 20, 18, 30))


def test_owner_queue_overrides_for_emergency_and_urgent(playbook: Playbook) -> None:
    assert playbook.owner_queue("billing_question", "routine") is Queue.BILLING
    assert playbook.owner_queue("billing_question", "emergency") is Queue.CLINICAL_TRIAGE
    assert playbook.owner_queue(Category.NEW_APPOINTMENT, Urgency.URGENT) is Queue.CLINICAL_TRIAGE
    assert playbook.owner_queue("refill_request") is Queue.CLINICAL_INBOX


def test_escalation_ladder_and_its_times(playbook: Playbook) -> None:
    ladder = playbook.escalation("refill_request", "routine")
    assert [(step.when, step.action) for step in ladder] == [
        ("before_breach", "notify_owner"), ("at_breach", "notify_supervisor"), ("after_breach", "escalate")]
    assert ladder[2].to is Queue.PROVIDER
    deadline = local(2026, 11, 23, 9, 0)
    assert [step.fires_at(deadline) for step in ladder] == [
        local(2026, 11, 23, 8, 0), deadline, local(2026, 11, 23, 11, 0)]
    emergency = playbook.escalation("refill_request", "emergency")
    assert str(emergency[0]) == "before breach 5m (first response): notify owner"


def test_administrative_roles_never_resolve_clinical_content(playbook: Playbook) -> None:
    assert playbook.administrative_may_resolve("billing_question", "routine")
    assert not playbook.administrative_may_resolve("billing_question", "urgent")
    assert not playbook.administrative_may_resolve("refill_request", "routine")
