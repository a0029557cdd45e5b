"""Reading cases: lists with filters and pages, one case with its contacts and events."""

from __future__ import annotations

from sqlalchemy import select

from careloop.audit.models import AuditEntry
from tests.api.helpers import post_contact


def seed_cases(client, world):
    texts = [
        ("I need to book a physical", "S1"),
        ("can I get a refill on my atorvastatin", "S2"),
        ("I have chest pain right now and it's spreading to my jaw", "S3"),
        ("question about my bill from last month", "S4"),
    ]
    phones = ["+14155238886", "+12125550199", "+13105550142", "+16175550123"]
    return [
        post_contact(client, world, text=text, channel_message_id=mid, sender=phone).json()
        for (text, mid), phone in zip(texts, phones, strict=True)
    ]


def test_cases_are_listed_most_urgent_first_and_filtered(client, world):
    seed_cases(client, world)
    response = client.get(f"/api/v1/clinics/{world.clinic_a.slug}/cases", headers=world.auth("nurse_a"))
    assert response.status_code == 200
    listing = response.json()
    assert listing["total"] == 4
    assert listing["items"][0]["urgency"] == "emergency"
    ranks = [{"emergency": 2, "urgent": 1, "routine": 0}[c["urgency"]] for c in listing["items"]]
    assert ranks == sorted(ranks, reverse=True)

    only_billing = client.get(
        f"/api/v1/clinics/{world.clinic_a.slug}/cases", params={"queue": "billing"}, headers=world.auth("billing_a")
    ).json()
    assert [c["category"] for c in only_billing["items"]] == ["billing_question"]

    emergencies = client.get(
        f"/api/v1/clinics/{world.clinic_a.slug}/cases", params={"urgency": "emergency", "status": "open"},
        headers=world.auth("nurse_a"),
    ).json()
    assert emergencies["total"] == 1


def test_pagination_walks_every_case_once(client, world):
    seed_cases(client, world)
    seen = []
    for offset in range(0, 4, 3):
        page = client.get(
            f"/api/v1/clinics/{world.clinic_a.slug}/cases", params={"limit": 3, "offset": offset},
            headers=world.auth("manager_a"),
        ).json()
        assert page["limit"] == 3 and page["offset"] == offset and page["total"] == 4
        seen += [c["id"] for c in page["items"]]
    assert len(seen) == 4 and len(set(seen)) == 4


def test_bad_filters_get_422_naming_the_parameter(client, world):
    for params, name in (({"queue": "kitchen"}, "queue"), ({"status": "lost"}, "status"),
                         ({"urgency": "soon"}, "urgency"), ({"limit": 0}, "limit"), ({"offset": -1}, "offset")):
        response = client.get(f"/api/v1/clinics/{world.clinic_a.slug}/cases", params=params, headers=world.auth("manager_a"))
        assert response.status_code == 422
        assert ["query", name] in [entry["loc"] for entry in response.json()["detail"]]


def test_case_detail_shows_contacts_events_messages_and_is_audited(client, world, database):
    created = seed_cases(client, world)
    emergency = next(c for c in created if c["case"]["urgency"] == "emergency")
    case_id = emergency["case"]["id"]
    response = client.get(f"/api/v1/clinics/{world.clinic_a.slug}/cases/{case_id}", headers=world.auth("nurse_a"))
    assert response.status_code == 200
    detail = response.json()
    assert detail["case"]["id"] == case_id
    assert [c["text"] for c in detail["contacts"]] == ["I have chest pain right now and it's spreading to my jaw"]
    kinds = [e["kind"] for e in detail["events"]]
    assert kinds[0] == "case_opened"
    assert {"contact_received", "emergency_instructions_queued", "alert_raised"} <= set(kinds)
    assert detail["messages"][0]["template"] == "emergency"
    assert detail["alerts"][0]["queue"] == "clinical_triage"
    with database.session() as session:
        reads = list(session.scalars(select(AuditEntry).where(AuditEntry.resource == "case")))
    assert [(r.actor, r.resource_id) for r in reads] == [(f"staff:{world.staff_ids['nurse_a']}", str(case_id))]


def test_unknown_case_is_404(client, world):
    response = client.get(f"/api/v1/clinics/{world.clinic_a.slug}/cases/999999", headers=world.auth("nurse_a"))
    assert response.status_code == 404
