"""The typed-usage test: eighteen integrator tasks pass `mypy --strict` as written.

tests/typed_usage/integrator_tasks.py is written from the README and the reference pages only;
each task is one function. Besides mypy passing, the file must not lean on escape hatches: no
cast, no assert, no `type: ignore`, and no `is not None` / isinstance guard (a type that reads
true needs none). The same file with one typed value changed must fail, so the check is real.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

TASKS = REPO / "tests" / "typed_usage" / "integrator_tasks.py"
GENERATED_PYTHON = REPO / "generated" / "python"
ESCAPE_HATCHES = re.compile(r"\bcast\(|\bassert\b|#\s*type:\s*ignore|\bis not None\b|\bisinstance\(")

pytestmark = pytest.mark.slow


def _mypy(*files: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *(str(f) for f in files)],
        cwd=GENERATED_PYTHON, capture_output=True, text=True, timeout=1200,
    )
    return [line for line in result.stdout.splitlines() if ": error:" in line]


def test_the_eighteen_tasks_pass_mypy_strict_without_escape_hatches(tmp_path: Path) -> None:
    source = TASKS.read_text(encoding="utf-8")
    tasks = re.findall(r"^# (\d+)\. ", source, re.M)
    assert tasks == [str(n) for n in range(1, 19)]
    code = source.split('"""', 2)[2]  # the module docstring names the hatches it avoids
    assert not ESCAPE_HATCHES.search(code), ESCAPE_HATCHES.search(code)
    # A wrong variant of the file: an id that may be missing, and a misspelt write argument.
    broken = tmp_path / "broken_tasks.py"
    broken.write_text(
        source.replace("return created.data.id", "return created.unused_fields").replace(
            'status=order.status or "open"', 'stauts=order.status or "open"'
        ),
        encoding="utf-8",
    )
    errors = _mypy(TASKS, broken)
    mine = [e for e in errors if "integrator_tasks.py" in e]
    assert mine == [], "\n".join(mine)
    theirs = [e for e in errors if "broken_tasks.py" in e]
    assert any("unused_fields" in e or "list[str] | None" in e for e in theirs), theirs
    assert any('Unexpected keyword argument "stauts"' in e for e in theirs), theirs
