"""One release for both SDKs against two real local registries: pypiserver (tests/test_release.py's
fixture) and verdaccio 6.8.0 (the root package.json), started here on a free port with its
config, storage and users in a temporary folder.

In a temporary clone (tests/test_release.py's fixture): a bad NPM_TOKEN is refused before
anything is uploaded; a token that may not publish `trackstar-sdk` gets the Python SDK onto
PyPI and then fails at npm, leaving no tag and saying how to resume; the same release again
without --resume is refused with that hint; `--resume` with a token that may publish skips what
PyPI has, publishes the tarball and makes the one tag; a resume of the finished release is a
no-op. Then `trackstar-sdk` is installed from each registry, into a fresh venv and into a fresh
Node project, and imported.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests import test_release as python_release
from tests.test_release import (
    DIST,
    REPO,
    Index,
    _clean_env,
    _fresh_venv,
    _index_files,
    _installed_version,
    _ok,
    _pip_from_index,
    _requirements,
    _run,
    _tags,
    _version,
    prism_helper,
)
from tests.test_release import PASSWORD as TWINE_PASSWORD
from tests.test_release import USER as TWINE_USER

pytestmark = pytest.mark.slow
# tests/test_release.py's fixtures: a pypiserver with a password, and a clone of the current code.
index = python_release.index
clone = python_release.clone

VERDACCIO = REPO / "node_modules" / ".bin" / "verdaccio"
NPM = shutil.which("npm") or "npm"
NODE = shutil.which("node") or "node"
PUBLISHER, RELEASER = "publisher", "releaser"  # only the first may publish trackstar-sdk
CONFIG = """\
storage: {root}/storage
auth:
  htpasswd:
    file: {root}/htpasswd
    max_users: 10
uplinks: {{}}
packages:
  "trackstar-sdk":
    access: $all
    publish: {publisher}
  "**":
    access: $all
    publish: $authenticated
web:
  enable: false
