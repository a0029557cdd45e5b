"""The `careloop` command."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from careloop.settings import get_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from careloop.clinics.models import Clinic

app = typer.Typer(
    name="careloop",
    help="CareLoop: every patient contact becomes a case with an owner, a response standard and "
    "a closed loop.\n\nStart with `careloop demo` to see a clinic with a week of traffic.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
db_app = typer.Typer(help="Database schema: create or update the tables.", no_args_is_help=True)
clinic_app = typer.Typer(help="Clinics (tenants) and their playbooks.", no_args_is_help=True)
staff_app = typer.Typer(help="Staff accounts, integrations and API keys.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(clinic_app, name="clinic")
app.add_typer(staff_app, name="staff")

console = Console()
errors = Console(stderr=True)


def _mount_optional_apps() -> None:
    from careloop.jobs.cli import worker
    from careloop.playbook.cli import playbook_app
    from careloop.triage.cli import triage_app

    app.command("worker")(worker)
    app.add_typer(playbook_app, name="playbook", help="Check a clinic playbook (YAML) or print the default one.")
    app.add_typer(triage_app, name="triage", help="Triage messages and evaluate triage on labelled sets.")


_mount_optional_apps()


def _export_corrections(
    clinic: Annotated[str, typer.Option(help="Clinic slug.")],
    out: Annotated[Path | None, typer.Option(help="Write JSON Lines here instead of standard output.")] = None,
) -> None:
    """Export staff corrections of triage labels as JSON Lines training examples."""
    import json

    from careloop.cases.corrections import export_corrections

    with clinic_session(clinic) as (session, found):
        examples = export_corrections(session=session, clinic_id=found.id)
    lines = "".join(json.dumps(example, ensure_ascii=False) + "\n" for example in examples)
    if out is None:
        sys.stdout.write(lines)
    else:
        out.write_text(lines, encoding="utf-8")
        errors.print(f"wrote {len(examples)} corrections to {out}")


def _mount_corrections_export() -> None:
    from careloop.triage.cli import triage_app

    triage_app.command("export-corrections")(_export_corrections)


_mount_corrections_export()


def fail(message: str, code: int = 1) -> typer.Exit:
    # soft_wrap: a file path or key must come out whole, whatever the terminal width.
    errors.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False)
    return typer.Exit(code)


def _database(url: str | None = None):
    from careloop.db import Database

    settings = get_settings()
    return Database(url or settings.database_url, echo=settings.sql_echo)


def _ensure_schema(database, *, auto_upgrade: bool) -> None:
    """Embedded SQLite upgrades itself (nothing to set up); PostgreSQL is upgraded on purpose,
    by `careloop db upgrade`, so that several servers never race to migrate."""
    from alembic.script import ScriptDirectory

    from careloop import migrate

    head = ScriptDirectory.from_config(migrate.alembic_config(database.engine)).get_current_head()
    if migrate.current_revision(database.engine) == head:
        return
    if auto_upgrade or database.is_sqlite:
        migrate.upgrade(database.engine)
        return
    raise fail("the database schema is not up to date: run `careloop db upgrade` first")


@contextmanager
def clinic_session(slug: str, database_url: str | None = None) -> Iterator[tuple[Session, Clinic]]:
    """A session on an up-to-date database and the clinic named by --clinic, or a clear error
    naming the option (never a traceback). The database is closed afterwards."""
    from careloop.clinics.service import get_clinic_by_slug

    database = _database(database_url)
    try:
        _ensure_schema(database, auto_upgrade=False)
        with database.session() as session:
            found = get_clinic_by_slug(session=session, slug=slug)
            if found is None:
                raise fail(f"--clinic: no clinic {slug!r} (see `careloop clinic list`)")
            yield session, found
    finally:
        database.dispose()


@db_app.command("upgrade")
def db_upgrade(
    database_url: Annotated[str | None, typer.Option(help="Defaults to CARELOOP_DATABASE_URL.")] = None,
) -> None:
    """Create or update CareLoop's tables to the latest schema."""
    from careloop import migrate

    database = _database(database_url)
    try:
        migrate.upgrade(database.engine)
        console.print(f"schema up to date ({migrate.current_revision(database.engine)}) at {_safe_url(database.url)}")
    except Exception as error:  # noqa: BLE001 - shown to the operator, not a traceback
        raise fail(f"could not upgrade {_safe_url(database.url)}: {error}") from None
    finally:
        database.dispose()


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@clinic_app.command("create")
def clinic_create(
    playbook: Annotated[Path, typer.Argument(help="The clinic's playbook YAML (see `careloop playbook show-default`).")],
) -> None:
    """Create a clinic from its playbook."""
    from careloop.clinics.service import ClinicError, create_clinic
    from careloop.playbook import PlaybookError

    database = _database()
    _ensure_schema(database, auto_upgrade=False)
    try:
        with database.session() as session:
            clinic = create_clinic(
                session=session, playbook_source=_read_text(playbook), source_name=str(playbook)
            )
            session.commit()
            console.print(f"created clinic [bold]{clinic.name}[/] (slug {clinic.slug})")
    except PlaybookError as error:
        raise fail(str(error)) from None
    except ClinicError as error:
        raise fail(str(error)) from None
    finally:
        database.dispose()


