"""Svix webhook verification, unwrap_with and unwrap_event: signatures, tolerance, unknown event
types, and every common kind of request headers (each built by its real library, most of them
by serving a real request)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any, Literal, Optional

import pydantic
import pytest

from runtime._exceptions import TrackstarError, UnknownWebhookEventError
from runtime._webhooks import WebhookVerificationError, sign, unwrap_event, unwrap_with, verify

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


EVENTS: dict[str, type[OrderUpdated | ReturnCreated]] = {"order.updated": OrderUpdated, "return.created": ReturnCreated}


def test_unwrap_event_parses_into_the_model_of_its_event_type() -> None:
    event = unwrap_event(BODY, headers(), SECRET, EVENTS, now=NOW)
    assert isinstance(event, OrderUpdated) and event.connection_id == "conn_1"


def test_an_unknown_event_type_raises_its_own_error_carrying_the_type() -> None:
    body = b'{"event_type":"invoice.paid","data":{}}'
    with pytest.raises(UnknownWebhookEventError) as info:
        unwrap_event(body, headers(body=body), SECRET, EVENTS, now=NOW)
    error = info.value
    assert isinstance(error, TrackstarError) and isinstance(error, ValueError)
    assert not isinstance(error, pydantic.ValidationError)
    assert (error.event_type, error.payload, error.known) == ("invoice.paid", body, ("order.updated", "return.created"))
    assert "'invoice.paid'" in str(error) and "upgrade the SDK" in str(error)


def test_the_signature_is_checked_before_the_event_type() -> None:
    body = b'{"event_type":"invoice.paid"}'
    with pytest.raises(WebhookVerificationError):
        unwrap_event(body, headers(OTHER_SECRET, body=body), SECRET, EVENTS, now=NOW)


def test_a_body_that_does_not_fit_its_model_is_a_validation_error() -> None:
    body = b'{"event_type":"order.updated","data":{}}'
    with pytest.raises(pydantic.ValidationError):
        unwrap_event(body, headers(body=body), SECRET, EVENTS, now=NOW)


@pytest.mark.parametrize(("offset", "tolerance", "ok"), [(-20, 10, False), (20, 10, False), (-20, 30, True), (-400, 600, True)])
def test_unwrap_takes_a_tolerance_like_verify(offset: int, tolerance: int, ok: bool) -> None:
    hdrs = headers(timestamp=NOW + offset)
    for unwrap in (
        lambda: unwrap_event(BODY, hdrs, SECRET, EVENTS, tolerance=tolerance, now=NOW),
        lambda: unwrap_with(pydantic.TypeAdapter(OrderUpdated), BODY, hdrs, SECRET, tolerance=tolerance, now=NOW),
    ):
        if ok:
            assert isinstance(unwrap(), OrderUpdated)
        else:
            with pytest.raises(WebhookVerificationError, match="too"):
                unwrap()


# -- every kind of headers object ----------------------------------------------------------


def _wire_headers() -> list[tuple[str, str]]:
    """The Svix headers with the capitalisation a proxy might send."""
    return [(name.title(), value) for name, value in headers().items()]


def _stdlib_message() -> Any:
    import email.message

    message = email.message.Message()
    for name, value in _wire_headers():
        message[name] = value
    return message


def _stdlib_http_message_from_a_real_request() -> Any:
    """`self.headers` of a real `http.server` handler (an `http.client.HTTPMessage`)."""
    import http.client
    import http.server
    import threading

    import httpx

    received: list[Any] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["content-length"]))
            received.append(self.headers)
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        httpx.post(f"http://127.0.0.1:{server.server_port}/hook", content=BODY, headers=_wire_headers())
    finally:
        server.shutdown()
        server.server_close()
    assert isinstance(received[0], http.client.HTTPMessage)
    return received[0]


def _werkzeug_headers_from_a_real_request() -> Any:
    """`request.headers` inside a WSGI app (what Flask hands a view), via werkzeug's test client."""
    from werkzeug.test import Client
    from werkzeug.wrappers import Request, Response

    received: list[Any] = []

    @Request.application
    def app(request: Request) -> Response:
        verify(request.get_data(), request.headers, SECRET, now=NOW)  # verified inside the app too
        received.append(request.headers)
        return Response(status=204)

    response = Client(app).post("/hook", data=BODY, headers=_wire_headers())
    assert response.status_code == 204
    return received[0]


