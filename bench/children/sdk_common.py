"""Helpers for the children that drive the generated SDK (``import trackstar``).

Nothing here imports httpx or trackstar at module level, so a child can start its clock first.
"""

import inspect
import json

BASE_URL = "https://production.trackstarhq.com"
PLACEHOLDER = "__BENCH_NEXT_TOKEN__"


def read_page(path):
    with open(path, "rb") as fh:
        return fh.read()


def page_handler(httpx, page, pages=1):
    """A MockTransport handler serving ``page`` ``pages`` times, chained by next_token.

    ``page`` must contain ``"next_token":null``; page n (``page_token=p<n>``) gets ``p<n+1>``
    until the last page. Bodies are built per request, as a network read would allocate them.
    """
    marker = b'"next_token":null'
    if pages > 1:
        assert page.count(marker) == 1, "page must carry exactly one top-level next_token: null"
        head, tail = page.split(marker)
    calls = {"n": 0}

    def handler(request):
        calls["n"] += 1
        if pages == 1:
            body = page
        else:
            tok = request.url.params.get("page_token") or "p0"
            n = int(tok[1:])
            nxt = f'"next_token":"p{n + 1}"' if n + 1 < pages else '"next_token":null'
            body = head + nxt.encode() + tail
        return httpx.Response(200, content=body, headers={"content-type": "application/json",
                                                          "x-request-id": f"req_{calls['n']}"})

    handler.calls = calls
    return handler


def make_client(trackstar, httpx, handler, *, unthrottled=False):
    """``trackstar.Trackstar`` over a MockTransport; optionally with client-side limits lifted.

    Returns (client, notes). ``unthrottled`` lifts the SDK's own per-token rate limiter when its
    constructor takes ``rate_limits`` (so a benchmark of parsing does not measure sleeping).
    """
    kwargs = {"api_key": "k", "access_token": "t",
              "http_client": httpx.Client(transport=httpx.MockTransport(handler))}
    notes = {}
    if unthrottled:
        params = inspect.signature(trackstar.Trackstar).parameters
        if "rate_limits" in params:
            from trackstar._config import RateLimitConfig
            kwargs["rate_limits"] = RateLimitConfig(read_per_second=1e9, write_per_second=1e9)
            notes["rate_limits"] = "lifted"
        else:
            notes["rate_limits"] = "default (constructor takes no rate_limits)"
    return trackstar.Trackstar(**kwargs), notes


def model_check(item):
    """The item must be a typed model, not a dict."""
    assert not isinstance(item, dict), f"items are {type(item).__name__}, not typed models"
    return type(item).__name__


def emit(obj):
    print(json.dumps(obj))
