"""Example values as TypeScript literals (for the reference and the SDK's type tests): the
required fields of a model, each with a value of its type."""

from __future__ import annotations

from collections.abc import Callable

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
from generator.targets.typescript.naming import literal, property_key

_SCALARS = {
    "string": '"string"',
    "datetime": '"2025-01-01T00:00:00Z"',
    "date": '"2025-01-01"',
    "integer": "1",
    "number": "1",
    "boolean": "true",
}


def example(node: Node, schemas: Schemas, *, everything: bool = False, depth: int = 0) -> str:
    """A literal of the node's type; objects carry their required fields (all with
    `everything`), nested models to a few levels."""
    handler: Callable[[Node, Schemas, bool, int], str] = _DISPATCH[type(node)]
    return handler(node, schemas, everything, depth)


def _object(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    fields = sorted(schemas.object_fields(node).values(), key=lambda f: f.name)
    chosen = [f for f in fields if f.required or (everything and depth == 0)]
    if depth > 6:
        chosen = [f for f in fields if f.required]
    items = [f"{property_key(f.name)}: {example(f.node, schemas, depth=depth + 1)}" for f in chosen]
    return "{ " + ", ".join(items) + " }" if items else "{}"


def _ref(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    assert isinstance(node, Ref)
    if node.name not in schemas or depth > 12:
        return "{}"
    return example(schemas[node.name], schemas, everything=everything, depth=depth)


def _scalar(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    assert isinstance(node, Scalar)
    return _SCALARS[node.kind]


def _enum(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    assert isinstance(node, Enum)
    return literal(node.values[0])


def _array(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    assert isinstance(node, Array)
    return f"[{example(node.items, schemas, depth=depth + 1)}]"


def _map(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    return "{}"


def _union(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    assert isinstance(node, Union_)
    return example(node.options[0], schemas, everything=everything, depth=depth)


def _nullable(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    assert isinstance(node, Nullable)
    return example(node.inner, schemas, everything=everything, depth=depth)


def _file(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    return 'new Blob(["file content"])'


def _unknown(node: Node, schemas: Schemas, everything: bool, depth: int) -> str:
    return '"value"'


_DISPATCH: dict[type, Callable[[Node, Schemas, bool, int], str]] = {
    Scalar: _scalar,
    Enum: _enum,
    Array: _array,
    Ref: _ref,
    Object: _object,
    Map: _map,
    Union_: _union,
    AllOf: _object,
    File: _file,
    Nullable: _nullable,
    Unknown: _unknown,
}
