"""Delivery tests use a receiver that hangs for 1 s when told to (timeouts stay fast)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.channels.receiver import Receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver(hang_seconds=1.0).start()
    yield server
    server.stop()
