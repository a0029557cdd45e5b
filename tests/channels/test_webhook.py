"""The signed outbound webhook, against a real HTTP receiver on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from careloop.channels.outbound import (
    ChannelNotConfigured,
    DeliveryOutcome,
    OutboundChannel,
    OutgoingMessage,
)
from careloop.channels.webhook import (
    WebhookChannel,
    compute_signature,
    verify_signature,
    webhook_channel_from_settings,
)
from tests.channels.receiver import DROP, HANG, Receiver, free_port

SECRET = "whsec_test_0123456789abcdef"
MESSAGE = OutgoingMessage(id=42, clinic="maple-street", case_id=7, channel="sms", recipient="+14155238886",
                          language="es", template="first_response.refill_request",
                          body="Hola, recibimos su mensaje — le responderemos pronto.", attempt=1)


def test_a_sent_message_is_signed_and_the_receiver_can_verify_it(receiver: Receiver) -> None:
    channel = WebhookChannel(receiver.url, SECRET)
    assert isinstance(channel, OutboundChannel)

    result = channel.send(MESSAGE)

    assert result.outcome is DeliveryOutcome.SENT and result.status_code == 200
    [request] = receiver.requests
    headers = request.headers
    assert headers["x-careloop-delivery"] == "42"
    assert headers["content-type"].startswith("application/json")
    assert headers["x-careloop-signature"].startswith("v1=")
    assert verify_signature(SECRET, headers["x-careloop-timestamp"], request.body, headers["x-careloop-signature"])
    document = json.loads(request.body)
    assert document["delivery_id"] == "42" and document["recipient"] == "+14155238886"
    assert document["body"] == MESSAGE.body  # UTF-8 kept as is, not escaped
    # Anything else must not verify: another secret, a changed body, a changed timestamp.
    assert not verify_signature("other", headers["x-careloop-timestamp"], request.body, headers["x-careloop-signature"])
    assert not verify_signature(SECRET, headers["x-careloop-timestamp"], request.body + b" ", headers["x-careloop-signature"])
    assert not verify_signature(SECRET, str(int(headers["x-careloop-timestamp"]) + 1), request.body,
                                headers["x-careloop-signature"])


def test_verify_signature_rejects_stale_and_malformed_input() -> None:
    body = b'{"a":1}'
    now = 1_800_000_000
    good = compute_signature(SECRET, now, body)
    assert verify_signature(SECRET, str(now), body, good, now=now + 299)
    assert not verify_signature(SECRET, str(now), body, good, now=now + 301)  # replayed later
    assert not verify_signature(SECRET, str(now), body, good, now=now - 301)  # from the future
    assert verify_signature(SECRET, str(now), body, good, tolerance=600, now=now + 500)
    assert not verify_signature(SECRET, "yesterday", body, good, now=now)
    assert not verify_signature(SECRET, None, body, good, now=now)
    assert not verify_signature(SECRET, str(now), body, None, now=now)
    assert not verify_signature(SECRET, str(now), body, good.replace("v1=", "v0="), now=now)
    assert not verify_signature("", str(now), body, good, now=now)
    # During a secret rotation a header may carry several signatures; one valid one suffices.
    assert verify_signature(SECRET, str(now), body, f"{compute_signature('old', now, body)}, {good}", now=now)


@pytest.mark.parametrize(
    ("behaviour", "outcome"),
    [
        (204, DeliveryOutcome.SENT),
        (400, DeliveryOutcome.PERMANENT),
        (404, DeliveryOutcome.PERMANENT),
        (408, DeliveryOutcome.RETRY),
        (429, DeliveryOutcome.RETRY),
        (500, DeliveryOutcome.RETRY),
        (503, DeliveryOutcome.RETRY),
        (DROP, DeliveryOutcome.RETRY),
    ],
)
def test_responses_are_classified(receiver: Receiver, behaviour: int | str, outcome: DeliveryOutcome) -> None:
    receiver.script(behaviour)
    result = WebhookChannel(receiver.url, SECRET).send(MESSAGE)
    assert result.outcome is outcome, result
    if behaviour == 429:
        assert result.retry_after_seconds == 120
    if outcome is not DeliveryOutcome.SENT:
        assert result.detail


def test_a_receiver_that_hangs_past_the_timeout_is_a_retry(receiver: Receiver) -> None:
    receiver.script(HANG)
    started = time.perf_counter()
    result = WebhookChannel(receiver.url, SECRET, timeout=0.2).send(MESSAGE)
    assert result.outcome is DeliveryOutcome.RETRY and "0.2s" in result.detail
    assert time.perf_counter() - started < 0.9


def test_a_receiver_that_is_down_is_a_retry() -> None:
    result = WebhookChannel(f"http://127.0.0.1:{free_port()}/hook", SECRET, timeout=0.5).send(MESSAGE)
    assert result.outcome is DeliveryOutcome.RETRY and "could not reach" in result.detail


def test_settings_name_what_is_missing() -> None:
    with pytest.raises(ChannelNotConfigured, match="no outbound channel configured"):
        webhook_channel_from_settings(None, "CARELOOP_WEBHOOK_SECRET", environ={})
    with pytest.raises(ChannelNotConfigured, match="CARELOOP_WEBHOOK_SECRET"):
        webhook_channel_from_settings("https://hooks.example.org/x", "CARELOOP_WEBHOOK_SECRET", environ={})
    channel = webhook_channel_from_settings("https://hooks.example.org/x", "HOOK_SECRET", environ={"HOOK_SECRET": "s"})
    assert channel.url == "https://hooks.example.org/x"
    channel.close()


def test_the_adapter_does_not_import_cases() -> None:
    # Design rule: channel adapters carry no business logic and never import cases.
    code = ("import sys, careloop.channels.webhook; "
            "bad = sorted(m for m in sys.modules if m.startswith(('careloop.cases', 'careloop.messaging'))); "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
