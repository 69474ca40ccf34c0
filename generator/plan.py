"""Plan: turn a validated spec into the render context (Python names, types, sorted trees)."""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

from generator.naming import pascal, safe_identifier, snake
from generator.spec.loader import MODEL_REF_PREFIX
from generator.spec.model import Operation, Param, Spec

READ_METHODS = ("GET", "HEAD")
SCALAR_ANNOTATIONS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "datetime": "datetime",
    "date": "date",
}


@dataclass
class ParamPlan:
    api_name: str
    py_name: str
    kind: str
    annotation: str
    required: bool
    array: bool = False


@dataclass
class FilterPlan:
    api_name: str
    py_name: str
    kind: str
    ops: list[str]
    plain: bool
    typed_dict: str
    value_type: str  # annotation of one value
    constant: str  # module-level FilterField constant


@dataclass
class FieldPlan:
    """A keyword argument taken from the request body's base schema."""

    api_name: str
    py_name: str
    annotation: str
    required: bool
    is_file: bool = False


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
    variants: dict[str, str]
    response_class: str | None
    item_class: str | None
    paginated: bool
    auth: list[str]
    errors: list[int]
    description: str | None
    is_write: bool
    type_aliases: dict[str, str] = field(default_factory=dict)  # alias name -> annotation


@dataclass
class ResourcePlan:
    dotted: str
    attr: str
    class_name: str
    module: str
    description: str | None
    operations: list[OperationPlan] = field(default_factory=list)
    children: list[ResourcePlan] = field(default_factory=list)


@dataclass
class Plan:
    spec: Spec
    package: str
    version: str
    root: ResourcePlan
    resources: list[ResourcePlan]
    operations: list[OperationPlan]
    class_names: dict[str, str]  # spec model name -> Python class name
    response_models: list[str]
    param_models: list[str]
    variant_models: list[str]
    webhooks: list[tuple[str, str]]  # (event type, class name)
    referenced_by: dict[str, list[str]]  # response model -> response models that point at it
    returned_by: dict[str, list[OperationPlan]] = field(default_factory=dict)  # class -> operations
    listed_by: dict[str, list[OperationPlan]] = field(default_factory=dict)  # item class -> list operations
    events_of: dict[str, list[str]] = field(default_factory=dict)  # class -> webhook event types


# Class names that would shadow a builtin or a name the models module imports.
_SHADOWING = set(dir(builtins)) | {
    "Any", "Literal", "Field", "ConfigDict", "TrackstarModel", "TypeAlias", "TypedDict",
    "NotRequired", "Annotated", "Union", "Optional", "RootModel", "BaseModel", "Datetime",
}


# Names the resource template imports or defines; a resource class must not shadow them.
_RESOURCE_MODULE_NAMES = {
    "Mapping", "Sequence", "TypeAlias", "TypedDict", "Literal", "FilterField", "SyncAPIResource",
    "AsyncAPIResource", "SyncCursorPage", "AsyncPaginator", "APIResponse", "FileTypes", "NotGiven",
}


def _resource_class(name: str) -> str:
    if name in _RESOURCE_MODULE_NAMES or name in _SHADOWING or name.startswith("Async"):
        return name + "Resource"
    return name


def class_names(models: dict[str, Any]) -> dict[str, str]:
    """A unique PascalCase class name for every spec model, stable for the same names."""
    taken: set[str] = set()
    names = {}
    for name in sorted(models):
        candidate = pascal(name)
        if candidate in _SHADOWING or candidate.lower() in ("datetime", "date"):
            candidate += "Model"
        base, n = candidate, 2
        while candidate.lower() in taken:
            candidate, n = f"{base}{n}", n + 1
        taken.add(candidate.lower())
        names[name] = candidate
    return names


def model_refs(schema: Any) -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(MODEL_REF_PREFIX):
                found.add(ref[len(MODEL_REF_PREFIX):])
            for key, value in node.items():
                if key != "$ref":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return found


