"""The worker loop, its `careloop worker` command and the in-process runner of `careloop serve`."""

from __future__ import annotations

import os
import signal
import threading
import time
from datetime import timedelta

import pytest
import typer
from typer.testing import CliRunner

from careloop.cases.models import Case
from careloop.db import Database, utcnow
from careloop.jobs.cli import _install_stop_handlers, _restore_handlers, worker
from careloop.jobs.inprocess import start_background_jobs
from careloop.jobs.worker import TickReport, Worker, run_once
from careloop.messaging.models import OutboxStatus
from tests.channels.receiver import Receiver
from tests.messaging.helpers import Clinics, fast_config, message, receive


def test_one_tick_runs_the_sweep_and_the_delivery(database: Database, clinics: Clinics, receiver: Receiver) -> None:
    case_id, [message_id] = receive(database, clinics, clinics.a)
    with database.session() as session:
        due = session.get(Case, case_id).next_escalation_at

    report = run_once(database, due, delivery=fast_config())

    assert report.escalations.steps == 1 and report.delivery.sent == 1 and not report.errors
    assert report.did_anything and "sent 1" in report.summary()
    assert message(database, message_id).status == OutboxStatus.SENT
    assert not run_once(database, due, delivery=fast_config()).did_anything


def test_a_failing_task_does_not_stop_the_other(database: Database, clinics: Clinics, receiver: Receiver,
                                                monkeypatch) -> None:
    _case_id, [message_id] = receive(database, clinics, clinics.a)

    def broken_sweep(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database hiccup")

    monkeypatch.setattr("careloop.jobs.worker.sweep_escalations", broken_sweep)
    report = run_once(database, delivery=fast_config())
    assert report.delivery.sent == 1 and report.errors == ["sweep: RuntimeError: database hiccup"]
    assert message(database, message_id).status == OutboxStatus.SENT


def test_background_jobs_deliver_while_the_app_runs_and_stop_cleanly(
    database: Database, clinics: Clinics, receiver: Receiver,
) -> None:
    _case_id, [message_id] = receive(database, clinics, clinics.a)
    jobs = start_background_jobs(database, poll_seconds=0.05, delivery=fast_config())
    try:
        deadline = time.monotonic() + 10
        while message(database, message_id).status != OutboxStatus.SENT and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        jobs.stop(timeout=5)
    assert message(database, message_id).status == OutboxStatus.SENT
    assert not jobs.running
    assert receiver.per_delivery() == {str(message_id): 1}


def test_the_loop_stops_when_asked(monkeypatch) -> None:
    ticks = []
    monkeypatch.setattr(Worker, "run_once", lambda self: ticks.append(1) or TickReport(at=utcnow()))
    stop = threading.Event()
    loop = threading.Thread(target=Worker(None, poll_seconds=30).run, args=(stop,))  # type: ignore[arg-type]
    loop.start()
    time.sleep(0.1)
    started = time.monotonic()
    stop.set()
    loop.join(5)
    assert not loop.is_alive() and time.monotonic() - started < 2
    assert ticks == [1]  # idle: one tick, then waiting for the poll interval


def test_sigterm_asks_the_loop_to_stop() -> None:
    stop = threading.Event()
    previous = _install_stop_handlers(stop)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        deadline = time.monotonic() + 2
        while not stop.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        _restore_handlers(previous)
    assert stop.is_set()


def test_worker_once_from_the_command_line(database: Database, clinics: Clinics, receiver: Receiver) -> None:
    _case_id, [message_id] = receive(database, clinics, clinics.a)
    app = typer.Typer()
    app.command()(worker)  # how the lead mounts it as `careloop worker`
    app.command("unused")(lambda: None)  # two commands, so `worker` is a subcommand as in careloop

    result = CliRunner().invoke(app, ["worker", "--once", "--send-timeout", "2", "--database-url", database.url])

    assert result.exit_code == 0, result.output
    assert "sent 1" in result.output
    assert message(database, message_id).status == OutboxStatus.SENT
    later = CliRunner().invoke(app, ["worker", "--once", "--database-url", database.url])
    assert later.exit_code == 0 and "nothing was due" in later.output


def test_lease_is_checked_against_the_batch() -> None:
    with pytest.raises(ValueError, match="lease"):
        fast_config(send_timeout=10, batch_size=40, concurrency=1, lease=timedelta(seconds=60))
