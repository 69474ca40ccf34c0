"""The generated docs: every ```python block runs against a Prism mock, and mkdocs builds strictly.

Runnable blocks of one page run in order in one namespace (like a notebook), with `BASE_URL`
bound to the mock server and the credentials in the environment. A block that must not run is
preceded by `<!-- not-run: reason -->`. Prism serves the repaired upstream document (see
tests/contract/README.md) with every list example's `next_token` set to null, so that walking a
list ends after one page instead of looping on the same example cursor.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "generated"
DOCS = GENERATED / "docs"
README = GENERATED / "python" / "README.md"
UPSTREAM = (REPO.parent / "shared" / "trackstar" / "openapi" / "2025-10-13_12ae462.json").resolve()

sys.path.insert(0, str(REPO / "tests" / "contract"))
import prism as prism_helper  # noqa: E402
from repairs import repair_document  # noqa: E402

_FENCE = re.compile(r"^```(\S*)\s*$")
_NOT_RUN = re.compile(r"^<!--\s*not-run:\s*(\S.*?)\s*-->\s*$")


class Block:
    def __init__(self, page: Path, line: int, code: str, skip: str | None) -> None:
        self.page, self.line, self.code, self.skip = page, line, code, skip

    def __repr__(self) -> str:
        return f"{self.page.relative_to(REPO)}:{self.line}"


def python_blocks(page: Path) -> list[Block]:
    """Every ```python fence of a Markdown page, with its not-run reason if marked."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        lang, start = match.group(1), i
        end = start + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        if lang in ("python", "py"):
            marker = _NOT_RUN.match(lines[start - 1]) if start > 0 else None
            code = "\n".join(lines[start + 1 : end]) + "\n"
            blocks.append(Block(page, start + 1, code, marker.group(1) if marker else None))
        i = end + 1
    return blocks


def doc_pages() -> list[Path]:
    return [README, *sorted(DOCS.rglob("*.md"))]


def test_blocks_are_found_and_markers_are_used() -> None:
    """The extractor sees fences and markers; a marker must name its reason and sit on a fence."""
    for page in doc_pages():
        text = page.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(text):
            if line.startswith("<!-- not-run"):
                assert _NOT_RUN.match(line), f"{page}:{n + 1}: a not-run marker needs a reason"
                assert n + 1 < len(text) and text[n + 1].startswith("```python"), (
                    f"{page}:{n + 1}: a not-run marker must directly precede a ```python fence"
                )
    readme = python_blocks(README)
    assert len(readme) >= 10
    assert [b.skip for b in readme if b.skip] == ["webhook handler inside a web framework"]


def _rewrite_refs(node: Any, prefix: str) -> Any:
    if isinstance(node, dict):
        return {
            key: (f"#/components/schemas/{prefix}{value[len('#/models/'):]}" if key == "$ref" and isinstance(value, str) else _rewrite_refs(value, prefix))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(value, prefix) for value in node]
    return node


def _add_spec_only_operations(document: dict[str, Any]) -> list[str]:
    """Serve the operations our spec adds on top of the document (specs/overlay.yaml).

    Each gets the API-key header, its JSON body and its 200 response, with the spec's own models
    added under `sdk__<name>` components. Returns the `METHOD /path` entries added.
    """
    from generator.core.schema import Schemas
    from generator.core.spec.loader import load_spec

    spec = load_spec(REPO / "specs")
    added: list[str] = []
    needed: set[str] = set()
    for _, _, op in spec.operations():
        method, path = op.method.lower(), op.path
        if method in document.get("paths", {}).get(path, {}):
            continue
        operation: dict[str, Any] = {
            "parameters": [
                {"in": "header", "name": "x-trackstar-api-key", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok"}},
        }
        if op.response:
            needed.add(op.response)
            operation["responses"]["200"]["content"] = {
                "application/json": {"schema": {"$ref": f"#/components/schemas/sdk__{op.response}"}}
            }
        if op.body:
            needed.add(op.body.model)
            operation["requestBody"] = {
                "content": {op.body.content_type: {"schema": {"$ref": f"#/components/schemas/sdk__{op.body.model}"}}}
            }
        document.setdefault("paths", {}).setdefault(path, {})[method] = operation
        added.append(f"{op.method} {path}")
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name in Schemas.from_spec(spec.models).closure(needed):
        schemas[f"sdk__{name}"] = _rewrite_refs(spec.models[name], "sdk__")
    return added


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,), "object": (dict,), "array": (list,)
}


