"""`update-spec`: diff, re-import, regenerate, bump the SDK version by semver, log the changes."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.cli import import_into
from generator.errors import GeneratorError
from generator.spec.loader import load_spec
from generator.update import bump, update_spec
from generator.writer import existing_files
from tests.conftest import CURRENT_DOCUMENT, OPENAPI_DIR, SPECS, shared

TODAY = dt.date(2026, 11, 27)


def _specs_from(document: Path, folder: Path, *, overlay: bool) -> Path:
    spec_dir = folder / "specs"
    spec_dir.mkdir(parents=True)
    if overlay:
        shutil.copy(SPECS / "overlay.yaml", spec_dir / "overlay.yaml")
    import_into(shared(document), spec_dir)
    return spec_dir


def test_bump_follows_semver() -> None:
    assert bump("1.4.2", "major") == "2.0.0"
    assert bump("1.4.2", "minor") == "1.5.0"
    assert bump("1.4.2", "patch") == "1.4.3"
    with pytest.raises(GeneratorError, match="MAJOR.MINOR.PATCH"):
        bump("1.4", "patch")


def test_additions_make_a_minor_release_with_a_changelog(tmp_path: Path) -> None:
    spec_dir = _specs_from(OPENAPI_DIR / "2025-10-03_9603f00.json", tmp_path, overlay=True)
    out = tmp_path / "generated"
    result = update_spec(str(CURRENT_DOCUMENT), spec_dir, out, today=TODAY)
    assert (result.old_version, result.new_version, result.semver) == ("0.1.0", "0.2.0", "minor")
    assert result.counts["breaking"] == 0 and result.counts["info"] > 0
    log = (spec_dir / "CHANGELOG.md").read_text()
    assert log.startswith("# Changelog\n\n## 0.2.0 (2026-11-27)\n")
    assert "### Additions and other changes" in log and "### Breaking changes" not in log
    assert (out / "python" / "CHANGELOG.md").read_text() == log  # shipped with the SDK
    assert load_spec(spec_dir).api.source is not None
    assert load_spec(spec_dir).api.source.document == CURRENT_DOCUMENT.name  # type: ignore[union-attr]
    assert 'version = "0.2.0"' in (out / "python" / "pyproject.toml").read_text()

    before = {name: (spec_dir / name).read_bytes() for name in existing_files(spec_dir)}
    again = update_spec(str(CURRENT_DOCUMENT), spec_dir, out, today=TODAY)
    assert again.new_version == "0.2.0" and sum(again.counts.values()) == 0
    assert {name: (spec_dir / name).read_bytes() for name in existing_files(spec_dir)} == before


def test_breaking_changes_make_a_major_release(tmp_path: Path) -> None:
    spec_dir = _specs_from(OPENAPI_DIR / "2023-10-03_6219455.json", tmp_path, overlay=False)
    result = update_spec(str(OPENAPI_DIR / "2023-10-25_31bc84d.json"), spec_dir, tmp_path / "out", today=TODAY)
    assert (result.semver, result.new_version) == ("major", "1.0.0")
    log = (spec_dir / "CHANGELOG.md").read_text()
    assert "### Breaking changes" in log and "/connection" in log


def test_a_missing_document_changes_nothing(tmp_path: Path) -> None:
    spec_dir = _specs_from(OPENAPI_DIR / "2023-10-03_6219455.json", tmp_path, overlay=False)
    before = {name: (spec_dir / name).read_bytes() for name in existing_files(spec_dir)}
    with pytest.raises(GeneratorError, match="no such document"):
        update_spec(str(tmp_path / "missing.json"), spec_dir, tmp_path / "out")
    assert {name: (spec_dir / name).read_bytes() for name in existing_files(spec_dir)} == before
    assert not (tmp_path / "out").exists()
