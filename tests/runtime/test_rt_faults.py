"""Retry rules and error mapping end to end, through real HTTP against the local fault server.

Retry waits are recorded instead of slept (the `sleeps` fixture); everything else is real.
"""

from __future__ import annotations

import socket
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
    UncertainWriteConnectionError,
    UncertainWriteServerError,
    UncertainWriteTimeoutError,
    UnprocessableEntityError,
    WriteMayHaveBeenAppliedError,
)
from runtime import _base_client
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
    assert info.value.message == "502 Bad Gateway nginx" and info.value.raw_body == page and info.value.status_code == 502
    assert len(server.requests) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_empty_error_body(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, Reply.empty(503))
    with pytest.raises(InternalServerError) as info:
        call(kind, server, max_retries=0)
    assert info.value.message == "HTTP 503 Service Unavailable" and info.value.raw_body is None
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
    # POST and PATCH are retried after a 503 or a reset only when the caller opts in.
    call(kind, server, method, body={"sku": "A"}, max_retries=3, retry_writes=True)
    call(kind, server, method, body={"sku": "A"}, max_retries=3, retry_writes=True)
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert len(keys) == 4 and keys[0] == keys[1] == keys[2] != keys[3]
    assert all(k is not None and uuid.UUID(k).version == 4 for k in keys)
    assert all(r.json() == {"sku": "A"} for r in server.requests)


def test_caller_supplied_idempotency_key_is_kept(server: FaultServer, sleeps: list[float]) -> None:
    server.add("POST", PATH, Reply.fail(500), Reply.json({"id": 1}))
    call("sync", server, "POST", options=make_options(extra_headers={"idempotency-key": "mine"}, retry_writes=True))
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


# -- the write retry policy: each case counts the requests the server received ------------------

WRITE_POLICY_CASES = [
    # (method, first replies, client/call settings, requests the server receives, outcome)
    ("POST", [Reply.fail(503)], {}, 1, UncertainWriteServerError),
    ("POST", [Reply.slow(5.0, {"id": 1})], {"timeout": 0.2}, 1, UncertainWriteTimeoutError),
    ("POST", [Reply.reset_connection()], {}, 1, UncertainWriteConnectionError),
    ("POST", [Reply.json({"error": "slow"}, 429, {"retry-after": "0"}), Reply.json({"id": 1})], {}, 2, None),
    ("PATCH", [Reply.fail(502)], {}, 1, UncertainWriteServerError),
    ("PUT", [Reply.fail(503)], {}, 3, InternalServerError),
    ("DELETE", [Reply.fail(503)], {}, 3, InternalServerError),
    ("GET", [Reply.fail(503)], {}, 3, InternalServerError),
    ("POST", [Reply.fail(503)], {"retry_writes": True}, 3, UncertainWriteServerError),
    ("POST", [Reply.fail(503), Reply.json({"id": 1})], {"retry_writes": True}, 2, None),
    ("POST", [Reply.slow(5.0, {"id": 1}), Reply.json({"id": 1})], {"retry_writes": True, "timeout": 0.2}, 2, None),
    ("POST", [Reply.fail(409)], {}, 1, ConflictError),  # a 409 or 408 on a POST is not retried either
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("method", "replies", "settings", "received", "outcome"),
    WRITE_POLICY_CASES,
    ids=[f"{c[0]}-{c[1][0].status if not c[1][0].reset else 'reset'}{'-delay' if c[1][0].delay else ''}-{c[2]}" for c in WRITE_POLICY_CASES],
)
def test_write_retry_policy_counts(
    kind: str,
    method: str,
    replies: list[Reply],
    settings: dict[str, Any],
    received: int,
    outcome: type[Exception] | None,
    server: FaultServer,
    sleeps: list[float],
) -> None:
    server.add(method, PATH, *replies)
    if outcome is None:
        assert call(kind, server, method, body={"sku": "A"}, **settings).id == 1
    else:
        with pytest.raises(outcome) as info:
            call(kind, server, method, body={"sku": "A"}, **settings)
        assert type(info.value) is outcome  # PUT, DELETE, GET: a plain InternalServerError
    assert len(server.requests) == received
    assert len(sleeps) == received - 1


