"""What the TypeScript reference pages and api.md show of each method: its `Signature` (the one
the resource class renders), the params it takes, the errors it raises, and a self-contained
example program that a mock of the API accepts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any


from generator.core.plan import FilterPlan, OperationPlan, ParamPlan, Plan, ResourcePlan
from generator.core.schema import Array, File
from generator.targets.typescript import RUNTIME_DIR
from generator.targets.typescript import format as fmt
from generator.targets.typescript.declarations import Declarations
from generator.targets.typescript.examples import FileValue, value
from generator.targets.typescript.naming import camel, property_key, string
from generator.targets.typescript.signatures import Signature, signature
from generator.targets.typescript.width import str_width


@dataclass(frozen=True)
class Param:
    name: str  # as the params object (or the call, for a path param) spells it
    where: str  # path, query, filter, body
    required: bool


@dataclass(frozen=True)
class MethodDoc:
    op: OperationPlan
    sig: Signature
    params: list[Param]
    example: list[str]  # the lines of a program (imports, client, call)
    args: list[Any]  # the example call's arguments (literal data)
    types_module: str  # `types/wms/orders`: where the params and response types live


def status_errors() -> dict[int, str]:
    """The runtime's STATUS_ERRORS table (errors.ts): status -> error class."""
    source = (RUNTIME_DIR / "errors.ts").read_text(encoding="utf-8")
    table = source.split("STATUS_ERRORS", 1)[1].split("};", 1)[0]
    return {int(code): name for code, name in re.findall(r"^\s*(\d{3}): (\w+),", table, flags=re.M)}


def error_class(code: int) -> str:
    known = status_errors()
    if code in known:
        return known[code]
    return "InternalServerError" if code >= 500 else "APIError"


def path_example(param: ParamPlan) -> str:
    if param.values:
        return string(param.values[0])
    stem = param.api_name[:-3] if param.api_name.endswith("_id") else param.api_name
    return string(f"{stem}_123" if param.api_name.endswith("_id") else f"example_{stem}")


def _is_file(plan: Plan, node: Any) -> bool:
    node, _, _ = plan.schemas.resolve(node)
    if isinstance(node, Array):
        node, _, _ = plan.schemas.resolve(node.items)
    return isinstance(node, File)


_FILE = 'new Blob(["file content"], { type: "text/plain" })'


def _query_value(param: ParamPlan) -> Any:
    one: Any = param.values[0] if param.values else {"integer": 1, "number": 1, "boolean": True}.get(param.kind, "example")
    return [one] if param.array else one


def _filter_example(filters: list[FilterPlan]) -> tuple[str, dict[str, Any]] | None:
    for flt in filters:
        if flt.kind == "datetime" and {"gte", "lte"} <= set(flt.ops):
            return flt.api_name, {"gte": Code('new Date("2024-01-01T00:00:00Z")'), "lte": "2024-03-31T23:59:59Z"}
    for flt in filters:
        if flt.kind == "enum" and "in" in flt.ops and flt.values:
            return flt.api_name, {"in": list(flt.values[:2])}
    return None


