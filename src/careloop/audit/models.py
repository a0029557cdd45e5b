from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from careloop.db import Base, IdType, UTCDateTime, utcnow


class AuditEntry(Base):
    """Every read or change of patient data by a person or integration (invariant 6)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_clinic_at", "clinic_id", "at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(48))
    action: Mapped[str] = mapped_column(String(16))  # read | create | update
    resource: Mapped[str] = mapped_column(String(32))  # case | cases | patient | contact
    resource_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(String(500))
