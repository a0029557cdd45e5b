"""Shared by the triage tests: which red-flag rules a message leaves active."""

from __future__ import annotations

from careloop.triage.redflags import detect_red_flags


def active_rules(text: str) -> set[str]:
    return {flag.rule for flag in detect_red_flags(text).active}
