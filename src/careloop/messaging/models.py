from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from careloop.db import Base, IdType, UTCDateTime, utcnow


class OutboxStatus(StrEnum):
    PENDING = "pending"
    # Claimed by a worker until `leased_until`; a crashed worker's lease simply runs out.
    SENDING = "sending"
    SENT = "sent"
    # Retries exhausted: shown to staff, never retried silently.
    DEAD = "dead"


class OutboxMessage(Base):
    """A patient-facing message written in the same transaction as the case change that caused
    it (transactional outbox): if the case change commits, the message will be delivered; if it
    rolls back, no message exists."""

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_delivery", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(2))
    # The approved template it came from, or "free_text" for a staff reply that passed guidance.
    template: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
