"""`python -m generator release` against a real package index (pypiserver with authentication).

Everything happens in a temporary clone of this repository (its committed HEAD plus the current
working-tree files of generator/, specs/, docs/ and mkdocs.yml, committed there), so
the test is about the current code and never tags or dirties the real repository. pypiserver runs
on 127.0.0.1 on a free port with an htpasswd file; uploads need the password.

The round trip: refusals (uncommitted anywhere in the tree, stale output, what `check` rejects,
a tag that exists, in a dry run too); a first CHANGELOG entry written by `make overlay`; a dry run (builds everything, uploads nothing, tags
nothing); a release; `pip install --index-url` of `trackstar-sdk` into a fresh venv and a call
against Prism; a wrong password (fails cleanly, nothing tagged or uploaded); a template-only change released
with `--set-version`, which pip upgrades to; and the index refusing a version it already has (nothing tagged).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
UPSTREAM = (REPO.parent / "shared" / "trackstar" / "openapi" / "2025-10-13_12ae462.json").resolve()
# Working-tree content copied over the clone's HEAD so that the release runs the current code.
CURRENT_CODE = ("generator", "specs", "docs", "mkdocs.yml")
USER, PASSWORD = "releaser", "s3cret-upload-password"
DIST = "trackstar-sdk"

sys.path.insert(0, str(REPO / "tests" / "contract"))
import prism as prism_helper  # noqa: E402
from repairs import repair_document  # noqa: E402


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, timeout=timeout, check=False)


def _ok(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    result = _run(cmd, cwd=cwd, env=env, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _git(clone: Path, *args: str) -> str:
    ident = ["-c", "user.name=Release Test", "-c", "user.email=release-test@example.invalid", "-c", "commit.gpgsign=false"]
    return _ok(["git", *ident, *args], cwd=clone)


def _clean_env(**extra: str) -> dict[str, str]:
    """No credentials, no dry-run flag, no PYTHONPATH: only what each call passes explicitly."""
    drop = {"PYTHONPATH", "VIRTUAL_ENV", "DRY_RUN", "TWINE_USERNAME", "TWINE_PASSWORD", "TWINE_REPOSITORY_URL"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(extra)
    return env


@dataclass
class Index:
    url: str  # upload URL
    simple: str  # pip's --index-url
    packages: Path


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

    root = tmp_path_factory.mktemp("index")
    packages = root / "packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(root / "htpasswd"), new=True, default_scheme="sha256_crypt")
    htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    port = prism_helper.free_port()
    log = (root / "pypiserver.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port), "-a", "update",
         "-P", str(root / "htpasswd"), "--disable-fallback", str(packages)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, (root / "pypiserver.log").read_text()
            try:
                if httpx.get(f"{url}health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "pypiserver did not answer:\n" + (root / "pypiserver.log").read_text()
            time.sleep(0.1)
        yield Index(url=url, simple=f"{url}simple/", packages=packages)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def _copy_current_code(clone: Path) -> None:
    for name in CURRENT_CODE:
        source, target = REPO / name, clone / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)


def _generate_and_commit(clone: Path, message: str) -> None:
    _ok([sys.executable, "-m", "generator", "generate", "--spec", "specs", "--out", "generated"], cwd=clone)
    _git(clone, "add", "-A")
    _git(clone, "commit", "-q", "--allow-empty", "-m", message)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tags_before = _ok(["git", "tag", "-l", "sdk-v*"], cwd=REPO)
    target = tmp_path_factory.mktemp("clone") / "repo"
    _ok(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(target)], cwd=target.parent)
    # The upstream documents beside the clone, as beside the repository (specs/api.yaml records
    # its document relative to specs/, and a release runs `check`, which re-imports it).
    (target.parent / "shared").symlink_to(REPO.parent / "shared")
    inherited = _ok(["git", "tag", "-l"], cwd=target).split()
    if inherited:  # releases of the real repository are not this test's business
        _ok(["git", "tag", "-d", *inherited], cwd=target)
    _copy_current_code(target)
    (target / "node_modules").symlink_to(REPO / "node_modules")  # the TypeScript target formats with prettier
    cache = REPO / "generated" / ".generator-cache"
    if cache.is_dir():  # formatted-output cache: a warm regeneration instead of a cold one
        shutil.copytree(cache, target / "generated" / ".generator-cache")
    version = re.search(r"^sdk_version:\s*['\"]?([0-9][^'\"\s]*)", (target / "specs" / "api.yaml").read_text(encoding="utf-8"), re.M)
    assert version is not None
    _generate_and_commit(target, "release test: the current code")
    log = target / "specs" / "CHANGELOG.md"
    if not log.exists():
        # A fresh clone has released nothing: `make overlay` writes the first entry (no hand edit).
        logged = _ok([sys.executable, "-m", "generator", "update-spec", "--recorded"], cwd=target)
        assert f"logged the first release {version[1]}" in logged, logged
        assert f"## {version[1]} (" in log.read_text(encoding="utf-8") and "First release, generated from" in log.read_text(encoding="utf-8")
        _git(target, "add", "-A")
        _git(target, "commit", "-q", "-m", "release test: first CHANGELOG entry")
    assert _ok(["git", "tag", "-l", "sdk-v*"], cwd=REPO) == tags_before
    return target


def _release(clone: Path, *args: str, password: str | None = PASSWORD, dry_run: bool = False) -> subprocess.CompletedProcess[str]:
    extra = {"TWINE_USERNAME": USER, "TWINE_PASSWORD": password} if password is not None else {}
    if dry_run:
        extra["DRY_RUN"] = "1"
    return _run([sys.executable, "-m", "generator", "release", *args], cwd=clone, env=_clean_env(**extra), timeout=600)


def _tags(clone: Path) -> list[str]:
    return _ok(["git", "tag", "-l", "sdk-v*"], cwd=clone).split()


def _index_files(index: Index) -> list[str]:
    return sorted(p.name for p in index.packages.iterdir())


def _version(clone: Path) -> str:
    match = re.search(r"^sdk_version:\s*['\"]?([0-9][^'\"\s]*)", (clone / "specs" / "api.yaml").read_text(encoding="utf-8"), re.M)
    assert match is not None
    return match[1]


def _bump(clone: Path, version: str) -> None:
    """A generator-only change (a template edit), committed, then released as `version` with
    `update-spec --recorded --set-version`, which writes the entry and regenerates."""
    template = clone / "generator" / "targets" / "python" / "templates" / "python" / "CONTRIBUTING.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n<!-- release test: a template change -->\n", encoding="utf-8")
    _git(clone, "commit", "-q", "-am", "release test: a template change")
    out = _ok([sys.executable, "-m", "generator", "update-spec", "--recorded", "--set-version", version], cwd=clone)
    assert f"-> {version}" in out, out
    entry = (clone / "specs" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {version} (" in entry and "ships changes of the generator (templates, runtime) only" in entry
    assert "release test: a template change" in (clone / "generated" / "python" / "CONTRIBUTING.md").read_text(encoding="utf-8")
    _git(clone, "add", "-A")
    _git(clone, "commit", "-q", "-m", f"release test: {version}")


@pytest.fixture(scope="module")
def user_venv(clone: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Future[Path]]:
    """A fresh venv with the SDK's runtime dependencies, made in the background while the
    releases run (pip downloads and the builds overlap)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        yield pool.submit(_fresh_venv, tmp_path_factory.mktemp("venv") / "v", _requirements(clone))