def _drop_bad_examples(node: Any) -> int:
    """Drop examples a mock would serve against their own schema, so Prism builds conforming data.

    Structured (object/array) examples of properties are dropped (Prism then assembles the value
    from the members' examples), and so are scalar examples of the wrong JSON type or date-times
    that are not date-times (e.g. `"deprecated"`). Counts what it dropped.
    """
    dropped = 0
    if isinstance(node, dict):
        example = node.get("example")
        kind = node.get("type")
        bad = False
        if "example" in node and example is not None:
            if isinstance(example, (dict, list)) and "properties" not in node:
                bad = kind in ("object", "array") or "$ref" in node or "allOf" in node
            elif kind in _JSON_TYPES:
                ok = isinstance(example, _JSON_TYPES[kind]) and not (kind != "boolean" and isinstance(example, bool))
                if ok and kind == "string" and node.get("format") == "date-time":
                    ok = re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", example) is not None
                bad = not ok
        if bad:
            del node["example"]
            dropped += 1
        for value in node.values():
            dropped += _drop_bad_examples(value)
    elif isinstance(node, list):
        for value in node:
            dropped += _drop_bad_examples(value)
    return dropped


def mock_document() -> dict[str, Any]:
    """The repaired upstream document, adjusted to serve the docs examples (see module docstring)."""
    document, _ = repair_document(json.loads(UPSTREAM.read_text(encoding="utf-8")))
    for schema in document.get("components", {}).get("schemas", {}).values():
        prop = (schema.get("properties") or {}).get("next_token") if isinstance(schema, dict) else None
        if isinstance(prop, dict) and "example" in prop:
            prop["example"] = None  # one page per list: iteration ends instead of re-requesting
    _drop_bad_examples(document.get("components", {}))
    _add_spec_only_operations(document)
    return document


@pytest.fixture(scope="module")
def mock_base_url() -> Iterator[str]:
    if not UPSTREAM.is_file():
        pytest.fail(f"{UPSTREAM} is missing: the docs examples run against Prism serving it", pytrace=False)
    try:
        with prism_helper.run_prism(mock_document()) as server:
            yield server.base_url
    except prism_helper.PrismError as exc:
        pytest.fail(str(exc), pytrace=False)


def run_page(page: Path, base_url: str, token: str) -> tuple[int, int]:
    """Run a page's runnable blocks in order; returns (executed, not-run)."""
    namespace: dict[str, Any] = {"BASE_URL": base_url, "__name__": f"docs_{page.stem}"}
    executed = skipped = 0
    env = {"TRACKSTAR_API_KEY": "docs-example-key", "TRACKSTAR_ACCESS_TOKEN": token}
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        for block in python_blocks(page):
            if block.skip:
                skipped += 1
                compile(block.code, repr(block), "exec")  # still valid Python
                continue
            out = io.StringIO()
            try:
                with contextlib.redirect_stdout(out):
                    exec(compile(block.code, repr(block), "exec"), namespace)
            except Exception as exc:
                raise AssertionError(
                    f"example {block!r} failed: {type(exc).__name__}: {exc}\n--- code ---\n{block.code}"
                    f"--- output ---\n{out.getvalue()[-2000:]}"
                ) from exc
            executed += 1
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return executed, skipped


def test_every_python_example_runs(mock_base_url: str, subtests: Any) -> None:
    sys.path.insert(0, str(GENERATED / "python"))
    total = skipped = pages = 0
    expected = sum(1 for page in doc_pages() for b in python_blocks(page) if not b.skip)
    for page in doc_pages():
        if not python_blocks(page):
            continue
        pages += 1
        # A token per page: the client-side limiter is per token, so pages do not queue behind
        # each other's reads.
        with subtests.test(page=str(page.relative_to(REPO))):
            ran, not_run = run_page(page, mock_base_url, f"docs-token-{page.stem}")
            total += ran
            skipped += not_run
    print(f"\ndocs examples: {total} python blocks executed on {pages} pages, {skipped} marked not-run")
    assert total == expected, f"{expected - total} runnable blocks did not run"
    assert total >= 100


def test_reference_pages_cover_every_operation_and_model(trackstar_package: Any) -> None:
    from trackstar._operations import OPERATIONS

    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for endpoint, dotted in OPERATIONS.items():
        resource, _, name = dotted.rpartition(".")
        page = f"{resource.replace('.', '_')}.md"
        assert f"`{endpoint}` | [`client.{dotted}()`]({page}#{name})" in index, endpoint
        assert f"## {name}\n" in (DOCS / page).read_text(encoding="utf-8"), dotted
    models = sorted(p.stem for p in (DOCS / "models").glob("*.md"))
    assert len(models) >= 90
    import importlib

    for name in models:
        assert f"(models/{name}.md)" in index
        page = (DOCS / "models" / f"{name}.md").read_text(encoding="utf-8")
        found = re.search(rf"^from (trackstar\.types\S*) import {name}$", page, re.M)
        assert found, f"{name}: the page does not say where to import it from"
        cls = getattr(importlib.import_module(found.group(1)), name, None)
        assert isinstance(cls, type), f"{name} is documented but not importable from {found.group(1)}"
        # Every attribute the page lists is one the class really has ($ref is field_ref).
        for attribute in re.findall(r"^\| `(\w+)` \|", page.split("**Fields**", 1)[-1], re.M):
            assert attribute in cls.model_fields, f"{name}.{attribute} is documented but not an attribute"


