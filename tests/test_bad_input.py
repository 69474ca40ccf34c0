"""Bad input through the real CLI: exit code 1, one clear message naming the file and the place
(line:column for syntax errors, JSON pointer or key path otherwise), no traceback, and the
output folder byte-for-byte (and mtime-for-mtime) what it was before."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SPECS

Snapshot = dict[str, tuple[bytes, int]]


def snapshot(root: Path) -> Snapshot:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=REPO, capture_output=True, text=True, timeout=300
    )


def assert_clean_failure(proc: subprocess.CompletedProcess[str], file: Path, place: str) -> str:
    """Exit 1, no traceback, and one `error: FILE<place>...` line; returns the message."""
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    message = lines[0]
    assert message.startswith(f"error: {file}"), message
    assert re.search(place, message), (place, message)
    return message


MINIMAL = {
    "openapi": "3.0.3",
    "info": {"title": "Trackstar API", "version": "1"},
    "paths": {
        "/wms/orders": {
            "get": {
                "parameters": [{"name": "x-trackstar-api-key", "in": "header", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}}},
            }
        }
    },
    "components": {"schemas": {"Order": {"type": "object", "properties": {"id": {"type": "string"}}}}},
}


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    """An existing, valid spec folder that a failed import must leave untouched."""
    target = tmp_path / "spec"
    shutil.copytree(SPECS, target)
    return target


def _import_fails(document: Path, spec_dir: Path, place: str) -> str:
    before = snapshot(spec_dir)
    proc = run_cli("import-openapi", str(document), "-o", str(spec_dir))
    message = assert_clean_failure(proc, document, place)
    assert snapshot(spec_dir) == before
    return message


def test_invalid_json(tmp_path: Path, spec_dir: Path) -> None:
    document = tmp_path / "bad.json"
    document.write_text('{\n  "openapi": "3.0.3",\n  "paths": {,}\n}\n', encoding="utf-8")
    message = _import_fails(document, spec_dir, r"bad\.json:3:13: ")
    assert "invalid JSON" in message


def test_invalid_yaml(tmp_path: Path, spec_dir: Path) -> None:
    document = tmp_path / "bad.yaml"
    document.write_text("openapi: 3.0.3\npaths:\n  /a: {get: [\n", encoding="utf-8")
    message = _import_fails(document, spec_dir, r"bad\.yaml:\d+:\d+: ")
    assert "invalid YAML" in message


def test_merge_conflict_markers_in_a_document(tmp_path: Path, spec_dir: Path) -> None:
    text = json.dumps(MINIMAL, indent=2).splitlines()
    text[2:2] = ["<<<<<<< HEAD", '  "x-a": 1,', "=======", '  "x-a": 2,', ">>>>>>> feature"]
    document = tmp_path / "conflict.json"
    document.write_text("\n".join(text) + "\n", encoding="utf-8")
    message = _import_fails(document, spec_dir, r"conflict\.json:3:1: ")
    assert "merge-conflict marker" in message


def test_dangling_ref_names_its_json_pointer(tmp_path: Path, spec_dir: Path) -> None:
    data = json.loads(json.dumps(MINIMAL))
    data["components"]["schemas"]["Order"]["properties"]["address"] = {"$ref": "#/components/schemas/Missing"}
    document = tmp_path / "dangling.json"
    document.write_text(json.dumps(data), encoding="utf-8")
    message = _import_fails(document, spec_dir, r" at /components/schemas/Order/properties/address: ")
    assert "#/components/schemas/Missing" in message and "dangling" in message


@pytest.mark.parametrize("key,version", [("swagger", "2.0"), ("openapi", "4.0.0"), ("openapi", "3.2.0")])
def test_unsupported_openapi_version(tmp_path: Path, spec_dir: Path, key: str, version: str) -> None:
    data = {k: v for k, v in MINIMAL.items() if k != "openapi"}
    data[key] = version
    document = tmp_path / "old.json"
    document.write_text(json.dumps(data), encoding="utf-8")
    message = _import_fails(document, spec_dir, r" at /openapi: ")
    assert f"unsupported OpenAPI version '{version}'" in message


def test_import_into_a_missing_folder_creates_nothing_on_failure(tmp_path: Path) -> None:
    document = tmp_path / "bad.json"
    document.write_text("[1, 2", encoding="utf-8")
    proc = run_cli("import-openapi", str(document), "-o", str(tmp_path / "new-spec"))
    assert_clean_failure(proc, document, r"bad\.json:1:\d+: ")
    assert not (tmp_path / "new-spec").exists()


# --- `generate` with a broken spec folder --------------------------------------------------


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An output folder from an earlier run (content does not matter, only that it survives)."""
    out = tmp_path / "out"
    (out / "python" / "trackstar").mkdir(parents=True)
    (out / "python" / "trackstar" / "__init__.py").write_text("# earlier run\n", encoding="utf-8")
    (out / "docs").mkdir()
    (out / "docs" / "index.md").write_text("# earlier run\n", encoding="utf-8")
    return out


