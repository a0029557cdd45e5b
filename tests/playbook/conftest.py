"""Fixtures for playbook tests: the default playbook, and edits of its text for wrong-playbook cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from careloop.playbook import DEFAULT_PLAYBOOK_PATH, Playbook, load_default_playbook

DEFAULT_TEXT = DEFAULT_PLAYBOOK_PATH.read_text(encoding="utf-8")


def edited(old: str, new: str, text: str = DEFAULT_TEXT) -> str:
    """The default playbook with one exact, unique snippet replaced (fails loudly if not unique,
    so a change to default.yaml cannot silently turn a wrong-playbook test into a no-op)."""
    count = text.count(old)
    assert count == 1, f"expected {old!r} exactly once in the playbook text, found it {count} times"
    return text.replace(old, new)


def line_of(text: str, snippet: str) -> int:
    """1-based line of the first line containing `snippet`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if snippet in line:
            return number
    raise AssertionError(f"{snippet!r} not in text")


@pytest.fixture(scope="session")
def playbook() -> Playbook:
    return load_default_playbook()


@pytest.fixture()
def edit() -> Callable[..., str]:
    return edited
