"""``Trackstar(rate_limit_store=redis://...)``: several OS processes page with ONE access token
against the local rate-limited server, sharing the limit through Redis.
Usage: python redis_shared_rate.py BASE_URL REDIS_URL [--processes 4] [--pages 15]
Prints per-process page counts and 429s seen and the wall time; the server's own counts decide.
(``--worker`` runs one paging process; the parent starts them all, then releases them together.)
"""

import argparse
import json
import os
import subprocess
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("base_url")
parser.add_argument("redis_url")
parser.add_argument("--processes", type=int, default=4)
parser.add_argument("--pages", type=int, default=15)
parser.add_argument("--worker", choices=["sync", "async"])
args = parser.parse_args()
TOKEN = "tok_shared"


def worker(mode):
    import asyncio

    import trackstar

    kwargs = {"api_key": "k", "access_token": TOKEN, "base_url": args.base_url,
              "rate_limit_store": args.redis_url, "rate_limit_store_fallback": "raise", "max_retries": 0}
    # Warm up (imports, model building) with a token of its own, so that the measured token's
    # pages are not spread out by each process's first-call costs.
    warm_token = f"tok_warmup_{os.getpid()}"
    if mode == "sync":
        client = trackstar.Trackstar(**kwargs)
        client.with_access_token(warm_token).wms.orders.list()
    else:
        async def warm():
            async with trackstar.AsyncTrackstar(**kwargs) as client:
                await client.with_access_token(warm_token).wms.orders.list()
        asyncio.run(warm())
    print("ready", flush=True)
    sys.stdin.readline()
    pages, rejected = 0, 0
    if mode == "sync":
        try:
            for _page in client.wms.orders.list().iter_pages():
                pages += 1
        except trackstar.RateLimitError:
            rejected += 1
    else:
        async def go():
            nonlocal pages, rejected
            async with trackstar.AsyncTrackstar(**kwargs) as client:
                try:
                    first = await client.wms.orders.list()
                    async for _page in first.iter_pages():
                        pages += 1
                except trackstar.RateLimitError:
                    rejected += 1
        asyncio.run(go())
    print(json.dumps({"mode": mode, "pages": pages, "rejected": rejected}), flush=True)


def parent():
    modes = ["sync" if i % 2 == 0 else "async" for i in range(args.processes)]
    procs = [subprocess.Popen([sys.executable, __file__, args.base_url, args.redis_url, "--worker", m],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for m in modes]
    try:
        for p in procs:
            line = p.stdout.readline().strip()
            assert line == "ready", f"worker did not start: {line!r}"
        t0 = time.perf_counter()
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        results = [json.loads(p.communicate(timeout=300)[0].strip().splitlines()[-1]) for p in procs]
        elapsed = time.perf_counter() - t0
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert all(r["pages"] == args.pages and r["rejected"] == 0 for r in results), results
    print(json.dumps({"elapsed": elapsed, "processes": args.processes, "pages": args.pages,
                      "workers": results}))


if args.worker:
    worker(args.worker)
else:
    parent()
