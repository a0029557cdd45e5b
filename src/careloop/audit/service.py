"""The audit log: every read or change of patient data by a person or integration."""

from __future__ import annotations

from sqlalchemy.orm import Session

from careloop.audit.models import AuditEntry


def record_access(
    *, session: Session, clinic_id: int, actor: str, action: str, resource: str,
    resource_id: str | int | None = None, detail: str | None = None, commit: bool = True,
) -> AuditEntry:
    entry = AuditEntry(
        clinic_id=clinic_id, actor=actor, action=action, resource=resource,
        resource_id=None if resource_id is None else str(resource_id),
        detail=detail[:500] if detail else None,
    )
    session.add(entry)
    if commit:
        session.commit()
    return entry
