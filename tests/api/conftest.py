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
