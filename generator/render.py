"""Render: the Jinja environment and the filters templates may use (an explicit, small set)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from generator.naming import snake

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def pyrepr(value: Any) -> str:
    """A Python literal for any spec value: strings can never break out of their quotes."""
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    return repr(value)


def pytuple(values: list[str]) -> str:
    items = ", ".join(pyrepr(v) for v in values)
    return f"({items},)" if len(values) == 1 else f"({items})"


_VERB_SUMMARIES = {
    "list": "List {what}, fetching further pages as you iterate.",
    "retrieve": "Fetch {what}.",
    "create": "Create {what}.",
    "update": "Update {what}.",
    "delete": "Delete {what}.",
}


def summary(op: Any) -> str:
    """The operation's description, or a plain sentence made from its name."""
    if op.description:
        return str(op.description)
    what = op.resource.rpartition(".")[2].replace("_", " ") or "items"
    template = _VERB_SUMMARIES.get(op.name, "Run `{name}` on {what}.")
    return template.format(what=what, name=op.name)


def docstring(text: Any) -> str:
    """Text safe inside a triple-quoted docstring: no escapes, no closing quotes."""
    value = str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if value.endswith('"'):
        value += " "
    return value.replace("\r", "")


def tomlstr(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def mdtext(text: Any) -> str:
    """Spec text inside Markdown: one paragraph, HTML and template syntax neutralised."""
    value = " ".join(str(text).split())
    return value.replace("<", "&lt;").replace(">", "&gt;")


def mdcode(text: Any) -> str:
    return str(text).replace("_params.", "params.").replace("`", "'").replace("|", "\\|").replace("\n", " ")


def anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "", text.lower().replace(" ", "-"))


def resource_page(dotted: str) -> str:
    return f"{snake(dotted.replace('.', '_'))}.md"


def is_list_op(op: str) -> bool:
    return op.split("-", 1)[0] in ("in", "nin")


def returns_md(op: Any) -> str:
    if op.paginated:
        return f"pages of `{op.item_class}`"
    return f"`{op.response_class}`" if op.response_class else "nothing"


def call_signature(op: Any) -> str:
    args = [p.py_name for p in op.path_params]
    args += [f"{f.py_name}=..." for f in op.body_fields if f.required]
    args += [f"{p.py_name}=..." for p in op.query if p.required]
    return ", ".join(args)


FILTERS = {
    "pyrepr": pyrepr,
    "pytuple": pytuple,
    "docstring": docstring,
    "tomlstr": tomlstr,
    "mdtext": mdtext,
    "mdcode": mdcode,
    "anchor": anchor,
    "resource_page": resource_page,
    "is_list_op": is_list_op,
    "returns_md": returns_md,
    "call_signature": call_signature,
    "summary": summary,
}


def environment(override_dir: Path | None = None) -> jinja2.Environment:
    """Templates in `override_dir` replace built-in ones of the same name."""
    search = [str(override_dir)] if override_dir else []
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search + [str(BUILTIN_TEMPLATES)]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    return env
