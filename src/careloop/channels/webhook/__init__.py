"""Signed outbound webhook: the first outbound channel. Self-contained: no business logic, and
it never imports `careloop.cases` (see design: channels)."""

from careloop.channels.webhook.adapter import (
    WebhookChannel,
    classify_response,
    webhook_channel_from_settings,
)
from careloop.channels.webhook.signing import (
    DEFAULT_TOLERANCE_SECONDS,
    compute_signature,
    verify_signature,
)

__all__ = [
    "DEFAULT_TOLERANCE_SECONDS",
    "WebhookChannel",
    "classify_response",
    "compute_signature",
    "verify_signature",
    "webhook_channel_from_settings",
]
