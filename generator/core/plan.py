"""Plan: turn a validated spec into the language-neutral render context.

Operations, their params, filters (field x operators x value type), bodies and variants,
pagination, events, the resource tree and the SDK's names are planned once, for every target.
Types are referenced as schema nodes (`generator/core/schema.py`), never as a language's text:
each target turns a node into its own annotation and takes its imports from the nodes it used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from generator.core.facts import IDEMPOTENT_METHODS, READ_METHODS
from generator.core.naming import pascal, safe_identifier, snake
from generator.core.schema import Array, Enum, Node, Nullable, Object, Scalar, ScalarKind, Schemas, carries_file, refs
from generator.core.spec.model import Filter, Operation, Param, Spec
from generator.core.type_names import SHADOWING, derive_names, noun

T = TypeVar("T")

# The operator sets a filter type is named after its value type alone (`DatetimeFilter`).
FULL_OPS = {
    "comparable": ("eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"),
    "text": ("eq", "neq", "in", "nin", "contains", "not_contains"),
}
_COMPARABLE = ("datetime", "date", "integer", "number")


@dataclass
class ParamPlan:
    api_name: str
    py_name: str  # the argument's identifier (snake_case, never a keyword)
    kind: str
    node: Node  # its value type: a scalar or enum, in an Array when it takes a list
    required: bool
    array: bool = False
    values: list[str] = field(default_factory=list)  # enum values, for examples and docs


@dataclass
class FilterType:
    """One public filter TypedDict, shared by every filter of the same shape."""

    name: str
    ops: list[str]
    value: Node  # the type of one value: a scalar, or the enum of the field's values
    value_alias: str | None  # the enum's own type name (`OrderStatus`), for enum filters
    kind: str


@dataclass
class FilterPlan:
    api_name: str
    py_name: str
    kind: str
    ops: list[str]
    plain: bool
    type: FilterType
    values: list[str]
    constant: str  # module-level FilterField constant

    @property
    def takes_plain_value(self) -> bool:
        """A bare value is sent as the field itself (`status=open`), meaning `eq`."""
        return self.plain or "eq" in self.ops


@dataclass
class FieldPlan:
    """A keyword argument taken from the request body's base schema."""

    api_name: str
    py_name: str
    node: Node
    required: bool

    @property
    def is_file(self) -> bool:
        """Sent as a multipart file part."""
        return carries_file(self.node)


@dataclass
class OperationPlan:
    dotted: str
    resource: str
    name: str
    method: str
    path: str
    path_parts: list[tuple[str, str]]  # ("text", literal) or ("param", py_name)
    path_params: list[ParamPlan]
    query: list[ParamPlan]
    filters: list[FilterPlan]
    body_fields: list[FieldPlan]
    body_model: str | None
    body_class: str | None
    content_type: str
    variants: dict[str, str]  # integration -> TypedDict class of its body
    body_union: str | None  # `OrderCreateBody`: the base body or any integration's
    response_class: str | None
    item_class: str | None
    paginated: bool
    auth: list[str]
    errors: list[int]
    description: str | None
    is_write: bool
    may_apply_twice: bool  # a POST/PATCH not marked idempotent: takes `retry_writes`
    idempotent: bool  # marked so in the spec: its calls tell the runtime to retry it like a PUT


@dataclass
class ResourcePlan:
    dotted: str
    attr: str
    class_name: str
    module: str  # flat name, used for the reference page
    import_path: str = ""  # `resources.wms.orders`, under the package
    file: str = ""  # `resources/wms/orders/__init__.py`
    description: str | None = None
    operations: list[OperationPlan] = field(default_factory=list)
    children: list[ResourcePlan] = field(default_factory=list)
    model_modules: list[str] = field(default_factory=list)  # private models modules it imports


