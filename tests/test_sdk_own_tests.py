"""The generated SDK's own tests (generated/python/tests/) pass against Prism from the installed wheel.

A fresh venv outside the repository holds only the built wheel (with its dependencies) and pytest;
the async tests run on anyio's pytest plugin, which comes with httpx. The tests folder is copied
away from the package source, so `import trackstar` can only find the installed wheel.

Prism serves the repaired upstream document (tests/contract/README.md) plus the operations that
specs/overlay.yaml adds because the document lacks them (the passthrough endpoints), described by
the overlay's own models: the generated tests call every method of the SDK, and a mock that does
not know a route answers 404.
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
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DIR = REPO / "generated" / "python"
UPSTREAM = (REPO.parent / "shared" / "trackstar" / "openapi" / "2025-10-13_12ae462.json").resolve()
PYTEST_PIN = "pytest==9.0.1"  # the dev extra's version

sys.path.insert(0, str(REPO / "tests" / "contract"))
import prism as prism_helper  # noqa: E402
from repairs import repair_document  # noqa: E402


def _ok(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    assert result.returncode == 0, f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONNOUSERSITE"] = "1"
    env.update(extra)
    return env


def with_overlay_operations(document: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The document plus every overlay operation it lacks (request body and 200 response from the
    overlay's models, `#/models/X` refs rewritten to components)."""
    doc = json.loads(json.dumps(document))
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    as_components = json.loads(json.dumps(overlay.get("models") or {}).replace('"#/models/', '"#/components/schemas/'))
    added = []
    for dotted, op in sorted((overlay.get("operations") or {}).items()):
        method, path = str(op["http"]).split(" ", 1)
        item = doc.setdefault("paths", {}).setdefault(path, {})
        if method.lower() in item:
            continue
        operation: dict[str, Any] = {"operationId": dotted, "responses": {"200": {"description": "OK"}}}
        if op.get("body"):
            model = op["body"]["model"]
            schemas.setdefault(model, as_components[model])
            operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{model}"}}}}
        if op.get("response"):
            schemas.setdefault(op["response"], as_components[op["response"]])
            operation["responses"]["200"]["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{op['response']}"}}}
        item[method.lower()] = operation
        added.append(f"{method} {path}")
    return doc, added


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    if not UPSTREAM.is_file():
        pytest.fail(f"{UPSTREAM} is missing: the SDK's own tests call Prism serving it", pytrace=False)
    document, _ = repair_document(json.loads(UPSTREAM.read_text(encoding="utf-8")))
    overlay = yaml.safe_load((REPO / "specs" / "overlay.yaml").read_text(encoding="utf-8")) or {}
    document, added = with_overlay_operations(document, overlay)
    assert "POST /wms/passthrough" in added, added  # the document still lacks it: keep this honest
    try:
        with prism_helper.run_prism(document) as server:
            yield server.base_url
    except prism_helper.PrismError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tests = PACKAGE_DIR / "tests"
    if not (tests / "conftest.py").is_file():
        pytest.fail(f"{tests} is missing: run `make generate` (the generator writes the SDK's tests)", pytrace=False)
    dist = tmp_path_factory.mktemp("own-dist")
    # --no-isolation: hatchling is pinned in the dev extra; test_dist covers the isolated build.
    _ok([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(PACKAGE_DIR)], cwd=dist)
    wheel = next(dist.glob("*.whl"))
    venv = tmp_path_factory.mktemp("own-venv") / "v"
    _ok([sys.executable, "-m", "venv", str(venv)], cwd=venv.parent)
    _ok([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel), PYTEST_PIN], cwd=venv.parent, env=_clean_env())
    return venv


def test_generated_tests_pass_against_prism_from_the_wheel(venv: Path, prism_url: str, tmp_path: Path) -> None:
    workdir = tmp_path / "sdk-checkout"
    shutil.copytree(PACKAGE_DIR / "tests", workdir / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    python = str(venv / "bin" / "python")
    where = _ok([python, "-c", "import trackstar; print(trackstar.__file__)"], cwd=workdir, env=_clean_env())
    assert "site-packages" in where and str(REPO) not in where, where
    frozen = _ok([python, "-m", "pip", "list", "--format=freeze"], cwd=workdir, env=_clean_env()).lower()
    assert "trackstar-sdk==" in frozen and "pytest==" in frozen and "jinja2" not in frozen and "pytest-asyncio" not in frozen

    expected = sum(len(re.findall(r"^\s+(?:async )?def test_", p.read_text(encoding="utf-8"), re.M)) for p in (workdir / "tests").rglob("test_*.py"))
    assert expected >= 2 * 82, expected  # every operation at least with its required arguments, sync and async
    result = subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=workdir, capture_output=True, text=True, timeout=900, env=_clean_env(TEST_API_BASE_URL=prism_url), check=False,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
    assert summary.startswith(f"{expected} passed"), summary
    print(f"\nSDK's own tests from the installed wheel against Prism: {summary}")
