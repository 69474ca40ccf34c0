"""Reference client for the rate-limited server: raw httpx.AsyncClient, one task per token.

Usage: python raw_async_rate.py BASE_URL --tokens 20 [--rate 10] [--limiter window|pace|none]
window: per token, a request is sent only once 1 s (+ a small margin) has passed since the
*response* to the request ``rate`` places earlier arrived. The server stamps a request between
its send and its response, so this keeps every server-side 1 s window at ``rate`` or fewer
whatever the latency jitter: a client that knows the limit (validates that the goal is
reachable: ~100 %, no 429);
pace: one send every 1/rate s (jitter at window edges draws some 429s);
none: as fast as responses come back (shows that the server does answer 429).
A 429 is retried after ``retry-after``. Prints one JSON line.
"""

import argparse
import asyncio
import collections
import json
import time

import httpx

parser = argparse.ArgumentParser()
parser.add_argument("base_url")
parser.add_argument("--tokens", type=int, default=20)
parser.add_argument("--rate", type=float, default=10.0)
parser.add_argument("--limiter", choices=("window", "pace", "none"), default="window")
parser.add_argument("--margin", type=float, default=0.002)
parser.add_argument("--max-429", type=int, default=2000)
args = parser.parse_args()
latencies: list[float] = []


async def walk(client: httpx.AsyncClient, token: str, counts: dict[str, int]) -> None:
    headers = {"x-trackstar-api-key": "k", "x-trackstar-access-token": token}
    page_token = None
    interval = 1.0 / args.rate
    start = time.monotonic()
    sent = 0
    recent: collections.deque[float] = collections.deque(maxlen=int(args.rate))
    while True:
        if args.limiter == "pace":
            delay = start + sent * interval - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
        elif args.limiter == "window" and len(recent) == recent.maxlen:
            delay = recent[0] + 1.0 + args.margin - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
        params = {"page_token": page_token} if page_token else {}
        t_send = time.monotonic()
        r = await client.get("/wms/orders", params=params, headers=headers)
        t_done = time.monotonic()
        recent.append(t_done)
        latencies.append(t_done - t_send)
        sent += 1
        if r.status_code == 429:
            counts["429"] += 1
            if counts["429"] > args.max_429:
                raise RuntimeError("too many 429s")
            await asyncio.sleep(float(r.headers.get("retry-after", "1")))
            start, sent = time.monotonic(), 0
            continue
        r.raise_for_status()
        counts["200"] += 1
        body = json.loads(r.content)
        counts["items"] += len(body["data"])
        page_token = body["next_token"]
        if page_token is None:
            return


async def main() -> dict:
    counts = {"200": 0, "429": 0, "items": 0}
    limits = httpx.Limits(max_connections=args.tokens, max_keepalive_connections=args.tokens)
    async with httpx.AsyncClient(base_url=args.base_url, limits=limits, timeout=30) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(walk(client, f"tok_{i:02d}", counts) for i in range(args.tokens)))
        elapsed = time.perf_counter() - t0
    latencies.sort()
    return {"elapsed": elapsed, **counts,
            "latency_p50": latencies[len(latencies) // 2],
            "latency_p99": latencies[int(len(latencies) * 0.99)]}


print(json.dumps(asyncio.run(main())))
