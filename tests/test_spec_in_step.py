"""specs/ and generated/ stay in step with the upstream document, the overlay and the templates."""

from __future__ import annotations

from pathlib import Path

from generator.core.importers.spec_folder import import_into
from generator.pipeline import generate_files
from generator.core.spec.loader import OVERLAY_FILE, load_spec
from generator.core.writer import existing_files
from tests.conftest import CURRENT_DOCUMENT, GENERATED, SPECS, shared


def test_reimporting_the_current_document_reproduces_specs(tmp_path: Path) -> None:
    spec_dir = tmp_path / "specs"
    spec_dir.mkdir()
    (spec_dir / OVERLAY_FILE).write_bytes((SPECS / OVERLAY_FILE).read_bytes())
    (spec_dir / "api.yaml").write_bytes((SPECS / "api.yaml").read_bytes())  # keeps the SDK version
    import_into(shared(CURRENT_DOCUMENT), spec_dir)
    for path in sorted(SPECS.iterdir()):
        if path.name == "CHANGELOG.md":  # the log `make overlay` / update-spec keep, not imported
            continue
        assert (spec_dir / path.name).read_bytes() == path.read_bytes(), f"specs/{path.name} differs from a fresh import"


def test_generated_tree_matches_specs_and_templates(tmp_path: Path) -> None:
    files = generate_files(SPECS, cache_dir=tmp_path / "cache")
    on_disk = existing_files(GENERATED)
    assert on_disk == set(files), f"stale or missing: {sorted(on_disk ^ set(files))[:10]} (run `make generate`)"
    drifted = [name for name, content in files.items() if (GENERATED / name).read_bytes() != content]
    assert not drifted, f"generated/ drifted from specs/ + templates/: {drifted[:10]} (run `make generate`)"


def test_generation_is_byte_identical_across_runs(tmp_path: Path) -> None:
    first = generate_files(SPECS, cache_dir=None)
    second = generate_files(SPECS, cache_dir=tmp_path / "cache")
    assert first == second


def test_current_spec_counts() -> None:
    spec = load_spec(SPECS)
    operations = spec.operations()
    imported = [op for _, _, op in operations if not op.path.endswith("/passthrough")]
    assert len(imported) == 82
    api_key_only = [op for op in imported if (op.auth or spec.api.default_auth) == ["api_key"]]
    assert len(api_key_only) == 18
    assert spec.api.default_auth == ["api_key", "access_token"]
    orders = spec.resources["wms.orders"].operations["list"]
    assert orders.paginated and orders.item == "OrderSchema"
    assert orders.filters["order_number"].ops == [
        "eq", "eq-insensitive", "in", "in-insensitive", "nin", "contains", "contains-insensitive", "not_contains"
    ]
    assert orders.filters["created_date"].type == "datetime" and orders.filters["created_date"].plain
    assert orders.filters["ids"].ops == ["in"] and not orders.filters["ids"].plain
    assert len(spec.webhooks) == 39
