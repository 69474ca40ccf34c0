"""The TypeScript SDK's own tests (generated/typescript/tests/) pass against Prism, run exactly as
its CONTRIBUTING.md says: the commands of its "in this folder" block, one by one, in a copy of
the package without node_modules or dist (a fresh checkout), with TEST_API_BASE_URL pointing at
the mock.

Prism serves the repaired upstream document plus the operations specs/overlay.yaml adds (the
passthrough endpoints), as for the Python SDK's own tests: the tests call every method.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from tests.typescript.ts_programs import PACKAGE

pytestmark = pytest.mark.slow

UPSTREAM = (REPO.parent / "shared" / "trackstar" / "openapi" / "2025-10-13_12ae462.json").resolve()


def contributing_commands() -> list[str]:
    """The commands CONTRIBUTING.md says to run in the package folder."""
    text = (PACKAGE / "CONTRIBUTING.md").read_text(encoding="utf-8")
    block = re.search(r"Then, in this folder:\n\n```sh\n(.*?)```", text, re.S)
    assert block, "CONTRIBUTING.md has no `Then, in this folder:` sh block"
    commands = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]
    return [c for c in commands if c]


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    sys.path.insert(0, str(REPO / "tests" / "contract"))
    import prism as prism_helper
    from repairs import repair_document

    from generator.core.mock_document import with_overlay_operations

    if not UPSTREAM.is_file():
        pytest.fail(f"{UPSTREAM} is missing: the SDK's own tests call Prism serving it", pytrace=False)
    document, _ = repair_document(json.loads(UPSTREAM.read_text(encoding="utf-8")))
    overlay = yaml.safe_load((REPO / "specs" / "overlay.yaml").read_text(encoding="utf-8")) or {}
    document, added = with_overlay_operations(document, overlay)
    assert "POST /wms/passthrough" in added, added
    try:
        with prism_helper.run_prism(document) as server:
            yield server.base_url
    except prism_helper.PrismError as exc:
        pytest.fail(str(exc), pytrace=False)


def test_own_tests_pass_as_contributing_says(prism_url: str, tmp_path: Path) -> None:
    commands = contributing_commands()
    assert commands == ["npm ci", "npm run build", "npm test"], commands
    checkout = tmp_path / "trackstar-sdk"
    shutil.copytree(PACKAGE, checkout, ignore=shutil.ignore_patterns("node_modules", "dist", "dist-test"))
    tests = sorted((checkout / "tests").rglob("*.test.ts"))
    expected = sum(len(re.findall(r"^test\(", p.read_text(encoding="utf-8"), re.M)) for p in tests)
    operations = re.findall(r'"[A-Z]+ /[^"]*":', (checkout / "src" / "operations.ts").read_text(encoding="utf-8"))
    assert expected == len(operations) >= 84, (expected, len(operations))  # one test per method
    env = {
        **os.environ,
        "TEST_API_BASE_URL": prism_url,
        "npm_config_audit": "false",
        "npm_config_fund": "false",
        "npm_config_update_notifier": "false",
    }
    for key in ("TRACKSTAR_API_KEY", "TRACKSTAR_ACCESS_TOKEN", "TRACKSTAR_BASE_URL"):
        env.pop(key, None)
    output = ""
    for command in commands:
        result = subprocess.run(["bash", "-c", command], cwd=checkout, capture_output=True, text=True, env=env, timeout=900)
        output = result.stdout + result.stderr
        assert result.returncode == 0, f"`{command}` failed ({result.returncode}):\n{output[-8000:]}"
    passed = re.search(r"^# pass (\d+)$", output, re.M)
    failed = re.search(r"^# fail (\d+)$", output, re.M)
    assert passed and failed, output[-3000:]
    assert int(failed.group(1)) == 0 and int(passed.group(1)) == expected, output[-3000:]
    print(f"\nthe TS SDK's own tests, run as CONTRIBUTING.md says ({' && '.join(commands)}): {passed.group(1)} passed, 0 failed against Prism")
