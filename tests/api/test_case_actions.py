"""Case actions through the API, by persona: who may do what, and what the case looks like after."""

from __future__ import annotations

import threading

import httpx
import pytest
from sqlalchemy import func, select

from careloop.cases.models import Case, CaseEvent
from careloop.db import Database
from careloop.labels import Role
from careloop.staff import service as staff_service
from tests.api.helpers import post_contact

PHONES = ["+14155238886", "+12125550199", "+13105550142", "+16175550123", "+17185550111", "+13125550177"]


def url(world, path: str) -> str:
    return f"/api/v1/clinics/{world.clinic_a.slug}{path}"


def new_case(client, world, text: str, phone: str = PHONES[0], mid: str | None = None) -> dict:
    response = post_contact(client, world, text=text, sender=phone, channel_message_id=mid)
    assert response.status_code == 201, response.text
    return response.json()["case"]


def events(database: Database, case_id: int) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)))


def test_take_next_gives_the_most_urgent_then_soonest_due_case(client, world, database):
    routine = new_case(client, world, "what time do you open on saturday", PHONES[0])
    other = new_case(client, world, "where do I park for my visit", PHONES[1])
    first = client.post(url(world, "/queues/front_desk/take-next"), headers=world.auth("front_desk_a")).json()
    assert first["case"]["id"] in (routine["id"], other["id"])
    assert first["case"]["assignee_id"] == world.staff_ids["front_desk_a"]
    expected_first = min((routine, other), key=lambda c: (c["due_at"], c["id"]))
    assert first["case"]["id"] == expected_first["id"]
    second = client.post(url(world, "/queues/front_desk/take-next"), headers=world.auth("floater")).json()
    assert second["case"]["id"] != first["case"]["id"]
    empty = client.post(url(world, "/queues/front_desk/take-next"), headers=world.auth("front_desk_a")).json()
    assert empty["case"] is None and "nothing waiting" in empty["message"]
    assert "taken" in events(database, first["case"]["id"])


def test_take_next_from_a_queue_the_role_does_not_work_is_403(client, world):
    response = client.post(url(world, "/queues/clinical_triage/take-next"), headers=world.auth("billing_a"))
    assert response.status_code == 403
    assert "does not work" in response.json()["detail"]
    assert client.post(url(world, "/queues/kitchen/take-next"), headers=world.auth("manager_a")).status_code == 422


