"""Long `in` lists: split into URLs the server accepts, or refused before sending.

The local server answers 414 to any URL over 8,000 characters, as a real front end does; the
SDK's limit is the same number (`_urls.MAX_URL_LENGTH`), so a request that reached the server
with a longer URL would fail these tests.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from rt_helpers import AUTH, Item, async_client, run, sync_client

from runtime._exceptions import URLTooLongError
from runtime._urls import MAX_URL_LENGTH, PAGE_TOKEN_ROOM, chunk_query, url_length
from runtime._types import make_options
from tests.servers.fault_server import FaultServer, RecordedRequest, Reply

PATH = "/wms/orders"
IDS = [f"ord_{i:04d}_{'x' * 16}" for i in range(500)]  # 25 characters each: 500 of them make ~13,900
ITEMS: list[dict[str, Any]] = [{"id": n, "name": order_id} for n, order_id in enumerate(IDS)]


class ByIds:
    """`GET /wms/orders?ids[in]=...`: 414 past 8,000 characters, else the matching orders as pages."""

    def __init__(self, server: FaultServer, page_size: int = 1000) -> None:
        self.server = server
        self.page_size = page_size

    def __call__(self, request: RecordedRequest) -> Reply:
        if len(self.server.url) + len(request.raw_target) > MAX_URL_LENGTH:
            return Reply.error(414, "URI Too Long")
        wanted = set((request.param("ids[in]") or "").split(","))
        matches = [item for item in ITEMS if item["name"] in wanted]
        token = request.param("page_token")
        page = int(token.removeprefix("page-")) if token else 0
        chunk = matches[page * self.page_size : (page + 1) * self.page_size]
        more = (page + 1) * self.page_size < len(matches)
        return Reply.json({"data": chunk, "next_token": f"page-{page + 1}" if more else None, "total_count": len(matches)})


def names(items: Any) -> list[str]:
    return [item.name for item in items]


def test_the_server_refuses_the_whole_list_in_one_url(server: FaultServer) -> None:
    server.add("GET", PATH, ByIds(server))
    response = httpx.get(server.url + PATH, params={"ids[in]": ",".join(IDS)})
    assert response.status_code == 414 and len(str(response.url)) > 11_000


@pytest.mark.parametrize("page_size", [1000, 70])
def test_a_long_in_list_is_split_and_every_item_comes_back_once(server: FaultServer, page_size: int) -> None:
    server.add("GET", PATH, ByIds(server, page_size))
    query = [("status", "open"), ("ids[in]", ",".join(IDS)), ("limit", str(page_size))]
    items = list(sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, query=query))
    assert names(items) == IDS  # every order, once, in the order asked for
    assert server.count(414) == 0
    assert all(len(server.url) + len(r.raw_target) <= MAX_URL_LENGTH - PAGE_TOKEN_ROOM + 20 for r in server.requests)
    firsts = [r for r in server.requests if r.param("page_token") is None]
    assert len(firsts) == 2  # ~13,900 characters of ids: two parts
    asked = [v for r in firsts for v in (r.param("ids[in]") or "").split(",")]
    assert asked == IDS  # the parts are disjoint and cover the list
    assert all(r.param("status") == "open" and r.param("limit") == str(page_size) for r in server.requests)
    if page_size == 70:  # the second part restarts at page-1: not mistaken for a loop
        tokens = [r.param("page_token") for r in server.requests]
        assert tokens.count("page-1") == 2


def test_iter_pages_walks_the_parts_one_after_another(server: FaultServer) -> None:
    server.add("GET", PATH, ByIds(server))
    page = sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, query=[("ids[in]", ",".join(IDS))])
    pages = list(page.iter_pages())
    assert len(pages) == 2 and sum(len(p.data) for p in pages) == 500
    assert [p.total_count for p in pages] == [len(p.data) for p in pages]  # per part
    assert pages[0].has_next_page() and not pages[1].has_next_page()


def test_repeated_ids_are_asked_for_once(server: FaultServer) -> None:
    server.add("GET", PATH, ByIds(server))
    doubled = ",".join(IDS + IDS[:100])
    items = list(sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, query=[("ids[in]", doubled)]))
    assert names(items) == IDS


def test_async_lists_split_the_same_way(server: FaultServer) -> None:
    server.add("GET", PATH, ByIds(server, 90))

    async def body() -> list[str]:
        async with async_client(server.url) as client:
            query = [("ids[in]", ",".join(IDS))]
            return [item.name async for item in client.get_page(PATH, item_type=Item, auth=AUTH, query=query)]

    assert run(body) == IDS
    assert server.count(414) == 0


def test_extra_query_counts_towards_the_length(server: FaultServer) -> None:
    server.add("GET", PATH, ByIds(server))
    options = make_options(extra_query={"trace": "t" * 3000})
    query = [("ids[in]", ",".join(IDS[:250]))]  # ~6,900 characters: fits alone, not with the trace
    items = list(sync_client(server.url).get_page(PATH, item_type=Item, auth=AUTH, query=query, options=options))
    assert names(items) == IDS[:250] and server.count(414) == 0
    assert len(server.requests) == 2 and all(r.param("trace") == "t" * 3000 for r in server.requests)


def test_a_list_that_cannot_be_split_fails_before_sending(server: FaultServer) -> None:
    server.add("GET", PATH, ByIds(server))
    client = sync_client(server.url)
    with pytest.raises(URLTooLongError) as caught:
        client.get_page(PATH, item_type=Item, auth=AUTH, query=[("ids[nin]", ",".join(IDS))])  # "none of": not splittable
    assert caught.value.parameter == "ids[nin]" and caught.value.limit == MAX_URL_LENGTH
    assert caught.value.length > 11_000 and "ids[nin]" in str(caught.value) and "8000" in str(caught.value)
    with pytest.raises(URLTooLongError):  # not a list call: nothing to iterate parts with
        client.request("GET", "/wms/orders/search", cast_to=Item, auth=AUTH, query=[("ids[in]", ",".join(IDS))])
    with pytest.raises(ValueError):  # also a ValueError, like the SDK's other input checks
        client.get_page(PATH, item_type=Item, auth=AUTH, query=[("ids[in]", "x" * 9000)])
    assert server.requests == []


def test_chunk_query_keeps_each_part_within_the_budget() -> None:
    url = "https://production.trackstarhq.com/wms/orders"
    query = [("ids[in]", ",".join(IDS)), ("sku[in-insensitive]", "a,b")]
    parts = chunk_query(url, query, 3000, reserve=100)
    assert all(url_length(url, part) <= 2900 for part in parts) and len(parts) >= 5
    assert [v for part in parts for v in part[0][1].split(",")] == IDS
    assert all(part[1] == ("sku[in-insensitive]", "a,b") for part in parts)
    assert chunk_query(url, [("ids[in]", "a,b")]) == [(("ids[in]", "a,b"),)]  # short: unchanged
    # Values with characters that are percent-encoded are measured as sent.
    wide = [("ids[in]", ",".join("é/" * 10 for _ in range(200)))]
    assert all(url_length(url, part) <= 2900 for part in chunk_query(url, wide, 3000, reserve=100))
