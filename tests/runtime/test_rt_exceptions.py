"""Mapping error responses to exception classes and fields, for JSON and non-JSON bodies."""

from __future__ import annotations

import json

import httpx
import pytest
from rt_helpers import ACCESS_TOKEN, API_KEY

from runtime._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialError,
    NotFoundError,
    NotImplementedForIntegration,
    NotImplementedForIntegrationError,
    PaginationLoopError,
    PermissionDeniedError,
    RateLimitError,
    TrackstarError,
    UnprocessableEntityError,
    make_status_error,
)

REQUEST = httpx.Request("GET", "https://api.example.invalid/wms/orders")


def response(status: int, body: object = None, *, text: str | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
    content = text.encode() if text is not None else (b"" if body is None else json.dumps(body).encode())
    return httpx.Response(status, content=content, headers={"x-request-id": "req_42", **(headers or {})}, request=REQUEST)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (501, NotImplementedForIntegrationError),
        (405, APIStatusError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(response(status, {"error": "boom", "origin": "integration"}))
    assert type(error) is cls
    assert isinstance(error, TrackstarError)
    assert (error.status_code, error.message, error.origin, error.request_id) == (status, "boom", "integration", "req_42")
    assert error.body == {"error": "boom", "origin": "integration"}
    assert error.headers["x-request-id"] == "req_42"
    assert error.response.status_code == status


def test_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, TrackstarError)
    assert issubclass(MissingCredentialError, TrackstarError)
    assert issubclass(PaginationLoopError, TrackstarError)
    # 501 is an expected outcome, not a server fault: `except InternalServerError` must not catch it.
    assert not issubclass(NotImplementedForIntegrationError, InternalServerError)
    assert NotImplementedForIntegration is NotImplementedForIntegrationError


def test_origin_absent_is_none_and_extra_fields_kept() -> None:
    error = make_status_error(response(404, {"error": "Order not found", "id": "ord_1"}))
    assert isinstance(error, NotFoundError)
    assert error.origin is None
    assert error.body == {"error": "Order not found", "id": "ord_1"}


def test_unprocessable_detail() -> None:
    detail = [{"loc": ["body", "sku"], "msg": "field required"}]
    error = make_status_error(response(422, {"error": "Invalid body", "detail": detail}))
    assert isinstance(error, UnprocessableEntityError)
    assert error.detail == detail
    assert isinstance(make_status_error(response(422, text="nope")), UnprocessableEntityError)
    assert make_status_error(response(422, text="nope")).detail is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("headers", "expected"), [({"retry-after": "3"}, 3.0), ({"retry-after": "0.5"}, 0.5), ({}, None)]
)
def test_rate_limit_retry_after(headers: dict[str, str], expected: float | None) -> None:
    error = make_status_error(response(429, {"error": "slow down"}, headers=headers))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == expected


@pytest.mark.parametrize(
    ("message", "endpoint", "integration"),
    [
        ("Endpoint get_returns is not implemented for Cool WMS", "get_returns", "Cool WMS"),
        ("Endpoint create_order is not implemented for ShipHero.", "create_order", "ShipHero"),
        ("Endpoint get_inbound_shipments is not implemented for Extensiv (3PL Central)", "get_inbound_shipments", "Extensiv (3PL Central)"),
        ("Not implemented", None, None),
    ],
)
def test_not_implemented_parses_endpoint_and_integration(message: str, endpoint: str | None, integration: str | None) -> None:
    error = make_status_error(response(501, {"error": message}))
    assert isinstance(error, NotImplementedForIntegrationError)
    assert (error.message, error.endpoint, error.integration) == (message, endpoint, integration)


def test_html_error_page_keeps_class_and_raw_text() -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    error = make_status_error(response(502, text=html, headers={"content-type": "text/html"}))
    assert isinstance(error, InternalServerError)
    assert error.message == html
    assert error.body == html
    assert error.origin is None


def test_long_text_body_is_truncated_in_the_message_only() -> None:
    text = "x" * 5000
    error = make_status_error(response(500, text=text))
    assert len(error.message) < 600 and error.message.endswith("...")
    assert error.body == text


@pytest.mark.parametrize(("status", "message"), [(503, "HTTP 503 Service Unavailable"), (404, "HTTP 404 Not Found")])
def test_empty_body_falls_back_to_status_line(status: int, message: str) -> None:
    error = make_status_error(response(status))
    assert error.message == message
    assert error.body is None


def test_json_without_error_field_and_non_string_error() -> None:
    error = make_status_error(response(400, {"message": "bad"}))
    assert isinstance(error, BadRequestError)
    assert error.message == '{"message": "bad"}'
    assert make_status_error(response(400, {"error": {"code": 7}})).message == '{"code": 7}'
    assert make_status_error(response(400, ["a"])).message == '["a"]'


def test_str_and_repr_name_status_message_and_request_id_but_never_secrets() -> None:
    echoed = {"error": f"Invalid API key {API_KEY} for token {ACCESS_TOKEN}", "origin": "trackstar"}
    error = make_status_error(response(401, echoed), secrets=[API_KEY, ACCESS_TOKEN])
    for text in (str(error), repr(error), error.message):
        assert API_KEY not in text and ACCESS_TOKEN not in text
    assert "401" in str(error) and "req_42" in str(error)
    assert repr(error) == (
        "AuthenticationError(status_code=401, message='Invalid API key [REDACTED] for token [REDACTED]', "
        "origin='trackstar', request_id='req_42')"
    )


def test_missing_credential_names_argument_and_env_var() -> None:
    error = MissingCredentialError("access_token", "TRACKSTAR_ACCESS_TOKEN")
    assert "access_token=" in str(error) and "TRACKSTAR_ACCESS_TOKEN" in str(error)
    assert (error.argument, error.env) == ("access_token", "TRACKSTAR_ACCESS_TOKEN")


def test_custom_request_id_header() -> None:
    resp = httpx.Response(500, json={"error": "x"}, headers={"trace-id": "t_1"}, request=REQUEST)
    assert make_status_error(resp, request_id_header="trace-id").request_id == "t_1"
    assert make_status_error(resp).request_id is None


def test_short_secrets_are_redacted_only_where_they_stand_alone() -> None:
    from runtime._exceptions import redact

    assert redact("the token t was bad", ["t"]) == "the token [REDACTED] was bad"
    assert redact("key=sk_live_123456789&x", ["sk_live_123456789"]) == "key=[REDACTED]&x"
