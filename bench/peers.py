"""The peer: openapi-python-client 0.29.1 (+ its ruff post-hooks) in its own venv under .bench/.

* ``ensure_peer_venv`` creates ``.bench/peer-venv`` once (cached across runs by a marker file
  holding the requirement list).
* ``time_peer_generate`` times cold generation of the current document into fresh temporary
  folders (median of N, ruff post-hooks included) and records its peak RSS.
* ``time_peer_parse`` installs one generated client into the peer venv and times its
  ``get_wms_orders`` on the 1000-order page through ``httpx.MockTransport``, in a child process
  running the peer venv's python.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Callable

from bench.measure import (BENCH_DIR, WORK, BenchError, Samples, child_env, fresh_dir,
                           measure_command, run, run_child_json)
from bench.payload import CURRENT_DOC
from bench.venvs import ensure_venv, versions

PEER_VENV = WORK / "peer-venv"
# openapi-python-client brings ruff (its post-hooks), httpx, attrs; setuptools and
# wheel build the generated `--meta setup` client offline (pip --no-build-isolation).
PEER_REQUIREMENTS = ["openapi-python-client==0.29.1", "setuptools", "wheel"]
PEER_CONFIG = BENCH_DIR / "opc-config.yml"
PEER_PACKAGE = "trackstar_api_client"


def peer_bin() -> Path:
    return PEER_VENV / "bin"


def peer_python() -> Path:
    return peer_bin() / "python"


def ensure_peer_venv(log: Callable[[str], None] = print) -> dict[str, Any]:
    ensure_venv(PEER_VENV, PEER_REQUIREMENTS, log)
    return versions(peer_python(), ["openapi-python-client", "ruff", "httpx", "attrs"])


def count_operations(doc_path: Path = CURRENT_DOC) -> int:
    doc = json.loads(doc_path.read_text())
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in doc["paths"].values() for m in item if m in methods)


def _generate_cmd(out: Path) -> list[str]:
    return [str(peer_bin() / "openapi-python-client"), "generate", "--path", str(CURRENT_DOC),
            "--config", str(PEER_CONFIG), "--output-path", str(out), "--meta", "setup"]


def time_peer_generate(repeats: int = 3, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Median wall time of cold generation with ruff post-hooks, each into a fresh folder."""
    env = child_env(path_prefix=[peer_bin()])  # post-hooks call `ruff` through PATH
    root = fresh_dir(WORK / "tmp" / "peer-gen")
    walls = Samples()
    rss: list[int] = []
    last_out: Path | None = None
    last_output = ""
    for i in range(repeats + 1):  # run 0 warms the OS file cache and .pyc files; not counted
        out = root / f"run{i}" / "client"
        out.parent.mkdir(parents=True)
        m = measure_command(_generate_cmd(out), env=env, timeout=600)
        output = m.stdout + m.stderr
        if "is not in PATH" in output:
            raise BenchError("openapi-python-client skipped its ruff post-hooks (ruff not in PATH)")
        if not (out / PEER_PACKAGE / "api" / "wms" / "get_wms_orders.py").exists():
            raise BenchError("openapi-python-client did not generate get_wms_orders:\n"
                             + output[-2000:])
        if i:
            walls.values.append(m.wall)
            rss.append(m.maxrss_kib)
        last_out, last_output = out, output
        log(f"  openapi-python-client generate run {i}{' (warm-up)' if i == 0 else ''}: "
            f"{m.wall:.2f} s, peak RSS {m.maxrss_kib / 1024:.0f} MiB")
    assert last_out is not None
    dropped = sorted(set(re.findall(r"WARNING parsing (\w+ \S+) within \w+\. Endpoint will not be "
                                    r"generated", last_output)))
    modules = [p for p in (last_out / PEER_PACKAGE / "api").rglob("*.py") if p.name != "__init__.py"]
    return {
        "wall": walls.summary(),
        "maxrss_mib": max(rss) / 1024,
        "operations_in_document": count_operations(),
        "operations_generated": len(modules),
        "operations_dropped": dropped,
        "client_dir": str(last_out),
    }


def install_peer_client(client_dir: Path) -> None:
    run([str(peer_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-build-isolation", "--force-reinstall", str(client_dir)], timeout=600)


def time_peer_parse(client_dir: Path, page_file: Path, repeats: int) -> dict[str, Any]:
    install_peer_client(client_dir)
    return run_child_json(peer_python(), "peer_parse.py",
                          [str(page_file), "--repeats", str(repeats)], env=child_env())


if __name__ == "__main__":
    print(ensure_peer_venv())
    gen = time_peer_generate(repeats=int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    print(json.dumps({k: v for k, v in gen.items()}, indent=1))
