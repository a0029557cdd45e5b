"""Alembic environment. CareLoop builds its Alembic Config in code (careloop.migrate), passing
the connection in, so migrations run the same from the CLI, the demo and the tests."""

from __future__ import annotations

from alembic import context

import careloop.models  # noqa: F401  (registers every table on Base.metadata)
from careloop.db import Base

target_metadata = Base.metadata


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
