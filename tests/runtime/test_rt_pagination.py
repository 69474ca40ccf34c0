"""Cursor pagination: laziness, filters on every page, faults mid-way, loop detection, raw pages."""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest
from rt_helpers import AUTH, CONFIG, Item, async_client, run, sync_client

from runtime._exceptions import APIResponseValidationError, InternalServerError, PaginationLoopError
from runtime._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage, parse_page_body
from runtime._response import APIResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from runtime._types import make_options
from tests.servers.fault_server import FaultServer, PagedCollection, Reply

PATH = "/wms/orders"
ITEMS = [{"id": i, "name": f"order {i}"} for i in range(25)]
FILTERS = [("limit", "10"), ("status[in]", "open,backordered"), ("created_date[gte]", "2024-01-01T00:00:00Z")]


def ids(items: Any) -> list[int]:
    return [item.id for item in items]


def test_sync_pages_lazily_and_repeats_every_filter(server: FaultServer) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 10))
    client = sync_client(server.url)
    page = client.get_page(PATH, item_type=Item, auth=AUTH, query=FILTERS)
    assert isinstance(page, SyncCursorPage)
    assert len(server.requests) == 1  # only the first page so far
    assert ids(page.data) == list(range(10)) and page.next_token == "page-1" and page.total_count == 25
    assert page.request_id == "req_1" and page.data[0]._request_id == "req_1" and page.has_next_page()

    iterator = iter(page)
    first_ten = [next(iterator) for _ in range(10)]
    assert ids(first_ten) == list(range(10)) and len(server.requests) == 1
    next(iterator)
    assert len(server.requests) == 2
    assert ids(first_ten) + [10] + ids(iterator) == list(range(25))
    assert len(server.requests) == 3

    for request in server.requests:
        assert request.query[: len(FILTERS)] == FILTERS  # every filter, unchanged, in order
    assert [r.param("page_token") for r in server.requests] == [None, "page-1", "page-2"]
    assert all(len(r.query) == len(FILTERS) + (1 if r.param("page_token") else 0) for r in server.requests)


def test_iter_pages_and_get_next_page(server: FaultServer) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 10))
    page = sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH)
    pages = list(page.iter_pages())
    assert [len(p.data) for p in pages] == [10, 10, 5]
    assert [p.request_id for p in pages] == ["req_1", "req_2", "req_3"]
    assert pages[2].data[0]._request_id == "req_3"
    last = pages[-1]
    assert not last.has_next_page() and last.next_token is None
    with pytest.raises(RuntimeError):
        last.get_next_page()
    # A page can be asked for its successor again without tripping loop detection.
    assert ids(page.get_next_page().data) == ids(page.get_next_page().data) == list(range(10, 20))
    assert "items=10" in repr(page) and "next_token='page-1'" in repr(page)


def test_empty_collection(server: FaultServer) -> None:
    server.add("GET", PATH, PagedCollection([], 10))
    page = sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH)
    assert page.data == [] and list(page) == [] and page.total_count == 0


def test_faults_mid_pagination_never_lose_or_duplicate_items(server: FaultServer, sleeps: list[float]) -> None:
    pages = PagedCollection(ITEMS, 5)
    server.add(
        "GET", PATH,
        pages, Reply.reset_connection(), pages, Reply.fail(503), Reply.html(502), pages,
        Reply.json({"error": "slow"}, 429, {"retry-after": "0"}), pages, Reply.fail(500), pages,
    )
    items = list(sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, query=FILTERS))
    assert ids(items) == list(range(25))
    ok = [r for r in server.requests if r.status == 200]
    assert [r.param("page_token") for r in ok] == [None, "page-1", "page-2", "page-3", "page-4"]
    # Each retried page request repeated the same query, token included.
    assert all(r.query[: len(FILTERS)] == FILTERS for r in server.requests)
    assert len(sleeps) == 5


def test_async_faults_mid_pagination(server: FaultServer, sleeps: list[float]) -> None:
    pages = PagedCollection(ITEMS, 5)
    server.add("GET", PATH, pages, Reply.reset_connection(), pages, Reply.fail(503), pages)

    async def body() -> list[Item]:
        async with async_client(server.url) as client:
            return [item async for item in client.get_page(PATH, item_type=Item, auth=AUTH, query=FILTERS)]

    assert ids(run(body)) == list(range(25))
    assert len(sleeps) == 2


def test_page_failure_after_retries_raises(server: FaultServer, sleeps: list[float]) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 10), Reply.fail(503))
    page = sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH)
    seen: list[Item] = []
    with pytest.raises(InternalServerError):
        for item in page:
            seen.append(item)
    assert ids(seen) == list(range(10))


@pytest.mark.parametrize(("loop_from", "loop_to"), [(1, 1), (3, 1)])
def test_repeated_next_token_raises_pagination_loop_error(server: FaultServer, loop_from: int, loop_to: int) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 5, loop_from=loop_from, loop_to=loop_to))
    page = sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH)
    seen: list[Item] = []
    with pytest.raises(PaginationLoopError) as info:
        for item in page:
            seen.append(item)
    assert ids(seen) == list(range(5 * (loop_from + 1)))  # every page once, then a clear error
    assert info.value.token == f"page-{loop_to}"
    assert "next_token" in str(info.value)
    assert len(server.requests) == loop_from + 1


