"""Update: take a new API document, say what changed, re-import, regenerate, bump and log it.

Everything is computed in memory (and in a scratch spec folder) first; `specs/` and the
output folder are only written once every step has succeeded.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from generator.diff import Change
from generator.errors import GeneratorError
from generator.spec.loader import API_FILE, read_data

DEFAULT_SOURCE = "https://production.trackstarhq.com/openapi.json"
CHANGELOG_FILE = "CHANGELOG.md"
LEVEL_TITLES = {"breaking": "Breaking changes", "warning": "Changes that may affect you", "info": "Additions and other changes"}


@dataclass
class UpdateResult:
    document: str
    old_version: str
    new_version: str
    semver: str
    counts: dict[str, int]
    changed_files: int


def fetch(source: str, folder: Path) -> Path:
    """A local copy of the document at `source` (a path or an http(s) URL)."""
    if not source.startswith(("http://", "https://")):
        path = Path(source)
        if not path.is_file():
            raise GeneratorError(source, "no such document; give a file path or an http(s) URL")
        return path
    name = source.rstrip("/").rsplit("/", 1)[-1] or "openapi.json"
    target = folder / name
    try:
        with urllib.request.urlopen(source, timeout=30) as response:  # noqa: S310 (http(s) only)
            target.write_bytes(response.read())
    except OSError as exc:
        raise GeneratorError(source, f"could not download the document: {exc}") from None
    return target


def bump(version: str, level: str) -> str:
    """`1.4.2` bumped by `major` → `2.0.0`, `minor` → `1.5.0`, `patch` → `1.4.3`."""
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise GeneratorError(API_FILE, f"sdk_version {version!r} is not MAJOR.MINOR.PATCH", where="sdk_version")
    major, minor, patch = (int(p) for p in parts)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def changelog_entry(version: str, document: str, changes: list[Change], today: dt.date) -> str:
    lines = [f"## {version} ({today.isoformat()})", "", f"Regenerated from `{document}`.", ""]
    for level, title in LEVEL_TITLES.items():
        group = [c for c in changes if c.level == level]
        if group:
            lines += [f"### {title}", ""]
            lines += [f"- `{c.operation or c.location}`: {c.message} (`{c.id}`)" for c in group]
            lines.append("")
    return "\n".join(lines)


def update_spec(source: str, spec_dir: Path, out_dir: Path, *, today: dt.date | None = None) -> UpdateResult:
    from generator.cli import import_into
    from generator.diff import counts, diff_paths, semver
    from generator.pipeline import generate_files
    from generator.writer import existing_files, write_tree

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        document = fetch(source, work)
        old_api = read_data(spec_dir / API_FILE)
        old_version = str(old_api.get("sdk_version", "0.0.0")) if isinstance(old_api, dict) else "0.0.0"
        staged = work / "specs"
        shutil.copytree(spec_dir, staged)
        import_into(document, staged)  # the overlay applies: method names match the current spec
        changes = diff_paths(spec_dir, staged)
        level = semver(changes)
        new_version = bump(old_version, level) if changes else old_version
        _set_version(staged / API_FILE, new_version)
        if changes:
            log = staged / CHANGELOG_FILE
            previous = log.read_text(encoding="utf-8") if log.exists() else "# Changelog\n\n"
            head, _, rest = previous.partition("\n\n")
            entry = changelog_entry(new_version, document.name, changes, today or dt.date.today())
            log.write_text(f"{head}\n\n{entry}\n{rest}", encoding="utf-8")
        generated = generate_files(staged, cache_dir=out_dir / ".generator-cache")
        spec_files = {name: (staged / name).read_bytes() for name in existing_files(staged)}
        write_tree(spec_dir, spec_files)
        changed = write_tree(out_dir, generated)
    return UpdateResult(document.name, old_version, new_version, level, counts(changes), len(changed))


def _set_version(api_file: Path, version: str) -> None:
    lines = api_file.read_text(encoding="utf-8").splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("sdk_version:"):
            lines[index] = f"sdk_version: {version}\n"
            break
    else:
        raise GeneratorError(str(api_file), "no `sdk_version:` line to bump")
    api_file.write_text("".join(lines), encoding="utf-8")
