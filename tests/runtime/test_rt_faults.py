"""Retry rules and error mapping end to end, through real HTTP against the local fault server.

Retry waits are recorded instead of slept (the `sleeps` fixture); everything else is real.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from rt_helpers import ACCESS_TOKEN, API_KEY, AUTH, Item, async_client, run, sync_client

from runtime._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    NotImplementedForIntegrationError,
    PermissionDeniedError,
    RateLimitError,
    TrackstarError,
    UnprocessableEntityError,
)
from runtime._types import RequestOptions, make_options
from tests.servers.fault_server import FaultServer, Reply

KINDS = ["sync", "async"]
PATH = "/wms/orders/ord_1"


def call(
    kind: str,
    server: FaultServer,
    method: str = "GET",
    path: str = PATH,
    *,
    options: RequestOptions | None = None,
    body: dict[str, Any] | None = None,
    **client_kwargs: Any,
) -> Item:
    if kind == "sync":
        with sync_client(server.url, **client_kwargs) as client:
            return client.request(method, path, cast_to=Item, auth=AUTH, body=body, options=options)

    async def go() -> Item:
        async with async_client(server.url, **client_kwargs) as client:
            return await client.request(method, path, cast_to=Item, auth=AUTH, body=body, options=options)

    return run(go)


def statuses(server: FaultServer) -> list[int]:
    return [r.status for r in server.requests]


@pytest.mark.parametrize("kind", KINDS)
def test_connection_reset_is_retried(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.reset_connection(), Reply.json({"id": 1}))
    item = call(kind, server)
    assert item.id == 1 and item._request_id == server.requests[-1].request_id
    assert statuses(server) == [0, 200]
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


@pytest.mark.parametrize("kind", KINDS)
def test_connection_resets_exhaust_retries(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.reset_connection())
    with pytest.raises(APIConnectionError) as info:
        call(kind, server)
    assert type(info.value) is APIConnectionError
    assert len(server.requests) == 3  # 1 + 2 default retries
    assert [round(s / b, 2) >= 0.75 for s, b in zip(sleeps, [0.5, 1.0], strict=True)] == [True, True]


@pytest.mark.parametrize("kind", KINDS)
def test_5xx_burst_then_success(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.fail(502), Reply.fail(503), Reply.fail(500), Reply.json({"id": 7}))
    assert call(kind, server, max_retries=3).id == 7
    assert statuses(server) == [502, 503, 500, 200]
    bases = [0.5, 1.0, 2.0]
    assert len(sleeps) == 3 and all(0.75 * b <= s <= b for s, b in zip(sleeps, bases, strict=True))


@pytest.mark.parametrize("kind", KINDS)
def test_5xx_burst_longer_than_retries_raises_last_error(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.fail(502), Reply.fail(503), Reply.error(500, "db down"), Reply.json({"id": 7}))
    with pytest.raises(InternalServerError) as info:
        call(kind, server)
    assert statuses(server) == [502, 503, 500]
    assert info.value.message == "db down"
    assert info.value.request_id == server.requests[-1].request_id


@pytest.mark.parametrize("kind", KINDS)
def test_429_honours_retry_after(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.json({"error": "slow"}, 429, {"retry-after": "2"}), Reply.json({"id": 1}))
    assert call(kind, server).id == 1
    assert sleeps == [2.0]


@pytest.mark.parametrize("kind", KINDS)
def test_429_retry_after_above_60_falls_back_to_backoff(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.json({"error": "slow"}, 429, {"retry-after": "3600"}), Reply.json({"id": 1}))
    assert call(kind, server).id == 1
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


@pytest.mark.parametrize("kind", KINDS)
def test_429_exhausted_raises_rate_limit_error(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.json({"error": "slow", "origin": "trackstar"}, 429, {"retry-after": "1"}))
    with pytest.raises(RateLimitError) as info:
        call(kind, server)
    assert info.value.retry_after == 1.0 and info.value.origin == "trackstar"
    assert len(server.requests) == 3 and sleeps == [1.0, 1.0]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [408, 409])
def test_408_and_409_are_retried(kind: str, status: int, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.fail(status), Reply.json({"id": 1}))
    assert call(kind, server).id == 1
    assert statuses(server) == [status, 200]


@pytest.mark.parametrize("kind", KINDS)
def test_slow_response_times_out_per_attempt(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.slow(5.0, {"id": 1}))
    with pytest.raises(APITimeoutError):
        call(kind, server, options=make_options(timeout=0.2, max_retries=1))
    assert len(server.requests) == 2 and len(sleeps) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_slow_then_fast_succeeds(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.slow(5.0, {"id": 1}), Reply.json({"id": 2}))
    assert call(kind, server, timeout=0.2).id == 2


@pytest.mark.parametrize("kind", KINDS)
def test_malformed_json_is_a_validation_error_and_not_retried(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply(200, b'{"id": 1,', {"content-type": "application/json"}))
    with pytest.raises(APIResponseValidationError) as info:
        call(kind, server)
    assert info.value.request_id == server.requests[-1].request_id and info.value.status_code == 200
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_wrong_shape_is_a_validation_error(kind: str, server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json({"id": "not-a-number"}))
    with pytest.raises(APIResponseValidationError):
        call(kind, server)


@pytest.mark.parametrize("kind", KINDS)
def test_html_error_page_retried_then_mapped(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
    server.add("GET", PATH, Reply.html(502, page))
    with pytest.raises(InternalServerError) as info:
        call(kind, server)
    # The message is the page's text (tags stripped); the body keeps the page.
    assert info.value.message == "502 Bad Gateway nginx" and info.value.body == page and info.value.status_code == 502
    assert len(server.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_empty_error_body(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.empty(503))
    with pytest.raises(InternalServerError) as info:
        call(kind, server, max_retries=0)
    assert info.value.message == "HTTP 503 Service Unavailable" and info.value.body is None
    assert info.value.request_id == server.requests[-1].request_id


@pytest.mark.parametrize("kind", KINDS)
def test_501_not_implemented_is_not_retried(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    message = "Endpoint get_returns is not implemented for Cool WMS"
    server.add("GET", PATH, Reply.error(501, message, origin="integration"))
    with pytest.raises(NotImplementedForIntegrationError) as info:
        call(kind, server)
    error = info.value
    assert (error.endpoint, error.integration, error.origin, error.message) == ("get_returns", "Cool WMS", "integration", message)
    assert error.request_id == server.requests[0].request_id
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
    ],
)
def test_client_errors_are_not_retried(kind: str, status: int, cls: type[APIStatusError], server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.error(status, f"nope {status}"))
    with pytest.raises(cls) as info:
        call(kind, server)
    assert info.value.status_code == status and info.value.message == f"nope {status}"
    assert info.value.request_id == "req_1"
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_conflict_exhausted_maps_to_conflict_error(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.error(409, "locked"))
    with pytest.raises(ConflictError):
        call(kind, server, max_retries=1)
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_retries_disabled_per_call_and_per_client(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.fail(503))
    with pytest.raises(InternalServerError):
        call(kind, server, options=make_options(max_retries=0))
    assert len(server.requests) == 1
    with pytest.raises(InternalServerError):
        call(kind, server, max_retries=0)
    assert len(server.requests) == 2
    with pytest.raises(InternalServerError):
        call(kind, server, max_retries=0, options=make_options(max_retries=1))  # the call wins
    assert len(server.requests) == 4 and len(sleeps) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_write_keeps_one_idempotency_key_across_retries(kind: str, method: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add(method, PATH, Reply.fail(503), Reply.reset_connection(), Reply.json({"id": 1}))
    call(kind, server, method, body={"sku": "A"}, max_retries=3)
    call(kind, server, method, body={"sku": "A"}, max_retries=3)
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert len(keys) == 4 and keys[0] == keys[1] == keys[2] != keys[3]
    assert all(k is not None and uuid.UUID(k).version == 4 for k in keys)
    assert all(r.json() == {"sku": "A"} for r in server.requests)


def test_caller_supplied_idempotency_key_is_kept(server: FaultServer, sleeps: list[float]) -> None:
    server.add("POST", PATH, Reply.fail(500), Reply.json({"id": 1}))
    call("sync", server, "POST", options=make_options(extra_headers={"idempotency-key": "mine"}))
    assert [r.headers["idempotency-key"] for r in server.requests] == ["mine", "mine"]


@pytest.mark.parametrize("kind", KINDS)
def test_secrets_never_reach_logs_reprs_or_messages(kind: str, server: FaultServer, sleeps: list[float], all_logs: list[str]) -> None:
    echo = f"Invalid key {API_KEY} / {ACCESS_TOKEN}"
    server.add("GET", "/a", Reply.reset_connection(), Reply.fail(503), Reply.json({"error": "slow"}, 429, {"retry-after": "0"}), Reply.json({"id": 1}))
    server.add("GET", "/b", Reply.error(401, echo))
    server.add("GET", "/c", Reply.slow(5))
    server.add("GET", "/d", Reply.html(500, f"<p>{API_KEY}</p>"))
    server.add("POST", "/e", Reply.error(501, "Endpoint create_order is not implemented for Cool WMS"))
    server.add("GET", "/f", Reply(200, f'{{"id": "{ACCESS_TOKEN}"'.encode()))
    texts: list[str] = []
    assert call(kind, server, path="/a", max_retries=3).id == 1
    for path, method in (("/b", "GET"), ("/c", "GET"), ("/d", "GET"), ("/e", "POST"), ("/f", "GET")):
        with pytest.raises(TrackstarError) as info:
            call(kind, server, method, path=path, timeout=0.2, max_retries=1)
        texts += [str(info.value), repr(info.value), *(str(a) for a in info.value.args)]
        if isinstance(info.value, APIStatusError):
            texts.append(info.value.message)
    # The logs saw the auth headers (DEBUG) and every retry decision, redacted.
    joined = "\n".join(all_logs)
    assert "x-trackstar-api-key" in joined and "[REDACTED]" in joined and "Retrying GET" in joined
    assert any("-> 200" in line and "req_" in line for line in all_logs)
    for text in [*texts, joined]:
        assert API_KEY not in text and ACCESS_TOKEN not in text
    assert len(all_logs) > 20
