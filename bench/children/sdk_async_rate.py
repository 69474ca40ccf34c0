"""``AsyncTrackstar``: N access tokens paginating concurrently against the local rate-limited
server. Usage: python sdk_async_rate.py BASE_URL --tokens 20 --pages 30 --page-size 10
Prints elapsed wall time and item counts; the 200/429 counts come from the server.
"""

import argparse
import asyncio
import inspect
import time

import trackstar
from sdk_common import emit, model_check

parser = argparse.ArgumentParser()
parser.add_argument("base_url")
parser.add_argument("--tokens", type=int, default=20)
parser.add_argument("--pages", type=int, default=30)
parser.add_argument("--page-size", type=int, default=10)
args = parser.parse_args()


async def walk(client, token):
    c = client.with_access_token(token)
    listing = c.wms.orders.list()
    if inspect.isawaitable(listing) and not hasattr(listing, "__aiter__"):
        listing = await listing
    n = 0
    async for item in listing:
        if n == 0:
            model_check(item)
        n += 1
    return n


async def main():
    client = trackstar.AsyncTrackstar(api_key="k", access_token="t", base_url=args.base_url)
    try:
        # Resolving the resource imports its module and models (the SDK loads them on first use).
        # That one-time cost is the first_call row's; this row is the sustained rate, so it is
        # paid before the clock starts, as the reference client's `import httpx` is.
        w0 = time.perf_counter()
        _ = client.wms.orders
        warm_up = time.perf_counter() - w0
        t0 = time.perf_counter()
        counts = await asyncio.gather(*(walk(client, f"tok_{i:02d}")
                                        for i in range(args.tokens)))
        elapsed = time.perf_counter() - t0
    finally:
        close = getattr(client, "close", None) or getattr(client, "aclose", None)
        if close is not None:
            result = close()
            if inspect.isawaitable(result):
                await result
    expected = args.pages * args.page_size
    assert all(c == expected for c in counts), counts
    return {"elapsed": elapsed, "warm_up_s": warm_up, "items": sum(counts), "tokens": args.tokens}


emit(asyncio.run(main()))
