"""`careloop worker`: the clocks sweep, escalations and outbox delivery, in a loop or once."""

from __future__ import annotations

import logging
import signal
import threading
from datetime import timedelta
from typing import Annotated, Any

import typer
from rich.console import Console

from careloop.jobs.worker import DEFAULT_POLL_SECONDS, TickReport, Worker

console = Console()


def worker(
    once: Annotated[bool, typer.Option("--once", help="Run every task once and exit (for cron and tests).")] = False,
    poll_seconds: Annotated[float, typer.Option(min=0.05, help="Seconds to wait between ticks when idle.")] = DEFAULT_POLL_SECONDS,
    batch_size: Annotated[int, typer.Option(min=1, max=1000, help="Outbox messages claimed per batch.")] = 20,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Messages sent at once.")] = 4,
    send_timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait for a receiver.")] = 10.0,
    sweep_batch_size: Annotated[int, typer.Option(min=1, max=10_000, help="Cases escalated per transaction.")] = 500,
    database_url: Annotated[str | None, typer.Option(help="Defaults to CARELOOP_DATABASE_URL.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="Only print ticks that had errors.")] = False,
) -> None:
    """Run the background jobs: clocks sweep, escalations and outbox delivery.

    Start as many workers as you like, on any machines: they share the work through row locks
    on PostgreSQL. Stop with Ctrl-C or SIGTERM; the tick in progress finishes first.
    """
    from careloop.cli import _database, _ensure_schema, _safe_url, fail
    from careloop.messaging.delivery import DeliveryConfig

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        delivery = DeliveryConfig(batch_size=batch_size, concurrency=concurrency, send_timeout=send_timeout,
                                  lease=timedelta(seconds=max(180.0, send_timeout * 2 * -(-batch_size // concurrency) + 30)))
    except ValueError as error:
        raise fail(str(error)) from None
    database = _database(database_url)
    _ensure_schema(database, auto_upgrade=False)

    def show(report: TickReport) -> None:
        if report.errors:
            console.print(f"[red]{report.at:%H:%M:%S}[/] {report.summary()}", highlight=False)
        elif report.did_anything and not quiet:
            console.print(f"[dim]{report.at:%H:%M:%S}[/] {report.summary()}", highlight=False)

    runner = Worker(database, poll_seconds=poll_seconds, sweep_batch_size=sweep_batch_size, delivery=delivery,
                    on_tick=show)
    try:
        if once:
            report = runner.run_once()
            if not report.did_anything and not quiet:
                console.print(f"{report.at:%H:%M:%S} nothing was due", highlight=False)
            if report.errors:
                raise typer.Exit(1)
            return
        stop = threading.Event()
        previous = _install_stop_handlers(stop)
        console.print(f"CareLoop worker on {_safe_url(database.url)}: polling every {poll_seconds:g}s "
                      "(Ctrl-C to stop)", highlight=False)
        try:
            runner.run(stop)
        finally:
            _restore_handlers(previous)
        console.print("worker stopped", highlight=False)
    finally:
        runner.close()
        database.dispose()


def _install_stop_handlers(stop: threading.Event) -> dict[int, Any]:
    def request_stop(signum: int, _frame: object) -> None:
        if stop.is_set():
            # A second Ctrl-C means "now": rows claimed by this tick are recovered by their
            # leases running out, so nothing is lost.
            raise KeyboardInterrupt
        console.print(f"{signal.Signals(signum).name}: finishing the current tick, then stopping", highlight=False)
        stop.set()

    previous: dict[int, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, request_stop)
    return previous


def _restore_handlers(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)
