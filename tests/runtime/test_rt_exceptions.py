"""Mapping error responses to exception classes and fields, for JSON and non-JSON bodies."""

from __future__ import annotations

import json

import httpx
import pytest
from rt_helpers import ACCESS_TOKEN, API_KEY, AUTH, Item, async_client, run, sync_client

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
from tests.servers.fault_server import FaultServer, Reply

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


def test_html_error_page_is_summarised_as_its_text() -> None:
    html = "<html><head><style>h1 {color: red}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
    error = make_status_error(response(502, text=html, headers={"content-type": "text/html"}))
    assert isinstance(error, InternalServerError)
    assert error.message == "502 Bad Gateway nginx"  # no tags, no stylesheet
    assert error.raw_body == html and error.body == {}  # the whole page stays available
    assert error.origin is None


def test_html_title_and_entities() -> None:
    html = "<!DOCTYPE html><html><head><title>Service &amp; Maintenance</title></head><body><p>Back at 10:00</p></body></html>"
    assert make_status_error(response(503, text=html)).message == "Service & Maintenance: Back at 10:00"


def test_long_text_body_is_truncated_in_the_message_only() -> None:
    text = "x" * 5000
    error = make_status_error(response(500, text=text))
    assert len(error.message) == 300 and error.message.endswith("...")
    assert error.raw_body == text


def test_multi_line_text_becomes_one_line() -> None:
    error = make_status_error(response(500, text="upstream timed out\n\n  while reading\tresponse\n"))
    assert error.message == "upstream timed out while reading response"


@pytest.mark.parametrize(("status", "message"), [(503, "HTTP 503 Service Unavailable"), (404, "HTTP 404 Not Found")])
def test_empty_body_falls_back_to_status_line(status: int, message: str) -> None:
    error = make_status_error(response(status))
    assert error.message == message
    assert error.raw_body is None and error.body == {}
    assert make_status_error(response(status, text="  \n")).message == message
    assert make_status_error(response(status, {})).message == message


def test_problem_json_title_and_detail_become_the_message() -> None:
    problem = {
        "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
        "title": "Invalid request",
        "status": 422,
        "detail": "Your request is not valid and no HTTP validation response was found in the spec.",
    }
    error = make_status_error(response(422, problem, headers={"content-type": "application/problem+json"}))
    assert isinstance(error, UnprocessableEntityError)
    assert error.message == "Invalid request: Your request is not valid and no HTTP validation response was found in the spec."
    assert error.body == problem and "{" not in str(error)
    assert make_status_error(response(404, {"title": "Not Found"})).message == "Not Found"
    assert make_status_error(response(404, {"detail": "No order ord_9"})).message == "No order ord_9"
    assert make_status_error(response(400, {"title": "Same", "detail": "Same"})).message == "Same"


def test_problem_json_validation_errors_are_listed() -> None:
    problem = {"title": "Invalid body", "detail": [{"loc": ["body", "sku"], "msg": "field required"}]}
    assert make_status_error(response(422, problem)).message == "Invalid body: body.sku: field required"


def test_trackstar_422_detail_is_summarised_after_the_error() -> None:
    detail = {"json": {"line_items": ["Missing data for required field."], "sku": ["Not a string.", "Too long."]}}
    error = make_status_error(response(422, {"error": "Validation failed", "detail": detail}))
    assert error.message == (
        "Validation failed (json.line_items: Missing data for required field.; json.sku: Not a string., Too long.)"
    )
    many = {"json": {f"field_{i}": ["bad"] for i in range(9)}}
    message = make_status_error(response(422, {"error": "Validation failed", "detail": many})).message
    assert message.endswith("json.field_4: bad (and 4 more))") and "field_5" not in message


def test_json_without_a_message_is_summarised_not_dumped() -> None:
    assert make_status_error(response(400, {"message": "bad"})).message == "bad"
    assert make_status_error(response(400, {"error": {"code": 7}})).message == (
        'the error field is a JSON object with keys code: {"code": 7}'
    )
    listed = make_status_error(response(400, ["a"]))
    assert listed.message == 'unrecognised error body, a JSON array of 1 item: ["a"]'
    assert listed.raw_body == ["a"] and listed.body == {}  # `body` is always a JSON object
    huge = {f"key_{i}": "v" * 200 for i in range(50)}
    error = make_status_error(response(400, huge))
    assert error.message.startswith("unrecognised error body, a JSON object with keys key_0, key_1, key_2, key_3, key_4, ...: ")
    assert len(error.message) <= 300 and error.message.endswith("...")
    assert error.body == huge


