"""Staff see the outbox (dead letters above all) and requeue dead messages; clinics stay apart."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from careloop.audit.models import AuditEntry
from careloop.clinics.models import Clinic
from careloop.clinics.service import update_playbook
from careloop.db import Database
from careloop.messaging.delivery import deliver_due
from tests.api.helpers import post_contact
from tests.channels.receiver import Receiver
from tests.messaging.helpers import SECRET, SECRET_ENV, fast_config, soon, with_webhook
from tests.personas import World, build_world, default_playbook_text


@pytest.fixture
def world(database: Database, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv(SECRET_ENV, SECRET)
    world = build_world(database)
    with database.session() as session:
        update_playbook(session=session, clinic=session.get(Clinic, world.clinic_a.id),
                        playbook_source=with_webhook(default_playbook_text(), receiver.url))
        session.commit()
    return world


def outbox(client: TestClient, world: World, persona: str, status: str | None = None, clinic: str | None = None):
    return client.get(f"/api/v1/clinics/{clinic or world.clinic_a.slug}/outbox",
                      params={"status": status} if status else {}, headers=world.auth(persona))


def retry(client: TestClient, world: World, persona: str, message_id: int, clinic: str | None = None):
    return client.post(f"/api/v1/clinics/{clinic or world.clinic_a.slug}/outbox/{message_id}/retry",
                       headers=world.auth(persona))


def test_staff_see_dead_letters_and_a_manager_requeues_one(
    client: TestClient, world: World, receiver: Receiver, database: Database,
) -> None:
    assert post_contact(client, world).status_code in (200, 201)
    receiver.script(400)
    assert deliver_due(database, soon(), config=fast_config()).dead == 1

    listing = outbox(client, world, "front_desk_a", "dead")
    assert listing.status_code == 200
    [dead] = listing.json()["items"]
    assert listing.json()["total"] == 1 and dead["status"] == "dead" and "HTTP 400" in dead["last_error"]
    assert outbox(client, world, "front_desk_a", "pending").json()["total"] == 0
    assert outbox(client, world, "floater", "dead").json()["total"] == 1  # a member of both clinics
    with database.session() as session:
        assert session.query(AuditEntry).filter_by(resource="outbox").count() == 3

    # Administrative staff may look but not re-send; managers and clinicians may.
    assert retry(client, world, "front_desk_a", dead["id"]).status_code == 403
    requeued = retry(client, world, "manager_a", dead["id"])
    assert requeued.status_code == 200 and requeued.json()["status"] == "pending"
    assert requeued.json()["attempts"] == 0
    assert retry(client, world, "nurse_a", dead["id"]).status_code == 409  # not dead any more

    assert deliver_due(database, soon(), config=fast_config()).sent == 1
    [sent] = outbox(client, world, "nurse_a", "sent").json()["items"]
    assert sent["id"] == dead["id"] and sent["sent_at"] is not None
    assert receiver.per_delivery() == {str(dead["id"]): 2}


def test_the_outbox_of_one_clinic_is_invisible_to_another(
    client: TestClient, world: World, receiver: Receiver, database: Database,
) -> None:
    post_contact(client, world)
    receiver.script(400)
    deliver_due(database, soon(), config=fast_config())
    [dead] = outbox(client, world, "manager_a", "dead").json()["items"]

    # Clinic B's people: clinic A "does not exist" for them, and A's message is not in B.
    assert outbox(client, world, "front_desk_b").status_code == 404
    assert retry(client, world, "nurse_b", dead["id"]).status_code == 404
    assert retry(client, world, "nurse_b", dead["id"], clinic=world.clinic_b.slug).status_code == 404
    assert outbox(client, world, "nurse_b", clinic=world.clinic_b.slug).json()["total"] == 0
    # Integrations post contacts; they do not read the outbox.
    assert outbox(client, world, "phones_a").status_code == 403
    assert client.get(f"/api/v1/clinics/{world.clinic_a.slug}/outbox").status_code == 401
    assert outbox(client, world, "manager_a", "bogus").status_code == 422