def test_token_equal_to_the_one_just_sent_is_a_loop(server: FaultServer) -> None:
    server.add(
        "GET", PATH,
        Reply.json({"data": [{"id": 1}], "next_token": "A", "total_count": 2}),
        Reply.json({"data": [{"id": 2}], "next_token": "A", "total_count": 2}),
    )

    async def body() -> list[int]:
        seen: list[int] = []
        async with async_client(server.url) as client:
            with pytest.raises(PaginationLoopError):
                async for item in client.get_page(PATH, item_type=Item, auth=AUTH):
                    seen.append(item.id)
        return seen

    assert run(body) == [1, 2]
    assert len(server.requests) == 2


def test_caller_supplied_first_token_counts_as_seen(server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json({"data": [{"id": 1}], "next_token": "A"}))
    page = sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, query=[("page_token", "A")])
    with pytest.raises(PaginationLoopError):
        page.get_next_page()


def test_async_paginator_await_and_iterate(server: FaultServer) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 10))

    async def body() -> None:
        async with async_client(server.url) as client:
            paginator = client.get_page(PATH, item_type=Item, auth=AUTH, query=FILTERS)
            assert isinstance(paginator, AsyncPaginator)
            assert server.requests == []  # nothing fetched until awaited or iterated
            first = await paginator
            assert isinstance(first, AsyncCursorPage) and ids(first.data) == list(range(10))
            assert first.total_count == 25 and first.data[0]._request_id == first.request_id
            assert [len(p.data) async for p in first.iter_pages()] == [10, 10, 5]
            second = await first.get_next_page()
            assert ids(second.data) == list(range(10, 20))
            assert ids([item async for item in first]) == list(range(25))
            assert ids([item async for item in client.get_page(PATH, item_type=Item, auth=AUTH)]) == list(range(25))

    run(body)
    assert len(server.requests) == 9
    assert all(r.query[: len(FILTERS)] == FILTERS for r in server.requests[:6])


def test_extra_query_is_repeated_on_every_page(server: FaultServer) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 10))
    options = make_options(extra_query={"debug": "1"}, extra_headers={"x-trace": "t"})
    list(sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, options=options))
    assert len(server.requests) == 3
    assert all(r.param("debug") == "1" and r.headers["x-trace"] == "t" for r in server.requests)


def test_raw_page_responses(server: FaultServer) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 10))
    client = sync_client(server.url)

    def list_orders() -> SyncCursorPage[Item]:
        return client.get_page(PATH, item_type=Item, auth=AUTH)

    raw = to_raw_response_wrapper(list_orders)()
    assert isinstance(raw, APIResponse) and raw.status_code == 200 and raw.request_id == "req_1"
    page = raw.parse()
    assert isinstance(page, SyncCursorPage)
    assert ids(page) == list(range(25))  # later pages parse normally outside the wrapper

    aclient = async_client(server.url)

    async def body() -> None:
        def alist() -> AsyncPaginator[Item]:
            return aclient.get_page(PATH, item_type=Item, auth=AUTH)

        araw = await async_to_raw_response_wrapper(alist)()
        assert isinstance(araw, APIResponse)
        apage = araw.parse()
        assert isinstance(apage, AsyncCursorPage) and ids([i async for i in apage]) == list(range(25))
        await aclient.close()

    run(body)


def test_iter_pages_gives_each_pages_response_headers_and_rate_limit(server: FaultServer) -> None:
    server.rate_limit(100)  # the server adds x-ratelimit-* headers to every answer
    server.add("GET", PATH, PagedCollection(ITEMS, 10))
    pages = list(sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, query=FILTERS).iter_pages())
    assert [p.request_id for p in pages] == [p.headers["x-request-id"] for p in pages] == ["req_1", "req_2", "req_3"]
    assert [p.status_code for p in pages] == [200, 200, 200]
    assert [p.rate_limit.remaining for p in pages] == [99, 98, 97]
    assert all(p.rate_limit.limit == 100 and p.rate_limit.reset is not None for p in pages)
    assert [ids(p.data) for p in pages] == [list(range(0, 10)), list(range(10, 20)), list(range(20, 25))]


def test_a_page_without_rate_limit_headers_reads_none(server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json({"data": [], "next_token": None}, headers={"x-ratelimit-remaining": "many"}))
    page = sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH)
    assert (page.rate_limit.limit, page.rate_limit.remaining, page.rate_limit.reset) == (None, None, None)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_iter_pages_keeps_the_loop_guard(kind: str, server: FaultServer) -> None:
    server.add("GET", PATH, PagedCollection(ITEMS, 5, loop_from=2, loop_to=1))
    seen: list[str | None] = []
    if kind == "sync":
        with pytest.raises(PaginationLoopError):
            for page in sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH).iter_pages():
                seen.append(page.request_id)
    else:

        async def body() -> None:
            async with async_client(server.url) as client:
                with pytest.raises(PaginationLoopError):
                    async for page in client.get_page(PATH, item_type=Item, auth=AUTH).iter_pages():
                        seen.append(page.request_id)

        run(body)
    assert seen == ["req_1", "req_2", "req_3"]  # each page once, then the error instead of a loop
    assert len(server.requests) == 3


