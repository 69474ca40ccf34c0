"""Compare two versions of the API (OpenAPI documents or spec folders) and classify each change.

Every change has a stable rule id from `RULES` (like oasdiff's checks), a level (`breaking`,
`warning`, `info`), the operation or schema it concerns, a location and a message. Changes are
judged both on the HTTP contract and on the generated SDK surface: a renamed Python method, a
removed keyword argument or a reordered positional argument breaks callers even when the HTTP
request would still work.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.core.errors import GeneratorError
from generator.core.plan import OperationPlan, Plan, build_plan
from generator.core.schema import Array, Map, Node, Object, Ref, Schemas, Union_, enum_values
from generator.core.schema import kind as schema_kind
from generator.core.spec.loader import MODEL_REF_PREFIX
from generator.core.spec.model import Body, Filter, Operation, Param, Spec

LEVELS = ("breaking", "warning", "info")


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    description: str


_RULE_LIST = [
    # operations
    Rule("operation-removed", "breaking", "An operation was removed."),
    Rule("operation-added", "info", "An operation was added."),
    Rule("path-renamed", "breaking", "The same operation moved to a different path."),
    Rule("path-param-renamed", "warning", "A path parameter was renamed (positional SDK callers keep working)."),
    Rule("auth-added", "breaking", "An operation requires a credential it did not require before."),
    Rule("auth-removed", "info", "An operation no longer requires a credential."),
    Rule("pagination-changed", "breaking", "An operation became (or stopped being) paginated, or pages other items."),
    Rule("response-removed", "breaking", "An operation no longer documents a response body."),
    Rule("response-added", "info", "An operation now documents a response body."),
    Rule("error-status-added", "info", "An operation documents a new error status."),
    Rule("error-status-removed", "info", "An operation no longer documents an error status."),
    # generated SDK surface
    Rule("sdk-method-renamed", "breaking", "The generated Python method for an operation has a different name."),
    Rule("sdk-positional-args-changed", "breaking", "The positional (path) arguments of a method changed order or number."),
    Rule("sdk-argument-removed", "breaking", "A keyword argument of a generated method disappeared or was renamed."),
    # query parameters and filters
    Rule("query-param-removed", "breaking", "A query parameter was removed."),
    Rule("query-param-added", "info", "An optional query parameter was added."),
    Rule("required-query-param-added", "breaking", "A required query parameter was added."),
    Rule("param-became-required", "breaking", "A parameter that was optional is now required."),
    Rule("param-became-optional", "info", "A parameter that was required is now optional."),
    Rule("param-type-changed", "breaking", "The type of a path, query or filter parameter changed."),
    Rule("filter-removed", "breaking", "A filter field was removed."),
    Rule("filter-added", "info", "A filter field was added."),
    Rule("filter-operator-removed", "breaking", "A filter operator (`field[op]`) was removed."),
    Rule("filter-operator-added", "info", "A filter operator was added."),
    Rule("filter-value-shape-changed", "warning", "A filter operator's value changed between a single string and an array."),
    # request bodies
    Rule("request-body-added", "warning", "An operation now takes a request body."),
    Rule("request-body-removed", "breaking", "An operation no longer takes a request body."),
    Rule("request-body-became-required", "breaking", "The request body became required."),
    Rule("request-content-type-changed", "breaking", "The request body's media type changed."),
    Rule("request-body-variants-introduced", "warning", "A write body became a set of per-integration variants (oneOf)."),
    Rule("request-body-variant-removed", "breaking", "A per-integration variant of a write body was removed."),
    Rule("request-body-variant-added", "info", "A per-integration variant of a write body was added."),
    Rule("request-field-removed", "breaking", "A request body field was removed."),
    Rule("request-field-added", "info", "An optional request body field was added."),
    Rule("request-required-field-added", "breaking", "A required request body field was added."),
    Rule("request-field-became-required", "breaking", "A request body field became required."),
    Rule("request-field-type-changed", "breaking", "The type of a request body field changed."),
    Rule("request-field-type-widened", "info", "A request body field accepts more than before (integer to number)."),
    Rule("request-enum-value-removed", "breaking", "A value was removed from a request enum (body field, query param or filter)."),
    Rule("request-enum-value-added", "info", "A value was added to a request enum."),
    # responses
    Rule("response-field-removed", "breaking", "A response field was removed."),
    Rule("response-field-added", "info", "A response field was added."),
    Rule("response-field-type-changed", "breaking", "The type of a response field changed."),
    # oasdiff calls both errors: code that reads the field (or was typed to expect a value) breaks.
    Rule("response-field-became-optional", "breaking", "A response field is no longer required (it may be absent)."),
    Rule("response-field-became-nullable", "breaking", "A response field may now be null."),
    Rule("response-enum-value-added", "warning", "A response enum has a new value that clients may not handle."),
    Rule("response-enum-value-removed", "info", "A response enum lost a value."),
    # schemas and webhooks
    Rule("schema-renamed", "info", "A schema was renamed without structural change."),
    Rule("schema-replaced", "info", "An operation uses a differently named, changed schema in place of an old one."),
    Rule("schema-removed", "warning", "A schema with a generated SDK class was removed (code importing the class breaks)."),
    Rule("internal-schema-removed", "info", "A schema the SDK generates no class for was removed."),
    Rule("schema-added", "info", "A schema was added."),
    Rule("sdk-class-renamed", "warning", "The SDK class of a schema has another name and the old one is gone (code importing it breaks)."),
    Rule("webhook-removed", "breaking", "A webhook event is no longer documented."),
    Rule("webhook-added", "info", "A webhook event was added."),
]
RULES: dict[str, Rule] = {rule.id: rule for rule in _RULE_LIST}


@dataclass(frozen=True)
class Change:
    id: str
    level: str
    operation: str | None
    location: str
    message: str
    # SDK names, filled in by `generator.core.release_notes.annotate` (see `diff_sides`).
    sdk_method: str | None = None  # client.wms.orders.create()
    sdk_subject: str | None = None  # what a release-note line starts with (method, Class.field, ...)
    sdk_item_kind: str | None = None  # "argument", "field", "integration variant", ...
    sdk_item: str | None = None  # its Python name
    sdk_note: str | None = None  # the whole line: "client.wms.orders.create(): argument 'x' is now required"


@dataclass
class Side:
    """One version: the spec plus what the diff derives from it once."""

    name: str
    spec: Spec
    # (METHOD /path, field, operator) -> "array" | "scalar", known only for documents.
    filter_shapes: dict[tuple[str, str, str], str] | None = None
    plan: Plan = field(init=False)
    schemas: Schemas = field(init=False)
    hashes: dict[str, str] = field(init=False)
    ops: dict[str, tuple[str, Operation]] = field(init=False)  # http -> (dotted, op)
    sdk: dict[str, OperationPlan] = field(init=False)  # http -> plan

    def __post_init__(self) -> None:
        self.plan = build_plan(self.spec)
        self.schemas = self.plan.schemas
        self.hashes = {name: self.schemas.structural_hash(name) for name in self.schemas.models}
        self.sdk = {f"{p.method} {p.path}": p for p in self.plan.operations}
        # The method's Python name (`class_`), as the SDK spells it.
        self.ops = {
            op.http: (self.sdk[op.http].dotted if op.http in self.sdk else f"{res}.{name}", op)
            for res, name, op in self.spec.operations()
        }

    def auth(self, op: Operation) -> list[str]:
        return list(op.auth if op.auth is not None else self.spec.api.default_auth)


# --- loading ---------------------------------------------------------------------------------


def load_side(path: Path, overlay: Path | None = None) -> Side:
    """A spec folder through the loader, or a document imported in memory, with `overlay`
    applied (so its methods and classes are named as the SDK names them) when given."""
    from generator.core.spec.loader import load_spec

    if path.is_dir():
        return Side(path.name, load_spec(path))
    if not path.is_file():
        raise GeneratorError(str(path), "no such document or spec folder")
    if overlay is not None:
        import tempfile

        from generator.core.importers.spec_folder import import_into

        with tempfile.TemporaryDirectory() as scratch:
            import_into(path, Path(scratch), overlay)
            return Side(path.stem, load_spec(Path(scratch)), filter_shapes=_filter_shapes(path))
    from generator.core.importers.openapi import import_openapi

    imported = import_openapi(path, None)
    try:
        spec = Spec.model_validate(
            {"api": imported.api, "resources": imported.resources, "models": imported.models, "webhooks": imported.webhooks}
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(k) for k in first["loc"])
        raise GeneratorError(str(path), f"the imported spec is invalid: {first['msg']}", where=where) from None
    return Side(path.stem, spec, filter_shapes=_filter_shapes(path))


def _filter_shapes(path: Path) -> dict[tuple[str, str, str], str]:
    """Whether each `field[op]` query value is an array or a single value in the document; the
    spec keeps only the value type, so the diff reads the shape from the document itself."""
    from generator.core.importers.openapi import FILTER_PARAM, HTTP_METHODS
    from generator.core.spec.loader import read_data

    data = read_data(path)
    shapes: dict[tuple[str, str, str], str] = {}
    for route, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            for param in list(item.get("parameters") or []) + list(op.get("parameters") or []):
                param = _local(data, param)
                if not isinstance(param, dict) or param.get("in") != "query":
                    continue
                match = FILTER_PARAM.match(str(param.get("name", "")))
                raw = _local(data, param.get("schema"))
                schema: dict[str, Any] = raw if isinstance(raw, dict) else {}
                if match:
                    kind = schema.get("type")
                    is_array = kind == "array" or (isinstance(kind, list) and "array" in kind)
                    shapes[(f"{method.upper()} {route}", match["field"], match["op"])] = "array" if is_array else "scalar"
    return shapes


def _local(data: Any, node: Any) -> Any:
    """Follow a local `$ref` (a few hops at most); anything unresolvable is returned as is."""
    for _ in range(5):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        target = data
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        if target is None:
            return node
        node = target
    return node


# --- structural hashes -------------------------------------------------------------------------


def match_schema_renames(old: Side, new: Side) -> dict[str, str]:
    """Old name -> new name for schemas that vanished while a structurally identical one appeared
    (or already existed: several old schemas merged into one)."""
    removed = sorted(set(old.spec.models) - set(new.spec.models))
    added = set(new.spec.models) - set(old.spec.models)
    by_hash: dict[str, list[str]] = {}
    for name in sorted(new.spec.models):
        by_hash.setdefault(new.hashes[name], []).append(name)
    renames: dict[str, str] = {}
    claimed: set[str] = set()
    for name in removed:
        candidates = by_hash.get(old.hashes[name], [])
        fresh = [c for c in candidates if c in added and c not in claimed]
        pool = fresh or candidates  # else several old schemas merged into one
        if not pool:
            continue
        best = max(pool, key=lambda c: (difflib.SequenceMatcher(None, name.lower(), c.lower()).ratio(), c))
        renames[name] = best
        if best in added:
            claimed.add(best)
    return renames


# --- the comparison ----------------------------------------------------------------------------


def _norm_path(path: str) -> str:
    return re.sub(r"{[^{}]+}", "{}", path)


def _segments(path: str) -> list[str]:
    return [s for s in _norm_path(path).strip("/").split("/") if s]


def _op_features(side: Side, op: Operation) -> set[str]:
    def h(model: str | None) -> str:
        return side.hashes.get(model or "", "-")

    features = {f"q:{q}" for q in op.query} | {f"f:{f}" for f in op.filters}
    features |= {f"resp:{h(op.response)}", f"item:{h(op.item)}", f"body:{h(op.body.model if op.body else None)}"}
    features.add(f"paginated:{op.paginated}")
    return features


def match_operations(old: Side, new: Side) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Pairs (old http, new http) of the same operation, then the removed and added ones."""
    pairs = [(h, h) for h in sorted(old.ops) if h in new.ops]
    removed = [h for h in sorted(old.ops) if h not in new.ops]
    added = [h for h in sorted(new.ops) if h not in old.ops]
    # Only path-parameter names differ: the same route.
    for h in list(removed):
        method, path = h.split(" ", 1)
        same = [a for a in added if a.split(" ", 1)[0] == method and _norm_path(a.split(" ", 1)[1]) == _norm_path(path)]
        if len(same) == 1:
            pairs.append((h, same[0]))
            removed.remove(h)
            added.remove(same[0])
    # Moved: same method and shape of path, mostly the same segments or the same structure.
    scored: list[tuple[float, str, str]] = []
    for r in removed:
        r_method, r_path = r.split(" ", 1)
        r_segs = _segments(r_path)
        r_feat = _op_features(old, old.ops[r][1])
        for a in added:
            a_method, a_path = a.split(" ", 1)
            a_segs = _segments(a_path)
            if a_method != r_method or len(a_segs) != len(r_segs):
                continue
            if [s == "{}" for s in a_segs] != [s == "{}" for s in r_segs]:
                continue
            differing = [(x, y) for x, y in zip(r_segs, a_segs, strict=True) if x != y]
            if len(differing) > 1:
                continue
            a_feat = _op_features(new, new.ops[a][1])
            similarity = len(r_feat & a_feat) / max(1, len(r_feat | a_feat))
            text = min(difflib.SequenceMatcher(None, x, y).ratio() for x, y in differing) if differing else 1.0
            if similarity >= 0.5 or (text >= 0.8 and similarity >= 0.3):
                scored.append((similarity + text, r, a))
    for _, r, a in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if r in removed and a in added:
            pairs.append((r, a))
            removed.remove(r)
            added.remove(a)
    return sorted(pairs), removed, added


