"""Personas: two clinics and the people and systems that work for them.

Clinic A is Maple Street (the default playbook); clinic B is Oak Valley (the same rules under
another name). Tests speak in these terms: "the front desk of clinic A", "the nurse of B".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from careloop.clinics.models import Clinic
from careloop.clinics.service import create_clinic
from careloop.db import Database
from careloop.labels import Role
from careloop.playbook import DEFAULT_PLAYBOOK_PATH
from careloop.staff import service as staff_service


def default_playbook_text() -> str:
    return DEFAULT_PLAYBOOK_PATH.read_text(encoding="utf-8")


def clinic_b_playbook_text() -> str:
    source = default_playbook_text()
    assert "slug: maple-street" in source
    return source.replace("slug: maple-street", "slug: oak-valley").replace(
        "Maple Street Family Medicine", "Oak Valley Pediatrics"
    )


@dataclass
class World:
    clinic_a: Clinic
    clinic_b: Clinic
    keys: dict[str, str] = field(default_factory=dict)
    staff_ids: dict[str, int] = field(default_factory=dict)

    def auth(self, persona: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[persona]}"}


# persona name -> (clinic a role, clinic b role, languages)
STAFF_PERSONAS: dict[str, tuple[Role | None, Role | None, list[str]]] = {
    "front_desk_a": (Role.FRONT_DESK, None, ["en", "es"]),
    "nurse_a": (Role.CLINICAL_TRIAGE, None, ["en"]),
    "provider_a": (Role.PROVIDER, None, ["en"]),
    "billing_a": (Role.BILLING, None, ["en"]),
    "manager_a": (Role.MANAGER, None, ["en"]),
    "front_desk_b": (None, Role.FRONT_DESK, ["en"]),
    "nurse_b": (None, Role.CLINICAL_TRIAGE, ["en", "es"]),
    # A remote receptionist who serves both clinics.
    "floater": (Role.FRONT_DESK, Role.FRONT_DESK, ["en", "es"]),
}


def build_world(database: Database) -> World:
    with database.session() as session:
        clinic_a = create_clinic(session=session, playbook_source=default_playbook_text())
        clinic_b = create_clinic(session=session, playbook_source=clinic_b_playbook_text())
        world = World(clinic_a=clinic_a, clinic_b=clinic_b)
        for persona, (role_a, role_b, languages) in STAFF_PERSONAS.items():
            staff = staff_service.create_staff(
                session=session, name=persona.replace("_", " ").title(),
                email=f"{persona}@staff.example.org", languages=languages,
            )
            if role_a:
                staff_service.add_membership(session=session, staff=staff, clinic_id=clinic_a.id, role=role_a)
            if role_b:
                staff_service.add_membership(session=session, staff=staff, clinic_id=clinic_b.id, role=role_b)
            world.keys[persona] = staff_service.issue_api_key(session=session, staff=staff, label=persona)
            world.staff_ids[persona] = staff.id
        for persona, clinic in (("phones_a", clinic_a), ("phones_b", clinic_b)):
            integration = staff_service.create_integration(session=session, clinic_id=clinic.id, name=f"phone system {persona[-1]}")
            world.keys[persona] = staff_service.issue_api_key(session=session, integration=integration, label=persona)
        session.commit()
        return world
