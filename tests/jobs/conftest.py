from __future__ import annotations

from collections.abc import Iterator

import pytest

from careloop.db import Database
from tests.channels.receiver import Receiver
from tests.messaging.helpers import SECRET, SECRET_ENV, Clinics, make_clinics


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver().start()
    yield server
    server.stop()


@pytest.fixture
def clinics(database: Database, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> Clinics:
    monkeypatch.setenv(SECRET_ENV, SECRET)
    return make_clinics(database, receiver.url)
