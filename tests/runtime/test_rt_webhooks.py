"""Svix webhook verification and unwrap_with."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any, Literal, Optional

import pydantic
import pytest

from runtime._webhooks import WebhookVerificationError, sign, unwrap_with, verify

SECRET = "whsec_" + base64.b64encode(b"a-very-secret-webhook-key-0123456").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another-webhook-key").decode()
NOW = 1_700_000_000
BODY = b'{"event_type":"order.updated","connection_id":"conn_1","integration_name":"shiphero","data":{"id":"ord_1"}}'


def svix_signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """Computed independently of the module under test."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers(secret: str = SECRET, *, timestamp: int = NOW, prefix: str = "svix", body: bytes = BODY) -> dict[str, str]:
    return {
        f"{prefix}-id": "msg_123",
        f"{prefix}-timestamp": str(timestamp),
        f"{prefix}-signature": svix_signature(secret, "msg_123", timestamp, body),
    }


def test_good_signature_verifies() -> None:
    verify(BODY, headers(), SECRET, now=NOW)
    verify(BODY.decode(), headers(), SECRET, now=NOW)  # str payloads too


def test_sign_matches_svix() -> None:
    assert sign(BODY, SECRET, msg_id="msg_123", timestamp=NOW) == svix_signature(SECRET, "msg_123", NOW, BODY)


def test_secret_without_prefix_is_accepted() -> None:
    verify(BODY, headers(), SECRET.removeprefix("whsec_"), now=NOW)


def test_header_names_are_case_insensitive_and_webhook_prefix_works() -> None:
    verify(BODY, {k.upper(): v for k, v in headers().items()}, SECRET, now=NOW)
    verify(BODY, headers(prefix="webhook"), SECRET, now=NOW)
    verify(BODY, {k.title(): v for k, v in headers(prefix="webhook").items()}, SECRET, now=NOW)


def test_any_of_several_signatures_may_match() -> None:
    good = headers()
    good["svix-signature"] = " ".join(
        ["v1,AAAA", "v1a,notsupported", "garbage", svix_signature(OTHER_SECRET, "msg_123", NOW, BODY), good["svix-signature"]]
    )
    verify(BODY, good, SECRET, now=NOW)


def test_wrong_secret_fails() -> None:
    with pytest.raises(WebhookVerificationError, match="No matching"):
        verify(BODY, headers(OTHER_SECRET), SECRET, now=NOW)


def test_tampered_body_fails() -> None:
    with pytest.raises(WebhookVerificationError):
        verify(BODY.replace(b"ord_1", b"ord_2"), headers(), SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-301, 301, -10_000, 10_000])
def test_stale_or_future_timestamps_fail(offset: int) -> None:
    with pytest.raises(WebhookVerificationError, match="too"):
        verify(BODY, headers(timestamp=NOW + offset), SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-300, 0, 300])
def test_timestamps_within_tolerance_pass(offset: int) -> None:
    verify(BODY, headers(timestamp=NOW + offset), SECRET, now=NOW)


def test_custom_tolerance() -> None:
    with pytest.raises(WebhookVerificationError):
        verify(BODY, headers(timestamp=NOW - 20), SECRET, now=NOW, tolerance=10)


@pytest.mark.parametrize("missing", ["svix-id", "svix-timestamp", "svix-signature"])
def test_missing_headers_fail(missing: str) -> None:
    hdrs = headers()
    del hdrs[missing]
    with pytest.raises(WebhookVerificationError, match="Missing"):
        verify(BODY, hdrs, SECRET, now=NOW)


def test_bad_timestamp_and_bad_secret() -> None:
    hdrs = headers()
    hdrs["svix-timestamp"] = "yesterday"
    with pytest.raises(WebhookVerificationError, match="timestamp"):
        verify(BODY, hdrs, SECRET, now=NOW)
    with pytest.raises(WebhookVerificationError, match="base64"):
        verify(BODY, headers(), "whsec_not base64!", now=NOW)


class OrderUpdated(pydantic.BaseModel):
    event_type: Literal["order.updated"]
    connection_id: str
    integration_name: str
    data: dict[str, Any]
    previous_attributes: Optional[dict[str, Any]] = None


class ReturnCreated(pydantic.BaseModel):
    event_type: Literal["return.created"]
    data: dict[str, Any]


def test_unwrap_with_validates_into_the_adapter_type() -> None:
    adapter: pydantic.TypeAdapter[OrderUpdated | ReturnCreated] = pydantic.TypeAdapter(
        OrderUpdated | ReturnCreated
    )
    event = unwrap_with(adapter, BODY, headers(), SECRET, now=NOW)
    assert isinstance(event, OrderUpdated) and event.data == {"id": "ord_1"}
    with pytest.raises(WebhookVerificationError):
        unwrap_with(adapter, BODY, headers(OTHER_SECRET), SECRET, now=NOW)


def test_unwrap_with_uses_the_current_time_by_default() -> None:
    import time

    now = int(time.time())
    body = json.dumps({"event_type": "return.created", "data": {}}).encode()
    hdrs = headers(timestamp=now, body=body)
    assert isinstance(unwrap_with(pydantic.TypeAdapter(ReturnCreated), body, hdrs, SECRET), ReturnCreated)
