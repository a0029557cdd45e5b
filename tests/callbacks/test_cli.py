"""`careloop report callbacks` (mounted by the lead under `careloop report`): the work list and the
measures for one clinic, a queue or one person."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from careloop.callbacks.cli import report_callbacks
from tests.callbacks.helpers import arrive, pacific

app = typer.Typer()
app.command("callbacks")(report_callbacks)
app.command("unused")(lambda: None)  # two commands, so the name is part of the command line


def test_the_report_lists_the_days_callbacks_and_measures(database, world):
    arrive(database, world, at=pacific("2026-11-23 09:30"), sender="+14155238802",
           text="Hola, habla María López, llámeme por favor para cambiar mi cita del jueves",
           patient={"first_name": "María", "last_name": "López"})
    runner = CliRunner()
    result = runner.invoke(app, ["callbacks", "--clinic", "maple-street", "--date", "2026-11-23",
                                 "--staff", "front_desk_a@staff.example.org", "--database-url", database.url],
                           env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    assert "María López" in result.output and "+14155238802" in result.output
    assert "Callback measures" in result.output and "language es" in result.output
    missing = runner.invoke(app, ["callbacks", "--clinic", "nowhere", "--database-url", database.url])
    assert missing.exit_code == 1 and "no clinic" in missing.output