def test_every_integration_body_is_listed_with_its_keys(trackstar_package: Any) -> None:
    """The bodies pages list every variant of every write, each key with its requiredness, as
    the TypedDict the SDK exports has it (the keys mypy checks a `body=` dict against)."""
    import importlib

    from generator.core.plan import build_plan
    from generator.core.spec.loader import load_spec
    from generator.targets.python.render import bodies_page

    plan = build_plan(load_spec(REPO / "specs"))
    ops = [op for resource in plan.resources for op in resource.operations if op.variants]
    assert len(ops) >= 10
    listed = 0
    for op in ops:
        page = (DOCS / "bodies" / bodies_page(op)).read_text(encoding="utf-8")
        for key, cls_name in op.variants.items():
            assert f"| `{key}` | [`{cls_name}`](#{cls_name.lower()}) |" in page, (op.dotted, key)
            section = page.split(f"\n## {cls_name}\n", 1)[1].split("\n## ", 1)[0]
            module = re.search(rf"^from (trackstar\.types\S*) import {cls_name}$", section, re.M)
            assert module, f"{cls_name}: no import line"
            cls = getattr(importlib.import_module(module.group(1)), cls_name)
            rows = dict(re.findall(r"^\| `([^`]+)` \| .* \| (yes|no) \|$", section, re.M))
            # The keys as the TypedDict reports them (exact at runtime since the bodies' modules
            # evaluate their annotations; tests/test_typeddict_keys.py checks that against source).
            assert set(rows) == set(cls.__required_keys__ | cls.__optional_keys__), cls_name
            assert {k for k, v in rows.items() if v == "yes"} == set(cls.__required_keys__), cls_name
            listed += 1
    assert listed >= 300


def test_error_table_matches_runtime(trackstar_package: Any) -> None:
    from generator.targets.python.render import error_class
    from trackstar import _exceptions  # type: ignore[import-not-found]

    for code in (400, 401, 403, 404, 409, 422, 429, 500, 501, 502, 418):
        expected = _exceptions._status_class(code).__name__
        assert error_class(code) == expected, code


def test_mkdocs_builds_strict(tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).with_name("mkdocs")
    if not mkdocs.exists():
        pytest.fail("mkdocs is not installed: `pip install -e '.[dev]'`", pytrace=False)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    site = tmp_path / "site"
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "-f", str(REPO / "mkdocs.yml"), "-d", str(site)],
        cwd=REPO, capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site / "index.html").is_file()
    assert (site / "wms_orders.html").is_file()
    assert (site / "models" / "Order.html").is_file()
    # The TypeScript SDK's pages in the same site: its README, index and one page per resource.
    ts_pages = sorted(p.stem for p in (DOCS / "typescript").glob("*.md"))
    assert len(ts_pages) >= 30 and (site / "typescript" / "sdk.html").is_file()
    for stem in ts_pages:
        assert (site / "typescript" / f"{stem}.html").is_file(), stem


def test_mkdocs_strict_rejects_a_broken_link(tmp_path: Path) -> None:
    """The same config fails on a dangling anchor (so the strict build above means something)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Index\n\n[broken](page.md#no-such-anchor)\n", encoding="utf-8")
    (docs / "page.md").write_text("# Page\n\n## list\n", encoding="utf-8")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "docs_dir: generated/docs", f"docs_dir: {docs}"
    ).replace("- docs/mkdocs_hooks.py", f"- {REPO / 'docs' / 'mkdocs_hooks.py'}")  # hooks resolve beside the config
    assert config != (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(tmp_path / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300,
    )
    assert result.returncode != 0
    assert "no-such-anchor" in result.stdout + result.stderr


def test_previous_attributes_rows_show_the_type_the_sdk_gives() -> None:
    """An event's `previous_attributes` row names the class the SDK types it as (an update
    event's `<Model>Changes`, not the full model)."""
    import ast

    source = (GENERATED / "python" / "trackstar" / "types" / "_models" / "webhooks.py").read_text(encoding="utf-8")
    sdk = {
        stmt.name: ast.unparse(item.annotation)
        for stmt in ast.parse(source).body
        if isinstance(stmt, ast.ClassDef)
        for item in stmt.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and item.target.id == "previous_attributes"
    }
    assert any(t.endswith("Changes") for t in sdk.values())
    checked = 0
    for cls, annotation in sdk.items():
        page = (DOCS / "models" / f"{cls}.md").read_text(encoding="utf-8")
        row = re.search(r"^\| `previous_attributes` \| (.*?) \|", page, re.M)
        assert row is not None, cls
        shown = re.sub(r"\[`([^`]+)`\]\([^)]*\)", r"\1", row.group(1)).replace("`", "")
        assert shown.split(" or ")[0] == annotation.split(" | ")[0], (cls, shown, annotation)
        checked += 1
    assert checked == len(sdk)
