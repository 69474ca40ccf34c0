"""Timing and memory helpers shared by the rows.

Everything here uses public stdlib tools only: ``time.perf_counter`` with repeats and medians,
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` read by a wrapper process around the measured
command, and JSON lines printed by the child scripts in ``bench/children/``.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT / "bench"
CHILDREN = BENCH_DIR / "children"
WORK = REPO_ROOT / ".bench"
GENERATED_PYTHON = REPO_ROOT / "generated" / "python"


class BenchError(RuntimeError):
    """A measurement could not be taken (the row is reported as an error, never faked)."""


@dataclass
class Samples:
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def summary(self) -> dict[str, Any]:
        v = self.values
        return {
            "median": statistics.median(v),
            "min": min(v),
            "max": max(v),
            "n": len(v),
            "samples": [round(x, 6) for x in v],
        }


def time_calls(fn: Callable[[], object], *, repeats: int, warmup: int = 1) -> Samples:
    for _ in range(warmup):
        fn()
    out = Samples()
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.values.append(time.perf_counter() - t0)
    return out


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def child_env(*, pythonpath: Sequence[Path] = (), path_prefix: Sequence[Path] = ()) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    # Bytecode caching as on a normal install (pip compiles installed packages), kept out of the
    # source tree: every child reads/writes .pyc files under .bench/pycache. Warm-up runs fill it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(str(p) for p in pythonpath)
    if path_prefix:
        env["PATH"] = os.pathsep.join([*(str(p) for p in path_prefix), env.get("PATH", "")])
    return env


def run(cmd: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path = REPO_ROOT,
        timeout: float = 600, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(list(cmd), env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)
    if check and proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
        raise BenchError(f"{' '.join(map(str, cmd[:4]))} ... exited {proc.returncode}:\n  "
                         + "\n  ".join(tail))
    return proc


def run_child_json(python: str | Path, script: str, args: Sequence[str] = (), *,
                   env: dict[str, str] | None = None, timeout: float = 600) -> dict[str, Any]:
    """Run ``bench/children/<script>`` with ``python``; its last stdout line is a JSON object."""
    proc = run([str(python), str(CHILDREN / script), *args], env=env, timeout=timeout)
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    if not lines:
        raise BenchError(f"{script} printed nothing; stderr: {proc.stderr[-2000:]}")
    return json.loads(lines[-1])


@dataclass
class Measured:
    wall: float
    maxrss_kib: int
    returncode: int
    stdout: str
    stderr: str


def measure_command(cmd: Sequence[str], *, env: dict[str, str] | None = None,
                    cwd: Path = REPO_ROOT, timeout: float = 600, check: bool = True) -> Measured:
    """Wall time and peak RSS of ``cmd`` (and its descendants), through a wrapper process.

    The wrapper is a fresh interpreter whose only children are ``cmd`` and what it spawns, so its
    ``RUSAGE_CHILDREN.ru_maxrss`` is the peak RSS of that command tree's largest process.
    """
    wrapper = [sys.executable, str(CHILDREN / "rss_wrapper.py"), "--", *map(str, cmd)]
    proc = subprocess.run(wrapper, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode != 0:
        raise BenchError(f"rss wrapper failed ({proc.returncode}): {proc.stderr[-2000:]}")
    info = json.loads(proc.stderr.strip().splitlines()[-1])
    result = Measured(wall=info["wall"], maxrss_kib=info["maxrss_kib"],
                      returncode=info["returncode"], stdout=proc.stdout,
                      stderr="\n".join(proc.stderr.strip().splitlines()[:-1]))
    if check and result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-15:]
        raise BenchError(f"{' '.join(map(str, cmd[:5]))} ... exited {result.returncode}:\n  "
                         + "\n  ".join(tail))
    return result
