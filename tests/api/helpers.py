from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from tests.personas import World

# Valid US numbers (phonenumbers' is_valid_number accepts them; 555-01xx numbers it rejects).
PATIENT_PHONE = "+14155238886"
OTHER_PHONE = "+12125550199"


def minutes_ago(minutes: float) -> str:
    return (datetime.now(UTC) - timedelta(minutes=minutes)).isoformat()


def post_contact(
    client: TestClient, world: World, persona: str = "phones_a", clinic: str | None = None, **fields: Any
):
    body: dict[str, Any] = {
        "channel": "sms",
        "sender": PATIENT_PHONE,
        "text": "Hi, can I get a refill of my lisinopril? Thanks",
        "received_at": minutes_ago(1),
    }
    body.update(fields)
    body = {k: v for k, v in body.items() if v is not None}
    slug = clinic or world.clinic_a.slug
    return client.post(f"/api/v1/clinics/{slug}/contacts", json=body, headers=world.auth(persona))