@pytest.mark.parametrize("kind", KINDS)
def test_post_5xx_error_says_it_may_have_been_applied(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("POST", "/wms/orders", Reply.error(503, "upstream busy"))
    with pytest.raises(UncertainWriteServerError) as info:
        call(kind, server, "POST", path="/wms/orders", body={"sku": "A"})
    error, seen = info.value, server.requests[0]
    assert "may have been applied" in str(error) and "retry_writes=True" in str(error)
    assert str(error).startswith(f"POST {server.url}/wms/orders failed with 503")
    assert error.request_id == seen.request_id and error.request_id in str(error)
    assert error.idempotency_key == seen.headers["idempotency-key"]
    assert (error.method, error.status_code, error.message, error.retries_taken) == ("POST", 503, "upstream busy", 0)
    # Still the error it always was, so existing `except InternalServerError` code keeps working.
    assert isinstance(error, InternalServerError) and isinstance(error, TrackstarError)


@pytest.mark.parametrize("kind", KINDS)
def test_post_timeout_error_says_it_may_have_been_applied(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("POST", PATH, Reply.slow(5.0, {"id": 1}))
    with pytest.raises(UncertainWriteTimeoutError) as info:
        call(kind, server, "POST", body={"sku": "A"}, timeout=0.2)
    error = info.value
    assert isinstance(error, APITimeoutError) and isinstance(error, WriteMayHaveBeenAppliedError)
    assert "timed out" in str(error) and "may have been applied" in str(error)
    assert error.request_id is None  # no response, so no server request id: the key identifies it
    assert error.idempotency_key == server.requests[0].headers["idempotency-key"]
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_post_is_retried_while_the_connection_is_refused(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing listens at first (connection refused: never sent), then the server comes up."""
    with socket.socket() as probe:  # a port that is free now, so connecting to it is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started: list[FaultServer] = []
    attempts = [0]

    def bring_server_up_on_second_wait() -> None:
        attempts[0] += 1
        if attempts[0] == 2:
            started.append(FaultServer(port=port).start())
            started[0].add("POST", PATH, Reply.json({"id": 1}))

    async def async_wait(seconds: float) -> None:
        bring_server_up_on_second_wait()

    monkeypatch.setattr(_base_client, "_sleep", lambda seconds: bring_server_up_on_second_wait())
    monkeypatch.setattr(_base_client, "_async_sleep", async_wait)
    placeholder = FaultServer.__new__(FaultServer)  # `call` only needs .url
    monkeypatch.setattr(FaultServer, "url", property(lambda self: f"http://127.0.0.1:{port}"))
    try:
        assert call(kind, placeholder, "POST", body={"sku": "A"}).id == 1
        assert attempts[0] == 2  # two refused attempts, then the third reached the server
        assert len(started[0].requests) == 1
    finally:
        for srv in started:
            srv.stop()


@pytest.mark.parametrize("kind", KINDS)
def test_post_refused_until_out_of_retries_is_a_plain_connection_error(kind: str, sleeps: list[float]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    placeholder = FaultServer.__new__(FaultServer)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(FaultServer, "url", property(lambda self: f"http://127.0.0.1:{port}"))
        with pytest.raises(APIConnectionError) as info:
            call(kind, placeholder, "POST", body={"sku": "A"})
    assert not isinstance(info.value, WriteMayHaveBeenAppliedError)  # it certainly never arrived
    assert len(sleeps) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_retry_writes_per_call_and_with_options(kind: str, server: FaultServer, sleeps: list[float]) -> None:
    server.add("POST", PATH, Reply.fail(503))
    with pytest.raises(UncertainWriteServerError) as info:
        call(kind, server, "POST", body={}, options=make_options(retry_writes=True))
    assert len(server.requests) == 3 and info.value.retries_taken == 2
    assert "after 2 retries" in str(info.value)
    with pytest.raises(UncertainWriteServerError):
        call(kind, server, "POST", body={}, retry_writes=True, options=make_options(retry_writes=False))  # the call wins
    assert len(server.requests) == 4
    with pytest.raises(InternalServerError) as plain:
        call(kind, server, "POST", body={}, options={"idempotent": True})  # a write the spec marks idempotent
    assert len(server.requests) == 7 and not isinstance(plain.value, WriteMayHaveBeenAppliedError)

    client = sync_client(server.url)
    assert client.retry_writes is False and client.with_options(retry_writes=True).retry_writes is True
    with pytest.raises(UncertainWriteServerError):
        client.with_options(retry_writes=True, max_retries=1).request("POST", PATH, cast_to=Item, auth=AUTH, body={})
    assert len(server.requests) == 9
