"""Render: the Jinja environment and the filters templates may use (an explicit, small set)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from generator.targets.python import type_map as py
from generator.targets.python import TEMPLATES
from generator.targets.python.format import LINE_LENGTH, line_width
from generator.core.facts import error_name, is_list_operator
from generator.core.naming import snake
from generator.core.plan import FieldPlan, FilterPlan, OperationPlan, ParamPlan, Plan
from generator.core.schema import Node, Object, Ref, Schemas
from generator.targets.python.models import changes_name, partial_target
from generator.targets.python.signatures import (
    Signature,
    body_method_signature,
    filter_type,
    filter_value_type,
    method_signature,
    param_type,
    takes_body,
)
from generator.targets.python.type_map import PyType, request_type, value_type

BUILTIN_TEMPLATES = TEMPLATES


def pyrepr(value: Any) -> str:
    """A Python literal for any spec value: strings can never break out of their quotes."""
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, str):
        return py.string_literal(value)
    return repr(value)


def exploded(opening: str, items: list[str], closing: str, indent: int) -> str:
    """`opening`, one item per line with a trailing comma (which black then never joins), and
    `closing` back at `indent`, the indentation of the line `opening` is on."""
    pad = " " * (indent + 4)
    return opening + "\n" + "".join(f"{pad}{item},\n" for item in items) + " " * indent + closing


def pyblock(items: list[str], indent: int) -> str:
    """A tuple of rendered expressions as black keeps it at any length: exploded, or `(item,)`
    for one item (a one-item tuple's comma does not hold black's layout)."""
    if len(items) < 2:
        return f"({items[0]},)" if items else "()"
    return exploded("(", items, ")", indent)


def import_from(names: list[str], module: str, indent: int = 0) -> str:
    """`from module import names` on one line, or one name per line when that would be too
    long (black's two layouts, told by black's measure of the line)."""
    line = " " * indent + f"from {module} import {', '.join(names)}"
    if line_width(line) <= LINE_LENGTH:
        return line
    return " " * indent + exploded(f"from {module} import (", names, ")", indent)


def pytuple(values: list[str]) -> str:
    items = ", ".join(pyrepr(v) for v in values)
    return f"({items},)" if len(values) == 1 else f"({items})"


_VERB_SUMMARIES = {
    "list": "List {what}, fetching further pages as you iterate.",
    "retrieve": "Fetch {what}.",
    "create": "Create {what}.",
    "update": "Update {what}.",
    "delete": "Delete {what}.",
}


def summary(op: Any) -> str:
    """The operation's description, or a plain sentence made from its name."""
    if op.description:
        return str(op.description)
    what = op.resource.rpartition(".")[2].replace("_", " ") or "items"
    template = _VERB_SUMMARIES.get(op.name, "Run `{name}` on {what}.")
    return template.format(what=what, name=op.name)


def docstring(text: Any, indent: int | None = None) -> str:
    """Text safe inside a triple-quoted docstring: no escapes, no closing quotes, no control
    characters (a NUL byte would make the module uncompilable).

    With `indent` (the docstring's own indentation), the text is also laid out as black lays out
    a docstring, so that black has nothing to change: its lines after the first are indented to
    `indent` (their relative indentation kept, leading tabs as four columns), no line ends in
    whitespace, and it neither starts nor ends with a quote or blank lines.
    """
    value = str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').replace("\r", "")
    value = "".join(c if c in "\n\t" or (c.isprintable() and c not in "\u2028\u2029") else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in value)
    if indent is not None:
        value = _docstring_layout(value.strip(), indent)
        if value.startswith('"'):
            value = " " + value
    if value.endswith('"'):
        value += " "
    return value


def _docstring_layout(value: str, indent: int) -> str:
    first, *rest = [line.rstrip() for line in value.split("\n")]
    rest = [line[: len(line) - len(line.lstrip())].expandtabs(4) + line.lstrip() for line in rest]
    margin = min((len(line) - len(line.lstrip()) for line in rest if line), default=0)
    return "\n".join([first] + [" " * indent + line[margin:] if line else "" for line in rest])


