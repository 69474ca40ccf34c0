"""The TypeScript SDK's part of a release: build and pack the npm package, check the registry
before anything is uploaded anywhere, and publish the tarball.

`pack` builds OUT/typescript in a scratch copy exactly as a contributor would (`npm ci`, then
`npm run build`) and packs it into OUT/typescript/dist/<name>-<version>.tgz (dist/ is left alone
by the generator and ignored by the package's .gitignore, as OUT/python/dist is). `preflight` asks the registry, before the Python upload, whether the
token is accepted (`npm whoami`) and whether the version is already there, so the common
failures stop the release while nothing has left the machine. `publish` runs `npm publish` of
that tarball. The token comes from NPM_TOKEN through a temporary npm config file that refers to
the variable (npm expands `${NPM_TOKEN}` itself); it is never written out or printed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from generator.core.errors import GeneratorError

TOKEN_VARIABLE = "NPM_TOKEN"
_QUIET = {"npm_config_audit": "false", "npm_config_fund": "false", "npm_config_update_notifier": "false"}


@dataclass(frozen=True)
class Tarball:
    path: Path
    name: str
    version: str
    integrity: str  # sha512-<base64>, as the registry reports it


def _error(message: str, where: str = "release (npm)") -> GeneratorError:
    return GeneratorError(where, message)


def _npm() -> str:
    npm = shutil.which("npm")
    if npm is None:
        raise _error("npm is not on PATH: the TypeScript SDK is built and published with it (install Node.js >= 20)")
    return npm


def _scrub(text: str) -> str:
    secret = os.environ.get(TOKEN_VARIABLE, "")
    return text.replace(secret, "***") if secret else text


def _run(args: Sequence[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False,
        env={**os.environ, **_QUIET, **(env or {})},
    )
    result.stdout, result.stderr = _scrub(result.stdout), _scrub(result.stderr)
    return result


def _tail(result: subprocess.CompletedProcess[str], lines: int = 20) -> str:
    return "\n".join((result.stdout + "\n" + result.stderr).strip().splitlines()[-lines:])


def integrity(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode("ascii")


def sources_digest(package_dir: Path) -> str:
    """sha256 over every file a build reads (the package less node_modules/ and dist/)."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*")):
        relative = path.relative_to(package_dir)
        if path.is_file() and relative.parts[0] not in ("node_modules", "dist") and path.suffix != ".tgz":
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def pack(package_dir: Path, version: str) -> Tarball:
    """`npm ci && npm run build && npm pack` in a scratch copy; the tarball lands in package_dir/dist.

    A tarball that an earlier run packed from the same sources (its `.sources` file holds their
    digest) is reused: a resumed release publishes the very bytes the first run packed."""
    manifest = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
    name = str(manifest["name"])
    if manifest.get("version") != version:
        raise _error(f"{package_dir}/package.json is version {manifest.get('version')} but specs/ says {version}: regenerate and commit", str(package_dir))
    target = package_dir / "dist" / f"{name}-{version}.tgz"
    stamp = target.with_name(target.name + ".sources")
    digest = sources_digest(package_dir)
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest:
        return Tarball(target, name, version, integrity(target))
    npm = _npm()
    with tempfile.TemporaryDirectory(prefix="release-npm-") as tmp:
        copy = Path(tmp) / "package"
        shutil.copytree(package_dir, copy, ignore=shutil.ignore_patterns("node_modules", "dist", "*.tgz"))
        for args in ([npm, "ci", "--prefer-offline"], [npm, "run", "build"]):
            result = _run(args, copy)
            if result.returncode != 0:
                raise _error(f"`{' '.join(args[1:])}` of {package_dir} failed:\n{_tail(result)}", str(package_dir))
        result = _run([npm, "pack", "--json", "--pack-destination", tmp], copy)
        if result.returncode != 0:
            raise _error(f"`npm pack` of {package_dir} failed:\n{_tail(result)}", str(package_dir))
        packed = json.loads(result.stdout)[0]
        if packed["name"] != name or packed["version"] != version:
            raise _error(f"npm packed {packed['name']}@{packed['version']}, expected {name}@{version}", str(package_dir))
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(Path(tmp) / packed["filename"], target)
        stamp.write_text(digest + "\n", encoding="utf-8")
    return Tarball(target, name, version, integrity(target))


@contextmanager
def _config(registry: str) -> Iterator[list[str]]:
    """npm arguments naming the registry and a config file holding `${NPM_TOKEN}` (not its value)."""
    parts = urlsplit(registry)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise _error(f"--npm-registry {registry!r} is not an http(s) URL")
    scope = f"//{parts.netloc}{parts.path.rstrip('/')}/"
    with tempfile.TemporaryDirectory(prefix="release-npmrc-") as tmp:
        rc = Path(tmp) / "npmrc"
        rc.write_text(f"{scope}:_authToken=${{{TOKEN_VARIABLE}}}\n", encoding="utf-8")
        yield ["--registry", registry, "--userconfig", str(rc)]


def published_integrity(registry: str, name: str, version: str) -> str | None:
    """The registry's integrity of name@version, or None when it does not have that version."""
    with _config(registry) as args:
        result = _run([_npm(), "view", f"{name}@{version}", "dist.integrity", "--json", *args], Path.cwd(), timeout=120)
    if result.returncode != 0:
        if "E404" in result.stdout + result.stderr:
            return None
        raise _error(f"`npm view {name}@{version}` on {registry} failed:\n{_tail(result)}")
    text = result.stdout.strip()
    if not text:  # npm prints nothing for a package that exists without this version
        return None
    value = json.loads(text)
    return str(value[-1] if isinstance(value, list) else value)


def preflight(registry: str, tarball: Tarball, *, resume: bool) -> bool:
    """Before any upload: the token is accepted and the version is new (True: publish it).

    With `resume`, a version the registry already has with this very tarball is skipped (False);
    one it has with other bytes is refused either way."""
    if not os.environ.get(TOKEN_VARIABLE):
        raise _error(f"set {TOKEN_VARIABLE} to a token of {registry} that may publish {tarball.name}")
    with _config(registry) as args:
        whoami = _run([_npm(), "whoami", *args], Path.cwd(), timeout=120)
    if whoami.returncode != 0:
        raise _error(
            f"{registry} refused the token in {TOKEN_VARIABLE} (`npm whoami` failed): check it. "
            f"Nothing was uploaded or tagged.\n{_tail(whoami, 5)}"
        )
    existing = published_integrity(registry, tarball.name, tarball.version)
    if existing is None:
        return True
    if resume and existing == tarball.integrity:
        return False
    if resume:
        raise _error(
            f"{registry} already has {tarball.name} {tarball.version} with other contents ({existing}, this "
            f"build is {tarball.integrity}): it was not published from this commit. Bump sdk_version, regenerate, "
            f"commit and release again. Nothing was tagged."
        )
    raise _error(
        f"{registry} already has {tarball.name} {tarball.version}: a registry never takes the same version twice. "
        f"If a release of {tarball.version} from this commit stopped part-way, finish it with --resume "
        f"(make release ... RESUME=1); otherwise bump sdk_version (make update-spec), regenerate, commit and release "
        f"again. Nothing was uploaded. Nothing was tagged."
    )


def publish(registry: str, tarball: Tarball) -> None:
    with _config(registry) as args:
        result = _run([_npm(), "publish", str(tarball.path), "--access", "public", "--tag", "latest", *args], Path.cwd())
    if result.returncode != 0:
        raise _error(f"`npm publish` of {tarball.path.name} to {registry} failed:\n{_tail(result, 8)}")
