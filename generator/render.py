"""Render: the Jinja environment and the filters templates may use (an explicit, small set)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from generator.naming import snake

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def pyrepr(value: Any) -> str:
    """A Python literal for any spec value: strings can never break out of their quotes."""
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    return repr(value)


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


def docstring(text: Any) -> str:
    """Text safe inside a triple-quoted docstring: no escapes, no closing quotes, no control
    characters (a NUL byte would make the module uncompilable)."""
    value = str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').replace("\r", "")
    value = "".join(c if c in "\n\t" or (c.isprintable() and c not in "\u2028\u2029") else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in value)
    if value.endswith('"'):
        value += " "
    return value


def tomlstr(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def mdtext(text: Any) -> str:
    """Spec text inside Markdown: one paragraph, HTML and template syntax neutralised."""
    value = " ".join(str(text).split())
    return value.replace("<", "&lt;").replace(">", "&gt;")


def mdcode(text: Any) -> str:
    return str(text).replace("_params.", "params.").replace("`", "'").replace("|", "\\|").replace("\n", " ")


def anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "", text.lower().replace(" ", "-"))


def resource_page(dotted: str) -> str:
    return f"{snake(dotted.replace('.', '_'))}.md"


def is_list_op(op: str) -> bool:
    return op.split("-", 1)[0] in ("in", "nin")


def returns_md(op: Any) -> str:
    if op.paginated:
        return f"pages of `{op.item_class}`"
    return f"`{op.response_class}`" if op.response_class else "nothing"


def call_signature(op: Any) -> str:
    args = [p.py_name for p in op.path_params]
    args += [f"{f.py_name}=..." for f in op.body_fields if f.required]
    args += [f"{p.py_name}=..." for p in op.query if p.required]
    return ", ".join(args)


FILTERS = {
    "pyrepr": pyrepr,
    "pytuple": pytuple,
    "docstring": docstring,
    "tomlstr": tomlstr,
    "mdtext": mdtext,
    "mdcode": mdcode,
    "anchor": anchor,
    "resource_page": resource_page,
    "is_list_op": is_list_op,
    "returns_md": returns_md,
    "call_signature": call_signature,
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

_MODEL_REF = "#/models/"
_SCALAR_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_STATUS_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    501: "NotImplementedForIntegrationError",
}


def error_class(code: int) -> str:
    """The exception the runtime raises for an HTTP status."""
    if code in _STATUS_ERRORS:
        return _STATUS_ERRORS[code]
    return "InternalServerError" if code >= 500 else "APIStatusError"


def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref[len(_MODEL_REF):] if isinstance(ref, str) and ref.startswith(_MODEL_REF) else None


def _unwrap(schema: Any) -> Any:
    """`allOf: [one]` wrappers (used to make a `$ref` nullable) → the one schema."""
    while isinstance(schema, dict) and len(schema.get("allOf") or []) == 1 and "properties" not in schema:
        schema = schema["allOf"][0]
    return schema


def schema_md(schema: Any, names: dict[str, str], pages: Any = (), prefix: str = "") -> str:
    """A JSON schema as a short Markdown type; models that have a page become links."""
    schema = _unwrap(schema)
    if not isinstance(schema, dict):
        return "`Any`"
    target = _ref_name(schema)
    if target is not None:
        cls = names.get(target, target)
        return f"[`{cls}`]({prefix}{cls}.md)" if target in pages else f"`{cls}`"
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return " or ".join(dict.fromkeys(schema_md(o, names, pages, prefix) for o in options))
    kind = schema.get("type")
    if kind == "array":
        return f"list of {schema_md(schema.get('items'), names, pages, prefix)}"
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "`datetime`"
        if fmt == "date":
            return "`date`"
        if fmt == "binary":
            return "file"
        return "`str`"
    if kind in _SCALAR_TYPES:
        return f"`{_SCALAR_TYPES[kind]}`"
    if kind == "object" or "properties" in schema or "additionalProperties" in schema:
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra and set(extra) != {"nullable"}:
            return f"dict of `str` to {schema_md(extra, names, pages, prefix)}"
        return "`dict[str, Any]`"
    return "`Any`"


def is_nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return True
    if schema.get("nullable"):
        return True
    options = schema.get("anyOf") or schema.get("oneOf") or []
    return any(isinstance(o, dict) and (o.get("type") == "null" or o.get("nullable")) for o in options)


def model_fields(name: str, models: dict[str, Any]) -> list[dict[str, Any]]:
    """Top-level fields of a model (allOf members merged), sorted by name."""
    fields: dict[str, dict[str, Any]] = {}

    def collect(schema: Any, seen: frozenset[str]) -> None:
        target = _ref_name(schema)
        if target is not None:
            if target not in seen and target in models:
                collect(models[target], seen | {target})
            return
        if not isinstance(schema, dict):
            return
        for member in schema.get("allOf") or []:
            collect(member, seen)
        required = set(schema.get("required") or [])
        for key, prop in (schema.get("properties") or {}).items():
            fields[key] = {
                "name": key,
                "schema": prop,
                "required": key in required,
                "nullable": is_nullable(prop),
                "description": (_unwrap(prop) or {}).get("description") if isinstance(prop, dict) else None,
                "enum": _enum_of(prop),
            }

    collect(models.get(name), frozenset({name}))
    return [fields[key] for key in sorted(fields)]


def _enum_of(schema: Any) -> list[Any]:
    schema = _unwrap(schema)
    if isinstance(schema, dict) and schema.get("type") == "array":
        schema = _unwrap(schema.get("items"))
    values = schema.get("enum") if isinstance(schema, dict) else None
    return [v for v in values if v is not None] if isinstance(values, list) else []


def model_variants(name: str, models: dict[str, Any]) -> list[str]:
    """Model names a `oneOf`/`anyOf` model may be (empty for a plain object)."""
    schema = models.get(name) or {}
    return [t for t in (_ref_name(o) for o in (schema.get("anyOf") or schema.get("oneOf") or [])) if t]


def literal_values(annotation: str) -> list[str]:
    """`Literal['a', 'b']` (possibly inside Sequence[...]) → ['a', 'b']."""
    match = re.search(r"Literal\[([^\]]*)\]", annotation)
    return re.findall(r"'((?:[^'\\]|\\.)*)'", match.group(1)) if match else []


def example_value(schema: Any, models: dict[str, Any], depth: int = 0) -> str:
    """A Python literal that satisfies `schema`: required members only, first enum value or variant."""
    schema = _unwrap(schema)
    if not isinstance(schema, dict) or depth > 6:
        return "None"
    target = _ref_name(schema)
    if target is not None:
        return example_value(models.get(target), models, depth + 1)
    if "example" in schema and not isinstance(schema["example"], (dict, list)) and schema["example"] is not None:
        return pyrepr(schema["example"])
    if schema.get("enum"):
        return pyrepr(next(v for v in schema["enum"] if v is not None))
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return example_value(options[0], models, depth + 1)
    kind = schema.get("type")
    if kind == "array":
        return "[" + example_value(schema.get("items"), models, depth + 1) + "]"
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "'2024-05-01T00:00:00Z'"
        if fmt == "date":
            return "'2024-05-01'"
        if fmt == "email":
            return "'ops@example.com'"
        if fmt in ("uri", "url"):
            return "'https://example.com'"
        return "'example'"
    if kind == "integer":
        return "1"
    if kind == "number":
        return "1.0"
    if kind == "boolean":
        return "True"
    if kind == "object" or "properties" in schema or "allOf" in schema:
        props = dict(schema.get("properties") or {})
        required = list(schema.get("required") or [])
        for member in schema.get("allOf") or []:
            member = _unwrap(member)
            ref = _ref_name(member)
            member = models.get(ref) if ref else member
            if isinstance(member, dict):
                props.update(member.get("properties") or {})
                required += list(member.get("required") or [])
        items = [f"{key!r}: {example_value(props.get(key), models, depth + 1)}" for key in dict.fromkeys(required)]
        return "{" + ", ".join(items) + "}"
    return "None"


def _path_example(param: Any) -> str:
    values = literal_values(param.annotation)
    if values:
        return pyrepr(values[0])
    stem = param.py_name[:-3] if param.py_name.endswith("_id") else param.py_name
    return pyrepr(f"{stem}_123" if param.py_name.endswith("_id") else f"example_{stem}")


def example_args(op: Any, models: dict[str, Any]) -> str:
    """Arguments for a call that the API (and a mock of it) accepts: path params, required fields."""
    args = [_path_example(p) for p in op.path_params]
    body = models.get(op.body_model) if op.body_model else None
    props = (body or {}).get("properties") or {}
    for field in op.body_fields:
        if field.is_file:
            args.append(f"{field.py_name}=('label.pdf', b'%PDF-1.4 example', 'application/pdf')")
        elif field.required:
            args.append(f"{field.py_name}={example_value(props.get(field.api_name), models)}")
    for param in op.query:
        if param.required:
            values = literal_values(param.annotation)
            value = pyrepr(values[0]) if values else "'example'"
            args.append(f"{param.py_name}=[{value}]" if param.array else f"{param.py_name}={value}")
    if op.paginated and any(p.py_name == "limit" for p in op.query):
        args.append("limit=10")
    return ", ".join(args)


def filter_example(op: Any) -> str:
    """One idiomatic filter argument for a list call, or '' when the operation has no good one."""
    for flt in op.filters:
        if flt.kind == "datetime" and {"gte", "lte"} <= set(flt.ops):
            return (
                f'{flt.py_name}={{"gte": datetime(2024, 1, 1, tzinfo=timezone.utc), '
                f'"lte": datetime(2024, 3, 31, tzinfo=timezone.utc)}}'
            )
    for flt in op.filters:
        if flt.kind == "enum" and "in" in flt.ops:
            values = literal_values(op.type_aliases.get(flt.value_type, flt.value_type))[:2]
            if values:
                return f'{flt.py_name}={{"in": {pyrepr(values)}}}'
    return ""


def filter_annotation(flt: Any) -> str:
    """The annotation a filter argument takes: a plain value (when allowed) or an operator mapping."""
    if flt.plain or "eq" in flt.ops:
        return f"{flt.value_type} | {flt.typed_dict} | None"
    if "in" in flt.ops:
        return f"Sequence[{flt.value_type}] | {flt.typed_dict} | None"
    return f"{flt.typed_dict} | None"


def signature_md(op: Any, async_: bool = False) -> str:
    """The method's Python signature (keyword-only after the path parameters)."""
    args = [f"{p.py_name}: {mdtype(p.annotation)}" for p in op.path_params]
    keywords = [f"{f.py_name}: {mdtype(f.annotation)}" for f in op.body_fields if f.required]
    keywords += [f"{f.py_name}: {mdtype(f.annotation)} | NotGiven = NOT_GIVEN" for f in op.body_fields if not f.required]
    keywords += [
        f"{p.py_name}: {mdtype(p.annotation)}" + ("" if p.required else " | None = None")
        for p in op.query
    ]
    keywords += [f"{f.py_name}: {filter_annotation(f)} = None" for f in op.filters]
    if op.paginated and not any(p.py_name == "page_token" for p in op.query):
        keywords.append("page_token: str | None = None")
    keywords += ["extra_headers: Mapping[str, str] | None = None", "extra_query: Mapping[str, object] | None = None"]
    if op.is_write:
        keywords.append("extra_body: Mapping[str, object] | None = None")
    keywords += ["timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN", "max_retries: int | NotGiven = NOT_GIVEN"]
    prefix = "async def" if async_ and not op.paginated else "def"
    lines = [f"{prefix} {op.name}(", "    self,"]
    lines += [f"    {a}," for a in args]
    lines.append("    *,")
    lines += [f"    {k}," for k in keywords]
    return "\n".join(lines) + f"\n) -> {returns_type(op, async_)}: ..."


