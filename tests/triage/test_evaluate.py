"""Metric math on small hand-made examples (expected values computed by hand)."""

from __future__ import annotations

import pytest

from careloop.triage.evaluate import (
    DatasetError,
    accuracy,
    confusion_matrix,
    emergency_false_alarm_rate,
    macro_f1,
    parse_labelled_lines,
    per_label_scores,
    present_labels,
    recall_at_or_above,
)

GOLD = ["a", "a", "b", "b", "c"]
PRED = ["a", "b", "b", "b", "a"]


def test_per_label_scores_by_hand() -> None:
    scores = per_label_scores(GOLD, PRED, ["a", "b", "c"])
    # a: TP=1, predicted a twice -> P=1/2, gold a twice -> R=1/2, F1=1/2
    assert scores["a"].precision == pytest.approx(0.5)
    assert scores["a"].recall == pytest.approx(0.5)
    assert scores["a"].f1 == pytest.approx(0.5)
    # b: TP=2, predicted b three times -> P=2/3, R=2/2=1, F1=2*(2/3)/(5/3)=0.8
    assert scores["b"].precision == pytest.approx(2 / 3)
    assert scores["b"].recall == pytest.approx(1.0)
    assert scores["b"].f1 == pytest.approx(0.8)
    # c: never predicted -> P=0 (0/0 -> 0), R=0, F1=0
    assert scores["c"] == scores["c"].__class__(0.0, 0.0, 0.0, 1)
    # macro F1 = (0.5 + 0.8 + 0) / 3 = 0.4333...
    assert macro_f1(scores) == pytest.approx(1.3 / 3)


def test_confusion_matrix_rows_are_gold() -> None:
    assert confusion_matrix(GOLD, PRED, ["a", "b", "c"]) == [
        [1, 1, 0],
        [0, 2, 0],
        [1, 0, 0],
    ]


def test_present_labels_keeps_canonical_order() -> None:
    assert present_labels(["c", "a"], ["a"], ["a", "b", "c"]) == ["a", "c"]


def test_urgency_recalls_and_false_alarm_by_hand() -> None:
    gold = ["emergency", "emergency", "urgent", "urgent", "routine", "routine", "routine", "routine"]
    pred = ["emergency", "urgent", "emergency", "routine", "routine", "emergency", "urgent", "routine"]
    # emergency recall: 1 of 2 gold emergencies predicted emergency
    assert recall_at_or_above(gold, pred, "emergency") == pytest.approx(0.5)
    # urgent-or-higher recall: gold >= urgent are 4; predicted >= urgent: E, U, E, R -> 3/4
    assert recall_at_or_above(gold, pred, "urgent") == pytest.approx(0.75)
    # false alarm: 4 routine, 1 predicted emergency -> 1/4
    assert emergency_false_alarm_rate(gold, pred) == pytest.approx(0.25)


def test_metrics_with_nothing_to_find() -> None:
    assert recall_at_or_above(["routine"], ["routine"], "emergency") == 1.0
    assert emergency_false_alarm_rate(["urgent"], ["emergency"]) == 0.0
    assert accuracy(["en", "es", "es"], ["en", "en", "es"]) == pytest.approx(2 / 3)


def _line(**overrides: object) -> str:
    import json

    record = {"id": "x-1", "text": "hi", "category": "billing_question", "urgency": "routine", "language": "en"}
    record.update(overrides)
    return json.dumps({k: v for k, v in record.items() if v is not None})


def test_parse_valid_lines_skips_blank_lines() -> None:
    messages = parse_labelled_lines([_line(), "", _line(id="x-2", channel="sms")], "f.jsonl")
    assert [m.id for m in messages] == ["x-1", "x-2"]
    assert messages[1].channel == "sms"


@pytest.mark.parametrize(
    ("bad_line", "fragment"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (_line(urgency=None), "missing field 'urgency'"),
        (_line(category="hug_request"), "unknown category 'hug_request'"),
        (_line(language="fr"), "unknown language 'fr'"),
        (_line(channel="pigeon"), "unknown channel 'pigeon'"),
    ],
)
def test_parse_errors_name_file_and_line(bad_line: str, fragment: str) -> None:
    with pytest.raises(DatasetError) as caught:
        parse_labelled_lines([_line(), bad_line], "data/f.jsonl")
    assert caught.value.line == 2
    assert str(caught.value).startswith("data/f.jsonl:2: ")
    assert fragment in str(caught.value)
