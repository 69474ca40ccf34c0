"""A scriptable local HTTP server for fault-injection, rate-limit, contract and benchmark tests.

    with FaultServer() as server:
        server.add("GET", "/wms/orders", Reply.fail(503), Reply.reset_connection(), pages_handler)
        ...  # requests to server.url; server.requests records what arrived

Each route holds a script of steps (a `Reply` or a handler `RecordedRequest -> Reply`); each
request consumes the next step and the last step repeats forever. Every reply carries an
`X-Request-Id` (req_1, req_2, ...). Optionally the server enforces a per-key rate limit and
answers 429 beyond it, like the Trackstar API.
"""

from __future__ import annotations

import collections
import itertools
import json
import math
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable, Mapping, Sequence, Union
from urllib.parse import parse_qsl, urlsplit

__all__ = ["Reply", "RecordedRequest", "Handler", "Step", "FaultServer", "PagedCollection"]


@dataclass(frozen=True)
class Reply:
    """One scripted answer."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (to trigger client timeouts)
    reset: bool = False  # drop the connection with a TCP RST instead of answering

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: Mapping[str, str] | None = None, delay: float = 0.0) -> Reply:
        return cls(status, json.dumps(data).encode(), {"content-type": "application/json", **(headers or {})}, delay)

    @classmethod
    def error(cls, status: int, message: str, origin: str | None = "trackstar", **extra: Any) -> Reply:
        body: dict[str, Any] = {"error": message, **extra}
        if origin is not None:
            body["origin"] = origin
        return cls.json(body, status)

    @classmethod
    def fail(cls, status: int, headers: Mapping[str, str] | None = None) -> Reply:
        """A JSON error body with a generic message."""
        return cls.json({"error": f"status {status}", "origin": "trackstar"}, status, headers)

    @classmethod
    def text(cls, status: int, text: str, content_type: str = "text/plain") -> Reply:
        return cls(status, text.encode(), {"content-type": content_type})

    @classmethod
    def html(cls, status: int, text: str = "<html><body><h1>502 Bad Gateway</h1></body></html>") -> Reply:
        return cls.text(status, text, "text/html")

    @classmethod
    def empty(cls, status: int) -> Reply:
        return cls(status)

    @classmethod
    def slow(cls, seconds: float, data: Any = None) -> Reply:
        return cls.json(data if data is not None else {}, delay=seconds)

    @classmethod
    def reset_connection(cls) -> Reply:
        return cls(reset=True)


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    time: float  # time.monotonic() when the request arrived
    status: int = 0  # what the server answered (0: connection reset / not answered yet)
    request_id: str = ""
    raw_headers: list[tuple[str, str]] = field(default_factory=list)  # as sent: order, case, repeats
    raw_target: str = ""  # the request target exactly as sent (path and encoded query)

    def param(self, name: str) -> str | None:
        return next((value for key, value in self.query if key == name), None)

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[RecordedRequest], Reply]
Step = Union[Reply, Handler]


class PagedCollection:
    """A handler serving `items` as cursor pages (`data`, `next_token`, `total_count`).

    Tokens are `page-<n>`; `loop_to` makes page `loop_from` point back at an earlier page's token.
    """

    def __init__(
        self,
        items: Sequence[Any],
        page_size: int,
        *,
        token_param: str = "page_token",
        loop_from: int | None = None,
        loop_to: int = 1,
    ) -> None:
        self.items = list(items)
        self.page_size = page_size
        self.token_param = token_param
        self.loop_from = loop_from
        self.loop_to = loop_to

    def __call__(self, request: RecordedRequest) -> Reply:
        token = request.param(self.token_param)
        page = int(token.removeprefix("page-")) if token else 0
        start = page * self.page_size
        chunk = self.items[start : start + self.page_size]
        next_token: str | None = f"page-{page + 1}" if start + self.page_size < len(self.items) else None
        if self.loop_from is not None and page == self.loop_from:
            next_token = f"page-{self.loop_to}"
        return Reply.json({"data": chunk, "next_token": next_token, "total_count": len(self.items)})


class _RateLimit:
    """At most `limit` requests per key in any sliding window of `window` seconds."""

    def __init__(self, limit: int, window: float, methods: Iterable[str], key_header: str) -> None:
        self.limit = limit
        self.window = window
        self.methods = {m.upper() for m in methods}
        self.key_header = key_header.lower()
        self.seen: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def check(self, request: RecordedRequest) -> tuple[bool, dict[str, str]]:
        """(allowed, rate-limit headers); call under the server lock."""
        if request.method not in self.methods:
            return True, {}
        times = self.seen[request.headers.get(self.key_header, "")]
        now = request.time
        while times and times[0] <= now - self.window:
            times.popleft()
        allowed = len(times) < self.limit
        if allowed:
            times.append(now)
        reset_in = times[0] + self.window - now if len(times) >= self.limit else 0.0
        headers = {
            "x-ratelimit-limit": str(self.limit),
            "x-ratelimit-remaining": str(self.limit - len(times)),
            "x-ratelimit-reset": f"{time.time() + reset_in:.3f}",
        }
        if not allowed:
            headers["retry-after"] = str(max(1, math.ceil(reset_in)))
        return allowed, headers


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024  # the default (5) drops bursts of concurrent connects: 1-3 s SYN retries
    owner: FaultServer


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so clients reuse pooled connections
    disable_nagle_algorithm = True  # headers and body go out as separate writes: avoid 40 ms delayed-ACK stalls
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            path=split.path,
            query=parse_qsl(split.query, keep_blank_values=True),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            time=time.monotonic(),
            raw_headers=list(self.headers.items()),
            raw_target=self.path,
        )
        reply = self.server.owner._dispatch(request)
        if reply.delay and self.server.owner._stopping.wait(reply.delay):
            return
        if reply.reset:
            # SO_LINGER 0 makes close() send RST: the client sees a reset, not a clean close.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        try:
            self.send_response(reply.status)
            headers = {"x-request-id": request.request_id, **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:
            self.close_connection = True  # the client gave up (timeout) before we answered

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle


class FaultServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        # `port` lets a test bring the server up where a client already failed to connect.
        self._httpd = _Server((host, port), _RequestHandler)
        self._httpd.owner = self
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._routes: dict[tuple[str, str], list[Step]] = {}
        self._ids = itertools.count(1)
        self._rate_limit: _RateLimit | None = None
        self.requests: list[RecordedRequest] = []

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FaultServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a delayed reply
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- scripting ------------------------------------------------------------------------

    def add(self, method: str, path: str, *steps: Step) -> None:
        """Script a route: each request takes the next step; the last one repeats."""
        if not steps:
            raise ValueError("a route needs at least one step")
        with self._lock:
            self._routes[(method.upper(), path)] = list(steps)

    def rate_limit(
        self,
        limit: int,
        *,
        window: float = 1.0,
        methods: Iterable[str] = ("GET", "HEAD"),
        key_header: str = "x-trackstar-access-token",
    ) -> None:
        """Answer 429 when one key sends more than `limit` requests within `window` seconds."""
        self._rate_limit = _RateLimit(limit, window, methods, key_header)

    # -- inspecting -----------------------------------------------------------------------

    def requests_to(self, method: str, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.method == method.upper() and r.path == path]

    def count(self, status: int) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.status == status)

    # -- serving --------------------------------------------------------------------------

    def _dispatch(self, request: RecordedRequest) -> Reply:
        with self._lock:
            request.request_id = f"req_{next(self._ids)}"
            self.requests.append(request)
            limit_headers: dict[str, str] = {}
            if self._rate_limit is not None:
                allowed, limit_headers = self._rate_limit.check(request)
                if not allowed:
                    request.status = 429
                    return Reply.json({"error": "Rate limit exceeded", "origin": "trackstar"}, 429, limit_headers)
            steps = self._routes.get((request.method, request.path))
            if steps is None:
                step: Step = Reply.error(404, f"No route for {request.method} {request.path}")
            else:
                step = steps.pop(0) if len(steps) > 1 else steps[0]
        reply = step(request) if callable(step) else step
        if limit_headers:
            reply = Reply(reply.status, reply.body, {**limit_headers, **reply.headers}, reply.delay, reply.reset)
        request.status = 0 if reply.reset else reply.status
        return reply