def mdtype(annotation: Any) -> str:
    return str(annotation).replace("_params.", "params.").replace("_models.", "")


def returns_type(op: Any, async_: bool = False) -> str:
    if op.paginated:
        return f"{'AsyncPaginator' if async_ else 'SyncCursorPage'}[{op.item_class}]"
    return op.response_class or "None"


def spec_model(cls: str, names: dict[str, str]) -> str:
    """The spec model name behind a generated class name."""
    return next((name for name, value in names.items() if value == cls), cls)


def model_page(name: str, names: dict[str, str]) -> str:
    return f"{names.get(name, name)}.md"


FILTERS.update(
    {
        "error_class": error_class,
        "schema_md": schema_md,
        "is_nullable": is_nullable,
        "model_fields": model_fields,
        "model_variants": model_variants,
        "literal_values": literal_values,
        "example_value": example_value,
        "example_args": example_args,
        "filter_example": filter_example,
        "signature_md": signature_md,
        "filter_annotation": filter_annotation,
        "mdtype": mdtype,
        "returns_type": returns_type,
        "model_page": model_page,
        "spec_model": spec_model,
    }
)


_AREAS = {
    "wms": "the connection's warehouse management system (WMS)",
    "cart": "the connection's shopping-cart system",
    "freight": "the connection's freight system",
}


def resource_summary(resource: Any) -> str:
    """The resource's description, or one sentence in our words made from its dotted name."""
    if resource.description:
        return str(resource.description)
    top, *rest = resource.dotted.split(".")
    if top in _AREAS and not rest:
        also = " and the methods on this page" if resource.operations else ""
        return f"Everything in {_AREAS[top]}: the sub-resources listed below{also}."
    if not resource.operations and resource.children:
        names = ", ".join(f"`{child.dotted.rpartition('.')[2]}`" for child in resource.children)
        return f"Groups the {names} resource{'s' if len(resource.children) > 1 else ''}."
    if top in _AREAS and rest:
        what = " of ".join(part.replace("_", " ") for part in reversed(rest))
        return f"{what[:1].upper()}{what[1:]} in {_AREAS[top]}."
    return f"Methods under `client.{resource.dotted}`."


FILTERS.update({"resource_summary": resource_summary})
