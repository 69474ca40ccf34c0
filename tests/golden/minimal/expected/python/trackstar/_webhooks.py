"""Svix webhook verification: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the endpoint secret."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from typing import Mapping, TypeVar

import pydantic

from ._exceptions import WebhookVerificationError

__all__ = ["WebhookVerificationError", "DEFAULT_TOLERANCE", "verify", "sign", "unwrap_with"]

E = TypeVar("E")

DEFAULT_TOLERANCE = 300  # seconds, in both directions, against replays and skewed clocks
_SECRET_PREFIX = "whsec_"
# Svix's own names first; the Standard Webhooks names are the same scheme.
_HEADER_SETS = (
    ("svix-id", "svix-timestamp", "svix-signature"),
    ("webhook-id", "webhook-timestamp", "webhook-signature"),
)


def _secret_key(secret: str) -> bytes:
    encoded = secret[len(_SECRET_PREFIX) :] if secret.startswith(_SECRET_PREFIX) else secret
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WebhookVerificationError("The webhook secret is not valid base64 (expected 'whsec_...').") from exc


def _as_bytes(payload: bytes | str) -> bytes:
    return payload.encode() if isinstance(payload, str) else payload


def _signature(key: bytes, msg_id: str, timestamp: str, payload: bytes) -> bytes:
    return hmac.new(key, f"{msg_id}.{timestamp}.".encode() + payload, hashlib.sha256).digest()


def sign(payload: bytes | str, secret: str, *, msg_id: str, timestamp: int) -> str:
    """The `v1,<base64>` signature Svix would send (handy for testing your webhook handler)."""
    digest = _signature(_secret_key(secret), msg_id, str(timestamp), _as_bytes(payload))
    return "v1," + base64.b64encode(digest).decode()


def verify(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise WebhookVerificationError unless the payload is signed with `secret` and is fresh.

    Pass the raw request body exactly as received: re-serialised JSON will not verify.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    for id_name, ts_name, sig_name in _HEADER_SETS:
        if id_name in lowered:
            msg_id, timestamp, signatures = lowered.get(id_name), lowered.get(ts_name), lowered.get(sig_name)
            break
    else:
        msg_id = timestamp = signatures = None
    if not msg_id or not timestamp or not signatures:
        raise WebhookVerificationError("Missing svix-id, svix-timestamp or svix-signature header.")

    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookVerificationError("Invalid webhook timestamp header.") from None
    current = time.time() if now is None else now
    if sent_at < current - tolerance:
        raise WebhookVerificationError("Webhook timestamp is too old.")
    if sent_at > current + tolerance:
        raise WebhookVerificationError("Webhook timestamp is too far in the future.")

    expected = _signature(_secret_key(secret), msg_id, timestamp, _as_bytes(payload))
    # The header may carry several space-separated signatures (secret rotation); any v1 match is enough.
    for entry in signatures.split():
        version, _, encoded = entry.partition(",")
        if version != "v1":
            continue
        try:
            candidate = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
        if hmac.compare_digest(expected, candidate):
            return
    raise WebhookVerificationError("No matching webhook signature found.")


def unwrap_with(
    adapter: pydantic.TypeAdapter[E],
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> E:
    """Verify the webhook, then validate its JSON body into the adapter's type (e.g. an event union)."""
    verify(payload, headers, secret, tolerance=tolerance, now=now)
    return adapter.validate_json(payload)
