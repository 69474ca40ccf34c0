"""A throwaway `redis-server` on 127.0.0.1 for the shared rate-limit tests and benchmark.

    with RedisServer() as redis_server:
        url = redis_server.url            # redis://127.0.0.1:<free port>/0

No persistence (no RDB, no AOF), its own temporary directory, stopped (by its pid) on exit.
`redis_server_binary()` installs Debian's `redis-server` with apt-get when it is missing and we
are root, as `make install` does; otherwise it fails with the command to run.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["RedisServer", "redis_server_binary", "free_port"]

_APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def redis_server_binary() -> str:
    """The path of `redis-server`, installing the Debian package first when needed and possible."""
    found = shutil.which("redis-server")
    if found:
        return found
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=_APT_ENV, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "redis-server"], check=True, env=_APT_ENV, capture_output=True)
        found = shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)
        if found:
            return found
    raise RuntimeError(
        "redis-server is not installed and could not be installed here: run "
        "`apt-get install redis-server` (Debian/Ubuntu) or `make install` as root"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class RedisServer:
    def __init__(self, startup_timeout: float = 15.0) -> None:
        self.startup_timeout = startup_timeout
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        binary = redis_server_binary()
        self._dir = tempfile.TemporaryDirectory(prefix="trackstar-redis-")
        for _ in range(5):  # another process may take the free port between probe and bind
            self.port = free_port()
            self._process = subprocess.Popen(
                [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no",
                 "--dir", self._dir.name, "--protected-mode", "yes", "--loglevel", "warning"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            if self._wait_ready():
                return self
            self._kill()
        raise RuntimeError(f"redis-server did not start on 127.0.0.1 within {self.startup_timeout} s")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                return False  # exited: most likely the port was taken
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return True
            except OSError:
                pass
            time.sleep(0.05)
        return False

    def _kill(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        if self._process is not None and self._process.stderr is not None:
            self._process.stderr.close()
        self._process = None

    def stop(self) -> None:
        self._kill()
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
