"""Keeping pace covers both SDKs: one `update-spec` regenerates generated/python and
generated/typescript at the new version, with the same release notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.commands.update import update_spec
from tests.conftest import CURRENT_DOCUMENT
from tests.test_update_spec import PREVIOUS_DOCUMENT, TODAY, _specs_from

pytestmark = pytest.mark.slow


def test_update_spec_regenerates_both_sdks(tmp_path: Path) -> None:
    spec_dir = _specs_from(PREVIOUS_DOCUMENT, tmp_path, overlay=True)
    out = tmp_path / "generated"
    result = update_spec(str(CURRENT_DOCUMENT), spec_dir, out, today=TODAY)
    assert result.written and result.new_version != result.old_version
    package = json.loads((out / "typescript" / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((out / "typescript" / "package-lock.json").read_text(encoding="utf-8"))
    assert package["version"] == lock["version"] == lock["packages"][""]["version"] == result.new_version
    assert f'version = "{result.new_version}"' in (out / "python" / "pyproject.toml").read_text(encoding="utf-8")
    ts_files = [p for p in (out / "typescript").rglob("*.ts")]
    assert len(ts_files) > 50 and (out / "typescript" / "src" / "resources" / "wms" / "orders.ts").is_file()
    print(f"update-spec {result.old_version} -> {result.new_version}: generated/python and generated/typescript "
          f"({len(ts_files)} .ts files) both at {result.new_version}")
