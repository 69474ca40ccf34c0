"""The TypeScript runtime core (generator/targets/typescript/runtime), tested as plain TypeScript.

- `tsc --strict --noEmit` over the runtime three ways: @types/node 20 without the DOM lib, with
  it, and the DOM lib without @types/node;
- `prettier --check` (the pinned prettier, default options) over the runtime and its tests;
- the runtime built as CommonJS and `require()`d (the ESM build is what the node tests import);
- `node --test` over tests/typescript/runtime/*.test.ts, compiled by the pinned tsc, against real
  tests/servers/fault_server.py servers scripted through fault_control.py.

Run alone: `.venv/bin/python -m pytest -q -s tests/typescript/test_ts_runtime.py`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(Path(__file__).resolve().parent / "runtime"))
from fault_control import ControlServer  # noqa: E402

pytestmark = pytest.mark.slow  # tsc runs and ~1 min of node tests against live servers

HERE = Path(__file__).resolve().parent / "runtime"
RUNTIME = REPO / "generator" / "targets" / "typescript" / "runtime"
BIN = REPO / "node_modules" / ".bin"
NODE = shutil.which("node") or "node"
# The suite is expected to hold at least this many tests; fewer means files went missing.
MIN_TESTS = 80


def _run(
    args: list[str], *, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=timeout, env=env)


def _tsc(*args: str) -> subprocess.CompletedProcess[str]:
    if not (BIN / "tsc").exists():
        pytest.fail("node_modules/.bin/tsc is missing: run `make install`")
    return _run([str(BIN / "tsc"), *args])


@pytest.mark.parametrize("config", ["runtime-node", "runtime-dom", "runtime-dom-only"])
def test_runtime_type_checks_strict(config: str) -> None:
    result = _tsc("-p", str(HERE / f"tsconfig.{config}.json"))
    assert result.returncode == 0, result.stdout + result.stderr
    print(f"tsc --strict --noEmit ({config}): {len(list(RUNTIME.glob('*.ts')))} runtime files, 0 errors")


def test_runtime_has_no_any_and_no_dependencies() -> None:
    offenders = []
    for path in sorted(RUNTIME.glob("*.ts")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            code = line.split("//", 1)[0]
            # `(reason: any)`: lib.es5's own Promise.then/catch signature, which APIPromise implements.
            if re.search(r"\bany\b", code.replace("(reason: any)", "")) and not re.search(
                r"['\"`].*\bany\b.*['\"`]", code
            ):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
            if re.search(r"""from\s+['"](?!\./)""", code) or "require(" in code:
                offenders.append(f"{path.name}:{number}: imports a package: {line.strip()}")
    assert offenders == []


def test_runtime_is_prettier_formatted() -> None:
    files = [str(p) for p in sorted(RUNTIME.glob("*.ts"))] + [str(p) for p in sorted(HERE.glob("*.ts"))]
    result = _run([str(BIN / "prettier"), "--check", *files])
    assert result.returncode == 0, result.stdout + result.stderr
    print(f"prettier --check: {len(files)} files formatted")


def test_runtime_builds_as_commonjs_and_requires(tmp_path: Path) -> None:
    out = tmp_path / "cjs"
    result = _tsc("-p", str(HERE / "tsconfig.cjs.json"), "--outDir", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    (out / "package.json").write_text('{"type": "commonjs"}\n')
    script = (
        "const core = require('./index.js');"
        "const names = ['BaseClient','APIPromise','PagePromise','CursorPage','APIError','toFile',"
        "'NotImplementedForIntegrationError','WriteMayHaveBeenAppliedError','unwrapWebhook','verifyWebhook'];"
        "const missing = names.filter((n) => typeof core[n] !== 'function');"
        "if (missing.length) { console.error('missing', missing); process.exit(1); }"
        "const f = core.toFile('hi', 'a.txt', {type: 'text/plain'});"
        "if (f.name !== 'a.txt' || f.type !== 'text/plain' || f.size !== 2) process.exit(2);"
        "console.log(Object.keys(core).length);"
    )
    run = subprocess.run([NODE, "-e", script], cwd=out, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (out / "index.d.ts").exists()
    print(f"CommonJS build: require('./index.js') exports {run.stdout.strip()} names")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ts-runtime-esm")
    result = _tsc("-p", str(HERE / "tsconfig.test.json"), "--outDir", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    (out / "package.json").write_text('{"type": "module"}\n')
    (out / "node_modules").symlink_to(REPO / "node_modules")  # svix for the cross-check
    return out


def _tap_counts(stdout: str) -> dict[str, int]:
    return {
        key: int(value)
        for key, value in re.findall(r"^# (tests|pass|fail|cancelled|skipped|todo) (\d+)$", stdout, re.M)
    }


def test_node_tests_against_the_fault_server(compiled: Path) -> None:
    tests = sorted((compiled / "tests" / "typescript" / "runtime").glob("*.test.js"))
    assert len(tests) == len(list(HERE.glob("*.test.ts"))), "a test file did not compile"
    totals: dict[str, int] = {}
    failures: list[str] = []
    lines: list[str] = []
    with ControlServer() as control:
        env = {**os.environ, "FAULT_CONTROL_URL": control.url}
        for name in ("DEMO_API_KEY", "DEMO_ACCESS_TOKEN", "DEMO_BASE_URL", "DEMO_LOG"):
            env.pop(name, None)
        for path in tests:  # one node process per file, one after the other: bounded CPU
            result = subprocess.run(
                [NODE, "--test", "--test-reporter=tap", str(path)],
                cwd=compiled,
                capture_output=True,
                text=True,
                timeout=600,
                env=env,
            )
            counts = _tap_counts(result.stdout)
            for key, value in counts.items():
                totals[key] = totals.get(key, 0) + value
            name = path.name.replace(".js", ".ts")
            notes = [line[2:] for line in result.stdout.splitlines() if re.match(r"^# (run \d|rate)", line)]
            lines.append(f"  {name}: {counts.get('pass', 0)} passed, {counts.get('fail', 0)} failed")
            lines.extend(f"    {note}" for note in notes)
            if result.returncode != 0 or counts.get("fail", 0) or not counts.get("pass"):
                failed = [line for line in result.stdout.splitlines() if line.lstrip().startswith("not ok")]
                failures.append(f"{name}:\n" + "\n".join(failed) + "\n" + result.stdout[-8000:] + result.stderr[-3000:])
    print(f"node --test ({len(tests)} files): " + ", ".join(f"{key} {value}" for key, value in totals.items()))
    print("\n".join(lines))
    assert failures == [], "\n\n".join(failures)
    assert totals.get("cancelled", 0) == 0
    assert totals.get("pass", 0) >= MIN_TESTS, json.dumps(totals)
