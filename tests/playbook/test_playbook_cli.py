"""`careloop playbook check|show-default` (mounted by the main CLI as `careloop playbook`)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from careloop.playbook import DEFAULT_PLAYBOOK_PATH, parse_playbook_text
from careloop.playbook.cli import playbook_app

from .conftest import edited, line_of

runner = CliRunner()


def test_check_prints_a_summary_of_a_good_playbook() -> None:
    result = runner.invoke(playbook_app, ["check", str(DEFAULT_PLAYBOOK_PATH)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Maple Street Family Medicine (maple-street)" in out
    assert "America/Los_Angeles" in out
    assert "Saturday" in out and "09:00-12:00" in out and "closed" in out
    refill_row = next(line for line in out.splitlines() if "refill_request" in line)
    assert "clinical_inbox" in refill_row and "4h business" in refill_row and "1 business day" in refill_row
    assert "15m calendar" in out
    assert "phone_call" in out and "live answer" in out


def test_check_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    text = edited("    owner: billing\n", "    owner: biling\n")
    text = edited("  timezone: America/Los_Angeles", "  timezone: Nowhere/Special", text)
    path = tmp_path / "maple.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(playbook_app, ["check", str(path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"{path}:{line_of(text, 'Nowhere/Special')}: clinic.timezone: 'Nowhere/Special' is not a time zone " \
                       "(use a name like 'America/Los_Angeles')"
    assert lines[1].startswith(f"{path}:{line_of(text, 'owner: biling')}: categories.billing_question.owner: 'biling'")
    assert lines[-1] == f"2 problems found in {path}."
    assert "Traceback" not in result.output


def test_check_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(playbook_app, ["check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_show_default_prints_a_playbook_that_checks() -> None:
    result = runner.invoke(playbook_app, ["show-default"])
    assert result.exit_code == 0
    assert result.stdout == DEFAULT_PLAYBOOK_PATH.read_text(encoding="utf-8")
    assert parse_playbook_text(result.stdout).clinic.slug == "maple-street"


def test_no_arguments_shows_help() -> None:
    result = runner.invoke(playbook_app, [])
    assert "check" in result.output and "show-default" in result.output
