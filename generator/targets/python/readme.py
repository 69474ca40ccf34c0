"""The subjects of the README's and the reference index's examples, chosen from the plan.

The examples speak of the API's own resources: a paginated list with filters, a retrieve, a
write, a webhook event. Each subject is None when the API has nothing of the kind, and the
section about it is left out. The choice is deterministic: the most filterable list, the
retrieve beside it, a PATCH before a POST.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.naming import safe_identifier, snake
from generator.core.plan import FieldPlan, FilterPlan, OperationPlan, Plan
from generator.core.schema import Array, Field, Map, Node, Nullable, Object, Ref
from generator.core.type_names import singular
from generator.targets.python import type_map as py
from generator.targets.python.render import example_arg_list, example_args, pyrepr, spec_model

# Names the examples bind themselves: an item variable must not take one of them.
_EXAMPLE_NAMES = {
    "client", "page", "one_page", "connection", "customer", "token", "tokens", "raw", "parsed", "event", "seen",
    "datetime", "timedelta", "timezone", "httpx", "asyncio", "json", "time", "base64", "hmac", "hashlib", "webhooks",
    "response", "fetched", "updated", "mock", "static", "offline", "flaky", "body", "headers", "secret", "key",
}


@dataclass(frozen=True)
class Readme:
    list_op: OperationPlan | None = None
    list_args: str = ""  # the quickstart's filter and page size
    limit_arg: str | None = None  # the page-size argument, when the list takes one
    plain_op: OperationPlan | None = None  # a call that needs no arguments (the list, if any)
    item: str = "item"  # the loop variable over the list's items (`order`)
    items: str = "items"  # what the list yields, in prose (`orders`)
    item_fields: list[str] = field(default_factory=list)  # attributes worth printing
    retrieve_op: OperationPlan | None = None
    retrieve_var: str = "result"
    retrieve_args: str = ""
    unwrap: str = ""  # `.data` when the retrieve's response wraps the object in its items field
    retrieve_fields: list[str] = field(default_factory=list)
    enum_filter: FilterPlan | None = None  # an enum filter taking `in`
    enum_values: list[str] = field(default_factory=list)
    range_filter: FilterPlan | None = None  # a datetime filter taking gte and lte
    later_filter: FilterPlan | None = None  # a datetime filter taking gt (another one if there is)
    text_filter: FilterPlan | None = None  # a plain string filter
    write_op: OperationPlan | None = None  # a POST/PATCH that may be applied twice
    write_args: str = ""
    update_op: OperationPlan | None = None  # a write with an optional body field
    update_args: list[str] = field(default_factory=list)
    update_field: str = ""
    token_free_op: OperationPlan | None = None  # a call the API key alone may make
    connection_scheme: bool = False  # the API has the runtime's per-connection `access_token`
    event: str | None = None
    event_data: bool = False  # the event model has a `data` object with an `id`
    env_names: list[str] = field(default_factory=list)
    schemes: list[tuple[str, str, str]] = field(default_factory=list)  # (argument, env, description)


def readme_subjects(plan: Plan) -> Readme:
    api = plan.spec.api
    ops = plan.operations
    lists = sorted((op for op in ops if op.paginated and not _required(op)), key=_list_rank)
    list_op = lists[0] if lists else None
    subjects: dict[str, object] = {
        "env_names": [scheme.env for _, scheme in sorted(api.auth.items())],
        "schemes": [(name, scheme.env, scheme.description or "") for name, scheme in sorted(api.auth.items())],
        "connection_scheme": "access_token" in api.auth,
    }
    if list_op is not None:
        word = list_op.resource.rpartition(".")[2]
        item = safe_identifier(snake(singular(word)))
        subjects.update(
            list_op=list_op,
            item=item if item not in _EXAMPLE_NAMES and item != plan.package else "item",
            items=word.replace("_", " "),
            item_fields=_printable(plan, list_op.item_class, list_op),
        )
        subjects.update(_filters(list_op))
        limit = next((p.py_name for p in list_op.query if p.api_name == api.pagination.limit), None)
        enum = subjects.get("enum_filter")
        args = [f'{enum.py_name}={{"in": {pyrepr(subjects["enum_values"])}}}'] if isinstance(enum, FilterPlan) else []
        subjects.update(limit_arg=limit, list_args=", ".join(args + ([f"{limit}=50"] if limit else [])))
    plain = [op for op in ops if not example_args(op, plan.schemas) and op.response_class]
    subjects["plain_op"] = list_op or (plain[0] if plain else None)
    retrieve = _retrieve(ops, list_op)
    if retrieve is not None:
        unwrap, shown = _unwrapped(plan, retrieve.response_class)
        word = retrieve.resource.rpartition(".")[2]
        var = safe_identifier(snake(singular(word)))
        subjects.update(
            retrieve_op=retrieve,
            retrieve_var=var if var not in _EXAMPLE_NAMES and var != plan.package else "result",
            retrieve_args=example_args(retrieve, plan.schemas),
            unwrap=unwrap,
            retrieve_fields=_printable(plan, shown, list_op),
        )
    writes = sorted(
        (op for op in ops if op.may_apply_twice and not any(f.is_file for f in op.body_fields)),
        key=lambda op: (op.method != "PATCH", len(example_args(op, plan.schemas)), op.dotted),
    )
    if writes:
        subjects.update(write_op=writes[0], write_args=example_args(writes[0], plan.schemas))
    updates = sorted(
        (
            (op, f)
            for op in ops
            if op.is_write and op.method != "DELETE" and not any(f.is_file for f in op.body_fields)
            for f in op.body_fields
            if not f.required and not f.is_file and py.example(f.node, plan.schemas).startswith('"')
        ),
        key=lambda pair: (pair[0].name != "update", pair[0].resource != (list_op.resource if list_op else ""), pair[0].dotted, pair[1].py_name),
    )
    if updates:
        op, body_field = updates[0]
        subjects.update(update_op=op, update_args=[*example_arg_list(op, plan.schemas), _field_arg(body_field, plan)], update_field=body_field.py_name)
    if subjects["connection_scheme"]:
        token_free = sorted(
            (op for op in ops if "access_token" not in op.auth and op.auth and not example_args(op, plan.schemas)),
            key=lambda op: (op.method != "POST", op.dotted),
        )
        subjects["token_free_op"] = token_free[0] if token_free else None
    subjects.update(_event(plan, list_op))
    return Readme(**subjects)  # type: ignore[arg-type]


def _required(op: OperationPlan) -> bool:
    return bool(op.path_params) or any(p.required for p in op.query) or any(f.required for f in op.body_fields)


def _list_rank(op: OperationPlan) -> tuple[int, int, int, str]:
    enum_in = any(f.kind == "enum" and "in" in f.ops and len(f.values) >= 2 for f in op.filters)
    ranges = sum(1 for f in op.filters if f.kind == "datetime" and {"gte", "lte"} <= set(f.ops))
    return (-int(enum_in), -len(op.filters), -ranges, op.dotted)


def _filters(op: OperationPlan) -> dict[str, object]:
    found: dict[str, object] = {}
    enums = [f for f in op.filters if f.kind == "enum" and "in" in f.ops and "nin" in f.ops and len(f.values) >= 2]
    if enums:
        found.update(enum_filter=enums[0], enum_values=enums[0].values[:2])
    ranges = [f for f in op.filters if f.kind == "datetime" and {"gte", "lte"} <= set(f.ops)]
    if ranges:
        found["range_filter"] = ranges[0]
        later = [f for f in op.filters if f.kind == "datetime" and {"gt", "gte"} <= set(f.ops) and f is not ranges[0]]
        found["later_filter"] = later[-1] if later else ranges[0]
    texts = [f for f in op.filters if f.kind == "string" and f.plain and f.api_name != "ids"]
    if texts:
        found["text_filter"] = texts[-1]
    return found


def _retrieve(ops: list[OperationPlan], list_op: OperationPlan | None) -> OperationPlan | None:
    candidates = [
        op for op in ops
        if op.method == "GET" and not op.paginated and len(op.path_params) == 1 and op.response_class
        and not any(p.required for p in op.query)
    ]
    resource = list_op.resource if list_op else ""
    candidates.sort(key=lambda op: (op.resource != resource, op.name != "retrieve", op.dotted))
    return candidates[0] if candidates else None


def _unwrapped(plan: Plan, cls: str | None) -> tuple[str, str | None]:
    """(`.data`, the wrapped class) when a response holds its object in the pagination's items
    field, always present; else ("", the class)."""
    if cls is None:
        return "", None
    model = spec_model(cls, plan.class_names)
    items = plan.spec.api.pagination.items
    for f in plan.schemas.fields(model) if model in plan.schemas else []:
        node = f.node
        if f.name == items and isinstance(node, Ref) and f.name in plan.response_required.get(model, frozenset()):
            return f".{py.attribute_name(items)}", plan.class_names.get(node.name)
    return "", cls


def _printable(plan: Plan, cls: str | None, list_op: OperationPlan | None, limit: int = 3) -> list[str]:
    """Up to `limit` scalar attributes of a model: `id` first, then those the list filters on
    (enum filters first), then the rest."""
    if cls is None:
        return []
    model = spec_model(cls, plan.class_names)
    if model not in plan.schemas:
        return []
    filters = {f.api_name: f for f in (list_op.filters if list_op else [])}
    scalars = [f for f in plan.schemas.fields(model) if _scalar(f.node)]

    def rank(f: Field) -> tuple[bool, bool, bool]:
        flt = filters.get(f.name)
        return (f.name != "id", flt is None or flt.kind != "enum", flt is None or not flt.plain)

    scalars.sort(key=rank)
    return [py.attribute_name(f.name) for f in scalars[:limit]]


def _scalar(node: Node) -> bool:
    while isinstance(node, Nullable):
        node = node.inner
    return not isinstance(node, (Array, Map, Object, Ref))


def _field_arg(body_field: FieldPlan, plan: Plan) -> str:
    return f"{body_field.py_name}={py.example(body_field.node, plan.schemas)}"


def _event(plan: Plan, list_op: OperationPlan | None) -> dict[str, object]:
    """A webhook event about the list's items when there is one (an `.updated` first)."""
    if not plan.webhooks:
        return {}
    item_model = spec_model(list_op.item_class, plan.class_names) if list_op and list_op.item_class else None
    ranked = []
    for event, cls in plan.webhooks:
        model = spec_model(cls, plan.class_names)
        data = next((f for f in plan.schemas.fields(model) if f.name == "data"), None) if model in plan.schemas else None
        target = _ref_name(data.node) if data else None
        has_id = target is not None and any(f.name == "id" and _scalar(f.node) for f in plan.schemas.fields(target))
        about_item = item_model is not None and target is not None and _same_resource(event, list_op)
        ranked.append(((not about_item, not event.endswith(".updated"), not has_id, event), event, has_id))
    ranked.sort()
    _, event, has_id = ranked[0]
    return {"event": event, "event_data": has_id}