def _flask_headers_from_a_real_request() -> Any:
    """`flask.request.headers` inside a Flask view, via Flask's test client."""
    from flask import Flask, request

    app = Flask("webhook_receiver")
    received: list[Any] = []

    @app.post("/hook")
    def hook() -> tuple[str, int]:
        event = unwrap_event(request.get_data(), request.headers, SECRET, EVENTS, now=NOW)
        received.append(request.headers)
        return event.event_type, 200

    response = app.test_client().post("/hook", data=BODY, headers=_wire_headers())
    assert (response.status_code, response.text) == (200, "order.updated")
    return received[0]


def _starlette_headers_from_a_real_request() -> Any:
    """`request.headers` inside a starlette (FastAPI) endpoint, via its TestClient."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a deprecation notice: it would rather use httpx2; httpx works
        from starlette.testclient import TestClient

    received: list[Any] = []

    async def hook(request: Request) -> Response:
        event = unwrap_event(await request.body(), request.headers, SECRET, EVENTS, now=NOW)
        received.append(request.headers)
        return Response(event.event_type)

    with TestClient(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as client:
        response = client.post("/hook", content=BODY, headers=dict(_wire_headers()))
    assert response.text == "order.updated"
    return received[0]


def _django_request_headers() -> Any:
    """`request.headers` of a Django request built by its RequestFactory (an `HttpHeaders`)."""
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(ALLOWED_HOSTS=["testserver"], USE_TZ=True)
        django.setup()
    from django.http.request import HttpHeaders
    from django.test import RequestFactory

    request = RequestFactory().post("/hook", data=BODY, content_type="application/json", headers=dict(_wire_headers()))
    assert isinstance(request.headers, HttpHeaders) and request.body == BODY
    return request.headers


def _httpx_headers() -> Any:
    import httpx

    return httpx.Headers(_wire_headers())


def _mapping_proxy() -> Any:
    from types import MappingProxyType

    return MappingProxyType(dict(_wire_headers()))


def _upper_case_dict() -> Any:
    return {name.upper(): value for name, value in headers().items()}


HEADER_KINDS = {
    "dict": lambda: dict(_wire_headers()),
    "dict, upper case": _upper_case_dict,
    "Mapping (MappingProxyType)": _mapping_proxy,
    "httpx.Headers": _httpx_headers,
    "email.message.Message": _stdlib_message,
    "http.client.HTTPMessage (http.server)": _stdlib_http_message_from_a_real_request,
    "werkzeug Headers (WSGI app)": _werkzeug_headers_from_a_real_request,
    "Flask request.headers": _flask_headers_from_a_real_request,
    "starlette Headers": _starlette_headers_from_a_real_request,
    "Django HttpHeaders": _django_request_headers,
}


@pytest.mark.parametrize("kind", HEADER_KINDS)
def test_every_kind_of_headers_verifies_and_unwraps(kind: str) -> None:
    hdrs = HEADER_KINDS[kind]()
    verify(BODY, hdrs, SECRET, now=NOW)
    assert isinstance(unwrap_event(BODY, hdrs, SECRET, EVENTS, now=NOW), OrderUpdated)
    with pytest.raises(WebhookVerificationError, match="No matching"):
        verify(BODY, hdrs, OTHER_SECRET, now=NOW)


def test_a_headers_object_without_svix_headers_is_rejected() -> None:
    import httpx

    with pytest.raises(WebhookVerificationError, match="Missing"):
        verify(BODY, httpx.Headers({"content-type": "application/json"}), SECRET, now=NOW)
    with pytest.raises(WebhookVerificationError, match="Missing"):
        verify(BODY, {"svix-id": "msg_123"}, SECRET, now=NOW)


_TEMPLATES = Path(__file__).resolve().parents[2] / "generator" / "targets" / "python"  # holds runtime/


def test_every_kind_of_headers_passes_mypy_strict_and_non_headers_do_not(tmp_path: Path) -> None:
    """tests/runtime/typecheck_webhook_headers.py passes each kind, and a Flask, starlette and
    Django view, with no cast or ignore; the event narrows on its Literal event_type. Things that
    are not headers are mypy errors. (One mypy run for both: with django-stubs it takes a while.)"""
    program = Path(__file__).with_name("typecheck_webhook_headers.py")
    assert "type: ignore" not in program.read_text() and "cast(" not in program.read_text()
    bad = tmp_path / "bad_headers.py"
    bad.write_text(
        "from runtime._webhooks import verify\n"
        "numbers: dict[str, int] = {'svix-id': 1}\n"
        "verify(b'', numbers, 's')\n"
        "verify(b'', ['svix-id'], 's')\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(program), str(bad)],
        cwd=_TEMPLATES,
        env={**os.environ, "MYPYPATH": str(_TEMPLATES)},
        capture_output=True,
        text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line for line in errors if not line.startswith(str(bad))] == [], result.stdout + result.stderr
    assert len(errors) == 2 and all('"HeadersLike"' in line for line in errors), result.stdout


# -- previous_attributes as changed paths ------------------------------------------------


def test_changed_paths_reads_plain_and_dotted_previous_attributes() -> None:
    from rt_order_models import Order

    from runtime._webhooks import ChangedPath, changed_paths

    event = json.loads(
        '{"data": {"id": "ord_1", "status": "shipped", "line_items": [{"sku": "A", "quantity": 1},'
        ' {"sku": "B", "quantity": 4}]},'
        ' "previous_attributes": {"status": "open", "line_items.1.quantity": 2, "line_items.7.sku": "Z"}}'
    )
    data = Order.model_validate(event["data"])
    previous = Order.model_validate(event["previous_attributes"])
    assert previous.model_extra == {"line_items.1.quantity": 2, "line_items.7.sku": "Z"}  # where the model keeps them
    changes = changed_paths(previous, data)
    assert changes == [
        ChangedPath(key="status", path=("status",), previous="open", current="shipped"),
        ChangedPath(key="line_items.1.quantity", path=("line_items", 1, "quantity"), previous=2, current=4),
        ChangedPath(key="line_items.7.sku", path=("line_items", 7, "sku"), previous="Z", current=None),  # gone now
    ]
    assert [c.field for c in changes] == ["status", "line_items", "line_items"]
    # Fields the event did not send are not changes, even though the model reads them as None.
    assert "id" not in {c.key for c in changes}
    # A mapping works too, and an event without previous attributes has no changes.
    assert changed_paths({"line_items.0.sku": "Q"}, event["data"])[0].current == "A"
    assert changed_paths(None, data) == []


def test_unwrap_event_reads_the_type_under_the_key_the_spec_names() -> None:
    body = b'{"kind":"order.updated","connection_id":"conn_1","integration_name":"x","data":{}}'

    class Renamed(pydantic.BaseModel):
        kind: Literal["order.updated"]
        data: dict[str, Any]

    event = unwrap_event(body, headers(body=body), SECRET, {"order.updated": Renamed}, now=NOW, type_key="kind")
    assert isinstance(event, Renamed) and event.kind == "order.updated"
    with pytest.raises(pydantic.ValidationError):  # the default key is not in this body
        unwrap_event(body, headers(body=body), SECRET, {"order.updated": Renamed}, now=NOW)
