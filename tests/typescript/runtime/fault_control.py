"""An HTTP control plane over tests/servers/fault_server.py, so node tests can script real servers.

The TypeScript runtime tests run in Node while the fault server is Python; this small server
(itself a ThreadingHTTPServer) lets each node test create its own FaultServer, script routes with
the same `Reply` steps, switch on rate limiting, and read back what arrived:

    POST   /servers                 {"port"?: n, "start_in"?: s}   -> {"id", "url", "port"}
    POST   /servers/<id>/routes     {"method", "path", "steps": [step, ...]}
    POST   /servers/<id>/rate_limit {"limit", "window"?, "methods"?, "key_header"?}
    GET    /servers/<id>/requests   -> [{"method", "path", "query", "headers", "body", ...}]
    DELETE /servers/<id>

A step is a `Reply` as JSON: {"status", "json"?, "text"?, "content_type"?, "headers"?, "delay"?,
"reset"?} or a paged collection {"paged": {"items", "page_size", "loop_from"?, "loop_to"?,
"token_param"?}}. `start_in` reserves a free port and starts the server there that many seconds
later (a client first sees its connections refused). Run it alone with
`python tests/typescript/runtime/fault_control.py`: it prints its URL.
"""

from __future__ import annotations

import base64
import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.servers.fault_server import FaultServer, PagedCollection, Reply, Step  # noqa: E402

__all__ = ["ControlServer"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _step(spec: dict[str, Any]) -> Step:
    if "paged" in spec:
        paged = spec["paged"]
        return PagedCollection(
            paged["items"],
            int(paged["page_size"]),
            token_param=paged.get("token_param", "page_token"),
            loop_from=paged.get("loop_from"),
            loop_to=int(paged.get("loop_to", 1)),
        )
    headers = dict(spec.get("headers") or {})
    if "json" in spec:
        body = json.dumps(spec["json"]).encode()
        headers.setdefault("content-type", "application/json")
    elif "text" in spec:
        body = str(spec["text"]).encode()
        headers.setdefault("content-type", spec.get("content_type", "text/plain"))
    else:
        body = b""
    return Reply(
        status=int(spec.get("status", 200)),
        body=body,
        headers=headers,
        delay=float(spec.get("delay", 0.0)),
        reset=bool(spec.get("reset", False)),
    )


class _Entry:
    def __init__(self, port: int, start_in: float) -> None:
        self.port = port
        self.server: FaultServer | None = None
        self.ready = threading.Event()
        self.stopped = False
        if start_in > 0:
            threading.Timer(start_in, self._start).start()
        else:
            self._start()

    def _start(self) -> None:
        if self.stopped:
            return
        self.server = FaultServer(port=self.port).start()
        self.ready.set()

    def get(self) -> FaultServer:
        if not self.ready.wait(30):
            raise RuntimeError("fault server did not start")
        assert self.server is not None
        return self.server

    def stop(self) -> None:
        self.stopped = True
        if self.server is not None:
            self.server.stop()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _ControlHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, data: Any) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _input(self) -> Any:
        length = int(self.headers.get("content-length") or 0)
        return json.loads(self.rfile.read(length)) if length else {}

    def _route(self) -> None:
        parts = [part for part in self.path.split("?")[0].split("/") if part]
        owner = self.server.owner
        try:
            if parts == ["servers"] and self.command == "POST":
                spec = self._input()
                start_in = float(spec.get("start_in", 0))
                port = int(spec.get("port") or (_free_port() if start_in > 0 else 0))
                made = _Entry(port, start_in)
                with owner.lock:
                    owner.next_id += 1
                    server_id = str(owner.next_id)
                    owner.entries[server_id] = made
                if start_in <= 0:
                    port = int(made.get().url.rsplit(":", 1)[1])
                return self._reply(200, {"id": server_id, "url": f"http://127.0.0.1:{port}", "port": port})
            if len(parts) >= 2 and parts[0] == "servers":
                with owner.lock:
                    entry = owner.entries.get(parts[1])
                if entry is None:
                    return self._reply(404, {"error": f"no server {parts[1]}"})
                if len(parts) == 2 and self.command == "DELETE":
                    entry.stop()
                    with owner.lock:
                        owner.entries.pop(parts[1], None)
                    return self._reply(200, {})
                server = entry.get()
                if parts[2:] == ["routes"] and self.command == "POST":
                    spec = self._input()
                    server.add(spec["method"], spec["path"], *(_step(step) for step in spec["steps"]))
                    return self._reply(200, {})
                if parts[2:] == ["rate_limit"] and self.command == "POST":
                    spec = self._input()
                    server.rate_limit(
                        int(spec["limit"]),
                        window=float(spec.get("window", 1.0)),
                        methods=spec.get("methods", ["GET", "HEAD"]),
                        key_header=spec.get("key_header", "x-trackstar-access-token"),
                    )
                    return self._reply(200, {})
                if parts[2:] == ["requests"] and self.command == "GET":
                    return self._reply(200, [_recorded(request) for request in list(server.requests)])
            return self._reply(404, {"error": f"no control route {self.command} {self.path}"})
        except Exception as exc:  # noqa: BLE001 - reported to the node test that asked
            return self._reply(500, {"error": f"{type(exc).__name__}: {exc}"})

    do_GET = do_POST = do_DELETE = _route


def _recorded(request: Any) -> dict[str, Any]:
    try:
        text: str | None = request.body.decode()
    except UnicodeDecodeError:
        text = None
    return {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "headers": request.headers,
        "body": text,
        "body_base64": base64.b64encode(request.body).decode(),
        "time": request.time,
        "status": request.status,
        "request_id": request.request_id,
        "raw_target": request.raw_target,
    }


class _ControlHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    owner: ControlServer


class ControlServer:
    """The control plane; `url` is what node tests get as FAULT_CONTROL_URL."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: dict[str, _Entry] = {}
        self.next_id = 0
        self._httpd = _ControlHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ControlServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        with self.lock:
            entries = list(self.entries.values())
            self.entries.clear()
        for entry in entries:
            entry.stop()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> ControlServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


if __name__ == "__main__":
    with ControlServer() as control:
        print(control.url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
