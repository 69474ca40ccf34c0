"""Client construction, credentials, copies, headers, per-call options, raw responses, multipart."""

from __future__ import annotations

import functools
import io
import logging
import uuid

import httpx
import pytest
from rt_helpers import ACCESS_TOKEN, API_KEY, AUTH, CONFIG, Item, async_client, run, sync_client

from runtime._base_client import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    AsyncAPIResource,
    SyncAPIClient,
    SyncAPIResource,
)
from runtime._config import RateLimitConfig
from runtime._exceptions import MissingCredentialError
from runtime._response import APIResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from runtime._types import NOT_GIVEN, make_options
from tests.servers.fault_server import FaultServer, Reply


class Orders(SyncAPIResource):
    def retrieve(self, order_id: int, *, timeout: float | None = None) -> Item:
        options = make_options(timeout=timeout) if timeout is not None else None
        return self._client.request("GET", f"/orders/{order_id}", cast_to=Item, auth=AUTH, options=options)


class AsyncOrders(AsyncAPIResource):
    async def retrieve(self, order_id: int) -> Item:
        return await self._client.request("GET", f"/orders/{order_id}", cast_to=Item, auth=AUTH)


class Trackstar(SyncAPIClient):
    """What a generated client looks like: resources as cached properties."""

    @functools.cached_property
    def orders(self) -> Orders:
        return Orders(self)


class AsyncTrackstar(AsyncAPIClient):
    @functools.cached_property
    def orders(self) -> AsyncOrders:
        return AsyncOrders(self)


# -- types -----------------------------------------------------------------------------------


def test_not_given_and_make_options() -> None:
    assert not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN"
    assert make_options() == {}
    assert make_options(extra_headers=None, extra_query=None, extra_body=None) == {}
    assert make_options(timeout=None, max_retries=0, extra_query={"a": 1}) == {
        "timeout": None,
        "max_retries": 0,
        "extra_query": {"a": 1},
    }


# -- construction ----------------------------------------------------------------------------


def test_credentials_from_env_are_read_at_construction(monkeypatch: pytest.MonkeyPatch, server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}))
    monkeypatch.setenv("TRACKSTAR_API_KEY", "env_key")
    monkeypatch.setenv("TRACKSTAR_ACCESS_TOKEN", "env_token")
    client = Trackstar(config=CONFIG, credentials={"api_key": None}, base_url=server.url, rate_limits=False)
    monkeypatch.setenv("TRACKSTAR_API_KEY", "changed_later")
    client.orders.retrieve(1)
    seen = server.requests[-1].headers
    assert seen["x-trackstar-api-key"] == "env_key"
    assert seen["x-trackstar-access-token"] == "env_token"


def test_arguments_win_over_env(monkeypatch: pytest.MonkeyPatch, server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}))
    monkeypatch.setenv("TRACKSTAR_API_KEY", "env_key")
    sync_client(server.url).request("GET", "/orders/1", cast_to=Item, auth=AUTH)
    assert server.requests[-1].headers["x-trackstar-api-key"] == API_KEY


def test_missing_credential_fails_before_any_request(server: FaultServer) -> None:
    client = sync_client(server.url, credentials={"api_key": API_KEY})
    with pytest.raises(MissingCredentialError) as info:
        client.request("GET", "/orders/1", cast_to=Item, auth=AUTH)
    assert "access_token" in str(info.value) and "TRACKSTAR_ACCESS_TOKEN" in str(info.value)
    with pytest.raises(MissingCredentialError):
        client.get_page("/orders", item_type=Item, auth=AUTH)
    aclient = async_client(server.url, credentials={})
    with pytest.raises(MissingCredentialError, match="TRACKSTAR_API_KEY"):
        run(lambda: aclient.request("GET", "/x", cast_to=Item, auth=["api_key"]))
    with pytest.raises(MissingCredentialError):
        aclient.get_page("/orders", item_type=Item, auth=AUTH)  # raises at the call, not at await
    assert server.requests == []


def test_api_key_only_operations_do_not_need_a_token(server: FaultServer) -> None:
    server.add("GET", "/integrations", Reply.json({"id": 1}))
    client = sync_client(server.url, credentials={"api_key": API_KEY})
    client.request("GET", "/integrations", cast_to=Item, auth=["api_key"])
    assert "x-trackstar-access-token" not in server.requests[-1].headers


