"""Outbox delivery: claim due messages, send them through the clinic's channel, record the result.

The life of a message (every change of status writes an event on its case):

    pending ──claim──► sending ──2xx──────────────────────► sent        (message_sent)
       ▲                  │ ──retryable failure──► pending, later       (message_failed)
       │                  │ ──permanent failure / attempts used up──► dead  (message_dead)
       └──staff retry─────┴───────────────────────────────── dead       (message_requeued)

A message going dead also raises an alert to the case's owner queue: a patient was not answered.

Safety rules, and why:
- A claim is its own short transaction (status 'sending', a lease, attempts + 1) that commits
  BEFORE any network I/O. Holding a transaction across a slow receiver would hold row locks on
  PostgreSQL and, on SQLite, the single write lock that every request of the clinic needs.
- Claims use FOR UPDATE SKIP LOCKED on PostgreSQL, so any number of workers take disjoint rows;
  SQLite's BEGIN IMMEDIATE (see db.py) serializes them instead.
- A worker that dies mid-send loses nothing: its lease runs out and another worker claims the
  message again. The receiver may then get it twice; the stable `X-CareLoop-Delivery` id lets it
  drop the repeat. A message marked sent is never claimed again.
- Results are written with a conditional UPDATE (`status='sending' AND leased_until = <our
  lease>`): a worker whose lease ran out and was taken over cannot overwrite the new owner.
"""

from __future__ import annotations

import logging
import math
import os
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from careloop.cases.models import Case, CaseEvent
from careloop.cases.service import alert_queue
from careloop.channels.outbound import (
    ChannelNotConfigured,
    DeliveryOutcome,
    DeliveryResult,
    OutboundChannel,
    OutgoingMessage,
)
from careloop.channels.webhook import webhook_channel_from_settings
from careloop.channels.webhook.adapter import DEFAULT_TIMEOUT_SECONDS
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for
from careloop.db import Database, utcnow
from careloop.labels import Queue
from careloop.messaging.models import OutboxMessage, OutboxStatus

log = logging.getLogger("careloop.jobs.delivery")

NO_CHANNEL_PREFIX = "not sent: "
MAX_ERROR = 1000


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter. With the defaults a failing message is tried 8 times
    over roughly 30–65 minutes (waits of ~30s, 1m, 2m, 4m, 8m, 16m, 32m), then goes dead for a
    person to see: long enough to ride out a receiver restart or deploy, short enough that a
    patient's answer is not silently hours late."""

    max_attempts: int = 8
    base_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(hours=1)

    def delay(self, attempts_made: int, rng: random.Random, retry_after_seconds: float | None = None) -> timedelta:
        ceiling = min(self.max_delay, self.base_delay * (2 ** max(0, attempts_made - 1)))
        # "Equal jitter": half the wait fixed, half random. Messages that failed together (one
        # receiver outage) come back spread out instead of as a thundering herd, and never
        # sooner than half the schedule.
        wait = ceiling / 2 + (ceiling / 2) * rng.random()
        if retry_after_seconds is not None:
            # The receiver asked for a pause; honour it, within our own upper bound.
            wait = max(wait, min(self.max_delay, timedelta(seconds=retry_after_seconds)))
        return wait


@dataclass
class DeliveryConfig:
    batch_size: int = 20
    # Sends run in a small thread pool so one slow receiver does not stall a whole batch.
    concurrency: int = 4
    send_timeout: float = DEFAULT_TIMEOUT_SECONDS
    # Must outlast the slowest batch (every send timing out) or a healthy worker's lease would
    # expire mid-batch and another worker would send the same message again.
    lease: timedelta = timedelta(minutes=3)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    # A clinic without a usable channel is looked at again this often (no attempt is used up).
    unconfigured_recheck: timedelta = timedelta(minutes=5)
    max_batches_per_tick: int = 10
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        rounds = math.ceil(self.batch_size / max(1, self.concurrency))
        worst_case = timedelta(seconds=self.send_timeout * 2 * rounds)  # a slow connect, then a slow read
        if self.lease < worst_case:
            raise ValueError(
                f"lease {self.lease} is shorter than a worst-case batch ({worst_case}); raise the "
                "lease or lower batch_size / send_timeout"
            )


