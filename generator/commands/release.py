"""Release: publish the committed SDK to a package index, tag it, and write its notes and docs.

Every check that can fail runs before anything leaves the machine, and the tag is made only after
the index has accepted the upload, so a refused or failed release leaves no tag behind:

1. refuse when the working tree has uncommitted changes (git status: the generator and its
   templates too, not only `specs/` and the output folder), when `check` fails (`specs/` is not
   the import of its recorded document with the overlay, or the output folder is stale), when
   the tag already exists (a dry run too) or when the CHANGELOG has no entry for the version;
2. build the wheel and sdist of OUT/python into OUT/python/dist and run `twine check --strict`;
3. archive the docs site (`mkdocs build --strict`, or a site already built by `make docs`) as
   OUT/python/dist/<name>-docs-<version>.tar.gz and write OUT/python/dist/RELEASE_NOTES.md;
4. upload the wheel and sdist with twine (credentials from TWINE_USERNAME/TWINE_PASSWORD, which
   are never printed), then tag `sdk-v<version>`.

A dry run does steps 1 to 3 and says what it would upload and tag.

The TypeScript SDK (OUT/typescript, when the run renders it) is released with the same checks,
version, tag and notes (`generator/targets/typescript/release.py`): step 2 also packs the npm
tarball; before the PyPI upload the npm registry is asked whether NPM_TOKEN is accepted and the
version is new; after it, the tarball is published; then the one tag is made. If the npm publish
fails after PyPI took the upload, nothing is tagged and `--resume` finishes the release: every
check runs again, what a registry already has is skipped (a file the index refuses as
already there; the npm version when its integrity is this tarball's), the rest is published and
the tag made.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.errors import GeneratorError

TAG_PREFIX = "sdk-v"
CHANGELOG_FILE = "CHANGELOG.md"
NOTES_FILE = "RELEASE_NOTES.md"
CREDENTIAL_VARIABLES = ("TWINE_USERNAME", "TWINE_PASSWORD")
_WHEEL_NAME = re.compile(r"^(?P<name>[^-]+)-(?P<version>[^-]+)-.+\.whl$")
# Fixed archive timestamps (2000-01-01) so the same site gives the same archive bytes.
_ARCHIVE_MTIME = 946684800


@dataclass
class ReleaseResult:
    version: str
    tag: str
    dry_run: bool
    wheel: Path
    sdist: Path
    docs_archive: Path
    notes: Path
    index: str | None
    uploaded: bool = False
    tagged: bool = False
    log: list[str] = field(default_factory=list)
    npm_tarball: Path | None = None
    npm_registry: str | None = None
    npm_published: bool = False


def _error(message: str, where: str = "release") -> GeneratorError:
    return GeneratorError(where, message)


def _run(command: Sequence[str], *, cwd: Path | None = None, secrets: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, check=False)
    result.stdout, result.stderr = _scrub(result.stdout, secrets), _scrub(result.stderr, secrets)
    return result


def _scrub(text: str, secrets: Sequence[str]) -> str:
    """Tools should never echo a credential, but make sure nothing we print contains one."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _tail(result: subprocess.CompletedProcess[str], lines: int = 25) -> str:
    text = (result.stdout + "\n" + result.stderr).strip()
    return "\n".join(text.splitlines()[-lines:])


