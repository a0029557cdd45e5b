"""The clinic playbook: one YAML file per clinic that says who owns what and how fast patients
hear back — channels, categories, response standards, escalation, hours, templates, callbacks and
phrase guidance. A practice manager edits it; `careloop playbook check FILE` validates it.
"""

from .errors import PlaybookError, PlaybookIssue, TemplateRenderError
from .fields import Duration, ResponseStandard, TimeRange, WeeklyHours
from .loader import (
    DEFAULT_PLAYBOOK_PATH,
    load_default_playbook,
    load_playbook,
    parse_playbook_text,
)
from .model import DueTimes, Playbook
from .phrases import PhraseViolation
from .schema import (
    CategoryRule,
    ChannelRule,
    ClinicSection,
    EscalationStep,
    UrgencyRule,
)
from .templates import CLINIC_PLACEHOLDERS, KNOWN_PLACEHOLDERS, Template

__all__ = [
    "CLINIC_PLACEHOLDERS",
    "DEFAULT_PLAYBOOK_PATH",
    "KNOWN_PLACEHOLDERS",
    "CategoryRule",
    "ChannelRule",
    "ClinicSection",
    "DueTimes",
    "Duration",
    "EscalationStep",
    "PhraseViolation",
    "Playbook",
    "PlaybookError",
    "PlaybookIssue",
    "ResponseStandard",
    "Template",
    "TemplateRenderError",
    "TimeRange",
    "UrgencyRule",
    "WeeklyHours",
    "load_default_playbook",
    "load_playbook",
    "parse_playbook_text",
]
