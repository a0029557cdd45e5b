"""Triage corrections as training data: every time a person corrected a case's labels, the
words the patient wrote with the labels the person chose, in the labelled-set format of
triage-labels.md (JSON Lines: id, channel, text, category, urgency, language). Read-only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.cases.models import CaseEvent
from careloop.intake.models import Contact


def export_corrections(*, session: Session, clinic_id: int) -> list[dict[str, Any]]:
    """One example per correction, labelled with the corrected values, oldest first.

    The text is the case's first inbound contact: the message triage labelled. A case
    corrected twice yields its final labels once (the latest correction is the person's
    considered answer)."""
    latest_by_case: dict[int, CaseEvent] = {}
    for event in session.scalars(
        select(CaseEvent)
        .where(CaseEvent.clinic_id == clinic_id, CaseEvent.kind == "labels_corrected")
        .order_by(CaseEvent.id)
    ):
        latest_by_case[event.case_id] = event
    examples = []
    for case_id, event in sorted(latest_by_case.items(), key=lambda item: item[1].id):
        first = session.scalar(
            select(Contact).where(Contact.case_id == case_id, Contact.direction == "inbound")
            .order_by(Contact.received_at, Contact.id).limit(1)
        )
        if first is None:
            continue
        after = event.data.get("after", {})
        examples.append({
            "id": f"correction-{event.id}",
            "channel": first.channel,
            "text": first.text,
            "category": after.get("category"),
            "urgency": after.get("urgency"),
            "language": after.get("language"),
            "corrected_by": event.actor,
            "corrected_at": event.at.isoformat(),
            "before": event.data.get("before", {}),
        })
    return examples