def _reason(result: subprocess.CompletedProcess[str]) -> str:
    """The index's own words from twine's verbose output: its error lines, HTML tags removed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", result.stdout + "\n" + result.stderr))
    keep = [" ".join(line.split()) for line in text.splitlines() if re.search(r"error|exist|denied|forbidden|unauthori", line, re.I)]
    return "\n".join(line for line in keep if line)[-1500:]


# --- 1. refusals -------------------------------------------------------------------------------


def uncommitted(paths: Sequence[Path] = ()) -> list[str]:
    """`git status --porcelain` lines for the given folders, or the whole working tree (ignored
    files excluded)."""
    result = _run(["git", "status", "--porcelain", "--untracked-files=all", "--", *map(str, paths)])
    if result.returncode != 0:
        raise _error(f"`git status` failed: run the release from inside the generator's git repository\n{_tail(result)}")
    return [line for line in result.stdout.splitlines() if line.strip()]


def sdk_version(spec_dir: Path) -> str:
    from generator.core.spec.loader import load_spec

    return str(load_spec(spec_dir).api.sdk_version)


def tag_exists(tag: str) -> bool:
    return _run(["git", "rev-parse", "--verify", "--quiet", f"refs/tags/{tag}"]).returncode == 0


def changelog_entry(changelog: Path, version: str) -> str:
    """The body of the `## <version>` section (up to the next `## ` heading)."""
    if not changelog.is_file():
        raise _error(
            f"no CHANGELOG: the release notes come from it. `make overlay` writes its first entry (for {version}); "
            "commit, then release",
            str(changelog),
        )
    lines = changelog.read_text(encoding="utf-8").splitlines()
    heading = re.compile(rf"^##\s+v?{re.escape(version)}(\s|\(|$)")
    for start, line in enumerate(lines):
        if heading.match(line):
            end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
            return "\n".join([lines[start], *lines[start + 1 : end]]).strip() + "\n"
    raise _error(
        f"no entry for {version} (expected a line `## {version} ...`): versions are made by `make update-spec` or "
        f"`make overlay`, which write the entry; do not edit sdk_version by hand",
        str(changelog),
    )


# --- 2. build and check ------------------------------------------------------------------------


def build(package_dir: Path, dist_dir: Path, *, isolation: bool = True) -> tuple[Path, Path]:
    """Wheel and sdist of `package_dir` into a clean `dist_dir`, both passing `twine check --strict`."""
    if dist_dir.exists():
        shutil.rmtree(dist_dir)
    command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist_dir)]
    result = _run([*command, *([] if isolation else ["--no-isolation"]), str(package_dir)])
    if result.returncode != 0:
        raise _error(f"building {package_dir} failed:\n{_tail(result)}", str(package_dir))
    wheels, sdists = sorted(dist_dir.glob("*.whl")), sorted(dist_dir.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise _error(f"expected one wheel and one sdist in {dist_dir}, found {[p.name for p in wheels + sdists]}")
    check = _run([sys.executable, "-m", "twine", "check", "--strict", str(wheels[0]), str(sdists[0])])
    if check.returncode != 0:
        raise _error(f"`twine check --strict` failed:\n{_tail(check)}", str(dist_dir))
    return wheels[0], sdists[0]


def wheel_name_and_version(wheel: Path) -> tuple[str, str]:
    match = _WHEEL_NAME.match(wheel.name)
    if match is None:
        raise _error(f"cannot read the name and version from the wheel file name {wheel.name}")
    return match["name"].replace("_", "-"), match["version"]


# --- 3. docs archive and notes ------------------------------------------------------------------


def build_site(mkdocs_config: Path, site_dir: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--clean",
               "-f", str(mkdocs_config), "-d", str(site_dir)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise _error(f"`mkdocs build --strict` failed:\n{_tail(result)}", str(mkdocs_config))


def archive_site(site_dir: Path, archive: Path, top: str) -> None:
    """A reproducible .tar.gz of the site under one top folder (sorted, fixed owner and times)."""
    if not (site_dir / "index.html").is_file():
        raise _error(f"{site_dir} is not a built docs site (no index.html): run `make docs`", str(site_dir))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(site_dir.rglob("*")):
            if not path.is_file():
                continue
            info = tarfile.TarInfo(f"{top}/{path.relative_to(site_dir).as_posix()}")
            data = path.read_bytes()
            info.size, info.mtime, info.mode = len(data), _ARCHIVE_MTIME, 0o644
            tar.addfile(info, io.BytesIO(data))
    # Level 6: nearly the size of 9 in a fraction of the time on the search index.
    with archive.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=_ARCHIVE_MTIME, compresslevel=6) as zipped:
        zipped.write(buffer.getvalue())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def release_notes(name: str, version: str, tag: str, entry: str, assets: Sequence[Path]) -> str:
    body = entry.split("\n", 1)[1].strip() if "\n" in entry else ""
    lines = [f"# {name} {version}", "", f"Git tag `{tag}`.", "", body or "(no changes listed)", "", "## Files", ""]
    lines += [f"- `{asset.name}` ({asset.stat().st_size} bytes, sha256 `{_sha256(asset)}`)" for asset in assets]
    return "\n".join(lines) + "\n"


# --- 4. upload and tag ---------------------------------------------------------------------------


def upload(index: str, files: Sequence[Path], name: str, version: str) -> None:
    """twine upload; the index's refusal becomes one clear error (the password is never shown)."""
    secrets = [os.environ.get(variable, "") for variable in CREDENTIAL_VARIABLES]
    # --verbose: the index's reason (e.g. "already exists") is only shown then.
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar", "--verbose",
               "--repository-url", index, *map(str, files)]
    result = _run(command, secrets=secrets)
    if result.returncode == 0:
        return
    output = " ".join((result.stdout + result.stderr).lower().split())  # twine wraps the index's words
    if "409 conflict" in output or "already exist" in output or "file exists" in output:
        raise _error(
            f"{index} already has {name} {version}: an index never takes the same version twice. "
            f"Bump sdk_version in specs/api.yaml (make update-spec does it), regenerate, commit and release again. "
            f"Nothing was tagged.\n{_reason(result)}",
        )
    if "401 unauthorized" in output or "403 forbidden" in output or "invalid or non-existent authentication" in output:
        raise _error(
            f"{index} refused the credentials in TWINE_USERNAME/TWINE_PASSWORD: check them (for PyPI, "
            f"TWINE_USERNAME=__token__ and an API token as the password). Nothing was uploaded or tagged.\n{_reason(result)}",
        )
    raise _error(f"uploading to {index} failed; nothing was tagged:\n{_tail(result)}")