def test_a_long_error_field_is_truncated() -> None:
    error = make_status_error(response(500, {"error": "stack trace " * 100, "origin": "integration"}))
    assert len(error.message) == 300 and error.message.startswith("stack trace stack trace")
    assert error.origin == "integration"


def test_secrets_in_problem_json_are_redacted() -> None:
    problem = {"title": "Invalid security scheme used", "detail": f"key {API_KEY} is not valid"}
    error = make_status_error(response(401, problem), secrets=[API_KEY])
    assert error.message == "Invalid security scheme used: key [REDACTED] is not valid"


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the key hasn't been accepted", "the key hasn't been accepted"),  # not inside a contraction
        ("don\u2019t retry", "don\u2019t retry"),
        ("t's value", "t's value"),
        ("tokens, tea and x-t-y", "tokens, tea and x-t-y"),
        ("token 't' is invalid", "token '[REDACTED]' is invalid"),
        ('{"key": "t"}', '{"key": "[REDACTED]"}'),
        ("key=t&other=1", "key=[REDACTED]&other=1"),
        ("t", "[REDACTED]"),
        ("bad token: t.", "bad token: [REDACTED]."),
    ],
)
def test_a_short_credential_is_replaced_only_as_a_whole_token(text: str, expected: str) -> None:
    from runtime._exceptions import redact

    assert redact(text, ["t"]) == expected


def test_the_message_keeps_contractions_with_a_one_letter_credential() -> None:
    body = {"error": "This connection hasn't got access; token t rejected", "origin": "trackstar"}
    error = make_status_error(response(403, body), secrets=["t"])
    assert error.message == "This connection hasn't got access; token [REDACTED] rejected"


def test_str_leaves_out_a_request_id_that_did_not_arrive() -> None:
    resp = httpx.Response(500, json={"error": "boom"}, request=REQUEST)  # no x-request-id header
    error = make_status_error(resp)
    assert error.request_id is None
    assert str(error) == "500 Internal Server Error: boom" and "request id" not in str(error)
    assert str(make_status_error(response(500, {"error": "boom"}))) == "500 Internal Server Error: boom [request id: req_42]"


def test_error_body_is_typed_and_keeps_every_key() -> None:
    detail = {"json": {"sku": ["Missing data for required field."]}}
    error = make_status_error(response(422, {"error": "Validation failed", "origin": "trackstar", "detail": detail, "id": "x"}))
    assert isinstance(error, UnprocessableEntityError)
    assert error.body["error"] == "Validation failed" and error.body["origin"] == "trackstar"
    assert error.body["detail"] == detail == error.detail
    assert error.body.get("id") == "x"  # keys the TypedDict does not name are kept


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_mock_servers_problem_json_reaches_the_caller_as_a_readable_message(kind: str, server: FaultServer) -> None:
    """Through real HTTP: what Prism answers for a request it cannot serve."""
    problem = {
        "type": "https://stoplight.io/prism/errors#NO_RESPONSE_DEFINED",
        "title": "Unable to find a response definition",
        "status": 404,
        "detail": "No response for status code 501 is defined in the document",
    }
    server.add("GET", "/wms/returns", Reply(404, json.dumps(problem).encode(), {"content-type": "application/problem+json"}))
    with pytest.raises(NotFoundError) as info:
        if kind == "sync":
            with sync_client(server.url) as client:
                client.request("GET", "/wms/returns", cast_to=Item, auth=AUTH)
        else:

            async def go() -> None:
                async with async_client(server.url) as client:
                    await client.request("GET", "/wms/returns", cast_to=Item, auth=AUTH)

            run(go)
    error = info.value
    assert error.message == (
        "Unable to find a response definition: No response for status code 501 is defined in the document"
    )
    assert str(error) == f"404 Not Found: {error.message} [request id: {server.requests[0].request_id}]"
    assert error.body == problem and error.origin is None
