"""Hostile strings in a document never become code.

Hypothesis builds OpenAPI documents whose names and texts (paths, parameter and property names,
enum values, schema names, descriptions) carry quotes, backslashes, newlines, template syntax,
Python keywords and builtins, non-ASCII and names that collide after snake-casing. Each one
must give a clean `GeneratorError`, or a package that compiles and imports without running any
of those strings. `FUZZ_EXAMPLES` sets the count (`make fuzz` runs 10,000).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.importers.spec_folder import import_into
from generator.errors import GeneratorError
from generator.pipeline import generate_files
from generator.writer import write_tree

# Each fragment is something a careless generator would paste into code unescaped.
FRAGMENTS = [
    '"""', "'''", "'", '"', "\\", "\\n", "\n", "\r\n", "\t", "{{ 7*7 }}", "{% if x %}", "{#",
    "#", "__import__('os')._exit(7)", "); import os; os._exit(7); (", "class", "def", "import",
    "None", "True", "self", "list", "str", "type", "__init__", "async", "await", "ü", "日本",
    "😀", "a-b", "A B", "--", "(", ")", ".", "0", "$", "[", "]", "/", "%", "~", "in", "from",
    "Model", "BaseModel", "Field", "datetime", "\x00",
]

text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), min_size=1, max_size=4).map("".join)
word = st.lists(st.sampled_from(FRAGMENTS) | st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,5}", fullmatch=True), min_size=1, max_size=3).map("".join)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    schema_names = draw(st.lists(word, min_size=1, max_size=3, unique=True))
    schemas: dict[str, Any] = {}
    for name in schema_names:
        props = {
            draw(word): {
                "type": "string",
                "description": draw(text),
                **({"enum": draw(st.lists(text, min_size=1, max_size=3))} if draw(st.booleans()) else {}),
            }
            for _ in range(draw(st.integers(0, 3)))
        }
        schemas[name] = {"type": "object", "description": draw(text), "properties": props}
    paths: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 3))):
        segments = draw(st.lists(word, min_size=1, max_size=3))
        path = "/" + "/".join(segments)
        params = [
            {"in": "header", "name": "x-demo-api-key", "required": True, "schema": {"type": "string"}},
        ]
        for _ in range(draw(st.integers(0, 3))):
            name = draw(word)
            if draw(st.booleans()):
                name += "[" + draw(st.sampled_from(["eq", "in", "gte", draw(word)])) + "]"
            params.append({"in": "query", "name": name, "description": draw(text), "schema": {"type": "string"}})
        response = {"$ref": f"#/components/schemas/{_escape(draw(st.sampled_from(schema_names)))}"}
        operation: dict[str, Any] = {
            "description": draw(text),
            "summary": draw(text),
            "parameters": params,
            "responses": {"200": {"description": draw(text), "content": {"application/json": {"schema": response}}}},
        }
        paths.setdefault(path, {})[draw(st.sampled_from(["get", "post", "put", "delete"]))] = operation
    return {
        "openapi": "3.0.3",
        "info": {"title": draw(text), "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _check_package(out: Path, name: str) -> None:
    package = out / "python"
    for path in package.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    sys.path.insert(0, str(package))
    try:
        _forget(name)
        trackstar = importlib.import_module(name)
        client = trackstar.Trackstar()  # credentials are only needed when a request is sent
        for dotted in trackstar.OPERATIONS.values():
            target = client
            for part in dotted.split("."):
                target = getattr(target, part)
            assert callable(target)
        importlib.import_module(f"{name}.types.models")
        importlib.import_module(f"{name}.webhooks")
    finally:
        sys.path.remove(str(package))
        _forget(name)


def _forget(package: str) -> None:
    for module in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[module]


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    database=None,
)
@given(document=documents())
def test_hostile_documents_give_a_clean_error_or_a_working_package(tmp_path_factory: Any, document: dict[str, Any]) -> None:
    work = tmp_path_factory.mktemp("fuzz")
    source = work / "doc.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    try:
        import_into(source, work / "spec")
        files = generate_files(work / "spec", cache_dir=work.parent / "fuzz-cache")
    except GeneratorError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    write_tree(work / "out", files)
    package = next(p.parent.name for p in (work / "out" / "python").glob("*/_client.py"))
    _check_package(work / "out", package)


def test_package_never_shadows_a_module_the_sdk_imports(tmp_path: Path) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "datetime API", "version": "1"},
        "paths": {},
        "components": {"schemas": {}},
    }
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    import_into(source, tmp_path / "spec")
    api = (tmp_path / "spec" / "api.yaml").read_text(encoding="utf-8")
    assert "package: datetime_api" in api
    (tmp_path / "spec" / "api.yaml").write_text(api.replace("package: datetime_api", "package: json"), encoding="utf-8")
    try:
        generate_files(tmp_path / "spec")
    except GeneratorError as exc:
        assert "api.yaml" in str(exc) and "shadow the module 'json'" in str(exc)
    else:
        raise AssertionError("a package named json must be refused")
