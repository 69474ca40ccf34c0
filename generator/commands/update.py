"""Update: take a new API document, say what changed, re-import, regenerate, bump and log it.

Everything is computed in memory (and in a scratch spec folder) first; `specs/` and the
output folder are only written once every step has succeeded, and if writing the second of
them fails the first is put back, so an update lands completely or not at all.

Versions cannot move backwards silently: a document older than the recorded one is refused
unless asked for (`allow_downgrade`). Documents are ordered by the date their file names start
with (`2025-10-13_12ae462.json`); when a name carries no date (a URL such as `.../openapi.json`)
or the dates are equal, by `info.version` where both are numeric and differ; otherwise the order
cannot be told and the update goes ahead, saying so.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.core.diff import Change, release_level
from generator.core.errors import GeneratorError
from generator.core.importers.spec_folder import default_location, fetch, import_into, is_url, overlay_of, recorded_document
from generator.core.spec.loader import API_FILE, SPEC_FILES, read_data, require_spec_files
from generator.core.writer import existing_files, write_tree

DEFAULT_SOURCE = "https://production.trackstarhq.com/openapi.json"
CHANGELOG_FILE = "CHANGELOG.md"
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})")


@dataclass
class UpdateResult:
    document: str
    old_version: str
    new_version: str
    semver: str  # major | minor | patch | none (nothing changed) | first (a first release logged)
    counts: dict[str, int]
    changed_files: int
    location: str = ""
    notes: str = ""  # the CHANGELOG entry (empty when nothing changed)
    order: str = ""  # how the document was ordered against the recorded one
    written: bool = False
    spec_changed: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return self.semver == "none"


def _version(version: str) -> tuple[int, int, int]:
    match = SEMVER.match(version)
    if not match:
        raise GeneratorError(API_FILE, f"sdk_version {version!r} is not MAJOR.MINOR.PATCH", where="sdk_version")
    return int(match[1]), int(match[2]), int(match[3])


def bump(version: str, level: str) -> str:
    """`1.4.2` bumped by `major` → `2.0.0`, `minor` → `1.5.0`, `patch` → `1.4.3`."""
    major, minor, patch = _version(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def next_version(version: str, level: str, *, major: bool = False, exact: str | None = None) -> str:
    """The release after `version` for changes of semver `level`.

    Below 1.0 the semver convention for 0.x (Cargo's, npm's caret) applies: breaking changes
    bump the minor version and everything else the patch version, so `~0.3` stays compatible;
    1.0.0 comes only when asked for (`major`, or an `exact` version higher than the current).
    """
    current = _version(version)
    if exact is not None:
        if _version(exact) <= current:
            raise GeneratorError(API_FILE, f"--set-version {exact} is not higher than the current {version}", where="sdk_version")
        return exact
    if major:
        return bump(version, "major")
    return bump(version, release_level(version, level))


def _info_version(document: Path) -> str | None:
    try:
        data = read_data(document)
    except GeneratorError:
        return None  # the import reports the real problem
    info = data.get("info") if isinstance(data, dict) else None
    value = info.get("version") if isinstance(info, dict) else None
    return str(value) if isinstance(value, (str, int, float)) else None


def _numeric(version: str | None) -> tuple[int, ...] | None:
    if version and re.match(r"^\d+(\.\d+)*$", version):
        return tuple(int(p) for p in version.split("."))
    return None


def document_order(recorded: dict[str, Any], name: str, info_version: str | None) -> tuple[int | None, str]:
    """-1, 0 or 1 when the document `name` is older than, as old as, or newer than the recorded
    one (None when that cannot be told), and a sentence saying how it was decided."""
    old_name = str(recorded.get("document", ""))
    old_date, new_date = DATED_NAME.match(old_name), DATED_NAME.match(name)
    if old_date and new_date and old_date[1] != new_date[1]:
        order = -1 if new_date[1] < old_date[1] else 1
        return order, f"by the dates in the file names ({new_date[1]} vs {old_date[1]} recorded)"
    old_info, new_info = _numeric(recorded.get("info_version")), _numeric(info_version)
    if old_info is not None and new_info is not None and old_info != new_info:
        order = -1 if new_info < old_info else 1
        return order, f"by info.version ({info_version} vs {recorded.get('info_version')} recorded)"
    if old_date and new_date:
        return 0, f"by the dates in the file names (both {new_date[1]})"
    return None, "neither the file names nor info.version tell which document is newer"


def _entry_text(version: str, document: str, changes: list[Change], today: dt.date, previous: str, only: str | None) -> str:
    """The CHANGELOG entry: the same release notes `diff` prints, under the version."""
    from generator.core.release_notes import changelog_entry

    return changelog_entry(version, document, changes, today, previous=previous, only=only)


def first_entry(spec_dir: Path, version: str, document: str, today: dt.date) -> str:
    """The CHANGELOG entry of a first release: what the SDK holds."""
    from generator.core.plan import build_plan
    from generator.core.spec.loader import load_spec

    plan = build_plan(load_spec(spec_dir))
    classes = len(set(plan.response_models) | set(plan.param_models) | set(plan.variant_models))
    return (
        f"## {version} ({today.isoformat()})\n\nFirst release, generated from `{document}`: "
        f"{len(plan.operations)} methods on {len(plan.resources)} resources, {classes} typed classes, "
        f"{len(plan.webhooks)} webhook events.\n"
    )


def _without_descriptions(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_descriptions(v) for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [_without_descriptions(v) for v in node]
    return node


def what_changed(old_dir: Path, new_dir: Path) -> str:
    """A sentence for a release whose diff is empty: descriptions only, or what else moved."""
    from generator.core.spec.loader import load_spec

    old, new = (load_spec(d).model_dump(exclude={"api": {"sdk_version", "source"}}) for d in (old_dir, new_dir))
    if _without_descriptions(old) == _without_descriptions(new):
        return "Descriptions only: the docstrings and the reference pages change, the SDK's code does not."
    moved = [key for key in old if old[key] != new[key]]
    return f"No change a caller sees; the spec changed in: {', '.join(moved)}."


def update_spec(
    source: str | None,
    spec_dir: Path,
    out_dir: Path,
    *,
    today: dt.date | None = None,
    allow_downgrade: bool = False,
    dry_run: bool = False,
    major: bool = False,
    exact_version: str | None = None,
) -> UpdateResult:
    """Move `spec_dir` (and `out_dir`) to the document at `source` (a path or URL; None: the
    document `spec_dir` records, e.g. to take in an edited overlay)."""
    from generator.core.diff import counts, semver
    from generator.core.release_notes import diff_paths
    from generator.pipeline import generate_files

    require_spec_files(spec_dir)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        old_api = read_data(spec_dir / API_FILE)
        old_api = old_api if isinstance(old_api, dict) else {}
        old_version = str(old_api.get("sdk_version", "0.0.0"))
        recorded = old_api.get("source") if isinstance(old_api.get("source"), dict) else None
        if source is None:
            document, location = recorded_document(spec_dir, work)
        else:
            document = fetch(source, work)
            location = source if is_url(source) else default_location(document, spec_dir, recorded)
        order, how = (None, "no document recorded yet") if recorded is None else document_order(
            recorded, document.name, _info_version(document)
        )
        if order == -1 and not allow_downgrade and recorded is not None:
            raise GeneratorError(
                str(source or document),
                f"older than the document {spec_dir} was imported from, {recorded.get('document')} "
                f"({how}); pass --allow-downgrade to move back on purpose",
            )
        staged = work / "specs"
        shutil.copytree(spec_dir, staged)
        # The overlay applies (method names match the current spec); its errors name the real file.
        import_into(document, staged, overlay_of(spec_dir), location=location)
        spec_changed = [n for n in SPEC_FILES if (staged / n).read_bytes() != (spec_dir / n).read_bytes()]
        result = UpdateResult(document.name, old_version, old_version, "none", counts([]), 0, location, order=how)
        log = staged / CHANGELOG_FILE
        first = not log.exists()  # no release was ever logged
        day = today or dt.date.today()
        if not spec_changed and first and exact_version is None and not major:
            # A spec folder whose version was never logged (a first release): its entry, no bump.
            result.semver, result.notes = "first", first_entry(staged, old_version, document.name, day)
        elif not spec_changed and exact_version is None and not major:
            return result  # the same document with the same overlay: nothing to do
        else:
            changes = diff_paths(spec_dir, staged) if spec_changed else []
            level = semver(changes)
            result.new_version = next_version(old_version, level, major=major, exact=exact_version)
            result.semver, result.counts, result.spec_changed = level, counts(changes), spec_changed
            _set_version(staged / API_FILE, result.new_version)
            if changes:
                only = None
            elif spec_changed:
                only = what_changed(spec_dir, staged)
            else:  # asked for with --set-version or --major
                only = "The spec is unchanged: this release ships changes of the generator (templates, runtime) only."
            result.notes = _entry_text(result.new_version, document.name, changes, day, old_version, only)
        if dry_run:
            return result
        previous = log.read_text(encoding="utf-8") if log.exists() else "# Changelog\n\n"
        head, _, rest = previous.partition("\n\n")
        log.write_text(f"{head}\n\n{result.notes}\n{rest}", encoding="utf-8")
        generated = generate_files(staged, cache_dir=out_dir / ".generator-cache")
        spec_files = {name: (staged / name).read_bytes() for name in existing_files(staged)}
        result.changed_files = len(_write_both(spec_dir, spec_files, out_dir, generated))
        result.written = True
    return result


def _write_both(spec_dir: Path, spec_files: dict[str, bytes], out_dir: Path, generated: dict[str, bytes]) -> list[str]:
    """Write the spec folder, then the output folder; if anything fails, put both back."""
    old_specs = {name: (spec_dir / name).read_bytes() for name in existing_files(spec_dir)}
    out_existed = out_dir.exists()
    old_out = {name: (out_dir / name).read_bytes() for name in existing_files(out_dir)}
    try:
        write_tree(spec_dir, spec_files)
        return write_tree(out_dir, generated)
    except BaseException:
        write_tree(spec_dir, old_specs)
        if out_existed:
            write_tree(out_dir, old_out)
        else:
            shutil.rmtree(out_dir, ignore_errors=True)
        raise


def _set_version(api_file: Path, version: str) -> None:
    lines = api_file.read_text(encoding="utf-8").splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("sdk_version:"):
            lines[index] = f"sdk_version: {version}\n"
            break
    else:
        raise GeneratorError(str(api_file), "no `sdk_version:` line to bump")
    api_file.write_text("".join(lines), encoding="utf-8")


def describe(result: UpdateResult) -> str:
    """The one-line summary `update-spec` prints."""
    if result.unchanged:
        return (
            f"{result.document} is the document specs/ was imported from, and the overlay is unchanged: "
            f"nothing to do (sdk_version stays {result.old_version})"
        )
    tally = ", ".join(f"{n} {level}" for level, n in result.counts.items())
    release = f"{result.old_version} -> {result.new_version} ({result.semver}-level changes: {tally})"
    if result.semver == "first":
        what = f"first release {result.new_version}: its CHANGELOG entry"
        if not result.written:
            return f"dry run: {result.document} would log the {what}; nothing written"
        return f"{result.document}: logged the {what}; {result.changed_files} generated files changed"
    if not result.written:
        return f"dry run: {result.document} would make release {release}; nothing written"
    return f"{result.document}: release {release}; {result.changed_files} generated files changed"


def dumps(result: UpdateResult) -> str:
    return json.dumps(result.__dict__, indent=1, default=str)
