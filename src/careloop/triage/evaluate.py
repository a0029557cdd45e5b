"""Evaluation of triage against a labelled JSON Lines file.

Metric math lives in small pure functions over plain lists so it can be checked by hand.
The safety metrics come first: a missed emergency is the failure that matters most.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from careloop.labels import Category, Channel, Language, Urgency

REQUIRED_FIELDS = ("id", "text", "category", "urgency", "language")
URGENCY_RANK = {u.value: u.rank for u in Urgency}


class DatasetError(ValueError):
    """A labelled file that cannot be evaluated; names the file and the 1-based line."""

    def __init__(self, source: str, line: int, problem: str) -> None:
        super().__init__(f"{source}:{line}: {problem}")
        self.source = source
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class LabelledMessage:
    id: str
    text: str
    category: str
    urgency: str
    language: str
    channel: str | None = None


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Prediction:
    category: str
    urgency: str
    language: str


@dataclass
class EvaluationReport:
    labels: list[str]
    per_category: dict[str, Scores]
    confusion: list[list[int]]
    category_macro_f1: float
    emergency_recall: float
    urgent_recall: float
    emergency_false_alarm: float
    language_accuracy: float
    misses: list[tuple[LabelledMessage, Prediction]] = field(default_factory=list)

    def summary_line(self) -> str:
        return (
            f"emergency_recall={self.emergency_recall:.3f} urgent_recall={self.urgent_recall:.3f} "
            f"emergency_false_alarm={self.emergency_false_alarm:.3f} "
            f"category_macro_f1={self.category_macro_f1:.3f} language_accuracy={self.language_accuracy:.3f}"
        )


# ----------------------------------------------------------------------------- loading


def parse_labelled_lines(lines: Iterable[str], source: str) -> list[LabelledMessage]:
    """Parse and validate JSON Lines; any problem raises DatasetError with its line number."""
    messages: list[LabelledMessage] = []
    valid = {
        "category": {c.value for c in Category},
        "urgency": {u.value for u in Urgency},
        "language": {lang.value for lang in Language},
        "channel": {c.value for c in Channel},
    }
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise DatasetError(source, line_number, f"invalid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise DatasetError(source, line_number, "expected a JSON object")
        for name in REQUIRED_FIELDS:
            if name not in record:
                raise DatasetError(source, line_number, f"missing field '{name}'")
            if not isinstance(record[name], str):
                raise DatasetError(source, line_number, f"field '{name}' must be a string")
        for name, allowed in valid.items():
            value = record.get(name)
            if value is None and name == "channel":
                continue
            if value not in allowed:
                raise DatasetError(
                    source, line_number, f"unknown {name} '{value}' (expected one of: {', '.join(sorted(allowed))})"
                )
        messages.append(
            LabelledMessage(
                id=record["id"],
                text=record["text"],
                category=record["category"],
                urgency=record["urgency"],
                language=record["language"],
                channel=record.get("channel"),
            )
        )
    return messages


def load_labelled(path: Path) -> list[LabelledMessage]:
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DatasetError(str(path), 0, "file not found") from None
    except UnicodeDecodeError:
        raise DatasetError(str(path), 0, "not UTF-8 text") from None
    except OSError as error:
        raise DatasetError(str(path), 0, f"cannot read ({error.strerror or error})") from None
    return parse_labelled_lines(content.splitlines(), str(path))


# ----------------------------------------------------------------------------- metrics


def _safe_ratio(numerator: int, denominator: int, empty: float) -> float:
    return numerator / denominator if denominator else empty


def per_label_scores(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict[str, Scores]:
    """Precision, recall, F1 and gold support per label. 0/0 counts as 0 (sklearn's default)."""
    scores: dict[str, Scores] = {}
    for label in labels:
        true_positive = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        predicted_positive = sum(1 for p in predicted if p == label)
        support = sum(1 for g in gold if g == label)
        precision = _safe_ratio(true_positive, predicted_positive, 0.0)
        recall = _safe_ratio(true_positive, support, 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = Scores(precision, recall, f1, support)
    return scores


def present_labels(gold: Sequence[str], predicted: Sequence[str], order: Sequence[str]) -> list[str]:
    """Labels seen in gold or predictions, in the canonical order."""
    seen = set(gold) | set(predicted)
    return [label for label in order if label in seen]


def macro_f1(scores: dict[str, Scores]) -> float:
    """Unweighted mean of F1 over the given labels (those present in gold or predictions)."""
    return sum(s.f1 for s in scores.values()) / len(scores) if scores else 0.0


def confusion_matrix(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """rows = gold label, columns = predicted label, in the order of `labels`."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted):
        matrix[index[g]][index[p]] += 1
    return matrix


def recall_at_or_above(gold: Sequence[str], predicted: Sequence[str], level: str) -> float:
    """Share of messages whose gold urgency is >= level that were predicted >= level.

    With no such message there is nothing to miss: 1.0.
    """
    threshold = URGENCY_RANK[level]
    positives = [(g, p) for g, p in zip(gold, predicted) if URGENCY_RANK[g] >= threshold]
    hits = sum(1 for _, p in positives if URGENCY_RANK[p] >= threshold)
    return _safe_ratio(hits, len(positives), 1.0)


def emergency_false_alarm_rate(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of gold-routine messages predicted emergency (0.0 when there are none)."""
    routine = [p for g, p in zip(gold, predicted) if g == Urgency.ROUTINE.value]
    return _safe_ratio(sum(1 for p in routine if p == Urgency.EMERGENCY.value), len(routine), 0.0)


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    return _safe_ratio(sum(1 for g, p in zip(gold, predicted) if g == p), len(gold), 1.0)


# ----------------------------------------------------------------------------- report


def evaluate(
    messages: Sequence[LabelledMessage], classify: Callable[[str, str | None], Prediction]
) -> EvaluationReport:
    predictions = [classify(message.text, message.channel) for message in messages]
    gold_categories = [m.category for m in messages]
    predicted_categories = [p.category for p in predictions]
    gold_urgencies = [m.urgency for m in messages]
    predicted_urgencies = [p.urgency for p in predictions]
    labels = present_labels(gold_categories, predicted_categories, [c.value for c in Category])
    per_category = per_label_scores(gold_categories, predicted_categories, labels)
    misses = [
        (message, prediction)
        for message, prediction in zip(messages, predictions)
        if (message.category, message.urgency, message.language)
        != (prediction.category, prediction.urgency, prediction.language)
    ]
    return EvaluationReport(
        labels=labels,
        per_category=per_category,
        confusion=confusion_matrix(gold_categories, predicted_categories, labels),
        category_macro_f1=macro_f1(per_category),
        emergency_recall=recall_at_or_above(gold_urgencies, predicted_urgencies, Urgency.EMERGENCY.value),
        urgent_recall=recall_at_or_above(gold_urgencies, predicted_urgencies, Urgency.URGENT.value),
        emergency_false_alarm=emergency_false_alarm_rate(gold_urgencies, predicted_urgencies),
        language_accuracy=accuracy([m.language for m in messages], [p.language for p in predictions]),
        misses=misses,
    )


def triage_prediction(text: str, channel: str | None) -> Prediction:
    """The production classifier, adapted to evaluate()."""
    from careloop.triage.engine import triage

    result = triage(text, channel)
    return Prediction(result.category.value, result.urgency.value, result.language.value)