ChannelFactory = Callable[[Clinic], OutboundChannel]


class ChannelDirectory:
    """Finds the outbound channel of a clinic and keeps it (and its HTTP connections) between
    ticks. Rebuilt when the playbook's webhook settings or the secret change."""

    def __init__(self, *, send_timeout: float = DEFAULT_TIMEOUT_SECONDS, factory: ChannelFactory | None = None) -> None:
        self._send_timeout = send_timeout
        self._factory = factory
        self._cache: dict[int, tuple[tuple[Any, ...], OutboundChannel]] = {}

    def channel_for(self, clinic: Clinic) -> OutboundChannel:
        """The clinic's channel, or ChannelNotConfigured saying what is missing."""
        if self._factory is not None:
            return self._factory(clinic)
        try:
            webhook = playbook_for(clinic).outbound.webhook
        except Exception as error:  # noqa: BLE001 - one clinic's broken playbook must not stop the others
            raise ChannelNotConfigured(f"the clinic's playbook cannot be read: {error}"[:500]) from error
        key = (webhook.url, webhook.secret_env, os.environ.get(webhook.secret_env or "", ""))
        cached = self._cache.get(clinic.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        channel = webhook_channel_from_settings(webhook.url, webhook.secret_env, timeout=self._send_timeout)
        if cached is not None:
            _close(cached[1])
        self._cache[clinic.id] = (key, channel)
        return channel

    def close(self) -> None:
        for _key, channel in self._cache.values():
            _close(channel)
        self._cache.clear()


def _close(channel: OutboundChannel) -> None:
    close = getattr(channel, "close", None)
    if callable(close):
        close()


@dataclass
class DeliveryReport:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    dead: int = 0
    held: int = 0
    # Results dropped because another worker had taken the message over (see module doc).
    lost_leases: int = 0

    def add(self, other: DeliveryReport) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class _Claim:
    message: OutgoingMessage
    clinic_id: int
    lease: datetime
    channel: OutboundChannel


def deliver_due(
    database: Database,
    now: datetime | None = None,
    *,
    config: DeliveryConfig | None = None,
    channels: ChannelDirectory | None = None,
) -> DeliveryReport:
    """Deliver what is due at `now`: claim a batch, send, record; repeat while batches are full."""
    now = now or utcnow()
    config = config or DeliveryConfig()
    owns_channels = channels is None
    channels = channels or ChannelDirectory(send_timeout=config.send_timeout)
    report = DeliveryReport()
    try:
        for _ in range(config.max_batches_per_tick):
            claims, rows_seen = _claim_batch(database, now, config, channels, report)
            _send_and_record(database, claims, now, config, report)
            if rows_seen < config.batch_size:
                break
    finally:
        if owns_channels:
            channels.close()
    return report


def _claim_batch(
    database: Database, now: datetime, config: DeliveryConfig, channels: ChannelDirectory, report: DeliveryReport,
) -> tuple[list[_Claim], int]:
    with database.session() as session:
        # Abandoned sends first (their worker died or hung): they are the oldest work.
        rows = list(session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENDING.value, OutboxMessage.leased_until <= now)
            .order_by(OutboxMessage.leased_until, OutboxMessage.id)
            .limit(config.batch_size)
            .with_for_update(skip_locked=True)
        ))
        if len(rows) < config.batch_size:
            rows += session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.status == OutboxStatus.PENDING.value, OutboxMessage.next_attempt_at <= now)
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                .limit(config.batch_size - len(rows))
                .with_for_update(skip_locked=True)
            )
        if not rows:
            session.commit()
            return [], 0
        clinics = {c.id: c for c in session.scalars(select(Clinic).where(Clinic.id.in_({r.clinic_id for r in rows})))}
        claims: list[_Claim] = []
        for row in rows:
            clinic = clinics[row.clinic_id]
            if row.status == OutboxStatus.SENDING.value and row.attempts >= config.retry.max_attempts:
                # The last allowed attempt's worker never reported back. Trying again would
                # exceed the limit; a person decides (a poison message must not loop forever).
                _mark_dead(session, row, now, "the worker sending the final attempt stopped before "
                           "recording a result (the receiver may or may not have it)")
                report.dead += 1
                continue
            try:
                channel = channels.channel_for(clinic)
            except ChannelNotConfigured as reason:
                _hold(session, row, now, config, str(reason))
                report.held += 1
                continue
            row.status = OutboxStatus.SENDING.value
            row.attempts += 1
            row.leased_until = now + config.lease
            claims.append(_Claim(message=_outgoing(row, clinic), clinic_id=row.clinic_id,
                                 lease=row.leased_until, channel=channel))
        report.claimed += len(claims)
        session.commit()
        return claims, len(rows)