def tomlstr(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def mdtext(text: Any) -> str:
    """Spec text inside Markdown: one paragraph, HTML and template syntax neutralised."""
    value = " ".join(str(text).split())
    return value.replace("<", "&lt;").replace(">", "&gt;")


def mdcode(text: Any) -> str:
    return str(text).replace("`", "'").replace("|", "\\|").replace("\n", " ")


def anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "", text.lower().replace(" ", "-"))


def resource_page(dotted: str) -> str:
    return f"{snake(dotted.replace('.', '_'))}.md"


def returns_md(op: Any) -> str:
    if op.paginated:
        return f"pages of `{op.item_class}`"
    return f"`{op.response_class}`" if op.response_class else "nothing"


FILTERS = {
    "pyrepr": pyrepr,
    "pytuple": pytuple,
    "docstring": docstring,
    "tomlstr": tomlstr,
    "mdtext": mdtext,
    "mdcode": mdcode,
    "anchor": anchor,
    "resource_page": resource_page,
    "is_list_op": is_list_operator,
    "returns_md": returns_md,
    "summary": summary,
}


def environment(override_dir: Path | None = None, bytecode_dir: Path | None = None) -> jinja2.Environment:
    """Templates in `override_dir` replace built-in ones of the same name; compiled templates
    are kept in `bytecode_dir` (when given) so that a regeneration skips compiling them."""
    search = [str(override_dir)] if override_dir else []
    bytecode_cache = None
    if bytecode_dir is not None:
        bytecode_dir.mkdir(parents=True, exist_ok=True)
        bytecode_cache = jinja2.FileSystemBytecodeCache(str(bytecode_dir))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search + [str(BUILTIN_TEMPLATES)]),
        bytecode_cache=bytecode_cache,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    return env


# --- Reference docs: model pages, signatures, runnable examples --------------------------------

def error_class(code: int) -> str:
    """The exception the runtime raises for an HTTP status."""
    return error_name(code)


def schema_md(node: Node, names: dict[str, str], pages: Any = (), prefix: str = "") -> str:
    """A schema node as a short Markdown type; models that have a page become links."""
    return py.doc_type(node, names, pages, prefix)


def model_fields(name: str, schemas: Schemas) -> list[dict[str, Any]]:
    """Top-level fields of a model (allOf parts merged), sorted by name, with the attribute
    name the generated class really has (`$ref` is `field_ref`). `always`: the spec lists the
    field as present in every response (`x-always`, from the overlay's `required`)."""
    node = schemas[name] if name in schemas else None
    always = node.always if isinstance(node, Object) else frozenset()
    return [
        {
            "name": f.name,
            "attribute": py.attribute_name(f.name),
            "node": f.node,
            "required": f.required,
            "always": f.name in always,
            "nullable": py.is_nullable(f.node),
            "enum": py.enum_of(f.node),
        }
        for f in schemas.fields(name)
    ]


def partial_fields(plan: Plan) -> dict[str, frozenset[str]]:
    """Webhook models' previous attributes (the spec's `webhook_envelope.previous`): only the
    fields that changed."""
    key = plan.spec.api.webhook_envelope.previous
    out: dict[str, frozenset[str]] = {}
    for hook in plan.spec.webhooks.values():
        node = plan.schemas[hook.model] if hook.model in plan.schemas else None
        if isinstance(node, Object) and node.get(key) is not None:
            out[hook.model] = frozenset({key})
    return dict(sorted(out.items()))


def changes_md(model: str, field_name: str, plan: Plan) -> dict[str, str] | None:
    """For a field the SDK types as `<Model>Changes` (an update event's previous attributes):
    that type as the reference shows it, and a link to the model whose fields it holds; None
    for any other field (the reference then shows the field's own type)."""
    if field_name != plan.spec.api.webhook_envelope.previous or field_name not in partial_fields(plan).get(model, ()):
        return None
    node = plan.schemas[model]
    found = node.get(field_name) if isinstance(node, Object) else None
    target = partial_target(node, field_name, plan.schemas) if isinstance(node, Object) else None
    if found is None or target is None:
        return None
    names = {**plan.class_names, target: changes_name(plan.class_names[target])}
    pages = [name for name in plan.response_models if name != target]  # `<Model>Changes` has no page
    return {"type": py.doc_type(found.node, names, pages), "of": py.doc_type(Ref(target), plan.class_names, plan.response_models)}


def model_variants(name: str, schemas: Schemas) -> list[str]:
    """Model names a `oneOf`/`anyOf` model may be (empty for a plain object)."""
    return schemas.variants(name)


