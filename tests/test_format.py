"""generator/format.py runs black's formatting pass once instead of `format_str`'s two; that is
only sound while every generated module is black-stable, which is what the second pass ensures."""

from __future__ import annotations

from pathlib import Path

import black
import pytest
from black.mode import TargetVersion

from generator.targets.python.format import LINE_LENGTH, Cache, format_long_statements, format_python
from generator.targets.python import RUNTIME_DIR
from tests.conftest import GENERATED_PYTHON

MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)


def generated_modules() -> list[Path]:
    runtime = {path.name for path in RUNTIME_DIR.glob("*.py")}  # copied verbatim, not formatted
    modules = [p for p in sorted(GENERATED_PYTHON.rglob("*.py")) if p.name not in runtime and "dist" not in p.parts]
    assert len(modules) > 100, f"{GENERATED_PYTHON}: expected the generated package, found {len(modules)} modules"
    return modules


@pytest.mark.slow
def test_every_generated_module_is_black_stable() -> None:
    unstable = [
        str(p.relative_to(GENERATED_PYTHON))
        for p in generated_modules()
        if black.format_str(p.read_text(), mode=MODE) != p.read_text()
    ]
    assert not unstable, f"black would reformat: {unstable}"


def test_one_pass_gives_what_format_str_gives() -> None:
    source = (
        "from typing import Literal\n"
        "class Order :\n"
        "    status : Literal['open','confirmed','processing','picked','packed','partially_fulfilled','fulfilled'] | str | None = None\n"
        "def f(a,b,):\n"
        "    return {'a':a,'b':b}\n"
    )
    formatted = format_python(source, Cache(None), "example.py")
    assert formatted == black.format_str(source, mode=MODE) and formatted != source


def test_invalid_python_names_the_module() -> None:
    with pytest.raises(RuntimeError, match="generated types/broken.py is not valid Python"):
        format_python("def f(:\n", Cache(None), "types/broken.py")


def test_models_get_black_on_their_long_statements_only() -> None:
    """What datamodel-code-generator writes is black's style but for long field types: those
    statements are formatted, the others kept, and the module comes out black-stable."""
    long_literal = ", ".join(f'"value_{i}"' for i in range(12))
    source = (
        "from typing import Literal\n\n\n"
        "class Short:\n    a: int\n\n\n"
        f"class Long:\n    b: Literal[{long_literal}] | None = None\n    c: str\n"
    )
    formatted = format_long_statements(source, Cache(None), "types/_models.py")
    assert formatted == black.format_str(source, mode=MODE) != source
    assert formatted.startswith(source.split("class Long")[0])  # the short class, as it was
    # A short statement is kept as it is, unless it holds what black rewrites on any line.
    assert format_long_statements('x = {"a":1}\n', Cache(None), "m.py") == 'x = {"a":1}\n'
    for short in ("x: Literal['\"\"\"\\'\\'\\''] | None = None\n", "x: float = 1E5\n", "x: int = 0XFF\n"):
        assert format_long_statements(short, Cache(None), "m.py") == black.format_str(short, mode=MODE) != short


def test_templates_get_black_on_their_long_methods_only() -> None:
    """In a module written in black's style, black formats only a method (or an `if` block's
    statement) with a line it would split, under a stand-in class header so that it comes out
    indented as in place; a long line black cannot split is left alone, and so is every other
    statement, even one black would change (`x = {"a":1}` shows that)."""
    long_literal = ", ".join(f'"value_{i}"' for i in range(12))
    long_name = "N" * 96
    source = (
        'x = {"a":1}\n\n'
        "if TYPE_CHECKING:\n"
        f"    from m import (\n        {long_name} as {long_name},\n    )\n"
        f"    from m import a, {long_name}\n\n\n"
        "class Resource:\n"
        '    """Docs."""\n\n'
        "    def short(self) -> None:\n        pass\n\n"
        f"    def long(self, status: Literal[{long_literal}] | None = None) -> None:\n        pass\n"
    )
    formatted = format_long_statements(source, Cache(None), "resources/r.py", None)
    assert formatted.startswith('x = {"a":1}\n')
    assert formatted.replace('x = {"a":1}', 'x = {"a": 1}') == black.format_str(source, mode=MODE)
    assert f"    from m import (\n        a,\n        {long_name},\n    )\n" in formatted
    assert f"        {long_name} as {long_name},\n" in formatted  # unsplittable, kept
    assert "    def long(\n        self,\n        status: (\n            Literal[\n" in formatted
