"""Measurements of our generator and of the SDK it generates.

Each function first checks that its subject exists; when it does not, it raises ``Pending`` and
the row says "pending: ..." (never a made-up figure). When the generator lands (issue: the lead's
``python -m generator generate --spec specs --out DIR [--no-cache]``) and
``generated/python/trackstar`` exists, the rows fill in by themselves.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

from bench.measure import (GENERATED_PYTHON, REPO_ROOT, WORK, BenchError, Samples, child_env,
                           fresh_dir, measure_command, run, run_child_json)


class Pending(Exception):
    """The subject of a row does not exist yet."""


GENERATOR_PYTHON = sys.executable  # the project venv: the generator's own dependencies
SPEC_DIR = REPO_ROOT / "specs"
SDK_PACKAGE = GENERATED_PYTHON / "trackstar"


def generator_cmd(out: Path, *, no_cache: bool) -> list[str]:
    cmd = [GENERATOR_PYTHON, "-m", "generator", "generate", "--spec", "specs", "--out", str(out)]
    return cmd + (["--no-cache"] if no_cache else [])


def check_generator() -> None:
    if not (REPO_ROOT / "generator" / "__main__.py").exists():
        raise Pending("generator not available (no generator/__main__.py)")
    if not SPEC_DIR.is_dir() or not any(SPEC_DIR.iterdir()):
        raise Pending("generator not available (specs/ is empty)")
    proc = run([GENERATOR_PYTHON, "-m", "generator", "generate", "--help"], env=child_env(),
               check=False, timeout=120)
    if proc.returncode != 0:
        last = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [""]
        raise Pending(f"generator not available (`generate --help` exited {proc.returncode}: "
                      f"{last[0][:120]})")


def check_sdk_files() -> bool:
    return (SDK_PACKAGE / "__init__.py").exists()


def check_sdk(sdk_python: Path) -> None:
    if not (SDK_PACKAGE / "__init__.py").exists():
        raise Pending("generated SDK not available (no generated/python/trackstar)")
    proc = run([str(sdk_python), "-c", "import trackstar; trackstar.Trackstar; "
                "trackstar.AsyncTrackstar"], env=sdk_env(), check=False)
    if proc.returncode != 0:
        raise BenchError("generated/python/trackstar does not import in the SDK venv:\n  "
                         + "\n  ".join(proc.stderr.strip().splitlines()[-6:]))


def sdk_env() -> dict[str, str]:
    return child_env(pythonpath=[GENERATED_PYTHON])


def _package_files(out: Path) -> int:
    return sum(1 for p in out.rglob("*") if p.is_file())


def time_generate(repeats: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Cold generation (``--no-cache``, empty output folder), then regeneration with nothing
    changed into the last cold run's folder; wall times (median) and peak RSS of the cold runs."""
    check_generator()
    env = child_env()
    root = fresh_dir(WORK / "tmp" / "ours-gen")
    cold = Samples()
    rss: list[int] = []
    out = root
    for i in range(repeats + 1):  # run 0 warms the OS file cache and .pyc files; not counted
        out = fresh_dir(root / f"cold{i}")
        m = measure_command(generator_cmd(out, no_cache=True), env=env, timeout=900)
        if i:
            cold.values.append(m.wall)
            rss.append(m.maxrss_kib)
        log(f"  generate --no-cache run {i}{' (warm-up)' if i == 0 else ''}: {m.wall:.2f} s, "
            f"peak RSS {m.maxrss_kib / 1024:.0f} MiB")
    files = _package_files(out)
    if not (out / "python" / "trackstar" / "__init__.py").exists():
        log(f"  note: {out.relative_to(REPO_ROOT)} has no python/trackstar/__init__.py "
            f"({files} files written)")
    # Regenerate with nothing changed: one run that may fill the cache (the cold runs were told
    # not to use it), then timed runs.
    prime = measure_command(generator_cmd(out, no_cache=False), env=env, timeout=900)
    log(f"  regenerate (priming, not counted): {prime.wall:.2f} s")
    regen = Samples()
    for i in range(repeats):
        m = measure_command(generator_cmd(out, no_cache=False), env=env, timeout=900)
        regen.values.append(m.wall)
        log(f"  regenerate run {i + 1}: {m.wall:.3f} s")
    return {"cold": cold.summary(), "regenerate": regen.summary(),
            "cold_maxrss_mib": max(rss) / 1024, "cold_maxrss_mib_samples": [r / 1024 for r in rss],
            "files_written": files, "priming_run": prime.wall}


def sdk_import_times(sdk_python: Path, statements: list[str], repeats: int) -> dict[str, Any]:
    from bench.baselines import fresh_process_times

    check_sdk(sdk_python)
    return fresh_process_times(statements, repeats=repeats, python=str(sdk_python),
                               pythonpath=[GENERATED_PYTHON])


def sdk_first_call(sdk_python: Path, page_file: Path, repeats: int) -> dict[str, Any]:
    check_sdk(sdk_python)
    env = sdk_env()
    run_child_json(sdk_python, "sdk_first_call.py", [str(page_file)], env=env)  # warm .pyc
    samples = Samples()
    last: dict[str, Any] = {}
    for _ in range(repeats):
        last = run_child_json(sdk_python, "sdk_first_call.py", [str(page_file)], env=env)
        samples.values.append(last["seconds"])
    return {"seconds": samples.summary(), "item_type": last.get("item_type"),
            "modules": last.get("modules")}


def sdk_page(sdk_python: Path, page_file: Path, repeats: int) -> dict[str, Any]:
    check_sdk(sdk_python)
    return run_child_json(sdk_python, "sdk_page.py", [str(page_file), "--repeats", str(repeats)],
                          env=sdk_env())


def sdk_pages_memory(sdk_python: Path, page_file: Path, pages: int) -> dict[str, Any]:
    check_sdk(sdk_python)
    one = run_child_json(sdk_python, "sdk_pages_memory.py", [str(page_file), "--pages", "1"],
                         env=sdk_env())
    many = run_child_json(sdk_python, "sdk_pages_memory.py",
                          [str(page_file), "--pages", str(pages)], env=sdk_env(), timeout=900)
    return {"one": one, "many": many}


def sdk_async_rate(sdk_python: Path, base_url: str, tokens: int, pages: int, page_size: int
                   ) -> dict[str, Any]:
    check_sdk(sdk_python)
    return run_child_json(sdk_python, "sdk_async_rate.py",
                          [base_url, "--tokens", str(tokens), "--pages", str(pages),
                           "--page-size", str(page_size)], env=sdk_env(), timeout=600)
