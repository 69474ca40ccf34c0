"""The generated SDK as users get it: build the wheel and sdist, install the wheel into a fresh
virtualenv outside the repository (dependencies from the package index), call the API through
it against Prism, and type-check a small program against the installed package with mypy --strict.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DIR = REPO / "generated" / "python"
UPSTREAM = (REPO.parent / "shared" / "trackstar" / "openapi" / "2025-10-13_12ae462.json").resolve()

sys.path.insert(0, str(REPO / "tests" / "contract"))
import prism as prism_helper  # noqa: E402
from repairs import repair_document  # noqa: E402


def _run(cmd: list[str], *, cwd: Path, timeout: float = 300, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert result.returncode == 0, f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _clean_env() -> dict[str, str]:
    """No PYTHONPATH, no venv of ours: what a user's shell would have."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "MYPYPATH")}
    env["PYTHONNOUSERSITE"] = "1"
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    before = sorted(p.name for p in PACKAGE_DIR.iterdir())
    _run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(PACKAGE_DIR)], cwd=out)
    assert sorted(p.name for p in PACKAGE_DIR.iterdir()) == before, "the build left files in generated/python"
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    venv = tmp_path_factory.mktemp("venv") / "v"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=venv.parent)
    cfg = (venv / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "include-system-site-packages = false" in cfg
    python = venv / "bin" / "python"
    _run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        cwd=venv.parent, timeout=600, env=_clean_env(),
    )
    return venv


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    if not UPSTREAM.is_file():
        pytest.fail(f"{UPSTREAM} is missing: the installed-package smoke test calls Prism serving it", pytrace=False)
    document, _ = repair_document(json.loads(UPSTREAM.read_text(encoding="utf-8")))
    try:
        with prism_helper.run_prism(document) as server:
            yield server.base_url
    except prism_helper.PrismError as exc:
        pytest.fail(str(exc), pytrace=False)


def test_twine_check_and_metadata(dist: Path, wheel: Path) -> None:
    sdists = list(dist.glob("*.tar.gz"))
    assert len(sdists) == 1
    out = _run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdists[0])], cwd=dist)
    assert out.count("PASSED") == 2, out
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = zf.read(meta_name).decode("utf-8")
    assert "trackstar/py.typed" in names
    assert "trackstar/_client.py" in names and "trackstar/types/_models/wms_orders.py" in names
    assert not [n for n in names if "/tests/" in n or n.startswith("tests/")]
    headers = metadata.split("\n\n", 1)[0]
    assert "Requires-Python: >=3.10" in headers
    assert "License-Expression: MIT" in headers
    for dep in ("httpx<1,>=0.25", "pydantic<3,>=2.7", "typing-extensions<5,>=4.7"):
        assert f"Requires-Dist: {dep}" in headers
    assert "Project-URL: Homepage," in headers and "Project-URL: Documentation," in headers
    assert "# Trackstar Python SDK" in metadata  # the README is the long description
    print(f"\nwheel {wheel.name}: {wheel.stat().st_size} bytes; sdist {sdists[0].stat().st_size} bytes")


SMOKE = """
import sys
import trackstar
from trackstar import Trackstar

assert "site-packages" in trackstar.__file__, trackstar.__file__
client = Trackstar(api_key="smoke-key", access_token="smoke-token", base_url=sys.argv[1])
page = client.wms.orders.list(limit=5)
first = page.data[0]
print("installed", trackstar.__version__, "from", trackstar.__file__)
print("first page", type(page).__name__, len(page.data), type(first).__name__, first.id, page.total_count)
raw = client.wms.orders.with_raw_response.retrieve(first.id)
print("raw", raw.status_code, type(raw.parse()).__name__)
"""


def test_fresh_venv_install_and_smoke_call(fresh_venv: Path, prism_url: str, tmp_path: Path) -> None:
    python = fresh_venv / "bin" / "python"
    workdir = tmp_path / "user-project"  # cannot see the repository
    workdir.mkdir()
    (workdir / "smoke.py").write_text(SMOKE, encoding="utf-8")
    out = _run([str(python), "smoke.py", prism_url], cwd=workdir, env=_clean_env())
    assert "first page SyncCursorPage" in out and " Order " in out, out
    assert "raw 200 OrderRetrieveResponse" in out, out
    assert str(REPO) not in out.split("from", 1)[1].split("\n", 1)[0]
    freeze = _run([str(python), "-m", "pip", "list", "--format=freeze"], cwd=workdir, env=_clean_env())
    assert "trackstar-sdk==" in freeze
    assert "pytest" not in freeze and "jinja2" not in freeze.lower()  # nothing of the dev venv leaked in
    print("\n" + out)


TYPED_PROGRAM = '''
from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import httpx

from trackstar import APIResponse, AsyncTrackstar, NotImplementedForIntegrationError, SyncCursorPage, Trackstar
from trackstar.types.wms.orders import Order, OrderRetrieveResponse


def newest(client: Trackstar) -> list[str]:
    page: SyncCursorPage[Order] = client.wms.orders.list(
        limit=10,
        status={"in": ["open", "backordered"]},
        created_date={"gte": datetime(2024, 1, 1, tzinfo=timezone.utc)},
    )
    ids: list[str] = [order.id for order in page.data if order.id is not None]
    return ids


def one(client: Trackstar, order_id: str) -> str | None:
    try:
        raw: APIResponse[OrderRetrieveResponse] = client.wms.orders.with_raw_response.retrieve(order_id)
    except NotImplementedForIntegrationError as err:
        return err.integration
    result = raw.parse()
    return result.data.order_number  # `data` is always there on a successful retrieve


async def count(token: str) -> int:
    async with AsyncTrackstar(api_key="k", access_token=token, timeout=httpx.Timeout(5.0)) as aclient:
        n = 0
        async for _order in aclient.wms.orders.list(limit=100):
            n += 1
        return n


if __name__ == "__main__":
    print(newest(Trackstar()), asyncio.run(count("t")))
'''

TYPED_MISTAKE = '''
from trackstar import Trackstar

Trackstar().wms.orders.list(status="not-a-status")
'''


def _mypy(fresh_venv: Path, workdir: Path, name: str) -> subprocess.CompletedProcess[str]:
    (workdir / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    return subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
            "--python-executable", str(fresh_venv / "bin" / "python"),
            "--cache-dir", str(workdir / ".mypy_cache"), name,
        ],
        cwd=workdir, capture_output=True, text=True, timeout=600, env=_clean_env(),
    )


def test_mypy_strict_against_installed_package(fresh_venv: Path, tmp_path: Path) -> None:
    workdir = tmp_path / "typed"
    workdir.mkdir()
    (workdir / "program.py").write_text(TYPED_PROGRAM, encoding="utf-8")
    (workdir / "mistake.py").write_text(TYPED_MISTAKE, encoding="utf-8")
    good = _mypy(fresh_venv, workdir, "program.py")
    assert good.returncode == 0, good.stdout + good.stderr
    # Negative control: the same setup really sees the package's types (a bad enum value fails).
    bad = _mypy(fresh_venv, workdir, "mistake.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "mistake.py:4: error" in bad.stdout and "not-a-status" in bad.stdout, bad.stdout
