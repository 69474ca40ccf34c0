"""Format: black in-process, with formatted output cached by content hash."""

from __future__ import annotations

import ast
import re
from importlib.metadata import version
from typing import Any, TypeGuard

from generator.core.cache import Cache

BLACK_VERSION = version("black")
LINE_LENGTH = 100


def line_width(line: str) -> int:
    """The columns black counts for a line when it decides whether the line fits: black's own
    measure (`black.strings.str_width`, East Asian wide characters and emoji count two), so that
    the generator's layout decisions cannot drift from black's. ASCII needs no import of black."""
    if line.isascii():
        return len(line)
    from black.strings import str_width

    return int(str_width(line))


def too_long(line: str) -> bool:
    """Whether black could change a line for its length: black splits a line wider than
    LINE_LENGTH by `line_width`, but moves a docstring's closing quotes to a line of their own by
    the last line's `len()`, so a line over either measure is too long."""
    return max(len(line), line_width(line)) > LINE_LENGTH


# How black is run; part of the cache key, so that results of another way are never reused.
BLACK_PASSES = "single-pass"


def format_key(source: str) -> str:
    return Cache.key(BLACK_VERSION, str(LINE_LENGTH), BLACK_PASSES, source)


def format_python(source: str, cache: Cache, name: str) -> str:
    key = format_key(source)
    cached = cache.get("black", key)
    if cached is not None:
        return cached
    # black is imported on a cache miss only: a regeneration with nothing changed never needs it.
    from black import Mode
    from black.mode import TargetVersion
    from black.parsing import InvalidInput

    try:
        formatted = _black_once(source, Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH))
    except InvalidInput as exc:
        # A template produced invalid Python: a generator bug, reported with the file it hit.
        raise RuntimeError(f"generated {name} is not valid Python: {exc}") from exc
    cache.put("black", key, formatted)
    return formatted


def _black_once(source: str, mode: Any) -> str:
    """One black formatting pass.

    `black.format_str` formats a second time whenever the first pass changed anything (a corner
    case of magic trailing commas meeting optional parentheses), so on rendered templates it
    always runs twice; it runs none of the AST safety checks either way (those are
    `format_file_contents` without `fast`). On this generator's output the second pass never
    changes a byte (all 126 modules of the current API), so it is skipped: half of black's time,
    about a quarter of a cold run's CPU. tests/test_format.py asserts that every generated module
    is black-stable, which is what the second pass guarantees.
    """
    import black

    once = getattr(black, "_format_str_once", None)  # private; black is pinned
    if once is None:
        return str(black.format_str(source, mode=mode))
    return str(once(source, mode=mode, lines=()))


# What black would still change in a short statement of datamodel-code-generator's output: a
# string it could not write in double quotes (`Literal['say "hi"']`, which black may turn into
# `"say \"hi\""`), and number literals black lowercases or uppercases (`1E5`, `0XFF`, `2J`).
_BLACK_WOULD_CHANGE = re.compile(r"'|\b0[XOB]|\d[EJL]\b|\d[EJ][+-]?\d")


def format_long_statements(
    source: str, cache: Cache, name: str, would_change: re.Pattern[str] | None = _BLACK_WOULD_CHANGE
) -> str:
    """Black-format only the statements black would change (a line `too_long`, or what
    `would_change` finds), leaving the rest, and the text between statements, as they are.

    A class (or an `if` without `else`) is taken statement by statement: only its long methods
    or fields are formatted, each under a stand-in `class _:` header so that black indents it as
    it would in place. A long line black cannot split either (`_UNSPLITTABLE`) is left alone.

    For datamodel-code-generator's output, which is black's style except where a field's type
    (a long `Literal[...]`) overflows the line, and for the templates written in black's style
    (whose long lines are an argument list or a `Literal` the spec made long): the same result
    as black on the whole module at a fraction of the time, since black's cost is its parse of
    every line. tests/test_format.py checks it against black on the real API's output, and the
    hostile-input test on thousands of documents made to break it.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise RuntimeError(f"generated {name} is not valid Python: {exc}") from exc
    lines = source.splitlines(keepends=True)

    def needs_black(first: int, end: int) -> bool:  # lines[first:end], 0-based
        part = lines[first:end]
        return any(too_long(line.rstrip("\n")) and not _UNSPLITTABLE.match(line) for line in part) or bool(
            would_change and would_change.search("".join(part))
        )

    edits: list[tuple[int, int, str]] = []  # (first line, end line, formatted text), in order

    def visit(body: list[ast.stmt], depth: int) -> None:
        for stmt in body:
            first, end = statement_start(stmt) - 1, stmt.end_lineno or stmt.lineno
            if not needs_black(first, end):
                continue
            if _formats_alone(stmt) and not needs_black(first, statement_start(stmt.body[0]) - 1):
                visit(stmt.body, depth + 1)
                continue
            header = "".join("    " * level + "class _:\n" for level in range(depth))
            formatted = format_python(header + "".join(lines[first:end]), cache, name)
            edits.append((first, end, formatted.split("\n", depth)[depth].lstrip("\n")))

    visit(tree.body, 0)
    out: list[str] = []
    done = 0  # lines copied so far
    for first, end, text in edits:
        out.append("".join(lines[done:first]))
        out.append(text)
        done = end
    out.append("".join(lines[done:]))
    return "".join(out).rstrip("\n") + "\n"  # black ends a module with exactly one newline


# A long line black cannot split: one item of a bracket already exploded one item per line (a
# name, `name as name`, a string or a `"key": "value"` pair) with no bracket of its own.
_UNSPLITTABLE = re.compile(r'\s*(?:\w+(?: as \w+)?|"[^"\\\n]*"(?:: "[^"\\\n]*")?),\n?$')


def _formats_alone(stmt: ast.stmt) -> TypeGuard[ast.ClassDef | ast.If]:
    """Whether black formats each statement of this class's (or `if`'s) body as it would in
    isolation under a stand-in `class _:` header: not when a string statement would read as a
    docstring there and not elsewhere, nor for an `if` with an `else:`."""
    if isinstance(stmt, ast.ClassDef):
        strings_from = 1  # a class's first string statement is its docstring in place too
    elif isinstance(stmt, ast.If) and not stmt.orelse:
        strings_from = 0
    else:
        return False
    if statement_start(stmt.body[0]) <= stmt.lineno:
        return False
    return not any(
        isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str)
        for s in stmt.body[strings_from:]
    )


def statement_start(stmt: ast.stmt) -> int:
    """The first line (1-based) of a statement, its decorators included."""
    decorators: list[ast.expr] = getattr(stmt, "decorator_list", [])
    return min([stmt.lineno] + [d.lineno for d in decorators])
