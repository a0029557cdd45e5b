"""Signing outbound webhooks, and checking a signature on the receiving side.

Scheme (version 1): the signed text is "<timestamp>.<raw body>", the signature is the hex
HMAC-SHA256 of it under the shared secret, sent as `X-CareLoop-Signature: v1=<hex>` next to
`X-CareLoop-Timestamp: <unix seconds>`. Signing the timestamp together with the body lets a
receiver refuse replays of an old, captured request: it rejects timestamps outside a tolerance.
The "v1=" prefix leaves room for a new scheme, and a header may carry several comma-separated
signatures (e.g. under the old and the new secret while a secret is rotated).
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_VERSION = "v1"
DEFAULT_TOLERANCE_SECONDS = 300


def _as_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def compute_signature(secret: str | bytes, timestamp: int | str, body: bytes) -> str:
    """The header value for a request: "v1=<hex>"."""
    signed = str(timestamp).encode("ascii") + b"." + body
    digest = hmac.new(_as_bytes(secret), signed, hashlib.sha256).hexdigest()
    return f"{SIGNATURE_VERSION}={digest}"


def verify_signature(
    secret: str | bytes,
    timestamp: str | int | None,
    body: bytes,
    signature: str | None,
    tolerance: float = DEFAULT_TOLERANCE_SECONDS,
    *,
    now: float | None = None,
) -> bool:
    """True when `signature` (the X-CareLoop-Signature header) signs `body` at `timestamp` under
    `secret`, and the timestamp is within `tolerance` seconds of now (either side: clocks drift).

    For receivers. Pass the raw request body exactly as received: re-serialized JSON would not
    match. Comparison is constant-time so the check leaks nothing about the expected value.
    """
    if not secret or timestamp is None or not signature:
        return False
    try:
        sent_at = int(str(timestamp).strip())
    except ValueError:
        return False
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance:
        return False
    expected = compute_signature(secret, sent_at, body)
    # Check every offered signature without stopping early, so timing does not reveal which
    # (if any) matched.
    matched = False
    for candidate in signature.split(","):
        matched |= hmac.compare_digest(candidate.strip().encode(), expected.encode())
    return matched