def tag_at_head(tag: str) -> bool:
    tagged, head = _run(["git", "rev-parse", f"{tag}^{{commit}}"]), _run(["git", "rev-parse", "HEAD"])
    return tagged.returncode == 0 and tagged.stdout.strip() == head.stdout.strip()


def tag(tag_name: str, name: str, version: str) -> None:
    result = _run(["git", "tag", tag_name, "HEAD"])
    if result.returncode != 0:
        raise _error(
            f"{name} {version} was uploaded but `git tag {tag_name}` failed; tag the commit by hand:\n{_tail(result)}"
        )


# --- the whole release ---------------------------------------------------------------------------


def release(
    *,
    index: str | None,
    dry_run: bool,
    spec_dir: Path = Path("specs"),
    out_dir: Path = Path("generated"),
    mkdocs_config: Path = Path("mkdocs.yml"),
    site_dir: Path | None = None,
    isolation: bool = True,
    echo: Callable[[str], None] = print,
    npm_registry: str | None = None,
    resume: bool = False,
) -> ReleaseResult:
    from generator.targets.typescript import release as npm

    ts_dir = out_dir / "typescript"
    with_npm = (ts_dir / "package.json").is_file()
    if not dry_run and with_npm and npm_registry and not os.environ.get(npm.TOKEN_VARIABLE):
        raise _error(f"set {npm.TOKEN_VARIABLE} to a token of {npm_registry} (or use --dry-run)")
    if not dry_run:
        if not index:
            raise _error("no index to upload to: pass --index URL (make release INDEX=URL), or use --dry-run")
        missing = [v for v in CREDENTIAL_VARIABLES if not os.environ.get(v)]
        if missing:
            raise _error(f"set {' and '.join(missing)} to the index's credentials (or use --dry-run)")

    # The whole tree: what is released must be what is committed, generator and templates included.
    dirty = uncommitted()
    if dirty:
        shown = "\n".join(f"  {line}" for line in dirty[:10]) + ("\n  ..." if len(dirty) > 10 else "")
        raise _error(f"the working tree has {len(dirty)} uncommitted changes; commit them first:\n{shown}")
    version = sdk_version(spec_dir)
    tag_name = f"{TAG_PREFIX}{version}"
    if tag_exists(tag_name) and resume and tag_at_head(tag_name):
        echo(f"resuming: {tag_name} already tags this commit")
    elif tag_exists(tag_name):
        # A dry run too: it would promise a release that cannot be made.
        raise _error(
            f"tag {tag_name} already exists: {version} was released. Make the next version (make update-spec, or "
            f"`update-spec --recorded --set-version X.Y.Z` for a generator-only change), commit, then release"
        )
    from generator.commands.check import check

    checked = check(spec_dir, out_dir)
    if checked.stale_specs:
        raise _error(
            f"{spec_dir} is not the import of {checked.document} with its overlay ({', '.join(checked.stale_specs)} "
            f"differ): after an overlay edit run `make overlay`, never edit the imported files by hand; review, commit, release",
            str(spec_dir),
        )
    if checked.stale_generated:
        stale = checked.stale_generated
        raise _error(
            f"{out_dir} is out of date ({len(stale)} files differ, e.g. {stale[0]}): run `make generate`, "
            f"review and commit, then release",
            str(out_dir),
        )
    package_dir = out_dir / "python"
    entry = changelog_entry(package_dir / CHANGELOG_FILE, version)
    echo(f"{out_dir} is committed and up to date; releasing {version}")

    dist_dir = package_dir / "dist"
    wheel, sdist = build(package_dir, dist_dir, isolation=isolation)
    name, built_version = wheel_name_and_version(wheel)
    if built_version != version:
        raise _error(f"the wheel is version {built_version} but specs/ says {version}: regenerate and commit", str(wheel))
    echo(f"built {wheel.name} and {sdist.name}; twine check --strict passed")
    tarball = npm.pack(ts_dir, version) if with_npm else None
    if tarball is not None:
        echo(f"built and packed {tarball.path.name} (npm ci, npm run build, npm pack)")

    archive = dist_dir / f"{name}-docs-{version}.tar.gz"
    if site_dir is None:
        with tempfile.TemporaryDirectory(prefix="release-site-") as tmp:
            build_site(mkdocs_config, Path(tmp) / "site")
            archive_site(Path(tmp) / "site", archive, f"{name}-docs-{version}")
    else:
        archive_site(site_dir, archive, f"{name}-docs-{version}")
    notes = dist_dir / NOTES_FILE
    notes.write_text(release_notes(name, version, tag_name, entry, [wheel, sdist, archive, *([tarball.path] if tarball else [])]), encoding="utf-8")
    echo(f"wrote {archive} and {notes}")

    result = ReleaseResult(version, tag_name, dry_run, wheel, sdist, archive, notes, index)
    result.npm_tarball, result.npm_registry = (tarball.path if tarball else None), npm_registry
    if dry_run:
        target = index or "the index"
        also = f" and {tarball.path.name} to {npm_registry or 'the npm registry'}" if tarball else ""
        echo(f"dry run: nothing uploaded, no tag made (a release would upload {wheel.name} and {sdist.name} to {target}{also} and tag {tag_name})")
        return result
    assert index is not None
    publish_npm = False
    if tarball is not None and npm_registry:
        publish_npm = npm.preflight(npm_registry, tarball, resume=resume)
        if not publish_npm:
            echo(f"resuming: {npm_registry} already has this {tarball.path.name}")
    elif tarball is not None:
        echo(f"warning: no --npm-registry: {tarball.name} {version} is not published; finish with `release --resume --npm-registry URL`")
    skipped = []
    for files in ([wheel], [sdist]) if resume else ([wheel, sdist],):
        try:
            upload(index, files, name, version)
        except GeneratorError as exc:
            if resume and "already has" in exc.message:  # twine's --skip-existing works with PyPI only
                skipped.append(files[0].name)
                continue
            if publish_npm and "already has" in exc.message:
                raise _error(f"{exc.message}\nIf the release of {version} from this commit stopped after this upload "
                             f"(its npm publish failed), finish it with --resume (make release ... RESUME=1).") from exc
            raise
    result.uploaded = True
    echo(f"uploaded {wheel.name} and {sdist.name} to {index}" + (f" (--resume: it had {', '.join(skipped)})" if skipped else ""))
    if publish_npm:
        assert tarball is not None and npm_registry is not None
        try:
            npm.publish(npm_registry, tarball)
        except GeneratorError as exc:
            raise _error(
                f"{name} {version} is on {index}, but {exc.message}\nNothing was tagged. Fix the cause, then finish "
                f"the release with `make release INDEX={index} NPM_REGISTRY={npm_registry} RESUME=1` "
                f"(release --resume): it repeats the checks, skips what {index} has and publishes {tarball.name} {version}, "
                f"then tags {tag_name}."
            ) from exc
        result.npm_published = True
        echo(f"published {tarball.path.name} to {npm_registry}")
    if tag_exists(tag_name):
        result.tagged = True
        return result
    tag(tag_name, name, version)
    result.tagged = True
    echo(f"tagged {tag_name}; push it with `git push origin {tag_name}`")
    return result