@pytest.fixture(scope="module")
def site(clone: Path, index: Index, user_venv: Future[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dry run (the one that builds the docs site itself); its archive, unpacked, is reused."""
    result = _release(clone, "--index", index.url, "--no-isolation", password=None, dry_run=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dry run: nothing uploaded, no tag made" in result.stdout
    version = _version(clone)
    dist = clone / "generated" / "python" / "dist"
    assert sorted(p.name for p in dist.iterdir()) == sorted([
        f"trackstar_sdk-{version}-py3-none-any.whl", f"trackstar_sdk-{version}.tar.gz",
        f"{DIST}-docs-{version}.tar.gz", "RELEASE_NOTES.md",
    ])
    assert _tags(clone) == [] and _index_files(index) == []
    unpacked = tmp_path_factory.mktemp("site")
    with tarfile.open(dist / f"{DIST}-docs-{version}.tar.gz") as tar:
        tar.extractall(unpacked, filter="data")
    return unpacked / f"{DIST}-docs-{version}"


def test_refuses_uncommitted_and_stale_trees(clone: Path, index: Index) -> None:
    api = clone / "specs" / "api.yaml"
    original = api.read_text(encoding="utf-8")
    api.write_text(original + "\n", encoding="utf-8")
    try:
        dirty = _release(clone, "--index", index.url)
    finally:
        api.write_text(original, encoding="utf-8")
    assert dirty.returncode == 1 and "uncommitted changes" in dirty.stderr and "specs/api.yaml" in dirty.stderr, dirty.stderr
    assert "Traceback" not in dirty.stderr

    readme = clone / "generated" / "python" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nhand edit\n", encoding="utf-8")
    _git(clone, "commit", "-q", "-am", "hand edit of generated output")
    try:
        stale = _release(clone, "--index", index.url)
    finally:
        _git(clone, "revert", "--no-edit", "HEAD")
    assert stale.returncode == 1 and "out of date" in stale.stderr and "python/README.md" in stale.stderr, stale.stderr

    # What `make check` rejects: an overlay edit committed but not taken in, a hand-edited import.
    overlay = clone / "specs" / "overlay.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8").replace("connections.sync", "connections.resync"), encoding="utf-8")
    _git(clone, "commit", "-q", "-am", "overlay edit without make overlay")
    try:
        untaken = _release(clone, "--index", index.url)
    finally:
        _git(clone, "revert", "--no-edit", "HEAD")
    assert untaken.returncode == 1 and "is not the import of" in untaken.stderr and "make overlay" in untaken.stderr, untaken.stderr
    resources = clone / "specs" / "resources.yaml"
    resources.write_text(resources.read_text(encoding="utf-8").replace("GET /wms/orders\n", "GET /wms/orderz\n", 1), encoding="utf-8")
    _git(clone, "commit", "-q", "-am", "hand edit of resources.yaml")
    try:
        edited = _release(clone, "--index", index.url)
    finally:
        _git(clone, "revert", "--no-edit", "HEAD")
    assert edited.returncode == 1 and "resources.yaml" in edited.stderr and "by hand" in edited.stderr, edited.stderr

    # An uncommitted change of the generator itself.
    source = clone / "generator" / "core" / "naming.py"
    original_source = source.read_text(encoding="utf-8")
    source.write_text(original_source + "\n# a local experiment\n", encoding="utf-8")
    try:
        local = _release(clone, "--index", index.url)
    finally:
        source.write_text(original_source, encoding="utf-8")
    assert local.returncode == 1 and "uncommitted changes" in local.stderr and "generator/core/naming.py" in local.stderr, local.stderr

    # A version that was released already: refused by a dry run too.
    _git(clone, "tag", f"sdk-v{_version(clone)}")
    try:
        tagged = _release(clone, "--index", index.url, password=None, dry_run=True)
    finally:
        _git(clone, "tag", "-d", f"sdk-v{_version(clone)}")
    assert tagged.returncode == 1 and "already exists" in tagged.stderr and "would tag" not in tagged.stdout, tagged.stdout + tagged.stderr
    assert _tags(clone) == [] and _index_files(index) == []


def test_dry_run_builds_everything(clone: Path, site: Path) -> None:
    version = _version(clone)
    dist = clone / "generated" / "python" / "dist"
    assert (site / "index.html").is_file() and (site / "wms_orders.html").is_file()
    readme_page = (site / "sdk.html").read_text(encoding="utf-8")
    assert "<title>Trackstar Python SDK - " in readme_page and 'id="authentication"' in readme_page  # the README is a page
    notes = (dist / "RELEASE_NOTES.md").read_text(encoding="utf-8")
    assert notes.startswith(f"# {DIST} {version}\n") and f"`sdk-v{version}`" in notes
    assert "First release, generated from `2025-10-13_12ae462.json`:" in notes
    assert f"{DIST}-docs-{version}.tar.gz" in notes and "sha256" in notes
    with zipfile.ZipFile(dist / f"trackstar_sdk-{version}-py3-none-any.whl") as wheel:
        names = wheel.namelist()
        license_name = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        assert "MIT License" in wheel.read(license_name).decode()
        metadata = wheel.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "License-File: LICENSE" in metadata and "Classifier: Typing :: Typed" in metadata
    assert not [n for n in names if n.startswith("tests/")]
    with tarfile.open(dist / f"trackstar_sdk-{version}.tar.gz") as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    for shipped in ("LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", ".github/workflows/ci.yml", "tests/conftest.py",
                    "tests/api_resources/wms/test_orders.py"):
        assert shipped in members, shipped


def test_release_install_upgrade_and_refusals(
    clone: Path, index: Index, site: Path, user_venv: Future[Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    first = _version(clone)
    released = _release(clone, "--index", index.url, "--no-isolation", "--site", str(site))
    assert released.returncode == 0, released.stdout + released.stderr
    assert PASSWORD not in released.stdout + released.stderr
    assert f"tagged sdk-v{first}" in released.stdout
    assert _tags(clone) == [f"sdk-v{first}"]
    assert _index_files(index) == [f"trackstar_sdk-{first}-py3-none-any.whl", f"trackstar_sdk-{first}.tar.gz"]

    python = str(user_venv.result(timeout=600) / "bin" / "python")
    _pip_from_index(python, index, "trackstar-sdk")
    assert _installed_version(python) == first
    _smoke_call(python, tmp_path_factory.mktemp("user"))

    # A wrong password fails cleanly: one message, no traceback, nothing uploaded or tagged.
    second = _bump_version(first)
    _bump(clone, second)
    refused = _release(clone, "--index", index.url, "--no-isolation", "--site", str(site), password="wrong-password")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "refused the credentials in TWINE_USERNAME/TWINE_PASSWORD" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and "wrong-password" not in refused.stdout + refused.stderr
    assert _tags(clone) == [f"sdk-v{first}"] and not [n for n in _index_files(index) if second in n]

    bumped = _release(clone, "--index", index.url, "--no-isolation", "--site", str(site))
    assert bumped.returncode == 0, bumped.stdout + bumped.stderr
    assert _tags(clone) == sorted([f"sdk-v{first}", f"sdk-v{second}"])
    _pip_from_index(python, index, "--upgrade", "trackstar-sdk")
    assert _installed_version(python) == second

    # The same version again (as if released from another clone): the index refuses, no tag.
    _ok(["git", "tag", "-d", f"sdk-v{second}"], cwd=clone)
    duplicate = _release(clone, "--index", index.url, "--no-isolation", "--site", str(site))
    assert duplicate.returncode == 1, duplicate.stdout + duplicate.stderr
    assert f"already has {DIST} {second}" in duplicate.stderr and "Nothing was tagged" in duplicate.stderr, duplicate.stderr
    assert "Traceback" not in duplicate.stderr
    assert _tags(clone) == [f"sdk-v{first}"]
    print(f"\n{released.stdout}\n{bumped.stdout}\n{duplicate.stderr}")


def _bump_version(version: str) -> str:
    major, minor, patch = (int(part) for part in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


def _requirements(clone: Path) -> list[str]:
    """The SDK's runtime dependencies, as its generated pyproject.toml lists them."""
    text = (clone / "generated" / "python" / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)^\]", text, re.M | re.S)
    assert block is not None, text
    requirements = re.findall(r'"([^"]+)"', block[1])
    assert requirements, block[1]
    return requirements


def _fresh_venv(venv: Path, requirements: list[str]) -> Path:
    """A venv outside the repository holding only the SDK's dependencies (from the usual package
    index and cache); the SDK itself then comes only from the local index."""
    _ok([sys.executable, "-m", "venv", str(venv)], cwd=venv.parent)
    _ok([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", *requirements], cwd=venv.parent, env=_clean_env(), timeout=600)
    return venv


def _pip_from_index(python: str, index: Index, *args: str) -> None:
    # Only the local index: no pip configuration, no extra indexes, no find-links.
    env = {k: v for k, v in _clean_env().items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    _ok([python, "-m", "pip", "install", "-q", "--no-deps", "--no-cache-dir", "--index-url", index.simple, *args], cwd=Path(python).parent, env=env)


def _installed_version(python: str) -> str:
    out = _ok([python, "-c", "import importlib.metadata as m, trackstar; print(m.version('trackstar-sdk'), trackstar.__version__)"], cwd=Path(python).parent, env=_clean_env())
    distribution, module = out.split()
    assert distribution == module
    return distribution


SMOKE = """
import sys
from trackstar import Trackstar

client = Trackstar(api_key="k", access_token="t", base_url=sys.argv[1], rate_limits=False)
page = client.wms.orders.list(limit=2)
print(type(page).__name__, len(page.data), type(page.data[0]).__name__)
"""


def _smoke_call(python: str, workdir: Path) -> None:
    if not UPSTREAM.is_file():
        pytest.fail(f"{UPSTREAM} is missing: the installed SDK is called against Prism serving it", pytrace=False)
    document, _ = repair_document(json.loads(UPSTREAM.read_text(encoding="utf-8")))
    (workdir / "smoke.py").write_text(SMOKE, encoding="utf-8")
    try:
        with prism_helper.run_prism(document) as server:
            out = _ok([python, "smoke.py", server.base_url], cwd=workdir, env=_clean_env())
    except prism_helper.PrismError as exc:
        pytest.fail(str(exc), pytrace=False)
    assert out.startswith("SyncCursorPage "), out
    assert int(out.split()[1]) >= 1, out
