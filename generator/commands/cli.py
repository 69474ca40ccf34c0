"""Command line: `python -m generator import-openapi | generate | check | diff | update-spec | history`.

Only argument parsing and printing live here; the work is done by the modules each command
imports (nothing imports from this module but `__main__`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import NoReturn

import click

from generator import __version__
from generator.core.errors import EXIT_FAILED, GeneratorError

EXIT_CODES = (
    "Exit codes: 0 success; 1 bad input (one message on stderr naming the file, the place and the "
    "fix; nothing written), a failed check, or changes found with --fail-on; 2 a usage error "
    "(unknown command or option)."
)


def _fail(exc: GeneratorError, hint: str | None = None) -> NoReturn:
    click.secho("error: ", fg="red", bold=True, err=True, nl=False)
    click.echo(str(exc), err=True)
    if hint:
        click.echo(hint, err=True)
    sys.exit(EXIT_FAILED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, "--version", "-V", prog_name="trackstar-generator", message="%(prog)s %(version)s")
def main() -> None:
    """Generate the typed Trackstar Python SDK and its docs from a declarative spec."""


@main.command("import-openapi", epilog=EXIT_CODES)
@click.argument("document", type=click.Path(path_type=Path), required=False)
@click.option("-o", "--out", "spec_dir", type=click.Path(path_type=Path), required=True, help="Spec folder to write.")
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay file (default: SPEC_DIR/overlay.yaml).")
def import_openapi_command(document: Path | None, spec_dir: Path, overlay: Path | None) -> None:
    """Build the declarative spec in SPEC_DIR from an OpenAPI 3.0/3.1 DOCUMENT, applying the
    overlay. Without DOCUMENT, re-import the document SPEC_DIR/api.yaml records (its path or
    URL, checked against its sha256): what `make import` runs."""
    import tempfile

    from generator.core.importers.spec_folder import import_into, recorded_document

    try:
        with tempfile.TemporaryDirectory() as tmp:
            location = None
            if document is None:
                document, location = recorded_document(spec_dir, Path(tmp))
            warnings = import_into(document, spec_dir, overlay, location=location)
    except GeneratorError as exc:
        _fail(exc)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"imported {location or document} into {spec_dir}")


SPEC_OPTION = click.option(
    "--spec", "spec_dir", type=click.Path(path_type=Path), default=Path("specs"), show_default=True,
    help="Spec folder to read (api.yaml, resources.yaml, models.json, webhooks.yaml).",
)
OUT_OPTION = click.option(
    "--out", "out_dir", type=click.Path(path_type=Path), default=Path("generated"), show_default=True,
    help="Output folder: the SDK package goes to OUT/python, the reference docs to OUT/docs.",
)


@main.command(epilog=EXIT_CODES)
@SPEC_OPTION
@OUT_OPTION
@click.option("--templates", "template_dir", type=click.Path(path_type=Path), help="Folder of templates that override built-in ones by name (each file must replace one).")
@click.option("--no-cache", is_flag=True, help="Do not reuse formatted output cached from earlier runs.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the output folder is out of date.")
def generate(spec_dir: Path, out_dir: Path, template_dir: Path | None, no_cache: bool, check: bool) -> None:
    """Render the spec into the SDK package (OUT/python) and reference docs (OUT/docs)."""
    from generator.commands.run_memo import generate_files_remembered
    from generator.core.writer import write_tree

    started = time.perf_counter()
    try:
        cache_dir = None if no_cache else out_dir / ".generator-cache"
        files = generate_files_remembered(spec_dir, template_dir=template_dir, cache_dir=cache_dir)
    except GeneratorError as exc:
        _fail(exc)
    if check:
        from generator.commands.check import stale_files

        stale = stale_files(out_dir, files)
        if stale:
            click.echo(f"{out_dir} is out of date: {len(stale)} files differ, e.g. {stale[0]}", err=True)
            sys.exit(EXIT_FAILED)
        click.echo(f"{out_dir} is up to date ({len(files)} files)")
        return
    changed = write_tree(out_dir, files)
    click.echo(f"generated {len(files)} files into {out_dir} ({len(changed)} changed) in {time.perf_counter() - started:.2f}s")


@main.command("check", epilog=EXIT_CODES)
@SPEC_OPTION
@OUT_OPTION
def check_command(spec_dir: Path, out_dir: Path) -> None:
    """Exit 1 unless SPEC is exactly the import of the document its api.yaml records plus
    overlay.yaml, and OUT is exactly what SPEC and the templates render. Writes nothing:
    what `make check` runs."""
    from generator.commands.check import check

    try:
        result = check(spec_dir, out_dir)
    except GeneratorError as exc:
        _fail(exc)
    if result.stale_specs:
        click.echo(
            f"{spec_dir} is not the import of {result.document} with its overlay: "
            f"{', '.join(result.stale_specs)} differ; after editing overlay.yaml run `make overlay` "
            "(re-import, regenerate, log a version bump)",
            err=True,
        )
    if result.stale_generated:
        click.echo(
            f"{out_dir} is out of date: {len(result.stale_generated)} files differ, e.g. "
            f"{result.stale_generated[0]}; run `make generate`",
            err=True,
        )
    if not result.ok:
        sys.exit(EXIT_FAILED)
    click.echo(f"{spec_dir} is the import of {result.document}; {out_dir} is up to date ({result.generated_files} files)")


@main.command(epilog=EXIT_CODES)
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=int, default=1, show_default=True, help="Documents processed in parallel.")
@click.option("--no-import-check", is_flag=True, help="Skip importing each generated package in a fresh interpreter.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), help="Reuse formatted output cached in this folder.")
@click.option("--no-diff", is_flag=True, help="Leave out the changes-against-the-previous-version column.")
def history(folder: Path, jobs: int, no_import_check: bool, cache_dir: Path | None, no_diff: bool) -> None:
    """Import, generate, compile and import the SDK for every OpenAPI document in FOLDER.
    Exits 1 if any document fails."""
    from generator.commands.history import changes_between_versions, documents, progress_line, sweep, table, typecheck_typescript

    started = time.perf_counter()
    try:
        docs = documents(folder)
    except GeneratorError as exc:
        _fail(exc)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="history-ts-") as ts_dir:
        rows = sweep(
            docs,
            import_check=not no_import_check,
            jobs=jobs,
            cache_dir=cache_dir,
            progress=lambda i, n, row: click.echo(progress_line(i, n, row)),
            ts_dir=Path(ts_dir),
        )
        try:
            checked = typecheck_typescript(Path(ts_dir), rows)
        except GeneratorError as exc:
            _fail(exc)
    changes = None if no_diff else changes_between_versions(docs)
    click.echo("")
    click.echo(table(rows, changes, wall_seconds=time.perf_counter() - started, typecheck=checked))
    if not all(row.ok for row in rows):
        sys.exit(EXIT_FAILED)


@main.command(epilog=EXIT_CODES)
@click.argument("paths", metavar="OLD NEW", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True, help="Output format: text, markdown (release notes) or json (every change).")
@click.option("--fail-on", type=click.Choice(["breaking", "warning"]), help="Exit 1 when a change of this level (or worse) is found.")
@click.option("--min-level", type=click.Choice(["breaking", "warning", "info"]), help="Show only changes of this level or worse.")
@click.option("--all", "full", is_flag=True, help="List every addition and info change instead of a summary per kind.")
@click.option("--summary", is_flag=True, help="One line per consecutive pair of the given paths (two or more): breaking or not, counts.")
@click.option("--rules", "list_rules", is_flag=True, help="Print the rule table (id, level, description) and exit.")
@click.option("--spec", "spec_dir", type=click.Path(path_type=Path), default=Path("specs"), show_default=True, help="The spec folder whose overlay.yaml applies to documents (and whose sdk_version the release level is counted from).")
@click.option("--no-overlay", is_flag=True, help="Import documents as they are, without the spec folder's overlay.yaml.")
def diff(
    paths: tuple[Path, ...], fmt: str, fail_on: str | None, min_level: str | None, full: bool, summary: bool,
    list_rules: bool, spec_dir: Path, no_overlay: bool,
) -> None:
    """Release notes for the changes from OLD to NEW (each an OpenAPI document or a spec folder),
    in SDK terms; json lists every change with its rule id, level and SDK names. Documents are
    imported with the overlay of the spec folder (`--spec`), so methods and classes carry the
    names the SDK gives them."""
    from generator.core.diff import fails, load_side, render_rules
    from generator.core.release_notes import diff_sides, render_notes
    from generator.core.importers.spec_folder import overlay_of
    from generator.core.spec.loader import API_FILE, read_data

    overlay = None
    if not no_overlay and (spec_dir / API_FILE).is_file():  # else no spec folder here: documents as they are
        try:
            overlay = overlay_of(spec_dir)
        except GeneratorError as exc:
            _fail(exc, "(or compare the documents without it: --no-overlay)")

    hint = None if overlay is None else f"(documents are imported with {overlay}; --no-overlay compares them without it)"

    if list_rules:
        click.echo(render_rules(fmt), nl=False)
        return
    if summary:
        from generator.core.release_notes import render_pairs, summarise_side_pairs

        if len(paths) < 2:
            raise click.UsageError("--summary needs two or more paths")
        try:
            rows = summarise_side_pairs([load_side(p, overlay) for p in paths])
        except GeneratorError as exc:
            _fail(exc, hint if overlay is not None and exc.file == str(overlay) else None)
        click.echo(render_pairs(rows, fmt), nl=False)
        if fail_on is not None and any(r.counts["breaking"] or (fail_on == "warning" and r.counts["warning"]) for r in rows):
            sys.exit(1)
        return
    if len(paths) != 2:
        raise click.UsageError("OLD and NEW are required (or --rules)")
    old, new = paths
    try:
        before, after = load_side(old, overlay), load_side(new, overlay)
    except GeneratorError as exc:
        _fail(exc, hint if overlay is not None and exc.file == str(overlay) else None)
    # The release would be made from OLD's version (a spec folder), or from the spec folder's.
    version: str | None = before.spec.api.sdk_version if old.is_dir() else None
    if version is None and overlay is not None and (spec_dir / API_FILE).is_file():
        api = read_data(spec_dir / API_FILE)
        version = str(api.get("sdk_version")) if isinstance(api, dict) and api.get("sdk_version") else None
    changes = diff_sides(before, after)
    click.echo(render_notes(changes, fmt, before.name, after.name, full=full, min_level=min_level, version=version), nl=False)
    if fails(changes, fail_on):
        sys.exit(1)


@main.command("update-spec", epilog=EXIT_CODES)
@click.argument("source", required=False)
@SPEC_OPTION
@OUT_OPTION
@click.option("--recorded", is_flag=True, help="Re-import the document SPEC/api.yaml records (after editing overlay.yaml): what `make overlay` runs.")
@click.option("--dry-run", is_flag=True, help="Print the release notes and the next version; write nothing.")
@click.option("--allow-downgrade", is_flag=True, help="Accept a document older than the recorded one.")
@click.option("--major", is_flag=True, help="Make a major release whatever the changes (below 1.0: release 1.0.0).")
@click.option("--set-version", "exact_version", metavar="X.Y.Z", help="Release exactly this version (higher than the current one).")
def update_spec_command(
    source: str | None, spec_dir: Path, out_dir: Path, recorded: bool, dry_run: bool, allow_downgrade: bool,
    major: bool, exact_version: str | None,
) -> None:
    """Move to the document at SOURCE (a path or URL; default: the production document):
    diff it against SPEC, re-import with the overlay, regenerate OUT, bump sdk_version and add
    the release notes to SPEC/CHANGELOG.md. Below 1.0, breaking changes bump the minor version
    and other changes the patch version. An older document is refused, and the same document
    with an unchanged overlay is a no-op."""
    from generator.commands.update import DEFAULT_SOURCE, describe, update_spec

    if recorded and source:
        raise click.UsageError("give SOURCE or --recorded, not both")
    try:
        result = update_spec(
            None if recorded else source or DEFAULT_SOURCE, spec_dir, out_dir,
            allow_downgrade=allow_downgrade, dry_run=dry_run, major=major, exact_version=exact_version,
        )
    except GeneratorError as exc:
        _fail(exc)
    if dry_run and result.notes:
        click.echo(result.notes)
    click.echo(describe(result))


@main.command("release", epilog=EXIT_CODES)
@click.option("--index", help="Upload URL of the package index (e.g. https://upload.pypi.org/legacy/).")
@click.option("--dry-run", is_flag=True, envvar="DRY_RUN", help="Everything except the upload and the tag (also DRY_RUN=1).")
@SPEC_OPTION
@OUT_OPTION
@click.option("--mkdocs", "mkdocs_config", type=click.Path(path_type=Path), default=Path("mkdocs.yml"), show_default=True, help="mkdocs configuration of the docs site to archive.")
@click.option("--site", "site_dir", type=click.Path(path_type=Path), help="Archive this built docs site (make docs) instead of building one.")
@click.option("--no-isolation", is_flag=True, help="Build with the installed build backend instead of an isolated environment.")
@click.option("--npm-registry", help="Registry URL to publish the TypeScript SDK to (e.g. https://registry.npmjs.org/), token in NPM_TOKEN.")
@click.option("--resume", is_flag=True, envvar="RESUME", help="Finish a release of this version that stopped part-way: skip what each registry already has from this commit, publish the rest, tag (also RESUME=1).")
def release_command(
    index: str | None, dry_run: bool, spec_dir: Path, out_dir: Path, mkdocs_config: Path, site_dir: Path | None, no_isolation: bool,
    npm_registry: str | None, resume: bool,
) -> None:
    """Check, build, twine-check, upload (TWINE_USERNAME/TWINE_PASSWORD) and tag sdk-vX.Y.Z; write
    the release notes and the docs archive into OUT/python/dist. With --npm-registry the
    TypeScript SDK is packed, published (NPM_TOKEN) and tagged with it, from the same checks."""
    from generator.commands.release import release

    try:
        release(
            index=index, dry_run=dry_run, spec_dir=spec_dir, out_dir=out_dir, mkdocs_config=mkdocs_config,
            site_dir=site_dir, isolation=not no_isolation, echo=click.echo, npm_registry=npm_registry, resume=resume,
        )
    except GeneratorError as exc:
        _fail(exc)


if __name__ == "__main__":
    main()
