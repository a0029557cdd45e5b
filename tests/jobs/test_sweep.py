"""The clocks sweep: due ladder steps run once each, in order; paused cases wait; sweepers
running at the same time split the work instead of doubling it."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

from sqlalchemy import select, update

from careloop.cases.actions import Actor, pause
from careloop.cases.models import Alert, Case, CaseEvent, CaseStatus
from careloop.clinics.models import Clinic
from careloop.db import Database
from careloop.jobs.sweep import FAILED_CASE_RETRY, sweep_escalations
from careloop.labels import Role
from careloop.staff.service import Principal
from tests.messaging.helpers import Clinics, events, receive


def case_row(database: Database, case_id: int) -> Case:
    with database.session() as session:
        found = session.get(Case, case_id)
        assert found is not None
        return found


def test_each_due_step_runs_once_and_overdue_steps_run_in_order(database: Database, clinics: Clinics) -> None:
    case_id, _ = receive(database, clinics, clinics.a)  # a routine refill: owner, supervisor, provider
    first_due = case_row(database, case_id).next_escalation_at
    assert first_due is not None

    assert sweep_escalations(database, first_due - timedelta(seconds=1)).steps == 0
    report = sweep_escalations(database, first_due)
    assert (report.cases, report.steps, dict(report.actions)) == (1, 1, {"notify_owner": 1})
    assert sweep_escalations(database, first_due).steps == 0  # the same moment again: nothing new

    # The worker was away for days: both remaining steps run in one sweep, in ladder order.
    late = sweep_escalations(database, first_due + timedelta(days=5))
    assert (late.cases, late.steps) == (1, 2)
    escalated = events(database, case_id, "escalated")
    assert [e.data["level"] for e in escalated] == [0, 1, 2]
    assert [e.data["action"] for e in escalated] == ["notify_owner", "notify_supervisor", "escalate"]
    after = case_row(database, case_id)
    assert after.owner_queue == "provider" and after.next_escalation_at is None
    # Every alert is on the case's log, and every logged alert exists.
    with database.session() as session:
        alerts = list(session.scalars(select(Alert).where(Alert.case_id == case_id).order_by(Alert.id)))
    raised = events(database, case_id, "alert_raised")
    assert [(a.queue, a.kind) for a in alerts] == [(e.data["queue"], e.data["kind"]) for e in raised]
    assert len(alerts) == 3
    assert sweep_escalations(database, first_due + timedelta(days=30)).steps == 0


def test_a_case_waiting_on_the_patient_is_not_escalated(database: Database, clinics: Clinics) -> None:
    paused_id, _ = receive(database, clinics, clinics.a, n=1)
    stale_id, _ = receive(database, clinics, clinics.a, n=2)
    open_id, _ = receive(database, clinics, clinics.a, n=3)
    with database.session() as session:
        clinic = session.get(Clinic, clinics.a.id)
        actor = Actor(principal=Principal(actor="staff:1", display_name="Front Desk", staff_id=1,
                                          roles_by_clinic={clinic.id: Role.FRONT_DESK}),
                      role=Role.FRONT_DESK, clinic=clinic)
        pause(session=session, actor=actor, case=session.get(Case, paused_id), reason="waiting for their pharmacy")
        # A paused row that still carries an escalation time must be skipped all the same.
        session.execute(update(Case).where(Case.id == stale_id).values(status=CaseStatus.WAITING_ON_PATIENT.value))
        session.commit()

    report = sweep_escalations(database, case_row(database, open_id).next_escalation_at + timedelta(days=5))

    assert report.cases == 1
    assert events(database, paused_id, "escalated") == [] and events(database, stale_id, "escalated") == []
    assert len(events(database, open_id, "escalated")) == 3


def test_concurrent_sweepers_escalate_every_due_step_exactly_once(database: Database, clinics: Clinics) -> None:
    ids = [receive(database, clinics, clinic, n=n)[0] for n in range(8) for clinic in (clinics.a, clinics.b)]
    now = max(case_row(database, i).first_response_due_at for i in ids) + timedelta(days=5)
    start = threading.Barrier(3)
    reports = []

    def sweep() -> None:
        start.wait()
        reports.append(sweep_escalations(database, now, batch_size=3))

    sweepers = [threading.Thread(target=sweep) for _ in range(3)]
    for sweeper in sweepers:
        sweeper.start()
    for sweeper in sweepers:
        sweeper.join(60)

    with database.session() as session:
        steps = Counter(
            (e.case_id, e.data["level"]) for e in session.scalars(select(CaseEvent).where(CaseEvent.kind == "escalated"))
        )
        alerts = session.scalar(select(Alert.id).limit(1))
    assert steps and set(steps.values()) == {1}
    assert {case_id for case_id, _level in steps} == set(ids)
    assert sum(r.steps for r in reports) == sum(steps.values()) == 3 * len(ids)
    assert alerts is not None


def test_a_case_that_cannot_be_escalated_is_parked_without_blocking_the_others(
    database: Database, clinics: Clinics,
) -> None:
    broken_id, _ = receive(database, clinics, clinics.a, n=1)
    healthy_id, _ = receive(database, clinics, clinics.a, n=2)
    with database.session() as session:
        # Data no ladder knows (say, a category removed from the code): run_due_step raises.
        session.execute(update(Case).where(Case.id == broken_id).values(category="retired_category"))
        session.commit()
    now = case_row(database, healthy_id).next_escalation_at + timedelta(days=5)

    report = sweep_escalations(database, now)

    assert report.failed == 1 and report.cases == 1
    assert len(events(database, healthy_id, "escalated")) == 3
    [failure] = events(database, broken_id, "escalation_failed")
    assert "retired_category" in failure.data["error"]
    assert case_row(database, broken_id).next_escalation_at == now + FAILED_CASE_RETRY
    assert sweep_escalations(database, now).steps == 0  # parked, not retried in a loop
