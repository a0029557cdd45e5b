from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from careloop.db import Base, IdType, UTCDateTime, utcnow


class Patient(Base):
    __tablename__ = "patients"
    __table_args__ = (
        # An MRN identifies one chart within a clinic.
        UniqueConstraint("clinic_id", "mrn"),
        Index("ix_patients_clinic_email", "clinic_id", "email"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    mrn: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(254))
    preferred_language: Mapped[str | None] = mapped_column(String(2))
    # The number and window the patient wants to be called back on (callbacks use these).
    callback_phone: Mapped[str | None] = mapped_column(String(20))
    callback_preference: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    phones: Mapped[list[PatientPhone]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="PatientPhone.id"
    )

    @property
    def display_name(self) -> str:
        name = " ".join(part for part in (self.first_name, self.last_name) if part)
        return name or f"Unidentified patient #{self.id}"


class PatientPhone(Base):
    """Phone numbers in E.164. Families share numbers, so a number may belong to several
    patients of one clinic; intake treats that as ambiguous rather than guessing."""

    __tablename__ = "patient_phones"
    __table_args__ = (
        UniqueConstraint("patient_id", "e164"),
        Index("ix_patient_phones_clinic_e164", "clinic_id", "e164"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"))
    e164: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(16), default="mobile")

    patient: Mapped[Patient] = relationship(back_populates="phones")