def test_two_people_pressing_take_next_at_once_never_get_the_same_case(live_server, world, database):
    """Eight receptionists press "take next" at the same instant, over real HTTP, repeatedly."""
    people = []
    with database.session() as session:
        for index in range(8):
            staff = staff_service.create_staff(session=session, name=f"Desk {index}", email=f"desk{index}@a.example.org")
            staff_service.add_membership(session=session, staff=staff, clinic_id=world.clinic_a.id, role=Role.FRONT_DESK)
            people.append(staff_service.issue_api_key(session=session, staff=staff))
        session.commit()
    with httpx.Client(base_url=live_server, headers=world.auth("phones_a")) as poster:
        for index in range(12):
            response = poster.post(f"/api/v1/clinics/{world.clinic_a.slug}/contacts", json={
                "channel": "web_form", "sender": "web form", "text": "What are your hours on Saturday?",
                "received_at": "2026-11-20T17:00:00Z", "patient": {"first_name": f"P{index}", "phone": PHONES[index % 6],
                                                                  "date_of_birth": f"19{50 + index}-01-01"},
            })
            assert response.status_code == 201, response.text
    taken: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(people))

    def press(key: str) -> None:
        with httpx.Client(base_url=live_server, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
            for _ in range(3):
                barrier.wait()
                response = client.post(f"/api/v1/clinics/{world.clinic_a.slug}/queues/front_desk/take-next")
                assert response.status_code == 200, response.text
                case = response.json()["case"]
                if case is not None:
                    with lock:
                        taken.append(case["id"])

    threads = [threading.Thread(target=press, args=(key,)) for key in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with database.session() as session:
        open_cases = session.scalar(select(func.count(Case.id)).where(Case.owner_queue == "front_desk")) or 0
    assert len(taken) == min(open_cases, 24)
    assert len(taken) == len(set(taken)), "a case was handed to two people"


def test_a_dismissive_phrase_is_refused_naming_it_and_the_alternative(client, world, database):
    case = new_case(client, world, "how much do I owe on my account?")
    response = client.post(url(world, f"/cases/{case['id']}/reply"), headers=world.auth("billing_a"),
                           json={"text": "That's not my department, you'll have to call back."})
    assert response.status_code == 422
    [detail] = response.json()["detail"]
    assert detail["loc"] == ["body", "text"]
    assert "not my department" in detail["msg"].lower()
    violations = detail["ctx"]["violations"]
    assert {v["phrase"] for v in violations} >= {"That's not my department"} or len(violations) >= 2
    assert all(v["alternatives"] for v in violations)
    assert "replied" not in events(database, case["id"])


def test_a_good_reply_is_queued_and_counts_as_the_first_response(client, world, database):
    case = new_case(client, world, "how much do I owe on my account?")
    response = client.post(url(world, f"/cases/{case['id']}/reply"), headers=world.auth("billing_a"),
                           json={"text": "I looked at your account: the balance is $40. I can take a payment by phone."})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["message"]["template"] == "free_text" and body["message"]["recipient"] == PHONES[0]
    assert body["case"]["first_responded_at"] is not None
    assert body["case"]["due_at"] == body["case"]["resolution_due_at"]


def test_front_desk_answers_clinical_cases_only_with_templates(client, world):
    case = new_case(client, world, "can I get a refill of my metformin")
    free = client.post(url(world, f"/cases/{case['id']}/reply"), headers=world.auth("front_desk_a"),
                       json={"text": "Sure, just take two a day until then."})
    assert free.status_code == 403
    template = client.post(url(world, f"/cases/{case['id']}/reply"), headers=world.auth("front_desk_a"),
                           json={"template": "callback_attempt"})
    assert template.status_code == 200, template.text
    assert "Front" in template.json()["message"]["body"]  # the staff member's first name is filled in
    unknown = client.post(url(world, f"/cases/{case['id']}/reply"), headers=world.auth("front_desk_a"),
                          json={"template": "no_such_template"})
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["body", "template"]
    both = client.post(url(world, f"/cases/{case['id']}/reply"), headers=world.auth("nurse_a"),
                       json={"template": "callback_attempt", "text": "hi"})
    assert both.status_code == 422


def test_clinical_cases_are_never_resolved_by_administrative_roles(client, world, database):
    case = new_case(client, world, "I've had a fever of 103 since last night and a bad cough")
    for persona in ("front_desk_a", "billing_a", "manager_a"):
        response = client.post(url(world, f"/cases/{case['id']}/resolve"), headers=world.auth(persona),
                               json={"final_status": "completed"})
        assert response.status_code == 403, persona
    resolved = client.post(url(world, f"/cases/{case['id']}/resolve"), headers=world.auth("nurse_a"),
                           json={"final_status": "completed", "note": "advised urgent care"})
    assert resolved.status_code == 200
    assert resolved.json()["case"]["status"] == "resolved"
    assert resolved.json()["case"]["final_status"] == "completed"
    assert resolved.json()["case"]["due_at"] is None
    again = client.post(url(world, f"/cases/{case['id']}/resolve"), headers=world.auth("nurse_a"),
                        json={"final_status": "completed"})
    assert again.status_code == 409
    kinds = events(database, case["id"])
    assert kinds[-1] == "resolved"
    if case["urgency"] != "routine":
        assert "clinically_reviewed" in kinds


def test_front_desk_resolves_an_administrative_case(client, world):
    case = new_case(client, world, "what time do you open on saturday")
    response = client.post(url(world, f"/cases/{case['id']}/resolve"), headers=world.auth("front_desk_a"),
                           json={"final_status": "completed"})
    assert response.status_code == 200
    bad = client.post(url(world, f"/cases/{case['id']}/resolve"), headers=world.auth("front_desk_a"),
                      json={"final_status": "vanished"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "final_status"]


def test_only_clinicians_mark_clinical_review(client, world, database):
    case = new_case(client, world, "my chest hurts and I can't breathe")
    assert client.post(url(world, f"/cases/{case['id']}/review"), headers=world.auth("front_desk_a"), json={}).status_code == 403
    reviewed = client.post(url(world, f"/cases/{case['id']}/review"), headers=world.auth("nurse_a"), json={"note": "called, sent to ER"})
    assert reviewed.status_code == 200
    assert client.post(url(world, f"/cases/{case['id']}/review"), headers=world.auth("provider_a"), json={}).status_code == 409


def test_routing_needs_a_reason_and_clinical_content_stays_with_clinicians(client, world, database):
    case = new_case(client, world, "can I get a refill of my metformin")
    no_reason = client.post(url(world, f"/cases/{case['id']}/route"), headers=world.auth("front_desk_a"),
                            json={"to_queue": "billing", "reason": ""})
    assert no_reason.status_code == 422
    away = client.post(url(world, f"/cases/{case['id']}/route"), headers=world.auth("front_desk_a"),
                       json={"to_queue": "billing", "reason": "about the cost"})
    assert away.status_code == 403
    to_provider = client.post(url(world, f"/cases/{case['id']}/route"), headers=world.auth("front_desk_a"),
                              json={"to_queue": "provider", "reason": "needs the doctor's decision"})
    assert to_provider.status_code == 200
    assert to_provider.json()["case"]["owner_queue"] == "provider"
    assert to_provider.json()["case"]["assignee_id"] is None
    assert "routed" in events(database, case["id"])


def test_pause_and_resume(client, world, database):
    case = new_case(client, world, "I need a copy of my vaccination records")
    paused = client.post(url(world, f"/cases/{case['id']}/pause"), headers=world.auth("front_desk_a"),
                         json={"reason": "waiting for the signed release form"})
    assert paused.status_code == 200
    assert paused.json()["case"]["status"] == "waiting_on_patient"
    assert client.post(url(world, f"/cases/{case['id']}/pause"), headers=world.auth("front_desk_a"),
                       json={"reason": "again"}).status_code == 409
    resumed = client.post(url(world, f"/cases/{case['id']}/resume"), headers=world.auth("front_desk_a"))
    assert resumed.status_code == 200 and resumed.json()["case"]["status"] == "open"
    assert resumed.json()["case"]["due_at"] >= case["due_at"]
    emergency = new_case(client, world, "my dad is having a seizure right now", PHONES[2])
    refused = client.post(url(world, f"/cases/{emergency['id']}/pause"), headers=world.auth("nurse_a"),
                          json={"reason": "waiting"})
    assert refused.status_code == 409


def test_a_patient_writing_back_resumes_a_paused_case(client, world, database):
    case = new_case(client, world, "I need a copy of my vaccination records", mid="R1")
    client.post(url(world, f"/cases/{case['id']}/pause"), headers=world.auth("front_desk_a"), json={"reason": "form"})
    again = post_contact(client, world, text="I sent the records release form for my vaccination records", channel_message_id="R2").json()
    assert again["case"]["id"] == case["id"]
    assert again["case"]["status"] == "open"


def test_label_corrections_are_recorded_and_only_clinicians_remove_clinical_content(client, world, database):
    case = new_case(client, world, "I have a question about my lab results from Tuesday")
    downgrade = client.post(url(world, f"/cases/{case['id']}/labels"), headers=world.auth("front_desk_a"),
                            json={"category": "billing_question", "reason": "it's about the lab bill"})
    assert downgrade.status_code == 403
    corrected = client.post(url(world, f"/cases/{case['id']}/labels"), headers=world.auth("nurse_a"),
                            json={"category": "billing_question", "reason": "asks about the lab's bill"})
    assert corrected.status_code == 200
    assert corrected.json()["case"]["category"] == "billing_question"
    assert corrected.json()["case"]["owner_queue"] == "billing"
    assert "labels_corrected" in events(database, case["id"])
    nothing = client.post(url(world, f"/cases/{case['id']}/labels"), headers=world.auth("nurse_a"), json={})
    assert nothing.status_code == 422


def test_assign_rules(client, world):
    case = new_case(client, world, "what time do you open on saturday")
    to_other = client.post(url(world, f"/cases/{case['id']}/assign"), headers=world.auth("front_desk_a"),
                           json={"staff_id": world.staff_ids["floater"]})
    assert to_other.status_code == 403
    by_manager = client.post(url(world, f"/cases/{case['id']}/assign"), headers=world.auth("manager_a"),
                             json={"staff_id": world.staff_ids["floater"]})
    assert by_manager.status_code == 200 and by_manager.json()["case"]["assignee_id"] == world.staff_ids["floater"]
    wrong_queue = client.post(url(world, f"/cases/{case['id']}/assign"), headers=world.auth("manager_a"),
                              json={"staff_id": world.staff_ids["billing_a"]})
    assert wrong_queue.status_code == 422 and wrong_queue.json()["detail"][0]["loc"] == ["body", "staff_id"]
    other_clinic = client.post(url(world, f"/cases/{case['id']}/assign"), headers=world.auth("manager_a"),
                               json={"staff_id": world.staff_ids["nurse_b"]})
    assert other_clinic.status_code == 422


@pytest.mark.parametrize("persona", ["phones_a"])
def test_integrations_cannot_act_on_cases(client, world, persona):
    case = new_case(client, world, "what time do you open on saturday")
    response = client.post(url(world, f"/cases/{case['id']}/resolve"), headers=world.auth(persona),
                           json={"final_status": "completed"})
    assert response.status_code == 403


def test_corrections_export_as_training_examples(client, world, database, monkeypatch):
    case = new_case(client, world, "I have a question about my lab results from Tuesday")
    client.post(url(world, f"/cases/{case['id']}/labels"), headers=world.auth("nurse_a"),
                json={"category": "billing_question", "reason": "about the lab's bill"})
    exported = client.get(url(world, "/triage/corrections"), headers=world.auth("manager_a"))
    assert exported.status_code == 200
    [example] = exported.json()
    assert example["text"] == "I have a question about my lab results from Tuesday"
    assert (example["category"], example["urgency"], example["language"]) == ("billing_question", case["urgency"], "en")
    assert example["channel"] == "sms" and example["before"]["category"] == case["category"]
    assert client.get(url(world, "/triage/corrections"), headers=world.auth("front_desk_a")).status_code == 403

    from typer.testing import CliRunner

    from careloop.cli import app
    from careloop.settings import get_settings

    monkeypatch.setenv("CARELOOP_DATABASE_URL", database.url)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["triage", "export-corrections", "--clinic", world.clinic_a.slug])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    import json

    assert json.loads(result.output.strip().splitlines()[-1])["category"] == "billing_question"


def test_every_action_by_a_person_is_audited_with_the_change(client, world, database):
    from careloop.audit.models import AuditEntry

    case = new_case(client, world, "what time do you open on saturday")
    client.post(url(world, f"/cases/{case['id']}/assign"), headers=world.auth("front_desk_a"),
                json={"staff_id": world.staff_ids["front_desk_a"]})
    refused = client.post(url(world, f"/cases/{case['id']}/review"), headers=world.auth("front_desk_a"), json={})
    assert refused.status_code == 403
    with database.session() as session:
        entries = [(e.action, e.resource, e.resource_id, e.detail)
                   for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "update"))]
    assert entries == [("update", "case", str(case["id"]), "assign")]