def test_default_headers_base_url_and_timeout(server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}))
    client = sync_client(server.url + "/", default_headers={"x-custom": "1"})
    assert client.base_url == server.url
    assert client.timeout == DEFAULT_TIMEOUT == httpx.Timeout(60.0, connect=5.0)
    assert client.max_retries == 2
    client.request("GET", "orders/1", cast_to=Item, auth=AUTH)
    seen = server.requests[-1]
    assert seen.path == "/orders/1"
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["user-agent"] == "trackstar-python/9.9.9"
    assert seen.headers["x-custom"] == "1"
    assert SyncAPIClient(config=CONFIG, credentials={}).base_url == CONFIG.base_url


def test_given_http_client_is_used_and_not_closed(server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}))
    http = httpx.Client(timeout=7.0)
    with sync_client(server.url, http_client=http) as client:
        assert client._http is http and client.timeout == httpx.Timeout(7.0)
        client.request("GET", "/orders/1", cast_to=Item, auth=AUTH)
    assert not http.is_closed
    http.close()


def test_rate_limits_default_override_and_disable() -> None:
    assert SyncAPIClient(config=CONFIG, credentials={}).rate_limits == CONFIG.rate_limits
    custom = RateLimitConfig(read_per_second=2, write_per_second=3)
    assert SyncAPIClient(config=CONFIG, credentials={}, rate_limits=custom).rate_limits == custom
    assert SyncAPIClient(config=CONFIG, credentials={}, rate_limits=False).rate_limits is None


def test_client_repr_has_no_secrets() -> None:
    client = sync_client("http://127.0.0.1:1")
    assert API_KEY not in repr(client) and ACCESS_TOKEN not in repr(client)


def test_logging_env_configures_trackstar_logger(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("trackstar")
    old_level, old_handlers = logger.level, list(logger.handlers)
    try:
        monkeypatch.setenv("TRACKSTAR_LOG", "debug")
        sync_client("http://127.0.0.1:1")
        sync_client("http://127.0.0.1:1")
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(old_handlers) + 1  # added once
        monkeypatch.setenv("TRACKSTAR_LOG", "INFO")
        sync_client("http://127.0.0.1:1")
        assert logger.level == logging.INFO
    finally:
        logger.setLevel(old_level)
        logger.handlers[:] = old_handlers


# -- copies ----------------------------------------------------------------------------------


def test_with_access_token_shares_pool_and_limiter_and_rebinds_resources(server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}))
    client = Trackstar(
        config=CONFIG, credentials={"api_key": API_KEY, "access_token": ACCESS_TOKEN}, base_url=server.url
    )
    assert client.orders._client is client
    acme = client.with_access_token("tok_acme")
    assert type(acme) is Trackstar
    assert acme._http is client._http
    assert acme.orders._client is acme and client.orders._client is client
    acme.orders.retrieve(1)
    assert server.requests[-1].headers["x-trackstar-access-token"] == "tok_acme"
    assert server.requests[-1].headers["x-trackstar-api-key"] == API_KEY
    client.orders.retrieve(1)
    assert server.requests[-1].headers["x-trackstar-access-token"] == ACCESS_TOKEN

    def limiter(c: SyncAPIClient) -> object:
        return c._build_call("GET", "/x", auth=AUTH, query=(), body=None, files=None, options=None).limiter

    again = client.with_access_token("tok_acme")
    other_client = Trackstar(config=CONFIG, credentials={"api_key": API_KEY, "access_token": "tok_acme"}, base_url=server.url)
    assert limiter(acme) is limiter(again) is limiter(other_client) is not None
    assert limiter(acme) is not limiter(client)
    # Closing a copy leaves the shared pool open.
    acme.close()
    client.orders.retrieve(1)
    client.close()
    assert client._http.is_closed
    with pytest.raises(ValueError):
        client.with_access_token("")


def test_with_options_copies_timeout_and_retries(server: FaultServer) -> None:
    client = Trackstar(config=CONFIG, credentials={}, base_url=server.url)
    _ = client.orders
    quick = client.with_options(timeout=1.5, max_retries=0)
    assert type(quick) is Trackstar
    assert quick.timeout == httpx.Timeout(1.5) and quick.max_retries == 0
    assert client.timeout == DEFAULT_TIMEOUT and client.max_retries == 2
    assert quick._http is client._http and quick.orders._client is quick
    assert client.with_options(timeout=None).timeout is None
    with pytest.raises(ValueError):
        client.with_options(max_retries=-1)


def test_async_with_access_token_shares_pool(server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}))

    async def body() -> None:
        async with AsyncTrackstar(config=CONFIG, credentials={"api_key": API_KEY}, base_url=server.url) as client:
            acme = client.with_access_token("tok_acme")
            assert acme._http is client._http and acme.orders._client is acme
            item = await acme.orders.retrieve(1)
            assert item.id == 1
            await acme.close()
            assert not client._http.is_closed
        assert client._http.is_closed

    run(body)
    assert server.requests[-1].headers["x-trackstar-access-token"] == "tok_acme"