def path_example(param: Any) -> str:
    if param.values:
        return pyrepr(param.values[0])
    stem = param.py_name[:-3] if param.py_name.endswith("_id") else param.py_name
    return pyrepr(f"{stem}_123" if param.py_name.endswith("_id") else f"example_{stem}")


def example_arg_list(op: OperationPlan, schemas: Schemas) -> list[str]:
    """Arguments for a call that the API (and a mock of it) accepts: path params, required fields."""
    args = [path_example(p) for p in op.path_params]
    for field in op.body_fields:
        if field.required or field.is_file:
            args.append(f"{field.py_name}={py.example(field.node, schemas)}")
    for param in op.query:
        if param.required:
            value = pyrepr(param.values[0]) if param.values else '"example"'
            args.append(f"{param.py_name}=[{value}]" if param.array else f"{param.py_name}={value}")
    if op.paginated and any(p.py_name == "limit" for p in op.query):
        args.append("limit=10")
    return args


def example_args(op: OperationPlan, schemas: Schemas) -> str:
    return ", ".join(example_arg_list(op, schemas))


def filter_example(op: Any) -> str:
    """One idiomatic filter argument for a list call, or '' when the operation has no good one."""
    for flt in op.filters:
        if flt.kind == "datetime" and {"gte", "lte"} <= set(flt.ops):
            return (
                f'{flt.py_name}={{"gte": datetime(2024, 1, 1, tzinfo=timezone.utc), '
                f'"lte": datetime(2024, 3, 31, tzinfo=timezone.utc)}}'
            )
    for flt in op.filters:
        if flt.kind == "enum" and "in" in flt.ops and flt.values:
            return f'{flt.py_name}={{"in": {pyrepr(flt.values[:2])}}}'
    return ""


# Each method's signatures, built once per render of a plan: the resource module asks for
# each one three times (the method, its body companion's test, the imports) and the reference
# page again. Keyed by the operation's identity; the memo holds one plan, the last rendered.
_memo_plan: Plan | None = None
_memo: dict[tuple[int, bool, bool], tuple[OperationPlan, Signature | None]] = {}


def _memo_signature(op: OperationPlan, plan: Plan, is_async: bool, body: bool) -> Signature | None:
    global _memo_plan, _memo
    if _memo_plan is not plan:
        _memo_plan, _memo = plan, {}
    key = (id(op), is_async, body)
    hit = _memo.get(key)
    if hit is not None and hit[0] is op:
        return hit[1]
    sig = body_method_signature(op, plan, is_async) if body else method_signature(op, plan, is_async)
    _memo[key] = (op, sig)
    return sig


def signature(op: OperationPlan, plan: Plan, is_async: bool = False) -> Signature:
    sig = _memo_signature(op, plan, is_async, False)
    assert sig is not None
    return sig


def body_signature(op: OperationPlan, plan: Plan, is_async: bool = False) -> Signature | None:
    return _memo_signature(op, plan, is_async, True)


def signature_md(op: OperationPlan, plan: Plan, is_async: bool = False, body_method: bool = False) -> str:
    """The method's signature as the reference page shows it: the same `Signature` object the
    resource module is written from, in public type names; each overload form when it has
    several. `body_method`: the signature of its `<name>_with_body` companion instead."""
    sig = _memo_signature(op, plan, is_async, body_method)
    assert sig is not None
    blocks = []
    for form in sig.documented:
        lines = ["@overload"] if sig.overloads else []
        lines.append(f"{'async def' if sig.is_async else 'def'} {sig.name}(")
        lines += [f"    {line}," for line in Signature.lines(form, "doc")]
        blocks.append("\n".join(lines) + f"\n) -> {sig.returns.doc}: ...")
    return "\n\n".join(blocks)


def body_enums(op: OperationPlan) -> list[tuple[str, list[str]]]:
    """(API name, known values) of each enum-valued base body field, for the runtime's
    UnknownEnumValueWarning (`check_body_enums`): top-level fields and lists of enum values."""
    out = []
    for f in op.body_fields:
        values = py.enum_of(f.node)
        if values and all(isinstance(v, str) for v in values):
            out.append((f.api_name, sorted(str(v) for v in values)))
    return out


