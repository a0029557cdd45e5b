"""Finding the patient a contact is about, or registering a new one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from careloop.patients.models import Patient, PatientPhone


@dataclass(frozen=True)
class PatientDetails:
    first_name: str | None = None
    last_name: str | None = None
    date_of_birth: date | None = None
    mrn: str | None = None
    phone: str | None = None  # E.164, already validated
    email: str | None = None  # lower-cased, already validated
    preferred_language: str | None = None
    callback_phone: str | None = None
    callback_preference: str | None = None


@dataclass(frozen=True)
class PatientMatch:
    patient: Patient | None
    how: str  # "mrn_and_dob", "email", "phone", "created", "ambiguous"
    candidate_ids: tuple[int, ...] = ()


def _narrow(candidates: list[Patient], details: PatientDetails) -> list[Patient]:
    """Among patients sharing an address (a family phone), keep those whose date of birth and
    first name agree with what the contact says, when it says anything."""
    narrowed = candidates
    if details.date_of_birth is not None:
        narrowed = [p for p in narrowed if p.date_of_birth in (None, details.date_of_birth)]
    if details.first_name:
        wanted = details.first_name.strip().casefold()
        narrowed = [p for p in narrowed if not p.first_name or p.first_name.casefold() == wanted]
    return narrowed


def match_or_create_patient(
    *, session: Session, clinic_id: int, details: PatientDetails
) -> PatientMatch:
    """Match by MRN + date of birth, then email, then phone; register a new patient when nothing
    matches. Two or more equally good matches are reported as ambiguous, never guessed: filing a
    message in the wrong chart is worse than asking staff to pick."""
    if details.mrn and details.date_of_birth:
        by_mrn = session.scalar(
            select(Patient).where(Patient.clinic_id == clinic_id, Patient.mrn == details.mrn)
        )
        # An MRN with the wrong date of birth is a typo or someone else's number: no match on it.
        if by_mrn is not None and by_mrn.date_of_birth == details.date_of_birth:
            _fill_missing(session, by_mrn, details)
            return PatientMatch(by_mrn, "mrn_and_dob")

    lookups: list[tuple[str, list[Patient]]] = []
    if details.email:
        lookups.append(
            (
                "email",
                list(
                    session.scalars(
                        select(Patient).where(
                            Patient.clinic_id == clinic_id, Patient.email == details.email
                        )
                    )
                ),
            )
        )
    if details.phone:
        lookups.append(
            (
                "phone",
                list(
                    session.scalars(
                        select(Patient)
                        .join(PatientPhone, PatientPhone.patient_id == Patient.id)
                        .where(PatientPhone.clinic_id == clinic_id, PatientPhone.e164 == details.phone)
                        .distinct()
                    )
                ),
            )
        )
    for how, candidates in lookups:
        if not candidates:
            continue
        narrowed = _narrow(candidates, details)
        if len(narrowed) == 1:
            _fill_missing(session, narrowed[0], details)
            return PatientMatch(narrowed[0], how)
        if len(narrowed) > 1:
            return PatientMatch(None, "ambiguous", tuple(sorted(p.id for p in narrowed)))

    if details.mrn and session.scalar(
        select(Patient.id).where(Patient.clinic_id == clinic_id, Patient.mrn == details.mrn)
    ):
        # The MRN exists but nothing else confirms who this is: don't create a duplicate chart
        # with the same MRN, and don't attach to the existing one either.
        candidates = tuple(
            session.scalars(
                select(Patient.id).where(Patient.clinic_id == clinic_id, Patient.mrn == details.mrn)
            )
        )
        return PatientMatch(None, "ambiguous", candidates)

    patient = Patient(
        clinic_id=clinic_id,
        first_name=details.first_name,
        last_name=details.last_name,
        date_of_birth=details.date_of_birth,
        mrn=details.mrn,
        email=details.email,
        preferred_language=details.preferred_language,
        callback_phone=details.callback_phone or details.phone,
        callback_preference=details.callback_preference,
    )
    session.add(patient)
    session.flush()
    if details.phone:
        session.add(PatientPhone(clinic_id=clinic_id, patient_id=patient.id, e164=details.phone))
        session.flush()
    return PatientMatch(patient, "created")


def _fill_missing(session: Session, patient: Patient, details: PatientDetails) -> None:
    """Learn what the chart lacked (never overwrite what staff already recorded)."""
    for name in ("first_name", "last_name", "date_of_birth", "email", "preferred_language",
                 "callback_preference"):
        if getattr(patient, name) is None and getattr(details, name) is not None:
            setattr(patient, name, getattr(details, name))
    if patient.callback_phone is None and (details.callback_phone or details.phone):
        patient.callback_phone = details.callback_phone or details.phone
    if details.phone and details.phone not in {p.e164 for p in patient.phones}:
        session.add(PatientPhone(clinic_id=patient.clinic_id, patient_id=patient.id, e164=details.phone))
    session.flush()
