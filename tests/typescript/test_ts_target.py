"""The TypeScript target's own rules, on small inputs: the page-member check, the layout helpers
against the pinned prettier, and generation time (tests/test_node_kinds.py checks that its node
visitors handle every kind)."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from generator.core.cache import Cache
from generator.core.errors import GeneratorError
from generator.core.plan import build_plan
from generator.core.spec.loader import load_spec
from generator.targets.typescript import declarations, format as fmt, target
from tests.conftest import REPO, SPECS
from tests.typescript.ts_programs import BIN

MINIMAL = REPO / "tests" / "golden" / "minimal" / "spec"


def test_a_page_field_named_like_a_page_method_is_refused(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(MINIMAL, spec_dir)
    models = json.loads((spec_dir / "models.json").read_text(encoding="utf-8"))
    models["WidgetPage"].setdefault("properties", {})["hasNextPage"] = {"type": "boolean"}
    (spec_dir / "models.json").write_text(json.dumps(models), encoding="utf-8")
    plan = build_plan(load_spec(spec_dir))
    with pytest.raises(GeneratorError, match="hasNextPage"):
        declarations.build(plan)


LAYOUTS = [
    fmt.member(1, "status", ('"open"', '"shipped"', '"cancelled"'), optional=True),
    fmt.member(1, "a_rather_long_field_name_for_the_test", ('"open"', '"shipped"', '"cancelled"'), optional=True),
    fmt.member(1, "status", tuple(f'"value_number_{i}"' for i in range(8)), optional=False),
    fmt.member(1, "status", ("AVeryLongTypeNameForTestingPurposesOnly", "AnotherVeryLongTypeNameX", "null"), optional=True),
    fmt.member(1, "inventory_by_warehouse_id", ("Record<string, InventoryInventoryByWarehouseIdValue>",), optional=True),
    fmt.member(1, "functions_to_sync", ("Array<" + " | ".join(f'"get_{i}_things"' for i in range(9)) + ">",), optional=True),
    fmt.member(1, "shortish_list_field_name", ('Array<"get_inventory" | "get_products" | "get_orders">',), optional=True),
    fmt.alias("ShortStatus", ('"open"', '"shipped"')),
    fmt.alias("AVeryLongAliasNameThatTakesUpMostOfTheLineX", ('"open"', '"shipped"', '"cancelled"')),
    fmt.alias("Status", tuple(f'"value_number_{i}"' for i in range(10))),
    fmt.generic_alias("OrderCreateParams", "Exclusive", ("OrderCreateBaseParams", "OrderCreateAmwareParams")),
    fmt.generic_alias("OrderCreateParams", "Exclusive", tuple(f"OrderCreate{i}Params" for i in range(6))),
    fmt.filter_alias("DatetimeFilter", ("DateTimeInput", "ReadonlyArray<DateTimeInput>"),
                     tuple(f'"{o}"' for o in ("eq", "neq", "gt", "gte", "lt", "lte", "in", "nin")), "DateTimeInput"),
    fmt.filter_alias("StringCaseInsensitiveFilter", ("string", "ReadonlyArray<string>"),
                     tuple(f'"{o}"' for o in ("eq", "eq-insensitive", "in", "in-insensitive", "nin", "contains",
                                               "contains-insensitive", "not_contains")), "string"),
    fmt.filter_alias("StringInFilter", ("ReadonlyArray<string>",), ('"in"',), "string"),
    fmt.comment(1, "A description long enough to need wrapping over several lines of a comment, "
                   "so that every line stays within the width prettier leaves comments at."),
]


def test_layouts_are_what_prettier_prints(tmp_path: Path) -> None:
    """Each helper's output, inside an interface or at the top level, is prettier-stable."""
    blocks = []
    for lines in LAYOUTS:
        member = lines[0].startswith("  ")
        blocks.append("\n".join(["export interface Wrapper {", *lines, "}"] if member else lines))
    source = "\n\n".join(blocks) + "\n"
    (tmp_path / "layouts.ts").write_text(source, encoding="utf-8")
    result = subprocess.run([str(BIN / "prettier"), "--check", "layouts.ts"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        formatted = subprocess.run([str(BIN / "prettier"), "layouts.ts"], cwd=tmp_path, capture_output=True, text=True).stdout
        pytest.fail(f"prettier would change the layouts:\n{source}\n--- prettier ---\n{formatted}")
    assert not fmt.needs_prettier(source)
    print(f"{len(LAYOUTS)} layouts prettier-stable")


def test_typescript_rendering_is_fast_and_needs_no_prettier_run(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(SPECS)
    plan = build_plan(spec)
    calls: list[int] = []
    monkeypatch.setattr(fmt.subprocess, "run", lambda *a, **k: calls.append(1))
    started = time.perf_counter()
    files = target.render(spec, plan, Cache(None), None, None)
    seconds = time.perf_counter() - started
    assert not calls, "a generated file needed prettier itself"
    assert len(files) > 90
    assert seconds < 5, f"TypeScript rendering took {seconds:.1f}s"  # about 0.5 s unloaded
    print(f"TypeScript target: {len(files)} files rendered in {seconds:.2f}s, no prettier run")


def test_history_type_check_reports_a_package_that_does_not_compile(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "tsconfig.json").write_text(
        json.dumps({"compilerOptions": {"strict": True, "noEmit": True, "types": []}, "include": ["src"]}), encoding="utf-8"
    )
    (tmp_path / "src" / "ok.ts").write_text("export const n: number = 1;\n", encoding="utf-8")
    assert target.type_check(tmp_path) is None
    (tmp_path / "src" / "bad.ts").write_text('export const n: number = "one";\n', encoding="utf-8")
    problem = target.type_check(tmp_path)
    assert problem is not None and "TS2322" in problem
