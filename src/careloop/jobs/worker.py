"""The worker loop: every tick runs every task once (clocks sweep, then outbox delivery).

There is no scheduler state anywhere but in the rows: each task asks the database what is due
and claims it. So any number of workers (and the in-process runner of `careloop serve` on
SQLite) can run at once, a crashed worker loses nothing, and `--once` from cron is as good as a
daemon, only coarser.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from careloop.callbacks.service import CallbackTick, sweep_due_callbacks
from careloop.db import Database, utcnow
from careloop.jobs.sweep import DEFAULT_BATCH_SIZE, SweepReport, sweep_escalations
from careloop.messaging.delivery import (
    ChannelDirectory,
    DeliveryConfig,
    DeliveryReport,
    deliver_due,
)

log = logging.getLogger("careloop.jobs")

DEFAULT_POLL_SECONDS = 1.0
# After a tick that failed (database unreachable, say), wait longer before the next one so a
# fleet of workers does not hammer a database that is restarting.
ERROR_BACKOFF_SECONDS = 10.0


@dataclass
class TickReport:
    at: datetime
    escalations: SweepReport = field(default_factory=SweepReport)
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    callbacks: CallbackTick = field(default_factory=CallbackTick)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def did_anything(self) -> bool:
        d = self.delivery
        return bool(self.escalations.steps or self.escalations.failed or d.claimed or d.dead or d.held
                    or d.lost_leases or self.callbacks.claimed or self.errors)

    def summary(self) -> str:
        e, d = self.escalations, self.delivery
        parts = [f"escalated {e.cases} case(s) in {e.steps} step(s)"]
        if e.failed:
            parts.append(f"{e.failed} case(s) failed to escalate")
        parts.append(f"sent {d.sent}, retry later {d.retried}, dead {d.dead}, held {d.held}")
        if d.lost_leases:
            parts.append(f"{d.lost_leases} lease(s) lost")
        if self.errors:
            parts.append("errors: " + "; ".join(self.errors))
        return " · ".join(parts) + f" ({self.seconds * 1000:.0f} ms)"


class Worker:
    """Runs the tasks. Reuses its outbound channels (and their HTTP connections) across ticks."""

    def __init__(
        self,
        database: Database,
        *,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        sweep_batch_size: int = DEFAULT_BATCH_SIZE,
        delivery: DeliveryConfig | None = None,
        channels: ChannelDirectory | None = None,
        clock: Callable[[], datetime] = utcnow,
        on_tick: Callable[[TickReport], None] | None = None,
    ) -> None:
        self.database = database
        self.poll_seconds = poll_seconds
        self.sweep_batch_size = sweep_batch_size
        self.delivery = delivery or DeliveryConfig()
        self.channels = channels or ChannelDirectory(send_timeout=self.delivery.send_timeout)
        self.clock = clock
        self.on_tick = on_tick

    def run_once(self, now: datetime | None = None) -> TickReport:
        now = now or self.clock()
        started = time.perf_counter()
        report = TickReport(at=now)
        # Each task on its own: a failing sweep must not stop patients' messages, and back.
        try:
            report.escalations = sweep_escalations(self.database, now, batch_size=self.sweep_batch_size)
        except Exception as error:  # noqa: BLE001 - logged, reported, retried next tick
            log.exception("escalation sweep failed")
            report.errors.append(f"sweep: {type(error).__name__}: {error}"[:300])
        try:
            report.callbacks = sweep_due_callbacks(self.database, now, batch_size=self.sweep_batch_size)
        except Exception as error:  # noqa: BLE001
            log.exception("callback reminders failed")
            report.errors.append(f"callbacks: {type(error).__name__}: {error}"[:300])
        try:
            report.delivery = deliver_due(self.database, now, config=self.delivery, channels=self.channels)
        except Exception as error:  # noqa: BLE001
            log.exception("outbox delivery failed")
            report.errors.append(f"delivery: {type(error).__name__}: {error}"[:300])
        report.seconds = time.perf_counter() - started
        if report.did_anything:
            log.info("tick: %s", report.summary())
        if self.on_tick is not None:
            self.on_tick(report)
        return report

    def run(self, stop: threading.Event) -> None:
        """Tick until `stop` is set. A tick in progress finishes first (graceful stop): rows it
        claimed are recorded, and anything it did not reach stays due for the next worker."""
        while not stop.is_set():
            report = self.run_once()
            if report.errors:
                wait = ERROR_BACKOFF_SECONDS
            elif self._was_full(report):
                wait = 0.0  # more is due right now; do not sleep on a backlog
            else:
                wait = self.poll_seconds
            if wait:
                stop.wait(wait)

    def _was_full(self, report: TickReport) -> bool:
        delivery_full = report.delivery.claimed + report.delivery.held >= (
            self.delivery.batch_size * self.delivery.max_batches_per_tick)
        return delivery_full

    def close(self) -> None:
        self.channels.close()


def run_once(database: Database, now: datetime | None = None, **options: object) -> TickReport:
    """One tick of every task, for cron (`careloop worker --once`) and tests."""
    worker = Worker(database, **options)  # type: ignore[arg-type]
    try:
        return worker.run_once(now)
    finally:
        worker.close()
