"""The `careloop` command as an operator uses it: set up a database and a clinic, add people."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from careloop.cli import app
from careloop.db import Database
from careloop.settings import get_settings
from careloop.staff.service import authenticate
from tests.personas import default_playbook_text


@pytest.fixture
def sqlite_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("CARELOOP_DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_operator_sets_up_a_clinic_and_its_people(sqlite_url, tmp_path):
    assert run("db", "upgrade").exit_code == 0
    playbook = tmp_path / "maple.yaml"
    playbook.write_text(default_playbook_text())
    created = run("clinic", "create", str(playbook))
    assert created.exit_code == 0, created.output
    assert "maple-street" in run("clinic", "list").output
    again = run("clinic", "create", str(playbook))
    assert again.exit_code == 1 and "already exists" in again.output

    added = run("staff", "add", "--name", "Ana Ruiz", "--email", "ana@example.org", "--clinic", "maple-street",
                "--role", "front_desk", "--language", "en", "--language", "es")
    assert added.exit_code == 0, added.output
    key = added.output.strip().splitlines()[-1]
    integration = run("staff", "add-integration", "--clinic", "maple-street", "--name", "phone system")
    assert integration.exit_code == 0, integration.output
    database = Database(sqlite_url)
    with database.session() as session:
        principal = authenticate(session=session, plain_key=key)
        assert principal is not None and principal.languages == ("en", "es")
        assert authenticate(session=session, plain_key=integration.output.strip().splitlines()[-1]) is not None
    database.dispose()


def test_operator_mistakes_get_clear_errors(sqlite_url, tmp_path):
    run("db", "upgrade")
    bad = tmp_path / "bad.yaml"
    bad.write_text(default_playbook_text().replace("timezone: America/Los_Angeles", "timezone: Mars/Olympus"))
    result = run("clinic", "create", str(bad))
    assert result.exit_code == 1
    assert "bad.yaml:" in result.output and "clinic.timezone" in result.output
    assert "Traceback" not in result.output
    missing = run("clinic", "create", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 1 and "nope.yaml" in missing.output
    role = run("staff", "add", "--name", "X", "--email", "x@example.org", "--clinic", "maple-street", "--role", "janitor")
    assert role.exit_code == 1 and "--role: unknown role 'janitor'" in role.output
    clinic = run("staff", "add", "--name", "X", "--email", "x@example.org", "--clinic", "nowhere", "--role", "front_desk")
    assert clinic.exit_code == 1 and "--clinic: no clinic 'nowhere'" in clinic.output


def test_playbook_check_points_at_file_line_and_field(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(default_playbook_text().replace("administrative_may_resolve: false", "administrative_may_resolve: true", 1))
    result = run("playbook", "check", str(broken))
    assert result.exit_code == 1
    assert "broken.yaml:" in result.output and "administrative_may_resolve" in result.output
    good = tmp_path / "good.yaml"
    good.write_text(default_playbook_text())
    assert run("playbook", "check", str(good)).exit_code == 0


def test_postgres_needs_an_explicit_upgrade(monkeypatch, postgres_database):
    """Several servers must never race to migrate PostgreSQL: commands refuse an old schema."""
    from sqlalchemy import text

    database = postgres_database
    schema = "careloop_cli_empty"
    with database.engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    base = database.url.split("?")[0]
    monkeypatch.setenv("CARELOOP_DATABASE_URL", f"{base}?options=-csearch_path%3D{schema}")
    get_settings.cache_clear()
    try:
        result = run("clinic", "list")
        assert result.exit_code == 1 and "careloop db upgrade" in result.output
    finally:
        get_settings.cache_clear()
        with database.engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
