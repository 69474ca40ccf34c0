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
from generator.targets.typescript import declarations, format as fmt, naming, target, width
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


def _prettier_check(folder: Path, source: str, name: str = "layouts.ts") -> None:
    (folder / name).write_text(source, encoding="utf-8")
    result = subprocess.run([str(BIN / "prettier"), "--check", name], cwd=folder, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        formatted = subprocess.run([str(BIN / "prettier"), name], cwd=folder, capture_output=True, text=True).stdout
        pytest.fail(f"prettier would change {name}:\n{source}\n--- prettier ---\n{formatted}")


def _union(value: str, count: int) -> tuple[str, ...]:
    return tuple(naming.string(f"{value}{i}") for i in range(count))


# Lines whose code-point count and column count fall on either side of the width: prettier counts
# columns (getStringWidth), so a layout decided by len() would be wrong for each of them.
WIDE = [
    # East Asian wide: fits by len(), not by columns, so the union breaks.
    (fmt.member(1, "status", _union("日本語の値", 5), optional=True), "over"),
    (fmt.alias("Status", _union("注文状態", 5)), "over"),
    # Emoji take two columns.
    (fmt.member(1, "mood", _union("😀😀😀😀", 6), optional=True), "over"),
    # Combining accents take none: over the width by len(), within it by columns, so one line.
    (fmt.member(1, "name", _union("e\u0301e\u0301e\u0301e\u0301e\u0301", 5), optional=True), "under"),
    (fmt.alias("Accented", _union("a\u0308o\u0308u\u0308a\u0308o\u0308", 4)), "under"),
    # A description with wide words is wrapped by columns.
    (fmt.comment(1, " ".join(["日本語の説明文です"] * 12)), "comment"),
]


def test_wide_combining_and_emoji_layouts_are_what_prettier_prints(tmp_path: Path) -> None:
    blocks = []
    for lines, case in WIDE:
        one_line = " ".join(line.strip() for line in lines) if case != "comment" else ""
        if case == "over":  # fits by len() once joined, and is broken all the same
            assert len(lines) > 1 and len(one_line) <= fmt.WIDTH < width.str_width(one_line)
        if case == "under":  # too long by len(), within the width by columns: kept on one line
            assert len(lines) == 1 and len(lines[0]) > fmt.WIDTH >= width.str_width(lines[0])
        if case == "comment":
            assert all(width.str_width(line) <= fmt.WIDTH for line in lines) and len(lines) > 3
        blocks.append("\n".join(["export interface Wrapper {", *lines, "}"] if lines[0].startswith("  ") else lines))
    _prettier_check(tmp_path, "\n\n".join(blocks) + "\n")
    assert not fmt.needs_prettier("\n\n".join(blocks) + "\n")


def test_string_literals_are_quoted_and_escaped_as_prettier_prints_them(tmp_path: Path) -> None:
    values = [
        'say "hi"', "it's", "\"'", 'a"b\'c"d', "back\\slash", "tab\there", "e\u0301",
        "👨\u200d👩\u200d👧", "👍🏽", "🇫🇷", "1\ufe0f\u20e3", "\u261d", "\x7f\x85", "\u0378", "\u2028", "日本",
    ]
    source = "".join(f"export const v{i} = {naming.string(v)};\n" for i, v in enumerate(values))
    assert "'say \"hi\"'" in source and "\\u200d" in source and "\\u{1f3fd}" in source
    _prettier_check(tmp_path, source)
    # The escapes are of the same text: node reads back every value.
    script = "const m = require(process.argv[1]); process.stdout.write(JSON.stringify(Object.values(m)));"
    (tmp_path / "values.js").write_text(source.replace("export const ", "exports."), encoding="utf-8")
    out = subprocess.run(["node", "-e", script, str(tmp_path / "values.js")], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == values


def test_widths_are_prettiers_code_point_by_code_point() -> None:
    """width.str_width against prettier's getStringWidth for every code point of the first four
    planes that is not `unsure` (those are escaped in string literals), and a few sequences."""
    sequences = ["日本語", "e\u0301", "a😀b", "Ａ", "\u3000", "ü", "©", "→x", "한국어"]
    script = """
const prettier = require(process.argv[1]);
const widths = [];
for (let c = 0; c < 0x40000; c++) {
  widths.push(c >= 0xd800 && c <= 0xdfff ? -1 : prettier.util.getStringWidth("a" + String.fromCodePoint(c)) - 1);
}
const sequences = JSON.parse(process.argv[2]).map((s) => prettier.util.getStringWidth(s));
process.stdout.write(JSON.stringify({ widths, sequences }));
"""
    out = subprocess.run(["node", "-e", script, str(fmt.PRETTIER), json.dumps(sequences)],
                         capture_output=True, text=True, check=True, timeout=120)
    theirs = json.loads(out.stdout)
    wrong = [
        f"U+{code:04X}: {width.str_width('a' + chr(code)) - 1} here, {w} in prettier"
        for code, w in enumerate(theirs["widths"])
        if w >= 0 and not width.unsure(chr(code)) and width.str_width("a" + chr(code)) - 1 != w
    ]
    assert not wrong, f"{len(wrong)} code points measured otherwise than prettier: {wrong[:10]}"
    assert [width.str_width(s) for s in sequences] == theirs["sequences"]
    print(f"{sum(1 for w in theirs['widths'] if w >= 0)} code points measured as prettier does (or escaped)")



def test_property_keys_are_left_bare_or_quoted_as_prettier_prints_them(tmp_path: Path) -> None:
    """Every code point of the Basic Multilingual Plane, as the first character of a key and as a
    later one, written quoted (raw): prettier's output says which keys it unquotes, and
    naming.property_key must print each key exactly so. tsc (an ES2015+ target: identifiers by
    ID_Start/ID_Continue) then reads property_key's keys, so a bare key is one TypeScript takes."""
    keys = [
        *dict.fromkeys(  # "aa" is made twice; a key may be declared once
            key
            for code in range(0x10000)
            if not (0xD800 <= code <= 0xDFFF or code < 0x20 or chr(code) in "\"\\\x7f" or 0x80 <= code <= 0x9F)
            for key in (chr(code) + "a", "a" + chr(code))
        ),
        *["状態の種類", "$", "_x1", "a-b", "\u2e2f", "\u00e9t\u00e9", "x\u200d"],
    ]
    quoted = "".join(f"  {json.dumps(key, ensure_ascii=False)}: 1;\n" for key in keys)
    (tmp_path / "keys.ts").write_text(f"export interface Keys {{\n{quoted}}}\n", encoding="utf-8")
    result = subprocess.run([str(BIN / "prettier"), "keys.ts"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    printed = [line.strip(" ")[: -len(": 1;")] for line in result.stdout.split("\n")[1:-2]]
    assert len(printed) == len(keys)
    ours = [naming.property_key(key) for key in keys]
    wrong = [
        f"{key!r}: prettier {theirs}, ours {mine}"
        for key, theirs, mine in zip(keys, printed, ours, strict=True)
        # Both quoted is the same decision; U+2E2F is quoted on purpose (TypeScript refuses it bare).
        if theirs != mine and not (mine.startswith('"') and (theirs.startswith('"') or "\u2e2f" in key))
    ]
    assert not wrong, f"{len(wrong)} keys printed otherwise than prettier: {wrong[:10]}"
    assert "状態の種類" in ours and '"\\u2e2f"' in ours  # an ES5 letter TypeScript does not take bare
    (tmp_path / "ours.ts").write_text("export interface Keys {\n" + "".join(f"  {k}: 1;\n" for k in ours) + "}\n", encoding="utf-8")
    result = subprocess.run([str(BIN / "tsc"), "--noEmit", "--strict", "--target", "es2022", "ours.ts"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[:2000]
    bare = sum(not key.startswith(("'", '"')) for key in ours)
    print(f"{len(keys)} keys, {bare} bare, as prettier prints them")


def test_a_document_with_japanese_names_gives_a_prettier_stable_sdk(tmp_path: Path) -> None:
    """End to end: a property named in Japanese (a bare key to prettier), an enum of wide values
    and one with U+2E2F go through import and generation; prettier finds nothing to change."""
    from generator.core.importers.spec_folder import import_into
    from generator.core.writer import write_tree
    from generator.pipeline import generate_files

    document = json.loads((REPO / "tests" / "fixtures" / "anydoc" / "notes_31.json").read_text(encoding="utf-8"))
    document["components"]["schemas"]["Note"]["properties"].update(
        {
            "状態の種類": {"type": "string", "enum": ["下書き", "公開済み", "保管庫に移動済みの注文"]},
            "ⸯmark": {"type": "string"},
            "説明": {"type": "string", "description": "注文の状態を表す長い説明文です。" * 6},
        }
    )
    (tmp_path / "doc.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_into(tmp_path / "doc.json", tmp_path / "spec")
    write_tree(tmp_path / "out", generate_files(tmp_path / "spec", cache_dir=None))
    sources = sorted(str(p) for p in (tmp_path / "out" / "typescript" / "src").rglob("*.ts"))
    declared = "".join(Path(p).read_text(encoding="utf-8") for p in sources)
    assert "状態の種類?:" in declared and '"\\u2e2fmark"?:' in declared
    result = subprocess.run([str(BIN / "prettier"), "--check", *sources], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