def _outgoing(row: OutboxMessage, clinic: Clinic) -> OutgoingMessage:
    return OutgoingMessage(
        id=row.id, clinic=clinic.slug, case_id=row.case_id, channel=row.channel, recipient=row.recipient,
        language=row.language, template=row.template, body=row.body, attempt=row.attempts,
    )


def _hold(session: Session, row: OutboxMessage, now: datetime, config: DeliveryConfig, reason: str) -> None:
    """No usable channel: keep the message pending and say why, without using up an attempt.
    The message is fine; the clinic's setup is not. Once a manager adds the webhook (or the
    operator sets the secret) it goes out by itself, with no one re-queuing anything."""
    error = (NO_CHANNEL_PREFIX + reason)[:MAX_ERROR]
    first_time = row.last_error != error
    row.status = OutboxStatus.PENDING.value
    row.leased_until = None
    row.next_attempt_at = now + config.unconfigured_recheck
    row.last_error = error
    if first_time:  # one event, not one every recheck
        _event(session, row, "message_held", now, {"reason": reason})


def _mark_dead(session: Session, row: OutboxMessage, now: datetime, error: str) -> None:
    row.status = OutboxStatus.DEAD.value
    row.leased_until = None
    row.last_error = error[:MAX_ERROR]
    _event(session, row, "message_dead", now, {"attempts": row.attempts, "error": row.last_error})
    _alert_owner(session, row.case_id, row.id)


def _alert_owner(session: Session, case_id: int, message_id: int) -> None:
    """A dead message is a patient who was not answered: tell the people who own the case
    (invariant 1, no silent failure) instead of waiting for someone to open the outbox."""
    case = session.get(Case, case_id)
    if case is None:
        return
    alert_queue(session=session, case=case, queue=Queue(case.owner_queue), kind="message_not_delivered",
                actor="system", message=f"A message to the patient could not be delivered (outbox {message_id}); "
                "contact them another way or retry it from the outbox")


def _event(session: Session, row: OutboxMessage, kind: str, now: datetime, data: dict[str, Any]) -> None:
    # Written here rather than through cases.service.record_event, which needs the Case row:
    # loading it per message would cost a query for two ids we already hold.
    session.add(CaseEvent(clinic_id=row.clinic_id, case_id=row.case_id, kind=kind, actor="system", at=now,
                          data={"outbox_id": row.id, "channel": row.channel, **data}))


def _send_safely(channel: OutboundChannel, message: OutgoingMessage) -> DeliveryResult:
    try:
        return channel.send(message)
    except Exception as error:  # noqa: BLE001 - an adapter bug must cost one attempt, not the worker
        log.exception("channel %s failed on outbox message %s", type(channel).__name__, message.id)
        return DeliveryResult.retry(f"channel error: {type(error).__name__}: {error}"[:MAX_ERROR])


def _send_and_record(
    database: Database, claims: list[_Claim], now: datetime, config: DeliveryConfig, report: DeliveryReport,
) -> None:
    if not claims:
        return
    if config.concurrency <= 1 or len(claims) == 1:
        for claim in claims:
            _record(database, claim, _send_safely(claim.channel, claim.message), now, config, report)
        return
    with ThreadPoolExecutor(max_workers=min(config.concurrency, len(claims)),
                            thread_name_prefix="careloop-send") as pool:
        futures = {pool.submit(_send_safely, claim.channel, claim.message): claim for claim in claims}
        # Record each result as soon as it is known, in this thread, one short transaction
        # each: a crash mid-batch leaves as few "sent but not marked" messages as possible.
        for future in as_completed(futures):
            _record(database, futures[future], future.result(), now, config, report)


