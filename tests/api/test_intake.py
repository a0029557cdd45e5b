"""Intake through the API: a phone system, a portal or a staff member posts a contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from careloop.cases.models import Alert, Case, CaseEvent
from careloop.db import Database
from careloop.intake.models import Contact
from careloop.messaging.models import OutboxMessage
from careloop.patients.models import Patient, PatientPhone
from tests.api.helpers import OTHER_PHONE, PATIENT_PHONE, minutes_ago, post_contact


def count(database: Database, model) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_sms_refill_opens_a_case_with_owner_clocks_and_a_first_response(client, world, database):
    response = post_contact(client, world, channel_message_id="SM0001")
    assert response.status_code == 201, response.text
    body = response.json()
    case = body["case"]
    assert body["duplicate"] is False and body["new_case"] is True
    assert case["category"] == "refill_request"
    assert case["owner_queue"] == "clinical_inbox"
    assert case["status"] == "open"
    assert case["first_response_due_at"] and case["resolution_due_at"]
    assert case["due_at"] == case["first_response_due_at"]
    assert body["patient_match"] == "created"
    [message] = body["messages_queued"]
    assert message["channel"] == "sms" and message["recipient"] == PATIENT_PHONE
    assert message["language"] == "en" and message["template"] == "first_response.refill_request"
    assert "Maple Street" in message["body"] or "clinical" in message["body"].lower()
    assert count(database, Contact) == 1 and count(database, OutboxMessage) == 1


def test_redelivered_message_is_stored_once_and_answers_with_the_same_case(client, world, database):
    first = post_contact(client, world, channel_message_id="SM-retry-1")
    second = post_contact(client, world, channel_message_id="SM-retry-1")
    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["duplicate"] is True
    assert second.json()["case"]["id"] == first.json()["case"]["id"]
    assert second.json()["messages_queued"] == []
    assert count(database, Contact) == 1
    assert count(database, OutboxMessage) == 1


def test_same_message_id_on_another_channel_or_clinic_is_a_different_contact(client, world, database):
    assert post_contact(client, world, channel_message_id="X-1").status_code == 201
    assert post_contact(client, world, channel_message_id="X-1", channel="email",
                        sender="ana@example.org").status_code == 201
    assert post_contact(client, world, persona="phones_b", clinic=world.clinic_b.slug,
                        channel_message_id="X-1").status_code == 201
    assert count(database, Contact) == 3


def test_spanish_message_gets_the_spanish_first_response(client, world):
    response = post_contact(
        client, world, text="Hola, necesito una cita para mi hijo la próxima semana, gracias",
        channel_message_id="SM-es-1",
    )
    body = response.json()
    assert body["case"]["language"] == "es"
    [message] = body["messages_queued"]
    assert message["language"] == "es"
    assert message["body"] != ""


def test_emergency_sms_gets_emergency_instructions_at_once_and_alerts_the_clinical_owner(client, world, database):
    response = post_contact(
        client, world, text="I have crushing chest pain and my left arm is numb", channel_message_id="SM-em-1",
    )
    body = response.json()
    assert body["case"]["urgency"] == "emergency"
    assert body["case"]["category"] == "clinical_concern"
    assert body["case"]["owner_queue"] == "clinical_triage"
    assert any(flag["rule"] for flag in body["case"]["red_flags"])
    [message] = body["messages_queued"]
    assert message["template"] == "emergency"
    assert "911" in message["body"]
    assert body["alerts_raised"] == 1
    with database.session() as session:
        alert = session.scalar(select(Alert))
        assert alert.queue == "clinical_triage" and alert.kind == "emergency"
        kinds = list(session.scalars(select(CaseEvent.kind).order_by(CaseEvent.id)))
    assert "emergency_instructions_queued" in kinds and "alert_raised" in kinds


def test_spanish_emergency_gets_spanish_emergency_instructions(client, world):
    response = post_contact(
        client, world, text="se me cierra la garganta y no puedo respirar", channel_message_id="SM-em-es",
    )
    body = response.json()
    assert body["case"]["urgency"] == "emergency"
    [message] = body["messages_queued"]
    assert message["template"] == "emergency" and message["language"] == "es"
    assert "911" in message["body"]


def test_emergency_on_a_live_call_alerts_but_sends_nothing(client, world, database):
    response = post_contact(
        client, world, channel="phone_call", text="Caller says her husband's face is drooping and he can't talk right",
    )
    body = response.json()
    assert body["case"]["urgency"] == "emergency"
    assert body["messages_queued"] == []
    assert body["alerts_raised"] == 1


def test_emergency_on_an_open_routine_case_still_gets_instructions(client, world):
    first = post_contact(client, world, text="I need to book a checkup", channel_message_id="A1").json()
    second = post_contact(
        client, world, text="now I have chest pain and can't breathe", channel_message_id="A2",
    ).json()
    assert second["case"]["urgency"] == "emergency"
    assert any(m["template"] == "emergency" for m in second["messages_queued"])
    assert first["case"]["id"] != second["case"]["id"] or second["case"]["category"] == "clinical_concern"


def test_a_second_message_about_the_same_need_threads_onto_the_open_case(client, world, database):
    first = post_contact(client, world, text="Can I get a refill of my metformin?", channel_message_id="T1").json()
    second = post_contact(client, world, text="Still waiting on my metformin refill please", channel_message_id="T2").json()
    assert second["new_case"] is False
    assert second["case"]["id"] == first["case"]["id"]
    # No second automatic acknowledgement for a routine follow-up.
    assert second["messages_queued"] == []
    assert count(database, Case) == 1 and count(database, Contact) == 2


def test_a_different_need_from_the_same_patient_opens_another_case(client, world, database):
    post_contact(client, world, text="Can I get a refill of my metformin?", channel_message_id="N1")
    post_contact(client, world, text="I have a question about my bill, I was charged twice", channel_message_id="N2")
    assert count(database, Case) == 2
    assert count(database, Patient) == 1


def test_portal_message_matches_the_registered_patient_by_mrn_and_dob(client, world, database):
    with database.session() as session:
        session.add(Patient(clinic_id=world.clinic_a.id, first_name="Rosa", last_name="Diaz",
                            date_of_birth=datetime(1970, 5, 1).date(), mrn="MRN-1"))
        session.commit()
    response = post_contact(
        client, world, channel="portal", sender="rdiaz", text="Can you send my records to my new dentist?",
        patient={"mrn": "MRN-1", "date_of_birth": "1970-05-01"},
    )
    assert response.json()["patient_match"] == "mrn_and_dob"
    wrong_dob = post_contact(
        client, world, channel="portal", sender="rdiaz", text="Can you send my records to my new dentist?",
        patient={"mrn": "MRN-1", "date_of_birth": "1971-05-01"},
    )
    # The MRN exists but the date of birth disagrees: never file it in Rosa's chart.
    assert wrong_dob.json()["patient_match"] == "ambiguous"
    assert wrong_dob.json()["case"]["patient_id"] is None
    assert count(database, Patient) == 1


def test_a_family_phone_shared_by_two_patients_is_not_guessed(client, world, database):
    with database.session() as session:
        for first in ("Ana", "Luis"):
            patient = Patient(clinic_id=world.clinic_a.id, first_name=first, last_name="Soto")
            session.add(patient)
            session.flush()
            session.add(PatientPhone(clinic_id=world.clinic_a.id, patient_id=patient.id, e164=OTHER_PHONE))
        session.commit()
    body = post_contact(client, world, sender=OTHER_PHONE, text="need to reschedule thursday").json()
    assert body["patient_match"] == "ambiguous"
    named = post_contact(client, world, channel="web_form", sender="web form",
                         text="Please reschedule my visit", patient={"first_name": "Luis", "phone": OTHER_PHONE}).json()
    assert named["patient_match"] == "phone"
    assert named["patient"]["first_name"] == "Luis"


def test_voicemail_sender_in_local_format_is_stored_in_e164(client, world, database):
    response = post_contact(client, world, channel="voicemail", sender="(415) 523-8886",
                            text="Hi this is Jo, please call me back about my appointment")
    assert response.status_code == 201, response.text
    assert response.json()["contact"]["sender"] == PATIENT_PHONE
    assert response.json()["messages_queued"] == []  # a voicemail is answered by a callback


BAD_INPUTS = [
    ({"channel": None}, ["body", "channel"]),
    ({"channel": "pigeon"}, ["body", "channel"]),
    ({"text": ""}, ["body", "text"]),
    ({"text": "   \n "}, ["body", "text"]),
    ({"text": "x" * 20_001}, ["body", "text"]),
    ({"sender": "not a phone"}, ["body", "sender"]),
    ({"sender": "+1 555 0100"}, ["body", "sender"]),
    ({"channel": "email", "sender": "nobody-at-example.org"}, ["body", "sender"]),
    ({"received_at": "2026-11-20T10:00:00"}, ["body", "received_at"]),
    ({"received_at": "yesterday"}, ["body", "received_at"]),
    ({"received_at": (datetime.now(UTC) + timedelta(hours=2)).isoformat()}, ["body", "received_at"]),
    ({"channel_message_id": "x" * 256}, ["body", "channel_message_id"]),
    ({"patient": {"phone": "12"}}, ["body", "patient", "phone"]),
    ({"patient": {"email": "bad@"}}, ["body", "patient", "email"]),
    ({"patient": {"date_of_birth": "2999-01-01"}}, ["body", "patient", "date_of_birth"]),
    ({"patient": {"preferred_language": "fr"}}, ["body", "patient", "preferred_language"]),
    ({"patient": {"nickname": "Jo"}}, ["body", "patient", "nickname"]),
    ({"colour": "blue"}, ["body", "colour"]),
]


@pytest.mark.parametrize(("changes", "field"), BAD_INPUTS, ids=[str(f[-1]) + "-" + str(i) for i, (_, f) in enumerate(BAD_INPUTS)])
def test_bad_input_gets_422_naming_the_field_and_stores_nothing(client, world, database, changes, field):
    body = {"channel": "sms", "sender": PATIENT_PHONE, "text": "refill please", "received_at": minutes_ago(1)}
    body.update(changes)
    body = {k: v for k, v in body.items() if v is not None}
    response = client.post(f"/api/v1/clinics/{world.clinic_a.slug}/contacts", json=body, headers=world.auth("phones_a"))
    assert response.status_code == 422, response.text
    locations = [entry["loc"] for entry in response.json()["detail"]]
    assert field in locations, locations
    assert all(entry["msg"] for entry in response.json()["detail"])
    for model in (Contact, Case, Patient, OutboxMessage, CaseEvent):
        assert count(database, model) == 0


def test_malformed_json_gets_422(client, world, database):
    response = client.post(
        f"/api/v1/clinics/{world.clinic_a.slug}/contacts", content=b"{not json",
        headers={**world.auth("phones_a"), "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert count(database, Contact) == 0


def test_staff_logging_a_call_is_audited(client, world, database):
    from careloop.audit.models import AuditEntry

    response = post_contact(client, world, persona="front_desk_a", channel="phone_call",
                            text="Patient called asking for directions to the clinic")
    assert response.status_code == 201
    with database.session() as session:
        entries = list(session.scalars(select(AuditEntry)))
    assert [(e.action, e.resource, e.actor) for e in entries] == [
        ("create", "contact", f"staff:{world.staff_ids['front_desk_a']}")
    ]