class _Differ:
    def __init__(self, old: Side, new: Side) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.renames = match_schema_renames(old, new)
        self.seen: set[tuple[str, str, str]] = set()
        self.replaced: dict[str, str] = {}  # old -> new schema compared in its place (not identical)

    def emit(self, rule: str, operation: str | None, location: str, message: str) -> None:
        self.changes.append(Change(rule, RULES[rule].level, operation, location, message))

    # -- schemas --

    def corresponds(self, old_name: str, new_name: str) -> bool:
        return self.renames.get(old_name, old_name) == new_name

    def schema(self, old: Node, new: Node, location: str, direction: str, operation: str | None) -> None:
        o, o_name, o_null = self.old.schemas.resolve(old)
        n, n_name, n_null = self.new.schemas.resolve(new)
        if o_name and n_name:
            if self.old.hashes[o_name] == self.new.hashes[n_name]:
                if not o_null and n_null and direction == "response":
                    self.emit("response-field-became-nullable", operation, location, "the value may now be null")
                return
            key = (o_name, n_name, direction)
            if key in self.seen:
                return
            self.seen.add(key)
            if o_name != n_name and not self.corresponds(o_name, n_name):
                self.replaced.setdefault(o_name, n_name)
            if not location.endswith(n_name):
                # Report model-level changes once, rooted at the model.
                self._compare_nodes(o, n, location, direction, operation, o_null, n_null, nested_root=n_name)
                return
        self._compare_nodes(o, n, location, direction, operation, o_null, n_null)

    def _compare_nodes(
        self,
        o: Node,
        n: Node,
        location: str,
        direction: str,
        operation: str | None,
        o_null: bool,
        n_null: bool,
        nested_root: str | None = None,
    ) -> None:
        if not o_null and n_null and direction == "response" and location:
            self.emit("response-field-became-nullable", operation, location, "the value may now be null")
        if nested_root is not None:
            location = nested_root
        ok, nk = schema_kind(o), schema_kind(n)
        if ok != nk:
            if "any" in (ok, nk):
                return
            if direction == "response":
                self.emit("response-field-type-changed", operation, location, f"type {ok} -> {nk}")
            elif (ok, nk) in (("integer", "number"),):
                self.emit("request-field-type-widened", operation, location, f"type {ok} -> {nk}")
            else:
                self.emit("request-field-type-changed", operation, location, f"type {ok} -> {nk}")
            return
        old_values, new_values = enum_values(o), enum_values(n)
        if direction == "request" and old_values is None and new_values is not None:
            # Any string was accepted, now only these values: a caller's other value is refused.
            self.emit("request-field-type-changed", operation, location, f"any {ok} -> one of {new_values}")
        self._enum(old_values, new_values, location, direction, operation)
        if isinstance(o, Array) and isinstance(n, Array):
            self.schema(o.items, n.items, f"{location}[]", direction, operation)
            return
        if isinstance(o, Union_) and isinstance(n, Union_) and len(o.options) == len(n.options):
            for index, (a, b) in enumerate(zip(o.options, n.options, strict=True)):
                self.schema(a, b, f"{location}<{index}>", direction, operation)
        old_fields = self.old.schemas.object_fields(o)
        new_fields = self.new.schemas.object_fields(n)
        for prop in sorted(set(old_fields) | set(new_fields)):
            where = f"{location}.{prop}" if location else prop
            if prop not in new_fields:
                rule = "response-field-removed" if direction == "response" else "request-field-removed"
                self.emit(rule, operation, where, f"field {prop!r} was removed")
            elif prop not in old_fields:
                if direction == "response":
                    self.emit("response-field-added", operation, where, f"field {prop!r} was added")
                elif new_fields[prop].required:
                    self.emit("request-required-field-added", operation, where, f"required field {prop!r} was added")
                else:
                    self.emit("request-field-added", operation, where, f"optional field {prop!r} was added")
            else:
                before, after = old_fields[prop], new_fields[prop]
                if direction == "response" and before.required and not after.required:
                    self.emit("response-field-became-optional", operation, where, f"field {prop!r} is no longer required")
                if direction == "request" and after.required and not before.required:
                    self.emit("request-field-became-required", operation, where, f"field {prop!r} is now required")
                self.schema(before.node, after.node, where, direction, operation)
        oa, na = _extra(o), _extra(n)
        if oa is not None and na is not None:
            self.schema(oa, na, f"{location}{{}}", direction, operation)

    def _enum(self, old: list[str] | None, new: list[str] | None, location: str, direction: str, operation: str | None) -> None:
        if old is None or new is None:
            return
        gone = [v for v in old if v not in new]
        came = [v for v in new if v not in old]
        if direction == "response":
            if came:
                self.emit("response-enum-value-added", operation, location, f"new value(s) {came}")
            if gone:
                self.emit("response-enum-value-removed", operation, location, f"value(s) {gone} no longer returned")
        else:
            if gone:
                self.emit("request-enum-value-removed", operation, location, f"value(s) {gone} no longer accepted")
            if came:
                self.emit("request-enum-value-added", operation, location, f"new value(s) {came} accepted")

    # -- operations --

    def run(self) -> list[Change]:
        pairs, removed, added = match_operations(self.old, self.new)
        for h in removed:
            dotted = self.old.ops[h][0]
            self.emit("operation-removed", h, h, f"the operation and SDK method {dotted}() were removed")
        for h in added:
            dotted = self.new.ops[h][0]
            self.emit("operation-added", h, h, f"new operation, SDK method {dotted}()")
        for old_h, new_h in pairs:
            self.operation(old_h, new_h)
        self.webhooks()
        self.schemas()
        return sorted(self.changes, key=lambda c: (LEVELS.index(c.level), c.operation or "", c.id, c.location))

    def operation(self, old_h: str, new_h: str) -> None:
        old_dotted, o = self.old.ops[old_h]
        new_dotted, n = self.new.ops[new_h]
        name = new_h
        if _segments(o.path) != _segments(n.path):
            self.emit("path-renamed", name, "path", f"{old_h} moved to {new_h}")
        elif o.path != n.path:
            pass  # parameter names only; reported below
        if old_dotted != new_dotted:
            self.emit("sdk-method-renamed", name, "sdk", f"client.{old_dotted}() is now client.{new_dotted}()")
        self.path_params(o, n, name)
        reported: set[str] = set()
        self.query(o, n, name, reported)
        self.filters(old_h, new_h, o, n, name, reported)
        self.body(o, n, name, reported)
        self.sdk_surface(old_h, new_h, name, reported)
        old_auth, new_auth = set(self.old.auth(o)), set(self.new.auth(n))
        for scheme in sorted(new_auth - old_auth):
            self.emit("auth-added", name, "auth", f"now requires {scheme!r}")
        for scheme in sorted(old_auth - new_auth):
            self.emit("auth-removed", name, "auth", f"no longer requires {scheme!r}")
        if o.paginated != n.paginated:
            state = "paginated" if n.paginated else "not paginated"
            self.emit("pagination-changed", name, "pagination", f"the operation is now {state}")
        elif o.paginated and o.item and n.item:
            # The page item is compared field by field like any response schema.
            self.schema(Ref(o.item), Ref(n.item), "", "response", name)
        if o.response and not n.response:
            self.emit("response-removed", name, "response", f"no longer documents a response body ({o.response})")
        elif n.response and not o.response:
            self.emit("response-added", name, "response", f"now documents a response body ({n.response})")
        elif o.response and n.response:
            self.schema(Ref(o.response), Ref(n.response), "", "response", name)
        for code in sorted(set(n.errors) - set(o.errors)):
            self.emit("error-status-added", name, f"errors.{code}", f"documents error status {code}")
        for code in sorted(set(o.errors) - set(n.errors)):
            self.emit("error-status-removed", name, f"errors.{code}", f"no longer documents error status {code}")

    def path_params(self, o: Operation, n: Operation, name: str) -> None:
        old_order = re.findall(r"{([^{}]+)}", o.path)
        new_order = re.findall(r"{([^{}]+)}", n.path)
        if len(old_order) == len(new_order):
            for index, (a, b) in enumerate(zip(old_order, new_order, strict=True)):
                if a != b:
                    self.emit("path-param-renamed", name, f"path.{b}", f"path parameter {a!r} (position {index + 1}) is now {b!r}")
                self.param(o.path_params.get(a), n.path_params.get(b), f"path.{b}", name)

    def param(self, o: Param | Filter | None, n: Param | Filter | None, location: str, name: str) -> None:
        if o is None or n is None:
            return
        o_array = getattr(o, "array", False)
        n_array = getattr(n, "array", False)
        if o.type != n.type or o_array != n_array:
            if {o.type, n.type} <= {"enum", "string"} and o_array == n_array:
                pass  # an enum opened to any string, or a string narrowed to values: enum rules below
            else:
                def show(kind: str, array: bool) -> str:
                    return f"list of {kind}" if array else kind

                self.emit("param-type-changed", name, location, f"{show(o.type, o_array)} -> {show(n.type, n_array)}")
                return
        if o.type == "enum" and n.type == "string":
            return
        if n.type == "enum" and o.type == "string":
            self.emit("param-type-changed", name, location, f"string -> one of {n.enum}")
            return
        self._enum(o.enum, n.enum, location, "request", name)

    def query(self, o: Operation, n: Operation, name: str, reported: set[str]) -> None:
        for q in sorted(set(o.query) | set(n.query)):
            where = f"query.{q}"
            if q not in n.query:
                if q in n.filters:
                    continue  # became a filter family; the filter rules report it
                self.emit("query-param-removed", name, where, f"query parameter {q!r} was removed")
                reported.add(f"query:{q}")
            elif q not in o.query:
                if q in o.filters:
                    continue
                if n.query[q].required:
                    self.emit("required-query-param-added", name, where, f"required query parameter {q!r} was added")
                else:
                    self.emit("query-param-added", name, where, f"optional query parameter {q!r} was added")
            else:
                a, b = o.query[q], n.query[q]
                if b.required and not a.required:
                    self.emit("param-became-required", name, where, f"query parameter {q!r} is now required")
                elif a.required and not b.required:
                    self.emit("param-became-optional", name, where, f"query parameter {q!r} is now optional")
                self.param(a, b, where, name)

    def filters(self, old_h: str, new_h: str, o: Operation, n: Operation, name: str, reported: set[str]) -> None:
        for f in sorted(set(o.filters) | set(n.filters)):
            where = f"filters.{f}"
            if f not in n.filters:
                if f in n.query:
                    self.emit("filter-operator-removed", name, where, f"{f!r} is no longer a filter; only {f}=value remains")
                    continue
                self.emit("filter-removed", name, where, f"filter {f!r} was removed")
                reported.add(f"filter:{f}")
                continue
            if f not in o.filters:
                self.emit("filter-added", name, where, f"filter {f!r} was added with operators {n.filters[f].ops}")
                continue
            a, b = o.filters[f], n.filters[f]
            old_ops = list(a.ops) + (["(plain)"] if a.plain else [])
            new_ops = list(b.ops) + (["(plain)"] if b.plain else [])
            gone = [x for x in old_ops if x not in new_ops]
            came = [x for x in new_ops if x not in old_ops]
            if gone:
                self.emit("filter-operator-removed", name, where, f"operator(s) {gone} of {f!r} were removed")
            if came:
                self.emit("filter-operator-added", name, where, f"operator(s) {came} of {f!r} were added")
            self.param(a, b, where, name)
            if self.old.filter_shapes is not None and self.new.filter_shapes is not None:
                for op in sorted(set(a.ops) & set(b.ops)):
                    before = self.old.filter_shapes.get((old_h, f, op))
                    after = self.new.filter_shapes.get((new_h, f, op))
                    if before and after and before != after:
                        self.emit(
                            "filter-value-shape-changed", name, f"{where}[{op}]",
                            f"{f}[{op}] takes {'an array' if after == 'array' else 'a single value'} "
                            f"(was {'an array' if before == 'array' else 'a single value'})",
                        )

    def body(self, o: Operation, n: Operation, name: str, reported: set[str]) -> None:
        a, b = o.body, n.body
        if a is None and b is None:
            return
        if a is None:
            assert b is not None
            self.emit("request-body-added", name, "body", f"now takes a request body ({b.model})")
            return
        if b is None:
            self.emit("request-body-removed", name, "body", f"no longer takes a request body ({a.model})")
            reported.update(f"body:{x}" for x in self._body_fields(self.old, a))
            return
        if b.required and not a.required:
            self.emit("request-body-became-required", name, "body", "the request body is now required")
        if a.content_type != b.content_type:
            self.emit("request-content-type-changed", name, "body", f"{a.content_type} -> {b.content_type}")
        if not a.variants and b.variants:
            self.emit(
                "request-body-variants-introduced", name, "body",
                f"the body became {len(b.variants)} per-integration variants of {b.model}",
            )
        elif a.variants:
            for key in sorted(set(a.variants) - set(b.variants)):
                self.emit("request-body-variant-removed", name, f"body.variants.{key}", f"variant for {key!r} was removed")
            for key in sorted(set(b.variants) - set(a.variants)):
                self.emit("request-body-variant-added", name, f"body.variants.{key}", f"variant for {key!r} was added")
        old_fields = self._body_fields(self.old, a)
        new_fields = self._body_fields(self.new, b)
        reported.update(f"body:{x}" for x in old_fields - new_fields)
        self.schema(Ref(a.model), Ref(b.model), "", "request", name)
        # Each integration's body is a contract of its own: compared field by field like the
        # base body (changes are rooted at the variant's model, named as its class in the notes).
        for key in sorted(set(a.variants) & set(b.variants)):
            self.schema(Ref(a.variants[key]), Ref(b.variants[key]), "", "request", name)

    def _body_fields(self, side: Side, body: Body) -> set[str]:
        return {f.name for f in side.schemas.fields(body.model)}

    def sdk_surface(self, old_h: str, new_h: str, name: str, reported: set[str]) -> None:
        a, b = self.old.sdk.get(old_h), self.new.sdk.get(new_h)
        if a is None or b is None:
            return
        old_pos = [p.py_name for p in a.path_params]
        new_pos = [p.py_name for p in b.path_params]
        if len(old_pos) != len(new_pos) or (old_pos != new_pos and sorted(old_pos) == sorted(new_pos)):
            self.emit("sdk-positional-args-changed", name, "sdk", f"positional arguments {old_pos} -> {new_pos}")
        old_kw = {x.py_name: f"query:{x.api_name}" for x in a.query}
        old_kw.update({x.py_name: f"filter:{x.api_name}" for x in a.filters})
        old_kw.update({x.py_name: f"body:{x.api_name}" for x in a.body_fields})
        new_kw = {x.py_name for x in list(b.query) + list(b.filters) + list(b.body_fields)}
        for py, source in sorted(old_kw.items()):
            if py not in new_kw and source not in reported:
                kind, _, api = source.partition(":")
                self.emit("sdk-argument-removed", name, f"sdk.{py}", f"keyword argument {py!r} ({kind} {api!r}) is gone")

    # -- webhooks and schemas --

    def webhooks(self) -> None:
        old, new = self.old.spec.webhooks, self.new.spec.webhooks
        for event in sorted(set(old) - set(new)):
            self.emit("webhook-removed", f"webhook {event}", f"webhooks.{event}", f"event {event!r} is no longer documented")
        for event in sorted(set(new) - set(old)):
            self.emit("webhook-added", f"webhook {event}", f"webhooks.{event}", f"event {event!r} was added")
        for event in sorted(set(old) & set(new)):
            self.schema(
                Ref(old[event].model), Ref(new[event].model),
                "", "response", f"webhook {event}",
            )

    def schemas(self) -> None:
        old, new = self.old.spec.models, self.new.spec.models
        targets = set(self.renames.values())
        for name, target in sorted(self.renames.items()):
            merged = " (merged into an existing schema)" if target in old or list(self.renames.values()).count(target) > 1 else ""
            self.emit("schema-renamed", None, f"#/models/{name}", f"schema {name!r} is now {target!r}{merged}")
        replaced = {
            o: n for o, n in self.replaced.items() if o not in new and o not in self.renames and n not in old
        }
        for name, target in sorted(replaced.items()):
            self.emit(
                "schema-replaced", None, f"#/models/{name}",
                f"schema {name!r} was replaced by {target!r}; its field changes are listed separately",
            )
        for name in sorted(set(old) - set(new) - set(self.renames) - set(replaced)):
            self.emit("schema-removed", None, f"#/models/{name}", f"schema {name!r} was removed")
        for name in sorted(set(new) - set(old) - targets - set(replaced.values())):
            self.emit("schema-added", None, f"#/models/{name}", f"schema {name!r} was added")
        # The same schema under another SDK class name (overlay `type_names`, or a derived name
        # that moved): `from trackstar.types import Old` stops working.
        old_public, new_public = _public(self.old), _public(self.new)
        new_classes = {self.new.plan.class_names[m] for m in new_public}
        for name in sorted(old_public & new_public):  # a renamed schema is told by schema-renamed
            before, after = self.old.plan.class_names[name], self.new.plan.class_names[name]
            if before != after and before not in new_classes:
                self.emit("sdk-class-renamed", None, f"#/models/{name}", f"class {before} is now {after}")


