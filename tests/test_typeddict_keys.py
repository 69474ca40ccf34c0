"""Every TypedDict of the generated SDK reports at runtime the required and optional keys its
source declares (what a type checker reads), on each Python the SDK supports that is installed.

`from __future__ import annotations` turns `NotRequired[...]` into a string no TypedDict can see,
and typing's TypedDict before 3.11 does not know typing_extensions' qualifiers: either way every
key reads as required, so code that inspects `__required_keys__` (pydantic does, for validation)
gets the body's shape wrong.
"""

from __future__ import annotations

import ast
import glob
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "generated" / "python" / "trackstar"
QUALIFIERS = {"NotRequired": False, "Required": True}


def _head(annotation: ast.expr) -> str | None:
    """`NotRequired` / `Required` when the annotation is one (also written as a string)."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        annotation = ast.parse(annotation.value, mode="eval").body
    if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name):
        return annotation.value.id if annotation.value.id in QUALIFIERS else None
    return None


def _total(keywords: list[ast.keyword]) -> bool:
    for keyword in keywords:
        if keyword.arg == "total" and isinstance(keyword.value, ast.Constant):
            return bool(keyword.value.value)
    return True


def _required(annotation: ast.expr, total: bool) -> bool:
    head = _head(annotation)
    return total if head is None else QUALIFIERS[head]


def declared_keys(source: str) -> dict[str, tuple[list[str], list[str]]]:
    """TypedDict name -> (required keys, optional keys), as the source declares them."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for stmt in ast.parse(source).body:
        if isinstance(stmt, ast.ClassDef):
            bases = [b.id for b in stmt.bases if isinstance(b, ast.Name)]
            if "TypedDict" not in bases and not any(b in out for b in bases):
                continue
            required: set[str] = set()
            optional: set[str] = set()
            for base in bases:  # keys of a TypedDict base of this module
                if base in out:
                    required |= out[base][0]
                    optional |= out[base][1]
            total = _total(stmt.keywords)
            for item in stmt.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    key = item.target.id
                    (required if _required(item.annotation, total) else optional).add(key)
            out[stmt.name] = (required, optional)
        elif (
            isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name)
            and stmt.value.func.id == "TypedDict"
            and len(stmt.value.args) == 2
            and isinstance(stmt.value.args[1], ast.Dict)
        ):
            total = _total(stmt.value.keywords)
            required, optional = set(), set()
            for key_node, value in zip(stmt.value.args[1].keys, stmt.value.args[1].values, strict=True):
                assert isinstance(key_node, ast.Constant)
                (required if _required(value, total) else optional).add(key_node.value)
            out[stmt.targets[0].id] = (required, optional)  # type: ignore[attr-defined]
    return {name: (sorted(req), sorted(opt)) for name, (req, opt) in out.items()}


def typed_dict_modules() -> dict[str, dict[str, tuple[list[str], list[str]]]]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "TypedDict" not in source:
            continue
        keys = declared_keys(source)
        if keys:
            rel = path.relative_to(PACKAGE.parent).with_suffix("")
            name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
            modules[name] = keys
    return modules


REPORT = """
import importlib, json, sys
out = {}
for name in sys.argv[1:]:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # needs a compiled dependency built for another Python
        out[name] = {"skipped": str(exc)}
        continue
    out[name] = {
        attr: [sorted(value.__required_keys__), sorted(value.__optional_keys__)]
        for attr, value in vars(module).items()
        if isinstance(value, type) and hasattr(value, "__required_keys__") and value.__module__ == name
    }
print(json.dumps(out))
"""


def interpreters() -> dict[str, str]:
    """Python version -> interpreter: this one, and any other supported one installed."""
    found = {f"{sys.version_info[0]}.{sys.version_info[1]}": sys.executable}
    candidates = [shutil.which(f"python3.{minor}") for minor in range(10, 15)]
    candidates += glob.glob(os.path.expanduser("~/.pyenv/versions/3.1[0-9]*/bin/python3"))
    for exe in filter(None, candidates):
        try:
            version = subprocess.run(
                [exe, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                capture_output=True, text=True, timeout=30, check=True,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        if tuple(map(int, version.split("."))) >= (3, 10):
            found.setdefault(version, exe)
    return dict(sorted(found.items()))


def test_declared_keys_reads_qualifiers() -> None:
    source = (
        "class A(TypedDict):\n    x: NotRequired[int]\n    y: 'NotRequired[str]'\n    z: int\n"
        "class B(TypedDict, total=False):\n    r: Required[int]\n    o: str\n"
        "C = TypedDict('C', {'a-b': NotRequired[int], 'c': int})\n"
    )
    assert declared_keys(source) == {
        "A": (["z"], ["x", "y"]),
        "B": (["r"], ["o"]),
        "C": (["c"], ["a-b"]),
    }


@pytest.mark.parametrize("version", list(interpreters()))
def test_typed_dicts_report_declared_keys(version: str) -> None:
    modules = typed_dict_modules()
    assert "trackstar.types._params" in modules and "trackstar.types._integrations" in modules
    # The venv's pure-Python dependencies (typing_extensions, httpx) serve the other Pythons too.
    path = os.pathsep.join([str(PACKAGE.parent), sysconfig.get_paths()["purelib"]])
    done = subprocess.run(
        [interpreters()[version], "-c", REPORT, *modules],
        capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": path}, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    # The request bodies need only typing_extensions: they are checked on every Python.
    for name in ("trackstar.types._params", "trackstar.types._integrations"):
        assert "skipped" not in report[name], report[name]
    wrong = []
    for name, keys in modules.items():
        if "skipped" in report[name]:
            continue
        for typed_dict, (required, optional) in keys.items():
            got = report[name].get(typed_dict)
            if got != [required, optional]:
                wrong.append(f"{name}.{typed_dict}: declared {required} / {optional}, runtime {got}")
    assert not wrong, f"Python {version}: {len(wrong)} TypedDicts report wrong keys:\n" + "\n".join(wrong[:20])


def test_page_envelope_keys() -> None:
    """The runtime's page envelope (validated by pydantic): the item list required, the rest not."""
    sys.path.insert(0, str(PACKAGE.parent))
    from trackstar._pagination import _envelope_type

    envelope = _envelope_type(dict, "data", "next_token", "total_count")
    assert envelope.__required_keys__ == frozenset({"data"})
    assert envelope.__optional_keys__ == frozenset({"next_token", "total_count"})
