"""Errors a practice manager reads: every problem in a playbook as `file:line: field: message`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic_core import PydanticCustomError

# The pydantic error type our own cross-field checks use to report several problems at once,
# each at its own sub-path (see `raise_issues`); the loader unpacks it.
ISSUES_ERROR_TYPE = "playbook_issues"


@dataclass(frozen=True)
class PlaybookIssue:
    """One problem in a playbook file."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class PlaybookError(ValueError):
    """A playbook that cannot be used. Carries every problem found, not just the first.

    `file`, `line`, `field` and `message` describe the first problem, for callers that only
    show one; `issues` has them all and `str(err)` lists each on its own line.
    """

    def __init__(self, issues: Sequence[PlaybookIssue]):
        if not issues:
            raise ValueError("PlaybookError needs at least one issue")
        self.issues: list[PlaybookIssue] = list(issues)
        first = self.issues[0]
        self.file, self.line, self.field, self.message = first.file, first.line, first.field, first.message
        super().__init__("\n".join(str(issue) for issue in self.issues))


class TemplateRenderError(ValueError):
    """A template was rendered without a value for one of its placeholders.

    Sending "Hello {patient_first_name}" to a patient is worse than not sending, so rendering
    refuses instead of leaving the placeholder in.
    """

    def __init__(self, template_name: str, language: str, missing: Iterable[str]):
        self.template_name = template_name
        self.language = language
        self.missing = sorted(missing)
        names = ", ".join("{" + name + "}" for name in self.missing)
        super().__init__(f"template {template_name!r} ({language}) needs a value for {names}")


def raise_issues(issues: list[tuple[tuple[str | int, ...], str]]) -> None:
    """Raise one pydantic error carrying several (sub-path, message) problems, if there are any.

    A model validator can only raise once and pydantic then reports it at the model's own
    location; this lets a cross-field check point at the exact key that is wrong and report
    every such key in one pass.
    """
    if not issues:
        return
    summary = "; ".join(message for _, message in issues)
    raise PydanticCustomError(ISSUES_ERROR_TYPE, "{summary}", {"summary": summary, "issues": issues})
