"""Our own held-out-style check set (tests/triage/data/urgency_cases.jsonl).

Written by hand, independent of the development set: English and Spanish, SMS,
voicemail transcripts, portal messages, emails; emergencies, urgent, routine, negated,
historical, hypothetical, caregiver and other-person messages, misspellings.

Safety properties are checked per message (every emergency caught, every urgent message
at least urgent, no routine message raised to emergency); precision in aggregate.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from careloop.labels import Category, Urgency
from careloop.triage import Triage, triage

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "urgency_cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@lru_cache(maxsize=None)
def _triage(text: str, channel: str) -> Triage:
    """triage() is deterministic, so each message is classified once for all the checks."""
    return triage(text, channel)


def _ids(cases: list[dict]) -> list[str]:
    return [case["id"] for case in cases]


EMERGENCIES = [c for c in CASES if c["urgency"] == "emergency"]
URGENT = [c for c in CASES if c["urgency"] == "urgent"]
ROUTINE = [c for c in CASES if c["urgency"] == "routine"]


def test_check_set_is_big_and_varied() -> None:
    assert len(CASES) >= 150
    assert {c["language"] for c in CASES} == {"en", "es"}
    assert len({c["channel"] for c in CASES}) >= 6
    assert min(len(EMERGENCIES), len(URGENT), len(ROUTINE)) >= 40


@pytest.mark.parametrize("case", EMERGENCIES, ids=_ids(EMERGENCIES))
def test_every_emergency_is_caught(case: dict) -> None:
    result = _triage(case["text"], case["channel"])
    assert result.urgency is Urgency.EMERGENCY, result.reasons
    assert result.category is Category.CLINICAL_CONCERN
    assert result.red_flags


@pytest.mark.parametrize("case", URGENT, ids=_ids(URGENT))
def test_every_urgent_message_is_at_least_urgent(case: dict) -> None:
    result = _triage(case["text"], case["channel"])
    assert result.urgency.rank >= Urgency.URGENT.rank, result.reasons


@pytest.mark.parametrize("case", ROUTINE, ids=_ids(ROUTINE))
def test_no_routine_message_is_an_emergency(case: dict) -> None:
    result = _triage(case["text"], case["channel"])
    assert result.urgency is not Urgency.EMERGENCY, result.reasons


def test_routine_messages_mostly_stay_routine() -> None:
    raised = [c["id"] for c in ROUTINE if _triage(c["text"], c["channel"]).urgency is not Urgency.ROUTINE]
    assert len(raised) / len(ROUTINE) <= 0.05, raised


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_language(case: dict) -> None:
    assert _triage(case["text"], case["channel"]).language.value == case["language"]
