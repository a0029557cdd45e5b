"""`careloop demo`: the seeded week goes through the real intake service and leaves a clinic
full of cases a newcomer can query with the printed keys."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from rich.console import Console
from sqlalchemy import func, select
from typer.testing import CliRunner

from careloop.app import create_app
from careloop.cases.models import Alert, Case
from careloop.cli import app as cli_app
from careloop.db import Database
from careloop.demo.seed import seed_demo
from careloop.intake.models import Contact
from careloop.messaging.models import OutboxMessage
from careloop.settings import Settings

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
MANAGER_KEY = "cl_00112233aabb_a-fixed-demo-manager-key"


def test_demo_week_becomes_cases_through_real_intake(database: Database):
    summary = seed_demo(database=database, seed=3, contacts_per_day=25, manager_key=MANAGER_KEY,
                        console=Console(quiet=True), now=NOW)
    with database.session() as session:
        stored_contacts = session.scalar(select(func.count(Contact.id))) or 0
        categories = set(session.scalars(select(Case.category).distinct()))
        emergencies = list(session.scalars(select(Case).where(Case.urgency == "emergency")))
        resolved = session.scalar(select(func.count(Case.id)).where(Case.status == "resolved")) or 0
        emergency_messages = session.scalar(
            select(func.count(OutboxMessage.id)).where(OutboxMessage.template == "emergency")
        ) or 0
        emergency_alerts = session.scalar(select(func.count(Alert.id)).where(Alert.kind == "emergency")) or 0
    assert summary.contacts_posted > 100
    assert summary.duplicates >= 1
    assert stored_contacts == summary.contacts_posted - summary.duplicates
    assert summary.cases == sum(summary.cases_by_queue.values())
    assert len(categories) >= 11
    assert emergencies and emergency_alerts >= len(emergencies)
    assert emergency_messages >= 1
    assert 0 < resolved < summary.cases  # staff worked some of the week; some is left for the huddle

    client = TestClient(create_app(settings=Settings(database_url=database.url), database=database))
    headers = {"Authorization": f"Bearer {MANAGER_KEY}"}
    clinics = client.get("/api/v1/clinics", headers=headers).json()
    assert [c["slug"] for c in clinics] == [summary.clinic_slug]
    listed = client.get(f"/api/v1/clinics/{summary.clinic_slug}/cases", params={"urgency": "emergency"},
                        headers=headers).json()
    assert listed["total"] == len(emergencies)


def test_demo_is_deterministic_for_a_seed(database: Database, tmp_path):
    first = seed_demo(database=database, seed=5, contacts_per_day=10, console=Console(quiet=True), now=NOW)
    other = Database(f"sqlite:///{tmp_path / 'again.sqlite3'}")
    second = seed_demo(database=other, seed=5, contacts_per_day=10, console=Console(quiet=True), now=NOW)
    other.dispose()
    assert (first.contacts_posted, first.duplicates, first.cases, first.cases_by_queue) == (
        second.contacts_posted, second.duplicates, second.cases, second.cases_by_queue)


def test_demo_command_prints_url_keys_and_what_to_try(tmp_path):
    db = tmp_path / "demo.sqlite3"
    result = CliRunner().invoke(cli_app, ["demo", "--no-serve", "--db", str(db), "--contacts-per-day", "8",
                                          "--port", "8123", "--api-key", MANAGER_KEY], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123" in result.output
    assert MANAGER_KEY in result.output
    assert "curl" in result.output and "/api/v1/clinics/maple-street/cases" in result.output
    bad = CliRunner().invoke(cli_app, ["demo", "--no-serve", "--db", str(db), "--api-key", "short"])
    assert bad.exit_code == 1 and "API key must be at least 12" in bad.output