@dataclass
class TypeModule:
    """A public per-resource module of types: `trackstar.types.wms.orders`."""

    import_path: str  # `types.wms.orders`
    file: str
    resource: str
    models: list[str] = field(default_factory=list)  # response model classes
    params: list[str] = field(default_factory=list)  # request TypedDicts
    variants: list[str] = field(default_factory=list)  # per-integration TypedDicts and body unions
    filters: list[str] = field(default_factory=list)  # filter TypedDicts and enum aliases


@dataclass
class Plan:
    spec: Spec
    schemas: Schemas
    package: str
    version: str
    root: ResourcePlan
    resources: list[ResourcePlan]
    operations: list[OperationPlan]
    class_names: dict[str, str]  # spec model name -> SDK type name (the same in every target)
    response_models: list[str]
    param_models: list[str]
    variant_models: list[str]
    webhooks: list[tuple[str, str]]  # (event type, class name)
    filter_types: list[FilterType]
    body_unions: dict[str, list[str]]  # union alias -> member classes (base first)
    type_modules: list[TypeModule]
    type_module_of: dict[str, str]  # public type name -> `types.wms.orders`
    model_module_of: dict[str, str]  # response model class -> its private module (`wms_orders`)
    response_required: dict[str, frozenset[str]]  # model -> fields a response always has
    event_constants: dict[str, dict[str, str]]  # webhook model -> {"event_type": its event}
    referenced_by: dict[str, list[str]]  # response model -> response models that point at it
    returned_by: dict[str, list[OperationPlan]] = field(default_factory=dict)  # class -> operations
    listed_by: dict[str, list[OperationPlan]] = field(default_factory=dict)  # item class -> list operations
    events_of: dict[str, list[str]] = field(default_factory=dict)  # class -> webhook event types


# Names the resource template imports or defines; a resource class must not shadow them.
_RESOURCE_MODULE_NAMES = {
    "Mapping", "Sequence", "TypeAlias", "TypedDict", "Literal", "FilterField", "SyncAPIResource",
    "AsyncAPIResource", "SyncCursorPage", "AsyncPaginator", "APIResponse", "FileTypes", "NotGiven",
    "ListOrTuple", "overload",
}


def _resource_class(name: str) -> str:
    if name in _RESOURCE_MODULE_NAMES or name in SHADOWING or name.startswith("Async"):
        return name + "Resource"
    return name


_SCALAR_KINDS: tuple[ScalarKind, ...] = ("string", "integer", "number", "boolean", "datetime", "date")


def value_node(kind: str, values: Iterable[str] | None = None) -> Node:
    """The node of a spec value type (`enum` with its values)."""
    members = tuple(values or ())
    if kind == "enum" and members:
        return Enum(members)
    return Scalar(next((k for k in _SCALAR_KINDS if k == kind), "string"))


def _param_plan(api_name: str, param: Param, py_name: str) -> ParamPlan:
    value = value_node(param.type, param.enum)
    node: Node = Array(value) if param.array else value
    return ParamPlan(api_name, py_name, param.type, node, param.required, param.array, list(param.enum or []))


def _path_parts(path: str, py_names: dict[str, str]) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    for piece in re.split(r"({[^{}]+})", path):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(("param", py_names[piece[1:-1]]))
        elif piece:
            parts.append(("text", piece))
    return parts


class _Names:
    """Hands out unique Python argument names within one method. A wire name that is already
    a plain identifier keeps it even when another name snake-cases to the same (`Species`
    beside `species` becomes `species_2`, whatever their order), so adding one never renames
    the other."""

    def __init__(self, wire_names: Iterable[str] = ()) -> None:
        self.taken: set[str] = {"body"} | _METHOD_LOCALS
        self.exact = {name for name in wire_names if _plain(name)}

    def take(self, api_name: str) -> str:
        name = safe_identifier(api_name if _plain(api_name) else snake(api_name))
        base, n = name, 2
        while name in self.taken or (name in self.exact and name != api_name):
            name, n = f"{base}_{n}", n + 1
        self.taken.add(name)
        return name


