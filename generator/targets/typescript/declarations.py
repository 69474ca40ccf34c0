"""Every type declaration of the package, placed in one module per resource.

- Responses: one interface per response model (every field optional but an envelope's `data`,
  as the API adds and omits fields; unknown fields are kept at run time, not typed).
- Requests: one interface per request model; models of identical structure (most integration
  variants) are declared once, the others alias it.
- A write with per-integration bodies takes `Exclusive<Base | Variant | ...>`: each member
  forbids (`?: never`) the keys only other members have, so a body mixing two variants' fields,
  or fitting none, is a compile error while every variant's own body compiles.
- Filters: a value type and its allowed operators (`FilterOperators<"gte" | "lte", V>`), one
  alias per shape; `in`/`nin` take arrays, datetimes `Date | string`.
- Each operation's params type: query params, filters and body fields in the API's spelling.
- Webhooks: one interface per event, `event_type` its literal, and the union of them all.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.core.plan import OperationPlan, Plan
from generator.core.schema import AllOf, Field, Node, Object, Ref, Schemas
from generator.core.spec.model import Filter, Operation, Param
from generator.core.type_names import noun
from generator.core.errors import GeneratorError
from generator.targets.typescript import RUNTIME_DIR
from generator.targets.typescript import format as fmt
from generator.targets.typescript.naming import TAKEN_TYPE_NAMES, literal, pascal, property_key
from generator.targets.typescript.type_map import TsType, TypeMapper, hint_name

SHARED = "types/shared"
WEBHOOKS = "types/webhooks"
WEBHOOK_UNION = "WebhookEvent"
_LIST_HEADS = ("in", "nin")
_FULL_OPS = {
    "comparable": ("eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"),
    "text": ("eq", "neq", "in", "nin", "contains", "not_contains"),
}
_COMPARABLE = ("datetime", "date", "integer", "number")
_VALUE_TYPES = {
    "string": "string",
    "integer": "number",
    "number": "number",
    "boolean": "boolean",
    "datetime": "DateTimeInput",
    "date": "DateTimeInput",
}


@dataclass
class Module:
    path: str  # `types/wms/orders` (src/<path>.ts)
    decls: dict[str, list[str]] = field(default_factory=dict)  # name -> lines
    uses: set[str] = field(default_factory=set)


@dataclass
class OperationTypes:
    params: str | None  # the params type, None when the method takes none
    params_optional: bool
    response: str  # what the promise resolves to (an envelope, or `unknown`)
    item: str | None  # a list's item type
    module: str


@dataclass
class Declarations:
    modules: dict[str, Module]
    home: dict[str, str]  # type name -> module path
    operations: dict[str, OperationTypes]  # dotted -> its types
    webhook_events: list[str]  # event types, sorted

    def imports(self, module: str, names: Iterable[str]) -> list[str]:
        """`import type { A, B } from "./x.js";` lines for names declared elsewhere."""
        by_module: dict[str, set[str]] = {}
        for name in names:
            home = self.home.get(name)
            if home is not None and home != module:
                by_module.setdefault(home, set()).add(name)
        lines: list[str] = []
        for home in sorted(by_module):
            lines += import_lines(sorted(by_module[home]), relative(module, home), type_only=True)
        return lines


def relative(module: str, target: str) -> str:
    """The specifier of `target` (a path under src/, no extension) from `module`."""
    path = posixpath.relpath(target + ".js", posixpath.dirname(module))
    return path if path.startswith(".") else "./" + path


def import_lines(names: list[str], specifier: str, *, type_only: bool) -> list[str]:
    keyword = "import type" if type_only else "import"
    line = f"{keyword} {{ {', '.join(names)} }} from {literal(specifier)};"
    if fmt._fits(line) or len(names) == 1:
        return [line]
    return [f"{keyword} {{", *(f"{fmt.INDENT}{n}," for n in names), f"}} from {literal(specifier)};"]


def _module_path(import_path: str | None) -> str:
    return import_path.replace(".", "/") if import_path else SHARED


def _resource_module(resource: str) -> str:
    return "types/" + "/".join(resource.split("."))


class _Builder:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.schemas: Schemas = plan.schemas
        self.modules: dict[str, Module] = {}
        self.home: dict[str, str] = {}
        self.taken: set[str] = set(plan.class_names.values()) | set(TAKEN_TYPE_NAMES)
        self.response_names = {m: plan.class_names[m] for m in plan.response_models}
        self.request_names: dict[str, str] = {}
        # A page's items are always there (the runtime rejects a page without them).
        self.pages = {o.response for _, _, o in plan.spec.operations() if o.paginated and o.response}
        self.reserved: dict[str, str] = {}  # operation -> its params name, freed from its base body
        self.representative: dict[str, str] = {}  # request model -> the name declaring its shape
        self.filter_names: dict[tuple[object, ...], str] = {}  # filter shape -> its alias

    # -- names and modules ------------------------------------------------------------------

    def unique(self, name: str) -> str:
        base, n = name, 2
        while name in self.taken:
            name, n = f"{base}{n}", n + 1
        self.taken.add(name)
        return name

    def module(self, path: str) -> Module:
        if path not in self.modules:
            self.modules[path] = Module(path)
        return self.modules[path]

    def declare(self, module: Module, name: str, lines: list[str], uses: Iterable[str] = ()) -> None:
        module.decls[name] = lines
        module.uses.update(uses)
        self.home[name] = module.path

    def home_of_class(self, class_name: str) -> str:
        return _module_path(self.plan.type_module_of.get(class_name))

    # -- objects ----------------------------------------------------------------------------

    def interface(self, name: str, fields: list[Field], mapper: TypeMapper, *, response: bool,
                  required: frozenset[str] = frozenset(), overrides: dict[str, TsType] | None = None,
                  description: str | None = None) -> list[str]:
        lines = fmt.comment(0, description) if description else []
        if not fields:
            return [*lines, f"export interface {name} {{}}"]
        lines.append(f"export interface {name} {{")
        for f in fields:
            members = (overrides or {}).get(f.name) or mapper.type_of(f.node, hint_name(name, f.name))
            optional = f.name not in required if response else not f.required
            lines += fmt.member(1, property_key(f.name), members, optional=optional)
        lines.append("}")
        return lines

    def hoist_into(self, module: Module, response: bool) -> TypeMapper:
        names = self.response_names if response else self.request_names

        def hoist(node: Node, hint: str) -> str:
            name = self.unique(hint)
            inner = TypeMapper(self.schemas, names, hoist)
            fields = sorted(self.schemas.object_fields(node).values(), key=lambda f: f.name)
            lines = self.interface(name, fields, inner, response=response)
            self.declare(module, name, lines, inner.used)
            return name

        return TypeMapper(self.schemas, names, hoist)

    def model(self, model: str, name: str, *, response: bool) -> None:
        module = self.module(self.home_of_class(self.plan.class_names[model]))
        mapper = self.hoist_into(module, response)
        node, _, _ = self.schemas.resolve(Ref(model))
        if isinstance(node, (Object, AllOf)):
            overrides: dict[str, TsType] = {}
            required = self.plan.response_required.get(model, frozenset())
            if model in self.pages:
                required = required | {self.plan.spec.api.pagination.items}
            constants = self.plan.event_constants.get(model, {})
            for key, value in constants.items():
                overrides[key] = (literal(value),)
                required = required | {key}
            lines = self.interface(name, self.schemas.fields(model), mapper, response=response,
                                   required=required, overrides=overrides)
        else:
            lines = fmt.alias(name, mapper.type_of(self.schemas[model], name))
        self.declare(module, name, lines, mapper.used)

    # -- the whole package ------------------------------------------------------------------

    def build(self) -> Declarations:
        plan = self.plan
        self.check_pages()
        self.shared_helpers()
        for model in plan.response_models:
            self.model(model, self.response_names[model], response=True)
        self.request_models()
        operations = {op.dotted: self.operation(op) for op in plan.operations}
        events = self.webhooks()
        return Declarations(self.modules, self.home, operations, events)

    def check_pages(self) -> None:
        """A page object carries its envelope's fields beside the page methods: a field named
        like one of them (the runtime's PAGE_MEMBERS) would be shadowed."""
        members = page_members()
        for model in sorted(self.pages):
            clash = sorted({f.name for f in self.schemas.fields(model)} & members)
            if clash:
                raise GeneratorError(
                    "specs/models.json",
                    f"the page envelope {model} has a field {clash[0]!r}, which the TypeScript page "
                    "object uses for a method; rename the field's SDK name in the overlay",
                    where=f"{model}.{clash[0]}",
                )

    def shared_helpers(self) -> None:
        shared = self.module(SHARED)
        self.declare(shared, "DateTimeInput", [
            "/** A datetime filter value: a Date, or an ISO-8601 string with a time zone. */",
            "export type DateTimeInput = Date | string;",
        ])
        self.declare(shared, "ListOperator", [
            "/** The operators that take a list of values (`in`, `nin`, `in-insensitive`, ...). */",
            "export type ListOperator = \"in\" | \"nin\" | `in-${string}` | `nin-${string}`;",
        ])
        self.declare(shared, "FilterOperators", [
            "/** An object of the operators a filter field allows, each with its operand. */",
            "export type FilterOperators<Ops extends string, Value> = {",
            "  [Op in Ops]?: Op extends ListOperator ? ReadonlyArray<Value> : Value;",
            "};",
        ], ["ListOperator"])
        self.declare(shared, "KeysOf", [
            "/** Every key of every member of a union (`keyof` gives only the shared ones). */",
            "export type KeysOf<U> = U extends unknown ? keyof U : never;",
        ])
        self.declare(shared, "Exclusive", [
            "/**",
            " * One member of a union of bodies, exactly: each member forbids the keys that only",
            " * other members have, so an object mixing two members' fields fits none.",
            " */",
            "export type Exclusive<U, K extends PropertyKey = KeysOf<U>> = U extends unknown",
            "  ? U & { [P in Exclude<K, keyof U>]?: never }",
            "  : never;",
        ], ["KeysOf"])

    def request_models(self) -> None:
        plan = self.plan
        response_names = set(self.response_names.values())
        models = plan.param_models + [m for m in plan.variant_models if m not in set(plan.param_models)]
        for model in models:
            name = plan.class_names[model]
            self.request_names[model] = self.unique(name + "Params") if name in response_names else name
        # A write whose params type is a union (or adds query params) names it `<Stem>Params`:
        # its base body, when named so, becomes `<Stem>BaseParams`.
        for op in plan.operations:
            if op.body_model and (op.variants or self._query_like(op)):
                wanted = self._stem(op) + "Params"
                if self.request_names.get(op.body_model) == wanted:
                    self.request_names[op.body_model] = self.unique(self._stem(op) + "BaseParams")
                    self.reserved[op.dotted] = wanted
        # One declaration per structure: the first model of each shape (params models first).
        first: dict[str, str] = {}
        for model in models:
            shape = self.schemas.structural_hash(model)
            rep = first.setdefault(shape, model)
            name = self.request_names[model]
            if rep == model:
                self.model(model, name, response=False)
            else:
                module = self.module(self.home_of_class(plan.class_names[model]))
                target = self.request_names[rep]
                self.declare(module, name, fmt.alias(name, (target,)), [target])
        self.representative = {m: self.request_names[first[self.schemas.structural_hash(m)]] for m in models}

    # -- operations -------------------------------------------------------------------------

    def _spec_op(self, op: OperationPlan) -> Operation:
        for _, _, spec_op in self.plan.spec.operations():
            if spec_op.method == op.method and spec_op.path == op.path:
                return spec_op
        raise KeyError(f"{op.method} {op.path}")

    def _stem(self, op: OperationPlan) -> str:
        return noun(op.resource, self.plan.spec.default_area) + pascal(op.dotted.rsplit(".", 1)[1])

    def _query_like(self, op: OperationPlan) -> bool:
        return bool(op.query or op.filters or op.paginated)

    def operation(self, op: OperationPlan) -> OperationTypes:
        spec_op = self._spec_op(op)
        module = self.module(_resource_module(op.resource))
        response = self._response_type(spec_op)
        item = self.response_names.get(spec_op.item) if spec_op.item else None
        stem = self._stem(op)
        members: list[str] = []  # the body's union members (representatives, deduplicated)
        body_required = False
        if spec_op.body:
            for model in [spec_op.body.model, *(spec_op.body.variants[k] for k in sorted(spec_op.body.variants))]:
                rep = self.representative.get(model, self.request_names.get(model, "unknown"))
                if rep not in members:
                    members.append(rep)
            body_required = spec_op.body.required and all(
                any(f.required for f in self.schemas.fields(m))
                for m in [spec_op.body.model, *spec_op.body.variants.values()]
            )
        query_fields = self.query_fields(op, spec_op, stem)
        if not query_fields and not members:
            return OperationTypes(None, True, response, item, module.path)
        query_required = any(line_required for _, _, line_required in query_fields)
        optional = not query_required and not body_required
        if members and not query_fields and len(members) == 1:
            return OperationTypes(members[0], optional, response, item, module.path)
        name = self.reserved.get(op.dotted) or self.unique(stem + "Params")
        uses: set[str] = set()
        lines: list[str] = []
        if query_fields:
            query_name = self.unique(stem + "Query") if members else name
            lines.append(f"export interface {query_name} {{")
            for key, type_members, required in query_fields:
                lines += fmt.member(1, property_key(key), type_members, optional=not required)
                uses.update(_names_in(type_members))
            lines.append("}")
            if members:
                self.declare(module, query_name, lines, uses)
                lines = []
                body = f"Exclusive<{' | '.join(members)}>" if len(members) > 1 else members[0]
                lines = fmt.alias(name, (f"{query_name} & {body}",))
                uses = {query_name, *members, "Exclusive"}
        else:
            lines = fmt.generic_alias(name, "Exclusive", tuple(members))
            uses = {*members, "Exclusive"}
        self.declare(module, name, lines, uses)
        return OperationTypes(name, optional, response, item, module.path)

    def _response_type(self, spec_op: Operation) -> str:
        if spec_op.response and spec_op.response in self.response_names:
            return self.response_names[spec_op.response]
        return "unknown"

    def query_fields(self, op: OperationPlan, spec_op: Operation, stem: str) -> list[tuple[str, TsType, bool]]:
        fields: list[tuple[str, TsType, bool]] = []
        for api, param in sorted(spec_op.query.items()):
            fields.append((api, _param_type(param), param.required))
        for api, flt in sorted(spec_op.filters.items()):
            fields.append((api, (self.filter_type(op, api, flt),), False))
        token = self.plan.spec.api.pagination.token_in
        if op.paginated and token not in spec_op.query and token not in spec_op.filters:
            fields.append((token, ("string",), False))
        return fields

    def filter_type(self, op: OperationPlan, api: str, flt: Filter) -> str:
        """The alias of one filter shape (value type, operators), declared on first use."""
        key = (tuple(flt.enum or ()) if flt.type == "enum" else flt.type, tuple(flt.ops), flt.plain)
        cache = self.filter_names
        if key in cache:
            return cache[key]
        if flt.type == "enum":
            module = self.module(_resource_module(op.resource))
            value = self.unique(noun(op.resource, self.plan.spec.default_area) + pascal(api))
            self.declare(module, value, fmt.alias(value, tuple(literal(v) for v in flt.enum or ())))
            stem, family = value, "text"
        else:
            module = self.module(SHARED)
            value = _VALUE_TYPES[flt.type]
            stem, family = pascal(flt.type), "comparable" if flt.type in _COMPARABLE else "text"
        name = self.unique(stem + _ops_descriptor(tuple(flt.ops), family) + "Filter")
        members: list[str] = []
        if flt.plain or "eq" in flt.ops:
            members.append(value)
        if "in" in flt.ops:
            members.append(f"ReadonlyArray<{value}>")
        lines = fmt.filter_alias(name, tuple(members), tuple(literal(o) for o in flt.ops), value)
        self.declare(module, name, lines, [value, "FilterOperators"])
        cache[key] = name
        return name

    # -- webhooks ---------------------------------------------------------------------------

    def webhooks(self) -> list[str]:
        events = [event for event, _ in self.plan.webhooks]
        if not events:
            return []
        names = sorted({name for _, name in self.plan.webhooks})
        module = self.module(WEBHOOKS)
        lines = [
            "/** Every webhook event; narrow it on `event_type`. */",
            *fmt.alias(WEBHOOK_UNION, tuple(names)),
        ]
        self.taken.add(WEBHOOK_UNION)
        self.declare(module, WEBHOOK_UNION, lines, names)
        return sorted(events)


def _names_in(members: TsType) -> set[str]:
    return set(re.findall(r"\b[A-Z][A-Za-z0-9_]*\b", " ".join(members))) - {"Array", "ReadonlyArray", "Record"}


def _param_type(param: Param) -> TsType:
    if param.type == "enum":
        value: TsType = tuple(literal(v) for v in param.enum or ())
    else:
        value = (_VALUE_TYPES[param.type] if param.type not in ("datetime", "date") else "string",)
    if param.array:
        return (f"ReadonlyArray<{' | '.join(value)}>",)
    return value


def _ops_descriptor(ops: tuple[str, ...], family: str) -> str:
    """'' for the usual full set, `Range` for comparisons only, `In` for membership only."""
    if ops == _FULL_OPS[family]:
        return ""
    if family == "comparable" and set(ops) <= {"eq", "neq", "gt", "gte", "lt", "lte"}:
        return "Range"
    if ops == ("in",):
        return "In"
    if any(op.endswith("-insensitive") for op in ops):
        return "CaseInsensitive"
    return "".join(pascal(op) for op in ops)


def page_members() -> set[str]:
    """The names the runtime's page object defines (pagination.ts's PAGE_MEMBERS)."""
    source = (RUNTIME_DIR / "pagination.ts").read_text(encoding="utf-8")
    match = re.search(r"PAGE_MEMBERS[^=]*=\s*\[(.*?)\]", source, flags=re.S)
    if match is None:
        raise RuntimeError(f"{RUNTIME_DIR}/pagination.ts has no PAGE_MEMBERS list")
    return set(re.findall(r'"([^"]+)"', match.group(1)))


def build(plan: Plan) -> Declarations:
    return _Builder(plan).build()
