from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from careloop.app import create_app
from careloop.db import Database
from careloop.settings import Settings
from tests.personas import World, build_world


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
