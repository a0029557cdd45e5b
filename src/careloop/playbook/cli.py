"""`careloop playbook ...`: check a clinic playbook, or print the default one to start from."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from careloop.labels import Category, Channel, Urgency

from .errors import PlaybookError
from .loader import DEFAULT_PLAYBOOK_PATH, load_playbook
from .model import Playbook

playbook_app = typer.Typer(
    name="playbook",
    help="Check a clinic playbook, or start a new one from the default.",
    no_args_is_help=True,
    add_completion=False,
)


@playbook_app.command("check")
def check(
    file: Path = typer.Argument(..., help="The playbook YAML file to check."),
) -> None:
    """Check a playbook; print a summary if it is fine, or every problem with its line."""
    try:
        playbook = load_playbook(file)
    except PlaybookError as error:
        # Plain echo, not rich: `file:line: field: message` must stay on one line so editors
        # and CI can jump to it, and messages may contain [brackets] rich would eat.
        for issue in error.issues:
            typer.echo(str(issue), err=True)
        count = len(error.issues)
        typer.echo(f"{count} problem{'s' if count != 1 else ''} found in {file}.", err=True)
        raise typer.Exit(code=1) from None
    _print_summary(playbook, file)


@playbook_app.command("show-default")
def show_default() -> None:
    """Print the default playbook; save it to a file and edit it for your clinic."""
    typer.echo(DEFAULT_PLAYBOOK_PATH.read_text(encoding="utf-8"), nl=False)


def _print_summary(playbook: Playbook, file: Path) -> None:
    console = Console(highlight=False)
    if not console.is_terminal:
        # Piped or captured output has no width of its own; rich's 80 columns would fold the
        # category table into three lines per row.
        console = Console(highlight=False, width=110)
    clinic = playbook.clinic
    console.print(f"[bold green]OK[/] {file}", markup=True)
    console.print(f"Clinic:    {clinic.name} ({clinic.slug})", markup=False)
    console.print(f"Time zone: {clinic.timezone}", markup=False)
    console.print(f"Phone:     {clinic.phone_display}   Languages: {', '.join(clinic.languages)}", markup=False)
    holidays = playbook.holidays
    region = "/".join(part for part in (holidays.country, holidays.subdivision) if part) or "none"
    console.print(f"Holidays:  {region}; {len(playbook.closures)} other closure(s)", markup=False)

    hours = Table(title="Opening hours", title_justify="left")
    hours.add_column("Day")
    hours.add_column("Open")
    for day, ranges in playbook.hours.describe():
        hours.add_row(day, ranges)
    console.print(hours)

    categories = Table(title="Categories", title_justify="left")
    # Codes are what a manager greps the YAML for, so they never wrap; the standards may.
    categories.add_column("Category", no_wrap=True)
    categories.add_column("Owner", no_wrap=True)
    for heading in ("First response", "Resolution", "Admin closes"):
        categories.add_column(heading)
    for category in Category:
        rule = playbook.category_rule(category)
        categories.add_row(
            category.value, rule.owner.value, str(rule.first_response), str(rule.resolution),
            "yes" if rule.administrative_may_resolve else "no",
        )
    for urgency in (Urgency.EMERGENCY, Urgency.URGENT):
        rule = playbook.urgency_rule(urgency)
        assert rule is not None  # emergency and urgent always have a rule
        categories.add_row(f"(any) {urgency.value}", rule.owner.value, str(rule.first_response),
                           str(rule.resolution), "no")
    console.print(categories)

    channels = Table(title="Channels", title_justify="left")
    channels.add_column("Channel", no_wrap=True)
    channels.add_column("Owner", no_wrap=True)
    for heading in ("First response", "Asynchronous"):
        channels.add_column(heading)
    for channel in Channel:
        rule = playbook.channel_rule(channel)
        answer = "live answer" if rule.live_answer else str(rule.first_response)
        channels.add_row(channel.value, rule.owner.value, answer, "yes" if rule.asynchronous else "no")
    console.print(channels)

    console.print(
        f"{len(playbook.templates.replies)} reply templates, {len(playbook.phrase_guidance)} phrase-guidance "
        f"rules, callbacks: {playbook.callbacks.max_attempts} attempts.",
        markup=False,
    )
