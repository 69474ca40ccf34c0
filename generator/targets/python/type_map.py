"""Python target: what a schema node is in the generated SDK (annotations, doc types, examples).

The schema model (`generator/schema.py`) is language-neutral; everything Python-specific about
types is here, so a second target language adds a module like this one and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from generator.core.schema import (
    AllOf,
    Array,
    Enum,
    File,
    Map,
    Node,
    Nullable,
    Object,
    Ref,
    Scalar,
    Schemas,
    Union_,
    Unknown,
)

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "datetime": "datetime", "date": "date"}


def string_literal(value: str) -> str:
    """`repr`, with the quotes black prefers (double, unless that needs more escapes), so
    rendered code is black-stable as written."""
    text = repr(value)
    if text[0] == '"' or value.count('"') > value.count("'"):
        return text
    body = re.sub(r'\\.|"', lambda m: {"\\'": "'", '"': '\\"'}.get(m.group(), m.group()), text[1:-1])
    return f'"{body}"'


def value_literal(value: object) -> str:
    """A Python literal for a JSON scalar, strings in black's quotes."""
    return string_literal(value) if isinstance(value, str) else repr(value)


def literal(values: Collection[str | int]) -> str:
    return "Literal[" + ", ".join(value_literal(v) for v in values) + "]"


def request_annotation(node: Node, names: Mapping[str, str], module: str = "_params") -> str:
    """The annotation of a value the SDK sends (a keyword argument or a request TypedDict key).

    Models are request TypedDicts in `module`; lists reject a bare `str` (`ListOrTuple`);
    a date-time takes a `datetime` or an ISO-8601 string.
    """
    if isinstance(node, Nullable):
        inner = request_annotation(node.inner, names, module)
        return inner if inner == "object" or inner.endswith("| None") else f"{inner} | None"
    if isinstance(node, Ref):
        return f"{module}.{names[node.name]}" if node.name in names else "object"
    if isinstance(node, Union_):
        parts = list(dict.fromkeys(request_annotation(o, names, module) for o in node.options))
        return "object" if "object" in parts else " | ".join(parts)
    if isinstance(node, Enum):
        return literal(node.values)
    if isinstance(node, Array):
        return f"ListOrTuple[{request_annotation(node.items, names, module)}]"
    if isinstance(node, File):
        return "FileTypes"
    if isinstance(node, Scalar):
        return "str | datetime" if node.kind == "datetime" else SCALARS[node.kind]
    if isinstance(node, Map):
        return f"Mapping[str, {request_annotation(node.values, names, module)}]"
    if isinstance(node, (Object, AllOf)):
        return "Mapping[str, object]"
    return "object"


def value_annotation(kind: str, values: Collection[str] | None = None) -> str:
    """A query or filter value of a spec value type (`enum` with its values)."""
    if kind == "enum" and values:
        return literal(list(values))
    return SCALARS.get(kind, "str")


def doc_type(node: Node, names: Mapping[str, str], pages: Collection[str] = (), prefix: str = "") -> str:
    """A node as a short Markdown type for the reference pages; models with a page are links."""
    if isinstance(node, Nullable):
        return doc_type(node.inner, names, pages, prefix)
    if isinstance(node, Ref):
        cls = names.get(node.name, node.name)
        return f"[`{cls}`]({prefix}{cls}.md)" if node.name in pages else f"`{cls}`"
    if isinstance(node, Union_):
        return " or ".join(dict.fromkeys(doc_type(o, names, pages, prefix) for o in node.options))
    if isinstance(node, AllOf):
        return " and ".join(dict.fromkeys(doc_type(p, names, pages, prefix) for p in node.parts))
    if isinstance(node, Array):
        return f"list of {doc_type(node.items, names, pages, prefix)}"
    if isinstance(node, Enum):
        return f"`{SCALARS[node.kind]}`"
    if isinstance(node, File):
        return "file"
    if isinstance(node, Scalar):
        return f"`{SCALARS[node.kind]}`"
    if isinstance(node, Map):
        return f"dict of `str` to {doc_type(node.values, names, pages, prefix)}"
    if isinstance(node, Object):
        return "`dict[str, Any]`"
    return "`Any`"


def is_nullable(node: Node) -> bool:
    if isinstance(node, (Nullable, Unknown)):
        return True
    if isinstance(node, Union_):
        return any(isinstance(o, Nullable) for o in node.options)
    return False


def enum_of(node: Node) -> list[str | int]:
    """The values of an enum field, or of the items of an enum list."""
    if isinstance(node, Nullable):
        node = node.inner
    if isinstance(node, Array):
        node = node.items.inner if isinstance(node.items, Nullable) else node.items
    return list(node.values) if isinstance(node, Enum) else []


_FORMAT_EXAMPLES = {"email": '"ops@example.com"', "uri": '"https://example.com"', "url": '"https://example.com"'}


def example(node: Node, schemas: Schemas, depth: int = 0) -> str:
    """A Python literal the API accepts for `node`: required fields only, the first enum value
    or union option, a plausible string for each format."""
    if depth > 6:
        return "None"
    if isinstance(node, Nullable):
        return example(node.inner, schemas, depth)
    if isinstance(node, Ref):
        return example(schemas[node.name], schemas, depth + 1) if node.name in schemas else "None"
    if isinstance(node, Enum):
        return value_literal(node.values[0])
    if isinstance(node, Union_):
        return example(node.options[0], schemas, depth + 1)
    if isinstance(node, Array):
        return "[" + example(node.items, schemas, depth + 1) + "]"
    if isinstance(node, File):
        return '("label.pdf", b"%PDF-1.4 example", "application/pdf")'
    if isinstance(node, Scalar):
        if node.kind == "datetime":
            return '"2024-05-01T00:00:00Z"'
        if node.kind == "date":
            return '"2024-05-01"'
        if node.kind == "string":
            return _FORMAT_EXAMPLES.get(node.format or "", '"example"')
        return {"integer": "1", "number": "1.0", "boolean": "True"}[node.kind]
    if isinstance(node, (Object, AllOf)):
        fields = schemas.object_fields(node)
        items = [f"{string_literal(f.name)}: {example(f.node, schemas, depth + 1)}" for f in fields.values() if f.required]
        return "{" + ", ".join(items) + "}"
    if isinstance(node, Map):
        return "{}"
    return "None"


def attribute_name(field_name: str) -> str:
    """The attribute a response model has for a JSON field, as datamodel-code-generator names
    it: characters Python does not allow become `_`, and a name that then starts with `_` or a
    digit gets a `field` prefix (`$ref` -> `field_ref`); keywords get a trailing `_`."""
    import keyword
    import re

    name = re.sub(r"\W", "_", field_name)
    if name[:1] == "_" or name[:1].isdigit():
        name = "field" + (name if name.startswith("_") else "_" + name)
    return name + "_" if keyword.iskeyword(name) else name
