"""The clocks sweep: run every escalation step that has come due.

Each case carries its next ladder step's time on the row (`next_escalation_at`, indexed), so
finding due work is one index range scan, and a sweep that never ran (worker down, machine
rebooted) loses nothing: the next one finds the same rows, only later.

Concurrency: due cases are claimed in batches with FOR UPDATE SKIP LOCKED on PostgreSQL, so
several sweepers (any number of `careloop worker` processes) take disjoint batches and never
run the same step twice: a sweeper that reaches a row another one has just escalated re-reads
it under the lock and finds it no longer due. On SQLite every transaction is BEGIN IMMEDIATE
(db.py), which serializes sweepers and web requests instead. One commit per batch keeps the
write lock short on SQLite and the lock count bounded on PostgreSQL.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from careloop.cases.escalation import run_due_step
from careloop.cases.models import Alert, Case, CaseEvent, CaseStatus
from careloop.cases.service import record_event
from careloop.clinics.models import Clinic
from careloop.clinics.service import playbook_for
from careloop.db import Database, utcnow
from careloop.playbook import Playbook
from careloop.staff.models import Staff

log = logging.getLogger("careloop.jobs.sweep")

DEFAULT_BATCH_SIZE = 500
# run_due_step always advances the ladder (or parks the case 30 minutes ahead), so a case is
# done after at most len(ladder) + 1 steps; this bound only guards against a future bug.
MAX_STEPS_PER_CASE = 32
# A case whose step raises is parked this long (with an event saying why) so one broken case
# cannot block the sweep for every other case behind it in due order.
FAILED_CASE_RETRY = timedelta(minutes=15)


@dataclass
class SweepReport:
    cases: int = 0
    steps: int = 0
    failed: int = 0
    actions: Counter[str] = field(default_factory=Counter)

    def add(self, other: SweepReport) -> None:
        self.cases += other.cases
        self.steps += other.steps
        self.failed += other.failed
        self.actions.update(other.actions)


def sweep_escalations(
    database: Database, now: datetime | None = None, *, batch_size: int = DEFAULT_BATCH_SIZE,
    max_batches: int | None = None,
) -> SweepReport:
    """Escalate every open case whose next step is due at `now`. Returns what it did.

    To go faster on a large backlog, run more workers: SKIP LOCKED hands each its own batches.
    """
    return _sweep_loop(database, now or utcnow(), batch_size, max_batches, {})


def _sweep_loop(
    database: Database, now: datetime, batch_size: int, max_batches: int | None,
    playbooks: dict[tuple[int, str], Playbook],
) -> SweepReport:
    report = SweepReport()
    done: set[int] = set()
    batches = 0
    while max_batches is None or batches < max_batches:
        batches += 1
        ids = _sweep_batch(database, now, batch_size, playbooks, report)
        if ids is None:
            break
        if not ids - done:
            # Everything claimed was already handled in this sweep and is somehow still due:
            # stop rather than spin (a later sweep will see them again).
            log.error("escalation sweep: cases %s stay due after running; stopping this sweep", sorted(ids)[:10])
            break
        done |= ids
        if len(ids) < batch_size:
            break
    return report


def _claim_due_cases(session: Session, now: datetime, limit: int) -> list[Case]:
    return list(session.scalars(
        select(Case)
        .where(Case.status == CaseStatus.OPEN.value, Case.next_escalation_at <= now)
        .order_by(Case.next_escalation_at, Case.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ))


def _sweep_batch(
    database: Database, now: datetime, batch_size: int, playbooks: dict[tuple[int, str], Playbook],
    report: SweepReport,
) -> set[int] | None:
    """Claim and escalate one batch in one transaction; None when nothing was due."""
    batch = SweepReport()
    with _batch_session(database) as session:
        cases = _claim_due_cases(session, now, batch_size)
        if not cases:
            session.commit()
            return None
        ids = {case.id for case in cases}
        try:
            books = _playbooks(session, {case.clinic_id for case in cases}, playbooks)
            _preload_assignees(session, cases)
            for case in cases:
                _escalate(session, case, books[case.clinic_id], now, batch)
            session.commit()
        except Exception:  # noqa: BLE001 - isolate the failing case below
            session.rollback()
            log.exception("escalation sweep: a batch failed; retrying its %d cases one by one", len(ids))
            _escalate_one_by_one(database, sorted(ids), now, playbooks, report)
            return ids
    report.add(batch)
    return ids


@contextmanager
def _batch_session(database: Database) -> Iterator[Session]:
    if database.is_sqlite:
        # Embedded: no network between us and the file, so round trips cost little; keep the
        # plain session.
        with database.session() as session:
            yield session
        return
    session = _BatchedWriteSession(bind=database.engine, expire_on_commit=False, autoflush=True)
    try:
        yield session
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


class _BatchedWriteSession(Session):
    """A session that writes a whole sweep batch in a handful of statements (PostgreSQL).

    Why: a sweep writes an event and an alert for every escalated case. Left to the ORM, those
    INSERTs need RETURNING to learn each new row's id, which makes SQLAlchemy build one huge
    multi-row statement per table that psycopg then parses again for every batch (profiled: a
    fifth of a sweep's time went to parsing those statements). Here the ids
    of new alerts and events are drawn from their PostgreSQL sequences in blocks up front, so
    the rows go out at the commit as plain executemany INSERTs, and explicit flushes whose new
    objects all have their ids already can wait for that commit.

    What keeps this safe: only explicit flushes are deferred, and only when every new object
    already has its primary key (the one thing a caller reads back after such a flush). Any
    query still autoflushes for real first, so reads within the batch always see its writes.
    """

    ID_BLOCK = 512

    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self._deferring = True
        # Set when something without a pre-assigned id is added: its id may be read back after
        # the flush, so that flush must really happen.
        self._unkeyed_pending = False
        self._ids: dict[type, list[int]] = {Alert: [], CaseEvent: []}
        event.listen(self, "transient_to_pending", self._assign_id)

    def _assign_id(self, _session: Session, instance: object) -> None:
        if getattr(instance, "id", None) is not None:
            return
        pool = self._ids.get(type(instance))
        if pool is None:
            self._unkeyed_pending = True
            return
        if not pool:
            table = type(instance).__table__.name  # type: ignore[attr-defined]
            # A driver-level statement: an ORM query here would autoflush.
            rows = self.connection().execute(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
                {"table": table, "n": self.ID_BLOCK},
            )
            pool.extend(reversed([row[0] for row in rows]))
        instance.id = pool.pop()  # type: ignore[attr-defined]

    def flush(self, objects: object = None) -> None:
        if self._deferring and objects is None and not self._unkeyed_pending:
            return
        super().flush(objects)  # type: ignore[arg-type]
        self._unkeyed_pending = bool(self.new)

    def _autoflush(self) -> None:
        deferring, self._deferring = self._deferring, False
        try:
            super()._autoflush()
        finally:
            self._deferring = deferring

    def commit(self) -> None:
        self._deferring = False
        try:
            super().commit()
        finally:
            self._deferring = True


def _playbooks(session: Session, clinic_ids: set[int], cache: dict[tuple[int, str], Playbook]) -> dict[int, Playbook]:
    """Each clinic's playbook, parsed at most once per sweep (playbook_for also caches by digest).
    Keyed by the row's updated_at too, so an edit made during a long sweep is picked up."""
    books: dict[int, Playbook] = {}
    for clinic in session.scalars(select(Clinic).where(Clinic.id.in_(clinic_ids))):
        key = (clinic.id, clinic.updated_at.isoformat() if clinic.updated_at else "")
        if key not in cache:
            cache[key] = playbook_for(clinic)
        books[clinic.id] = cache[key]
    return books


def _preload_assignees(session: Session, cases: list[Case]) -> None:
    # run_due_step looks the assignee up with session.get(); one IN query fills the identity
    # map so those lookups cost no round trip each.
    staff_ids = {case.assignee_id for case in cases if case.assignee_id is not None}
    if staff_ids:
        list(session.scalars(select(Staff).where(Staff.id.in_(staff_ids))))


_SWEEP_UPDATE_COLUMNS = ("owner_queue", "assignee_id", "escalation_level", "next_escalation_at")


def _escalate(session: Session, case: Case, playbook: Playbook, now: datetime, report: SweepReport) -> None:
    # Several steps can be overdue at once (the worker was down, or a warning and the breach
    # fell between two sweeps): run them in order, each recorded with its own event.
    steps = 0
    while (case.status == CaseStatus.OPEN.value and case.next_escalation_at is not None
           and case.next_escalation_at <= now and steps < MAX_STEPS_PER_CASE):
        action = run_due_step(session=session, case=case, playbook=playbook, now=now)
        report.actions[action] += 1
        steps += 1
    if steps:
        # Every escalated case is written with the same columns, whichever step ran: the ORM
        # then sends the batch's UPDATEs as one executemany instead of breaking it into a run
        # per column set (measured: a round trip per case otherwise).
        for column in _SWEEP_UPDATE_COLUMNS:
            flag_modified(case, column)
        report.cases += 1
        report.steps += steps


def _escalate_one_by_one(
    database: Database, ids: list[int], now: datetime, playbooks: dict[tuple[int, str], Playbook],
    report: SweepReport,
) -> None:
    for case_id in ids:
        with database.session() as session:
            case = session.scalar(
                select(Case)
                .where(Case.id == case_id, Case.status == CaseStatus.OPEN.value, Case.next_escalation_at <= now)
                .with_for_update(skip_locked=True)
            )
            if case is None:
                session.commit()
                continue
            single = SweepReport()
            try:
                books = _playbooks(session, {case.clinic_id}, playbooks)
                _escalate(session, case, books[case.clinic_id], now, single)
                session.commit()
                report.add(single)
                continue
            except Exception as error:  # noqa: BLE001 - parked below, with the reason on the case
                session.rollback()
                log.exception("escalation sweep: case %s failed; parked for %s", case_id, FAILED_CASE_RETRY)
                reason = f"{type(error).__name__}: {error}"[:500]
        with database.session() as session:
            case = session.scalar(select(Case).where(Case.id == case_id).with_for_update())
            if case is not None and case.next_escalation_at is not None and case.next_escalation_at <= now:
                case.next_escalation_at = now + FAILED_CASE_RETRY
                record_event(session=session, case=case, kind="escalation_failed", actor="system", at=now,
                             data={"error": reason, "retry_at": case.next_escalation_at.isoformat()})
            session.commit()
        report.failed += 1
