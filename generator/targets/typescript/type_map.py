"""Schema nodes as TypeScript types: a `NodeVisitor`, one method per node kind.

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


class TypeMapper(NodeVisitor[TsType]):
    """Maps nodes to TypeScript types; `used` collects the declared names a type refers to.

    `type_of(node, hint)` is the entry point: `hint` names a declaration for an inline object
    found at that place (`OrderShipTo`), extended on the way down (`...Item`, `...Value`).
    """

    def __init__(self, schemas: Schemas, names: Mapping[str, str], hoist: Hoist) -> None:
        self.schemas = schemas
        self.names = names  # spec model -> the TypeScript name of this direction
        self.hoist = hoist
        self.used: set[str] = set()
        self._hint = ""

    def type_of(self, node: Node, hint: str) -> TsType:
        outer, self._hint = self._hint, hint
        try:
            return self.visit(node)
        finally:
            self._hint = outer

    def scalar(self, node: Scalar) -> TsType:
        return (_SCALARS[node.kind],)

    def enum(self, node: Enum) -> TsType:
        return tuple(literal(value) for value in node.values)

    def array(self, node: Array) -> TsType:
        return (f"Array<{text(self.type_of(node.items, self._hint + 'Item'))}>",)

    def ref(self, node: Ref) -> TsType:
        name = self.names.get(node.name)
        if name is None:
            return ("unknown",)
        self.used.add(name)
        return (name,)

    def object(self, node: Object) -> TsType:
        if not node.fields:
            values = self.type_of(node.extra, self._hint + "Value") if node.extra is not None else ("unknown",)
            return (f"Record<string, {text(values)}>",)
        name = self.hoist(node, self._hint)
        self.used.add(name)
        return (name,)

    def map(self, node: Map) -> TsType:
        return (f"Record<string, {text(self.type_of(node.values, self._hint + 'Value'))}>",)

    def union(self, node: Union_) -> TsType:
        hint = self._hint
        return _union(*(self.type_of(option, f"{hint}Variant{i + 1}") for i, option in enumerate(node.options)))

    def all_of(self, node: AllOf) -> TsType:
        hint = self._hint
        parts = [self.type_of(part, f"{hint}Part{i + 1}") for i, part in enumerate(node.parts)]
        if any(part == ("unknown",) for part in parts):
            return ("unknown",)
        return (" & ".join(_wrap(part) for part in parts),)

    def file(self, node: File) -> TsType:
        return ("Blob",)  # a File is a Blob; toFile() makes one from bytes

    def nullable(self, node: Nullable) -> TsType:
        return _union(self.type_of(node.inner, self._hint), ("null",))

    def unknown(self, node: Unknown) -> TsType:
        return ("unknown",)


def hint_name(parent: str, field: str) -> str:
    """The name of a type declared for an inline object: `Order` + `ship_to` -> `OrderShipTo`."""
    return parent + pascal(field)
