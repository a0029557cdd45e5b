"""Staff, memberships, integrations and API keys. Only these functions change them."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.db import utcnow
from careloop.labels import CLINICAL_ROLES, Role
from careloop.staff.models import ApiKey, Integration, Membership, Staff

KEY_PREFIX = "cl"
# last_used_at is bookkeeping, not security: writing it on every request would turn every
# read into a write, so it is refreshed at most once a minute per key.
LAST_USED_REFRESH = timedelta(minutes=1)


class StaffError(ValueError):
    """A request about staff that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class Principal:
    """Who is calling: a staff member (with a role per clinic) or an integration of one clinic."""

    actor: str  # "staff:<id>" or "integration:<id>"
    display_name: str
    roles_by_clinic: dict[int, Role] = field(default_factory=dict)
    staff_id: int | None = None
    integration_id: int | None = None
    languages: tuple[str, ...] = ()

    def role_in(self, clinic_id: int) -> Role | None:
        return self.roles_by_clinic.get(clinic_id)

    @property
    def is_person(self) -> bool:
        return self.staff_id is not None

    def is_clinical_in(self, clinic_id: int) -> bool:
        return self.role_in(clinic_id) in CLINICAL_ROLES


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _new_key() -> tuple[str, str]:
    lookup_id = secrets.token_hex(6)
    return f"{KEY_PREFIX}_{lookup_id}_{secrets.token_urlsafe(32)}", lookup_id


# A key chosen by a person (the demo's --api-key) must at least not be trivially short.
MIN_CHOSEN_KEY_LENGTH = 12


def create_staff(
    *,
    session: Session,
    name: str,
    email: str,
    languages: list[str] | None = None,
    working_hours: dict[str, list[str]] | None = None,
    timezone: str = "America/Los_Angeles",
) -> Staff:
    email = email.strip().lower()
    if session.scalar(select(Staff.id).where(Staff.email == email)) is not None:
        raise StaffError(f"a staff member with email {email!r} already exists")
    staff = Staff(
        name=name.strip(),
        email=email,
        languages=sorted(set(languages or ["en"])),
        working_hours=working_hours or {},
        timezone=timezone,
    )
    session.add(staff)
    session.flush()
    return staff


def add_membership(*, session: Session, staff: Staff, clinic_id: int, role: Role | str) -> Membership:
    role = Role(role)
    if role is Role.INTEGRATION:
        raise StaffError("the integration role belongs to integrations, not to people")
    existing = session.scalar(
        select(Membership).where(Membership.staff_id == staff.id, Membership.clinic_id == clinic_id)
    )
    if existing is not None:
        existing.role = role.value
        return existing
    membership = Membership(staff_id=staff.id, clinic_id=clinic_id, role=role.value)
    session.add(membership)
    session.flush()
    return membership


def create_integration(*, session: Session, clinic_id: int, name: str) -> Integration:
    integration = Integration(clinic_id=clinic_id, name=name)
    session.add(integration)
    session.flush()
    return integration


def issue_api_key(
    *,
    session: Session,
    staff: Staff | None = None,
    integration: Integration | None = None,
    label: str = "",
    fixed_key: str | None = None,
) -> str:
    """Create a key and return it in plain text: the only time it is ever visible.

    `fixed_key` lets the demo use a key chosen on the command line; it must have our shape.
    """
    if (staff is None) == (integration is None):
        raise StaffError("a key belongs to exactly one staff member or one integration")
    if fixed_key is not None:
        if len(fixed_key) < MIN_CHOSEN_KEY_LENGTH or any(ch.isspace() for ch in fixed_key) or not fixed_key.isprintable():
            raise StaffError(
                f"an API key must be at least {MIN_CHOSEN_KEY_LENGTH} printable characters without spaces"
            )
        if session.scalar(select(ApiKey.id).where(ApiKey.key_digest == _digest(fixed_key))) is not None:
            raise StaffError("that API key is already in use")
        plain, lookup_id = fixed_key, secrets.token_hex(6)
    else:
        plain, lookup_id = _new_key()
    session.add(
        ApiKey(
            lookup_id=lookup_id,
            key_digest=_digest(plain),
            label=label,
            staff_id=staff.id if staff else None,
            integration_id=integration.id if integration else None,
        )
    )
    session.flush()
    return plain


def revoke_api_key(*, session: Session, lookup_id: str) -> None:
    key = session.scalar(select(ApiKey).where(ApiKey.lookup_id == lookup_id))
    if key is None:
        raise StaffError(f"no API key {lookup_id!r}")
    key.revoked_at = utcnow()
    session.commit()


def authenticate(*, session: Session, plain_key: str) -> Principal | None:
    """The principal for a presented key, or None for an unknown, wrong or revoked key."""
    if not plain_key or len(plain_key) > 512:
        return None
    # The digest is of a high-entropy secret, so finding the row by it leaks nothing useful;
    # a wrong key simply finds no row.
    key = session.scalar(select(ApiKey).where(ApiKey.key_digest == _digest(plain_key)))
    if key is None:
        return None
    if key.revoked_at is not None:
        return None
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_REFRESH:
        key.last_used_at = now
        session.commit()
    if key.staff_id is not None:
        staff = session.get(Staff, key.staff_id)
        if staff is None or not staff.active:
            return None
        roles = {
            m.clinic_id: Role(m.role)
            for m in session.scalars(select(Membership).where(Membership.staff_id == staff.id))
        }
        return Principal(
            actor=f"staff:{staff.id}",
            display_name=staff.name,
            roles_by_clinic=roles,
            staff_id=staff.id,
            languages=tuple(staff.languages or ()),
        )
    integration = session.get(Integration, key.integration_id)
    if integration is None:
        return None
    return Principal(
        actor=f"integration:{integration.id}",
        display_name=integration.name,
        roles_by_clinic={integration.clinic_id: Role.INTEGRATION},
        integration_id=integration.id,
    )
