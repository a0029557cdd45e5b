"""`careloop demo`: a demo clinic from the default playbook with a week of synthetic traffic.

The traffic comes from the seeded generator (careloop.demo.generator) and goes through the
real intake service, exactly as the channel integrations would post it — redeliveries
included — so the demo shows the product, not a dump.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from sqlalchemy import func, select

from careloop import migrate
from careloop.cases.models import Alert, Case
from careloop.clinics.service import create_clinic
from careloop.db import Database, utcnow
from careloop.intake.schemas import ContactIn, PatientIdentifiers
from careloop.intake.service import receive_contact
from careloop.labels import Channel, Role
from careloop.patients.models import Patient, PatientPhone
from careloop.playbook import DEFAULT_PLAYBOOK_PATH
from careloop.staff import service as staff_service
from careloop.staff.service import Principal

# Share of the week's patients already registered (as if imported from the EHR); the rest are
# new to the clinic and get registered by intake.
REGISTERED_SHARE = 0.7

DEMO_STAFF: tuple[tuple[str, str, Role, list[str]], ...] = (
    ("Maria Lopez", "manager@maple-street.example.org", Role.MANAGER, ["en", "es"]),
    ("Daniel Kim", "frontdesk@maple-street.example.org", Role.FRONT_DESK, ["en"]),
    ("Lucia Ramirez", "frontdesk2@maple-street.example.org", Role.FRONT_DESK, ["en", "es"]),
    ("Grace Okafor, RN", "nurse@maple-street.example.org", Role.CLINICAL_TRIAGE, ["en"]),
    ("Dr. Priya Shah", "provider@maple-street.example.org", Role.PROVIDER, ["en", "es"]),
    ("Tom Becker", "billing@maple-street.example.org", Role.BILLING, ["en"]),
)


@dataclass
class DemoSummary:
    clinic_slug: str
    clinic_name: str
    staff_keys: list[tuple[str, str, str]] = field(default_factory=list)  # name, role, key
    integration_key: str = ""
    contacts_posted: int = 0
    duplicates: int = 0
    cases: int = 0
    cases_by_queue: Counter[str] = field(default_factory=Counter)
    emergencies: int = 0
    alerts: int = 0
    example_case_id: int | None = None

    @property
    def manager_key(self) -> str:
        return self.staff_keys[0][2]

    def print(self, console: Console, *, host: str, port: int) -> None:
        base = f"http://{host}:{port}"
        console.rule(f"[bold]CareLoop demo — {self.clinic_name}")
        console.print(
            f"{self.contacts_posted} contacts posted ({self.duplicates} redeliveries stored once) → "
            f"{self.cases} cases; {self.emergencies} emergencies; {self.alerts} alerts raised "
            "(emergencies and escalations)."
        )
        queues = Table("queue", "cases", title="Cases of the week by owner queue")
        for queue, count in sorted(self.cases_by_queue.items(), key=lambda item: -item[1]):
            queues.add_row(queue, str(count))
        console.print(queues)
        console.print("\n[bold]Demo staff and their API keys[/] (shown only now):")
        for name, role, key in [*self.staff_keys, ("phone system", "integration", self.integration_key)]:
            # One line each, never truncated: these get copied into curl commands.
            console.print(f"  {name} ({role}): {key}", soft_wrap=True, highlight=False)
        key = self.manager_key
        console.print(f"\nURL: [bold]{base}[/]   API docs: {base}/docs\n\nWhat to try:")
        tries = [
            f'curl -s -H "Authorization: Bearer {key}" {base}/api/v1/clinics',
            f'curl -s -H "Authorization: Bearer {key}" "{base}/api/v1/clinics/{self.clinic_slug}/cases?urgency=emergency"',
            f'curl -s -H "Authorization: Bearer {key}" "{base}/api/v1/clinics/{self.clinic_slug}/cases?queue=front_desk&status=open&limit=5"',
        ]
        if self.example_case_id is not None:
            tries.append(
                f'curl -s -H "Authorization: Bearer {key}" {base}/api/v1/clinics/{self.clinic_slug}/cases/{self.example_case_id}'
            )
        tries.append(
            f'curl -s -X POST -H "Authorization: Bearer {self.integration_key}" -H "Content-Type: application/json" '
            f"{base}/api/v1/clinics/{self.clinic_slug}/contacts "
            "-d '{\"channel\":\"sms\",\"sender\":\"+14155238886\",\"text\":\"tengo dolor de pecho muy fuerte\","
            "\"received_at\":\"" + utcnow().strftime("%Y-%m-%dT%H:%M:%SZ") + "\",\"channel_message_id\":\"SMdemo1\"}'"
        )
        for command in tries:
            console.print(command, soft_wrap=True, highlight=False)
        console.print("\n(Post the same SMS twice: the second answer is 200 with duplicate=true.)")


def _identifiers_for(channel: Channel, patient) -> PatientIdentifiers | None:
    """What each kind of channel really knows about the sender."""
    if patient is None:
        return None
    if channel in (Channel.PORTAL, Channel.INTERNAL):
        return PatientIdentifiers(
            first_name=patient.first_name, last_name=patient.last_name,
            date_of_birth=patient.date_of_birth, mrn=patient.mrn,
        )
    if channel in (Channel.APPOINTMENT_FORM, Channel.WEB_FORM):
        return PatientIdentifiers(
            first_name=patient.first_name, last_name=patient.last_name,
            date_of_birth=patient.date_of_birth, phone=patient.phone, email=patient.email,
            preferred_language=patient.preferred_language,
        )
    if channel in (Channel.REFERRAL_PARTNER, Channel.AFTER_HOURS):
        return PatientIdentifiers(
            first_name=patient.first_name, last_name=patient.last_name,
            date_of_birth=patient.date_of_birth, phone=patient.phone,
        )
    # sms, email, phone_call, voicemail: the sender address is all the channel knows.
    return None


# What the demo staff write back: plain acknowledgements that pass phrase guidance and give
# no clinical advice (clinical answers come from the clinicians' own replies below).
DEMO_REPLIES = {
    "administrative": {
        "en": "Thank you for your message. I have taken care of this for you; if anything else comes up, just reply here.",
        "es": "Gracias por su mensaje. Ya me encargué de esto; si necesita algo más, responda a este mensaje.",
    },
    "clinical": {
        "en": "This is the nurse team. I reviewed your message and will call you today to talk it through.",
        "es": "Le escribe el equipo de enfermería. Revisé su mensaje y le llamaré hoy para hablarlo con usted.",
    },
}
# Which demo staff member works each queue (front desk is split by language).
DEMO_WORKER_FOR_QUEUE = {
    "clinical_triage": "nurse@maple-street.example.org",
    "clinical_inbox": "nurse@maple-street.example.org",
    "provider": "provider@maple-street.example.org",
    "billing": "billing@maple-street.example.org",
}


def _simulate_staff_work(*, session, clinic, now: datetime, seed: int) -> None:
    """A lived-in week: most older cases were answered (a few late) and many resolved, by the
    staff member whose queue owns them, through the same case actions the API uses. What is
    left open — and overdue — is what the huddle and open-items report are about."""
    import random

    from careloop.cases import actions
    from careloop.cases.actions import ActionRefused, Actor
    from careloop.cases.escalation import run_due_step
    from careloop.clinics.service import playbook_for
    from careloop.labels import FinalStatus, is_clinical
    from careloop.staff.models import Membership, Staff

    rng = random.Random(seed * 7919 + 1)
    actors: dict[str, Actor] = {}
    for staff, membership in session.execute(
        select(Staff, Membership).join(Membership, Membership.staff_id == Staff.id)
        .where(Membership.clinic_id == clinic.id)
    ):
        role = Role(membership.role)
        actors[staff.email] = Actor(
            principal=Principal(actor=f"staff:{staff.id}", display_name=staff.name,
                                roles_by_clinic={clinic.id: role}, staff_id=staff.id,
                                languages=tuple(staff.languages)),
            role=role, clinic=clinic,
        )
    playbook = playbook_for(clinic)
    cases = list(session.scalars(select(Case).where(Case.clinic_id == clinic.id).order_by(Case.opened_at)))
    for case in cases:
        age = now - case.opened_at
        if age < timedelta(hours=3) or rng.random() < 0.12:
            continue  # recent, or one that slipped: left for the huddle
        if case.owner_queue in DEMO_WORKER_FOR_QUEUE:
            email = DEMO_WORKER_FOR_QUEUE[case.owner_queue]
        elif case.owner_queue in ("front_desk", "interpreter"):
            email = "frontdesk2@maple-street.example.org" if case.language == "es" else "frontdesk@maple-street.example.org"
        else:
            email = "manager@maple-street.example.org"
        actor = actors[email]
        clinical = is_clinical(case.category, case.urgency)
        if case.urgency == "emergency":
            answer_delay = timedelta(minutes=rng.randint(3, 14))
        else:
            standard = (case.first_response_due_at - case.opened_at) if case.first_response_due_at else timedelta(hours=4)
            # Most answers land inside the standard; about one in six is late.
            share = rng.uniform(0.1, 0.9) if rng.random() > 0.17 else rng.uniform(1.1, 2.5)
            answer_delay = standard * share
        answered_at = case.opened_at + answer_delay
        if answered_at >= now:
            continue
        kind = "clinical" if clinical else "administrative"
        try:
            if clinical and case.urgency != "routine":
                actions.mark_clinically_reviewed(session=session, actor=actor, case=case, now=answered_at,
                                                 note="reviewed and called the patient")
            actions.reply(session=session, actor=actor, case=case, now=answered_at,
                          text=DEMO_REPLIES[kind][case.language])
            resolved_at = answered_at + timedelta(minutes=rng.randint(10, 26 * 60))
            if resolved_at < now and rng.random() < 0.75:
                actions.resolve(session=session, actor=actor, case=case, now=resolved_at,
                                final_status=FinalStatus.COMPLETED)
        except ActionRefused:
            session.rollback()
    # Let the escalation ladder catch up with what slipped, as the worker would have.
    for case in session.scalars(
        select(Case).where(Case.clinic_id == clinic.id, Case.status == "open", Case.next_escalation_at <= now)
    ).all():
        for _ in range(10):
            if case.next_escalation_at is None or case.next_escalation_at > now:
                break
            run_due_step(session=session, case=case, playbook=playbook, now=case.next_escalation_at)
    session.commit()


def seed_demo(
    *, database: Database, seed: int = 7, contacts_per_day: int = 60, manager_key: str | None = None,
    console: Console | None = None, now: datetime | None = None,
) -> DemoSummary:
    from careloop.demo.generator import generate_week

    console = console or Console()
    now = now or utcnow()
    migrate.upgrade(database.engine)
    playbook_text = DEFAULT_PLAYBOOK_PATH.read_text(encoding="utf-8")

    with database.session() as session:
        clinic = create_clinic(session=session, playbook_source=playbook_text, source_name=str(DEFAULT_PLAYBOOK_PATH))
        summary = DemoSummary(clinic_slug=clinic.slug, clinic_name=clinic.name)
        for index, (name, email, role, languages) in enumerate(DEMO_STAFF):
            staff = staff_service.create_staff(session=session, name=name, email=email, languages=languages)
            staff_service.add_membership(session=session, staff=staff, clinic_id=clinic.id, role=role)
            key = staff_service.issue_api_key(
                session=session, staff=staff, label="demo",
                fixed_key=manager_key if index == 0 else None,
            )
            summary.staff_keys.append((name, role.value, key))
        integration = staff_service.create_integration(session=session, clinic_id=clinic.id, name="phone system")
        summary.integration_key = staff_service.issue_api_key(session=session, integration=integration, label="demo")
        session.commit()
        integration_principal = Principal(
            actor=f"integration:{integration.id}", display_name=integration.name,
            roles_by_clinic={clinic.id: Role.INTEGRATION}, integration_id=integration.id,
        )

        zone = ZoneInfo(clinic.timezone)
        today_local = now.astimezone(zone).date()
        start = datetime.combine(today_local - timedelta(days=7), time(0, 0), tzinfo=zone)
        patients, contacts = generate_week(seed=seed, start=start, days=7, contacts_per_day=contacts_per_day)
        contacts = [c for c in contacts if c.received_at <= now]

        # Register most of the week's patients ahead of time, as an EHR import would.
        import random

        chooser = random.Random(seed)
        for patient in patients:
            if chooser.random() >= REGISTERED_SHARE:
                continue
            row = Patient(
                clinic_id=clinic.id, first_name=patient.first_name, last_name=patient.last_name,
                date_of_birth=patient.date_of_birth, mrn=patient.mrn, email=patient.email,
                preferred_language=patient.preferred_language, callback_phone=patient.phone,
                callback_preference=patient.callback_preference,
            )
            session.add(row)
            session.flush()
            session.add(PatientPhone(clinic_id=clinic.id, patient_id=row.id, e164=patient.phone))
        session.commit()

        with Progress(
            TextColumn("posting the week's contacts"), BarColumn(), MofNCompleteColumn(),
            TimeRemainingColumn(), console=console, transient=True,
        ) as progress:
            task = progress.add_task("contacts", total=len(contacts))
            for contact in contacts:
                payload = ContactIn(
                    channel=contact.channel, sender=contact.sender, text=contact.text,
                    received_at=contact.received_at, subject=contact.subject,
                    channel_message_id=contact.channel_message_id,
                    patient=_identifiers_for(Channel(contact.channel), contact.patient),
                )
                result = receive_contact(
                    session=session, clinic=clinic, data=payload, posted_by=integration_principal, now=now,
                )
                summary.contacts_posted += 1
                summary.duplicates += int(result.duplicate)
                if result.case.urgency == "emergency" and summary.example_case_id is None:
                    summary.example_case_id = result.case.id
                progress.advance(task)

        _simulate_staff_work(session=session, clinic=clinic, now=now, seed=seed)

        summary.cases = session.scalar(select(func.count(Case.id)).where(Case.clinic_id == clinic.id)) or 0
        summary.cases_by_queue = Counter(
            dict(session.execute(
                select(Case.owner_queue, func.count(Case.id)).where(Case.clinic_id == clinic.id).group_by(Case.owner_queue)
            ).all())
        )
        summary.emergencies = session.scalar(
            select(func.count(Case.id)).where(Case.clinic_id == clinic.id, Case.urgency == "emergency")
        ) or 0
        summary.alerts = session.scalar(select(func.count(Alert.id)).where(Alert.clinic_id == clinic.id)) or 0
    return summary
