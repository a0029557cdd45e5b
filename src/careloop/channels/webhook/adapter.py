"""The signed outbound webhook: POST each message as JSON to the clinic's receiver.

The receiver (the clinic's SMS gateway, email relay, portal or integration engine) does the
last hop to the patient. What it can rely on:

- `X-CareLoop-Delivery: <outbox id>` is the same on every attempt of one message: a receiver
  that stores it can drop a repeat (we resend when a worker crashed between sending and
  recording the result, or a receiver answered too slowly);
- `X-CareLoop-Timestamp` + `X-CareLoop-Signature` prove the request came from CareLoop and is
  recent (see `signing.verify_signature`).

Response classes: 2xx sent; 408, 429 and 5xx, timeouts and connection errors are worth a retry;
any other 4xx means the receiver refuses this request as such and will keep refusing it
(dead at once, for a person to look at); anything else (1xx, 3xx — redirects are not followed)
is treated as retryable, since nothing says it cannot succeed later.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping

import httpx

from careloop.channels.outbound import (
    ChannelNotConfigured,
    DeliveryResult,
    OutgoingMessage,
)
from careloop.channels.webhook.signing import compute_signature

DEFAULT_TIMEOUT_SECONDS = 10.0
RETRYABLE_CLIENT_ERRORS = frozenset({408, 429})
USER_AGENT = "CareLoop-Webhook/1"
# Keep what we store about a failure short: it ends up in last_error and the case log.
MAX_DETAIL = 300


class WebhookChannel:
    """One receiver URL and secret. Thread-safe (httpx.Client is); reuse it to keep connections."""

    def __init__(
        self,
        url: str,
        secret: str,
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not secret:
            raise ChannelNotConfigured("the webhook signing secret is empty")
        self.url = url
        self._secret = secret
        self._clock = clock
        self.timeout = timeout
        # A total deadline per request would need a watchdog thread; httpx applies the timeout
        # to connect, each read, each write and pool wait, which bounds a stuck receiver.
        self._client = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False,
                                    transport=transport, headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self._client.close()

    def payload(self, message: OutgoingMessage) -> bytes:
        document = {
            "type": "patient_message",
            "delivery_id": str(message.id),
            "attempt": message.attempt,
            "clinic": message.clinic,
            "case_id": message.case_id,
            "channel": message.channel,
            "recipient": message.recipient,
            "language": message.language,
            "template": message.template,
            "body": message.body,
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")

    def send(self, message: OutgoingMessage) -> DeliveryResult:
        body = self.payload(message)
        # Real wall-clock time, not the worker's logical "now": the receiver compares it with
        # its own clock to refuse stale (replayed) requests.
        timestamp = str(int(self._clock()))
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "X-CareLoop-Delivery": str(message.id),
            "X-CareLoop-Timestamp": timestamp,
            "X-CareLoop-Signature": compute_signature(self._secret, timestamp, body),
        }
        try:
            response = self._client.post(self.url, content=body, headers=headers)
        except httpx.TimeoutException:
            return DeliveryResult.retry(f"no answer from the webhook within {self.timeout:g}s")
        except httpx.TransportError as error:
            return DeliveryResult.retry(_short(f"could not reach the webhook: {type(error).__name__}: {error}"))
        return classify_response(response)


def classify_response(response: httpx.Response) -> DeliveryResult:
    code = response.status_code
    if 200 <= code < 300:
        return DeliveryResult.sent(f"HTTP {code}", status_code=code)
    detail = _short(f"webhook answered HTTP {code}: {response.text.strip()}".rstrip(": "))
    if code in RETRYABLE_CLIENT_ERRORS or code >= 500:
        return DeliveryResult.retry(detail, status_code=code,
                                    retry_after_seconds=_retry_after(response.headers.get("Retry-After")))
    if 400 <= code < 500:
        return DeliveryResult.permanent(detail, status_code=code)
    return DeliveryResult.retry(detail, status_code=code)


def _retry_after(value: str | None) -> float | None:
    # Only the delay-seconds form; an HTTP date is rare from webhooks and our backoff is a
    # fine fallback.
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def _short(text: str) -> str:
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def webhook_channel_from_settings(
    url: str | None,
    secret_env: str | None,
    *,
    environ: Mapping[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> WebhookChannel:
    """Build the channel from a playbook's `outbound.webhook` (the secret's env var NAME)."""
    if not url:
        raise ChannelNotConfigured("no outbound channel configured (the playbook's outbound.webhook.url is empty)")
    if not secret_env:
        raise ChannelNotConfigured("the playbook's outbound.webhook.secret_env is empty")
    secret = (os.environ if environ is None else environ).get(secret_env, "")
    if not secret:
        raise ChannelNotConfigured(
            f"the webhook signing secret is missing: set the environment variable {secret_env} for the worker"
        )
    return WebhookChannel(url, secret, timeout=timeout)
