"""The migrations and the models agree, on both databases, and the event log is append-only."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from careloop import migrate
from careloop.cases.models import Case, CaseEvent
from careloop.clinics.service import create_clinic
from careloop.db import Database, utcnow
from careloop.models import Base
from tests.personas import default_playbook_text


def test_migrated_schema_matches_the_models(database: Database):
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_schema_is_at_head(database: Database):
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(migrate.alembic_config(database.engine)).get_current_head()
    assert migrate.current_revision(database.engine) == head


def _one_event(database: Database) -> int:
    with database.session() as session:
        clinic = create_clinic(session=session, playbook_source=default_playbook_text())
        case = Case(clinic_id=clinic.id, category="billing_question", urgency="routine", urgency_rank=0,
                    language="en", owner_queue="billing", subject="bill", due_at=utcnow(), opened_at=utcnow(),
                    last_contact_at=utcnow())
        session.add(case)
        session.flush()
        event = CaseEvent(clinic_id=clinic.id, case_id=case.id, kind="case_opened", actor="system", data={})
        session.add(event)
        session.commit()
        return event.id


@pytest.mark.parametrize("statement", [
    "UPDATE case_events SET kind = 'tampered' WHERE id = :id",
    "DELETE FROM case_events WHERE id = :id",
])
def test_case_events_cannot_be_changed_or_deleted(database: Database, statement: str):
    event_id = _one_event(database)
    with pytest.raises(DBAPIError, match="append-only"):
        with database.engine.begin() as connection:
            connection.execute(text(statement), {"id": event_id})
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT kind FROM case_events WHERE id = :id"), {"id": event_id}).scalar() == "case_opened"
