"""Outbox delivery: claim, send over a real loopback webhook, retry, dead letter, leases."""

from __future__ import annotations

import random
import threading
from datetime import timedelta

import pytest

from careloop.channels.outbound import DeliveryResult, OutgoingMessage
from careloop.channels.webhook import verify_signature
from careloop.clinics.models import Clinic
from careloop.clinics.service import update_playbook
from careloop.db import Database
from careloop.messaging.delivery import ChannelDirectory, RetryPolicy, deliver_due
from careloop.messaging.models import OutboxStatus
from tests.channels.receiver import HANG, Receiver
from tests.messaging.helpers import (
    SECRET,
    SECRET_ENV,
    Clinics,
    events,
    fast_config,
    message,
    queue_more,
    receive,
    soon,
    with_webhook,
)
from tests.personas import clinic_b_playbook_text


def test_a_due_message_is_sent_signed_once_and_recorded(database: Database, clinics: Clinics, receiver: Receiver) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.a)
    now = soon()

    report = deliver_due(database, now, config=fast_config())

    assert (report.claimed, report.sent) == (1, 1)
    sent = message(database, message_id)
    assert sent.status == OutboxStatus.SENT and sent.sent_at == now and sent.attempts == 1
    assert sent.leased_until is None and sent.last_error is None
    [request] = receiver.requests
    assert request.delivery_id == str(message_id)
    assert verify_signature(SECRET, request.headers["x-careloop-timestamp"], request.body,
                            request.headers["x-careloop-signature"])
    assert [e.data["outbox_id"] for e in events(database, case_id, "message_sent")] == [message_id]
    # A sent message is never claimed again, however late the next tick runs.
    again = deliver_due(database, now + timedelta(days=3), config=fast_config())
    assert again.claimed == 0 and len(receiver.requests) == 1


def test_failures_back_off_exponentially_then_succeed(database: Database, clinics: Clinics, receiver: Receiver) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.a)
    receiver.script(500, HANG)  # a server error, then no answer within the timeout
    config = fast_config(send_timeout=0.2)
    now = soon()

    assert deliver_due(database, now, config=config).retried == 1
    first = message(database, message_id)
    assert first.status == OutboxStatus.PENDING and first.attempts == 1 and "HTTP 500" in first.last_error
    assert now + timedelta(seconds=15) <= first.next_attempt_at <= now + timedelta(seconds=30)
    # Not due yet: nothing is sent early.
    assert deliver_due(database, first.next_attempt_at - timedelta(seconds=1), config=config).claimed == 0

    assert deliver_due(database, first.next_attempt_at, config=config).retried == 1
    second = message(database, message_id)
    assert "no answer" in second.last_error
    wait = second.next_attempt_at - first.next_attempt_at
    assert timedelta(seconds=30) <= wait <= timedelta(seconds=60)

    assert deliver_due(database, second.next_attempt_at, config=config).sent == 1
    done = message(database, message_id)
    assert done.status == OutboxStatus.SENT and done.attempts == 3
    assert [e.kind for e in events(database, case_id, "message_failed", "message_sent")] == [
        "message_failed", "message_failed", "message_sent"]
    # The same delivery id on every attempt: the receiver can tell a resend from a new message.
    assert receiver.per_delivery() == {str(message_id): 3}


def test_the_retry_schedule_is_exponential_jittered_capped_and_deterministic_with_a_seed() -> None:
    policy = RetryPolicy()
    schedule = [policy.delay(n, random.Random(5)) for n in range(1, 8)]
    assert schedule == [policy.delay(n, random.Random(5)) for n in range(1, 8)]
    for n, wait in enumerate(schedule, start=1):
        ceiling = min(timedelta(hours=1), timedelta(seconds=30) * 2 ** (n - 1))
        assert ceiling / 2 <= wait <= ceiling
    assert policy.delay(30, random.Random(1)) <= timedelta(hours=1)
    # A receiver's Retry-After is honoured, but never beyond our own ceiling.
    assert policy.delay(1, random.Random(1), retry_after_seconds=600) == timedelta(seconds=600)
    assert policy.delay(1, random.Random(1), retry_after_seconds=86_400) == timedelta(hours=1)


def test_a_message_goes_dead_after_the_last_attempt(database: Database, clinics: Clinics, receiver: Receiver) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.a)
    receiver.default = 500
    config = fast_config(retry=RetryPolicy(max_attempts=3))
    now = soon()
    for _ in range(3):
        deliver_due(database, now, config=config)
        now = message(database, message_id).next_attempt_at

    dead = message(database, message_id)
    assert dead.status == OutboxStatus.DEAD and dead.attempts == 3
    assert "gave up after 3 attempts" in dead.last_error and "HTTP 500" in dead.last_error
    assert [e.kind for e in events(database, case_id, "message_failed", "message_dead")] == [
        "message_failed", "message_failed", "message_dead"]
    assert deliver_due(database, now + timedelta(days=1), config=config).claimed == 0
    assert len(receiver.requests) == 3


def test_a_refusal_goes_dead_at_once(database: Database, clinics: Clinics, receiver: Receiver) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.a)
    receiver.script(400)

    report = deliver_due(database, soon(), config=fast_config())

    assert report.dead == 1
    dead = message(database, message_id)
    assert dead.status == OutboxStatus.DEAD and dead.attempts == 1 and "HTTP 400" in dead.last_error
    [event] = events(database, case_id, "message_dead")
    assert event.data["status_code"] == 400
    # The case's owners hear about it without having to open the outbox.
    [alert] = [e for e in events(database, case_id, "alert_raised") if e.data["kind"] == "message_not_delivered"]
    assert alert.data["queue"] == "clinical_inbox" and str(message_id) in alert.data["message"]


