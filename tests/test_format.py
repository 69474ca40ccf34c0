"""generator/format.py runs black's formatting pass once instead of `format_str`'s two; that is
only sound while every generated module is black-stable, which is what the second pass ensures."""

from __future__ import annotations

from pathlib import Path

import black
import pytest
from black.mode import TargetVersion

from generator.targets.python.format import LINE_LENGTH, Cache, format_long_statements, format_python, line_width
from generator.targets.python import RUNTIME_DIR
from generator.targets.python.models import _from_import
from generator.targets.python.render import import_from
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


# Lines whose width black measures differently from their `len()`: East Asian wide characters
# and emoji take two columns (black's table; a combining accent takes one in black 26). Each
# case fits or overflows by one column.
WIDE = "日本"  # 2 characters, 4 columns
COMBINING = "e\u0301"  # e + combining acute accent: 2 characters


def _field(value: str, pad: int) -> str:
    return f'class Value(BaseModel):\n    a: Literal["{value}", "{"x" * pad}"] | str | None = Field(None, alias="a")\n'


@pytest.mark.parametrize(
    ("source", "columns"),
    [
        # The fuzz run's case: 99 characters, 101 columns by black's measure.
        ('class Value(BaseModel):\n    async_A00: Literal["\\\\n(", "{#\\\\n", "\\\\日本(0\\x08"] | str | None = Field(None, alias="async(A00")\n', 101),
        (_field(WIDE, 36), 100),
        (_field(WIDE, 37), 101),
        (_field("😀", 38), 100),
        (_field("😀", 39), 101),
        (_field(COMBINING, 38), 100),
        (_field(COMBINING, 39), 101),
    ],
)
def test_the_fast_path_measures_a_line_as_black_does(source: str, columns: int) -> None:
    from black.strings import str_width

    line = source.splitlines()[1]
    assert str_width(line) == line_width(line) == columns  # the case is what it says
    expected = black.format_str(source, mode=MODE)
    assert format_long_statements(source, Cache(None), "types/_models/value.py") == expected
    assert format_long_statements(source, Cache(None), "resources/value.py", None) == expected
    assert (expected != source) == (columns > LINE_LENGTH)


def test_a_docstring_with_combining_characters_gets_its_closing_quotes_as_black_puts_them() -> None:
    """black moves a docstring's closing quotes to a line of their own by the last line's
    `len()`, not by its width: with combining accents or wide characters the two differ."""
    for text in (COMBINING * 4, WIDE * 2):
        for pad in range(80, 100):
            source = f'def f() -> None:\n    """Summary.\n\n    {text}{"x" * pad}"""\n'
            assert format_long_statements(source, Cache(None), "m.py", None) == black.format_str(source, mode=MODE)


@pytest.mark.parametrize("name", ["日本" * 11, "é" * 22, "x" * 22])
def test_imports_the_generator_lays_out_are_black_stable_with_wide_names(name: str) -> None:
    for count in range(2, 6):
        names = [f"{name}{i}" for i in range(count)]
        for indent in (0, 4):
            text = import_from(names, "._models.value", indent)
            source = ("if TYPE_CHECKING:\n" if indent else "") + text + "\n"
            assert black.format_str(source, mode=MODE) == source, text
        source = _from_import("._models.value", names, LINE_LENGTH) + "\n"
        assert black.format_str(source, mode=MODE) == source, source