# Names a generated method body uses besides its arguments (its locals and the helpers it calls):
# an argument must not shadow them (a path parameter called `path_param`).
_METHOD_LOCALS = {
    "_body", "_fields", "_file_fields", "_files", "_options", "_path", "_query",
    "path_param", "encode_query", "make_options", "given_fields", "given_files", "body_or_fields",
}


def _plain(name: str) -> bool:
    return name.isidentifier() and name.isascii() and name == name.lower()


def _ops_descriptor(ops: tuple[str, ...], family: str) -> str:
    """A short word for a set of operators: '' for the usual full set, `Range` for comparisons
    only, `In` for list membership only, `CaseInsensitive` when it has `-insensitive` variants."""
    if ops == FULL_OPS[family]:
        return ""
    if set(ops) <= {"eq", "neq", "gt", "gte", "lt", "lte"} and family == "comparable":
        return "Range"
    if ops == ("in",):
        return "In"
    if any(op.endswith("-insensitive") for op in ops):
        return "CaseInsensitive"
    return "".join(pascal(op) for op in ops)


class _FilterTypes:
    """One TypedDict per filter shape (value type and operators), named after the shape."""

    def __init__(self) -> None:
        self.by_shape: dict[tuple[tuple[str, ...], tuple[str, ...]], FilterType] = {}
        self.taken: set[str] = set()

    def get(self, flt: Filter, owner_noun: str, field_name: str) -> FilterType:
        values = tuple(flt.enum or ())
        value_key = ("enum", *values) if flt.type == "enum" else (flt.type,)
        shape = (value_key, tuple(flt.ops))
        found = self.by_shape.get(shape)
        if found is not None:
            return found
        alias = None
        if flt.type == "enum":
            alias = self._unique(owner_noun + pascal(field_name))
            stem = alias
            family = "text"
        else:
            stem = pascal(flt.type)
            family = "comparable" if flt.type in _COMPARABLE else "text"
        name = stem + _ops_descriptor(tuple(flt.ops), family) + "Filter"
        if name in self.taken:  # another shape has the short name: spell this one's operators out
            name = stem + "".join(pascal(op) for op in flt.ops) + "Filter"
        created = FilterType(
            name=self._unique(name),
            ops=list(flt.ops),
            value=value_node(flt.type, flt.enum),
            value_alias=alias,
            kind=flt.type,
        )
        self.by_shape[shape] = created
        return created

    def _unique(self, name: str) -> str:
        base, n = name, 2
        while name in self.taken:
            name, n = f"{base}{n}", n + 1
        self.taken.add(name)
        return name