class _Crash(BaseException):
    """Stands for the worker process dying mid-send (not an Exception: nothing catches it)."""


class _CrashingChannel:
    def send(self, message: OutgoingMessage) -> DeliveryResult:
        raise _Crash


def test_a_message_whose_worker_died_is_claimed_again_when_the_lease_runs_out(
    database: Database, clinics: Clinics, receiver: Receiver,
) -> None:
    _case_id, [message_id] = receive(database, clinics, clinics.a)
    config = fast_config(lease=timedelta(seconds=30))
    now = soon()
    with pytest.raises(_Crash):
        deliver_due(database, now, config=config, channels=ChannelDirectory(factory=lambda clinic: _CrashingChannel()))
    stuck = message(database, message_id)
    assert stuck.status == OutboxStatus.SENDING and stuck.leased_until == now + timedelta(seconds=30)

    assert deliver_due(database, now + timedelta(seconds=29), config=config).claimed == 0  # still leased
    report = deliver_due(database, now + timedelta(seconds=30), config=config)

    assert report.sent == 1
    done = message(database, message_id)
    assert done.status == OutboxStatus.SENT and done.attempts == 2
    assert receiver.per_delivery() == {str(message_id): 1}


def test_a_final_attempt_whose_worker_died_goes_dead_instead_of_looping(
    database: Database, clinics: Clinics, receiver: Receiver,
) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.a)
    config = fast_config(lease=timedelta(seconds=30), retry=RetryPolicy(max_attempts=1))
    now = soon()
    with pytest.raises(_Crash):  # a message that kills its worker every time, say
        deliver_due(database, now, config=config, channels=ChannelDirectory(factory=lambda clinic: _CrashingChannel()))

    report = deliver_due(database, now + timedelta(seconds=30), config=config)

    assert (report.dead, report.claimed) == (1, 0) and receiver.requests == []
    dead = message(database, message_id)
    assert dead.status == OutboxStatus.DEAD and "stopped before recording" in dead.last_error
    assert len(events(database, case_id, "message_dead")) == 1


class _BlockingChannel:
    """Sends nothing until released: a worker stuck on a slow receiver past its lease."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def send(self, message: OutgoingMessage) -> DeliveryResult:
        self.started.set()
        self.release.wait(5)
        return DeliveryResult.retry("answered after the lease ran out")


def test_a_worker_that_lost_its_lease_cannot_overwrite_the_new_owner(
    database: Database, clinics: Clinics, receiver: Receiver,
) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.a)
    config = fast_config(lease=timedelta(seconds=30))
    now = soon()
    slow = _BlockingChannel()
    reports = []
    stuck_worker = threading.Thread(target=lambda: reports.append(deliver_due(
        database, now, config=config, channels=ChannelDirectory(factory=lambda clinic: slow))))
    stuck_worker.start()
    assert slow.started.wait(5)

    taken_over = deliver_due(database, now + timedelta(seconds=31), config=config)
    slow.release.set()
    stuck_worker.join(5)

    assert taken_over.sent == 1 and reports[0].lost_leases == 1 and reports[0].retried == 0
    final = message(database, message_id)
    assert final.status == OutboxStatus.SENT and final.sent_at == now + timedelta(seconds=31)
    assert [e.kind for e in events(database, case_id, "message_sent", "message_failed")] == ["message_sent"]


def test_a_clinic_without_a_channel_keeps_its_messages_pending_and_says_why(
    database: Database, clinics: Clinics, receiver: Receiver, monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.b)
    _case_a, [message_a] = receive(database, clinics, clinics.a)
    config = fast_config()
    now = soon()
    with monkeypatch.context() as without_secret:
        # Clinic A has a webhook, but this worker lacks its secret: held too, naming the variable.
        without_secret.delenv(SECRET_ENV)
        assert deliver_due(database, now, config=config).held == 2
    held_a = message(database, message_a)
    assert held_a.status == OutboxStatus.PENDING and SECRET_ENV in held_a.last_error and held_a.attempts == 0

    held = message(database, message_id)
    assert held.status == OutboxStatus.PENDING and held.attempts == 0
    assert "no outbound channel configured" in held.last_error
    assert held.next_attempt_at == now + config.unconfigured_recheck
    # Looked at again later, still without a channel: no attempt used, no second event.
    deliver_due(database, held.next_attempt_at, config=config)
    assert message(database, message_id).attempts == 0
    assert len(events(database, case_id, "message_held")) == 1

    # The manager adds the webhook: the message goes out by itself at the next look.
    with database.session() as session:
        update_playbook(session=session, clinic=session.get(Clinic, clinics.b.id),
                        playbook_source=with_webhook(clinic_b_playbook_text(), receiver.url))
        session.commit()
    later = message(database, message_id).next_attempt_at
    assert deliver_due(database, later, config=config).sent == 1
    assert message(database, message_id).last_error is None


def test_two_workers_at_once_never_send_the_same_message_twice(
    database: Database, clinics: Clinics, receiver: Receiver,
) -> None:
    case_id, first = receive(database, clinics, clinics.a)
    ids = first + queue_more(database, case_id, 39)
    receiver.delay_seconds = 0.005  # keep sends in flight while the other worker claims
    config = dict(batch_size=5, concurrency=3)
    now = soon()
    start = threading.Barrier(2)
    reports = []

    def work() -> None:
        start.wait()
        reports.append(deliver_due(database, now, config=fast_config(**config)))

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)

    counts = receiver.per_delivery()
    assert set(counts) == {str(i) for i in ids}
    assert set(counts.values()) == {1}
    assert sum(r.sent for r in reports) == 40
    assert all(message(database, i).status == OutboxStatus.SENT for i in ids)
    assert len(events(database, case_id, "message_sent")) == 40
