"""ruff (configured in pyproject.toml: pyflakes, bugbear, pycodestyle errors) on the code we write
and the code we generate. `make lint` runs the same check.

tests/ and bench/ are clean and must stay so. generator/ (the runtimes included) and
generated/python/ still have findings of the kinds listed in KNOWN_FINDINGS (issue 9 removes
them); a kind not listed there fails, and so does a listed kind that is gone (delete its entry,
so the list only ever shrinks and ends empty).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from typing import Any

from tests.conftest import REPO

CLEAN = ["tests", "bench"]
# folder -> rule codes ruff still reports there, to be fixed in the generator and templates.
KNOWN_FINDINGS: dict[str, set[str]] = {
    "generator": set(),
    "generated/python": set(),
}


def _ruff(*folders: str) -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "json", *folders],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode in (0, 1), f"ruff failed to run (exit {result.returncode}): {result.stderr}"
    findings: list[dict[str, Any]] = json.loads(result.stdout)
    return findings


def _where(finding: dict[str, Any]) -> str:
    path = finding["filename"].removeprefix(str(REPO) + "/")
    return f"{path}:{finding['location']['row']}: {finding['code']} {finding['message']}"


def test_tests_and_bench_are_ruff_clean() -> None:
    findings = _ruff(*CLEAN)
    assert not findings, "run `ruff check --fix tests bench`, then fix the rest by hand:\n" + "\n".join(map(_where, findings))


def test_generator_runtime_and_generated_code_only_have_the_known_findings(capsys: Any) -> None:
    findings = _ruff(*KNOWN_FINDINGS)
    assert findings or not any(KNOWN_FINDINGS.values()), "ruff found nothing: empty KNOWN_FINDINGS"
    found: dict[str, Counter[str]] = {folder: Counter() for folder in KNOWN_FINDINGS}
    unexpected = []
    for finding in findings:
        path = finding["filename"].removeprefix(str(REPO) + "/")
        folder = next(f for f in KNOWN_FINDINGS if path.startswith(f + "/"))
        found[folder][finding["code"]] += 1
        if finding["code"] not in KNOWN_FINDINGS[folder]:
            unexpected.append(_where(finding))
    with capsys.disabled():
        print("\nruff findings still to fix: " + "; ".join(
            f"{folder} {dict(sorted(counts.items()))}" for folder, counts in found.items()
        ))
    assert not unexpected, "new ruff findings (fix them):\n" + "\n".join(unexpected)
    gone = {folder: sorted(KNOWN_FINDINGS[folder] - set(found[folder])) for folder in KNOWN_FINDINGS}
    assert not any(gone.values()), f"fixed, so delete them from KNOWN_FINDINGS in {__file__}: {gone}"
