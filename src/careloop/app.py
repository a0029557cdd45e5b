"""create_app(): the web application (API now; the staff workspace joins it later)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from careloop import __version__
from careloop.callbacks.api import router as callbacks_router
from careloop.cases.actions_api import router as case_actions_router
from careloop.cases.api import router as cases_router
from careloop.clinics.api import router as clinics_router
from careloop.db import Database
from careloop.intake.api import router as intake_router
from careloop.messaging.api import router as outbox_router
from careloop.settings import Settings, get_settings

DESCRIPTION = """
CareLoop turns every patient contact — call, voicemail, portal message, form, SMS, email,
referral, internal request, after-hours message — into a case with an owner, a response
standard and a closed loop.

Every call needs `Authorization: Bearer <API key>`. Keys belong to a staff member (with a role
in each of their clinics) or to an integration of one clinic. A clinic you are not a member of
answers 404, exactly like one that does not exist.
"""


def create_app(
    settings: Settings | None = None, database: Database | None = None, *, background_jobs: bool = False
) -> FastAPI:
    """The web app. `background_jobs=True` (set by `careloop serve` and `careloop demo`) runs the
    worker's tasks in-process when the database is SQLite — the embedded mode; on PostgreSQL
    run `careloop worker` processes instead."""
    settings = settings or get_settings()
    owns_database = database is None
    database = database or Database(settings.database_url, echo=settings.sql_echo)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        jobs = None
        if background_jobs and database.is_sqlite:
            from careloop.jobs.inprocess import start_background_jobs

            jobs = start_background_jobs(database)
        try:
            yield
        finally:
            if jobs is not None:
                jobs.stop()
            if owns_database:
                database.dispose()

    app = FastAPI(title="CareLoop", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.database = database

    @app.get("/healthz", tags=["health"], summary="Liveness and database check (no key needed)")
    def healthz() -> dict[str, str]:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        return {"status": "ok"}

    app.include_router(clinics_router)
    app.include_router(intake_router)
    app.include_router(cases_router)
    app.include_router(case_actions_router)
    app.include_router(callbacks_router)
    app.include_router(outbox_router)
    return app
