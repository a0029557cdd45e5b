"""Clinics (tenants) and their playbooks."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.clinics.models import Clinic
from careloop.playbook import Playbook, parse_playbook_text


class ClinicError(ValueError):
    """A clinic request that cannot be carried out; the message says why."""


@lru_cache(maxsize=256)
def _parse_cached(source_digest: str, source: str, label: str) -> Playbook:
    # Keyed by digest so an edited playbook is parsed again and an unchanged one never is.
    return parse_playbook_text(source, source=label)


def playbook_for(clinic: Clinic) -> Playbook:
    digest = hashlib.sha256(clinic.playbook_source.encode()).hexdigest()
    return _parse_cached(digest, clinic.playbook_source, f"playbook of clinic {clinic.slug}")


def create_clinic(*, session: Session, playbook_source: str, source_name: str = "playbook") -> Clinic:
    """Create a clinic from its playbook text (validated first: a wrong playbook stores nothing)."""
    playbook = parse_playbook_text(playbook_source, source=source_name)
    slug = playbook.clinic.slug
    if session.scalar(select(Clinic.id).where(Clinic.slug == slug)) is not None:
        raise ClinicError(f"a clinic with slug {slug!r} already exists")
    clinic = Clinic(
        slug=slug,
        name=playbook.clinic.name,
        timezone=playbook.clinic.timezone,
        playbook_source=playbook_source,
    )
    session.add(clinic)
    session.flush()
    return clinic


def update_playbook(*, session: Session, clinic: Clinic, playbook_source: str) -> Clinic:
    playbook = parse_playbook_text(playbook_source, source=f"playbook of clinic {clinic.slug}")
    if playbook.clinic.slug != clinic.slug:
        raise ClinicError(
            f"the playbook is for clinic {playbook.clinic.slug!r}, not {clinic.slug!r}"
        )
    clinic.playbook_source = playbook_source
    clinic.name = playbook.clinic.name
    clinic.timezone = playbook.clinic.timezone
    session.flush()
    return clinic


def get_clinic_by_slug(*, session: Session, slug: str) -> Clinic | None:
    return session.scalar(select(Clinic).where(Clinic.slug == slug))
