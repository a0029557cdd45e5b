"""The outbound channel interface: what the delivery worker hands an adapter, and what it gets back.

Adapters (one folder per channel under `careloop.channels`) implement `OutboundChannel` and know
nothing about cases, queues or the outbox table: the worker turns an outbox row into a plain
`OutgoingMessage`, and turns the `DeliveryResult` back into row state. That keeps every
adapter testable on its own and keeps business rules out of them (design: channels never import
cases).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class OutgoingMessage:
    """One patient-facing message, as the adapter needs it. `id` is the outbox id: adapters pass
    it to the receiver as an idempotency key, so a resend after a crash can be dropped there."""

    id: int
    clinic: str  # the clinic's slug
    case_id: int
    channel: str  # the patient's channel: sms, email, portal…
    recipient: str
    language: str
    template: str
    body: str
    attempt: int = 1


class DeliveryOutcome(StrEnum):
    SENT = "sent"
    # Worth trying again later: the receiver was down, slow, overloaded or asked us to wait.
    RETRY = "retry"
    # Will never succeed as sent (the receiver refused the request itself): dead at once.
    PERMANENT = "permanent"


@dataclass(frozen=True)
class DeliveryResult:
    outcome: DeliveryOutcome
    detail: str = ""
    status_code: int | None = None
    # The receiver's Retry-After, in seconds, when it gave one.
    retry_after_seconds: float | None = None

    @classmethod
    def sent(cls, detail: str = "", status_code: int | None = None) -> DeliveryResult:
        return cls(DeliveryOutcome.SENT, detail, status_code)

    @classmethod
    def retry(cls, detail: str, status_code: int | None = None,
              retry_after_seconds: float | None = None) -> DeliveryResult:
        return cls(DeliveryOutcome.RETRY, detail, status_code, retry_after_seconds)

    @classmethod
    def permanent(cls, detail: str, status_code: int | None = None) -> DeliveryResult:
        return cls(DeliveryOutcome.PERMANENT, detail, status_code)


@runtime_checkable
class OutboundChannel(Protocol):
    """Sends one message. Must not raise for delivery problems (report them in the result);
    must be safe to call from several threads at once."""

    def send(self, message: OutgoingMessage) -> DeliveryResult: ...


class ChannelNotConfigured(Exception):
    """The clinic has no usable outbound channel (no URL, or its secret is missing on this
    machine). Not the message's fault: the worker keeps it pending and says why."""