log: {{type: stdout, format: pretty, level: warn}}
"""


@dataclass
class Registry:
    url: str
    tokens: dict[str, str]
    storage: Path


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    if not VERDACCIO.exists():
        pytest.fail(f"{VERDACCIO} is missing: run `make install` (npm ci of the root package.json)", pytrace=False)
    root = tmp_path_factory.mktemp("verdaccio")
    (root / "config.yaml").write_text(CONFIG.format(root=root, publisher=PUBLISHER), encoding="utf-8")
    port = prism_helper.free_port()
    url = f"http://127.0.0.1:{port}/"
    log = (root / "verdaccio.log").open("w")
    server = subprocess.Popen(
        [str(VERDACCIO), "--config", str(root / "config.yaml"), "--listen", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, (root / "verdaccio.log").read_text()
            try:
                if httpx.get(f"{url}-/ping", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "verdaccio did not answer:\n" + (root / "verdaccio.log").read_text()
            time.sleep(0.2)
        tokens = {}
        for user in (PUBLISHER, RELEASER):
            answer = httpx.put(f"{url}-/user/org.couchdb.user:{user}", json={"name": user, "password": f"pw-{user}-1"}, timeout=30)
            assert answer.status_code == 201, answer.text
            tokens[user] = answer.json()["token"]
        yield Registry(url, tokens, root / "storage")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def venv(clone: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Future[Path]]:
    with ThreadPoolExecutor(max_workers=1) as pool:
        yield pool.submit(_fresh_venv, tmp_path_factory.mktemp("venv") / "v", _requirements(clone))


def _release(clone: Path, index: Index, registry: Registry, *args: str, npm_token: str | None) -> subprocess.CompletedProcess[str]:
    env = _clean_env(TWINE_USERNAME=TWINE_USER, TWINE_PASSWORD=TWINE_PASSWORD)
    for name in ("NPM_TOKEN", "RESUME", "npm_config_registry", "NPM_CONFIG_REGISTRY"):
        env.pop(name, None)
    if npm_token is not None:
        env["NPM_TOKEN"] = npm_token
    command = [sys.executable, "-m", "generator", "release", "--index", index.url, "--npm-registry", registry.url,
               "--no-isolation", *args]
    return _run(command, cwd=clone, env=env, timeout=900)


def _npm_versions(registry: Registry) -> list[str]:
    answer = httpx.get(f"{registry.url}{DIST}", timeout=30)
    return [] if answer.status_code == 404 else sorted(answer.json()["versions"])


def _secrets(registry: Registry) -> list[str]:
    return [TWINE_PASSWORD, *registry.tokens.values()]


def test_one_release_for_both_sdks_to_real_registries(
    clone: Path, index: Index, registry: Registry, venv: Future[Path], tmp_path: Path
) -> None:
    version = _version(clone)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html>docs</html>", encoding="utf-8")
    timings: dict[str, float] = {}

    start = time.monotonic()
    bad = _release(clone, index, registry, "--site", str(site), npm_token="not-a-token")
    timings["refused token"] = time.monotonic() - start
    assert bad.returncode == 1 and "refused the token in NPM_TOKEN" in bad.stderr, bad.stdout + bad.stderr
    assert "Nothing was uploaded or tagged" in bad.stderr and "Traceback" not in bad.stderr
    assert _index_files(index) == [] and _npm_versions(registry) == [] and _tags(clone) == []
    tarball = clone / "generated" / "typescript" / "dist" / f"{DIST}-{version}.tgz"
    assert tarball.is_file()
    assert not _ok(["git", "status", "--porcelain", "--", "specs", "generated"], cwd=clone).strip()

    # The second upload fails: PyPI has the release, npm refuses this user; no tag, a way on.
    start = time.monotonic()
    half = _release(clone, index, registry, "--site", str(site), npm_token=registry.tokens[RELEASER])
    timings["half release"] = time.monotonic() - start
    output = half.stdout + half.stderr
    assert half.returncode == 1, output
    assert f"{DIST} {version} is on {index.url}" in half.stderr and "not allowed to publish" in half.stderr, half.stderr
    assert "Nothing was tagged" in half.stderr and "RESUME=1" in half.stderr and "release --resume" in half.stderr
    assert not [s for s in _secrets(registry) if s in output] and "Traceback" not in output
    assert _index_files(index) == [f"trackstar_sdk-{version}-py3-none-any.whl", f"trackstar_sdk-{version}.tar.gz"]
    assert _npm_versions(registry) == [] and _tags(clone) == []

    # Without --resume PyPI refuses the version it has; the message points at --resume.
    again = _release(clone, index, registry, "--site", str(site), npm_token=registry.tokens[PUBLISHER])
    assert again.returncode == 1, again.stdout + again.stderr
    assert f"already has {DIST} {version}" in again.stderr and "--resume" in again.stderr, again.stderr
    assert _npm_versions(registry) == [] and _tags(clone) == []

    start = time.monotonic()
    resumed = _release(clone, index, registry, "--site", str(site), "--resume", npm_token=registry.tokens[PUBLISHER])
    timings["resume"] = time.monotonic() - start
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"published {DIST}-{version}.tgz to {registry.url}" in resumed.stdout and f"tagged sdk-v{version}" in resumed.stdout
    assert _tags(clone) == [f"sdk-v{version}"] and _npm_versions(registry) == [version]
    notes = (clone / "generated" / "python" / "dist" / "RELEASE_NOTES.md").read_text(encoding="utf-8")
    assert f"`{DIST}-{version}.tgz`" in notes and f"`trackstar_sdk-{version}-py3-none-any.whl`" in notes
    meta = httpx.get(f"{registry.url}{DIST}/{version}", timeout=30).json()
    assert meta["version"] == version and not meta.get("dependencies")

    # Resuming a finished release changes nothing.
    done = _release(clone, index, registry, "--site", str(site), "--resume", npm_token=registry.tokens[PUBLISHER])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "already has this" in done.stdout and _tags(clone) == [f"sdk-v{version}"]

    # Users install from each registry.
    python = str(venv.result(timeout=900) / "bin" / "python")
    _pip_from_index(python, index, DIST)
    assert _installed_version(python) == version
    node_project = tmp_path / "node-user"
    node_project.mkdir()
    (node_project / "package.json").write_text(json.dumps({"name": "node-user", "private": True}), encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="npm-cache-") as cache:  # nothing from this machine's npm cache
        env = {**_clean_env(), "npm_config_cache": cache, "npm_config_audit": "false", "npm_config_fund": "false",
               "npm_config_userconfig": os.devnull}
        env.pop("NPM_TOKEN", None)
        _ok([NPM, "install", "--registry", registry.url, f"{DIST}@{version}"], cwd=node_project, env=env)
    installed = json.loads((node_project / "node_modules" / DIST / "package.json").read_text(encoding="utf-8"))
    assert installed["version"] == version
    script = (
        'const cjs = require("trackstar-sdk");'
        'import("trackstar-sdk").then((esm) => {'
        '  const n = Object.keys(cjs.OPERATIONS).length;'
        '  if (n !== Object.keys(esm.OPERATIONS).length || typeof new esm.default({ apiKey: "k" }).wms.orders.list !== "function") process.exit(1);'
        '  console.log("trackstar-sdk " + n);'
        "});"
    )
    out = _ok([NODE, "-e", script], cwd=node_project)
    assert out.strip() == "trackstar-sdk 84", out
    print(f"\nreleased {DIST} {version} to pypiserver and verdaccio 6.8.0: "
          + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items())
          + f"; pip and npm installs from each import it ({out.strip()} operations)\n{resumed.stdout}")