def test_async_paginator_iter_pages_starts_at_the_first_page(server: FaultServer) -> None:
    server.rate_limit(50)
    server.add("GET", PATH, PagedCollection(ITEMS, 10))

    async def body() -> list[tuple[int, int | None]]:
        async with async_client(server.url) as client:
            return [(len(p.data), p.rate_limit.remaining) async for p in client.get_page(PATH, item_type=Item, auth=AUTH).iter_pages()]

    assert run(body) == [(10, 49), (10, 48), (5, 47)]


def test_invalid_page_body_is_a_validation_error(server: FaultServer) -> None:
    server.add("GET", PATH, Reply.json({"items": []}), Reply(200, b"{not json"), Reply.json({"data": [{"id": "x"}]}))
    client = sync_client(server.url)
    for _ in range(3):
        with pytest.raises(APIResponseValidationError):
            client.get_page(PATH, item_type=Item, auth=AUTH)


def test_parse_page_body_on_an_order_page() -> None:
    """A realistic 1000-order page parses into typed models (the speed is in bench_page_parse.py)."""
    import datetime

    from bench_page_parse import make_page
    from rt_order_models import Order

    body = make_page(1000)
    data, next_token, total = parse_page_body(body, Order, CONFIG.pagination, "req_9")
    assert len(data) == total == 1000 and next_token is None
    order = data[999]
    assert isinstance(order, Order) and order.id == "order_0000999" and order.request_id == "req_9"
    assert order.created_date == datetime.datetime(2022, 1, 1, tzinfo=datetime.timezone.utc)
    assert order.shipments and order.shipments[0].packages and order.shipments[0].packages[0].measurements
    assert order.shipping_method == "" and order.model_extra == {"additional_fields": {"key": "value"}}
    assert json.loads(body)["data"][5] == data[5].model_dump(exclude_unset=True, mode="json") | {
        "created_date": "2022-01-01T00:00:00Z",
        "updated_date": "2022-01-02T05:05:05Z",
        "required_ship_date": "2021-01-01T12:00:00Z",
        "shipments": json.loads(body)["data"][5]["shipments"],
    }


def test_the_benchmark_page_built_from_the_document_parses() -> None:
    """The 1,000-order page `make bench` times, built from the upstream document's examples."""
    from bench.payload import build_orders
    from rt_order_models import Order

    body = json.dumps({"data": build_orders(1000), "next_token": None, "total_count": 1000}).encode()
    data, _, total = parse_page_body(body, Order, CONFIG.pagination)
    assert len(data) == total == 1000 and len({order.id for order in data}) == 1000


def test_page_parsing_restores_the_gc_state() -> None:
    import gc

    body = b'{"data": [{"id": 1}], "next_token": null}'
    assert gc.isenabled()
    parse_page_body(body, Item, CONFIG.pagination)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_page_body(body, Item, CONFIG.pagination)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
    with pytest.raises(pydantic.ValidationError):  # the documented error, and gc is back on after it
        parse_page_body(b"{", Item, CONFIG.pagination)
    assert gc.isenabled()


@pytest.mark.parametrize("kind", ["sync", "async", "async-paginator"])
def test_iterating_releases_each_page_before_fetching_the_next(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walking N pages must hold about one page in memory, not all of them (nor the first)."""
    import gc
    import weakref

    from runtime import _pagination

    created: list[weakref.ref[object]] = []
    original_init = _pagination._CursorPage.__init__

    def tracking_init(self: Any, **kwargs: Any) -> None:
        original_init(self, **kwargs)
        created.append(weakref.ref(self))

    monkeypatch.setattr(_pagination._CursorPage, "__init__", tracking_init)
    alive_while_fetching: list[int] = []
    pages = PagedCollection(ITEMS, 10)

    def handler(request: Any) -> Reply:
        gc.collect()
        alive_while_fetching.append(sum(ref() is not None for ref in created))
        return pages(request)

    server.add("GET", PATH, pages, handler)
    if kind == "sync":
        items = iter(sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH))
        assert ids(items) == list(range(25))
    else:

        async def body() -> list[Item]:
            async with async_client(server.url) as client:
                paginator = client.get_page(PATH, item_type=Item, auth=AUTH)
                if kind == "async":
                    aitems = (await paginator).__aiter__()
                    return [item async for item in aitems]
                return [item async for item in paginator]

        assert ids(run(body)) == list(range(25))
    assert len(created) == 3
    assert alive_while_fetching == [0, 0]  # page k was gone while page k+1 was fetched
