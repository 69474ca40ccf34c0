"""History sweep: every published document imports (no overlay), generates, compiles, and a
spread sample of them also imports in a fresh interpreter. Plus hand-written robustness
documents (OpenAPI 3.0 and 3.1 spellings of the same API, deepObject filters)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.commands.history import (
    documents,
    openapi_version,
    progress_line,
    spread_sample,
    sweep,
    sweep_one,
    table,
    typecheck_typescript,
)
from tests.conftest import OPENAPI_DIR, REPO, shared

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED_DOCUMENTS = 67


@pytest.fixture(scope="module")
def cache_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Formatted output is cached by content hash, so a warm cache is always safe to reuse."""
    cache = getattr(request.config, "cache", None)
    if cache is None:  # -p no:cacheprovider
        return tmp_path_factory.mktemp("history-generator-cache")
    return Path(cache.mkdir("history-generator-cache"))


def test_every_published_version_imports_generates_and_compiles(cache_dir: Path, tmp_path: Path) -> None:
    """All 67 documents are imported (no overlay), validated, planned, generated (templates,
    datamodel-code-generator, black), written and compiled, two at a time: about 85s on 2
    cores with a cold cache. The fresh-interpreter import (about 1s each) runs on a spread
    sample: first, last, one per year and the OpenAPI 3.1 document; `make history` imports
    all 67. TRACKSTAR_HISTORY_SAMPLE=1 generates only the sample (about 40s). Every generated
    TypeScript package is then type-checked, all in one tsc run."""
    docs = documents(shared(OPENAPI_DIR))
    assert len(docs) == EXPECTED_DOCUMENTS
    sample = spread_sample(docs, {d.name: openapi_version(d) for d in docs})
    assert "2025-03-13_7d59844.json" in sample  # the 3.1 document
    full = os.environ.get("TRACKSTAR_HISTORY_SAMPLE") != "1"
    lines: list[str] = []
    rows = sweep(
        docs,
        import_check=lambda d: d.name in sample,
        generate=lambda d: full or d.name in sample,
        jobs=2,
        cache_dir=cache_dir,
        progress=lambda i, n, row: lines.append(progress_line(i, n, row)),
        ts_dir=tmp_path / "ts",
    )
    checked = typecheck_typescript(tmp_path / "ts", rows)
    report = table(rows, typecheck=checked)
    print("\n".join(lines))
    print(report)
    failed = [f"{r.version}: {r.result}: {r.detail}" for r in rows if not r.ok]
    assert not failed, "\n".join(failed)
    assert sum(r.imported_sdk for r in rows) == len(sample)
    assert sum(r.result == "ok" for r in rows) == (len(docs) if full else len(sample))
    assert checked.packages == sum(r.ts_checked for r in rows) == (len(docs) if full else len(sample))
    assert not checked.errors
    by_version = {r.version: r for r in rows}
    assert by_version["2025-10-13_12ae462"].operations == 82
    assert by_version["2025-10-13_12ae462"].models == 1454
    assert by_version["2023-09-25_4ed8a99"].operations == 30


@pytest.mark.parametrize("name", ["robust_30.json", "robust_31.json", "deep_object_filters.json"])
def test_robustness_documents_generate_and_import(name: str, cache_dir: Path) -> None:
    row = sweep_one(FIXTURES / name, check_import=True, cache_dir=cache_dir)
    assert row.ok, f"{row.result}: {row.detail}"
    assert row.imported_sdk


def _import(document: Path, tmp_path: Path) -> dict[str, object]:
    from generator.core.importers.spec_folder import import_into

    spec_dir = tmp_path / "spec"
    import_into(document, spec_dir, tmp_path / "no-overlay.yaml")
    return {
        name: yaml.safe_load((spec_dir / f"{name}.yaml").read_text(encoding="utf-8"))
        for name in ("api", "resources", "webhooks")
    }


def test_openapi_30_and_31_spellings_import_alike(tmp_path: Path) -> None:
    import json

    from generator.core.importers.openapi import import_openapi

    a = import_openapi(FIXTURES / "robust_30.json")
    b = import_openapi(FIXTURES / "robust_31.json")
    assert a.resources == b.resources
    # 3.1 spells the inline webhook's field `const`; everything else normalises alike.
    assert a.models.pop("OrderInlineEvent") != b.models.pop("OrderInlineEvent")
    assert json.dumps(a.models, sort_keys=True) == json.dumps(b.models, sort_keys=True)
    assert a.webhooks == b.webhooks == {"order.created": {"model": "OrderEvent"}, "order.inline": {"model": "OrderInlineEvent"}}
    order = a.models["Order (v2)"]["properties"]
    assert order["address"] == {"$ref": "#/models/wms.Address"}  # `$ref` with a sibling
    assert order["warehouse"] == {"$ref": "#/models/Warehouse--ShipHero--"}  # single-ref allOf
    assert order["billing"]["nullable"] is True  # nullable ref
    assert order["legacy"] == {"type": "string"}  # `required: true` on a property is dropped
    assert order["tags"] == {"type": "array", "items": {}}


