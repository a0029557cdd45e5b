"""`careloop triage eval` and `careloop triage classify` through Typer's CliRunner."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from careloop.triage.cli import triage_app

runner = CliRunner()

SUMMARY = re.compile(
    r"^emergency_recall=\d\.\d{3} urgent_recall=\d\.\d{3} emergency_false_alarm=\d\.\d{3} "
    r"category_macro_f1=\d\.\d{3} language_accuracy=\d\.\d{3}$"
)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _record(id: str, text: str, category: str, urgency: str, language: str, channel: str = "sms") -> str:
    return json.dumps(
        {"id": id, "channel": channel, "text": text, "category": category, "urgency": urgency, "language": language}
    )


GOOD = [
    _record("t-1", "no puedo respirar, ayuda", "clinical_concern", "emergency", "es"),
    _record("t-2", "charged twice for the same visit in March, please fix", "billing_question", "routine", "en"),
    _record("t-3", "ran out of my insulin this morning, please send a new prescription today", "refill_request", "urgent", "en"),
    _record("t-4", "what time do you open on saturday", "administrative_question", "routine", "en"),
]


def test_eval_prints_tables_and_summary_last(tmp_path: Path) -> None:
    result = runner.invoke(triage_app, ["eval", str(_write(tmp_path, GOOD))])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert SUMMARY.match(lines[-1]), lines[-1]
    assert lines[-1].startswith("emergency_recall=1.000 urgent_recall=1.000 emergency_false_alarm=0.000")
    assert "Confusion matrix" in result.output
    assert "precision" in result.output
    assert "Misses" in result.output


def test_eval_reports_misses(tmp_path: Path) -> None:
    wrong = _record("t-9", "what time do you open on saturday", "billing_question", "routine", "en")
    result = runner.invoke(triage_app, ["eval", str(_write(tmp_path, [wrong]))])
    assert result.exit_code == 0
    assert "t-9" in result.output


def test_eval_invalid_json_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, [GOOD[0], "{oops"])
    result = runner.invoke(triage_app, ["eval", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2: invalid JSON" in result.output
    assert "Traceback" not in result.output


def test_eval_missing_field_and_unknown_label(tmp_path: Path) -> None:
    missing = json.dumps({"id": "t-5", "text": "hi", "category": "billing_question", "language": "en"})
    result = runner.invoke(triage_app, ["eval", str(_write(tmp_path, [missing]))])
    assert result.exit_code == 2
    assert ":1: missing field 'urgency'" in result.output

    unknown = _record("t-6", "hi", "billing_question", "asap", "en")
    result = runner.invoke(triage_app, ["eval", str(_write(tmp_path, [unknown]))])
    assert result.exit_code == 2
    assert ":1: unknown urgency 'asap'" in result.output


def test_eval_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(triage_app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl" in result.output and "file not found" in result.output


def test_classify_writes_one_json_object_per_line() -> None:
    stdin = "\n".join(
        [
            json.dumps({"id": 1, "text": "my dad's face is drooping", "channel": "sms"}),
            json.dumps({"id": "b", "text": "necesito mi receta de losartan"}),
        ]
    )
    result = runner.invoke(triage_app, ["classify"], input=stdin + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [row["id"] for row in rows] == [1, "b"]
    assert set(rows[0]) == {"id", "category", "urgency", "language", "confidence", "needs_review", "red_flags"}
    assert rows[0]["urgency"] == "emergency"
    assert rows[0]["red_flags"][0]["rule"] == "stroke_signs"
    assert rows[1]["language"] == "es"


def test_classify_bad_input_is_a_clear_error() -> None:
    result = runner.invoke(triage_app, ["classify"], input='{"id": 1, "text": "ok"}\n{"id": 2}\n')
    assert result.exit_code == 2
    assert "<stdin>:2: missing field 'text'" in result.output
    result = runner.invoke(triage_app, ["classify"], input="not json\n")
    assert result.exit_code == 2
    assert "<stdin>:1: invalid JSON" in result.output
