"""Golden files: each fixture spec in tests/golden/<case>/spec renders to exactly
tests/golden/<case>/expected. Refresh with `make golden` (UPDATE_GOLDEN=1)."""

from __future__ import annotations

import os
import sys
import subprocess
from pathlib import Path

import pytest

from generator.pipeline import generate_files
from generator.writer import existing_files, write_tree

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec").is_dir())


@pytest.mark.parametrize("case", CASES)
def test_golden_tree(case: str) -> None:
    expected_dir = GOLDEN / case / "expected"
    files = generate_files(GOLDEN / case / "spec", cache_dir=None)
    if os.environ.get("UPDATE_GOLDEN"):
        write_tree(expected_dir, files)
    assert existing_files(expected_dir) == set(files), "file set differs (refresh with `make golden`)"
    for name, content in sorted(files.items()):
        assert (expected_dir / name).read_bytes() == content, f"{case}: {name} differs (refresh with `make golden`)"


@pytest.mark.parametrize("case", CASES)
def test_golden_package_imports_and_type_checks(case: str) -> None:
    package_root = GOLDEN / case / "expected" / "python"
    code = "import trackstar; c = trackstar.Trackstar(api_key='k', access_token='t'); c.close()"
    subprocess.run([sys.executable, "-c", code], cwd=package_root, check=True)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "trackstar"],
        cwd=package_root, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
