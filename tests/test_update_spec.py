"""`update-spec`: diff, re-import, regenerate, bump the SDK version by semver, log the changes;
never backwards without being asked, a no-op when nothing changed, all or nothing on disk."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

import generator.commands.update
from generator.core.errors import GeneratorError
from generator.core.importers.spec_folder import import_into
from generator.core.spec.loader import load_spec
from generator.commands.update import bump, document_order, next_version, update_spec
from generator.core.writer import existing_files
from tests.conftest import CURRENT_DOCUMENT, OPENAPI_DIR, SPECS, shared

TODAY = dt.date(2026, 11, 27)
PREVIOUS_DOCUMENT = OPENAPI_DIR / "2025-10-03_9603f00.json"


def _specs_from(document: Path, folder: Path, *, overlay: bool) -> Path:
    spec_dir = folder / "specs"
    spec_dir.mkdir(parents=True)
    if overlay:
        shutil.copy(SPECS / "overlay.yaml", spec_dir / "overlay.yaml")
    import_into(shared(document), spec_dir)
    return spec_dir


def _tree(root: Path) -> dict[str, bytes]:
    return {name: (root / name).read_bytes() for name in existing_files(root)}


def test_bump_follows_semver() -> None:
    assert bump("1.4.2", "major") == "2.0.0"
    assert bump("1.4.2", "minor") == "1.5.0"
    assert bump("1.4.2", "patch") == "1.4.3"
    with pytest.raises(GeneratorError, match="MAJOR.MINOR.PATCH"):
        bump("1.4", "patch")


def test_below_one_breaking_is_minor_and_one_point_oh_only_when_asked() -> None:
    assert next_version("0.3.1", "major") == "0.4.0"
    assert next_version("0.3.1", "minor") == "0.3.2"
    assert next_version("0.3.1", "patch") == "0.3.2"
    assert next_version("0.3.1", "patch", major=True) == "1.0.0"
    assert next_version("0.3.1", "major", exact="1.0.0") == "1.0.0"
    assert next_version("1.3.1", "major") == "2.0.0" and next_version("1.3.1", "minor") == "1.4.0"
    with pytest.raises(GeneratorError, match="not higher than the current 0.3.1"):
        next_version("0.3.1", "minor", exact="0.3.0")


def test_documents_are_ordered_by_the_dates_in_their_names_then_info_version() -> None:
    recorded = {"document": "2025-10-13_12ae462.json", "info_version": "0.1.0"}
    assert document_order(recorded, "2025-10-03_9603f00.json", "0.1.0")[0] == -1
    assert document_order(recorded, "2025-11-01_aaaaaaa.json", "0.1.0")[0] == 1
    older, how = document_order({"document": "openapi.json", "info_version": "2.1.0"}, "openapi.json", "2.0.9")
    assert older == -1 and "info.version" in how
    assert document_order({"document": "openapi.json", "info_version": "0.1.0"}, "openapi.json", "0.1.0")[0] is None


def test_additions_below_one_make_a_patch_release_with_a_changelog(tmp_path: Path) -> None:
    spec_dir = _specs_from(OPENAPI_DIR / "2024-06-11_a3173dd.json", tmp_path, overlay=False)
    out = tmp_path / "generated"
    document = shared(OPENAPI_DIR / "2024-06-13_8ddee43.json")
    result = update_spec(str(document), spec_dir, out, today=TODAY)
    assert (result.old_version, result.new_version, result.semver) == ("0.1.0", "0.1.1", "minor")
    assert result.counts["breaking"] == 0 and result.counts["info"] > 0 and result.written
    log = (spec_dir / "CHANGELOG.md").read_text()
    assert log.startswith("# Changelog\n\n## 0.1.1 (2026-11-27)\n")
    assert "; release 0.1.0 -> 0.1.1 (patch)." in log
    assert "--all" not in log  # a command-line hint has no place in a CHANGELOG
    assert (out / "python" / "CHANGELOG.md").read_text() == log  # shipped with the SDK
    source = load_spec(spec_dir).api.source
    assert source is not None and source.document == document.name
    assert 'version = "0.1.1"' in (out / "python" / "pyproject.toml").read_text()

    # The same document again: nothing to do, nothing written, and it says so.
    before, out_before = _tree(spec_dir), _tree(out)
    again = update_spec(str(document), spec_dir, out, today=TODAY)
    assert again.unchanged and again.new_version == "0.1.1" and not again.written
    assert "nothing to do (sdk_version stays 0.1.1)" in generator.commands.update.describe(again)
    assert _tree(spec_dir) == before and _tree(out) == out_before


def test_the_latest_release_breaks_integration_bodies_so_0_1_0_becomes_0_2_0(tmp_path: Path) -> None:
    """2025-10-03 -> 2025-10-13 changes only per-integration bodies; some changes break callers."""
    spec_dir = _specs_from(PREVIOUS_DOCUMENT, tmp_path, overlay=True)
    result = update_spec(str(CURRENT_DOCUMENT), spec_dir, tmp_path / "generated", today=TODAY)
    assert (result.old_version, result.new_version, result.semver) == ("0.1.0", "0.2.0", "major")
    assert result.counts["breaking"] == 8 and result.written
    log = (spec_dir / "CHANGELOG.md").read_text()
    assert "8 breaking, 0 warning, 45 info); release 0.1.0 -> 0.2.0 (minor)." in log
    assert "- OrderCreateNimbleParams.reference_id: new required key; client.wms.orders.create(body=…)" in log
    assert "- ReturnCreateNimbleParams.return_reason: key now required; client.wms.returns.create(body=…)" in log
    assert max(len(line) for line in log.splitlines()) <= 400


def test_an_older_document_is_refused_unless_asked(tmp_path: Path) -> None:
    spec_dir = _specs_from(CURRENT_DOCUMENT, tmp_path, overlay=True)
    before = _tree(spec_dir)
    with pytest.raises(GeneratorError, match=r"older than the document .* 2025-10-13_12ae462\.json \(by the dates in the file names"):
        update_spec(str(PREVIOUS_DOCUMENT), spec_dir, tmp_path / "out", today=TODAY)
    assert _tree(spec_dir) == before and not (tmp_path / "out").exists()
    # Asked for (dry run: the notes and the version, nothing written).
    result = update_spec(str(PREVIOUS_DOCUMENT), spec_dir, tmp_path / "out", today=TODAY, allow_downgrade=True, dry_run=True)
    assert result.semver == "major" and result.new_version == "0.2.0"  # removals are breaking: minor below 1.0
    assert result.notes.startswith("## 0.2.0 (2026-11-27)") and not result.written
    assert _tree(spec_dir) == before and not (tmp_path / "out").exists()


def test_breaking_changes_and_an_explicit_major(tmp_path: Path) -> None:
    spec_dir = _specs_from(OPENAPI_DIR / "2023-10-03_6219455.json", tmp_path, overlay=False)
    result = update_spec(str(OPENAPI_DIR / "2023-10-25_31bc84d.json"), spec_dir, tmp_path / "out", today=TODAY, major=True)
    assert (result.semver, result.new_version) == ("major", "1.0.0")
    log = (spec_dir / "CHANGELOG.md").read_text()
    assert "## 1.0.0 (2026-11-27)" in log and "/connection" in log


def test_an_edited_overlay_is_logged_with_a_bump(tmp_path: Path) -> None:
    """`make overlay`: re-import the recorded document with the edited overlay."""
    spec_dir = tmp_path / "specs"
    shutil.copytree(SPECS, spec_dir)
    api = (spec_dir / "api.yaml").read_text(encoding="utf-8")
    location = str(load_spec(SPECS).api.source.location)  # type: ignore[union-attr]
    # The copy lives elsewhere: point its recorded location at the same document.
    (spec_dir / "api.yaml").write_text(api.replace(location, str(shared(CURRENT_DOCUMENT))), encoding="utf-8")
    overlay = spec_dir / "overlay.yaml"
    overlay.write_text(
        overlay.read_text(encoding="utf-8").replace("POST /connections/sync: connections.sync", "POST /connections/sync: connections.resync"),
        encoding="utf-8",
    )
    result = update_spec(None, spec_dir, tmp_path / "out", today=TODAY, dry_run=True)
    assert result.spec_changed == ["resources.yaml"] and result.semver == "major"  # a renamed method is breaking
    assert result.new_version == "0.2.0" and "connections" in result.notes


def _specs_copy(tmp_path: Path) -> Path:
    spec_dir = tmp_path / "specs"
    shutil.copytree(SPECS, spec_dir)
    api = (spec_dir / "api.yaml").read_text(encoding="utf-8")
    location = str(load_spec(SPECS).api.source.location)  # type: ignore[union-attr]
    (spec_dir / "api.yaml").write_text(api.replace(location, str(shared(CURRENT_DOCUMENT))), encoding="utf-8")
    return spec_dir


def test_an_overlay_class_rename_and_a_description_only_release(tmp_path: Path) -> None:
    spec_dir = _specs_copy(tmp_path)
    overlay = spec_dir / "overlay.yaml"
    text = overlay.read_text(encoding="utf-8")
    overlay.write_text(text.replace("api:\n", "api:\n  type_names:\n    ProductSupplierProduct: SupplierProduct\n", 1), encoding="utf-8")
    renamed = update_spec(None, spec_dir, tmp_path / "out", today=TODAY, dry_run=True)
    assert renamed.counts["warning"] == 1 and renamed.new_version == "0.1.1"
    assert "- class ProductSupplierProduct: renamed to class SupplierProduct (the old name no longer imports)" in renamed.notes

    overlay.write_text(text.replace("wms.orders.cancel: Ask the warehouse system", "wms.orders.cancel: Ask the WMS"), encoding="utf-8")
    described = update_spec(None, spec_dir, tmp_path / "out", today=TODAY, dry_run=True)
    assert described.spec_changed == ["resources.yaml"] and described.new_version == "0.1.1"
    assert "No change to the API or the SDK's methods, arguments and types; release 0.1.0 -> 0.1.1 (patch)." in described.notes
    assert "Descriptions only: the docstrings and the reference pages change, the SDK's code does not." in described.notes


def test_a_method_named_class_is_named_as_python_spells_it(tmp_path: Path) -> None:
    spec_dir = _specs_copy(tmp_path)
    overlay = spec_dir / "overlay.yaml"
    overlay.write_text(
        overlay.read_text(encoding="utf-8").replace("POST /connections/sync: connections.sync", "POST /connections/sync: connections.class"),
        encoding="utf-8",
    )
    result = update_spec(None, spec_dir, tmp_path / "out", today=TODAY, dry_run=True)
    assert "client.connections.sync(): renamed to client.connections.class_()" in result.notes
    assert "connections.class()" not in result.notes


def test_a_failure_between_the_writes_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec_dir = _specs_from(PREVIOUS_DOCUMENT, tmp_path, overlay=True)
    out = tmp_path / "generated"
    out.mkdir()
    (out / "earlier.txt").write_text("an earlier run\n", encoding="utf-8")
    before, out_before = _tree(spec_dir), _tree(out)
    real_write = generator.commands.update.write_tree
    calls: list[Path] = []

    def write_then_fail(root: Path, files: dict[str, bytes], **kwargs: Any) -> list[str]:
        calls.append(root)
        if root == out and len(calls) == 2:  # specs/ is written; the output folder fails
            raise OSError("disk full (injected)")
        return real_write(root, files, **kwargs)

    monkeypatch.setattr(generator.commands.update, "write_tree", write_then_fail)
    with pytest.raises(OSError, match="injected"):
        update_spec(str(CURRENT_DOCUMENT), spec_dir, out, today=TODAY)
    assert calls[:2] == [spec_dir, out]
    assert _tree(spec_dir) == before  # specs/ was written, then put back
    assert _tree(out) == out_before


def test_a_missing_document_changes_nothing(tmp_path: Path) -> None:
    spec_dir = _specs_from(OPENAPI_DIR / "2023-10-03_6219455.json", tmp_path, overlay=False)
    before = _tree(spec_dir)
    with pytest.raises(GeneratorError, match="no such document"):
        update_spec(str(tmp_path / "missing.json"), spec_dir, tmp_path / "out")
    assert _tree(spec_dir) == before
    assert not (tmp_path / "out").exists()