def _generate_fails(spec_dir: Path, out_dir: Path, file: Path, place: str) -> str:
    before = snapshot(out_dir)
    spec_before = snapshot(spec_dir)
    proc = run_cli("generate", "--spec", str(spec_dir), "--out", str(out_dir))
    message = assert_clean_failure(proc, file, place)
    assert snapshot(out_dir) == before
    assert snapshot(spec_dir) == spec_before
    return message


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first `old` with `new`; return the 1-based line it is on."""
    text = path.read_text(encoding="utf-8")
    index = text.index(old)
    path.write_text(text[:index] + new + text[index + len(old):], encoding="utf-8")
    return text[:index].count("\n") + 1


def test_unknown_key_in_a_spec_file(spec_dir: Path, out_dir: Path) -> None:
    resources = spec_dir / "resources.yaml"
    line = _edit(resources, "        paginated: true\n", "        paginated: true\n        pagenated: true\n") + 1
    message = _generate_fails(
        spec_dir, out_dir, resources, rf"resources\.yaml:{line}:\d+ at resources\.cart\.orders\.operations\.list\.pagenated: "
    )
    assert "unknown key 'pagenated'" in message


def test_wrong_type_in_a_spec_file(spec_dir: Path, out_dir: Path) -> None:
    resources = spec_dir / "resources.yaml"
    line = _edit(resources, "        paginated: true\n", "        paginated: maybe\n")
    message = _generate_fails(
        spec_dir, out_dir, resources, rf"resources\.yaml:{line}:20 at resources\.cart\.orders\.operations\.list\.paginated: "
    )
    assert "valid boolean" in message


def test_wrong_type_in_api_yaml(spec_dir: Path, out_dir: Path) -> None:
    api = spec_dir / "api.yaml"
    text = api.read_text(encoding="utf-8")
    api.write_text(re.sub(r"read_per_second: .*", "read_per_second: fast", text, count=1), encoding="utf-8")
    message = _generate_fails(spec_dir, out_dir, api, r"api\.yaml:\d+:\d+ at rate_limits\.read_per_second: ")
    assert "number" in message


def test_invalid_yaml_in_a_spec_file(spec_dir: Path, out_dir: Path) -> None:
    webhooks = spec_dir / "webhooks.yaml"
    line = _edit(webhooks, "webhooks:\n", "webhooks:\n  broken: [\n") + 1  # the `broken` line
    message = _generate_fails(spec_dir, out_dir, webhooks, r"webhooks\.yaml:\d+:\d+: ")
    assert "invalid YAML" in message
    # Reported where the unclosed list fails: at or after the line that opens it.
    reported = re.search(r"webhooks\.yaml:(\d+):", message)
    assert reported and line <= int(reported[1]) <= line + 3


def test_merge_conflict_in_a_spec_file(spec_dir: Path, out_dir: Path) -> None:
    resources = spec_dir / "resources.yaml"
    line = _edit(resources, "  cart.orders:\n", "<<<<<<< HEAD\n  cart.orders:\n=======\n  cart.orderz:\n>>>>>>> other\n")
    message = _generate_fails(spec_dir, out_dir, resources, rf"resources\.yaml:{line}:1: ")
    assert "merge-conflict marker" in message


def test_invalid_json_in_models(spec_dir: Path, out_dir: Path) -> None:
    models = spec_dir / "models.json"
    models.write_text(models.read_text(encoding="utf-8")[:-3], encoding="utf-8")
    message = _generate_fails(spec_dir, out_dir, models, r"models\.json:\d+:\d+: ")
    assert "invalid JSON" in message


def test_dangling_model_reference_in_a_spec(spec_dir: Path, out_dir: Path) -> None:
    resources = spec_dir / "resources.yaml"
    line = _edit(resources, "        item: CartOrderSchema\n", "        item: NoSuchModel\n")
    message = _generate_fails(
        spec_dir, out_dir, resources, rf"resources\.yaml:{line}:\d+ at resources\.cart\.orders\.operations\.list\.item: "
    )
    assert "unknown model 'NoSuchModel'" in message


# --- `diff` and `history` ------------------------------------------------------------------------


def test_diff_with_a_broken_document(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(MINIMAL), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"openapi": "3.0.3",\n "paths": {]}\n', encoding="utf-8")
    before = snapshot(tmp_path)
    proc = run_cli("diff", str(good), str(bad))
    assert_clean_failure(proc, bad, r"bad\.json:2:\d+: invalid JSON")
    assert proc.stdout == ""
    assert snapshot(tmp_path) == before


def test_diff_with_a_broken_spec_folder(tmp_path: Path, spec_dir: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(MINIMAL), encoding="utf-8")
    resources = spec_dir / "resources.yaml"
    line = _edit(resources, "        paginated: true\n", "        paginated: maybe\n")
    proc = run_cli("diff", str(spec_dir), str(good))
    assert_clean_failure(proc, resources, rf"resources\.yaml:{line}:20 at resources\.cart\.orders\.operations\.list\.paginated: ")


def test_history_of_a_missing_folder(tmp_path: Path) -> None:
    proc = run_cli("history", str(tmp_path / "nowhere"))
    assert_clean_failure(proc, tmp_path / "nowhere", r"nowhere: folder of OpenAPI documents not found")
