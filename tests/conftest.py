"""Shared fixtures: every storage test runs on SQLite AND on PostgreSQL.

PostgreSQL is not optional: when it cannot be reached the PostgreSQL half of the suite FAILS
(it never skips), so a green run always means both databases were exercised. Set
CARELOOP_TEST_POSTGRES_URL to point elsewhere; CARELOOP_TEST_BACKENDS=sqlite narrows a local
run on purpose (CI never sets it).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from careloop import migrate
from careloop.app import create_app
from careloop.db import Database
from careloop.settings import Settings
from tests.channels.receiver import Receiver
from tests.messaging.helpers import SECRET, SECRET_ENV, Clinics, make_clinics
from tests.personas import World, build_world

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = [b.strip() for b in os.environ.get("CARELOOP_TEST_BACKENDS", "sqlite,postgresql").split(",") if b.strip()]


def _worker_id() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test: a fresh database costs a file copy."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    database = Database(f"sqlite:///{path}")
    migrate.upgrade(database.engine)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[Database]:
    """One schema per xdist worker in the `test` database, migrated once, emptied per test."""
    base_url = os.environ.get("CARELOOP_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    # The process id keeps two test runs on one machine (two terminals, CI beside a developer)
    # from emptying each other's tables.
    schema = f"careloop_test_{_worker_id()}_{os.getpid()}"
    admin = Database(base_url)
    try:
        with admin.engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # noqa: BLE001 - turned into a loud failure below
        pytest.fail(
            f"PostgreSQL at {base_url} is not reachable ({error.__class__.__name__}: {error}). "
            "Start it (see README) — the PostgreSQL tests never skip.",
            pytrace=False,
        )
    finally:
        admin.dispose()
    separator = "&" if "?" in base_url else "?"
    database = Database(f"{base_url}{separator}options=-csearch_path%3D{schema}")
    migrate.upgrade(database.engine)
    yield database
    database.dispose()
    admin = Database(base_url)
    with admin.engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


def _empty_postgres(database: Database) -> None:
    tables = [t for t in reversed(migrate_tables())]
    with database.engine.begin() as connection:
        # TRUNCATE does not fire the row-level triggers that keep case_events append-only.
        connection.execute(text("TRUNCATE " + ", ".join(tables) + " RESTART IDENTITY CASCADE"))


def migrate_tables() -> list[str]:
    from careloop.models import Base

    return [table.name for table in Base.metadata.sorted_tables]


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: SQLite file or PostgreSQL schema."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "careloop.sqlite3"
        shutil.copyfile(template, path)
        database = Database(f"sqlite:///{path}")
        yield database
        database.dispose()
    else:
        database = request.getfixturevalue("postgres_database")
        _empty_postgres(database)
        yield database


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def client(database: Database, world: World) -> Iterator[TestClient]:
    app = create_app(settings=Settings(database_url=database.url), database=database)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def live_server(database: Database, world: World) -> Iterator[str]:
    """The real app on a free loopback port (uvicorn in a thread): real HTTP for tests that
    need concurrency or a network edge."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(settings=Settings(database_url=database.url), database=database)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver on loopback (tests/channels/receiver.py): the network edge."""
    server = Receiver().start()
    yield server
    server.stop()


@pytest.fixture
def clinics(database: Database, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> Clinics:
    """Clinics whose playbooks send outbound messages to `receiver`, signed with a test secret."""
    monkeypatch.setenv(SECRET_ENV, SECRET)
    return make_clinics(database, receiver.url)
