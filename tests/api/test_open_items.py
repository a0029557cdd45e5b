"""The daily open-items list, over the API and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from typer.testing import CliRunner

from careloop.cli import app
from tests.api.helpers import post_contact


def test_open_items_lists_overdue_first_by_owner(client, world):
    old = (datetime.now(UTC) - timedelta(days=3)).isoformat()
    overdue = post_contact(client, world, text="what time do you open on saturday", received_at=old,
                           sender="+12125550199").json()["case"]
    fresh = post_contact(client, world, text="where do I park for my visit").json()["case"]
    billing = post_contact(client, world, text="I was charged twice for my visit", sender="+13105550142").json()["case"]
    resolved = post_contact(client, world, text="please send me the clinic's fax number", sender="+16175550123").json()["case"]
    client.post(f"/api/v1/clinics/{world.clinic_a.slug}/cases/{resolved['id']}/resolve",
                headers=world.auth("front_desk_a"), json={"final_status": "completed"})

    report = client.get(f"/api/v1/clinics/{world.clinic_a.slug}/open-items", headers=world.auth("manager_a")).json()
    assert report["open"] == 3 and report["overdue"] >= 1
    queues = {q["queue"]: q for q in report["queues"]}
    assert set(queues) == {"front_desk", "billing"}
    assert report["queues"][0]["queue"] == "front_desk"  # the queue with overdue work comes first
    front_desk_ids = [item["case_id"] for item in queues["front_desk"]["items"]]
    assert front_desk_ids[0] == overdue["id"] and fresh["id"] in front_desk_ids
    assert queues["front_desk"]["items"][0]["overdue"] is True
    # Overdue since the case's own due time (business hours: three days ago may have been a
    # weekend), counted in wall-clock minutes up to now.
    first = queues["front_desk"]["items"][0]
    since_due = datetime.now(UTC) - datetime.fromisoformat(first["due_at"]).replace(tzinfo=UTC)
    assert abs(first["overdue_minutes"] - since_due.total_seconds() / 60) <= 2
    assert first["overdue_minutes"] >= 60
    assert [i["case_id"] for i in queues["billing"]["items"]] == [billing["id"]]
    assert resolved["id"] not in front_desk_ids

    only_billing = client.get(f"/api/v1/clinics/{world.clinic_a.slug}/open-items", params={"queue": "billing"},
                              headers=world.auth("billing_a")).json()
    assert [q["queue"] for q in only_billing["queues"]] == ["billing"]


def test_open_items_cli(client, world, database, monkeypatch):
    post_contact(client, world, text="what time do you open on saturday",
                 received_at=(datetime.now(UTC) - timedelta(days=2)).isoformat())
    monkeypatch.setenv("CARELOOP_DATABASE_URL", database.url)
    from careloop.settings import get_settings

    get_settings.cache_clear()
    try:
        runner = CliRunner()
        result = runner.invoke(app, ["report", "open-items", "--clinic", world.clinic_a.slug], env={"COLUMNS": "160"})
        assert result.exit_code == 0, result.output
        assert "1 open" in result.output and "1 overdue" in result.output and "front_desk" in result.output
        missing = runner.invoke(app, ["report", "open-items", "--clinic", "nowhere"])
        assert missing.exit_code == 1 and "--clinic: no clinic 'nowhere'" in missing.output
        bad_queue = runner.invoke(app, ["report", "open-items", "--clinic", world.clinic_a.slug, "--queue", "kitchen"])
        assert bad_queue.exit_code == 1 and "unknown queue" in bad_queue.output
    finally:
        get_settings.cache_clear()
