"""No silent failure: a hypothesis state machine drives random sequences of intake, take,
reply, route, escalate, pause, resume, review and resolve — as real personas, through the
service layer, on SQLite and PostgreSQL — and checks after every step that:

- every open case has an owner queue and a due time;
- no case is resolved without a final status;
- no case with clinical content is resolved by an administrative role;
- a refused action changes nothing.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from careloop.cases import actions
from careloop.cases.actions import ActionRefused, Actor
from careloop.cases.escalation import run_due_step
from careloop.cases.models import OPEN_STATUSES, Case, CaseEvent
from careloop.clinics.service import create_clinic, playbook_for
from careloop.db import Database
from careloop.intake.schemas import ContactIn
from careloop.intake.service import receive_contact
from careloop.labels import CLINICAL_ROLES, FinalStatus, Queue, Role, is_clinical
from careloop.staff import service as staff_service
from careloop.staff.service import Principal
from tests.personas import default_playbook_text

MESSAGES = [
    "can I get a refill of my lisinopril",
    "what time do you open on saturday",
    "I was charged twice for my last visit",
    "necesito una cita para mi hija",
    "my chest hurts and I can't breathe",
    "I have had a fever of 103 since yesterday",
    "any news on my referral to cardiology?",
    "please send my records to my new doctor",
    "are my blood test results back?",
    "do you have a spanish interpreter for my mom's visit",
]
PHONES = ["+14155238886", "+12125550199", "+13105550142"]
PERSONAS = {
    "front_desk": Role.FRONT_DESK,
    "nurse": Role.CLINICAL_TRIAGE,
    "provider": Role.PROVIDER,
    "billing": Role.BILLING,
    "manager": Role.MANAGER,
}
_example_numbers = itertools.count()


def _snapshot(case: Case) -> tuple:
    return (case.status, case.owner_queue, case.assignee_id, case.final_status, case.due_at,
            case.category, case.urgency, case.first_responded_at, case.clinically_reviewed_at)


def test_no_case_falls_through_the_cracks(database: Database):
    class Workflow(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            number = next(_example_numbers)
            self.session = database.sessions()
            source = default_playbook_text().replace("slug: maple-street", f"slug: machine-{number}")
            self.clinic = create_clinic(session=self.session, playbook_source=source)
            self.actors: dict[str, Actor] = {}
            for name, role in PERSONAS.items():
                staff = staff_service.create_staff(session=self.session, name=f"{name} {number}",
                                                   email=f"{name}-{number}@machine.example.org")
                staff_service.add_membership(session=self.session, staff=staff, clinic_id=self.clinic.id, role=role)
                principal = Principal(actor=f"staff:{staff.id}", display_name=staff.name,
                                      roles_by_clinic={self.clinic.id: role}, staff_id=staff.id)
                self.actors[name] = Actor(principal=principal, role=role, clinic=self.clinic)
            self.integration = Principal(actor="integration:0", display_name="phones",
                                         roles_by_clinic={self.clinic.id: Role.INTEGRATION})
            self.session.commit()
            self.now = datetime(2026, 11, 16, 17, 0, tzinfo=UTC)  # Monday 09:00 in Los Angeles
            self.case_ids: list[int] = []
            self.messages = itertools.count()

        def teardown(self) -> None:
            self.session.close()

        def _case(self, index: int) -> Case | None:
            if not self.case_ids:
                return None
            case_id = self.case_ids[index % len(self.case_ids)]
            return self.session.scalar(select(Case).where(Case.id == case_id).with_for_update())

        def _act(self, case: Case, call) -> None:
            before = _snapshot(case)
            try:
                call()
            except ActionRefused:
                self.session.rollback()
                fresh = self.session.get(Case, case.id)
                self.session.refresh(fresh)
                assert _snapshot(fresh) == before, "a refused action changed the case"

        @rule(text=st.sampled_from(MESSAGES), phone=st.sampled_from(PHONES),
              channel=st.sampled_from(["sms", "voicemail", "portal", "phone_call", "email"]))
        def contact_arrives(self, text: str, phone: str, channel: str) -> None:
            sender = {"portal": f"user{phone[-4:]}", "email": f"p{phone[-4:]}@example.org"}.get(channel, phone)
            data = ContactIn(channel=channel, sender=sender, text=text, received_at=self.now,
                             channel_message_id=f"m-{next(self.messages)}",
                             patient={"phone": phone} if channel in ("portal", "email") else None)
            result = receive_contact(session=self.session, clinic=self.clinic, data=data,
                                     posted_by=self.integration, now=self.now)
            if result.case.id not in self.case_ids:
                self.case_ids.append(result.case.id)

        @rule(persona=st.sampled_from(sorted(PERSONAS)), queue=st.sampled_from(list(Queue)))
        def take_next(self, persona: str, queue: Queue) -> None:
            try:
                actions.take_next(session=self.session, actor=self.actors[persona], queue=queue, now=self.now)
            except ActionRefused:
                self.session.rollback()

        @rule(index=st.integers(0, 50), persona=st.sampled_from(sorted(PERSONAS)),
              free_text=st.booleans())
        def reply(self, index: int, persona: str, free_text: bool) -> None:
            case = self._case(index)
            if case is None:
                return
            kwargs = ({"text": "Thanks for writing, I am looking into this for you today."} if free_text
                      else {"template": "callback_attempt"})
            self._act(case, lambda: actions.reply(session=self.session, actor=self.actors[persona], case=case,
                                                  now=self.now, **kwargs))

        @rule(index=st.integers(0, 50), persona=st.sampled_from(sorted(PERSONAS)), queue=st.sampled_from(list(Queue)))
        def route(self, index: int, persona: str, queue: Queue) -> None:
            case = self._case(index)
            if case is None:
                return
            self._act(case, lambda: actions.route(session=self.session, actor=self.actors[persona], case=case,
                                                  to_queue=queue, reason="better owner"))

        @rule(index=st.integers(0, 50), persona=st.sampled_from(sorted(PERSONAS)))
        def pause(self, index: int, persona: str) -> None:
            case = self._case(index)
            if case is None:
                return
            self._act(case, lambda: actions.pause(session=self.session, actor=self.actors[persona], case=case,
                                                  reason="waiting on the patient", now=self.now))

        @rule(index=st.integers(0, 50), persona=st.sampled_from(sorted(PERSONAS)))
        def resume(self, index: int, persona: str) -> None:
            case = self._case(index)
            if case is None:
                return
            self._act(case, lambda: actions.resume(session=self.session, actor=self.actors[persona], case=case,
                                                   now=self.now))

        @rule(index=st.integers(0, 50), persona=st.sampled_from(sorted(PERSONAS)))
        def review(self, index: int, persona: str) -> None:
            case = self._case(index)
            if case is None:
                return
            self._act(case, lambda: actions.mark_clinically_reviewed(
                session=self.session, actor=self.actors[persona], case=case, now=self.now))

        @rule(index=st.integers(0, 50), persona=st.sampled_from(sorted(PERSONAS)),
              final=st.sampled_from(list(FinalStatus)))
        def resolve(self, index: int, persona: str, final: FinalStatus) -> None:
            case = self._case(index)
            if case is None:
                return
            clinical = is_clinical(case.category, case.urgency)
            actor = self.actors[persona]
            before = case.status
            self._act(case, lambda: actions.resolve(session=self.session, actor=actor, case=case,
                                                    final_status=final, now=self.now))
            if clinical and actor.role not in CLINICAL_ROLES and before != "resolved":
                assert self.session.get(Case, case.id).status == before

        @rule(minutes=st.integers(1, 60 * 30))
        def time_passes_and_escalations_run(self, minutes: int) -> None:
            self.now += timedelta(minutes=minutes)
            playbook = playbook_for(self.clinic)
            for _ in range(200):
                case = self.session.scalar(
                    select(Case).where(Case.clinic_id == self.clinic.id, Case.status == "open",
                                       Case.next_escalation_at <= self.now).limit(1).with_for_update()
                )
                if case is None:
                    break
                run_due_step(session=self.session, case=case, playbook=playbook, now=self.now)
                self.session.commit()

        @invariant()
        def every_open_case_has_an_owner_and_a_due_time(self) -> None:
            for case in self.session.scalars(
                select(Case).where(Case.clinic_id == self.clinic.id, Case.status.in_(OPEN_STATUSES))
            ):
                assert case.owner_queue in {q.value for q in Queue}, case.id
                assert case.due_at is not None, f"open case {case.id} has no due time"
                if case.status == "open" and case.clinically_reviewed_at is None and case.urgency != "routine":
                    assert case.next_escalation_at is not None, "an unreviewed urgent case stopped escalating"

        @invariant()
        def resolved_cases_have_a_final_status_and_a_rightful_resolver(self) -> None:
            for case in self.session.scalars(
                select(Case).where(Case.clinic_id == self.clinic.id, Case.status == "resolved")
            ):
                assert case.final_status in {s.value for s in FinalStatus}
                assert case.due_at is None and case.next_escalation_at is None
                if is_clinical(case.category, case.urgency):
                    resolver = self.session.scalar(
                        select(CaseEvent.actor).where(CaseEvent.case_id == case.id, CaseEvent.kind == "resolved")
                    )
                    role = next(a.role for a in self.actors.values() if a.name == resolver)
                    assert role in CLINICAL_ROLES, f"clinical case {case.id} resolved by {role}"

    run_state_machine_as_test(
        Workflow,
        settings=settings(max_examples=20, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]),
    )
