"""Command line: `python -m generator import-openapi | generate | ...`."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from generator.errors import GeneratorError


def _fail(exc: GeneratorError) -> None:
    click.secho("error: ", fg="red", bold=True, err=True, nl=False)
    click.echo(str(exc), err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Generate the typed Trackstar Python SDK and its docs from a declarative spec."""


def import_into(document: Path, spec_dir: Path, overlay_path: Path | None = None) -> list[str]:
    """Import `document` into `spec_dir`, keeping its overlay and SDK version; return warnings."""
    from generator.importers.openapi import import_openapi
    from generator.spec.dump import spec_files
    from generator.spec.loader import API_FILE, OVERLAY_FILE, load_spec, read_data
    from generator.writer import write_tree

    overlay_path = overlay_path or spec_dir / OVERLAY_FILE
    overlay: dict[str, Any] = {}
    if overlay_path.exists():
        overlay = read_data(overlay_path) or {}
        if not isinstance(overlay, dict):
            raise GeneratorError(str(overlay_path), "expected a mapping of overlay sections")
    imported = import_openapi(document, overlay)
    previous = spec_dir / API_FILE
    if previous.exists() and "sdk_version" not in (overlay.get("api") or {}):
        old = read_data(previous)
        if isinstance(old, dict) and isinstance(old.get("sdk_version"), str):
            imported.api["sdk_version"] = old["sdk_version"]
    files = spec_files(imported)
    # Validate exactly what would be written before touching spec_dir.
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in files.items():
            (Path(tmp) / name).write_bytes(content)
        try:
            load_spec(Path(tmp))
        except GeneratorError as exc:
            # Name the files as they would be written, not the scratch folder they were checked in.
            detail = str(exc).replace(str(Path(tmp)), str(spec_dir))
            raise GeneratorError(
                str(document), f"the imported spec (with {overlay_path.name}) is invalid: {detail}"
            ) from None
    spec_dir.mkdir(parents=True, exist_ok=True)
    write_tree(spec_dir, files, keep=frozenset({OVERLAY_FILE}) | _others(spec_dir, files))
    return imported.warnings


def _others(spec_dir: Path, files: dict[str, bytes]) -> frozenset[str]:
    """Files in a spec folder the importer does not own (READMEs, notes) are kept."""
    if not spec_dir.is_dir():
        return frozenset()
    return frozenset(p.name for p in spec_dir.iterdir() if p.is_file() and p.name not in files)


@main.command("import-openapi")
@click.argument("document", type=click.Path(path_type=Path))
@click.option("-o", "--out", "spec_dir", type=click.Path(path_type=Path), required=True, help="Spec folder to write.")
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay file (default: SPEC_DIR/overlay.yaml).")
def import_openapi_command(document: Path, spec_dir: Path, overlay: Path | None) -> None:
    """Build the declarative spec in SPEC_DIR from an OpenAPI 3.0/3.1 DOCUMENT."""
    try:
        warnings = import_into(document, spec_dir, overlay)
    except GeneratorError as exc:
        _fail(exc)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"imported {document} into {spec_dir}")