def _record(
    database: Database, claim: _Claim, result: DeliveryResult, now: datetime, config: DeliveryConfig,
    report: DeliveryReport,
) -> None:
    message = claim.message
    values: dict[str, Any] = {"leased_until": None}
    data: dict[str, Any] = {"attempt": message.attempt}
    if result.status_code is not None:
        data["status_code"] = result.status_code
    if result.outcome is DeliveryOutcome.SENT:
        kind = "message_sent"
        values.update(status=OutboxStatus.SENT.value, sent_at=now, last_error=None)
    elif result.outcome is DeliveryOutcome.RETRY and message.attempt < config.retry.max_attempts:
        kind = "message_failed"
        next_attempt = now + config.retry.delay(message.attempt, config.rng, result.retry_after_seconds)
        values.update(status=OutboxStatus.PENDING.value, next_attempt_at=next_attempt,
                      last_error=result.detail[:MAX_ERROR])
        data.update(error=result.detail[:MAX_ERROR], next_attempt_at=next_attempt.isoformat())
    else:
        kind = "message_dead"
        why = ("refused by the receiver; retrying would not help" if result.outcome is DeliveryOutcome.PERMANENT
               else f"gave up after {message.attempt} attempts")
        error = f"{result.detail} ({why})"[:MAX_ERROR]
        values.update(status=OutboxStatus.DEAD.value, last_error=error)
        data.update(error=error, attempts=message.attempt)
    with database.session() as session:
        updated = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message.id,
                   OutboxMessage.status == OutboxStatus.SENDING.value,
                   OutboxMessage.leased_until == claim.lease)
            .values(**values)
            .execution_options(synchronize_session=False)
        ).rowcount
        if updated != 1:
            # Our lease ran out and another worker owns the message now: its result wins.
            session.rollback()
            log.warning("outbox message %s: lease lost before recording %s", message.id, kind)
            report.lost_leases += 1
            return
        session.add(CaseEvent(clinic_id=claim.clinic_id, case_id=message.case_id, kind=kind, actor="system", at=now,
                              data={"outbox_id": message.id, "channel": message.channel, **data}))
        if kind == "message_dead":
            _alert_owner(session, message.case_id, message.id)
        session.commit()
    if kind == "message_sent":
        report.sent += 1
    elif kind == "message_failed":
        report.retried += 1
    else:
        report.dead += 1
        log.warning("outbox message %s is dead: %s", message.id, values["last_error"])


# ----------------------------------------------------------------------------- staff actions


class OutboxActionRefused(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "not_found" or "conflict"
        self.message = message


@dataclass(frozen=True)
class OutboxPage:
    items: list[OutboxMessage]
    total: int
    limit: int
    offset: int


def list_outbox(
    *, session: Session, clinic_id: int, status: OutboxStatus | None, limit: int, offset: int,
) -> OutboxPage:
    """A clinic's outbox, newest first (dead letters are what staff come here for)."""
    query = select(OutboxMessage).where(OutboxMessage.clinic_id == clinic_id)
    if status is not None:
        query = query.where(OutboxMessage.status == status.value)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = list(session.scalars(query.order_by(OutboxMessage.id.desc()).limit(limit).offset(offset)))
    return OutboxPage(items=items, total=total, limit=limit, offset=offset)


def requeue_dead_message(
    *, session: Session, clinic_id: int, message_id: int, actor: str, now: datetime | None = None,
) -> OutboxMessage:
    """Give a dead message a fresh set of attempts, due at once. Commits."""
    now = now or utcnow()
    row = session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.clinic_id == clinic_id)
        .with_for_update()
    )
    if row is None:
        session.rollback()
        raise OutboxActionRefused("not_found", f"no outbox message {message_id}")
    if row.status != OutboxStatus.DEAD.value:
        session.rollback()
        raise OutboxActionRefused("conflict", f"outbox message {message_id} is {row.status}; only dead messages "
                                  "can be retried")
    previous_error = row.last_error
    row.status = OutboxStatus.PENDING.value
    row.attempts = 0
    row.next_attempt_at = now
    row.leased_until = None
    row.last_error = None
    session.add(CaseEvent(clinic_id=row.clinic_id, case_id=row.case_id, kind="message_requeued", actor=actor, at=now,
                          data={"outbox_id": row.id, "previous_error": previous_error}))
    session.commit()
    return row
