"""Triage: every inbound patient contact gets a category, an urgency and a language.

    from careloop.triage import triage
    result = triage("no puedo respirar", channel="sms")
    result.urgency  # Urgency.EMERGENCY

Pure function; models and lexicons load once, at first import.
"""

from careloop.triage.engine import Triage, triage
from careloop.triage.redflags import RedFlag

__all__ = ["RedFlag", "Triage", "triage"]
