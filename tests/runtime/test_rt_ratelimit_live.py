"""Client-side rate limiting against a server that enforces 10 GET/s per access token.

The only assertions are counts: how many 429s the server sent, how many requests and items.
"""

from __future__ import annotations

import asyncio
import threading

from rt_helpers import API_KEY, AUTH, CONFIG, Item, run

from runtime._base_client import AsyncAPIClient, SyncAPIClient
from runtime._exceptions import RateLimitError
from tests.servers.fault_server import FaultServer, PagedCollection, Reply

PATH = "/wms/orders"
ITEMS = [{"id": i} for i in range(12)]  # 4 pages of 3


def test_20_tokens_paginating_concurrently_get_no_429(server: FaultServer) -> None:
    server.rate_limit(10)  # GET per access token per second, like the API
    server.add("GET", PATH, PagedCollection(ITEMS, 3))
    tokens = [f"tok_{n:02d}" for n in range(20)]

    async def body() -> list[list[int]]:
        async with AsyncAPIClient(config=CONFIG, credentials={"api_key": API_KEY}, base_url=server.url, max_retries=0) as client:
            async def paginate(token: str) -> list[int]:
                connection = client.with_access_token(token)
                return [item.id async for item in connection.get_page(PATH, item_type=Item, auth=AUTH)]

            # 3 paginations of 4 pages per token: 12 GETs per token, more than one second's budget.
            return await asyncio.gather(*(paginate(token) for token in tokens for _ in range(3)))

    results = run(body)
    assert server.count(429) == 0
    assert len(server.requests) == 20 * 3 * 4
    assert all(ids == list(range(12)) for ids in results)


def test_without_the_limiter_the_same_load_is_rejected(server: FaultServer) -> None:
    """Control: proves the server really limits, so the test above measures the client."""
    server.rate_limit(10)
    server.add("GET", "/x", Reply.json({"id": 1}))

    async def body() -> list[object]:
        async with AsyncAPIClient(
            config=CONFIG, credentials={"api_key": API_KEY, "access_token": "tok"}, base_url=server.url,
            max_retries=0, rate_limits=False,
        ) as client:
            calls = [client.request("GET", "/x", cast_to=Item, auth=AUTH) for _ in range(12)]
            return await asyncio.gather(*calls, return_exceptions=True)

    results = run(body)
    assert server.count(429) == 2
    assert sum(isinstance(r, RateLimitError) for r in results) == 2


def test_threads_sharing_one_token_get_no_429(server: FaultServer) -> None:
    server.rate_limit(10)
    server.add("GET", "/x", Reply.json({"id": 1}))
    client = SyncAPIClient(
        config=CONFIG, credentials={"api_key": API_KEY, "access_token": "tok"}, base_url=server.url, max_retries=0
    )
    errors: list[BaseException] = []

    def work() -> None:
        # Separate client objects for the same token still share the process-wide limiter.
        mine = client.with_access_token("tok")
        try:
            for _ in range(4):
                mine.request("GET", "/x", cast_to=Item, auth=AUTH)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert errors == []
    assert server.count(429) == 0 and len(server.requests) == 16


def test_event_loops_in_different_threads_share_the_limiter(server: FaultServer) -> None:
    server.rate_limit(10)
    server.add("GET", "/x", Reply.json({"id": 1}))
    errors: list[BaseException] = []

    def loop_in_thread() -> None:
        async def body() -> None:
            async with AsyncAPIClient(
                config=CONFIG, credentials={"api_key": API_KEY, "access_token": "tok"}, base_url=server.url, max_retries=0
            ) as client:
                await asyncio.gather(*(client.request("GET", "/x", cast_to=Item, auth=AUTH) for _ in range(6)))

        try:
            asyncio.run(body())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=loop_in_thread) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert server.count(429) == 0 and len(server.requests) == 12


def test_a_429_pauses_every_user_of_the_token(server: FaultServer) -> None:
    """Another process used up the budget: the server's 429 holds back all our tasks, then all succeed."""
    server.add("GET", "/x", Reply.json({"error": "slow"}, 429, {"retry-after": "0.3"}), Reply.json({"id": 1}))

    async def body() -> None:
        async with AsyncAPIClient(
            config=CONFIG, credentials={"api_key": API_KEY, "access_token": "tok"}, base_url=server.url
        ) as client:
            await client.request("GET", "/x", cast_to=Item, auth=AUTH)  # 429, waits 0.3 s, retries
            await asyncio.gather(*(client.request("GET", "/x", cast_to=Item, auth=AUTH) for _ in range(3)))

    run(body)
    assert server.count(429) == 1 and server.count(200) == 4
