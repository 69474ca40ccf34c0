"""A regeneration with nothing changed reuses the last run's files (generator/run_memo.py); any
change to what a run reads must make it render again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.commands import run_memo
from generator.pipeline import generate_files
from tests.conftest import REPO

SPEC = REPO / "tests" / "golden" / "minimal" / "spec"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    folder = tmp_path / "spec"
    shutil.copytree(SPEC, folder)
    return folder


def test_a_run_with_nothing_changed_is_recalled_without_rendering(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first = run_memo.generate_files_remembered(spec, cache_dir=cache)
    assert first == generate_files(spec)

    def no_rendering(*args: object, **kwargs: object) -> dict[str, bytes]:
        raise AssertionError("rendered again although nothing changed")

    monkeypatch.setattr("generator.pipeline.generate_files", no_rendering)
    assert run_memo.generate_files_remembered(spec, cache_dir=cache) == first


def test_a_changed_spec_or_template_renders_again(spec: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_memo.generate_files_remembered(spec, cache_dir=cache)
    api = spec / "api.yaml"
    api.write_text(api.read_text().replace("name: ", "name: Renamed", 1))
    second = run_memo.generate_files_remembered(spec, cache_dir=cache)
    assert second != first and second == generate_files(spec)

    override = tmp_path / "templates" / "python"
    override.mkdir(parents=True)
    (override / "_version.py.j2").write_text('__version__ = "9.9.9"\n')
    third = run_memo.generate_files_remembered(spec, template_dir=tmp_path / "templates", cache_dir=cache)
    assert third != second and b'"9.9.9"' in third["python/trackstar/_version.py"]
    (override / "_version.py.j2").write_text('__version__ = "9.9.8"\n')
    fourth = run_memo.generate_files_remembered(spec, template_dir=tmp_path / "templates", cache_dir=cache)
    assert b'"9.9.8"' in fourth["python/trackstar/_version.py"]
    assert len(list((cache / run_memo.FOLDER).iterdir())) == 1  # only the last run is kept


def test_no_cache_never_remembers(spec: Path, tmp_path: Path) -> None:
    run_memo.generate_files_remembered(spec, cache_dir=None)
    assert not any(tmp_path.rglob(run_memo.FOLDER))


def test_the_key_covers_the_generator_and_skips_caches(spec: Path, tmp_path: Path) -> None:
    key = run_memo.run_key(spec, None)
    (spec / ".mypy_cache").mkdir()
    (spec / ".mypy_cache" / "x.json").write_text("{}")
    assert run_memo.run_key(spec, None) == key
    assert any(name.endswith("pipeline.py") for name in run_memo._files(run_memo.GENERATOR_SOURCE))
    (spec / "notes.txt").write_text("a file the key must see")
    assert run_memo.run_key(spec, None) != key