@main.command()
@click.option("--spec", "spec_dir", type=click.Path(path_type=Path), default=Path("specs"), show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("generated"), show_default=True)
@click.option("--templates", "template_dir", type=click.Path(path_type=Path), help="Folder of templates that override built-in ones by name.")
@click.option("--no-cache", is_flag=True, help="Do not reuse formatted output cached from earlier runs.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the output folder is out of date.")
def generate(spec_dir: Path, out_dir: Path, template_dir: Path | None, no_cache: bool, check: bool) -> None:
    """Render the spec into the SDK package (OUT/python) and reference docs (OUT/docs)."""
    from generator.pipeline import generate_files
    from generator.writer import write_tree, existing_files

    started = time.perf_counter()
    try:
        files = generate_files(spec_dir, template_dir=template_dir, cache_dir=None if no_cache else out_dir / ".generator-cache")
    except GeneratorError as exc:
        _fail(exc)
    if check:
        stale = sorted(
            name for name, content in files.items()
            if not (out_dir / name).is_file() or (out_dir / name).read_bytes() != content
        ) + sorted(existing_files(out_dir) - set(files))
        if stale:
            click.echo(f"{out_dir} is out of date: {len(stale)} files differ, e.g. {stale[0]}", err=True)
            sys.exit(1)
        click.echo(f"{out_dir} is up to date ({len(files)} files)")
        return
    changed = write_tree(out_dir, files)
    click.echo(f"generated {len(files)} files into {out_dir} ({len(changed)} changed) in {time.perf_counter() - started:.2f}s")


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=int, default=1, show_default=True, help="Documents processed in parallel.")
@click.option("--no-import-check", is_flag=True, help="Skip importing each generated package in a fresh interpreter.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), help="Reuse formatted output cached in this folder.")
@click.option("--no-diff", is_flag=True, help="Leave out the changes-against-the-previous-version column.")
def history(folder: Path, jobs: int, no_import_check: bool, cache_dir: Path | None, no_diff: bool) -> None:
    """Import, generate, compile and import the SDK for every OpenAPI document in FOLDER."""
    from generator.history import changes_between_versions, documents, progress_line, sweep, table

    try:
        docs = documents(folder)
    except GeneratorError as exc:
        _fail(exc)
    rows = sweep(
        docs,
        import_check=not no_import_check,
        jobs=jobs,
        cache_dir=cache_dir,
        progress=lambda i, n, row: click.echo(progress_line(i, n, row)),
    )
    click.echo("")
    click.echo(table(rows, None if no_diff else changes_between_versions(docs)))
    if not all(row.ok for row in rows):
        sys.exit(1)


@main.command()
@click.argument("old", type=click.Path(path_type=Path), required=False)
@click.argument("new", type=click.Path(path_type=Path), required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["breaking", "warning"]), help="Exit 1 when a change of this level (or worse) is found.")
@click.option("--rules", "list_rules", is_flag=True, help="Print the rule table (id, level, description) and exit.")
def diff(old: Path | None, new: Path | None, fmt: str, fail_on: str | None, list_rules: bool) -> None:
    """Classify the changes from OLD to NEW (each an OpenAPI document or a spec folder)."""
    from generator.diff import fails, load_side, diff_sides, render, render_rules

    if list_rules:
        click.echo(render_rules(fmt), nl=False)
        return
    if old is None or new is None:
        raise click.UsageError("OLD and NEW are required (or --rules)")
    try:
        before, after = load_side(old), load_side(new)
    except GeneratorError as exc:
        _fail(exc)
    changes = diff_sides(before, after)
    click.echo(render(changes, fmt, before.name, after.name), nl=False)
    if fails(changes, fail_on):
        sys.exit(1)


@main.command("update-spec")
@click.argument("source", required=False)
@click.option("--spec", "spec_dir", type=click.Path(path_type=Path), default=Path("specs"), show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("generated"), show_default=True)
def update_spec_command(source: str | None, spec_dir: Path, out_dir: Path) -> None:
    """Diff SOURCE (path or URL; default: the production document) against specs/, re-import,
    regenerate, bump the SDK version by the diff's semver and add a CHANGELOG entry."""
    from generator.update import DEFAULT_SOURCE, update_spec

    try:
        result = update_spec(source or DEFAULT_SOURCE, spec_dir, out_dir)
    except GeneratorError as exc:
        _fail(exc)
    tally = ", ".join(f"{n} {level}" for level, n in result.counts.items())
    click.echo(
        f"{result.document}: {tally}; {result.semver} release {result.old_version} -> {result.new_version}; "
        f"{result.changed_files} generated files changed"
    )


if __name__ == "__main__":
    main()
