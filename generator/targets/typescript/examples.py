"""Example values (for the reference and the SDK's tests): the required fields of a model, each
with a value of its type; as JSON-able data (`value`) or a TypeScript literal (`example`)."""

from __future__ import annotations

import json
from typing import Any

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
from generator.targets.typescript.naming import property_key, string


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
    return Examples(schemas, depth).visit(node)


def example(node: Node, schemas: Schemas) -> str:
    """The same value as a TypeScript literal, on one line."""
    return render(value(node, schemas))


def render(data: Any) -> str:
    if isinstance(data, FileValue):
        return f"new Blob([{string(data.content)}])"
    if isinstance(data, dict):
        items = [f"{property_key(k)}: {render(v)}" for k, v in data.items()]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    if isinstance(data, list):
        return "[" + ", ".join(render(v) for v in data) + "]"
    return string(data) if isinstance(data, str) else json.dumps(data)


class Examples(NodeVisitor[Any]):
    """One example value per node kind."""

    def __init__(self, schemas: Schemas, depth: int) -> None:
        self.schemas = schemas
        self.depth = depth

    def _deeper(self, node: Node) -> Any:
        return value(node, self.schemas, self.depth + 1)

    def scalar(self, node: Scalar) -> Any:
        return _SCALARS[node.kind]

    def enum(self, node: Enum) -> Any:
        return node.values[0]

    def array(self, node: Array) -> Any:
        return [self._deeper(node.items)]

    def ref(self, node: Ref) -> Any:
        if node.name not in self.schemas or self.depth > MAX_DEPTH:
            return {}
        return self.visit(self.schemas[node.name])

    def object(self, node: Object) -> Any:
        return self._fields(node)

    def all_of(self, node: AllOf) -> Any:
        return self._fields(node)

    def _fields(self, node: Node) -> Any:
        fields = sorted(self.schemas.object_fields(node).values(), key=lambda f: f.name)
        return {f.name: self._deeper(f.node) for f in fields if f.required}

    def map(self, node: Map) -> Any:
        return {}

    def union(self, node: Union_) -> Any:
        return self.visit(node.options[0])

    def nullable(self, node: Nullable) -> Any:
        return self.visit(node.inner)

    def file(self, node: File) -> Any:
        return FileValue()

    def unknown(self, node: Unknown) -> Any:
        return "value"
