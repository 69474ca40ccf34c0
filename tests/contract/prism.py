"""Start and stop a Stoplight Prism mock server for contract tests.

Prism is pinned in the repository's ``package.json`` (``@stoplight/prism-cli`` 5.16.0) and
installed into ``node_modules/`` with ``npm ci``. ``run_prism`` starts

    node_modules/.bin/prism mock <document> --errors -h 127.0.0.1 -p <free port>

as its own process group, waits until it answers HTTP, yields a ``PrismServer`` (``base_url``,
startup time, log) and kills the whole group on exit. ``--dynamic`` is deliberately not used:
responses come from the document's examples, so they are deterministic.

Prism 5.16.0 has a bug that hides every query parameter whose name contains ``[`` or ``]``
(``status[in]``, ``created_date[gte]``...) from validation: see ``QUERY_NAME_FIX_JS``. By default
the helper preloads a small fix into Prism's Node process; pass ``fix_query_param_names=False``
to run stock Prism.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

__all__ = [
    "PRISM_BIN",
    "PRISM_VERSION",
    "PrismError",
    "PrismServer",
    "free_port",
    "run_prism",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO_ROOT / "node_modules"
PRISM_BIN = NODE_MODULES / ".bin" / "prism"
PRISM_VERSION = "5.16.0"

# Prism 5.16.0, prism-cli/dist/util/paths.js, createQueryUriTemplate(): while printing the example
# URL of each operation at startup it does `spec.name = encodeURI(spec.name)` on the operation's
# query parameter objects, which are the same objects the server validates requests against.
# `status[in]` becomes `status%5Bin%5D` for good, no decoded request key ever matches it, and such
# parameters are silently never validated (a required one would always be reported missing).
# The wrapper below restores the names after the example URL has been built.
QUERY_NAME_FIX_JS = r"""
'use strict';
const target = %(target)s;
let paths;
try {
  paths = require(target);
} catch (err) {
  throw new Error('prism query-name fix: cannot load ' + target + ' (Prism version changed?): ' + err.message);
}
if (typeof paths.createExamplePath !== 'function') {
  throw new Error('prism query-name fix: createExamplePath not found in ' + target + ' (Prism version changed?)');
}
const original = paths.createExamplePath;
paths.createExamplePath = function createExamplePathKeepingNames(operation, ...rest) {
  const specs = (operation && operation.request && operation.request.query) || [];
  const names = specs.map(spec => spec && spec.name);
  try {
    return original.call(this, operation, ...rest);
  } finally {
    specs.forEach((spec, i) => { if (spec) spec.name = names[i]; });
  }
};
"""


class PrismError(RuntimeError):
    """Prism is not installed, did not start, or died."""


@dataclass
class PrismServer:
    base_url: str
    port: int
    pid: int
    startup_seconds: float
    document_path: Path
    log_path: Path
    command: list[str] = field(default_factory=list)

    def log(self, tail: int | None = None) -> str:
        """Prism's combined stdout/stderr so far (the last ``tail`` characters if given)."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return text[-tail:] if tail else text


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _require_prism() -> None:
    if not PRISM_BIN.exists():
        raise PrismError(
            f"Prism is not installed: {PRISM_BIN} is missing. "
            f"Run `npm ci` in {REPO_ROOT} (needs Node.js and npm)."
        )


@contextmanager
def run_prism(
    document: Path | str | Mapping[str, Any],
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    startup_timeout: float = 60.0,
    fix_query_param_names: bool = True,
    extra_args: Sequence[str] = (),
) -> Iterator[PrismServer]:
    """Run ``prism mock`` on ``document`` (a path, or an OpenAPI dict written to a temp file).

    Raises ``PrismError`` with Prism's output if it is missing, exits or does not answer within
    ``startup_timeout`` seconds.
    """
    _require_prism()
    with tempfile.TemporaryDirectory(prefix="prism-") as tmp:
        workdir = Path(tmp)
        if isinstance(document, Mapping):
            doc_path = workdir / "openapi.json"
            doc_path.write_text(json.dumps(document), encoding="utf-8")
        else:
            doc_path = Path(document).resolve()
            if not doc_path.is_file():
                raise PrismError(f"OpenAPI document not found: {doc_path}")

        env = dict(os.environ)
        env.setdefault("NO_COLOR", "1")
        if fix_query_param_names:
            fix_target = (
                NODE_MODULES / "@stoplight" / "prism-cli" / "dist" / "util" / "paths.js"
            )
            fix_path = workdir / "prism-query-name-fix.cjs"
            fix_path.write_text(
                QUERY_NAME_FIX_JS % {"target": json.dumps(str(fix_target))},
                encoding="utf-8",
            )
            require = f'--require "{fix_path}"'
            env["NODE_OPTIONS"] = (
                f"{env['NODE_OPTIONS']} {require}"
                if env.get("NODE_OPTIONS")
                else require
            )

        # The port is free when picked but could be taken before Prism binds it: retry then.
        attempts = 1 if port is not None else 3
        last_error: PrismError | None = None
        for attempt in range(attempts):
            chosen = port if port is not None else free_port(host)
            log_path = workdir / f"prism-{attempt}.log"
            try:
                server, proc = _start(
                    doc_path, host, chosen, env, log_path, startup_timeout, extra_args
                )
            except PrismError as exc:
                last_error = exc
                if "EADDRINUSE" in str(exc) and attempt + 1 < attempts:
                    continue
                raise
            try:
                yield server
            finally:
                _stop(proc)
            return
        assert last_error is not None
        raise last_error


def _start(
    doc_path: Path,
    host: str,
    port: int,
    env: dict[str, str],
    log_path: Path,
    startup_timeout: float,
    extra_args: Sequence[str],
) -> tuple[PrismServer, subprocess.Popen[bytes]]:
    command = [
        str(PRISM_BIN),
        "mock",
        str(doc_path),
        "--errors",
        "-h",
        host,
        "-p",
        str(port),
        *extra_args,
    ]
    base_url = f"http://{host}:{port}"
    started = time.monotonic()
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group, so teardown can kill node and children
        )

    def failure(reason: str) -> PrismError:
        output = log_path.read_text(encoding="utf-8", errors="replace")[-6000:]
        return PrismError(
            f"Prism {reason}.\ncommand: {shlex.join(command)}\n"
            f"NODE_OPTIONS: {env.get('NODE_OPTIONS', '')}\n--- Prism output (tail) ---\n{output}"
        )

    deadline = started + startup_timeout
    with httpx.Client(timeout=1.0) as client:
        while True:
            if proc.poll() is not None:
                raise failure(f"exited with code {proc.returncode} during startup")
            try:
                client.get(f"{base_url}/__contract_test_readiness_probe__")
                break  # any HTTP answer (Prism replies 404 here) means it is serving
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                _stop(proc)
                raise failure(
                    f"did not answer on {base_url} within {startup_timeout:g}s"
                )
            time.sleep(0.05)

    server = PrismServer(
        base_url=base_url,
        port=port,
        pid=proc.pid,
        startup_seconds=time.monotonic() - started,
        document_path=doc_path,
        log_path=log_path,
        command=command,
    )
    return server, proc


def _stop(proc: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=grace)
