"""A local, rate-limited stand-in for the Trackstar list endpoint (loopback only, bounded).

    python -m bench.servers [--port 0] [--pages 30] [--page-size 10] [--limit 10]
                            [--window sliding|fixed] [--max-seconds 120]

* Listens on 127.0.0.1 only; prints one JSON line ``{"port": N, ...}`` once it is ready; stops by
  itself after ``--max-seconds``, or when its stdin closes (``--watch-stdin``, as the bench runs it).
* Asyncio, HTTP/1.1 keep-alive, one event loop (the client under test gets the other core).
* ``GET /wms/orders`` (any path ending in ``/orders``; other paths 404, other methods 405):
  requires ``x-trackstar-api-key`` and ``x-trackstar-access-token`` (401 otherwise), serves
  ``--pages`` pages of ``--page-size`` orders per access token (``page_token`` is ``p<n>``,
  ``next_token`` is null on the last page), each response carrying ``X-Request-Id`` and
  ``x-ratelimit-limit`` / ``x-ratelimit-remaining`` / ``x-ratelimit-reset``.
* Rate limit, per access token, GET only, at most ``--limit`` requests per window:
  ``sliding`` (default) = any trailing 1.0 s, the strict reading (a client that passes it passes
  any 1-second windowing); ``fixed`` = one-second windows aligned to epoch seconds, which is what
  the API's ``x-ratelimit-reset`` (epoch seconds) suggests.
  ``x-ratelimit-reset`` is whole epoch seconds for ``fixed``, epoch seconds to the millisecond for
  ``sliding`` (when the next slot frees). Beyond the limit: 429 with ``retry-after`` (whole
  seconds) and the same headers, body
  ``{"error": "Rate limit exceeded", "origin": "trackstar"}``.
* ``GET /__stats`` (no auth): counts per status and per token, first/last accepted request time;
  ``GET /__stats?reset=1`` also clears them.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import json
import math
import sys
import threading
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

API_KEY_HEADER = "x-trackstar-api-key"
TOKEN_HEADER = "x-trackstar-access-token"


class RateLimiter:
    def __init__(self, limit: int, window: str) -> None:
        self.limit = limit
        self.window = window
        self._lock = threading.Lock()
        self._fixed: dict[str, tuple[int, int]] = {}
        self._log: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def hit(self, token: str, now: float) -> tuple[bool, int, float]:
        """(allowed, remaining, reset epoch seconds) for one request at ``now``."""
        with self._lock:
            if self.window == "fixed":
                second = int(now)
                start, count = self._fixed.get(token, (second, 0))
                if start != second:
                    start, count = second, 0
                reset = float(second + 1)
                if count >= self.limit:
                    self._fixed[token] = (start, count)
                    return False, 0, reset
                self._fixed[token] = (start, count + 1)
                return True, self.limit - count - 1, reset
            log = self._log[token]
            while log and log[0] <= now - 1.0:
                log.popleft()
            if len(log) >= self.limit:
                return False, 0, log[0] + 1.0
            log.append(now)
            return True, self.limit - len(log), (log[0] + 1.0)

    def reset(self) -> None:
        with self._lock:
            self._fixed.clear()
            self._log.clear()


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        self.by_status: collections.Counter[int] = collections.Counter()
        self.by_token: dict[str, collections.Counter[int]] = collections.defaultdict(
            collections.Counter)
        self.first_ok: float | None = None
        self.last_ok: float | None = None
        self.token_span: dict[str, list[float]] = {}

    def snapshot(self) -> dict[str, Any]:
        return {
            "by_status": {str(k): v for k, v in sorted(self.by_status.items())},
            "by_token": {t: {str(k): v for k, v in c.items()} for t, c in self.by_token.items()},
            "token_span": {t: list(v) for t, v in self.token_span.items()},
            "first_ok": self.first_ok,
            "last_ok": self.last_ok,
        }


class App:
    """The request logic, independent of the transport."""

    def __init__(self, args: argparse.Namespace, limiter: RateLimiter, stats: Stats,
                 bodies: list[bytes]) -> None:
        self.args = args
        self.limiter = limiter
        self.stats = stats
        self.bodies = bodies
        self.request_ids = itertools.count(1)

    def _epoch(self, reset: float) -> str:
        # Fixed windows reset on whole epoch seconds. A sliding window frees its next slot at an
        # arbitrary instant: whole seconds would overstate the wait by up to 1 s and slow down a
        # client that honours the header, so it is given to the millisecond.
        return str(int(reset)) if self.limiter.window == "fixed" else f"{reset:.3f}"

    @staticmethod
    def _error(message: str) -> bytes:
        return json.dumps({"error": message, "origin": "trackstar"}).encode()

    def handle(self, method: str, target: str, headers: dict[str, str], now: float
               ) -> tuple[int, dict[str, str], bytes]:
        url = urlsplit(target)
        if url.path == "/__stats":
            with self.stats.lock:
                snap = self.stats.snapshot()
                if "reset=1" in (url.query or ""):
                    self.stats.clear()
                    self.limiter.reset()
            return 200, {}, json.dumps(snap).encode()
        token = headers.get(TOKEN_HEADER)
        out_headers: dict[str, str] = {}
        if method != "GET":
            status, body = 405, self._error(f"{method} not supported by the bench server")
        elif not headers.get(API_KEY_HEADER) or not token:
            status, body = 401, self._error("Missing x-trackstar-api-key or x-trackstar-access-token")
        elif not url.path.rstrip("/").endswith("/orders"):
            status, body = 404, self._error(f"No route for {url.path}")
        else:
            allowed, remaining, reset = self.limiter.hit(token, now)
            out_headers = {"x-ratelimit-limit": str(self.limiter.limit),
                           "x-ratelimit-remaining": str(remaining),
                           "x-ratelimit-reset": self._epoch(reset)}
            if not allowed:
                out_headers["retry-after"] = str(max(1, int(math.ceil(reset - now))))
                status, body = 429, self._error("Rate limit exceeded")
            else:
                tok = (parse_qs(url.query).get("page_token") or ["p0"])[0]
                try:
                    n = int(tok.lstrip("p"))
                except ValueError:
                    n = -1
                if not 0 <= n < self.args.pages:
                    status, body = 400, self._error(f"Invalid page_token {tok!r}")
                else:
                    status, body = 200, self.bodies[n]
        stats = self.stats
        with stats.lock:
            stats.by_status[status] += 1
            stats.by_token[token or "-"][status] += 1
            if status == 200:
                stats.first_ok = now if stats.first_ok is None else min(stats.first_ok, now)
                stats.last_ok = now if stats.last_ok is None else max(stats.last_ok, now)
                span = stats.token_span.setdefault(token or "-", [now, now])
                span[0], span[1] = min(span[0], now), max(span[1], now)
        out_headers["x-request-id"] = f"req_{next(self.request_ids):08d}"
        return status, out_headers, body


_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
            405: "Method Not Allowed", 429: "Too Many Requests"}


async def serve_connection(app: App, reader: asyncio.StreamReader,
                           writer: asyncio.StreamWriter) -> None:
    """Minimal HTTP/1.1 with keep-alive: GET requests without bodies, one at a time."""
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            now = time.time()  # arrival, before any processing
            lines = head.decode("latin-1").split("\r\n")
            try:
                method, target, _version = lines[0].split(" ", 2)
            except ValueError:
                return
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    k, v = line.split(":", 1)
                    headers[k.strip().lower()] = v.strip()
            length = int(headers.get("content-length") or 0)
            if length:
                await reader.readexactly(length)
            status, out_headers, body = app.handle(method, target, headers, now)
            close = headers.get("connection", "").lower() == "close"
            head_out = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
                        "content-type: application/json", f"content-length: {len(body)}",
                        "server: bench-trackstar"]
            head_out += [f"{k}: {v}" for k, v in out_headers.items()]
            if close:
                head_out.append("connection: close")
            writer.write(("\r\n".join(head_out) + "\r\n\r\n").encode("latin-1") + body)
            await writer.drain()
            if close:
                return
    finally:
        writer.close()


def utilisation(stats: dict[str, Any], limit: int, window: str) -> dict[str, Any]:
    """How much of the per-token allowance the client used, from the server's own clock.

    Per token, the allowance is ``limit`` times the number of rate windows its accepted requests
    touched: distinct epoch seconds from the first to the last (``fixed``), or
    ``floor(last - first) + 1`` seconds (``sliding``). A client that always waits for the next
    window as soon as it may scores 100 %; the initial burst cannot push it past 100 %.
    """
    accepted = allowed = 0
    active = []
    for token, (first, last) in stats.get("token_span", {}).items():
        ok = stats["by_token"].get(token, {}).get("200", 0)
        seconds = (int(last) - int(first) + 1) if window == "fixed" else (int(last - first) + 1)
        accepted += ok
        allowed += limit * seconds
        active.append(seconds)
    n = len(active)
    mean_active = sum(active) / n if n else 0.0
    return {
        "tokens": n,
        "accepted": accepted,
        "allowed_in_active_windows": allowed,
        "utilisation": accepted / allowed if allowed else None,
        "achieved_rate": accepted / mean_active if mean_active else None,  # req/s, all tokens
        "allowed_rate": limit * n,
    }


def page_bodies(pages: int, page_size: int) -> list[bytes]:
    from bench.payload import build_orders

    orders = json.dumps(build_orders(page_size), separators=(",", ":"))
    out = []
    for n in range(pages):
        nxt = json.dumps(f"p{n + 1}" if n + 1 < pages else None)
        out.append(f'{{"data":{orders},"next_token":{nxt},"total_count":{page_size}}}'.encode())
    return out


class LocalServer:
    """Start ``python -m bench.servers`` in a child process; a context manager.

    The child stops when this closes its stdin, or by itself after ``max_seconds``.
    """

    def __init__(self, *, python: str = sys.executable, pages: int = 30, page_size: int = 10,
                 limit: int = 10, window: str = "sliding", max_seconds: float = 120.0) -> None:
        self.cmd = [python, "-m", "bench.servers", "--watch-stdin", "--pages", str(pages),
                    "--page-size", str(page_size), "--limit", str(limit), "--window", window,
                    "--max-seconds", str(max_seconds)]
        self.proc: Any = None
        self.base_url = ""
        self.info: dict[str, Any] = {}

    def __enter__(self) -> "LocalServer":
        import subprocess
        from pathlib import Path

        self.proc = subprocess.Popen(self.cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, cwd=Path(__file__).resolve().parent.parent)
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=10)
            raise RuntimeError(f"rate-limited server did not start (exit {self.proc.returncode})")
        self.info = json.loads(line)
        self.base_url = f"http://127.0.0.1:{self.info['port']}"
        return self

    def stats(self, reset: bool = False) -> dict[str, Any]:
        import urllib.request

        url = f"{self.base_url}/__stats" + ("?reset=1" if reset else "")
        with urllib.request.urlopen(url, timeout=10) as resp:
            return json.loads(resp.read())

    def __exit__(self, *exc: Any) -> None:
        import subprocess

        if self.proc is None:
            return
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--page-size", type=int, default=10)
    parser.add_argument("--limit", type=int, default=10, help="GET requests per second per token")
    parser.add_argument("--window", choices=("sliding", "fixed"), default="sliding")
    parser.add_argument("--max-seconds", type=float, default=120.0)
    parser.add_argument("--watch-stdin", action="store_true",
                        help="stop when stdin closes (the bench holds it open)")
    args = parser.parse_args(argv)
    app = App(args, RateLimiter(args.limit, args.window), Stats(),
              page_bodies(args.pages, args.page_size))
    return asyncio.run(_serve(app, args))


async def _serve(app: App, args: argparse.Namespace) -> int:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    server = await asyncio.start_server(lambda r, w: serve_connection(app, r, w),
                                        host="127.0.0.1", port=args.port, backlog=256)
    if args.watch_stdin:
        def watch() -> None:
            sys.stdin.read()
            loop.call_soon_threadsafe(stop.set)
        threading.Thread(target=watch, daemon=True).start()
    port = server.sockets[0].getsockname()[1]
    print(json.dumps({"port": port, "pages": args.pages, "page_size": args.page_size,
                      "limit": args.limit, "window": args.window}), flush=True)
    try:
        await asyncio.wait_for(stop.wait(), timeout=args.max_seconds)
    except asyncio.TimeoutError:
        pass
    server.close()
    await server.wait_closed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
