"""Schema nodes as TypeScript types: one method per node kind, checked to be complete.

A type is a tuple of union members, each a flat piece of TypeScript text (`"open"`, `Order`,
`Array<string>`, `null`), so that the layout can break a union the way prettier does.

Both directions share the mapping; they differ in the names models get (a request model and a
response model of the same schema are two declarations) and in what an inline object becomes
(a declaration of its own, named after the field that holds it, through `hoist`).

Response enums are the closed union of their values, the same type a request takes: a value read
from a response can be sent back without a check. The runtime validates nothing, so a value the
API adds later still parses (and reaches code typed for the documented ones: a `switch` over it
keeps a `default` branch). An open union (`"open" | (string & {})`) would let any string into
a request, where a misspelt value must be a compile error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import get_args

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
from generator.targets.typescript.naming import literal, pascal

TsType = tuple[str, ...]  # union members

_SCALARS = {
    "string": "string",
    "datetime": "string",
    "date": "string",
    "integer": "number",
    "number": "number",
    "boolean": "boolean",
}

Hoist = Callable[[Node, str], str]  # (inline object node, name hint) -> the declared name


def text(members: TsType) -> str:
    """The type on one line: `A | B | null`."""
    return " | ".join(members)


def _wrap(members: TsType) -> str:
    """One member standing for a union inside `&`."""
    return members[0] if len(members) == 1 else f"({text(members)})"


def _union(*groups: TsType) -> TsType:
    members: list[str] = []
    for group in groups:
        for member in group:
            if member not in members:
                members.append(member)
    if "unknown" in members:
        return ("unknown",)
    # `null` goes last, as one reads it: `Order | null`.
    return tuple([m for m in members if m != "null"] + (["null"] if "null" in members else []))


class TypeMapper:
    """Maps nodes to TypeScript types; `used` collects the declared names a type refers to."""

    def __init__(self, schemas: Schemas, names: Mapping[str, str], hoist: Hoist) -> None:
        self.schemas = schemas
        self.names = names  # spec model -> the TypeScript name of this direction
        self.hoist = hoist
        self.used: set[str] = set()

    def map(self, node: Node, hint: str) -> TsType:
        method: Callable[[TypeMapper, Node, str], TsType] = _DISPATCH[type(node)]
        return method(self, node, hint)

    def scalar(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Scalar)
        return (_SCALARS[node.kind],)

    def enum(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Enum)
        return tuple(literal(value) for value in node.values)

    def array(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Array)
        return (f"Array<{text(self.map(node.items, hint + 'Item'))}>",)

    def ref(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Ref)
        name = self.names.get(node.name)
        if name is None:
            return ("unknown",)
        self.used.add(name)
        return (name,)

    def object(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Object)
        if not node.fields:
            values = self.map(node.extra, hint + "Value") if node.extra is not None else ("unknown",)
            return (f"Record<string, {text(values)}>",)
        name = self.hoist(node, hint)
        self.used.add(name)
        return (name,)

    def map_(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Map)
        return (f"Record<string, {text(self.map(node.values, hint + 'Value'))}>",)

    def union(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Union_)
        return _union(*(self.map(option, f"{hint}Variant{i + 1}") for i, option in enumerate(node.options)))

    def all_of(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, AllOf)
        parts = [self.map(part, f"{hint}Part{i + 1}") for i, part in enumerate(node.parts)]
        if any(part == ("unknown",) for part in parts):
            return ("unknown",)
        return (" & ".join(_wrap(part) for part in parts),)

    def file(self, node: Node, hint: str) -> TsType:
        return ("Blob",)  # a File is a Blob; toFile() makes one from bytes

    def nullable(self, node: Node, hint: str) -> TsType:
        assert isinstance(node, Nullable)
        return _union(self.map(node.inner, hint), ("null",))

    def unknown(self, node: Node, hint: str) -> TsType:
        return ("unknown",)


_DISPATCH: dict[type, Callable[[TypeMapper, Node, str], TsType]] = {
    Scalar: TypeMapper.scalar,
    Enum: TypeMapper.enum,
    Array: TypeMapper.array,
    Ref: TypeMapper.ref,
    Object: TypeMapper.object,
    Map: TypeMapper.map_,
    Union_: TypeMapper.union,
    AllOf: TypeMapper.all_of,
    File: TypeMapper.file,
    Nullable: TypeMapper.nullable,
    Unknown: TypeMapper.unknown,
}
_MISSING = set(get_args(Node)) ^ set(_DISPATCH)
if _MISSING:  # a node kind added to the schema model needs its mapping here
    raise RuntimeError(f"type_map has no mapping for {sorted(t.__name__ for t in _MISSING)}")


def hint_name(parent: str, field: str) -> str:
    """The name of a type declared for an inline object: `Order` + `ship_to` -> `OrderShipTo`."""
    return parent + pascal(field)
