"""Wrong playbooks: every mistake is a PlaybookError naming the file, line and field — never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from careloop.playbook import PlaybookError, load_playbook, parse_playbook_text

from .conftest import DEFAULT_TEXT, edited, line_of


def expected_line(text: str, new: str, marker: str | None) -> int:
    """Where an issue should point: the replacement's first line by default; a marker is looked
    for from the replacement on, or from the top of the file when it starts with "^" (the parent
    mapping of a missing key)."""
    if marker is None:
        position = text.index(new)
    elif marker.startswith("^"):
        position = text.index(marker[1:])
    else:
        position = text.index(marker, text.index(new) if new else 0)
    return text[:position].count("\n") + 1


def problems(text: str) -> PlaybookError:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook_text(text, source="maple.yaml")
    return caught.value


# (old snippet, replacement, expected field, line marker (None: the replacement), message fragment)
CASES = {
    "not a duration": (
        "first_response: {within: 4h, clock: business}\n    resolution: {within: 1 business day}\n"
        "    escalation:\n      - {when: before_breach, offset: 1h, action: notify_owner}\n"
        "      - {when: at_breach, action: notify_supervisor}\n      - {when: after_breach, offset: 2h",
        "first_response: {within: 4 hourz, clock: business}\n    resolution: {within: 1 business day}\n"
        "    escalation:\n      - {when: before_breach, offset: 1h, action: notify_owner}\n"
        "      - {when: at_breach, action: notify_supervisor}\n      - {when: after_breach, offset: 2h",
        "categories.refill_request.first_response.within", "4 hourz",
        "'4 hourz' is not a duration (use e.g. 30m, 4h, 2 business days)"),
    "fractional duration": ("first_response: {within: 15m, clock: calendar}",
                            "first_response: {within: 1.5h, clock: calendar}",
                            "urgency.emergency.first_response.within", None, "use a smaller unit"),
    "no clock": ("first_response: {within: 15m, clock: calendar}", "first_response: {within: 15m}",
                 "urgency.emergency.first_response.clock", None, "add `clock: business` or `clock: calendar`"),
    "clock contradicts words": (
        "  referral_partner:\n    owner: care_coordination\n    first_response: {within: 1 business day}",
        "  referral_partner:\n    owner: care_coordination\n    first_response: {within: 1 business day, clock: calendar}",
        "channels.referral_partner.first_response.clock", "1 business day, clock: calendar", "is business time"),
    "business basis on emergency": (
        "first_response: {within: 15m, clock: calendar}", "first_response: {within: 15m, clock: business}",
        "urgency.emergency.first_response.clock", None, "emergency cases run on calendar time"),
    "business words on urgent": (
        "first_response: {within: 1h, clock: calendar}", "first_response: {within: 1 business day}  # urgent",
        "urgency.urgent.first_response.within", None, "urgent cases run on calendar time"),
    "administrative may resolve a refill": (
        "      - {when: after_breach, offset: 2h, action: escalate, to: provider}\n    administrative_may_resolve: false",
        "      - {when: after_breach, offset: 2h, action: escalate, to: provider}\n    administrative_may_resolve: true",
        "categories.refill_request.administrative_may_resolve", "administrative_may_resolve: true",
        "clinical cases are resolved by clinical staff only"),
    "clinical category owned by front desk": (
        "  clinical_concern:\n    owner: clinical_triage", "  clinical_concern:\n    owner: front_desk",
        "categories.clinical_concern.owner", "    owner: front_desk", "must be owned by a clinical queue"),
    "emergency owned by billing": (
        "  emergency:\n    owner: clinical_triage", "  emergency:\n    owner: billing",
        "urgency.emergency.owner", "owner: billing", "must be owned by a clinical queue"),
    "clinical escalation to a non-clinical queue": (
        "offset: 1h, action: escalate, to: provider}\n    administrative_may_resolve: false\n\n  language",
        "offset: 1h, action: escalate, to: supervisor}\n    administrative_may_resolve: false\n\n  language",
        "categories.clinical_concern.escalation.2.to", "to: supervisor}", "clinical cases stay with clinical queues"),
    "typo'd key": ("  timezone: America/Los_Angeles", "  timezon: America/Los_Angeles",
                   "clinic.timezon", None, "unknown key 'timezon' (did you mean 'timezone'?)"),
    "wrong type": ("max_attempts: 3", "max_attempts: three", "callbacks.max_attempts", None,
                   "expected a whole number, got 'three'"),
    "bad timezone": ("  timezone: America/Los_Angeles", "  timezone: America/Los_Angles", "clinic.timezone", None,
                     "'America/Los_Angles' is not a time zone (did you mean 'America/Los_Angeles'?)"),
    "bad phone": ('phone: "+1 415 867 2300"', 'phone: "+1 415 123 4567"', "clinic.phone", None,
                  "is not a valid phone number"),
    "not a phone": ('phone: "+1 415 867 2300"', 'phone: "call us"', "clinic.phone", None, "is not a phone number"),
    "bad slug": ("slug: maple-street", "slug: Maple Street", "clinic.slug", None, "lowercase letters"),
    "closed before open": ('monday:    ["08:00-17:00"]', 'monday:    ["17:00-08:00"]', "hours.monday.0", None,
                           "'17:00-08:00' ends before it starts"),
    "impossible time": ('friday:    ["08:00-17:00"]', 'friday:    ["08:00-25:00"]', "hours.friday.0", None,
                        "impossible time"),
    "overlapping hours": ('tuesday:   ["08:00-17:00"]', 'tuesday:   ["08:00-12:00", "11:00-17:00"]',
                          "hours.tuesday.1", None, "11:00-17:00 overlaps 08:00-12:00"),
    "hours as a number": ('wednesday: ["08:00-17:00"]', "wednesday: [8]", "hours.wednesday.0", None, "is a number"),
    "missing weekday": ('  thursday:  ["08:00-17:00"]\n  friday:    ["08:00-17:00"]\n  saturday:  ["09:00-12:00"]',
                        '  friday:    ["08:00-17:00"]\n  saturday:  ["09:00-12:00"]',
                        "hours.thursday", "^hours:\n", "missing required key 'thursday'"),
    "unknown holiday country": ("country: US", "country: XX", "holidays.country", None, "is not a country"),
    "unknown subdivision": ("subdivision: CA", "subdivision: QQ", "holidays.subdivision", None,
                            "'QQ' is not a subdivision of US"),
    "unknown open-on holiday": ("    - Diwali", "    - Diwaly", "holidays.open_on.1", None, "is not a holiday"),
    "closure ends before it starts": ("    to: 2026-12-24", "    to: 2026-12-20", "closures.0.to", None,
                                      "2026-12-20 is before 2026-12-24"),
    "missing channel": ("  email:\n    owner: front_desk\n    first_response: {within: 4h, clock: business}\n", "",
                        "channels.email", "^channels:\n",
                        "every channel needs a rule, add email:"),
    "asynchronous channel made synchronous": (
        "  sms:\n    owner: front_desk\n", "  sms:\n    owner: front_desk\n    asynchronous: false\n",
        "channels.sms.asynchronous", "asynchronous: false", "always asynchronous"),
    "channel without a way to answer": (
        "  phone_call:\n    owner: front_desk\n    live_answer: true", "  phone_call:\n    owner: front_desk",
        "channels.phone_call", "  phone_call:", "add first_response (or live_answer: true)"),
    "unknown queue": ("    owner: billing\n", "    owner: biling\n", "categories.billing_question.owner",
                      "owner: biling", "(did you mean 'billing'?)"),
    "escalate without a target": (
        "{when: at_breach, action: escalate, to: front_desk}", "{when: at_breach, action: escalate}",
        "categories.language_assistance.escalation.0.action", None, "add `to:`"),
    "escalation out of order": (
        "      - {when: before_breach, offset: 30m, action: notify_owner}\n      - {when: at_breach, action: notify_supervisor}\n"
        "      - {when: after_breach, offset: 1h, action: escalate, to: provider}",
        "      - {when: after_breach, offset: 1h, action: escalate, to: provider}\n"
        "      - {when: before_breach, offset: 30m, action: notify_owner}\n      - {when: at_breach, action: notify_supervisor}",
        "categories.clinical_concern.escalation.1", "      - {when: before_breach",
        "steps must be in time order"),
    "missing template language": ('    es: "Si se trata', '    fr: "Si se trata', "templates.emergency.es",
                                  "^  emergency:\n    en:", "missing required key 'es'"),
    "callback template does not exist": ("send: unable_to_reach", "send: unable_to_rech",
                                         "callbacks.after_final_attempt.administrative.send", None,
                                         "no reply template named 'unable_to_rech'"),
    "clinical callbacks closed": ("then: hand_to_clinical_owner", "then: close_unable_to_reach  # clinical",
                                  "callbacks.after_final_attempt.clinical.then", None, "never closed"),
    "wrong number of waits": ("spacing: [2h, next_business_morning]", "spacing: [2h]", "callbacks.spacing", None,
                              "give 2 wait(s)"),
    "secret in the file": ("    secret_env: CARELOOP_WEBHOOK_SECRET", "    secret: hunter2",
                           "outbound.webhook.secret", None, "never put the secret in the playbook"),
    "insecure webhook": ("    url: null", "    url: http://example.org/hook", "outbound.webhook.url", None,
                         "must be an https:// address"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_wrong_playbook_points_at_the_line_and_field(case: str) -> None:
    old, new, field, marker, message = CASES[case]
    text = edited(old, new)
    error = problems(text)
    matching = [issue for issue in error.issues if issue.field == field]
    assert matching, f"no issue for {field}; got:\n{error}"
    issue = matching[0]
    assert message in issue.message
    assert issue.line == expected_line(text, new, marker), str(error)
    assert issue.file == "maple.yaml"
    assert str(issue) == f"maple.yaml:{issue.line}: {field}: {issue.message}"


def test_message_format_matches_the_documented_example() -> None:
    old, new, *_ = CASES["not a duration"]
    text = edited(old, new)
    error = problems(text)
    line = line_of(text, "4 hourz")
    assert str(error) == (
        f"maple.yaml:{line}: categories.refill_request.first_response.within: "
        "'4 hourz' is not a duration (use e.g. 30m, 4h, 2 business days)"
    )
    assert (error.file, error.line, error.field) == ("maple.yaml", line, "categories.refill_request.first_response.within")


def test_every_problem_is_reported_each_on_its_own_line() -> None:
    text = edited("  timezone: America/Los_Angeles", "  timezone: Mars/Olympus")
    text = edited("max_attempts: 3", "max_attempts: -1", text)
    text = edited('sunday:    []\n\n', 'sunday:    ["10:00-09:00"]\n\n', text)
    error = problems(text)
    fields = [issue.field for issue in error.issues]
    assert fields == ["clinic.timezone", "hours.sunday.0", "callbacks.max_attempts"]  # sorted by line
    assert str(error).count("\n") == 2


def test_missing_category_is_named_and_points_at_categories() -> None:
    text = edited("  billing_question:\n    owner: billing", "  billing_questions:\n    owner: billing")
    error = problems(text)
    by_field = {issue.field: issue for issue in error.issues}
    assert by_field["categories.billing_question"].line == line_of(text, "categories:")
    assert "every category needs a rule, add billing_question:" in by_field["categories.billing_question"].message
    assert by_field["categories.billing_questions"].message.startswith("unknown key 'billing_questions'")


def test_missing_section_points_at_the_top() -> None:
    start = DEFAULT_TEXT.index("callbacks:\n")
    end = DEFAULT_TEXT.index("# ── Outbound")
    error = problems(DEFAULT_TEXT[:start] + DEFAULT_TEXT[end:])
    [issue] = error.issues
    assert (issue.field, issue.line, issue.message) == ("callbacks", 1 + DEFAULT_TEXT[: DEFAULT_TEXT.index("version:")].count("\n"),
                                                        "missing required key 'callbacks'")


def test_duplicate_key_is_reported() -> None:
    text = edited("  billing_question:\n    owner: billing", "  refill_request:\n    owner: billing")
    error = problems(text)
    [duplicate] = [issue for issue in error.issues if "appears twice" in issue.message]
    assert duplicate.field == "categories.refill_request"
    first, second = [n for n, line in enumerate(text.splitlines(), 1) if line == "  refill_request:"]
    assert duplicate.line == second
    assert f"also on line {first}" in duplicate.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 1, "the playbook is empty"),
        ("# just a comment\n", 1, "the playbook is empty"),
        ("- clinic\n- hours\n", 1, "but this file is a list"),
        ("just some words", 1, "but this file is a single value"),
        ("clinic:\n  name: [unclosed\nhours: {}\n", 3, "not valid YAML"),
        ("clinic:\n\tname: Maple\n", 2, "indented with a tab"),
        ("clinic: !!python/object:os.system x\n", 1, "not valid YAML"),
    ],
)
def test_not_a_playbook_at_all(text: str, line: int, message: str) -> None:
    error = problems(text)
    assert error.line == line
    assert message in error.message


def test_tab_in_the_default_playbook_is_named() -> None:
    text = edited("clinic:\n  name:", "clinic:\n\tname:")
    error = problems(text)
    assert error.line == line_of(text, "\tname:")


def test_yaml_one_point_one_surprises_are_plain_text() -> None:
    # Country code NO is Norway, not false; 8:30 is a time, not the number 510.
    text = edited("country: US\n  subdivision: CA\n  open_on:\n    - Susan B. Anthony Day\n    - Diwali\n",
                  "country: NO\n")
    text = edited('saturday:  ["09:00-12:00"]', 'saturday:  ["9:00-12:00"]', text)
    playbook = parse_playbook_text(text)
    assert playbook.holidays.country == "NO"
    assert str(playbook.hours.saturday[0]) == "09:00-12:00"


def test_load_playbook_reports_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(PlaybookError, match="no such file"):
        load_playbook(tmp_path / "missing.yaml")
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00clinic")
    with pytest.raises(PlaybookError, match="UTF-8"):
        load_playbook(binary)
    broken = tmp_path / "maple.yaml"
    broken.write_text(edited("max_attempts: 3", "max_attempts: lots"), encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_playbook(broken)
    assert caught.value.file == str(broken)


def test_no_edit_of_a_line_ever_gives_a_traceback() -> None:
    # Deleting or blanking any line must give a PlaybookError or a valid playbook, nothing else.
    lines = DEFAULT_TEXT.splitlines()
    for index in range(0, len(lines), 17):
        for replacement in ([], [lines[index].split(":")[0] + ": "]):
            text = "\n".join(lines[:index] + replacement + lines[index + 1 :])
            try:
                parse_playbook_text(text)
            except PlaybookError:
                pass
