"""Bulk-load open cases into a fresh PostgreSQL schema for benchmarks (COPY, ~1M rows/min).

Used by the benchmarks in this folder; not part of the product.
"""

from __future__ import annotations

import io
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from careloop import migrate
from careloop.clinics.service import create_clinic
from careloop.db import Database
from careloop.labels import Category, Queue, Role, Urgency
from careloop.playbook import DEFAULT_PLAYBOOK_PATH, load_default_playbook
from careloop.staff import service as staff_service

COLUMNS = (
    "clinic_id", "category", "urgency", "urgency_rank", "language", "owner_queue", "status", "subject",
    "opened_at", "first_response_basis", "resolution_basis", "first_response_due_at", "resolution_due_at",
    "due_at", "escalation_level", "next_escalation_at", "triage_confidence", "needs_review", "red_flags",
    "triage_reasons", "created_at", "updated_at", "last_contact_at",
)


@dataclass
class BenchWorld:
    database: Database
    base_url: str
    schema: str
    clinic_ids: list[int]
    staff_keys: dict[int, list[tuple[int, str]]]  # clinic id -> [(staff id, key)]

    def drop(self) -> None:
        self.database.dispose()
        admin = Database(self.base_url)
        with admin.engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
        admin.dispose()


def make_world(base_url: str, *, clinics: int, staff_per_clinic: int = 4) -> BenchWorld:
    schema = f"careloop_bench_{int(time.time() * 1000)}"
    admin = Database(base_url)
    with admin.engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    database = Database(f"{base_url}{'&' if '?' in base_url else '?'}options=-csearch_path%3D{schema}")
    migrate.upgrade(database.engine)
    source = DEFAULT_PLAYBOOK_PATH.read_text()
    clinic_ids: list[int] = []
    staff_keys: dict[int, list[tuple[int, str]]] = {}
    with database.session() as session:
        for number in range(clinics):
            clinic = create_clinic(session=session, playbook_source=source.replace(
                "slug: maple-street", f"slug: bench-{number}"))
            clinic_ids.append(clinic.id)
            staff_keys[clinic.id] = []
            for person in range(staff_per_clinic):
                staff = staff_service.create_staff(session=session, name=f"Desk {number}-{person}",
                                                   email=f"desk{number}-{person}@bench.example.org")
                staff_service.add_membership(session=session, staff=staff, clinic_id=clinic.id, role=Role.MANAGER)
                staff_keys[clinic.id].append((staff.id, staff_service.issue_api_key(session=session, staff=staff)))
        session.commit()
    return BenchWorld(database, base_url, schema, clinic_ids, staff_keys)


def load_open_cases(world: BenchWorld, *, total: int, due_fraction: float, now: datetime, seed: int = 1) -> float:
    """Insert `total` open cases spread over the world's clinics; `due_fraction` of them have an
    escalation step due at `now`. Returns the seconds the load took."""
    playbook = load_default_playbook()
    rng = random.Random(seed)
    categories = list(Category)
    started = time.perf_counter()
    raw = world.database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        batch = 200_000
        for offset in range(0, total, batch):
            buffer = io.StringIO()
            for _ in range(min(batch, total - offset)):
                category = rng.choice(categories)
                roll = rng.random()
                urgency = Urgency.EMERGENCY if roll < 0.005 else Urgency.URGENT if roll < 0.08 else Urgency.ROUTINE
                opened = now - timedelta(minutes=rng.randint(1, 60 * 24 * 14))
                first_due = opened + timedelta(hours=rng.choice((1, 2, 4, 8, 24)))
                resolution_due = first_due + timedelta(days=1)
                is_due = rng.random() < due_fraction
                next_escalation = (now - timedelta(seconds=rng.randint(1, 3600))) if is_due else (
                    now + timedelta(minutes=rng.randint(1, 60 * 24 * 3)))
                row = (
                    rng.choice(world.clinic_ids), category.value, urgency.value, urgency.rank,
                    "es" if rng.random() < 0.35 else "en", playbook.owner_queue(category, urgency).value, "open",
                    "bulk-loaded case", opened.isoformat(), "business", "business", first_due.isoformat(),
                    resolution_due.isoformat(), first_due.isoformat(), 0, next_escalation.isoformat(),
                    "0.9", "f", "[]", "[]", opened.isoformat(), opened.isoformat(), opened.isoformat(),
                )
                buffer.write("\t".join(str(value) for value in row) + "\n")
            buffer.seek(0)
            with cursor.copy(f"COPY cases ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                copy.write(buffer.getvalue())
            raw.commit()
        cursor.execute("ANALYZE cases")
        raw.commit()
    finally:
        raw.close()
    return time.perf_counter() - started


def queues_of(world: BenchWorld) -> list[Queue]:
    return [Queue.FRONT_DESK, Queue.CLINICAL_TRIAGE, Queue.CLINICAL_INBOX, Queue.BILLING, Queue.CARE_COORDINATION]


NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
