"""The SDK as a repository: static files (LICENSE, CI workflow) and the per-resource tests.

The tests call every method twice, once with only its required arguments and once with every
argument it takes; the argument values are worked out here from the plan so that the templates
stay plain loops.
"""

from __future__ import annotations

from typing import Any

from generator.targets.python.format import LINE_LENGTH, line_width
from generator.core.plan import FilterPlan, OperationPlan, ParamPlan, Plan, ResourcePlan
from generator.core.schema import Schemas
from generator.targets.python import TEMPLATES
from generator.targets.python.render import example_arg_list, exploded, path_example, pyrepr
from generator.targets.python.signatures import page_token_name
from generator.targets.python.type_map import example

STATIC_DIR = TEMPLATES / "sdk-repo"
ARG_INDENT = 12  # of a test call's arguments when they are one per line
TESTS_DIR = "tests/api_resources"
_FILE_VALUE = '("label.pdf", b"%PDF-1.4 example", "application/pdf")'
_SCALAR_VALUES = {
    "integer": "1",
    "number": "1.5",
    "boolean": "True",
    "datetime": "datetime(2024, 1, 1, tzinfo=timezone.utc)",
    "date": "date(2024, 1, 1)",
}


def static_files() -> dict[str, bytes]:
    """Files copied unchanged into the SDK repository (relative path -> bytes)."""
    return {
        path.relative_to(STATIC_DIR).as_posix(): path.read_bytes()
        for path in sorted(STATIC_DIR.rglob("*"))
        if path.is_file()
    }


def sdk_test_module(resource: ResourcePlan, plan: Plan) -> str:
    """`wms.orders` -> tests/api_resources/wms/test_orders.py (one folder per parent resource)."""
    by_dotted = {r.dotted: r for r in plan.resources}
    parts = resource.dotted.split(".")
    folders = [by_dotted[".".join(parts[: i + 1])].attr for i in range(len(parts) - 1)]
    return "/".join([TESTS_DIR, *folders, f"test_{resource.attr}.py"])


def sdk_test_packages(modules: list[str]) -> list[str]:
    """Every `__init__.py` the test folders need, so that equal basenames do not collide."""
    folders = {"tests"}
    for module in modules:
        parts = module.split("/")[:-1]
        folders.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return sorted(f"{folder}/__init__.py" for folder in folders)


def _value(kind: str, values: list[str]) -> str:
    if values:
        return pyrepr(values[0])
    return _SCALAR_VALUES.get(kind, '"example"')


def _query_value(param: ParamPlan) -> str:
    value = _value(param.kind, param.values)
    return f"[{value}]" if param.array else value


def _filter_arg(flt: FilterPlan) -> str:
    """Every operator the filter allows, each with a valid value (lists for in/nin); one operator
    per line, as black lays it out, when the call's arguments are one per line and it would not
    fit on its own (ARG_INDENT)."""
    value = _value(flt.kind, flt.values)
    items = [f"{pyrepr(o)}: [{value}]" if o.split("-", 1)[0] in ("in", "nin") else f"{pyrepr(o)}: {value}" for o in flt.ops]
    arg = f"{flt.py_name}={{" + ", ".join(items) + "}"
    if ARG_INDENT + line_width(arg) + 1 <= LINE_LENGTH:
        return arg
    return exploded(f"{flt.py_name}={{", items, "}", ARG_INDENT)


def _body_value(example: str) -> str:
    """The docs' example value; untyped members (`items: {}`) get a string rather than None."""
    return '"example"' if example == "None" else example.replace("[None]", '["example"]')


def required_call_args(op: OperationPlan, schemas: Schemas) -> list[str]:
    """Path params and required fields only (the same values the reference docs use)."""
    return example_arg_list(op, schemas)


def all_call_args(op: OperationPlan, token_param: str, token_arg: str, schemas: Schemas) -> list[str]:
    """Every argument the method takes, each with a value the API accepts."""
    args = [path_example(p) for p in op.path_params]
    for field in op.body_fields:
        value = _FILE_VALUE if field.is_file else _body_value(example(field.node, schemas))
        args.append(f"{field.py_name}={value}")
    for param in op.query:
        args.append(f"{param.py_name}={_query_value(param)}")
    for flt in op.filters:
        args.append(_filter_arg(flt))
    if op.paginated and not any(p.api_name == token_param for p in op.query):
        args.append(f'{token_arg}="example"')
    return args


def sdk_test_calls(resource: ResourcePlan, plan: Plan) -> list[dict[str, Any]]:
    """One entry per method of `resource`: its plan and both argument lists."""
    token, token_arg = plan.spec.api.pagination.token_in, page_token_name(plan)
    return [
        {"op": op, "required": required_call_args(op, plan.schemas), "all": all_call_args(op, token, token_arg, plan.schemas)}
        for op in resource.operations
    ]



def api_md(plan: Plan) -> str:
    """`api.md`: every method of the client with the types it takes and returns, and where to
    import them from, one section per resource (the Stainless SDKs' convention)."""
    package = plan.package
    modules = {tm.resource: tm for tm in plan.type_modules}
    lines = [
        "# API",
        "",
        "Every method of the client, with the types it takes and returns. Resources are attributes of",
        f"`{package}.Trackstar` (and `AsyncTrackstar`, whose methods are the same, awaited; lists are",
        "`AsyncPaginator` there). Keyword arguments are listed in the reference docs and the docstrings.",
        "",
    ]
    for resource in plan.resources:
        if not resource.operations:
            continue
        lines += [f"## {resource.dotted}", ""]
        tm = modules.get(resource.dotted)
        names = sorted(set(tm.models + tm.params + tm.variants + tm.filters)) if tm else []
        if tm and names:
            lines += ["Types:", "", "```python", f"from {package}.{tm.import_path} import {', '.join(names)}", "```", ""]
        lines += ["Methods:", ""]
        for op in resource.operations:
            args = [p.py_name for p in op.path_params]
            if op.body_class or op.body_fields or op.query or op.filters or op.paginated:
                args.append("**params")
            returns = f"SyncCursorPage[{op.item_class}]" if op.paginated else op.response_class or "None"
            lines.append(f"- <code title=\"{op.method} {op.path}\">client.{op.dotted}({', '.join(args)}) -> {returns}</code>")
            if op.body_union:
                first = sorted(op.variants.values())[0]
                lines.append(
                    f"  - or `body={op.body_union}`: the fields of `{op.body_class}`, or of one of its "
                    f"{len(op.variants)} integration classes (`{first}`, ... imported above)"
                )
        lines.append("")
    return "\n".join(lines)