# -- per-call options ------------------------------------------------------------------------


def test_extra_headers_query_body_and_timeout(server: FaultServer) -> None:
    server.add("POST", "/orders", Reply.json({"id": 5}))
    client = sync_client(server.url)
    options = make_options(
        extra_headers={"x-extra": "yes", "user-agent": "custom"},
        extra_query={"debug": True, "ids": ["a", "b"], "status": "open", "skip": None},
        extra_body={"note": "hi"},
        timeout=3.0,
    )
    item = client.request(
        "POST", "/orders", cast_to=Item, auth=AUTH, query=[("status", "closed"), ("x", "1")], body={"sku": "A"}, options=options
    )
    assert item.id == 5
    seen = server.requests[-1]
    assert seen.headers["x-extra"] == "yes" and seen.headers["user-agent"] == "custom"
    assert seen.query == [("x", "1"), ("debug", "true"), ("ids", "a,b"), ("status", "open")]
    assert seen.json() == {"sku": "A", "note": "hi"}
    assert seen.headers["content-type"] == "application/json"


def test_body_is_json_encoded_with_pydantic(server: FaultServer) -> None:
    import datetime

    server.add("POST", "/orders", Reply.json({"id": 1}))
    sync_client(server.url).request(
        "POST", "/orders", cast_to=Item, auth=AUTH,
        body={"when": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), "item": Item(id=3)},
    )
    assert server.requests[-1].json() == {"when": "2024-01-02T03:04:05Z", "item": {"id": 3, "name": None}}


def test_idempotency_key_only_on_writes(server: FaultServer) -> None:
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        server.add(method, "/orders/1", Reply.json({"id": 1}))
    client = sync_client(server.url)
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        client.request(method, "/orders/1", cast_to=Item, auth=AUTH)
    keys = {r.method: r.headers.get("idempotency-key") for r in server.requests}
    assert keys["GET"] is None
    writes = [keys[m] for m in ("POST", "PUT", "PATCH", "DELETE")]
    assert all(k is not None and uuid.UUID(k).version == 4 for k in writes)
    assert len(set(writes)) == 4


def test_cast_to_none_and_other_types(server: FaultServer) -> None:
    server.add("DELETE", "/orders/1", Reply.empty(204))
    server.add("GET", "/list", Reply.json([{"id": 1}, {"id": 2}]))
    client = sync_client(server.url)
    assert client.request("DELETE", "/orders/1", cast_to=type(None), auth=AUTH) is None
    items = client.request("GET", "/list", cast_to=list[Item], auth=AUTH)
    assert [i.id for i in items] == [1, 2]


def test_models_get_request_id_and_keep_unknown_fields(server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1, "brand_new_field": [1]}))
    item = sync_client(server.url).request("GET", "/orders/1", cast_to=Item, auth=AUTH)
    assert item._request_id == server.requests[-1].request_id
    assert item.brand_new_field == [1]  # type: ignore[attr-defined]


def test_request_id_on_classvar_declared_models(server: FaultServer) -> None:
    from typing import ClassVar, Optional

    import pydantic

    class Light(pydantic.BaseModel):
        _request_id: ClassVar[Optional[str]] = None
        id: int

    server.add("GET", "/orders/1", Reply.json({"id": 1}))
    light = sync_client(server.url).request("GET", "/orders/1", cast_to=Light, auth=AUTH)
    assert light._request_id == server.requests[-1].request_id
    assert Light._request_id is None and light.model_dump() == {"id": 1}


# -- raw responses ---------------------------------------------------------------------------


def test_raw_response_wrapper_sync(server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}, headers={"x-extra": "v"}))
    client = Trackstar(config=CONFIG, credentials={"api_key": API_KEY, "access_token": ACCESS_TOKEN}, base_url=server.url)
    retrieve_raw = to_raw_response_wrapper(client.orders.retrieve)
    raw = retrieve_raw(1)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.headers["x-extra"] == "v" and raw.retries_taken == 0
    assert raw.request_id == server.requests[-1].request_id
    assert raw.json() == {"id": 1} and raw.http_response.status_code == 200
    item = raw.parse()
    assert isinstance(item, Item) and item._request_id == raw.request_id and raw.parse() is item
    # Outside the wrapper, the same method parses as usual.
    assert isinstance(client.orders.retrieve(1), Item)


