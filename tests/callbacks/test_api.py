"""Callbacks over HTTP: the personas' keys, 404 across clinics, 422 naming the field with nothing
stored, 409 on a closed callback, the work list and the measures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.api.helpers import minutes_ago, post_contact
from tests.callbacks.helpers import INTAKE_WIRED

RESCHEDULE = "Hi, I need to move my appointment on Thursday to next week please"


def _base(world) -> str:
    return f"/api/v1/clinics/{world.clinic_a.slug}"


def _open_callback(client, world, persona="front_desk_a", **body) -> dict:
    case_id = post_contact(client, world, text=RESCHEDULE).json()["case"]["id"]
    response = client.post(f"{_base(world)}/cases/{case_id}/callback", json=body, headers=world.auth(persona))
    assert response.status_code == 200, response.text
    return response.json()


def test_staff_promise_a_call_and_see_the_script_to_leave(client, world):
    detail = _open_callback(client, world, preference="mornings", note="asked during a live call")
    callback = detail["callback"]
    assert callback["status"] == "open" and callback["reason"] == "staff_request"
    assert callback["phone"] == "+14155238886" and callback["preference_understood"] is True
    assert callback["next_action"] == "call" and callback["next_action_due_at"] is not None
    assert callback["max_attempts"] == 3
    assert detail["voicemail_allowed"] is True
    assert detail["voicemail_script"].startswith("Hello, this is Front from Maple Street Family Medicine")
    again = client.post(f"{_base(world)}/cases/{callback['case_id']}/callback", json={},
                        headers=world.auth("front_desk_a"))
    assert again.status_code == 409


BAD_ATTEMPTS = [
    ({"outcome": "left_a_note"}, "outcome"),
    ({"outcome": "no_answer", "number_dialled": "555-0100"}, "number_dialled"),
    ({"outcome": "no_answer", "attempted_at": (datetime.now(UTC) + timedelta(hours=1)).isoformat()}, "attempted_at"),
    ({"outcome": "no_answer", "attempted_at": "2026-11-23T10:00:00"}, "attempted_at"),  # no time zone
    ({"outcome": "busy", "final_status": "completed"}, "final_status"),
]


def test_bad_attempts_get_422_naming_the_field_and_store_nothing(client, world):
    callback_id = _open_callback(client, world)["callback"]["id"]
    for body, field in BAD_ATTEMPTS:
        response = client.post(f"{_base(world)}/callbacks/{callback_id}/attempts", json=body,
                               headers=world.auth("front_desk_a"))
        assert response.status_code == 422, response.text
        assert any(error["loc"][:2] == ["body", field] for error in response.json()["detail"]), response.text
    detail = client.get(f"{_base(world)}/callbacks/{callback_id}", headers=world.auth("front_desk_a")).json()
    assert detail["attempts"] == [] and detail["callback"]["attempts_made"] == 0


def test_attempts_then_a_closed_callback_answers_409(client, world):
    callback_id = _open_callback(client, world)["callback"]["id"]
    url = f"{_base(world)}/callbacks/{callback_id}/attempts"
    first = client.post(url, json={"outcome": "no_answer", "number_dialled": "(415) 523-8886"},
                        headers=world.auth("front_desk_a"))
    assert first.status_code == 200, first.text
    assert first.json()["callback"]["attempts_made"] == 1
    assert first.json()["attempts"][0]["number_dialled"] == "+14155238886"
    reached = client.post(url, json={"outcome": "reached", "final_status": "cancelled_by_patient"},
                          headers=world.auth("front_desk_a"))
    assert reached.json()["callback"]["final_status"] == "cancelled_by_patient"
    closed = client.post(url, json={"outcome": "no_answer"}, headers=world.auth("front_desk_a"))
    assert closed.status_code == 409 and "closed" in closed.json()["detail"]
    close_again = client.post(f"{_base(world)}/callbacks/{callback_id}/close", json={"final_status": "completed"},
                              headers=world.auth("front_desk_a"))
    assert close_again.status_code == 409


def test_details_are_editable_and_checked(client, world):
    callback_id = _open_callback(client, world)["callback"]["id"]
    url = f"{_base(world)}/callbacks/{callback_id}/details"
    bad = client.post(url, json={"preference": "text first"}, headers=world.auth("front_desk_a"))
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "preference"]
    bad = client.post(url, json={"phone": "12"}, headers=world.auth("front_desk_a"))
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "phone"]
    good = client.post(url, json={"phone": "415-523-8899", "preference": "después de las 5",
                                  "assignee_id": world.staff_ids["front_desk_a"]}, headers=world.auth("front_desk_a"))
    assert good.status_code == 200, good.text
    assert good.json()["callback"]["phone"] == "+14155238899"
    assert good.json()["callback"]["assignee_id"] == world.staff_ids["front_desk_a"]
    unknown = client.post(url, json={"assignee_id": world.staff_ids["nurse_b"]}, headers=world.auth("front_desk_a"))
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["body", "assignee_id"]


def test_worklist_and_measures_over_http(client, world):
    callback = _open_callback(client, world)["callback"]
    due = datetime.fromisoformat(callback["next_action_due_at"]).astimezone(
        __import__("zoneinfo").ZoneInfo("America/Los_Angeles")).date()
    response = client.get(f"{_base(world)}/callbacks/worklist",
                          params={"queue": "front_desk", "date": due.isoformat()}, headers=world.auth("front_desk_a"))
    assert response.status_code == 200, response.text
    assert [item["callback"]["id"] for item in response.json()["items"]] == [callback["id"]]
    mine = client.get(f"{_base(world)}/callbacks/worklist",
                      params={"staff_id": world.staff_ids["front_desk_a"], "date": due.isoformat()},
                      headers=world.auth("front_desk_a"))
    assert len(mine.json()["items"]) == 1
    stranger = client.get(f"{_base(world)}/callbacks/worklist", params={"staff_id": world.staff_ids["nurse_b"]},
                          headers=world.auth("front_desk_a"))
    assert stranger.status_code == 422
    metrics = client.get(f"{_base(world)}/callbacks/metrics", headers=world.auth("manager_a"))
    assert metrics.status_code == 200, metrics.text
    assert metrics.json()["overall"]["requested"] == 1 and metrics.json()["by_language"]["en"]["requested"] == 1
    backwards = client.get(f"{_base(world)}/callbacks/metrics",
                           params={"since": minutes_ago(0), "until": minutes_ago(60)}, headers=world.auth("manager_a"))
    assert backwards.status_code == 422


def test_other_clinics_keys_get_404(client, world):
    callback_id = _open_callback(client, world)["callback"]["id"]
    for persona in ("front_desk_b", "nurse_b"):
        assert client.get(f"{_base(world)}/callbacks/{callback_id}", headers=world.auth(persona)).status_code == 404
        response = client.post(f"{_base(world)}/callbacks/{callback_id}/attempts", json={"outcome": "no_answer"},
                               headers=world.auth(persona))
        assert response.status_code == 404
    # The floater works both clinics, but a callback of A is not found through B.
    through_b = client.get(f"/api/v1/clinics/{world.clinic_b.slug}/callbacks/{callback_id}",
                           headers=world.auth("floater"))
    assert through_b.status_code == 404
    assert client.get(f"{_base(world)}/callbacks/worklist", headers=world.auth("phones_a")).status_code == 403




@pytest.mark.skipif(not INTAKE_WIRED, reason="runs once intake calls callbacks.service.ensure_callback_for_contact")
def test_calls_posted_by_the_phone_system_become_one_callback(client, world):
    for index, (channel, text) in enumerate([
        ("phone_call", "Missed call"), ("phone_call", "Abandoned call after 2 minutes in queue"),
        ("voicemail", "Hi, it's Ana Ruiz, please call me back about the charge on my bill, thanks"),
    ]):
        response = post_contact(client, world, channel=channel, text=text, channel_message_id=f"call-{index}",
                                received_at=minutes_ago(10 - index))
        assert response.status_code in (200, 201), response.text
    cases = client.get(f"{_base(world)}/cases", params={"status": "open"}, headers=world.auth("manager_a")).json()
    assert cases["total"] == 1
    detail = client.get(f"{_base(world)}/cases/{cases['items'][0]['id']}", headers=world.auth("manager_a")).json()
    assert len(detail["contacts"]) == 3
    kinds = [event["kind"] for event in detail["events"]]
    assert "case_merged" in kinds and "callback_contact_added" in kinds
