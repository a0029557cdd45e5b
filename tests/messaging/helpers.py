"""Clinics wired to a loopback webhook receiver, and cases with queued messages, for the
delivery, sweep and worker tests. Cases are made the way production makes them: by intake."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from careloop.cases.models import CaseEvent
from careloop.clinics.models import Clinic
from careloop.clinics.service import create_clinic
from careloop.db import Database
from careloop.intake.schemas import ContactIn
from careloop.intake.service import receive_contact
from careloop.messaging.delivery import DeliveryConfig, RetryPolicy
from careloop.messaging.models import OutboxMessage
from careloop.messaging.service import queue_message
from careloop.staff.service import Principal, create_integration
from tests.personas import clinic_b_playbook_text, default_playbook_text

SECRET = "whsec_careloop_tests_5f1c"
SECRET_ENV = "CARELOOP_WEBHOOK_SECRET"
REFILL = "Hi, can I get a refill of my lisinopril? Thanks"


def with_webhook(playbook_text: str, url: str) -> str:
    assert playbook_text.count("url: null") == 1
    return playbook_text.replace("url: null", f"url: {url}")


@dataclass
class Clinics:
    a: Clinic  # webhook to the test receiver
    b: Clinic  # no outbound channel configured
    poster_a: Principal
    poster_b: Principal

    def poster(self, clinic: Clinic) -> Principal:
        return self.poster_a if clinic.id == self.a.id else self.poster_b


def make_clinics(database: Database, webhook_url: str) -> Clinics:
    with database.session() as session:
        a = create_clinic(session=session, playbook_source=with_webhook(default_playbook_text(), webhook_url))
        b = create_clinic(session=session, playbook_source=clinic_b_playbook_text())
        posters = []
        for clinic in (a, b):
            integration = create_integration(session=session, clinic_id=clinic.id, name=f"phones {clinic.slug}")
            posters.append(Principal(actor=f"integration:{integration.id}", display_name=integration.name,
                                     roles_by_clinic={}, integration_id=integration.id))
        session.commit()
        return Clinics(a=a, b=b, poster_a=posters[0], poster_b=posters[1])


def phone(n: int) -> str:
    return f"+1415523{n:04d}"


def receive(database: Database, clinics: Clinics, clinic: Clinic, *, n: int = 0, text: str = REFILL,
            received_at: datetime | None = None, channel: str = "sms") -> tuple[int, list[int]]:
    """A patient writes in; returns (case id, ids of the messages intake queued)."""
    data = ContactIn(channel=channel, sender=phone(n), text=text,
                     received_at=received_at or datetime.now(UTC) - timedelta(minutes=1))
    with database.session() as session:
        found = session.get(Clinic, clinic.id)
        result = receive_contact(session=session, clinic=found, data=data, posted_by=clinics.poster(clinic))
        return result.case.id, [m.id for m in result.messages_queued]


def queue_more(database: Database, case_id: int, count: int) -> list[int]:
    """More messages on one case (through the messaging service), for volume tests."""
    from careloop.cases.models import Case

    with database.session() as session:
        case = session.get(Case, case_id)
        ids = [queue_message(session=session, case=case, channel="sms", recipient=phone(9000 + i), language="en",
                             template="free_text", body=f"message {i}").id for i in range(count)]
        session.commit()
        return ids


def fast_config(**overrides: object) -> DeliveryConfig:
    options: dict[str, object] = {
        "send_timeout": 0.3, "concurrency": 1, "lease": timedelta(seconds=30),
        "retry": RetryPolicy(max_attempts=8), "rng": random.Random(1234),
    }
    options.update(overrides)
    return DeliveryConfig(**options)  # type: ignore[arg-type]


def message(database: Database, message_id: int) -> OutboxMessage:
    with database.session() as session:
        found = session.get(OutboxMessage, message_id)
        assert found is not None
        return found


def events(database: Database, case_id: int, *kinds: str) -> list[CaseEvent]:
    with database.session() as session:
        query = select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        if kinds:
            query = query.where(CaseEvent.kind.in_(kinds))
        return list(session.scalars(query))


def soon() -> datetime:
    """A `now` just after messages queued a moment ago became due."""
    return datetime.now(UTC) + timedelta(seconds=1)
