"""Schema model: the API's types as a small typed tree, built once from the spec's JSON Schemas.

Every stage that needs to know what a type is asks this model instead of reading JSON Schema
dicts: the planner (annotations through a target layer), the docs (types and examples), the diff
(kinds and structural hashes) and the models stage (the JSON Schema handed to
datamodel-code-generator is emitted from here). Nothing in this module knows about Python: names
and annotations of a target language live in the target's folder (`generator/targets/<language>/`),
as `NodeVisitor`s: one method per node kind, so no kind can be left out.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, Union

from generator.core.spec.loader import MODEL_REF_PREFIX

ScalarKind = Literal["string", "integer", "number", "boolean", "datetime", "date"]
_FORMAT_KINDS: dict[str, ScalarKind] = {"date-time": "datetime", "date": "date"}
# Constraint keywords kept on scalars (request validation, docs) in a stable order.
CONSTRAINT_KEYS = ("minLength", "maxLength", "pattern", "minimum", "maximum")


@dataclass(frozen=True, slots=True)
class Scalar:
    """A string, number or boolean; `datetime` and `date` are strings with that meaning."""

    kind: ScalarKind
    format: str | None = None  # any other format (email, uri, ...), kept for docs and examples
    constraints: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Enum:
    """One of a fixed set of values (strings in practice; integers are allowed)."""

    values: tuple[str | int, ...]
    kind: Literal["string", "integer"] = "string"


@dataclass(frozen=True, slots=True)
class Array:
    items: Node


@dataclass(frozen=True, slots=True)
class Ref:
    """A named model of the spec."""

    name: str


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    node: Node
    required: bool
    default: Any = None
    has_default: bool = False


@dataclass(frozen=True, slots=True)
class Object:
    """Fixed fields; `closed` when the document forbids other keys (`additionalProperties: false`)."""

    fields: tuple[Field, ...]
    closed: bool = False
    extra: Node | None = None  # the type of other keys, when the document gives one
    # Fields every response carries, though the document does not say so (the overlay's
    # `required`, recorded as `x-always`): typed as present in response models.
    always: frozenset[str] = frozenset()

    def get(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True, slots=True)
class Map:
    """An object of arbitrary keys whose values share one type."""

    values: Node


@dataclass(frozen=True, slots=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]  # (value, model name), sorted by value


@dataclass(frozen=True, slots=True)
class Union_:
    """Exactly one (`oneOf`) or at least one (`anyOf`) of several options."""

    options: tuple[Node, ...]
    discriminator: Discriminator | None = None
    exclusive: bool = True


@dataclass(frozen=True, slots=True)
class AllOf:
    """Every one of several parts at once (`allOf`): in practice objects whose fields combine."""

    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class File:
    """Binary content (a multipart upload)."""


@dataclass(frozen=True, slots=True)
class Nullable:
    inner: Node


@dataclass(frozen=True, slots=True)
class Unknown:
    """Any JSON value: the document says nothing about it."""


Node = Union[Scalar, Enum, Array, Ref, Object, Map, Union_, AllOf, File, Nullable, Unknown]
# Every kind of node, each with the name of the `NodeVisitor` method that handles it.
NODE_KINDS: dict[type, str] = {
    Scalar: "scalar",
    Enum: "enum",
    Array: "array",
    Ref: "ref",
    Object: "object",
    Map: "map",
    Union_: "union",
    AllOf: "all_of",
    File: "file",
    Nullable: "nullable",
    Unknown: "unknown",
}

R = TypeVar("R")


class NodeVisitor(ABC, Generic[R]):
    """What a target makes of each kind of node (an annotation, a doc type, an example, ...).

    `visit` dispatches on the node's kind; every kind's method is abstract, so a visitor that
    leaves one out cannot be instantiated (and mypy reports it), and a new kind added to
    `NODE_KINDS` without a method here fails tests/test_node_kinds.py.
    """

    def visit(self, node: Node) -> R:
        method: Any = getattr(self, NODE_KINDS[type(node)])
        result: R = method(node)
        return result

    @abstractmethod
    def scalar(self, node: Scalar) -> R: ...

    @abstractmethod
    def enum(self, node: Enum) -> R: ...

    @abstractmethod
    def array(self, node: Array) -> R: ...

    @abstractmethod
    def ref(self, node: Ref) -> R: ...

    @abstractmethod
    def object(self, node: Object) -> R: ...

    @abstractmethod
    def map(self, node: Map) -> R: ...

    @abstractmethod
    def union(self, node: Union_) -> R: ...

    @abstractmethod
    def all_of(self, node: AllOf) -> R: ...

    @abstractmethod
    def file(self, node: File) -> R: ...

    @abstractmethod
    def nullable(self, node: Nullable) -> R: ...

    @abstractmethod
    def unknown(self, node: Unknown) -> R: ...


# --- building the model from the spec's JSON Schema dialect --------------------------------------


def parse(schema: Any) -> Node:
    """One node from a spec JSON Schema (OpenAPI 3.0 dialect, refs `#/models/<Name>`)."""
    if not isinstance(schema, dict):
        return Unknown()
    node = _parse_bare(schema)
    if schema.get("nullable") is True and not isinstance(node, Nullable):
        return Nullable(node)
    return node


def _parse_bare(schema: dict[str, Any]) -> Node:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(MODEL_REF_PREFIX):
        return Ref(ref[len(MODEL_REF_PREFIX):])
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and all_of and "properties" not in schema:
        parts = tuple(parse(member) for member in all_of)
        return parts[0] if len(parts) == 1 else AllOf(parts)
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            return Union_(
                tuple(parse(option) for option in options),
                _discriminator(schema.get("discriminator")),
                exclusive=key == "oneOf",
            )
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        values = tuple(dict.fromkeys(v for v in enum if isinstance(v, (str, int)) and not isinstance(v, bool)))
        if values:
            kind: Literal["string", "integer"] = "integer" if all(isinstance(v, int) for v in values) else "string"
            return Enum(values, kind)
    kind_name = schema.get("type")
    if kind_name == "array":
        return Array(parse(schema.get("items")))
    if kind_name == "string":
        fmt = schema.get("format")
        if fmt == "binary":
            return File()
        if isinstance(fmt, str) and fmt in _FORMAT_KINDS:
            return Scalar(_FORMAT_KINDS[fmt], constraints=_constraints(schema))
        return Scalar("string", fmt if isinstance(fmt, str) else None, _constraints(schema))
    if kind_name in ("integer", "number", "boolean"):
        return Scalar(kind_name, constraints=_constraints(schema))
    properties = schema.get("properties")
    extra = schema.get("additionalProperties")
    if isinstance(properties, dict) and properties or kind_name == "object" or "additionalProperties" in schema:
        if not properties and isinstance(extra, dict) and extra and set(extra) != {"nullable"}:
            return Map(parse(extra))
        return _object(schema)
    return Unknown()


def _object(schema: dict[str, Any]) -> Object:
    required = set(schema.get("required") or []) if isinstance(schema.get("required"), list) else set()
    properties = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    fields = tuple(
        Field(
            name,
            parse(prop),
            name in required,
            default=prop.get("default") if isinstance(prop, dict) else None,
            has_default=isinstance(prop, dict) and "default" in prop,
        )
        for name, prop in (properties or {}).items()
    )
    extra = schema.get("additionalProperties")
    always = schema.get("x-always")
    return Object(
        fields,
        closed=extra is False,
        extra=parse(extra) if isinstance(extra, dict) and extra and set(extra) != {"nullable"} else None,
        always=frozenset(always) if isinstance(always, list) else frozenset(),
    )


def _discriminator(raw: Any) -> Discriminator | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
        return None
    mapping = raw.get("mapping") if isinstance(raw.get("mapping"), dict) else {}
    pairs = tuple(
        sorted(
            (str(value), target[len(MODEL_REF_PREFIX):])
            for value, target in (mapping or {}).items()
            if isinstance(target, str) and target.startswith(MODEL_REF_PREFIX)
        )
    )
    return Discriminator(raw["propertyName"], pairs)


def _constraints(schema: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple((key, schema[key]) for key in CONSTRAINT_KEYS if key in schema)


# --- the set of models ---------------------------------------------------------------------------


@dataclass
class Schemas:
    """Every model of a spec as a node, with the questions stages ask about them."""

    models: dict[str, Node]
    _hashes: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_spec(cls, models: Mapping[str, Any]) -> Schemas:
        return cls({name: parse(schema) for name, schema in models.items()})

    def __contains__(self, name: object) -> bool:
        return name in self.models

    def __getitem__(self, name: str) -> Node:
        return self.models[name]

    def resolve(self, node: Node) -> tuple[Node, str | None, bool]:
        """Follow refs and nullability to the node that says what a value is:
        (node, name of the last model passed, whether null is allowed on the way)."""
        name = None
        nullable = False
        seen: set[str] = set()
        while True:
            if isinstance(node, Nullable):
                nullable, node = True, node.inner
            elif isinstance(node, Ref) and node.name in self.models and node.name not in seen:
                seen.add(node.name)
                name, node = node.name, self.models[node.name]
            else:
                return node, name, nullable

    def fields(self, name: str) -> list[Field]:
        """The fields of a model (refs followed, `allOf` parts combined), sorted by name."""
        return sorted(self.object_fields(Ref(name)).values(), key=lambda f: f.name)

    def object_fields(self, node: Node, seen: frozenset[str] = frozenset()) -> dict[str, Field]:
        """Fields of an object node by name; a later `allOf` part wins on a clash."""
        node, name, _ = self.resolve(node)
        if name is not None and name in seen:
            return {}
        seen = seen | ({name} if name else set())
        if isinstance(node, Object):
            return {f.name: f for f in node.fields}
        if isinstance(node, AllOf):
            merged: dict[str, Field] = {}
            for part in node.parts:
                merged.update(self.object_fields(part, seen))
            return merged
        return {}

    def variants(self, name: str) -> list[str]:
        """The models a union model may be, in document order."""
        node, _, _ = self.resolve(Ref(name))
        if not isinstance(node, Union_):
            return []
        return [option.name for option in node.options if isinstance(option, Ref)]

    def closure(self, roots: set[str]) -> list[str]:
        """The roots and every model they refer to, sorted."""
        seen: set[str] = set()
        stack = sorted(roots)
        while stack:
            name = stack.pop()
            if name in seen or name not in self.models:
                continue
            seen.add(name)
            stack.extend(sorted(refs(self.models[name]) - seen))
        return sorted(seen)

    def structural_hash(self, name: str) -> str:
        """A hash of a model's structure in which refs count by the structure they point at,
        not by name: a model renamed along with its dependencies keeps its hash (the diff
        recognises upstream renames by it), and models that hash alike are interchangeable
        (the models stage generates identical integration variants once)."""
        found = self._hashes.get(name)
        if found is None:
            found = self._hash(name, ())
        return found

    def _hash(self, name: str, stack: tuple[str, ...]) -> str:
        if name in self._hashes:
            return self._hashes[name]
        if name in stack or name not in self.models:
            return "cycle:" + name if name in stack else "missing:" + name
        value = canonical(self.models[name], lambda target: self._hash(target, stack + (name,)))
        digest = hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]
        if not any(n in stack for n in refs(self.models[name])):
            self._hashes[name] = digest  # a hash that depends on the stack is not kept
        return digest


def refs(node: Node) -> set[str]:
    """Names of the models a node refers to directly."""
    return {n.name for n in walk(node) if isinstance(n, Ref)} | {
        target for n in walk(node) if isinstance(n, Union_) and n.discriminator for _, target in n.discriminator.mapping
    }


def walk(node: Node) -> Iterator[Node]:
    """The node and every node inside it (refs are not followed)."""
    yield node
    if isinstance(node, (Array,)):
        yield from walk(node.items)
    elif isinstance(node, Nullable):
        yield from walk(node.inner)
    elif isinstance(node, Map):
        yield from walk(node.values)
    elif isinstance(node, Union_):
        for option in node.options:
            yield from walk(option)
    elif isinstance(node, AllOf):
        for part in node.parts:
            yield from walk(part)
    elif isinstance(node, Object):
        for f in node.fields:
            yield from walk(f.node)
        if node.extra is not None:
            yield from walk(node.extra)


def canonical(node: Node, ref: Any) -> Any:
    """A JSON-able description of a node's structure; `ref(name)` stands in for each model."""
    if isinstance(node, Ref):
        return ["ref", ref(node.name)]
    if isinstance(node, Nullable):
        return ["nullable", canonical(node.inner, ref)]
    if isinstance(node, Array):
        return ["array", canonical(node.items, ref)]
    if isinstance(node, Map):
        return ["map", canonical(node.values, ref)]
    if isinstance(node, Union_):
        mapping = [[v, ref(t)] for v, t in node.discriminator.mapping] if node.discriminator else None
        prop = node.discriminator.property if node.discriminator else None
        return ["union", node.exclusive, prop, mapping, [canonical(o, ref) for o in node.options]]
    if isinstance(node, AllOf):
        return ["all", [canonical(p, ref) for p in node.parts]]
    if isinstance(node, Object):
        fields = [[f.name, f.required, f.has_default, f.default, canonical(f.node, ref)] for f in node.fields]
        extra = canonical(node.extra, ref) if node.extra is not None else None
        return ["object", node.closed, extra, sorted(fields, key=lambda f: str(f[0]))]
    if isinstance(node, Enum):
        return ["enum", node.kind, list(node.values)]
    if isinstance(node, Scalar):
        return ["scalar", node.kind, node.format, [list(c) for c in node.constraints]]
    return [type(node).__name__.lower()]


def kind(node: Node) -> str:
    """A short, language-neutral word for what a node is, as the diff compares types."""
    if isinstance(node, Scalar):
        if node.kind in ("datetime", "date"):
            return f"string({'date-time' if node.kind == 'datetime' else 'date'})"
        return node.kind
    if isinstance(node, Enum):
        return node.kind
    if isinstance(node, File):
        return "string(binary)"
    if isinstance(node, Array):
        return "array"
    if isinstance(node, (Object, Map, AllOf)):
        return "object"
    if isinstance(node, Union_):
        return "union"
    return "any"


def enum_values(node: Node) -> list[str] | None:
    """The values of an enum node (None for any other node)."""
    return [str(v) for v in node.values] if isinstance(node, Enum) else None


def carries_file(node: Node) -> bool:
    """A body field sent as a multipart file part: binary content, possibly nullable, or a union
    whose first option is one."""
    if isinstance(node, Nullable):
        return carries_file(node.inner)
    if isinstance(node, Union_):
        return bool(node.options) and carries_file(node.options[0])
    return isinstance(node, File)