def _as_code(data: Any) -> Any:
    """examples.value's data with its file values as TypeScript (`new Blob(...)`)."""
    if isinstance(data, FileValue):
        return Code(_FILE)
    if isinstance(data, dict):
        return {k: _as_code(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_as_code(v) for v in data]
    return data


def example_params(op: OperationPlan, plan: Plan) -> dict[str, Any]:
    """The params object of a call the API accepts (a literal's data, `Code` where it is not
    JSON): required fields, files, a page size, a filter."""
    data: dict[str, Any] = {}
    if op.body_model:
        for f in sorted(plan.schemas.fields(op.body_model), key=lambda f: f.name):
            if _is_file(plan, f.node):
                data[f.name] = Code(_FILE)
            elif f.required:
                data[f.name] = _as_code(value(f.node, plan.schemas, 1))
    for param in op.query:
        if param.required:
            data[param.api_name] = _query_value(param)
    if op.paginated and any(p.api_name == plan.spec.api.pagination.limit for p in op.query):
        data[plan.spec.api.pagination.limit] = 10
    flt = _filter_example(op.filters) if op.paginated else None
    if flt:
        data[flt[0]] = flt[1]
    return data


def example_args(op: OperationPlan, plan: Plan) -> list[Any]:
    args: list[Any] = [Code(path_example(p)) for p in op.path_params]
    params = example_params(op, plan)
    if params:
        args.append(params)
    return args


def example_program(op: OperationPlan, plan: Plan, sig: Signature, client_name: str, package: str, envs: list[str]) -> list[str]:
    args = example_args(op, plan)
    lines = [
        f'import {client_name} from "{package}";',
        "",
        f"const client = new {client_name}(); // {', '.join(envs)} from the environment",
    ]
    if sig.paginated:
        lines += call_value_lines(f"const page = await client.{op.dotted}", args, ";", 0)
        lines += ["for (const item of page.data) console.log(item);", "console.log(page.total_count, page.hasNextPage());"]
    elif sig.response != "unknown":
        lines += call_value_lines(f"const result = await client.{op.dotted}", args, ";", 0)
        lines += ["console.log(result);"]
    else:
        lines += call_value_lines(f"await client.{op.dotted}", args, ";", 0)
    return lines


def method_docs(resource: ResourcePlan, plan: Plan, decls: Declarations, client_name: str, package: str, envs: list[str]) -> list[MethodDoc]:
    docs = []
    for op in resource.operations:
        sig = signature(op, decls)
        params = [Param(camel(p.api_name), "path (positional)", True) for p in op.path_params]
        if op.body_model:
            for f in plan.schemas.fields(op.body_model):
                where = "body (file part)" if _is_file(plan, f.node) else "body"
                params.append(Param(f.name, where, f.required))
        params += [Param(p.api_name, "query", p.required) for p in op.query]
        params += [Param(f.api_name, "query filter", False) for f in op.filters]
        token = plan.spec.api.pagination.token_in
        if op.paginated and not any(p.name == token for p in params):
            params.append(Param(token, "query", False))
        example = example_program(op, plan, sig, client_name, package, envs)
        docs.append(MethodDoc(op, sig, params, example, example_args(op, plan), decls.operations[op.dotted].module))
    return docs


def test_calls(methods: list[MethodDoc]) -> list[dict[str, Any]]:
    """The SDK repository's own tests: one call per method, with its example's arguments."""
    calls = []
    for m in methods:
        lines = call_value_lines(f"const call = client.{m.op.dotted}", m.args, ";", 1)
        calls.append({"name": m.op.name, "lines": lines, "paginated": m.sig.paginated, "response": m.sig.response != "unknown"})
    return calls


def signature_block(m: MethodDoc, class_name: str, package: str, home: dict[str, str]) -> list[str]:
    """The method's signature as a declaration that compiles on its own."""
    core = sorted({"RequestOptions", "PagePromise" if m.sig.paginated else "APIPromise"})
    names = sorted(n for n in m.sig.uses if n in home)
    lines = [f"import type {{ {', '.join(core)} }} from \"{package}\";"]
    if names:
        lines.append(f"import type {{ {', '.join(names)} }} from \"{package}\";")
    return [*lines, "", f"interface {class_name} {{", *m.sig.declaration_lines(1), "}"]


# -- prettier's layout, for the values the examples and the SDK's tests write --------------------


class Code(str):
    """TypeScript written as is (`new Date(...)`), not a JSON value."""


def inline(data: Any) -> str:
    if isinstance(data, Code):
        return str(data)
    if isinstance(data, dict):
        items = [f"{property_key(k)}: {inline(v)}" for k, v in data.items()]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    if isinstance(data, list):
        return "[" + ", ".join(inline(v) for v in data) + "]"
    return string(data) if isinstance(data, str) else json.dumps(data)


def value_lines(head: str, data: Any, tail: str, indent: int) -> list[str]:
    """`head<value>tail` at `indent`, broken as prettier breaks an object or array literal that
    does not fit: one member per line, each laid out the same way."""
    pad = fmt.INDENT * indent
    line = f"{pad}{head}{inline(data)}{tail}"
    if fmt._fits(line) or not isinstance(data, (dict, list)) or not data:
        return [line]
    lines = [f"{pad}{head}{'{' if isinstance(data, dict) else '['}"]
    if isinstance(data, dict):
        for key, item in data.items():
            lines += value_lines(f"{property_key(key)}: ", item, ",", indent + 1)
    else:
        for item in data:
            lines += value_lines("", item, ",", indent + 1)
    return [*lines, f"{pad}{'}' if isinstance(data, dict) else ']'}{tail}"]


def call_value_lines(head: str, args: list[Any], tail: str, indent: int) -> list[str]:
    """`head(args)tail`: on one line, or hugging a last object argument (`f("a", {` ... `});`),
    or one argument per line, as prettier chooses."""
    pad = fmt.INDENT * indent
    line = f"{pad}{head}({', '.join(inline(a) for a in args)}){tail}"
    if fmt._fits(line) or not args:
        return [line]
    *first, last = args
    lead = "".join(f"{inline(a)}, " for a in first)
    if isinstance(last, dict) and last and all(not isinstance(a, (dict, list)) for a in first):
        hugged = value_lines(f"{head}({lead}", last, f"){tail}", indent)
        if fmt._fits(hugged[0]):
            return hugged
    lines = [f"{pad}{head}("]
    for arg in args:
        lines += value_lines("", arg, ",", indent + 1)
    return [*lines, f"{pad}){tail}"]


def md_table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table with its columns padded, as prettier aligns them."""
    widths = [max(3, str_width(h), *(str_width(r[i]) for r in rows)) for i, h in enumerate(header)]

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(c + " " * (w - str_width(c)) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([row(header), row(["-" * w for w in widths]), *(row(r) for r in rows)])