def _public(side: Side) -> set[str]:
    """The models the SDK generates a class for."""
    plan = side.plan
    return set(plan.response_models) | set(plan.param_models) | set(plan.variant_models)


def _extra(node: Node) -> Node | None:
    """The type of an object's other keys (a map's values), when the document gives one."""
    if isinstance(node, Map):
        return node.values
    return node.extra if isinstance(node, Object) else None


# --- public API and formats ----------------------------------------------------------------------


def classify(old: Side, new: Side) -> list[Change]:
    """Every change from `old` to `new`, classified by rule (SDK names are added by
    `release_notes.annotate`)."""
    return _reclassify(_Differ(old, new).run(), old)


def _reclassify(changes: list[Change], old: Side) -> list[Change]:
    """A removed schema breaks nobody unless the SDK generated a class for it."""
    public = _public(old)
    out = []
    for c in changes:
        if c.id == "schema-removed" and c.location.removeprefix(MODEL_REF_PREFIX) not in public:
            rule = RULES["internal-schema-removed"]
            c = Change(rule.id, rule.level, c.operation, c.location, c.message)
        out.append(c)
    return sorted(out, key=lambda c: (LEVELS.index(c.level), c.operation or "", c.id, c.location))


def release_level(version: str, level: str) -> str:
    """The bump a release from `version` makes for changes of semver `level`: below 1.0 (the
    0.x convention of Cargo and npm's caret) breaking changes bump the minor version and
    everything else the patch version."""
    if version.split(".", 1)[0] == "0":
        return "minor" if level == "major" else "patch"
    return level