def test_look_alike_paths_and_operation_resource_clash(tmp_path: Path) -> None:
    spec = _import(FIXTURES / "robust_31.json", tmp_path)
    resources = spec["resources"]["resources"]  # type: ignore[index]
    https = {op["http"]: f"{res}.{name}" for res, body in resources.items() for name, op in body["operations"].items()}
    assert https["PUT /wms/orders/{order_id}/fulfill"] == "wms.orders.fulfill"
    # `wms.orders.fulfill` is an operation, so the `/wms/orders/fulfill/meta` resource moves aside.
    assert https["GET /wms/orders/fulfill/meta"] == "wms.orders.fulfill_resource.meta.retrieve"
    assert https["GET /wms/orders-meta"] == "wms.orders_meta.retrieve"
    assert https["DELETE /connection"] == "connection.delete"
    assert https["GET /connections"] == "connections.retrieve"
    assert https["GET /integrations/{integration_type}"] != https["GET /{integration_type}/integrations"]


def test_framework_default_title_takes_the_name_from_headers(tmp_path: Path) -> None:
    import json

    data = json.loads((FIXTURES / "robust_30.json").read_text(encoding="utf-8"))
    data["info"]["title"] = "APIFlask"
    document = tmp_path / "apiflask.json"
    document.write_text(json.dumps(data), encoding="utf-8")
    api = _import(document, tmp_path)["api"]
    assert api["package"] == "trackstar"  # type: ignore[index]
    assert sorted(api["auth"]) == ["access_token", "api_key"]  # type: ignore[index]


def test_deep_object_filter_family_is_imported_with_its_ops(tmp_path: Path) -> None:
    resources = _import(FIXTURES / "deep_object_filters.json", tmp_path)["resources"]["resources"]  # type: ignore[index]
    op = resources["wms.orders"]["operations"]["list"]
    assert op["paginated"] is True and op["item"] == "Order"
    filters = op["filters"]
    assert filters["status"] == {"type": "enum", "enum": ["open", "shipped", "cancelled"], "ops": ["eq", "in", "nin"]}
    assert filters["updated_date"] == {"type": "datetime", "ops": ["gt", "lte"]}
    assert filters["warehouse_id"]["type"] == "string"
    assert set(filters["warehouse_id"]["ops"]) >= {"eq", "in", "nin"}
    assert "status" not in op.get("query", {})


def test_history_command_prints_progress_and_table(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "2024-01-01_a.json").write_bytes((FIXTURES / "deep_object_filters.json").read_bytes())
    (folder / "2024-01-02_b.json").write_text("{not json", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "history", str(folder), "--no-import-check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    assert "##########.......... [1/2] 2024-01-01_a: ok" in proc.stdout  # a progress bar per version
    assert "[2/2] 2024-01-02_b: import-failed" in proc.stdout and "invalid JSON" in proc.stdout
    assert "1/2 versions import and plan" in proc.stdout
    assert "vs previous (b/w/i)" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_changes_between_versions_column(tmp_path: Path) -> None:
    from generator.commands.history import changes_between_versions

    docs = [shared(OPENAPI_DIR / "2023-10-03_6219455.json"), shared(OPENAPI_DIR / "2023-10-25_31bc84d.json")]
    column = changes_between_versions(docs)
    assert list(column) == ["2023-10-25_31bc84d"]
    breaking, warning, info = (int(n) for n in column["2023-10-25_31bc84d"].split("/"))
    assert breaking >= 2 and info > 0  # DELETE /connection moved (path and SDK method)


def test_typescript_check_names_the_broken_package(tmp_path: Path) -> None:
    """Two documents' packages in one tsc run: an error in one fails that row only."""
    ts_dir = tmp_path / "ts"
    rows = sweep([FIXTURES / "deep_object_filters.json", FIXTURES / "robust_31.json"], import_check=False, ts_dir=ts_dir)
    assert [r.result for r in rows] == ["ok", "ok"]
    broken = ts_dir / "robust_31" / "src" / "index.ts"
    broken.write_text(broken.read_text(encoding="utf-8") + "\nexport const oops: number = 'text';\n", encoding="utf-8")
    checked = typecheck_typescript(ts_dir, rows)
    assert checked.packages == 2 and list(checked.errors) == ["robust_31"]
    assert [r.result for r in rows] == ["ok", "ts-compile-failed"] and "TS2322" in rows[1].detail
    assert "1/2 TypeScript packages type-check" in table(rows, typecheck=checked)
