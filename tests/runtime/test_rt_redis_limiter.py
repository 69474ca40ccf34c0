"""The Redis limiter store against a real local redis-server: one window shared by every limiter
object (as by every process) for a token, its fallback when Redis is down, and how it is chosen."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest
import redis
from rt_helpers import API_KEY, AUTH, CONFIG, Item, async_client, run, sync_client

from runtime import _ratelimit, _ratelimit_redis
from runtime._exceptions import RateLimitStoreError
from runtime._ratelimit import StoreSettings, limiter_for, parse_store
from runtime._ratelimit_redis import KEY_PREFIX, RedisRateLimiter, display_url
from tests.servers.fault_server import FaultServer, Reply
from tests.servers.redis_server import RedisServer, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with RedisServer() as server:
        yield server.url


@pytest.fixture
def store(redis_url: str) -> Iterator[StoreSettings]:
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield StoreSettings(redis_url)
    client.close()


def redis_keys(client: redis.Redis) -> list[str]:
    return sorted(k.decode() if isinstance(k, bytes) else str(k) for k in client.keys("*"))


def limiter(store: StoreSettings, per_second: float = 10, digest: str = "d1") -> RedisRateLimiter:
    return RedisRateLimiter(store, digest, per_second)


def take(lim: RedisRateLimiter, n: int, *, release: bool = True) -> list[int]:
    tickets = []
    for _ in range(n):
        wait, ticket = lim.try_acquire()
        assert ticket is not None, f"expected a free slot, got a wait of {wait}"
        if release:
            lim.release(ticket)
        tickets.append(ticket)
    return tickets


def test_two_limiters_share_one_window(store: StoreSettings) -> None:
    a, b = limiter(store), limiter(store)  # like two processes: only Redis connects them
    take(a, 10)
    wait, ticket = b.try_acquire()
    assert ticket is None and 0.9 <= wait <= 1.011  # the window is 1 s plus the 0.01 s margin
    other_token = limiter(store, digest="d2")
    assert other_token.try_acquire()[1] is not None  # another token has its own window


def test_a_request_in_flight_holds_its_slot_until_released(store: StoreSettings) -> None:
    a, b = limiter(store, per_second=2), limiter(store, per_second=2)
    first, second = take(a, 2, release=False)
    wait, ticket = b.try_acquire()
    assert ticket is None and wait == pytest.approx(0.05)  # in flight: its end is unknown, so poll
    a.release(first)
    wait, ticket = b.try_acquire()
    assert ticket is None and 0.95 <= wait <= 1.01  # counts a full window from its response


def test_tickets_are_global_and_increasing(store: StoreSettings) -> None:
    a, b = limiter(store, per_second=100), limiter(store, per_second=100)
    assert take(a, 2) + take(b, 2) == [1, 2, 3, 4]


def test_pause_after_a_429_holds_every_process_back(store: StoreSettings) -> None:
    a, b = limiter(store), limiter(store)
    a.pause(0.5)
    wait, ticket = b.try_acquire()
    assert ticket is None and 0.4 <= wait <= 0.5
    a.pause(1000)  # capped at MAX_SERVER_PAUSE
    assert 59 <= b.try_acquire()[0] <= 60


def test_server_budget_is_shared_and_counts_requests_started_since(store: StoreSettings) -> None:
    a, b = limiter(store, per_second=100), limiter(store, per_second=100)
    first, _, _ = take(a, 3)  # two more started (by anyone) before the first one's response
    b.observe({"x-ratelimit-remaining": "4", "x-ratelimit-reset": f"{time.time() + 2:.3f}"}, first)
    take(a, 2)
    wait, ticket = a.try_acquire()
    assert ticket is None and 1.5 <= wait <= 2.0
    b.observe({"x-ratelimit-remaining": "50", "x-ratelimit-reset": "9"}, first - 1 if first > 1 else 0)  # older: ignored
    assert a.try_acquire()[1] is None


def test_keys_expire_carry_a_hash_tag_and_no_secrets(store: StoreSettings, redis_url: str) -> None:
    lim = limiter_for("https://x", [API_KEY, "tok_SECRET"], "read", 10, store=store)
    assert isinstance(lim, RedisRateLimiter)
    take(lim, 1)
    client = redis.Redis.from_url(redis_url)
    keys = redis_keys(client)
    assert len(keys) == 2 and all(k.startswith(f"{KEY_PREFIX}:{{") for k in keys)  # done + state
    assert not any("SECRET" in k or API_KEY in k for k in keys)
    assert all(0 < client.pttl(k) <= 250_000 for k in keys)
    client.close()


def test_async_methods_use_the_same_window(store: StoreSettings) -> None:
    sync_side = limiter(store, per_second=3)

    async def body() -> tuple[float, int | None]:
        lim = limiter(store, per_second=3)
        tickets = [await lim.acquire_async() for _ in range(2)]
        for ticket in tickets:
            await lim.release_async(ticket)
        await lim.observe_async({"x-ratelimit-remaining": "5", "x-ratelimit-reset": "3"}, tickets[-1])
        try:
            return await lim.try_acquire_async()
        finally:
            await _ratelimit.close_store_connections()

    assert run(body)[1] is not None  # the third slot
    wait, ticket = sync_side.try_acquire()
    assert ticket is None and 0.9 <= wait <= 1.01


# -- through the client ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_client_requests_go_through_redis(kind: str, store: StoreSettings, redis_url: str, server: FaultServer) -> None:
    server.add("GET", "/x", Reply.json({"id": 1}))
    kwargs = {"rate_limits": None, "rate_limit_store": redis_url}
    if kind == "sync":
        with sync_client(server.url, **kwargs) as client:
            for _ in range(3):
                client.request("GET", "/x", cast_to=Item, auth=AUTH)
    else:

        async def body() -> None:
            async with async_client(server.url, **kwargs) as client:
                await asyncio.gather(*(client.request("GET", "/x", cast_to=Item, auth=AUTH) for _ in range(3)))
                assert asyncio.get_running_loop() in _ratelimit_redis._stores[store]._async
            # Closing the client closed this loop's Redis connections (they cannot outlive it).
            assert asyncio.get_running_loop() not in _ratelimit_redis._stores[store]._async

        run(body)
    store_client = redis.Redis.from_url(redis_url)
    done = [k for k in redis_keys(store_client) if k.endswith(":done")]
    assert len(done) == 1 and store_client.zcard(done[0]) == 3  # all 3 requests counted in the shared window
    store_client.close()


def _warnings(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.levelno == logging.WARNING and r.name == "trackstar"]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_unreachable_store_falls_back_to_local_with_one_warning(
    kind: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.add("GET", "/x", Reply.json({"id": 1}))
    down = f"redis://:hunter2@127.0.0.1:{free_port()}/0"  # nothing listens there
    kwargs = {"rate_limits": None, "rate_limit_store": down}
    caplog.set_level(logging.WARNING, logger="trackstar")
    if kind == "sync":
        with sync_client(server.url, **kwargs) as client:
            for _ in range(12):  # more than one second's budget: the local window still applies
                client.request("GET", "/x", cast_to=Item, auth=AUTH)
    else:

        async def body() -> None:
            async with async_client(server.url, **kwargs) as client:
                for _ in range(12):
                    await client.request("GET", "/x", cast_to=Item, auth=AUTH)

        run(body)
    started = [r.time for r in server.requests]
    assert len(started) == 12 and started[10] - started[0] >= 1.0  # limited in-process: 10 per second
    messages = _warnings(caplog.records)
    assert len(messages) == 1 and "unreachable" in messages[0] and "limiting in this process" in messages[0]
    assert "hunter2" not in messages[0] and ":***@127.0.0.1" in messages[0]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_unreachable_store_raises_when_asked_to(kind: str, server: FaultServer) -> None:
    server.add("GET", "/x", Reply.json({"id": 1}))
    down = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    kwargs = {"rate_limits": None, "rate_limit_store": down, "rate_limit_store_fallback": "raise"}
    with pytest.raises(RateLimitStoreError) as info:
        if kind == "sync":
            sync_client(server.url, **kwargs).request("GET", "/x", cast_to=Item, auth=AUTH)
        else:

            async def body() -> None:
                async with async_client(server.url, **kwargs) as client:
                    await client.request("GET", "/x", cast_to=Item, auth=AUTH)

            run(body)
    assert server.requests == []  # nothing was sent unlimited
    text = str(info.value)
    assert "unreachable" in text and "rate_limit_store_fallback='local'" in text and "hunter2" not in text


def test_store_comes_from_the_environment_and_the_argument_wins(
    monkeypatch: pytest.MonkeyPatch, redis_url: str
) -> None:
    monkeypatch.setenv("TRACKSTAR_RATE_LIMIT_STORE", redis_url)
    assert sync_client("http://127.0.0.1:1").rate_limit_store == StoreSettings(redis_url)
    assert sync_client("http://127.0.0.1:1", rate_limit_store="local").rate_limit_store is None
    monkeypatch.setenv("TRACKSTAR_RATE_LIMIT_STORE", "memcached://127.0.0.1:11211")
    with pytest.raises(ValueError, match=r"TRACKSTAR_RATE_LIMIT_STORE = 'memcached://.*redis://host:port/db"):
        sync_client("http://127.0.0.1:1")
    with pytest.raises(ValueError, match=r"rate_limit_store = 'localhost:6379'"):
        sync_client("http://127.0.0.1:1", rate_limit_store="localhost:6379")
    with pytest.raises(ValueError, match="rate_limit_store_fallback must be 'local' or 'raise'"):
        parse_store(redis_url, source="rate_limit_store", fallback="ignore")


def test_display_url_hides_only_the_password() -> None:
    assert display_url("redis://user:pw@h:6380/2") == "redis://user:***@h:6380/2"
    assert display_url("redis://h:6379/0") == "redis://h:6379/0"


def test_redis_is_imported_only_when_a_redis_store_is_chosen() -> None:
    code = (
        "import sys; sys.path[:0] = [{templates!r}, {runtime_tests!r}]\n"
        "from rt_helpers import sync_client\n"
        "client = sync_client('http://127.0.0.1:1', rate_limits=None)\n"
        "client._build_call('GET', '/x', auth=('api_key',), query=(), body=None, files=None, options=None)\n"
        "assert 'redis' not in sys.modules, 'redis imported without a redis store'\n"
        "client = sync_client('http://127.0.0.1:1', rate_limits=None, rate_limit_store='redis://127.0.0.1:1/0')\n"
        "assert 'redis' not in sys.modules, 'redis imported at construction'\n"
        "client._build_call('GET', '/x', auth=('api_key',), query=(), body=None, files=None, options=None)\n"
        "assert 'redis' in sys.modules\n"
    ).format(templates=str(ROOT / "generator" / "targets" / "python"), runtime_tests=str(ROOT / "tests" / "runtime"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_registry_keeps_local_and_shared_limiters_apart(store: StoreSettings) -> None:
    local = limiter_for("https://x", ["k", "t"], "read", 10)
    shared = limiter_for("https://x", ["k", "t"], "read", 10, store=store)
    assert isinstance(local, _ratelimit.RateLimiter) and isinstance(shared, RedisRateLimiter)
    assert limiter_for("https://x", ["k", "t"], "read", 10, store=store) is shared
    assert CONFIG.rate_limit_store_env == "TRACKSTAR_RATE_LIMIT_STORE"
