"""Checks on template override folders, and template errors located in the template's own file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import jinja2

from generator.core.errors import GeneratorError, did_you_mean

RUNTIME = "runtime"


def builtin_templates(roots: Sequence[Path]) -> set[str]:
    """Relative names (`python/_client.py.j2`) of the templates an override folder may replace:
    those under each target's template folder."""
    return {path.relative_to(root).as_posix() for root in roots for path in root.rglob("*.j2") if path.is_file()}


def check_template_dir(template_dir: Path, roots: Sequence[Path]) -> None:
    """A `--templates` folder must exist and every file in it must replace a built-in
    template: a misspelt name would otherwise be ignored and the stock output shipped."""
    if not template_dir.is_dir():
        raise GeneratorError(
            str(template_dir), "template folder not found; give a folder that mirrors a target's templates/ (e.g. DIR/python/_version.py.j2)"
        )
    builtins = builtin_templates(roots)
    for path in sorted(template_dir.rglob("*")):
        relative = path.relative_to(template_dir)
        if not path.is_file() or any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        name = relative.as_posix()
        if name in builtins:
            continue
        if relative.parts[0] == RUNTIME:
            reason = "the runtime (a target's runtime/ folder) is copied unchanged and cannot be overridden"
        else:
            reason = f"it replaces no built-in template{did_you_mean(name, builtins)}"
        raise GeneratorError(
            str(path), f"{reason}; an override has the path of a file under a target's templates/, such as python/_version.py.j2"
        )


def template_error(exc: jinja2.TemplateError, template: str) -> GeneratorError:
    """The error at the template file and line where it happened (an override's own path when
    the template came from `--templates`): syntax errors carry them; errors raised while
    rendering (undefined names under StrictUndefined) are found in Jinja's traceback, whose
    frames are the templates' own files and lines."""
    filename: str | None = getattr(exc, "filename", None)
    line: int | None = getattr(exc, "lineno", None)
    if filename is None or line is None:
        tb = exc.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename.endswith(".j2"):
                filename, line = code.co_filename, tb.tb_lineno
            tb = tb.tb_next
    kind = "syntax error" if isinstance(exc, jinja2.TemplateSyntaxError) else "error"
    return GeneratorError(filename or template, f"template {kind}: {exc.message or exc}", line=line)
