"""Four OS processes page with one access token against a server enforcing 10 GET/s per token.

With the Redis store they share one window: no 429 at all, and together they get close to the
allowed rate. The control runs the same processes with in-process limiters, each of which allows
10/s, so together they exceed the limit and draw 429s (proving the server really limits).

This file is also the worker: `python test_rt_redis_shared.py BASE_URL TOKEN STORE MODE` prints
"ready", waits for a line on stdin, pages once through the collection and prints a JSON summary.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[2]
for _path in (ROOT / "generator" / "targets" / "python", ROOT / "tests" / "runtime", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

PROCESSES = 4
PAGES_PER_PROCESS = 15  # 60 requests: six full windows of 10
PAGE_SIZE = 2
ALLOWED_PER_SECOND = 10
PATH = "/wms/orders"


def worker(base_url: str, token: str, store: str, mode: str) -> dict[str, Any]:
    """Page through the collection once; a 429 is not retried (max_retries=0) but counted."""
    import asyncio

    from rt_helpers import API_KEY, AUTH, Item

    from runtime._base_client import AsyncAPIClient, SyncAPIClient
    from rt_helpers import CONFIG
    from runtime._exceptions import RateLimitError

    credentials = {"api_key": API_KEY, "access_token": token}
    options: dict[str, Any] = {"config": CONFIG, "credentials": credentials, "base_url": base_url, "max_retries": 0}
    options["rate_limit_store"] = store
    print("ready", flush=True)
    sys.stdin.readline()  # every worker starts paging at the same moment
    pages = items = rejected = 0
    if mode == "sync":
        with SyncAPIClient(**options) as client:
            try:
                page = client.get_page(PATH, item_type=Item, auth=AUTH)
                while True:
                    pages += 1
                    items += len(page.data)
                    if not page.has_next_page():
                        break
                    page = page.get_next_page()
            except RateLimitError:
                rejected += 1
    else:

        async def paginate() -> None:
            nonlocal pages, items, rejected
            async with AsyncAPIClient(**options) as client:
                try:
                    page = await client.get_page(PATH, item_type=Item, auth=AUTH)
                    while True:
                        pages += 1
                        items += len(page.data)
                        if not page.has_next_page():
                            break
                        page = await page.get_next_page()
                except RateLimitError:
                    rejected += 1

        asyncio.run(paginate())
    return {"pages": pages, "items": items, "rejected": rejected}


def run_processes(base_url: str, store: str, modes: list[str], token: str = "tok_shared") -> list[dict[str, Any]]:
    """Start one worker per mode, release them together, return their summaries."""
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, base_url, token, store, mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for mode in modes
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip() == "ready", f"worker failed to start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def aggregate_rate(times: list[float], limit: int = ALLOWED_PER_SECOND) -> float:
    """Sustained accepted requests per second: the requests after the first `limit` (which
    arrive as a burst) over the time they took. A client sending exactly `limit` per window
    scores `limit`/s; the server's limit makes more impossible."""
    times = sorted(times)
    return (len(times) - limit) / (times[-1] - times[limit - 1])


def overall_rate(times: list[float], window: float = 1.0) -> float:
    """Accepted requests over first-to-last arrival plus one window (also `limit`/s when ideal)."""
    return len(times) / (max(times) - min(times) + window)


if __name__ == "__main__":
    print(json.dumps(worker(*sys.argv[1:5])), flush=True)
    sys.exit(0)


import pytest  # noqa: E402

from tests.servers.fault_server import FaultServer, PagedCollection  # noqa: E402
from tests.servers.redis_server import RedisServer  # noqa: E402


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with RedisServer() as server:
        yield server.url


def limited_server() -> FaultServer:
    server = FaultServer().start()
    server.rate_limit(ALLOWED_PER_SECOND)
    items = [{"id": i} for i in range(PAGES_PER_PROCESS * PAGE_SIZE)]
    server.add("GET", PATH, PagedCollection(items, PAGE_SIZE))
    return server


def test_processes_sharing_a_token_through_redis_get_no_429_and_most_of_the_rate(redis_url: str) -> None:
    server = limited_server()
    try:
        results = run_processes(server.url, redis_url, ["sync", "sync", "async", "async"])
        accepted = [r.time for r in server.requests if r.status == 200]
        rate = aggregate_rate(accepted)
        print(f"\n{PROCESSES} processes x {PAGES_PER_PROCESS} pages through Redis: {len(server.requests)} requests, "
              f"{server.count(429)} x 429, sustained {rate:.2f} GET/s (overall {overall_rate(accepted):.2f}) "
              f"of {ALLOWED_PER_SECOND} allowed")
        assert server.count(429) == 0
        assert all(r == {"pages": PAGES_PER_PROCESS, "items": PAGES_PER_PROCESS * PAGE_SIZE, "rejected": 0} for r in results)
        assert len(accepted) == PROCESSES * PAGES_PER_PROCESS
        assert rate >= 0.8 * ALLOWED_PER_SECOND
    finally:
        server.stop()


def test_control_the_same_processes_with_local_limiters_draw_429s() -> None:
    server = limited_server()
    try:
        results = run_processes(server.url, "local", ["sync", "sync", "async", "async"])
        print(f"\ncontrol, in-process limiters: {server.count(429)} x 429, {sum(r['rejected'] for r in results)} workers stopped")
        assert server.count(429) >= 1
        assert sum(r["rejected"] for r in results) == server.count(429)
    finally:
        server.stop()
