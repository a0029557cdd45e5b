"""Running the jobs inside `careloop serve` / `careloop demo` (embedded mode, SQLite).

The same Worker as `careloop worker`, in a daemon thread. Nothing is shared with the web
requests but the database: they coordinate through rows exactly as separate processes would.
On SQLite the worker's short IMMEDIATE transactions queue behind (and ahead of) requests'
through busy_timeout; no transaction stays open across a network send.
"""

from __future__ import annotations

import logging
import threading

from careloop.db import Database
from careloop.jobs.worker import Worker

log = logging.getLogger("careloop.jobs")

DEFAULT_IN_PROCESS_POLL_SECONDS = 2.0


class BackgroundJobs:
    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="careloop-jobs", daemon=True)

    def _run(self) -> None:
        try:
            self.worker.run(self._stop)
        except Exception:  # pragma: no cover - Worker.run already catches per-task errors
            log.exception("background jobs stopped on an error")

    def start(self) -> BackgroundJobs:
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Ask the loop to stop after the current tick and wait for it."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.worker.close()


def start_background_jobs(database: Database, poll_seconds: float = DEFAULT_IN_PROCESS_POLL_SECONDS,
                          **worker_options: object) -> BackgroundJobs:
    """Start the worker loop in a thread; call `.stop()` on shutdown (the app lifespan)."""
    if database.is_sqlite:
        # Smaller sweep batches: each batch holds SQLite's one write lock, which the web
        # requests of the same process are waiting for.
        worker_options.setdefault("sweep_batch_size", 100)
    worker = Worker(database, poll_seconds=poll_seconds, **worker_options)  # type: ignore[arg-type]
    return BackgroundJobs(worker).start()
