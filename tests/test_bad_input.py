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
import yaml

from tests.conftest import REPO, SPECS

Snapshot = dict[str, tuple[bytes, int]]


def snapshot(root: Path) -> Snapshot:
    """Every file with its bytes and mtime; the generator's cache folder is left out (a run
    that fails late may have cached what it had already computed; it is not output)."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".generator-cache" not in p.relative_to(root).parts
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


def test_a_ref_cycle_names_its_place(tmp_path: Path, spec_dir: Path) -> None:
    data = json.loads(json.dumps(MINIMAL))
    data["paths"]["/wms/orders"]["post"] = {
        "requestBody": {"$ref": "#/components/requestBodies/order"},
        "responses": {"204": {"description": "made"}},
    }
    data["components"]["requestBodies"] = {"order": {"$ref": "#/components/requestBodies/order"}}
    document = tmp_path / "cycle.json"
    document.write_text(json.dumps(data), encoding="utf-8")
    message = _import_fails(document, spec_dir, r" at /paths/~1wms~1orders/post/requestBody: ")
    assert "#/components/requestBodies/order" in message and "leads back to itself" in message


def test_a_recursive_schema_is_no_cycle(tmp_path: Path) -> None:
    """A schema that refers to itself is a recursive model, not an error."""
    data = json.loads(json.dumps(MINIMAL))
    data["components"]["schemas"]["Order"]["properties"]["parent"] = {"$ref": "#/components/schemas/Order"}
    document = tmp_path / "recursive.json"
    document.write_text(json.dumps(data), encoding="utf-8")
    proc = run_cli("import-openapi", str(document), "-o", str(tmp_path / "spec"))
    assert proc.returncode == 0, proc.stderr


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
        spec_dir, out_dir, resources, rf"resources\.yaml:{line}:9 at resources\.cart\.orders\.operations\.list\.paginated: "
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


def test_an_always_present_field_the_model_lacks(small_spec: Path, out_dir: Path) -> None:
    """`x-always` (written by the overlay's `required`) is checked when a spec is loaded too."""
    path = small_spec / "models.json"
    models = json.loads(path.read_text(encoding="utf-8"))
    name = next(n for n, m in models.items() if "id" in m.get("properties", {}))
    models[name]["x-always"] = ["id", "idd"]
    path.write_text(json.dumps(models, indent=1, sort_keys=True), encoding="utf-8")
    message = _generate_fails(small_spec, out_dir, path, rf"models\.json:\d+:\d+ at {name}\.x-always\.1: ")
    assert f"model {name!r} has no field 'idd' (did you mean 'id'?)" in message


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
    proc = run_cli("diff", "--no-overlay", str(good), str(bad))  # specs/overlay.yaml names endpoints MINIMAL lacks
    assert_clean_failure(proc, bad, r"bad\.json:2:\d+: invalid JSON")
    assert proc.stdout == ""
    assert snapshot(tmp_path) == before


def test_diff_with_a_broken_spec_folder(tmp_path: Path, spec_dir: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(MINIMAL), encoding="utf-8")
    resources = spec_dir / "resources.yaml"
    line = _edit(resources, "        paginated: true\n", "        paginated: maybe\n")
    proc = run_cli("diff", str(spec_dir), str(good))
    assert_clean_failure(proc, resources, rf"resources\.yaml:{line}:9 at resources\.cart\.orders\.operations\.list\.paginated: ")


def test_history_of_a_missing_folder(tmp_path: Path) -> None:
    proc = run_cli("history", str(tmp_path / "nowhere"))
    assert_clean_failure(proc, tmp_path / "nowhere", r"nowhere: folder of OpenAPI documents not found")


# --- the overlay: errors at overlay.yaml's own line, column and key -----------------------------

FIXTURES = REPO / "tests" / "fixtures" / "bad"
MINIMAL_SPEC = REPO / "tests" / "golden" / "minimal" / "spec"


def _import_with_overlay(tmp_path: Path, fixture: str, place: str) -> str:
    """Import the small document with `fixture` as overlay.yaml into an existing spec folder."""
    spec = tmp_path / "spec"
    spec.mkdir()
    overlay = spec / "overlay.yaml"
    shutil.copy(FIXTURES / fixture, overlay)
    assert run_cli("import-openapi", str(FIXTURES / "minimal.json"), "-o", str(tmp_path / "clean")).returncode == 0
    for name in ("api.yaml", "resources.yaml", "models.json", "webhooks.yaml"):
        shutil.copy(tmp_path / "clean" / name, spec / name)
    before = snapshot(spec)
    proc = run_cli("import-openapi", str(FIXTURES / "minimal.json"), "-o", str(spec))
    message = assert_clean_failure(proc, overlay, place)
    assert snapshot(spec) == before
    return message


def _line_of(fixture: str, text: str) -> int:
    lines = (FIXTURES / fixture).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_overlay_unknown_section(tmp_path: Path) -> None:
    line = _line_of("overlay_unknown_section.yaml", "descripshuns:")
    message = _import_with_overlay(tmp_path, "overlay_unknown_section.yaml", rf"overlay\.yaml:{line}:1 at descripshuns: ")
    assert "unknown overlay section 'descripshuns' (did you mean 'descriptions'?)" in message


def test_overlay_unknown_method_and_path_under_names(tmp_path: Path) -> None:
    line = _line_of("overlay_unknown_name.yaml", "GET /wms/order:")
    message = _import_with_overlay(tmp_path, "overlay_unknown_name.yaml", rf"overlay\.yaml:{line}:3 at names\.GET /wms/order: ")
    assert "'GET /wms/order' is no operation of minimal.json (did you mean 'GET /wms/orders'?)" in message


def test_overlay_wrong_type_in_an_added_operation(tmp_path: Path) -> None:
    line = _line_of("overlay_bad_field.yaml", "paginated: maybe")
    message = _import_with_overlay(
        tmp_path, "overlay_bad_field.yaml", rf"overlay\.yaml:{line}:5 at operations\.wms\.passthrough\.paginated: "
    )
    assert "valid boolean" in message and "minimal.json" not in message


def test_overlay_misspelt_field_on_an_imported_operation(tmp_path: Path) -> None:
    line = _line_of("overlay_unknown_field.yaml", "respnse:")
    message = _import_with_overlay(
        tmp_path, "overlay_unknown_field.yaml", rf"overlay\.yaml:{line}:5 at operations\.wms\.orders\.retrieve\.respnse: "
    )
    assert "unknown key 'respnse' (did you mean 'response'?)" in message


def test_overlay_description_of_nothing(tmp_path: Path) -> None:
    line = _line_of("overlay_unknown_description.yaml", "retreive")
    message = _import_with_overlay(
        tmp_path, "overlay_unknown_description.yaml", rf"overlay\.yaml:{line}:3 at descriptions\.wms\.orders\.retreive: "
    )
    assert "(did you mean 'wms.orders.retrieve'?)" in message


def test_overlay_operation_that_is_neither_imported_nor_new(tmp_path: Path) -> None:
    line = _line_of("overlay_operation_without_http.yaml", "wms.order.list:")
    message = _import_with_overlay(
        tmp_path, "overlay_operation_without_http.yaml", rf"overlay\.yaml:{line}:3 at operations\.wms\.order\.list: "
    )
    assert "(did you mean 'wms.orders.list'?)" in message and "`http: METHOD /path`" in message


def test_overlay_duplicate_key(tmp_path: Path) -> None:
    line = 4  # the second `GET /wms/orders`
    message = _import_with_overlay(tmp_path, "overlay_duplicate_key.yaml", rf"overlay\.yaml:{line}:3: ")
    assert "duplicate key 'GET /wms/orders' (first given on line 2)" in message


def test_overlay_rename_that_is_no_method_name(tmp_path: Path) -> None:
    message = _import_with_overlay(tmp_path, "overlay_bad_rename.yaml", r"overlay\.yaml:2:3 at names\.GET /wms/orders: ")
    assert "'Wms.Orders.List' is not a dotted SDK method name" in message


# --- spec files: duplicate keys, meta-schema, missing files, hints -------------------------------


@pytest.fixture
def small_spec(tmp_path: Path) -> Path:
    target = tmp_path / "small-spec"
    shutil.copytree(MINIMAL_SPEC, target)
    return target


def _with_fixture(spec: Path, fixture: str, name: str) -> Path:
    shutil.copy(FIXTURES / fixture, spec / name)
    return spec / name


def test_duplicate_key_in_a_yaml_spec_file(small_spec: Path, out_dir: Path) -> None:
    resources = _with_fixture(small_spec, "resources_duplicate_key.yaml", "resources.yaml")
    message = _generate_fails(small_spec, out_dir, resources, r"resources\.yaml:7:7: ")
    assert "duplicate key 'list' (first given on line 4)" in message


def test_duplicate_key_in_models_json(small_spec: Path, out_dir: Path) -> None:
    models = _with_fixture(small_spec, "models_duplicate_key.json", "models.json")
    message = _generate_fails(small_spec, out_dir, models, r"models\.json:6:2: ")
    assert "duplicate key 'Widget'" in message


def test_models_json_against_the_meta_schema(small_spec: Path, out_dir: Path) -> None:
    models = _with_fixture(small_spec, "models_strng.json", "models.json")
    # The line and column of the `type` keyword (the key, not its value).
    message = _generate_fails(small_spec, out_dir, models, r"models\.json:3:11 at Widget\.properties\.id\.type: ")
    assert "'strng' is not a JSON Schema type (did you mean 'string'?)" in message


def test_a_missing_spec_file_is_an_error(small_spec: Path, out_dir: Path) -> None:
    (small_spec / "webhooks.yaml").unlink()
    message = _generate_fails(small_spec, out_dir, small_spec / "webhooks.yaml", r"webhooks\.yaml: spec file not found")
    assert "make import" in message


def test_misspelt_key_gets_a_hint(small_spec: Path, out_dir: Path) -> None:
    resources = _with_fixture(small_spec, "resources_misspelt_key.yaml", "resources.yaml")
    message = _generate_fails(
        small_spec, out_dir, resources, r"resources\.yaml:6:9 at resources\.shop\.widgets\.operations\.list\.pagenated: "
    )
    assert "unknown key 'pagenated' (did you mean 'paginated'?)" in message


def test_misspelt_model_name_gets_a_hint(small_spec: Path, out_dir: Path) -> None:
    resources = _with_fixture(small_spec, "resources_unknown_model.yaml", "resources.yaml")
    message = _generate_fails(
        small_spec, out_dir, resources, r"resources\.yaml:7:9 at resources\.shop\.widgets\.operations\.retrieve\.response: "
    )
    assert "unknown model 'WidgetEnvelop' (did you mean 'WidgetEnvelope'?)" in message


# --- templates ----------------------------------------------------------------------------------


def _templates_fail(small_spec: Path, out_dir: Path, templates: Path, file: Path, place: str) -> str:
    before, spec_before = snapshot(out_dir), snapshot(small_spec)
    proc = run_cli("generate", "--spec", str(small_spec), "--out", str(out_dir), "--templates", str(templates))
    message = assert_clean_failure(proc, file, place)
    assert snapshot(out_dir) == before and snapshot(small_spec) == spec_before
    return message


def test_undefined_name_in_an_override_names_the_override(small_spec: Path, out_dir: Path) -> None:
    override = FIXTURES / "templates_undefined" / "python" / "_version.py.j2"
    message = _templates_fail(small_spec, out_dir, FIXTURES / "templates_undefined", override, r"_version\.py\.j2:4: ")
    assert "'build_number' is undefined" in message


def test_syntax_error_in_an_override_names_the_override(small_spec: Path, out_dir: Path) -> None:
    override = FIXTURES / "templates_syntax" / "python" / "_version.py.j2"
    message = _templates_fail(small_spec, out_dir, FIXTURES / "templates_syntax", override, r"_version\.py\.j2:3: ")
    assert "template syntax error" in message


def test_templates_folder_that_does_not_exist(small_spec: Path, out_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "my-templates"
    message = _templates_fail(small_spec, out_dir, missing, missing, r"my-templates: template folder not found")
    assert "mirrors a target's templates/" in message


def test_override_that_replaces_nothing(small_spec: Path, out_dir: Path) -> None:
    stray = FIXTURES / "templates_stray" / "python" / "_verison.py.j2"
    message = _templates_fail(small_spec, out_dir, FIXTURES / "templates_stray", stray, r"_verison\.py\.j2: ")
    assert "(did you mean 'python/_version.py.j2'?)" in message


def test_the_runtime_cannot_be_overridden(small_spec: Path, out_dir: Path) -> None:
    stray = FIXTURES / "templates_runtime" / "runtime" / "_retry.py"
    message = _templates_fail(small_spec, out_dir, FIXTURES / "templates_runtime", stray, r"_retry\.py: ")
    assert "copied unchanged" in message


# --- errors raised in the worker pool arrive whole ----------------------------------------------


def test_generator_error_pickles() -> None:
    import pickle

    from generator.core.errors import GeneratorError, GeneratorErrors

    error = GeneratorError("specs/models.json", "bad", line=3, column=5, where="A.type", keys=("A", "type"))
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.line, again.column, again.keys) == (str(error), 3, 5, ("A", "type"))
    both = pickle.loads(pickle.dumps(GeneratorErrors([error, GeneratorError("x", "y")])))
    assert str(both) == "specs/models.json:3:5 at A.type: bad\nx: y"


def test_error_in_a_worker_process_of_the_real_spec(tmp_path: Path, out_dir: Path) -> None:
    """The real spec is large enough for the worker pool; a model that inherits from itself
    passes the meta-schema and fails in datamodel-code-generator, inside a worker."""
    spec = tmp_path / "spec"
    shutil.copytree(SPECS, spec)
    models = json.loads((spec / "models.json").read_text(encoding="utf-8"))
    models["OrderSchema"] = {"allOf": [{"$ref": "#/models/OrderSchema"}]}
    (spec / "models.json").write_text(json.dumps(models, indent=1, sort_keys=True), encoding="utf-8")
    before = snapshot(out_dir)
    proc = run_cli("generate", "--spec", str(spec), "--out", str(out_dir), "--no-cache")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "BrokenProcessPool" not in proc.stderr
    # The SDK names the model (OrderSchema is `Order`); the error still comes back from the worker pool.
    assert re.search(r"^error: \S*models\.json: datamodel-code-generator failed .* loops back without reaching a schema.*Order \(", proc.stderr), proc.stderr
    assert snapshot(out_dir) == before


def test_overlay_unknown_key_under_api(tmp_path: Path) -> None:
    line = _line_of("overlay_unknown_api_key.yaml", "rate_limit:")
    message = _import_with_overlay(tmp_path, "overlay_unknown_api_key.yaml", rf"overlay\.yaml:{line}:3 at api\.rate_limit: ")
    assert "unknown key 'rate_limit' (did you mean 'rate_limits'?)" in message


def test_overlay_unknown_field_of_a_webhook(tmp_path: Path) -> None:
    line = _line_of("overlay_unknown_webhook_field.yaml", "descripton:")
    message = _import_with_overlay(
        tmp_path, "overlay_unknown_webhook_field.yaml", rf"overlay\.yaml:{line}:5 at webhooks\.order\.created\.descripton: "
    )
    assert "unknown key 'descripton' (did you mean 'description'?)" in message


def test_overlay_required_of_an_unknown_model(tmp_path: Path) -> None:
    line = _line_of("overlay_required_unknown_model.yaml", "Ordr:")
    message = _import_with_overlay(tmp_path, "overlay_required_unknown_model.yaml", rf"overlay\.yaml:{line}:3 at required\.Ordr: ")
    assert "'Ordr' names no model of the spec (did you mean 'Order'?)" in message


def test_overlay_required_field_the_model_lacks(tmp_path: Path) -> None:
    message = _import_with_overlay(tmp_path, "overlay_required_unknown_field.yaml", r"overlay\.yaml:2:\d+ at required\.Order\.1: ")
    assert "model 'Order' has no field 'idd' (did you mean 'id'?)" in message


def test_overlay_required_that_is_not_a_list(tmp_path: Path) -> None:
    message = _import_with_overlay(tmp_path, "overlay_required_not_a_list.yaml", r"overlay\.yaml:2:\d+ at required\.Order: ")
    assert "`required.Order` is a list of field names" in message


def test_idempotent_on_a_method_that_is_idempotent_already(small_spec: Path, out_dir: Path) -> None:
    resources = small_spec / "resources.yaml"
    line = _edit(resources, "        http: GET /shop/widgets/{widget_id}\n", "        http: GET /shop/widgets/{widget_id}\n        idempotent: true\n")
    # Located at the operation (the line above its `http`): the flag is wrong for that method.
    message = _generate_fails(small_spec, out_dir, resources, rf"resources\.yaml:{line - 1}:7 at resources\.shop\.widgets\.operations\.retrieve")
    assert "`idempotent` is for POST and PATCH: a GET is retried as idempotent already" in message


# --- overlay mistakes that used to pass silently ----------------------------------------------


def test_overlay_two_paths_mapped_to_one_method_name(tmp_path: Path) -> None:
    line = _line_of("overlay_two_paths_one_name.yaml", "GET /wms/orders/{order_id}:")
    message = _import_with_overlay(
        tmp_path, "overlay_two_paths_one_name.yaml", rf"overlay\.yaml:{line}:3 at names\.GET /wms/orders/{{order_id}}: "
    )
    assert "'GET /wms/orders/{order_id}' and 'GET /wms/orders' are both named 'wms.orders.fetch'; give one of them another name" in message


def test_overlay_name_that_another_operation_has_by_default(tmp_path: Path) -> None:
    """Accepted before, it renamed the real GET /wms/orders to `list_by_...` without a word."""
    line = _line_of("overlay_name_taken.yaml", "GET /wms/orders/{order_id}:")
    message = _import_with_overlay(tmp_path, "overlay_name_taken.yaml", rf"overlay\.yaml:{line}:3 at names\.GET /wms/orders/{{order_id}}: ")
    assert "'wms.orders.list' is the method of 'GET /wms/orders' already" in message and "rename 'GET /wms/orders'" in message


def test_overlay_added_operation_under_an_existing_name(tmp_path: Path) -> None:
    line = _line_of("overlay_added_operation_exists.yaml", "http: GET /wms/legacy-orders")
    message = _import_with_overlay(
        tmp_path, "overlay_added_operation_exists.yaml", rf"overlay\.yaml:{line}:5 at operations\.wms\.orders\.list\.http: "
    )
    assert "'wms.orders.list' is already the method of GET /wms/orders" in message and "another name" in message


def test_overlay_unknown_filter_operator(tmp_path: Path) -> None:
    line = _line_of("overlay_unknown_operator.yaml", "ops: [eq, eqq]")
    message = _import_with_overlay(
        tmp_path, "overlay_unknown_operator.yaml", rf"overlay\.yaml:{line}:\d+ at operations\.wms\.orders\.search\.filters\.status\.ops\.1: "
    )
    assert "unknown filter operator 'eqq' (did you mean 'eq'?)" in message and "api: {operators: [eqq]}" in message


def test_an_operator_declared_in_the_overlay_is_accepted(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    shutil.copy(FIXTURES / "overlay_declared_operator.yaml", spec / "overlay.yaml")
    proc = run_cli("import-openapi", str(FIXTURES / "minimal.json"), "-o", str(spec))
    assert proc.returncode == 0, proc.stderr
    resources = yaml.safe_load((spec / "resources.yaml").read_text(encoding="utf-8"))["resources"]
    assert resources["wms.orders"]["operations"]["search"]["filters"]["status"]["ops"] == ["eq", "starts_with"]


def test_every_overlay_entry_naming_nothing_is_reported_at_once(tmp_path: Path) -> None:
    """A downgrade to an older document: one run lists every entry to fix, each at its line."""
    spec = tmp_path / "spec"
    spec.mkdir()
    overlay = spec / "overlay.yaml"
    shutil.copy(FIXTURES / "overlay_many_missing.yaml", overlay)
    proc = run_cli("import-openapi", str(FIXTURES / "minimal.json"), "-o", str(spec))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    expected = {
        "names.GET /magic-links": "GET /magic-links:",
        "names.GET /connections/sync": "GET /connections/sync:",
        "descriptions.wms.kits.list": "wms.kits.list:",
        "operations.wms.products.update": "wms.products.update:",
    }
    assert len(lines) == len(expected), proc.stderr
    for key, text in expected.items():
        line = _line_of("overlay_many_missing.yaml", text)
        assert any(re.search(rf"{re.escape(str(overlay))}:{line}:3 at {re.escape(key)}: ", entry) for entry in lines), (key, proc.stderr)
    assert sorted(p.name for p in spec.iterdir()) == ["overlay.yaml"]  # nothing written


# --- the real spec folder through check / update-spec / diff ---------------------------------


@pytest.fixture
def real_specs(tmp_path: Path) -> Path:
    """A copy of specs/ whose recorded document location works from its new place."""
    from generator.core.spec.loader import load_spec

    target = tmp_path / "specs"
    shutil.copytree(SPECS, target)
    source = load_spec(SPECS).api.source
    assert source is not None and source.location
    api = target / "api.yaml"
    api.write_text(
        api.read_text(encoding="utf-8").replace(source.location, str((SPECS / source.location).resolve())), encoding="utf-8"
    )
    return target


COMMANDS_ON_A_SPEC_FOLDER = {
    "generate": lambda spec, out: ["generate", "--spec", str(spec), "--out", str(out)],
    "check": lambda spec, out: ["check", "--spec", str(spec), "--out", str(out)],
    "overlay": lambda spec, out: ["update-spec", "--recorded", "--spec", str(spec), "--out", str(out)],
    "import": lambda spec, out: ["import-openapi", "-o", str(spec)],
    "diff": lambda spec, out: ["diff", str(spec), str(spec)],
}


# generate and a diff of spec folders read no overlay (the import wrote it into the spec files);
# `make import` re-creates the three files it writes from the recorded document (see below).
MISSING_CASES = [
    (command, missing)
    for command in COMMANDS_ON_A_SPEC_FOLDER
    for missing in ("resources.yaml", "models.json", "webhooks.yaml", "api.yaml", "overlay.yaml")
    if not (missing == "overlay.yaml" and command in ("generate", "diff"))
    and not (command == "import" and missing in ("resources.yaml", "models.json", "webhooks.yaml"))
]


@pytest.mark.parametrize("command,missing", MISSING_CASES)
def test_a_missing_spec_or_overlay_file_for_every_command(real_specs: Path, tmp_path: Path, command: str, missing: str) -> None:
    (real_specs / missing).unlink()
    out = tmp_path / "out"
    before = snapshot(real_specs)
    proc = run_cli(*COMMANDS_ON_A_SPEC_FOLDER[command](real_specs, out))
    message = assert_clean_failure(proc, real_specs / missing, r": (spec file not found|no such file)")
    assert ("git" in message) and (missing == "api.yaml" or missing == "overlay.yaml" or "make import" in message)
    assert snapshot(real_specs) == before and not out.exists()


def test_make_import_re_creates_a_missing_file_it_writes(real_specs: Path) -> None:
    before = (real_specs / "resources.yaml").read_bytes()
    (real_specs / "resources.yaml").unlink()
    proc = run_cli(*COMMANDS_ON_A_SPEC_FOLDER["import"](real_specs, real_specs))
    assert proc.returncode == 0, proc.stderr
    assert (real_specs / "resources.yaml").read_bytes() == before


def test_overlay_errors_found_by_check_and_make_overlay_name_the_real_overlay(real_specs: Path, tmp_path: Path) -> None:
    overlay = real_specs / "overlay.yaml"
    line = _edit(overlay, "GET /magic-links/{magic_link_id}: magic_links.retrieve", "GET /magic-linkz/{magic_link_id}: magic_links.retrieve")
    for command in ("check", "overlay"):
        proc = run_cli(*COMMANDS_ON_A_SPEC_FOLDER[command](real_specs, tmp_path / "out"))
        message = assert_clean_failure(proc, overlay, rf"overlay\.yaml:{line}:3 at names\.GET /magic-linkz/{{magic_link_id}}: ")
        assert "(did you mean 'GET /magic-links/{magic_link_id}'?)" in message


def test_type_names_mistakes_name_the_overlay_line(real_specs: Path, tmp_path: Path) -> None:
    overlay = real_specs / "overlay.yaml"
    text = overlay.read_text(encoding="utf-8")
    overlay.write_text(text.replace("api:\n", "api:\n  type_names:\n    OrderNope: Thing\n", 1), encoding="utf-8")
    proc = run_cli(*COMMANDS_ON_A_SPEC_FOLDER["overlay"](real_specs, tmp_path / "out"))
    line = overlay.read_text(encoding="utf-8").splitlines().index("    OrderNope: Thing") + 1
    message = assert_clean_failure(proc, overlay, rf"overlay\.yaml:{line}:5 at api\.type_names\.OrderNope: ")
    assert "not a type name of this SDK" in message and "use one of the derived names" in message


def test_templates_folder_that_does_not_exist_with_a_warm_cache(small_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "warm"
    assert run_cli("generate", "--spec", str(small_spec), "--out", str(out)).returncode == 0
    missing = tmp_path / "my-templates"
    message = _templates_fail(small_spec, out, missing, missing, r"my-templates: template folder not found")
    assert "mirrors a target's templates/" in message


def test_path_params_mismatch_says_how_to_fix_it(small_spec: Path, out_dir: Path) -> None:
    resources = small_spec / "resources.yaml"
    text = resources.read_text(encoding="utf-8")
    match = re.search(r"http: GET (/[^\s{]*)\{(\w+)\}", text)
    assert match, text
    line = _edit(resources, match[0], f"http: GET {match[1]}{{{match[2]}_x}}")
    # Reported at the operation (the line above its `http`).
    message = _generate_fails(small_spec, out_dir, resources, rf"resources\.yaml:{line - 1}:\d+ at resources\.")
    assert "Value error" not in message and "declare each {name} of the path under `path_params`" in message