def semver(changes: list[Change]) -> str:
    levels = {c.level for c in changes}
    if "breaking" in levels:
        return "major"
    if changes and any(c.level == "warning" or c.id.endswith("-added") or c.id.endswith("-introduced") for c in changes):
        return "minor"
    return "patch"


def counts(changes: list[Change]) -> dict[str, int]:
    return {level: sum(c.level == level for c in changes) for level in LEVELS}


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def fails(changes: list[Change], fail_on: str | None) -> bool:
    if fail_on is None:
        return False
    threshold = LEVELS.index(fail_on)
    return any(LEVELS.index(c.level) <= threshold for c in changes)


def render_rules(fmt: str = "text") -> str:
    """The rule table, in the order it is defined."""
    if fmt == "json":
        return json.dumps({"rules": [asdict(rule) for rule in _RULE_LIST]}, indent=2) + "\n"
    if fmt == "markdown":
        lines = ["| id | level | description |", "| --- | --- | --- |"]
        lines += [f"| `{r.id}` | {r.level} | {_md(r.description)} |" for r in _RULE_LIST]
        return "\n".join(lines) + "\n"
    width = max(len(r.id) for r in _RULE_LIST)
    return "".join(f"{r.id:<{width}}  {r.level:<8}  {r.description}\n" for r in _RULE_LIST)