def bodies_page(op: OperationPlan) -> str:
    """The page (under docs/bodies/) listing the integration bodies of a write."""
    return f"{op.dotted.replace('.', '_')}.md"


def body_enums_constant(op: OperationPlan) -> str:
    """The module constant holding `body_enums(op)`: `_WMS_ORDERS_UPDATE_BODY_ENUMS`."""
    return "_" + op.dotted.replace(".", "_").upper() + "_BODY_ENUMS"


def arg_type(item: ParamPlan | FieldPlan | FilterPlan, plan: Plan) -> PyType:
    """The annotation of one argument (a path or query param, a body field, a filter)."""
    if isinstance(item, FilterPlan):
        return filter_type(item)
    if isinstance(item, FieldPlan):
        return request_type(item.node, plan.class_names)
    return param_type(item)


def spec_model(cls: str, names: dict[str, str]) -> str:
    """The spec model name behind a generated class name."""
    return next((name for name, value in names.items() if value == cls), cls)


_IMPORTABLE = frozenset({"date", "datetime", "Literal", "ListOrTuple", "FileTypes", "_params"})


def resource_uses(resource: Any, plan: Plan) -> set[str]:
    """Names a resource module needs to import (generated code carries no unused import): those
    its methods' argument types use, and the helpers its method bodies call."""
    ops = resource.operations
    uses = set().union(*(signature(op, plan).uses for op in ops)) & _IMPORTABLE
    checks = {
        "overload": False,  # methods are never overloaded (see signatures.method_signature)
        "_integrations": any(op.body_union for op in ops),
        "check_body_enums": any(body_enums(op) for op in ops),
        "body_or_fields": any(op.body_union for op in ops),
        "given_fields": any(op.body_fields and not op.body_union for op in ops),
        "given_files": any(f.is_file for op in ops for f in op.body_fields),
        "FilterField": any(op.filters for op in ops),
        "encode_query": any(op.filters or op.query or op.paginated for op in ops),
        "path_param": any(op.path_params for op in ops),
        "SyncCursorPage": any(op.paginated for op in ops),
        "cached_property": bool(ops or resource.children),
        "operations": bool(ops),
    }
    return uses | {name for name, needed in checks.items() if needed}


def lookup(key: str, mapping: dict[str, str]) -> str:
    """`names | map("lookup", plan.model_module_of)`: each key's value."""
    return mapping[key]


def model_ref(name: str) -> Node:
    """The schema node of a spec model, for templates that show or link to one."""
    return Ref(name)


FILTERS.update(
    {
        "error_class": error_class,
        "schema_md": schema_md,
        "model_fields": model_fields,
        "model_variants": model_variants,
        "changes_md": changes_md,
        "example_args": example_args,
        "pyblock": pyblock,
        "import_from": import_from,
        "width": line_width,
        "filter_example": filter_example,
        "signature": signature,
        "body_signature": body_signature,
        "takes_body": takes_body,
        "body_enums": body_enums,
        "bodies_page": bodies_page,
        "body_enums_constant": body_enums_constant,
        "signature_md": signature_md,
        "arg_type": arg_type,
        "value_type": value_type,
        "filter_value_type": filter_value_type,
        "lookup": lookup,
        "model_ref": model_ref,
        "resource_uses": resource_uses,
        "spec_model": spec_model,
    }
)


def resource_summary(resource: Any, areas: dict[str, str]) -> str:
    """The resource's description, or one sentence in our words made from its dotted name and
    the spec's `areas` (top resource -> the system it stands for)."""
    if resource.description:
        return str(resource.description)
    top, *rest = resource.dotted.split(".")
    if top in areas and not rest:
        also = " and the methods on this page" if resource.operations else ""
        return f"Everything in {areas[top]}: the sub-resources listed below{also}."
    if not resource.operations and resource.children:
        names = ", ".join(f"`{child.dotted.rpartition('.')[2]}`" for child in resource.children)
        return f"Groups the {names} resource{'s' if len(resource.children) > 1 else ''}."
    if top in areas and rest:
        what = " of ".join(part.replace("_", " ") for part in reversed(rest))
        return f"{what[:1].upper()}{what[1:]} in {areas[top]}."
    return f"Methods under `client.{resource.dotted}`."


FILTERS.update({"resource_summary": resource_summary})