def closure(models: dict[str, Any], roots: set[str]) -> list[str]:
    seen: set[str] = set()
    stack = sorted(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in models:
            continue
        seen.add(name)
        stack.extend(sorted(model_refs(models[name]) - seen))
    return sorted(seen)


def _literal(values: list[str]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def _value_annotation(kind: str, enum: list[str] | None) -> str:
    if kind == "enum" and enum:
        return _literal(enum)
    return SCALAR_ANNOTATIONS.get(kind, "str")


def _param_plan(api_name: str, param: Param, py_name: str) -> ParamPlan:
    value = _value_annotation(param.type, param.enum)
    annotation = f"Sequence[{value}]" if param.array else value
    return ParamPlan(api_name, py_name, param.type, annotation, param.required, param.array)


def _schema_annotation(schema: Any, names: dict[str, str], *, for_body: bool) -> str:
    """A Python annotation for a JSON Schema used as a keyword argument (request side)."""
    if not isinstance(schema, dict):
        return "object"
    nullable = bool(schema.get("nullable"))
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(MODEL_REF_PREFIX):
        target = ref[len(MODEL_REF_PREFIX):]
        result = f"_params.{names[target]}" if target in names else "object"
    elif len(schema.get("allOf") or []) == 1:
        result = _schema_annotation(schema["allOf"][0], names, for_body=for_body)
    elif schema.get("anyOf") or schema.get("oneOf"):
        options: list[Any] = schema.get("anyOf") or schema.get("oneOf") or []
        parts = []
        for option in options:
            part = _schema_annotation(option, names, for_body=for_body)
            if part not in parts:
                parts.append(part)
        result = " | ".join(parts) if "object" not in parts else "object"
    elif isinstance(schema.get("enum"), list) and schema["enum"] and all(isinstance(v, str) for v in schema["enum"]):
        result = _literal(list(dict.fromkeys(schema["enum"])))
    else:
        kind = schema.get("type")
        if kind == "array":
            result = f"Sequence[{_schema_annotation(schema.get('items'), names, for_body=for_body)}]"
        elif kind == "string" and schema.get("format") == "binary":
            result = "FileTypes"
        elif kind == "string" and schema.get("format") == "date-time":
            result = "str | datetime"
        elif kind == "string":
            result = "str"
        elif kind == "integer":
            result = "int"
        elif kind == "number":
            result = "float"
        elif kind == "boolean":
            result = "bool"
        elif kind == "object" or "properties" in schema:
            result = "Mapping[str, object]"
        else:
            result = "object"
    if nullable and result != "object":
        result += " | None"
    return result


def _path_parts(path: str, py_names: dict[str, str]) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    for piece in re.split(r"({[^{}]+})", path):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(("param", py_names[piece[1:-1]]))
        elif piece:
            parts.append(("text", piece))
    return parts


class _Names:
    """Hands out unique Python argument names within one method."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def take(self, api_name: str) -> str:
        name = safe_identifier(snake(api_name) if not api_name.isidentifier() or api_name != api_name.lower() else api_name)
        base, n = name, 2
        while name in self.taken:
            name, n = f"{base}_{n}", n + 1
        self.taken.add(name)
        return name


def _operation_plan(
    spec: Spec, resource: str, op_name: str, op: Operation, names: dict[str, str], prefix: str
) -> OperationPlan:
    taken = _Names()
    path_params = [
        _param_plan(api, param, taken.take(api)) for api, param in op.path_params.items()
    ]
    # Order path params as they appear in the path: they are positional.
    order = re.findall(r"{([^{}]+)}", op.path)
    path_params.sort(key=lambda p: order.index(p.api_name))
    query = [_param_plan(api, param, taken.take(api)) for api, param in sorted(op.query.items())]
    aliases: dict[str, str] = {}
    filters = []
    for api, flt in sorted(op.filters.items()):
        py = taken.take(api)
        stem = f"{prefix}{pascal(op_name)}{pascal(api)}"
        value_type = _value_annotation(flt.type, flt.enum)
        if flt.type == "enum":
            aliases[f"{stem}Value"] = value_type
            value_type = f"{stem}Value"
        filters.append(
            FilterPlan(
                api_name=api,
                py_name=py,
                kind=flt.type,
                ops=list(flt.ops),
                plain=flt.plain,
                typed_dict=f"{stem}Filter",
                value_type=value_type,
                constant=f"_{snake(stem).upper()}",
            )
        )
    body_fields: list[FieldPlan] = []
    body_class = None
    if op.body:
        body_class = names[op.body.model]
        schema = spec.models[op.body.model]
        required = set(schema.get("required") or [])
        for api, prop in sorted((schema.get("properties") or {}).items()):
            annotation = _schema_annotation(prop, names, for_body=True)
            body_fields.append(
                FieldPlan(api, taken.take(api), annotation, api in required, is_file=annotation.startswith("FileTypes"))
            )
        body_fields.sort(key=lambda f: not f.required)
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
        variants={k: names[v] for k, v in sorted(op.body.variants.items())} if op.body else {},
        response_class=names[op.response] if op.response else None,
        item_class=names[op.item] if op.item else None,
        paginated=op.paginated,
        auth=list(auth),
        errors=sorted(op.errors),
        description=op.description,
        is_write=op.method not in READ_METHODS,
        type_aliases=aliases,
    )


def build_plan(spec: Spec) -> Plan:
    names = class_names(spec.models)
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

    operations = []
    for resource_name, op_name, op in spec.operations():
        target = node(resource_name)
        plan = _operation_plan(spec, resource_name, op_name, op, names, target.class_name)
        target.operations.append(plan)
        operations.append(plan)
    for item in nodes.values():
        item.children.sort(key=lambda c: c.attr)
        item.operations.sort(key=lambda o: o.name)

    response_roots = {op.response for _, _, op in spec.operations() if op.response}
    response_roots |= {op.item for _, _, op in spec.operations() if op.item}
    response_roots |= {hook.model for hook in spec.webhooks.values()}
    body_roots = {op.body.model for _, _, op in spec.operations() if op.body}
    variant_roots = {m for _, _, op in spec.operations() if op.body for m in op.body.variants.values()}
    param_models = closure(spec.models, body_roots)
    response_models = closure(spec.models, response_roots)
    referenced_by: dict[str, list[str]] = {}
    for parent in response_models:
        for child in sorted(model_refs(spec.models[parent]) - {parent}):
            referenced_by.setdefault(child, []).append(parent)
    return Plan(
        spec=spec,
        package=spec.api.package,
        version=spec.api.sdk_version,
        root=root,
        resources=sorted((n for n in nodes.values() if n.dotted), key=lambda n: n.dotted),
        operations=sorted(operations, key=lambda o: o.dotted),
        class_names=names,
        response_models=response_models,
        param_models=param_models,
        variant_models=[m for m in closure(spec.models, variant_roots) if m not in set(param_models)],
        webhooks=[(event, names[hook.model]) for event, hook in sorted(spec.webhooks.items())],
        referenced_by=referenced_by,
        returned_by=_group((op.response_class, op) for op in operations),
        listed_by=_group((op.item_class, op) for op in operations),
        events_of=_group((names[hook.model], event) for event, hook in sorted(spec.webhooks.items())),
    )


def _group(pairs: Iterable[tuple[str | None, T]]) -> dict[str, list[T]]:
    """Index for the docs: every model page asks which operations and events use it."""
    groups: dict[str, list[T]] = {}
    for key, value in pairs:
        if key is not None:
            groups.setdefault(key, []).append(value)
    return groups
