"""Attempts and what follows them: spacing by the playbook, the approved voicemail script, the
administrative close as unable_to_reach with the template message, the clinical case that stays
open with its clinical owner, bad input that stores nothing, and the worker's reminders."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from careloop.callbacks import service
from careloop.callbacks.models import (
    AttemptOutcome,
    Callback,
    CallbackAttempt,
    CallbackFinalStatus,
    NextAction,
)
from careloop.cases import actions
from careloop.cases.actions import ActionRefused
from careloop.cases.models import Alert, Case, CaseEvent
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for, update_playbook
from careloop.labels import Queue
from careloop.messaging.models import OutboxMessage
from tests.callbacks.helpers import (
    PATIENT_PHONE,
    SPANISH_PHONE,
    actor_for,
    arrive,
    kinds,
    log,
    pacific,
)
from tests.personas import default_playbook_text


def spanish_reschedule(database, world):
    return arrive(database, world, sender=SPANISH_PHONE, at=pacific("2026-11-23 10:00"),
                  text="Hola, habla María López, llámeme por favor para cambiar mi cita del jueves",
                  patient={"first_name": "María", "last_name": "López"})


def refill_voicemail(database, world):
    return arrive(database, world, at=pacific("2026-11-23 10:00"),
                  text="Hi, this is Joe Park, can someone call me back about a refill of my lisinopril",
                  patient={"first_name": "Joe", "last_name": "Park"})


def test_an_administrative_callback_closes_as_unable_to_reach_with_the_template_in_spanish(database, world):
    arrival = spanish_reschedule(database, world)
    callback_id = arrival.link.callback.id
    case_id = arrival.case_id

    callback = log(database, world, callback_id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 10:00"))
    assert callback.next_action_due_at == pacific("2026-11-23 12:00")  # +2h
    callback = log(database, world, callback_id, AttemptOutcome.VOICEMAIL_LEFT, pacific("2026-11-23 12:05"))
    assert callback.next_action_due_at == pacific("2026-11-24 08:00")  # next business morning
    callback = log(database, world, callback_id, AttemptOutcome.BUSY, pacific("2026-11-24 08:10"))

    assert callback.status == "closed" and callback.final_status == CallbackFinalStatus.UNABLE_TO_REACH.value
    assert callback.next_action is None and callback.next_action_due_at is None
    with database.session() as session:
        case = session.get(Case, case_id)
        assert case.status == "resolved" and case.final_status == "unable_to_reach"
        message = session.scalar(select(OutboxMessage).where(OutboxMessage.case_id == case_id,
                                                             OutboxMessage.template == "reply.unable_to_reach"))
        playbook = playbook_for(session.get(Clinic, world.clinic_a.id))
        assert message.language == "es" and message.recipient == SPANISH_PHONE and message.channel == "sms"
        assert message.body == playbook.render(playbook.template("unable_to_reach", "es"), patient_first_name="María")
        events = kinds(session, case_id)
        assert events.count("callback_attempt_logged") == 3
        assert events.count("callback_next_attempt_scheduled") == 2
        assert events[-3:] == ["callback_message_queued", "callback_unable_to_reach", "resolved"]


def test_a_voicemail_says_only_the_approved_script(database, world):
    arrival = spanish_reschedule(database, world)
    log(database, world, arrival.link.callback.id, AttemptOutcome.VOICEMAIL_LEFT, pacific("2026-11-23 10:05"))
    with database.session() as session:
        attempt = session.scalar(select(CallbackAttempt))
        playbook = playbook_for(session.get(Clinic, world.clinic_a.id))
        expected = playbook.render(playbook.voicemail_template("es"), patient_first_name="María",
                                   staff_first_name="Front")
        assert attempt.message_left and attempt.message_text == expected
        # Minimum necessary: nothing about why the patient called, not even the last name.
        assert "cita" not in attempt.message_text and "López" not in attempt.message_text
        assert attempt.number_dialled == SPANISH_PHONE and attempt.staff_id == world.staff_ids["front_desk_a"]


def test_a_clinical_callback_stays_open_and_goes_to_the_clinical_owner(database, world):
    arrival = refill_voicemail(database, world)
    callback_id, case_id = arrival.link.callback.id, arrival.case_id
    log(database, world, callback_id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 10:05"), persona="nurse_a")
    log(database, world, callback_id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 12:05"), persona="front_desk_a")
    callback = log(database, world, callback_id, AttemptOutcome.WRONG_NUMBER, pacific("2026-11-24 08:05"),
                   persona="nurse_a")

    # Never closed as unable to reach: open, handed over, the clinician decides what is next.
    assert callback.status == "open" and callback.final_status is None
    assert callback.handed_to_clinical_at == pacific("2026-11-24 08:06")
    assert callback.next_action == NextAction.CLINICAL_FOLLOW_UP.value
    with database.session() as session:
        case = session.get(Case, case_id)
        assert case.status == "open" and case.final_status is None and case.owner_queue == "clinical_inbox"
        alert = session.scalar(select(Alert).where(Alert.case_id == case_id, Alert.kind == "callback_unreached"))
        assert alert.queue == "clinical_inbox" and alert.acknowledged_at is None
        message = session.scalar(select(OutboxMessage).where(OutboxMessage.case_id == case_id))
        assert message.template == "reply.unable_to_reach" and message.language == "en" and "Joe" in message.body
        assert "callback_handed_to_clinical" in kinds(session, case_id)
        assert "resolved" not in kinds(session, case_id)
    # The clinical owner keeps trying; reaching the patient completes the callback, not the case.
    callback = log(database, world, callback_id, AttemptOutcome.REACHED, pacific("2026-11-24 09:00"),
                   persona="nurse_a", number_dialled="(415) 523-8890")
    assert callback.status == "closed" and callback.final_status == "completed" and callback.attempts_made == 4
    with database.session() as session:
        case = session.get(Case, case_id)
        assert case.status == "open" and case.first_responded_at == pacific("2026-11-24 09:00")


def test_a_clinical_case_parked_elsewhere_goes_back_to_its_clinical_owner(database, world):
    arrival = arrive(database, world, at=pacific("2026-11-23 10:00"),
                     text="Hi, I had my hip replaced ten days ago and since yesterday my calf is swollen and "
                          "tight and sore, please call me back")
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        case = session.get(Case, arrival.case_id)
        owner = case.owner_queue
        actions.route(session=session, actor=actor_for(session, world, "nurse_a", clinic), case=case,
                      to_queue=Queue.INTERPRETER, reason="needs an interpreter on the call")
    callback_id = arrival.link.callback.id
    for at in ("2026-11-23 10:05", "2026-11-23 12:05", "2026-11-24 08:05"):
        log(database, world, callback_id, AttemptOutcome.NO_ANSWER, pacific(at))
    with database.session() as session:
        case = session.get(Case, arrival.case_id)
        assert case.status == "open" and case.owner_queue == owner
        assert session.scalar(select(Alert.queue).where(Alert.kind == "callback_unreached")) == owner


def test_reaching_the_patient_completes_the_callback_and_counts_as_the_first_response(database, world):
    arrival = spanish_reschedule(database, world)
    callback = log(database, world, arrival.link.callback.id, AttemptOutcome.REACHED, pacific("2026-11-23 10:30"))
    assert callback.final_status == "completed" and callback.open_for_case_id is None
    with database.session() as session:
        case = session.get(Case, arrival.case_id)
        assert case.first_responded_at == pacific("2026-11-23 10:30") and case.status == "open"
        assert "callback_completed" in kinds(session, case.id)


def _nothing_stored(database, callback_id: int, events_before: int) -> None:
    with database.session() as session:
        callback = session.get(Callback, callback_id)
        assert session.scalar(select(func.count()).select_from(CallbackAttempt)) == 0
        assert callback.attempts_made == 0 and callback.status == "open"
        assert session.scalar(select(func.count()).select_from(CaseEvent)) == events_before


BAD_ATTEMPTS = [
    ({"at": pacific("2026-11-23 11:00")}, "attempted_at"),  # in the future
    ({"at": pacific("2026-11-23 09:00")}, "attempted_at"),  # before the patient called
    ({"number_dialled": "555-0100"}, "number_dialled"),
    ({"number_dialled": "call the daughter"}, "number_dialled"),
    ({"final_status": CallbackFinalStatus.COMPLETED}, "final_status"),  # only when reached
]


def test_bad_attempts_are_refused_naming_the_field_and_store_nothing(database, world):
    arrival = spanish_reschedule(database, world)
    with database.session() as session:
        before = session.scalar(select(func.count()).select_from(CaseEvent))
    for fields, field in BAD_ATTEMPTS:
        fields = {"at": pacific("2026-11-23 10:20"), **fields}
        with pytest.raises(ActionRefused) as refused:
            log(database, world, arrival.link.callback.id, AttemptOutcome.NO_ANSWER,
                now=pacific("2026-11-23 10:30"), **fields)
        assert (refused.value.kind, refused.value.field) == ("invalid", field), fields
        _nothing_stored(database, arrival.link.callback.id, before)


def test_no_voicemail_when_the_playbook_forbids_it(database, world):
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        update_playbook(session=session, clinic=clinic, playbook_source=default_playbook_text().replace(
            "voicemail_allowed: true", "voicemail_allowed: false"))
        session.commit()
    arrival = spanish_reschedule(database, world)
    with database.session() as session:
        before = session.scalar(select(func.count()).select_from(CaseEvent))
    with pytest.raises(ActionRefused) as refused:
        log(database, world, arrival.link.callback.id, AttemptOutcome.VOICEMAIL_LEFT, pacific("2026-11-23 10:05"))
    assert refused.value.field == "outcome" and "voicemail" in refused.value.message
    _nothing_stored(database, arrival.link.callback.id, before)
    # A call with no message left is still logged.
    log(database, world, arrival.link.callback.id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 10:05"))


def test_an_attempt_on_a_closed_callback_is_a_conflict(database, world):
    arrival = spanish_reschedule(database, world)
    log(database, world, arrival.link.callback.id, AttemptOutcome.REACHED, pacific("2026-11-23 10:05"))
    with pytest.raises(ActionRefused) as refused:
        log(database, world, arrival.link.callback.id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 10:10"))
    assert refused.value.kind == "conflict" and "closed" in refused.value.message
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CallbackAttempt)) == 1


def test_a_wrong_number_asks_for_the_right_one_and_a_new_number_resumes_calling(database, world):
    arrival = spanish_reschedule(database, world)
    callback = log(database, world, arrival.link.callback.id, AttemptOutcome.WRONG_NUMBER, pacific("2026-11-23 10:05"))
    assert callback.next_action == NextAction.CONFIRM_NUMBER.value
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        callback = session.get(Callback, callback.id)
        with pytest.raises(ActionRefused) as refused:
            service.update_details(session=session, actor=actor_for(session, world, "front_desk_a", clinic),
                                   callback=callback, timezone="Mars/Olympus")
        assert refused.value.field == "timezone"
        service.update_details(session=session, actor=actor_for(session, world, "front_desk_a", clinic),
                               callback=callback, phone="415 523 8899", preference="after 5pm")
        assert callback.phone == "+14155238899" and callback.next_action == NextAction.CALL.value
        assert "callback_details_changed" in kinds(session, callback.case_id)


def test_the_worker_reminds_once_when_an_attempt_comes_due(database, world):
    arrival = arrive(database, world, at=pacific("2026-11-23 22:40"), text="Hi, please call me back, it's Ana")
    callback_id = arrival.link.callback.id
    with database.session() as session:
        assert service.run_due_callbacks(session=session, now=pacific("2026-11-24 07:59")).claimed == 0
        tick = service.run_due_callbacks(session=session, now=pacific("2026-11-24 08:01"))
        session.commit()
        assert tick.reminded == 1
        alert = session.scalar(select(Alert).where(Alert.kind == "callback_due"))
        assert alert.queue == session.get(Case, arrival.case_id).owner_queue
        assert "callback_attempt_due" in kinds(session, arrival.case_id)
        # Overdue stays overdue in the lists, but the worker does not remind again on every tick.
        assert service.run_due_callbacks(session=session, now=pacific("2026-11-24 09:00")).claimed == 0
        assert session.get(Callback, callback_id).next_action_due_at == pacific("2026-11-24 08:00")
    log(database, world, callback_id, AttemptOutcome.NO_ANSWER, pacific("2026-11-24 09:00"))
    with database.session() as session:
        assert service.run_due_callbacks(session=session, now=pacific("2026-11-24 11:01")).reminded == 1


def test_the_worker_applies_the_final_rule_when_the_playbook_allows_fewer_attempts(database, world):
    arrival = spanish_reschedule(database, world)
    callback_id = arrival.link.callback.id
    log(database, world, callback_id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 10:05"))
    log(database, world, callback_id, AttemptOutcome.NO_ANSWER, pacific("2026-11-23 12:05"))
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        update_playbook(session=session, clinic=clinic, playbook_source=default_playbook_text().replace(
            "max_attempts: 3\n  spacing: [2h, next_business_morning]", "max_attempts: 2\n  spacing: [2h]"))
        session.commit()
    # The worker's task: committed batches until nothing is due.
    tick = service.sweep_due_callbacks(database, pacific("2026-11-24 08:30"), batch_size=1)
    assert tick.final_rules_applied == 1 and tick.reminded == 0
    with database.session() as session:
        assert session.get(Callback, callback_id).final_status == "unable_to_reach"
        assert session.get(Case, arrival.case_id).final_status == "unable_to_reach"


def test_one_open_callback_per_case(database, world):
    arrival = spanish_reschedule(database, world)
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        case = session.get(Case, arrival.case_id)
        with pytest.raises(ActionRefused) as refused:
            service.request_callback(session=session, actor=actor_for(session, world, "front_desk_a", clinic),
                                     case=case)
        assert refused.value.kind == "conflict"
    log(database, world, arrival.link.callback.id, AttemptOutcome.REACHED, pacific("2026-11-23 10:05"))
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        case = session.get(Case, arrival.case_id)
        callback = service.request_callback(session=session, actor=actor_for(session, world, "front_desk_a", clinic),
                                            case=case, preference="mañanas", phone=PATIENT_PHONE,
                                            now=pacific("2026-11-23 15:00"))
        assert callback.next_action_due_at == pacific("2026-11-24 08:00")
        assert session.scalar(select(func.count()).select_from(Callback)) == 2


def test_two_workers_remind_about_different_callbacks(database, world):
    if database.is_sqlite:
        pytest.skip("SQLite serializes writers (BEGIN IMMEDIATE); SKIP LOCKED is PostgreSQL's")
    arrive(database, world, at=pacific("2026-11-23 22:40"), text="Hi, please call me back, it's Ana")
    arrive(database, world, at=pacific("2026-11-23 22:41"), text="Hi, please call me back, it's Bo",
           sender=SPANISH_PHONE)
    with database.session() as first, database.session() as second:
        one = service.run_due_callbacks(session=first, now=pacific("2026-11-24 08:30"), limit=1)
        # The first worker still holds its row: the second takes the other one, never the same.
        other = service.run_due_callbacks(session=second, now=pacific("2026-11-24 08:30"), limit=5)
        first.commit()
        second.commit()
        assert (one.reminded, other.reminded) == (1, 1)
        assert first.scalar(select(func.count()).select_from(Alert).where(Alert.kind == "callback_due")) == 2


def test_resolving_the_case_closes_its_open_callback(client, world, database):
    from careloop.callbacks.models import Callback
    from tests.api.helpers import post_contact

    body = post_contact(client, world, channel="voicemail", sender="+12125550199",
                        text="Hi this is Dana, please call me back about my appointment time").json()
    case_id = body["case"]["id"]
    with database.session() as session:
        callback = session.scalar(select(Callback).where(Callback.case_id == case_id))
        assert callback is not None and callback.status == "open"
    response = client.post(f"/api/v1/clinics/{world.clinic_a.slug}/cases/{case_id}/resolve",
                           headers=world.auth("front_desk_a"), json={"final_status": "completed"})
    assert response.status_code == 200, response.text
    with database.session() as session:
        callback = session.scalar(select(Callback).where(Callback.case_id == case_id))
        assert callback.status == "closed" and callback.final_status == "completed"
        assert callback.next_action_due_at is None
