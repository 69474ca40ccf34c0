"""Python type map: what a schema node is in the generated SDK (annotations, doc types, examples).

The schema model (`generator/core/schema.py`) and the plan are language-neutral; each way this
target reads a node is a `NodeVisitor` here (one method per node kind), and an annotation is a
value (`PyType`) that carries its module spelling, its docs spelling and the names it needs
imported, so nothing downstream parses annotation text.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from generator.core.schema import (
    AllOf,
    Array,
    Enum,
    File,
    Map,
    Node,
    NodeVisitor,
    Nullable,
    Object,
    Ref,
    Scalar,
    Schemas,
    Union_,
    Unknown,
)

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "datetime": "datetime", "date": "date"}


@dataclass(frozen=True)
class PyType:
    """A Python annotation: `code` as the SDK module writes it (private modules qualified:
    `_params.OrderCreateParams`), `doc` as the reference pages show it (public names only), and
    `uses`, the names the module must import for it."""

    code: str
    doc: str
    uses: frozenset[str] = frozenset()

    @classmethod
    def plain(cls, text: str, *uses: str) -> PyType:
        return cls(text, text, frozenset(uses))

    def wrap(self, outer: str, *uses: str) -> PyType:
        """`outer[self]` (`ListOrTuple[...]`)."""
        return PyType(f"{outer}[{self.code}]", f"{outer}[{self.doc}]", self.uses | {outer, *uses})

    def __or__(self, other: PyType) -> PyType:
        return PyType(f"{self.code} | {other.code}", f"{self.doc} | {other.doc}", self.uses | other.uses)


NONE = PyType.plain("None")
OBJECT = PyType.plain("object")


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


def _scalar(kind: str) -> PyType:
    name = SCALARS.get(kind, "str")
    return PyType.plain(name, *([name] if name in ("datetime", "date") else []))


class RequestTypes(NodeVisitor[PyType]):
    """The annotation of a value the SDK sends (a keyword argument or a request TypedDict key).

    Models are request TypedDicts in `module`; lists reject a bare `str` (`ListOrTuple`); a
    date-time takes a `datetime` or an ISO-8601 string.
    """

    def __init__(self, names: Mapping[str, str], module: str = "_params") -> None:
        self.names = names
        self.module = module

    def scalar(self, node: Scalar) -> PyType:
        return PyType.plain("str | datetime", "datetime") if node.kind == "datetime" else _scalar(node.kind)

    def enum(self, node: Enum) -> PyType:
        return PyType.plain(literal(node.values), "Literal")

    def array(self, node: Array) -> PyType:
        return self.visit(node.items).wrap("ListOrTuple")

    def ref(self, node: Ref) -> PyType:
        if node.name not in self.names:
            return OBJECT
        cls = self.names[node.name]
        return PyType(f"{self.module}.{cls}", cls, frozenset({self.module}))

    def object(self, node: Object) -> PyType:
        return PyType.plain("Mapping[str, object]")

    def map(self, node: Map) -> PyType:
        values = self.visit(node.values)
        return PyType(f"Mapping[str, {values.code}]", f"Mapping[str, {values.doc}]", values.uses)

    def union(self, node: Union_) -> PyType:
        parts = list(dict.fromkeys(self.visit(o) for o in node.options))
        if any(p.code == "object" for p in parts):
            return OBJECT
        joined = parts[0]
        for part in parts[1:]:
            joined = joined | part
        return joined

    def all_of(self, node: AllOf) -> PyType:
        return PyType.plain("Mapping[str, object]")

    def file(self, node: File) -> PyType:
        return PyType.plain("FileTypes", "FileTypes")

    def nullable(self, node: Nullable) -> PyType:
        inner = self.visit(node.inner)
        return inner if inner.code == "object" or inner.code.endswith("| None") else inner | NONE

    def unknown(self, node: Unknown) -> PyType:
        return OBJECT


def request_type(node: Node, names: Mapping[str, str], module: str = "_params") -> PyType:
    return RequestTypes(names, module).visit(node)


def value_type(node: Node) -> PyType:
    """A query or filter value: a scalar, or an enum of string values (`Literal[...]`)."""
    if isinstance(node, Enum) and node.values:
        return PyType.plain(literal(node.values), "Literal")
    return _scalar(node.kind) if isinstance(node, Scalar) else PyType.plain("str")


class DocTypes(NodeVisitor[str]):
    """A node as a short Markdown type for the reference pages; models with a page are links."""

    def __init__(self, names: Mapping[str, str], pages: Collection[str] = (), prefix: str = "") -> None:
        self.names = names
        self.pages = pages
        self.prefix = prefix

    def scalar(self, node: Scalar) -> str:
        return f"`{SCALARS[node.kind]}`"

    def enum(self, node: Enum) -> str:
        return f"`{SCALARS[node.kind]}`"

    def array(self, node: Array) -> str:
        return f"list of {self.visit(node.items)}"

    def ref(self, node: Ref) -> str:
        cls = self.names.get(node.name, node.name)
        return f"[`{cls}`]({self.prefix}{cls}.md)" if node.name in self.pages else f"`{cls}`"

    def object(self, node: Object) -> str:
        return "`dict[str, Any]`"

    def map(self, node: Map) -> str:
        return f"dict of `str` to {self.visit(node.values)}"

    def union(self, node: Union_) -> str:
        return " or ".join(dict.fromkeys(self.visit(o) for o in node.options))

    def all_of(self, node: AllOf) -> str:
        return " and ".join(dict.fromkeys(self.visit(p) for p in node.parts))

    def file(self, node: File) -> str:
        return "file"

    def nullable(self, node: Nullable) -> str:
        return self.visit(node.inner)

    def unknown(self, node: Unknown) -> str:
        return "`Any`"


def doc_type(node: Node, names: Mapping[str, str], pages: Collection[str] = (), prefix: str = "") -> str:
    return DocTypes(names, pages, prefix).visit(node)


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
_MAX_DEPTH = 6


class Examples(NodeVisitor[str]):
    """A Python literal the API accepts for a node: required fields only, the first enum value
    or union option, a plausible string for each format. Models nest at most six deep."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self.depth = 0

    def visit(self, node: Node) -> str:
        return "None" if self.depth > _MAX_DEPTH else super().visit(node)

    def _deeper(self, node: Node) -> str:
        self.depth += 1
        try:
            return self.visit(node)
        finally:
            self.depth -= 1

    def scalar(self, node: Scalar) -> str:
        if node.kind == "datetime":
            return '"2024-05-01T00:00:00Z"'
        if node.kind == "date":
            return '"2024-05-01"'
        if node.kind == "string":
            return _FORMAT_EXAMPLES.get(node.format or "", '"example"')
        return {"integer": "1", "number": "1.0", "boolean": "True"}[node.kind]

    def enum(self, node: Enum) -> str:
        return value_literal(node.values[0])

    def array(self, node: Array) -> str:
        return "[" + self._deeper(node.items) + "]"

    def ref(self, node: Ref) -> str:
        return self._deeper(self.schemas[node.name]) if node.name in self.schemas else "None"

    def object(self, node: Object) -> str:
        return self._fields(node)

    def map(self, node: Map) -> str:
        return "{}"

    def union(self, node: Union_) -> str:
        return self._deeper(node.options[0])

    def all_of(self, node: AllOf) -> str:
        return self._fields(node)

    def file(self, node: File) -> str:
        return '("label.pdf", b"%PDF-1.4 example", "application/pdf")'

    def nullable(self, node: Nullable) -> str:
        return self.visit(node.inner)

    def unknown(self, node: Unknown) -> str:
        return "None"

    def _fields(self, node: Object | AllOf) -> str:
        fields = self.schemas.object_fields(node)
        items = [f"{string_literal(f.name)}: {self._deeper(f.node)}" for f in fields.values() if f.required]
        return "{" + ", ".join(items) + "}"


def example(node: Node, schemas: Schemas) -> str:
    return Examples(schemas).visit(node)


def attribute_name(field_name: str) -> str:
    """The attribute a response model has for a JSON field, as datamodel-code-generator names
    it: characters Python does not allow become `_`, and a name that then starts with `_` or a
    digit gets a `field` prefix (`$ref` -> `field_ref`); keywords get a trailing `_`."""
    name = re.sub(r"\W", "_", field_name)
    if name[:1] == "_" or name[:1].isdigit():
        name = "field" + (name if name.startswith("_") else "_" + name)
    return name + "_" if keyword.iskeyword(name) else name
