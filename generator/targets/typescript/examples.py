"""Example values (for the reference and the SDK's tests): the required fields of a model, each
with a value of its type; as JSON-able data (`value`) or a TypeScript literal (`example`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

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
from generator.targets.typescript.naming import property_key


class FileValue:
    """A file field's example: `new Blob([...])` in TypeScript."""

    content = "file content"


_SCALARS: dict[str, Any] = {
    "string": "string",
    "datetime": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "integer": 1,
    "number": 1,
    "boolean": True,
}
MAX_DEPTH = 12


def value(node: Node, schemas: Schemas, depth: int = 0) -> Any:
    """A value of the node's type: objects carry their required fields, nested to a few levels."""
    handler: Callable[[Node, Schemas, int], Any] = _DISPATCH[type(node)]
    return handler(node, schemas, depth)


def example(node: Node, schemas: Schemas) -> str:
    """The same value as a TypeScript literal, on one line."""
    return render(value(node, schemas))


def render(data: Any) -> str:
    if isinstance(data, FileValue):
        return f"new Blob([{json.dumps(data.content)}])"
    if isinstance(data, dict):
        items = [f"{property_key(k)}: {render(v)}" for k, v in data.items()]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    if isinstance(data, list):
        return "[" + ", ".join(render(v) for v in data) + "]"
    return json.dumps(data, ensure_ascii=False)


def _object(node: Node, schemas: Schemas, depth: int) -> Any:
    fields = sorted(schemas.object_fields(node).values(), key=lambda f: f.name)
    return {f.name: value(f.node, schemas, depth + 1) for f in fields if f.required}


def _ref(node: Node, schemas: Schemas, depth: int) -> Any:
    assert isinstance(node, Ref)
    if node.name not in schemas or depth > MAX_DEPTH:
        return {}
    return value(schemas[node.name], schemas, depth)


def _scalar(node: Node, schemas: Schemas, depth: int) -> Any:
    assert isinstance(node, Scalar)
    return _SCALARS[node.kind]


def _enum(node: Node, schemas: Schemas, depth: int) -> Any:
    assert isinstance(node, Enum)
    return node.values[0]


def _array(node: Node, schemas: Schemas, depth: int) -> Any:
    assert isinstance(node, Array)
    return [value(node.items, schemas, depth + 1)]


def _map(node: Node, schemas: Schemas, depth: int) -> Any:
    return {}


def _union(node: Node, schemas: Schemas, depth: int) -> Any:
    assert isinstance(node, Union_)
    return value(node.options[0], schemas, depth)


def _nullable(node: Node, schemas: Schemas, depth: int) -> Any:
    assert isinstance(node, Nullable)
    return value(node.inner, schemas, depth)


def _file(node: Node, schemas: Schemas, depth: int) -> Any:
    return FileValue()


def _unknown(node: Node, schemas: Schemas, depth: int) -> Any:
    return "value"


_DISPATCH: dict[type, Callable[[Node, Schemas, int], Any]] = {
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