def _operation_plan(
    spec: Spec,
    schemas: Schemas,
    resource: str,
    op_name: str,
    op: Operation,
    names: dict[str, str],
    prefix: str,
    filter_types: _FilterTypes,
) -> OperationPlan:
    taken = _Names([*op.path_params, *op.query, *op.filters])
    path_params = [
        _param_plan(api, param, taken.take(api)) for api, param in op.path_params.items()
    ]
    # Order path params as they appear in the path: they are positional.
    order = re.findall(r"{([^{}]+)}", op.path)
    path_params.sort(key=lambda p: order.index(p.api_name))
    query = [_param_plan(api, param, taken.take(api)) for api, param in sorted(op.query.items())]
    filters = []
    for api, flt in sorted(op.filters.items()):
        py_name = taken.take(api)
        filters.append(
            FilterPlan(
                api_name=api,
                py_name=py_name,
                kind=flt.type,
                ops=list(flt.ops),
                plain=flt.plain,
                type=filter_types.get(flt, noun(resource, spec.default_area), api),
                values=list(flt.enum or []),
                constant=f"_{snake(prefix + pascal(op_name) + pascal(api)).upper()}",
            )
        )
    body_fields: list[FieldPlan] = []
    body_class = None
    if op.body:
        body_class = names[op.body.model]
        for f in schemas.fields(op.body.model):
            body_fields.append(FieldPlan(f.name, taken.take(f.name), f.node, f.required))
        body_fields.sort(key=lambda f: not f.required)
    variants = {k: names[v] for k, v in sorted(op.body.variants.items())} if op.body else {}
    path_names = {p.api_name: p.py_name for p in path_params}
    auth = op.auth if op.auth is not None else spec.api.default_auth
    return OperationPlan(
        dotted=".".join(safe_identifier(part) for part in f"{resource}.{op_name}".split(".")),
        resource=resource,
        name=safe_identifier(op_name),
        method=op.method,
        path=op.path,
        path_parts=_path_parts(op.path, path_names),
        path_params=path_params,
        query=query,
        filters=filters,
        body_fields=body_fields,
        body_model=op.body.model if op.body else None,
        body_class=body_class,
        content_type=op.body.content_type if op.body else "application/json",
        variants=variants,
        body_union=(body_class.removesuffix("Params") + "Body") if variants and body_class else None,
        response_class=names[op.response] if op.response else None,
        item_class=names[op.item] if op.item else None,
        paginated=op.paginated,
        auth=list(auth),
        errors=sorted(op.errors),
        description=op.description,
        is_write=op.method not in READ_METHODS,
        may_apply_twice=op.method not in IDEMPOTENT_METHODS and not op.idempotent,
        idempotent=op.idempotent,
    )


def class_names(spec: Spec, schemas: Schemas) -> tuple[dict[str, str], dict[str, str]]:
    """(spec model -> class name, class name -> owning resource) for every model."""
    derived = derive_names(spec, schemas)
    names = {model: named.name for model, named in derived.items()}
    taken = {name.lower() for name in names.values()}
    for model in sorted(schemas.models):
        if model not in names:  # reached by no operation or event: never generated
            candidate, n = pascal(model), 2
            base = candidate
            while candidate.lower() in taken or candidate in SHADOWING:
                candidate, n = f"{base}{n}", n + 1
            taken.add(candidate.lower())
            names[model] = candidate
    return names, {named.name: named.owner for named in derived.values()}