@clinic_app.command("list")
def clinic_list() -> None:
    """List clinics."""
    from sqlalchemy import select

    from careloop.clinics.models import Clinic

    database = _database()
    _ensure_schema(database, auto_upgrade=False)
    table = Table("slug", "name", "time zone")
    with database.session() as session:
        for clinic in session.scalars(select(Clinic).order_by(Clinic.slug)):
            table.add_row(clinic.slug, clinic.name, clinic.timezone)
    console.print(table)
    database.dispose()


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise fail(f"{path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise fail(f"{path}: not UTF-8 text") from None


@staff_app.command("add")
def staff_add(
    name: Annotated[str, typer.Option(help="Full name.")],
    email: Annotated[str, typer.Option(help="Work email; identifies the person.")],
    clinic: Annotated[str, typer.Option(help="Clinic slug.")],
    role: Annotated[str, typer.Option(help="front_desk, clinical_triage, provider, billing, records, insurance, care_coordination, manager or admin.")],
    language: Annotated[list[str], typer.Option(help="Languages spoken (repeat: --language en --language es).")] = ["en"],  # noqa: B006
) -> None:
    """Add a staff member to a clinic (or give an existing one a role there) and print a new API key."""
    from sqlalchemy import select

    from careloop.labels import Role
    from careloop.staff.models import Staff
    from careloop.staff.service import (
        StaffError,
        add_membership,
        create_staff,
        issue_api_key,
    )

    try:
        parsed_role = Role(role)
    except ValueError:
        raise fail(f"--role: unknown role {role!r}; use one of " + ", ".join(r.value for r in Role if r is not Role.INTEGRATION)) from None
    try:
        with clinic_session(clinic) as (session, found):
            staff = session.scalar(select(Staff).where(Staff.email == email.strip().lower()))
            if staff is None:
                staff = create_staff(session=session, name=name, email=email, languages=language)
            add_membership(session=session, staff=staff, clinic_id=found.id, role=parsed_role)
            key = issue_api_key(session=session, staff=staff, label=f"cli {clinic}")
            session.commit()
    except StaffError as error:
        raise fail(str(error)) from None
    console.print(f"{name} is {parsed_role.value} at {clinic}. API key (shown once):")
    console.print(key, soft_wrap=True, highlight=False)


@staff_app.command("add-integration")
def staff_add_integration(
    clinic: Annotated[str, typer.Option(help="Clinic slug.")],
    name: Annotated[str, typer.Option(help="What system it is, e.g. 'phone system'.")],
) -> None:
    """Register an integration (phone system, web form, EHR) for one clinic and print its API key."""
    from careloop.staff.service import create_integration, issue_api_key

    with clinic_session(clinic) as (session, found):
        integration = create_integration(session=session, clinic_id=found.id, name=name)
        key = issue_api_key(session=session, integration=integration, label=name)
        session.commit()
    console.print(f"integration {name!r} for {clinic}. API key (shown once):")
    console.print(key, soft_wrap=True, highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Run the CareLoop web service (API and, on SQLite, the background jobs in-process)."""
    import uvicorn

    from careloop.app import create_app

    database = _database()
    _ensure_schema(database, auto_upgrade=False)
    console.print(f"CareLoop serving on http://{host}:{port}  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(create_app(database=database, background_jobs=True), host=host, port=port, log_level="info")


@app.command()
def demo(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    api_key: Annotated[str | None, typer.Option(help="Fix the demo manager's API key (at least 12 characters, no spaces); otherwise one is generated.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic traffic: the same seed gives the same week.")] = 7,
    contacts_per_day: Annotated[int, typer.Option(min=1, max=2000, help="Average inbound contacts per day.")] = 60,
    db: Annotated[Path, typer.Option(help="SQLite file for the demo; it is recreated each run.")] = Path("careloop-demo.sqlite3"),
    serve_after: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve after seeding (default) or just seed.")] = True,
) -> None:
    """Create a demo clinic with a week of synthetic traffic in English and Spanish, then serve it."""
    from careloop.demo.seed import seed_demo

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    database = _database(f"sqlite:///{db}")
    try:
        summary = seed_demo(
            database=database, seed=seed, contacts_per_day=contacts_per_day, manager_key=api_key,
            console=console,
        )
    except ValueError as error:
        raise fail(str(error)) from None
    summary.print(console, host=host, port=port)
    if not serve_after:
        database.dispose()
        return
    import uvicorn

    from careloop.app import create_app

    uvicorn.run(create_app(database=database, background_jobs=True), host=host, port=port, log_level="warning")


def main() -> None:  # pragma: no cover - entry point shim
    sys.exit(app())


report_app = typer.Typer(help="Reports for the daily huddle.", no_args_is_help=True)
app.add_typer(report_app, name="report")


def _mount_callbacks_report() -> None:
    from careloop.callbacks.cli import report_callbacks

    report_app.command("callbacks")(report_callbacks)


_mount_callbacks_report()


@report_app.command("open-items")
def report_open_items(
    clinic: Annotated[str, typer.Option(help="Clinic slug.")],
    queue: Annotated[str | None, typer.Option(help="Only this owner queue.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Rows shown per queue.")] = 15,
) -> None:
    """Every open case by owner queue, overdue first — the list for the morning huddle."""
    from zoneinfo import ZoneInfo

    from careloop.cases.open_items import open_items
    from careloop.db import utcnow
    from careloop.labels import Queue

    try:
        chosen_queue = Queue(queue) if queue else None
    except ValueError:
        raise fail(f"--queue: unknown queue {queue!r}; use one of " + ", ".join(q.value for q in Queue)) from None
    now = utcnow()
    with clinic_session(clinic) as (session, found):
        zone = ZoneInfo(found.timezone)
        groups = open_items(session=session, clinic_id=found.id, queue=chosen_queue, now=now)
    total_open = sum(g.open for g in groups)
    total_overdue = sum(g.overdue for g in groups)
    console.print(f"[bold]{found.name}[/] — open items at {now.astimezone(zone):%a %d %b %Y %H:%M %Z}: "
                  f"{total_open} open, [red]{total_overdue} overdue[/]")
    for group in groups:
        table = Table(title=f"{group.queue}: {group.open} open, {group.overdue} overdue, "
                      f"{group.waiting_on_patient} waiting on patient", title_justify="left")
        for column in ("case", "urgency", "category"):
            table.add_column(column, no_wrap=True)
        table.add_column("subject", no_wrap=True, overflow="ellipsis", max_width=40)
        for column in ("assignee", "due", "overdue"):
            table.add_column(column, no_wrap=True)
        for item in group.items[:limit]:
            due = item.due_at.astimezone(zone).strftime("%a %d %b %H:%M") if item.due_at else "paused"
            overdue = _format_minutes(item.overdue_minutes) if item.overdue else ""
            style = "red" if item.overdue else ("yellow" if item.urgency != "routine" else None)
            table.add_row(str(item.case_id), item.urgency, item.category, item.subject,
                          item.assignee or "—", due, overdue, style=style)
        if group.open > limit:
            table.caption = f"… and {group.open - limit} more"
        console.print(table)


def _format_minutes(minutes: int) -> str:
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    return (f"{days}d " if days else "") + (f"{hours}h " if hours or days else "") + f"{mins}m"


if __name__ == "__main__":  # `python -m careloop.cli …`, e.g. from benchmarks
    app()
