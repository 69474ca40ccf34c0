"""A spec folder and the document it was imported from: import into it, find its document again.

`specs/api.yaml` records its source (`source.location`: a path relative to the spec folder or
an http(s) URL, and the document's sha256), so a re-import (`make import`, `check`) always
uses that document and never a copy that changed since.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from generator.core.errors import GeneratorError, GeneratorErrors
from generator.core.importers.openapi import Imported, import_openapi, overlay_keys
from generator.core.importers.dump import spec_files
from generator.core.mock_document import MOCK_FILE, mock_document
from generator.core.spec.loader import API_FILE, OVERLAY_FILE, error_at, load_spec, read_data
from generator.core.type_names import check_type_names
from generator.core.writer import write_tree


EMPTY_OVERLAY = (
    "# Hand-written additions to the imported spec (names, descriptions, operations, models, api),\n"
    "# applied on every import. Empty: the document as it is.\n{}\n"
)


def overlay_of(spec_dir: Path) -> Path:
    """SPEC_DIR/overlay.yaml, which a spec folder always has (its first import writes one): a
    lost overlay would silently drop every name and endpoint it adds."""
    path = spec_dir / OVERLAY_FILE
    if not path.is_file():
        raise GeneratorError(
            str(path),
            f"no such file: the spec folder's overlay is missing. Restore it (`git checkout {path}`), "
            "or create an empty one to import without hand-made additions",
        )
    return path


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(source: str, folder: Path) -> Path:
    """A local copy of the document at `source` (a path or an http(s) URL)."""
    if not is_url(source):
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


def recorded_source(spec_dir: Path) -> dict[str, Any]:
    """The `source` block of SPEC_DIR/api.yaml (document, location, sha256, ...)."""
    api_path = spec_dir / API_FILE
    if not api_path.is_file():
        raise GeneratorError(
            str(api_path), "spec file not found: it records the document to re-import; restore it from git, or give the DOCUMENT"
        )
    api = read_data(api_path)
    source = api.get("source") if isinstance(api, dict) else None
    if not isinstance(source, dict) or not isinstance(source.get("sha256"), str):
        raise error_at(api_path, ("source",), "no `source` block with the document's sha256; import a document first")
    return source


def recorded_document(spec_dir: Path, folder: Path) -> tuple[Path, str]:
    """The document SPEC_DIR was imported from and its location as recorded; a document whose
    content no longer matches the recorded sha256 is an error (moving to another document is
    `update-spec`'s job, which logs it)."""
    source = recorded_source(spec_dir)
    location = source.get("location")
    if not isinstance(location, str) or not location:
        raise error_at(
            spec_dir / API_FILE, ("source",),
            "`source.location` is missing; re-import once with `import-openapi PATH -o SPEC_DIR` to record it",
        )
    path = fetch(location if is_url(location) else str(spec_dir / location), folder)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != source["sha256"]:
        raise error_at(
            spec_dir / API_FILE, ("source", "sha256"),
            f"the document at {location} changed since it was imported (sha256 {digest[:12]}..., recorded "
            f"{str(source['sha256'])[:12]}...); move to it with `update-spec {location}`",
        )
    return path, location


def default_location(document: Path, spec_dir: Path, previous: dict[str, Any] | None) -> str:
    """Where `document` is, as recorded in api.yaml: the recorded place when it is the same
    document again (so re-imports from elsewhere reproduce api.yaml), else its path relative
    to the spec folder."""
    if previous and isinstance(previous.get("location"), str):
        if previous.get("sha256") == hashlib.sha256(document.read_bytes()).hexdigest():
            return str(previous["location"])
    return Path(os.path.relpath(document.resolve(), spec_dir.resolve())).as_posix()


def import_into(
    document: Path, spec_dir: Path, overlay_path: Path | None = None, *, location: str | None = None
) -> list[str]:
    """Import `document` into `spec_dir`, keeping its overlay, SDK version and other files;
    record where the document is (`location`, default: see `default_location`); return the
    importer's warnings. Nothing is written unless the result validates."""
    default_overlay = overlay_path is None or overlay_path == spec_dir / OVERLAY_FILE
    first_import = not (spec_dir / API_FILE).exists()
    overlay_path = overlay_path or (spec_dir / OVERLAY_FILE if first_import else overlay_of(spec_dir))
    overlay: dict[str, Any] = {}
    if overlay_path.exists():
        overlay = read_data(overlay_path) or {}
        if not isinstance(overlay, dict):
            raise GeneratorError(str(overlay_path), "expected a mapping of overlay sections", line=1, column=1)
    imported = import_openapi(document, overlay, overlay_path)
    previous_api = spec_dir / API_FILE
    old = read_data(previous_api) if previous_api.exists() else None
    old = old if isinstance(old, dict) else {}
    if "sdk_version" not in (overlay.get("api") or {}) and isinstance(old.get("sdk_version"), str):
        imported.api["sdk_version"] = old["sdk_version"]
    previous_source = old.get("source") if isinstance(old.get("source"), dict) else None
    where = location or default_location(document, spec_dir, previous_source)
    source = dict(imported.api["source"])
    imported.api["source"] = {"document": source.pop("document"), "location": where, **source}
    files = spec_files(imported)
    _validate(files, document, spec_dir, overlay_path, overlay, imported)
    if first_import and default_overlay and not overlay_path.exists():
        files[OVERLAY_FILE] = EMPTY_OVERLAY.encode()
    raw = read_data(document)
    if isinstance(raw, dict):
        files[MOCK_FILE] = mock_document(raw, overlay)
    spec_dir.mkdir(parents=True, exist_ok=True)
    write_tree(spec_dir, files, keep=frozenset({OVERLAY_FILE}) | _others(spec_dir, files))
    return imported.warnings


def _validate(
    files: dict[str, bytes], document: Path, spec_dir: Path, overlay_path: Path, overlay: dict[str, Any], imported: Imported
) -> None:
    """Load exactly what would be written; errors caused by the overlay are reported at the
    overlay's own line and key, the others against the document."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in files.items():
            (Path(tmp) / name).write_bytes(content)
        try:
            check_type_names(load_spec(Path(tmp)), Path(tmp) / API_FILE)
        except GeneratorError as exc:
            errors = exc.errors if isinstance(exc, GeneratorErrors) else [exc]
            from_overlay = []
            for error in errors:
                keys = overlay_keys(imported, overlay, Path(error.file).name, error.keys) if error.keys else None
                if keys is not None:
                    from_overlay.append(error_at(overlay_path, keys, error.message))
            if from_overlay:
                raise (from_overlay[0] if len(from_overlay) == 1 else GeneratorErrors(from_overlay)) from None
            # Name the files as they would be written, not the scratch folder they were checked in.
            detail = str(exc).replace(str(Path(tmp)), str(spec_dir))
            raise GeneratorError(
                str(document), f"the imported spec (with {overlay_path.name}) is invalid: {detail}"
            ) from None


def _others(spec_dir: Path, files: dict[str, bytes]) -> frozenset[str]:
    """Files in a spec folder the importer does not own (READMEs, notes) are kept."""
    if not spec_dir.is_dir():
        return frozenset()
    return frozenset(p.name for p in spec_dir.iterdir() if p.is_file() and p.name not in files)
