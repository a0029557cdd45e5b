"""How long one escalation sweep takes over many open cases, on PostgreSQL.

    python benchmarks/bench_sweep.py --cases 1000000 --clinics 50 --due-fraction 0.01

Creates a fresh schema, N clinics (the default playbook under other slugs) and M open cases
bulk-loaded with COPY: a fraction of them has an escalation step due now (spread over every
category, so every kind of ladder step runs), the rest are due later. Then it times one
`sweep_escalations` — find every due case, run its steps, write alerts and events, commit per
batch — and checks that nothing due is left. The schema is dropped afterwards unless --keep.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, text

from careloop import migrate
from careloop.cases.escalation import schedule_next_escalation
from careloop.cases.models import Alert, Case, CaseEvent
from careloop.clinics.models import Clinic
from careloop.clinics.service import create_clinic, playbook_for
from careloop.db import Database
from careloop.jobs.sweep import sweep_escalations
from careloop.labels import Category, Urgency
from careloop.playbook import DEFAULT_PLAYBOOK_PATH

COLUMNS = (
    "clinic_id", "category", "urgency", "urgency_rank", "language", "owner_queue", "status", "subject",
    "opened_at", "first_response_basis", "resolution_basis", "first_response_due_at", "resolution_due_at",
    "due_at", "escalation_level", "next_escalation_at", "triage_confidence", "needs_review", "red_flags",
    "triage_reasons", "created_at", "updated_at", "last_contact_at",
)


def _ts(value: datetime | None) -> str:
    return "\\N" if value is None else value.isoformat()


def _templates(playbook, now: datetime, due: bool) -> list[tuple[str, str, datetime, datetime, int, datetime | None]]:
    """Per category: due times that make its first ladder step due now (or not due for hours),
    and the level / next_escalation_at the real scheduler gives them."""
    rows = []
    for category in Category:
        for first_response_due in ((now + timedelta(minutes=20), now - timedelta(minutes=5)) if due
                                   else (now + timedelta(hours=30),)):
            case = Case(category=category.value, urgency=Urgency.ROUTINE.value, status="open",
                        escalation_level=0, first_response_due_at=first_response_due,
                        resolution_due_at=first_response_due + timedelta(days=3), first_responded_at=None,
                        clinically_reviewed_at=None)
            schedule_next_escalation(case, playbook, now=now)
            if case.next_escalation_at is None or (case.next_escalation_at <= now) != due:
                continue
            rows.append((category.value, playbook.owner_queue(category).value, first_response_due,
                         case.resolution_due_at, case.escalation_level, case.next_escalation_at))
            break
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--clinics", type=int, default=50)
    parser.add_argument("--due-fraction", type=float, default=0.01)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--keep", action="store_true", help="Keep the schema (to look at it afterwards).")
    args = parser.parse_args()

    schema = f"careloop_bench_sweep_{int(time.time())}"
    admin = Database(args.database_url)
    with admin.engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{args.database_url}{'&' if '?' in args.database_url else '?'}options=-csearch_path%3D{schema}"
    database = Database(url)
    try:
        migrate.upgrade(database.engine)
        source = DEFAULT_PLAYBOOK_PATH.read_text(encoding="utf-8")
        with database.session() as session:
            clinics = [create_clinic(session=session, playbook_source=source.replace(
                "slug: maple-street", f"slug: bench-{index:03d}")) for index in range(args.clinics)]
            session.commit()
            clinic_ids = [clinic.id for clinic in clinics]
            playbook = playbook_for(clinics[0])

        now = datetime.now(UTC).replace(microsecond=0)
        due_templates = _templates(playbook, now, due=True)
        later_templates = _templates(playbook, now, due=False)
        rng = random.Random(7)
        started = time.perf_counter()
        expected_due = 0
        chunk = 100_000
        raw = database.engine.raw_connection()
        try:
            cursor = raw.cursor()
            for offset in range(0, args.cases, chunk):
                buffer = io.StringIO()
                for _ in range(min(chunk, args.cases - offset)):
                    is_due = rng.random() < args.due_fraction
                    expected_due += is_due
                    category, queue, fr_due, res_due, level, next_at = rng.choice(due_templates if is_due else later_templates)
                    opened = fr_due - timedelta(hours=4)
                    buffer.write("\t".join((
                        str(rng.choice(clinic_ids)), category, "routine", "0", "en", queue, "open", "bench case",
                        _ts(opened), "calendar", "calendar", _ts(fr_due), _ts(res_due), _ts(fr_due), str(level),
                        _ts(next_at), "0.9", "f", "[]", "[]", _ts(opened), _ts(opened), _ts(opened),
                    )) + "\n")
                with cursor.copy(f"COPY cases ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    copy.write(buffer.getvalue())
            raw.commit()
            cursor.execute("ANALYZE cases")
            raw.commit()
        finally:
            raw.close()
        print(f"loaded {args.cases:,} open cases in {args.clinics} clinics ({expected_due:,} due) "
              f"in {time.perf_counter() - started:.1f}s")

        # A running worker has every clinic's playbook parsed already (cached by digest); parse
        # them first so the timing is the steady state, not the first tick after a start.
        started = time.perf_counter()
        with database.session() as session:
            for clinic in session.scalars(select(Clinic)):
                playbook_for(clinic)
        print(f"parsed {args.clinics} playbooks in {time.perf_counter() - started:.2f}s (once per worker process)")

        started = time.perf_counter()
        report = sweep_escalations(database, now, batch_size=args.batch_size)
        elapsed = time.perf_counter() - started
        with database.session() as session:
            left = session.scalar(select(func.count()).select_from(Case).where(
                Case.status == "open", Case.next_escalation_at <= now))
            alerts = session.scalar(select(func.count()).select_from(Alert))
            events = session.scalar(select(func.count()).select_from(CaseEvent))
        print(f"one sweep (batches of {args.batch_size}): {report.cases:,} cases escalated in {report.steps:,} steps, {report.failed} failed, "
              f"in {elapsed:.2f}s ({report.cases / elapsed:,.0f} cases/s); actions {dict(report.actions)}")
        print(f"written: {alerts:,} alerts, {events:,} events; still due afterwards: {left}")
        started = time.perf_counter()
        empty = sweep_escalations(database, now, batch_size=args.batch_size)
        print(f"a second sweep with nothing due: {empty.cases} cases in {(time.perf_counter() - started) * 1000:.1f} ms")
    finally:
        database.dispose()
        if not args.keep:
            with admin.engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
