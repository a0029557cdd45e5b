"""Callback test helpers: a fixed clinic clock, staff actors from the personas' keys, and
contacts arriving through the real intake (receive_contact) followed by the callback hook that
intake calls once the lead wires it (after that, intake's own call is read back instead)."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

import careloop.intake.service as intake_service
from careloop.callbacks import service
from careloop.callbacks.models import AttemptOutcome, Callback
from careloop.callbacks.service import CallbackLink, ensure_callback_for_contact
from careloop.cases.actions import Actor
from careloop.cases.models import Case, CaseEvent
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for
from careloop.db import Database
from careloop.intake.models import Contact
from careloop.intake.schemas import ContactIn
from careloop.intake.service import IntakeResult, receive_contact
from careloop.staff.service import Principal, authenticate
from tests.personas import World

PACIFIC = ZoneInfo("America/Los_Angeles")
PATIENT_PHONE = "+14155238886"
SPANISH_PHONE = "+14155238887"
OTHER_PHONE = "+14155238890"


def pacific(text: str) -> datetime:
    """'2026-11-23 10:00' on the clinic's wall clock (Maple Street is in San Francisco)."""
    return datetime.fromisoformat(text).replace(tzinfo=PACIFIC)


def actor_for(session, world: World, persona: str, clinic: Clinic) -> Actor:
    principal: Principal | None = authenticate(session=session, plain_key=world.keys[persona])
    assert principal is not None
    role = principal.role_in(clinic.id)
    assert role is not None, f"{persona} does not work at {clinic.slug}"
    return Actor(principal=principal, role=role, clinic=clinic)


@dataclass
class Arrival:
    intake: IntakeResult
    link: CallbackLink | None

    @property
    def case_id(self) -> int:
        return self.link.case.id if self.link else self.intake.case.id


def arrive(
    database: Database, world: World, *, text: str, at: datetime, channel: str = "voicemail",
    sender: str = PATIENT_PHONE, clinic: Clinic | None = None, message_id: str | None = None,
    patient: dict | None = None,
) -> Arrival:
    """A contact through the real intake, then the callback hook (as intake will call it)."""
    clinic = clinic or world.clinic_a
    with database.session() as session:
        clinic = session.get(Clinic, clinic.id)
        principal = authenticate(session=session, plain_key=world.keys["phones_a" if clinic.id == world.clinic_a.id
                                                                       else "phones_b"])
        data = ContactIn(channel=channel, sender=sender, text=text, received_at=at, channel_message_id=message_id,
                         patient=patient)
        result = receive_contact(session=session, clinic=clinic, data=data, posted_by=principal,
                                 now=at + timedelta(seconds=5))
        link = None
        if result.duplicate:
            pass
        elif INTAKE_WIRED:
            link = _link_made_by_intake(session, result)
        else:
            link = ensure_callback_for_contact(session=session, clinic=clinic, case=result.case,
                                               contact=result.contact, new_case=result.new_case,
                                               playbook=playbook_for(clinic), now=at)
            session.commit()
        return Arrival(intake=result, link=link)


# Once the lead wires intake to call the hook, intake has already done it: read what it did.
INTAKE_WIRED = "ensure_callback_for_contact" in inspect.getsource(intake_service)


def _link_made_by_intake(session, result: IntakeResult) -> CallbackLink | None:
    contact = session.get(Contact, result.contact.id)
    callback = session.scalar(select(Callback).where(Callback.case_id == contact.case_id)
                              .order_by(Callback.id.desc()).limit(1))
    if callback is None:
        return None
    case = session.get(Case, contact.case_id)
    created = any(event.data.get("contact_id") == contact.id for event in session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.kind == "callback_created")))
    merged = result.case.id if result.case.id != case.id else None
    return CallbackLink(callback, case, created=created, merged_from_case_id=merged)


def log(database: Database, world, callback_id: int, outcome: AttemptOutcome, at: datetime,
        persona: str = "front_desk_a", now: datetime | None = None, **fields) -> Callback:
    with database.session() as session:
        clinic = session.get(Clinic, world.clinic_a.id)
        callback = session.get(Callback, callback_id)
        service.log_attempt(session=session, actor=actor_for(session, world, persona, clinic), callback=callback,
                            outcome=outcome, attempted_at=at, now=now or at + timedelta(minutes=1), **fields)
        return callback


def kinds(session, case_id: int) -> list[str]:
    return list(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)))