def build_plan(spec: Spec, schemas: Schemas | None = None) -> Plan:
    schemas = schemas or Schemas.from_spec(spec.models)
    names, owners = class_names(spec, schemas)
    root = ResourcePlan(dotted="", attr="", class_name="Root", module="", description=spec.api.description)
    nodes: dict[str, ResourcePlan] = {"": root}

    def node(dotted: str) -> ResourcePlan:
        if dotted in nodes:
            return nodes[dotted]
        parent_name, _, attr = dotted.rpartition(".")
        parent = node(parent_name)
        created = ResourcePlan(
            dotted=dotted,
            attr=safe_identifier(attr),
            class_name=_resource_class("".join(pascal(p) for p in dotted.split("."))),
            module=safe_identifier(snake(dotted.replace(".", "_"))),
            description=spec.resources[dotted].description if dotted in spec.resources else None,
        )
        nodes[dotted] = created
        parent.children.append(created)
        return created

    filter_types = _FilterTypes()
    operations = []
    for resource_name, op_name, op in spec.operations():
        target = node(resource_name)
        plan = _operation_plan(spec, schemas, resource_name, op_name, op, names, target.class_name, filter_types)
        target.operations.append(plan)
        operations.append(plan)
    for item in nodes.values():
        item.children.sort(key=lambda c: c.attr)
        item.operations.sort(key=lambda o: o.name)
    _place_modules(root)

    ops = spec.operations()
    response_roots = {op.response for _, _, op in ops if op.response} | {op.item for _, _, op in ops if op.item}
    response_roots |= {hook.model for hook in spec.webhooks.values()}
    body_roots = {op.body.model for _, _, op in ops if op.body}
    variant_roots = {m for _, _, op in ops if op.body for m in op.body.variants.values()}
    param_models = schemas.closure(body_roots)
    response_models = schemas.closure(response_roots)
    variant_models = [m for m in schemas.closure(variant_roots) if m not in set(param_models)]
    referenced_by: dict[str, list[str]] = {}
    for parent in response_models:
        for child in sorted(refs(schemas[parent]) - {parent}):
            referenced_by.setdefault(child, []).append(parent)
    body_unions = {
        op.body_union: [op.body_class or "", *op.variants.values()]
        for op in sorted(operations, key=lambda o: o.dotted) if op.body_union
    }
    result = Plan(
        spec=spec,
        response_required=_envelopes(spec, schemas),
        event_constants=_event_constants(spec, schemas),
        schemas=schemas,
        package=spec.api.package,
        version=spec.api.sdk_version,
        root=root,
        resources=sorted((n for n in nodes.values() if n.dotted), key=lambda n: n.dotted),
        operations=sorted(operations, key=lambda o: o.dotted),
        class_names=names,
        response_models=response_models,
        param_models=param_models,
        variant_models=variant_models,
        webhooks=[(event, names[hook.model]) for event, hook in sorted(spec.webhooks.items())],
        filter_types=sorted(filter_types.by_shape.values(), key=lambda t: t.name),
        body_unions=body_unions,
        type_modules=[],
        type_module_of={},
        model_module_of={},
        referenced_by=referenced_by,
        returned_by=_group((op.response_class, op) for op in operations),
        listed_by=_group((op.item_class, op) for op in operations),
        events_of=_group((names[hook.model], event) for event, hook in sorted(spec.webhooks.items())),
    )
    result.type_modules = _type_modules(result, owners)
    result.type_module_of = {
        name: tm.import_path for tm in result.type_modules for name in tm.models + tm.params + tm.variants + tm.filters
    }
    result.model_module_of = _model_modules(result)
    for resource in result.resources:
        returned = {op.item_class if op.paginated else op.response_class for op in resource.operations}
        resource.model_modules = sorted({result.model_module_of[c] for c in returned if c})
    return result


def _model_modules(plan: Plan) -> dict[str, str]:
    """The private module of each response model: `types/_models/<module>.py`, named after the
    public types module that exports it (`types.wms.orders` -> `wms_orders`), so that a call
    imports only the models of its resource and those they refer to.

    Modules that would import each other (a model of A refers to one of B and back) are merged
    into the first of them: the imports between model modules must form no cycle.
    """
    home = {
        m: plan.type_module_of[plan.class_names[m]].removeprefix("types.").replace(".", "_")
        for m in plan.response_models
    }
    deps: dict[str, set[str]] = {h: set() for h in home.values()}
    for m in plan.response_models:
        deps[home[m]].update(home[r] for r in refs(plan.schemas[m]) if r in home and home[r] != home[m])

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for nxt in deps[todo.pop()] - seen:
                seen.add(nxt)
                todo.append(nxt)
        return seen

    reach = {h: reachable(h) for h in deps}
    merged = {h: min({h} | {g for g in reach[h] if h in reach[g]}) for h in deps}
    return {plan.class_names[m]: merged[home[m]] for m in plan.response_models}


def _envelopes(spec: Spec, schemas: Schemas) -> dict[str, frozenset[str]]:
    """Fields a response model always has, typed as present (a response without one still
    parses, with a warning, unless the client is strict):

    - a successful call's envelope carries its data (the key the spec's pagination names its
      items by, `data`), so that `retrieve(...).data.id` needs no None check;
    - a webhook event carries what its document lists as required (`event_type`, `data`,
      `connection_id`, ..., and `previous_attributes` on updates): Trackstar builds these
      envelopes itself, unlike the resources inside them, which integrations fill.
    """
    key = spec.api.pagination.items if spec.api.pagination else "data"
    required: dict[str, frozenset[str]] = {}
    for _, _, op in spec.operations():
        if op.response and not op.paginated and op.response in schemas:
            node = schemas[op.response]
            data = node.get(key) if isinstance(node, Object) else None
            if data is not None and not isinstance(data.node, Nullable):
                required[op.response] = frozenset({key})
    for hook in spec.webhooks.values():
        event = schemas[hook.model] if hook.model in schemas else None
        if isinstance(event, Object):
            fields = frozenset(f.name for f in event.fields if f.required and not isinstance(f.node, Nullable))
            if fields:
                required[hook.model] = required.get(hook.model, frozenset()) | fields
    return dict(sorted(required.items()))


