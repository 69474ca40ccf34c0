"""The generated SDK's own tests (generated/python/tests/) pass against Prism from the installed wheel.

A fresh venv outside the repository holds only the built wheel (with its dependencies) and pytest;
the async tests run on anyio's pytest plugin, which comes with httpx. The tests folder is copied
away from the package source, so `import trackstar` can only find the installed wheel.

Prism serves the document the SDK repository ships, `openapi.json`: the upstream document
repaired (tests/contract/README.md) plus the operations that specs/overlay.yaml adds because the
document lacks them (the passthrough endpoints); the generated tests call every method of the
SDK, and a mock that does not know a route answers 404. A second test runs the repository's
checks and tests exactly as its CONTRIBUTING.md and CI workflow say.
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

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DIR = REPO / "generated" / "python"
UPSTREAM = (REPO.parent / "shared" / "trackstar" / "openapi" / "2025-10-13_12ae462.json").resolve()
PYTEST_PIN = "pytest==9.0.1"  # the dev extra's version

sys.path.insert(0, str(REPO / "tests" / "contract"))
import prism as prism_helper  # noqa: E402


def _ok(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    assert result.returncode == 0, f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONNOUSERSITE"] = "1"
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    """Prism serving the document the SDK repository ships (openapi.json), as its CI does."""
    shipped = PACKAGE_DIR / "openapi.json"
    if not shipped.is_file():
        pytest.fail(f"{shipped} is missing: run `make import` and `make generate`", pytrace=False)
    paths = json.loads(shipped.read_text(encoding="utf-8"))["paths"]
    assert "post" in paths["/wms/passthrough"]  # the overlay's endpoint, absent upstream, is mocked too
    try:
        with prism_helper.run_prism(shipped) as server:
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


def _sh_blocks(markdown: str) -> list[list[str]]:
    return [block.strip().splitlines() for block in re.findall(r"```sh\n(.*?)```", markdown, re.S)]


def test_the_sdk_repository_checks_and_tests_pass_as_contributing_says(venv: Path, tmp_path: Path) -> None:
    """CONTRIBUTING.md's commands, in a copy of the SDK repository, in the order it gives them;
    the CI workflow runs the same ones. `npx @stoplight/prism-cli@V` is the pinned Prism of
    node_modules (the same version), on a free port instead of 4010."""
    contributing = (PACKAGE_DIR / "CONTRIBUTING.md").read_text(encoding="utf-8")
    blocks = _sh_blocks(contributing.split("## Checking and running the tests", 1)[1].split("## Releasing", 1)[0])
    lint, tests = blocks
    ruff_pin = _ok([sys.executable, "-m", "ruff", "--version"], cwd=tmp_path).split()[1]
    mypy_pin = _ok([sys.executable, "-m", "mypy", "--version"], cwd=tmp_path).split()[1]
    assert lint == [f"pip install . ruff=={ruff_pin} mypy=={mypy_pin}", "python -m ruff check .", "python -m mypy --strict trackstar"]
    prism_version = json.loads((REPO / "node_modules" / "@stoplight" / "prism-cli" / "package.json").read_text(encoding="utf-8"))["version"]
    assert tests == [
        f"npx @stoplight/prism-cli@{prism_version} mock openapi.json --errors -h 127.0.0.1 -p 4010 &",
        "pip install . pytest",
        "TEST_API_BASE_URL=http://127.0.0.1:4010 python -m pytest -q tests",
    ]
    workflow = (PACKAGE_DIR / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    for step in (
        f"pip install . ruff=={ruff_pin} mypy=={mypy_pin}", "python -m ruff check .", "python -m mypy --strict trackstar",
        'PRISM_VERSION: "' + prism_version + '"', "mock openapi.json --errors -h 127.0.0.1 -p 4010",
        "python -m pip install . pytest", "TEST_API_BASE_URL: http://127.0.0.1:4010", "run: python -m pytest -q tests",
    ):
        assert step in workflow, step
    assert "curl --fail" not in workflow  # the mock serves the shipped document, not a download

    checkout = tmp_path / "trackstar-python"
    shutil.copytree(PACKAGE_DIR, checkout, ignore=shutil.ignore_patterns("__pycache__", "dist", "build"))
    gitignore = (checkout / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "dist/" in gitignore and "__pycache__/" in gitignore
    # Lint and type-check with the pinned tools (this repository's, the same versions).
    _ok([sys.executable, "-m", "ruff", "check", "."], cwd=checkout, env=_clean_env())
    _ok([sys.executable, "-m", "mypy", "--strict", "trackstar"], cwd=checkout, env=_clean_env())
    # `pip install . pytest`: builds the wheel from the checkout and installs it.
    python = str(venv / "bin" / "python")
    _ok([python, "-m", "pip", "install", "-q", ".", PYTEST_PIN], cwd=checkout, env=_clean_env())
    # `python -m pytest` in the checkout imports its `trackstar/`: the very files the wheel installed.
    installed = Path(_ok([python, "-c", "import importlib.util as u; print(u.find_spec('trackstar').origin)"], cwd=tmp_path, env=_clean_env()).strip()).parent
    assert "site-packages" in str(installed)
    ours = {p.relative_to(checkout / "trackstar").as_posix(): p.read_bytes() for p in (checkout / "trackstar").rglob("*.py")}
    assert ours == {name: (installed / name).read_bytes() for name in ours}
    expected = sum(len(re.findall(r"^\s+(?:async )?def test_", p.read_text(encoding="utf-8"), re.M)) for p in (checkout / "tests").rglob("test_*.py"))
    try:
        with prism_helper.run_prism(checkout / "openapi.json") as server:
            result = subprocess.run(
                [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                cwd=checkout, capture_output=True, text=True, timeout=900, env=_clean_env(TEST_API_BASE_URL=server.base_url), check=False,
            )
    except prism_helper.PrismError as exc:
        pytest.fail(str(exc), pytrace=False)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
    assert summary.startswith(f"{expected} passed"), summary
    print(f"\nThe SDK repository's tests as CONTRIBUTING.md says: {summary}")
