"""Golden files: each fixture spec in tests/golden/<case>/spec renders to exactly
tests/golden/<case>/expected. Refresh with `make golden` (UPDATE_GOLDEN=1).

The expected trees hold only the API-shaped output (templates rendered from the spec). The
runtime core is copied verbatim into every package, so instead of storing a copy of it here the
test checks that the generated runtime files are byte-identical to each target's runtime
(generator/targets/python/runtime/, generator/targets/typescript/runtime/ copied to src/core/).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate_files
from generator.core.writer import existing_files, write_tree
from tests.conftest import REPO

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec").is_dir())
RUNTIME = REPO / "generator" / "targets" / "python" / "runtime"
RUNTIME_NAMES = {path.name for path in RUNTIME.glob("*.py")}
TS_RUNTIME = REPO / "generator" / "targets" / "typescript" / "runtime"
TS_RUNTIME_NAMES = {path.name for path in TS_RUNTIME.glob("*.ts")}


def _split(files: dict[str, bytes]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """(API-shaped files, runtime copies): a runtime copy is `python/<package>/<runtime file>`."""
    api: dict[str, bytes] = {}
    runtime: dict[str, bytes] = {}
    for name, content in files.items():
        parts = name.split("/")
        is_runtime = len(parts) == 3 and parts[0] == "python" and parts[2] in RUNTIME_NAMES
        if name.startswith("typescript/src/core/") and parts[-1] in TS_RUNTIME_NAMES:
            assert content == (TS_RUNTIME / parts[-1]).read_bytes(), f"{name} is not a copy of the TypeScript runtime"
            continue
        (runtime if is_runtime else api)[name] = content
    return api, runtime


@pytest.mark.parametrize("case", CASES)
def test_golden_tree(case: str) -> None:
    expected_dir = GOLDEN / case / "expected"
    api, runtime = _split(generate_files(GOLDEN / case / "spec", cache_dir=None))
    # Every runtime module is in the package, each one a verbatim copy.
    packages = {name.split("/")[1] for name in runtime}
    assert len(packages) == 1, f"runtime copies in several packages: {sorted(packages)}"
    assert {name.split("/")[2] for name in runtime} == RUNTIME_NAMES
    for name, content in sorted(runtime.items()):
        assert content == (RUNTIME / name.split("/")[2]).read_bytes(), f"{case}: {name} is not a copy of the Python runtime"
    if os.environ.get("UPDATE_GOLDEN"):
        write_tree(expected_dir, api)
    assert existing_files(expected_dir) == set(api), "file set differs (refresh with `make golden`)"
    for name, content in sorted(api.items()):
        assert (expected_dir / name).read_bytes() == content, f"{case}: {name} differs (refresh with `make golden`)"


@pytest.mark.slow  # mypy --strict on a whole package: about 30 s
@pytest.mark.parametrize("case", CASES)
def test_golden_package_imports_and_type_checks(case: str, tmp_path: Path) -> None:
    """The expected tree plus the runtime is a working, strictly typed package."""
    package_root = tmp_path / "python"
    shutil.copytree(GOLDEN / case / "expected" / "python", package_root)
    (package,) = [p for p in package_root.iterdir() if (p / "_client.py").is_file()]
    for name in sorted(RUNTIME_NAMES):
        shutil.copyfile(RUNTIME / name, package / name)
    code = f"import {package.name}; c = {package.name}.Trackstar(api_key='k', access_token='t'); c.close()"
    subprocess.run([sys.executable, "-c", code], cwd=package_root, check=True)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package.name],
        cwd=package_root, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