def _same_resource(event: str, list_op: OperationPlan | None) -> bool:
    if list_op is None:
        return False
    noun = singular(list_op.resource.rpartition(".")[2]).replace("_", "-")
    return event.split(".", 1)[0] == noun


def _ref_name(node: Node) -> str | None:
    while isinstance(node, Nullable):
        node = node.inner
    return node.name if isinstance(node, Ref) else None


def runtime_names(runtime: Path) -> dict[str, str]:
    """Names the verbatim runtime uses that the README mentions (its log variable and logger,
    the rate-limit store variable, the Redis key prefix), read from the runtime's source."""
    found: dict[str, str] = {}
    for path in ("_logging.py", "_ratelimit_redis.py", "_config.py"):
        for node in ast.walk(ast.parse((runtime / path).read_text(encoding="utf-8"))):
            target, value = _assignment(node)
            if target == "LOG_ENV" and isinstance(value, ast.Constant):
                found["log_env"] = str(value.value)
            elif target == "KEY_PREFIX" and isinstance(value, ast.Constant):
                found["redis_prefix"] = str(value.value)
            elif target == "rate_limit_store_env" and isinstance(value, ast.Constant):
                found["rate_limit_store_env"] = str(value.value)
            elif target == "logger" and isinstance(value, ast.Call) and value.args and isinstance(value.args[0], ast.Constant):
                found["logger"] = str(value.args[0].value)
    missing = {"log_env", "redis_prefix", "rate_limit_store_env", "logger"} - set(found)
    if missing:
        raise RuntimeError(f"the runtime in {runtime} no longer defines {sorted(missing)}")
    return found


def _assignment(node: ast.AST) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id, node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id, node.value
    return None, None