def _event_constants(spec: Spec, schemas: Schemas) -> dict[str, dict[str, str]]:
    """Each event's model has `event_type` as a Literal of its event, so the union of events
    narrows on it; a model shared by several events keeps a plain string."""
    events: dict[str, list[str]] = {}
    for event, hook in sorted(spec.webhooks.items()):
        events.setdefault(hook.model, []).append(event)
    key = spec.api.webhook_envelope.event_type
    constants = {}
    for model, names in events.items():
        node = schemas[model] if model in schemas else None
        if len(names) == 1 and isinstance(node, Object) and node.get(key) is not None:
            constants[model] = {key: names[0]}
    return constants


def _place_modules(root: ResourcePlan) -> None:
    """Resources nest as packages: `wms.orders` is `resources/wms/orders/__init__.py` when it
    has sub-resources, else `resources/wms/orders.py`."""
    def place(resource: ResourcePlan, parts: list[str]) -> None:
        for child in resource.children:
            child_parts = parts + [child.attr]
            child.import_path = "resources." + ".".join(child_parts)
            folder = "resources/" + "/".join(child_parts)
            child.file = f"{folder}/__init__.py" if child.children else f"{folder}.py"
            place(child, child_parts)

    place(root, [])


def _type_modules(plan: Plan, owners: dict[str, str]) -> list[TypeModule]:
    """Each resource's public types module, holding the types its operations name first."""
    by_resource: dict[str, TypeModule] = {}
    resources = {r.dotted: r for r in plan.resources}

    def module(owner: str) -> TypeModule:
        if owner not in by_resource:
            parts = [safe_identifier(p) for p in owner.split(".")] if owner in resources else ["webhooks"]
            has_children = owner in resources and bool(resources[owner].children)
            folder = "types/" + "/".join(parts)
            by_resource[owner] = TypeModule(
                import_path="types." + ".".join(parts),
                file=f"{folder}/__init__.py" if has_children else f"{folder}.py",
                resource=owner,
            )
        return by_resource[owner]

    response = {plan.class_names[m] for m in plan.response_models}
    params = {plan.class_names[m] for m in plan.param_models}
    variants = {plan.class_names[m] for m in plan.variant_models}
    for cls, owner in sorted(owners.items()):
        # A schema both sent and received is one name in two modules: the public name is the
        # response model (the class a reference page documents); its TypedDict stays in _params.
        if cls in response:
            module(owner).models.append(cls)
        elif cls in params:
            module(owner).params.append(cls)
        elif cls in variants:
            module(owner).variants.append(cls)
    for op in plan.operations:
        target = module(op.resource)
        if op.body_union:
            target.variants.append(op.body_union)
        for flt in op.filters:
            for name in (flt.type.name, flt.type.value_alias):  # the alias names the enum's values
                if name and name not in target.filters:
                    target.filters.append(name)
    for tm in by_resource.values():
        tm.variants = sorted(set(tm.variants))
        tm.filters = sorted(tm.filters)
    # A parent resource whose module is a package needs every folder above it to be one too.
    return sorted(by_resource.values(), key=lambda tm: tm.import_path)


def _group(pairs: Iterable[tuple[str | None, T]]) -> dict[str, list[T]]:
    """Index for the docs: every model page asks which operations and events use it."""
    groups: dict[str, list[T]] = {}
    for key, value in pairs:
        if key is not None:
            groups.setdefault(key, []).append(value)
    return groups

