"""`careloop triage ...`: evaluate triage on a labelled file, or classify messages.

    careloop triage eval shared/triage/dev.jsonl
    cat messages.jsonl | careloop triage classify

Errors in the input are reported as `error: FILE:LINE: problem` with exit code 2 (the
usual code for bad usage/input), never as a traceback: the people running this are
practice staff and engineers checking a data file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from careloop.triage.evaluate import (
    DatasetError,
    EvaluationReport,
    evaluate,
    load_labelled,
    triage_prediction,
)

triage_app = typer.Typer(help="Triage: evaluate against labelled data, or classify messages.", no_args_is_help=True)

BAD_INPUT_EXIT_CODE = 2
_SHORT_TEXT = 70


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(BAD_INPUT_EXIT_CODE)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHORT_TEXT else flat[: _SHORT_TEXT - 1] + "…"


def _print_report(report: EvaluationReport, console: Console) -> None:
    scores = Table(title="Category precision / recall / F1")
    for column in ("category", "precision", "recall", "f1", "support"):
        scores.add_column(column, justify="left" if column == "category" else "right")
    for label, s in report.per_category.items():
        scores.add_row(label, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    scores.add_row("macro", "", "", f"{report.category_macro_f1:.3f}", "")
    console.print(scores)

    confusion = Table(title="Confusion matrix (rows: gold, columns: predicted)")
    abbreviations = [label[:8] for label in report.labels]
    confusion.add_column("gold \\ pred")
    for abbreviation in abbreviations:
        confusion.add_column(abbreviation, justify="right")
    for label, row in zip(report.labels, report.confusion):
        confusion.add_row(label, *[str(count) if count else "." for count in row])
    console.print(confusion)

    safety = Table(title="Safety and language")
    safety.add_column("metric")
    safety.add_column("value", justify="right")
    safety.add_row("emergency recall", f"{report.emergency_recall:.3f}")
    safety.add_row("urgent-or-higher recall", f"{report.urgent_recall:.3f}")
    safety.add_row("emergency false alarms on routine", f"{report.emergency_false_alarm:.3f}")
    safety.add_row("language accuracy", f"{report.language_accuracy:.3f}")
    console.print(safety)

    misses = Table(title=f"Misses ({len(report.misses)})")
    for column in ("id", "gold", "predicted", "text"):
        misses.add_column(column, overflow="fold")
    for message, prediction in report.misses:
        misses.add_row(
            message.id,
            f"{message.category}/{message.urgency}/{message.language}",
            f"{prediction.category}/{prediction.urgency}/{prediction.language}",
            _short(message.text),
        )
    console.print(misses)


@triage_app.command("eval")
def eval_command(
    file: Path = typer.Argument(..., help="Labelled JSON Lines (id, text, category, urgency, language[, channel])."),
) -> None:
    """Score triage on a labelled file; the last line is a machine-readable summary."""
    try:
        messages = load_labelled(file)
    except DatasetError as error:
        _fail(str(error) if error.line else f"{error.source}: {error.problem}")
        return
    if not messages:
        _fail(f"{file}: no messages")
    report = evaluate(messages, triage_prediction)
    _print_report(report, Console(width=160))
    typer.echo(report.summary_line())


@triage_app.command("classify")
def classify_command() -> None:
    """Read JSON Lines (id, text[, channel]) on stdin, write one triage result per line."""
    from careloop.triage.engine import triage

    for line_number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            _fail(f"<stdin>:{line_number}: invalid JSON ({error.msg})")
        if not isinstance(record, dict):
            _fail(f"<stdin>:{line_number}: expected a JSON object")
        for name in ("id", "text"):
            if name not in record:
                _fail(f"<stdin>:{line_number}: missing field '{name}'")
        if not isinstance(record["text"], str):
            _fail(f"<stdin>:{line_number}: field 'text' must be a string")
        channel = record.get("channel")
        if channel is not None and not isinstance(channel, str):
            _fail(f"<stdin>:{line_number}: field 'channel' must be a string")
        result = triage(record["text"], channel)
        output = {
            "id": record["id"],
            "category": result.category.value,
            "urgency": result.urgency.value,
            "language": result.language.value,
            "confidence": result.confidence,
            "needs_review": result.needs_review,
            "red_flags": [flag.to_dict() for flag in result.red_flags],
        }
        typer.echo(json.dumps(output, ensure_ascii=False))


def main() -> None:  # pragma: no cover - thin entry point
    triage_app()


if __name__ == "__main__":  # pragma: no cover
    main()