def test_raw_response_wrapper_async(server: FaultServer) -> None:
    server.add("GET", "/orders/1", Reply.json({"id": 1}))

    async def body() -> None:
        async with AsyncTrackstar(
            config=CONFIG, credentials={"api_key": API_KEY, "access_token": ACCESS_TOKEN}, base_url=server.url
        ) as client:
            raw = await async_to_raw_response_wrapper(client.orders.retrieve)(1)
            assert isinstance(raw, APIResponse) and raw.parse().id == 1
            assert isinstance(await client.orders.retrieve(1), Item)

    run(body)


# -- multipart -------------------------------------------------------------------------------


def test_multipart_files_and_form_fields(server: FaultServer) -> None:
    server.add("POST", "/upload", Reply.json({"id": 1}))
    named = io.BytesIO(b"file-object-bytes")
    named.name = "/tmp/label.pdf"
    client = sync_client(server.url)
    client.request(
        "POST",
        "/upload",
        cast_to=Item,
        auth=AUTH,
        body={"order_id": "ord_1", "count": 2, "urgent": True, "tags": ["a", "b"], "meta": {"k": 1}, "none": None},
        files={
            "raw": b"raw-bytes",
            "fileobj": named,
            "pair": ("notes.txt", b"pair-bytes"),
            "triple": ("data.csv", io.BytesIO(b"a,b"), "text/csv"),
        },
        options=make_options(extra_body={"extra": "e"}),
    )
    seen = server.requests[-1]
    content_type = seen.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    body = seen.body.decode()
    for expected in [
        'name="order_id"\r\n\r\nord_1',
        'name="count"\r\n\r\n2',
        'name="urgent"\r\n\r\ntrue',
        'name="tags"\r\n\r\na',
        'name="tags"\r\n\r\nb',
        'name="meta"\r\n\r\n{"k": 1}',
        'name="extra"\r\n\r\ne',
        'name="raw"; filename="upload"',
        "raw-bytes",
        'name="fileobj"; filename="label.pdf"',
        "file-object-bytes",
        'name="pair"; filename="notes.txt"',
        'name="triple"; filename="data.csv"\r\nContent-Type: text/csv\r\n\r\na,b',
    ]:
        assert expected in body, expected
    assert 'name="none"' not in body
    assert seen.headers.get("idempotency-key")


def test_multipart_is_resent_identically_on_retry(server: FaultServer, sleeps: list[float]) -> None:
    server.add("POST", "/upload", Reply.fail(503), Reply.json({"id": 1}))
    sync_client(server.url, retry_writes=True).request(  # a POST is retried after a 503 only when asked
        "POST", "/upload", cast_to=Item, auth=AUTH, body={"a": "1"}, files={"f": ("x.bin", io.BytesIO(b"payload"))}
    )
    first, second = server.requests
    for seen in (first, second):
        assert b'filename="x.bin"\r\nContent-Type: application/octet-stream\r\n\r\npayload\r\n' in seen.body
        assert b'name="a"\r\n\r\n1\r\n' in seen.body
    # Same size: only the random boundary may differ.
    assert len(first.body) == len(second.body)
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert len(sleeps) == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_responses_are_freed_without_waiting_for_the_cyclic_gc(kind: str, server: FaultServer) -> None:
    """A page's body must go with its page, even while the cyclic GC is off (as during parsing)."""
    import gc
    import weakref

    server.add("GET", "/orders/1", Reply.json({"id": 1}))
    gc.collect()
    gc.disable()
    try:
        if kind == "sync":
            client = sync_client(server.url)
            raw = to_raw_response_wrapper(client.request)("GET", "/orders/1", cast_to=Item, auth=AUTH)
        else:
            aclient = async_client(server.url)
            raw = run(lambda: async_to_raw_response_wrapper(aclient.request)("GET", "/orders/1", cast_to=Item, auth=AUTH))
        ref = weakref.ref(raw.http_response)
        assert raw.parse().id == 1 and raw.text
        del raw
        assert ref() is None
    finally:
        gc.enable()


def test_header_overrides_ignore_case(server: FaultServer) -> None:
    server.add("POST", "/orders", Reply.json({"id": 1}))
    client = sync_client(server.url, default_headers={"User-Agent": "mine/1"})
    options = make_options(extra_headers={"Idempotency-Key": "key-1", "Content-Type": "application/vnd+json"})
    client.request("POST", "/orders", cast_to=Item, auth=AUTH, body={"a": 1}, options=options)
    seen = server.requests[-1]
    assert seen.headers["user-agent"] == "mine/1"
    assert seen.headers["idempotency-key"] == "key-1"
    assert seen.headers["content-type"] == "application/vnd+json"
    names = [name.lower() for name, _ in seen.raw_headers]
    assert all(names.count(n) == 1 for n in ("user-agent", "idempotency-key", "content-type", "accept"))
    assert seen.body == b'{"a":1}'
