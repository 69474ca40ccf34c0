"""Load `specs/` into a validated `Spec`; every error names the file, line and key."""

from __future__ import annotations

import hashlib
import json
import re
import types
import typing
from pathlib import Path
from typing import Any, Iterator

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.core.cache import Cache
from generator.core.errors import GeneratorError, GeneratorErrors, did_you_mean
from generator.core.naming import package_problem
from generator.core.spec.model import KNOWN_OPERATORS, Api, Operation, Resource, Spec, Webhook, is_known_operator

API_FILE = "api.yaml"
RESOURCES_FILE = "resources.yaml"
MODELS_FILE = "models.json"
WEBHOOKS_FILE = "webhooks.yaml"
OVERLAY_FILE = "overlay.yaml"  # read by the importer only

MODEL_REF_PREFIX = "#/models/"
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML, except that a key given twice in one mapping is an error (PyYAML keeps the
    last one silently, so half of a hand edit would vanish)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                first = seen[key].start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first given on line {first}); keep one", key_node.start_mark
                )
            seen[key] = key_node
        result: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return result



class _DuplicateJsonKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateJsonKey(key)
        result[key] = value
    return result

_resources_adapter: TypeAdapter[dict[str, Resource]] = TypeAdapter(dict[str, Resource])
_webhooks_adapter: TypeAdapter[dict[str, Webhook]] = TypeAdapter(dict[str, Webhook])
_models_adapter: TypeAdapter[dict[str, dict[str, Any]]] = TypeAdapter(dict[str, dict[str, Any]])


def read_data(path: Path) -> Any:
    """Parse a YAML or JSON file; syntax errors carry line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GeneratorError(str(path), "file not found") from None
    except UnicodeDecodeError as exc:
        raise GeneratorError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    marker = _conflict_marker(text)
    if marker is not None:
        raise GeneratorError(
            str(path),
            "unresolved merge-conflict marker; resolve the conflict and run again",
            line=marker,
            column=1,
        )
    if path.suffix == ".json":
        try:
            return json.loads(text, object_pairs_hook=_unique_pairs)
        except json.JSONDecodeError as exc:
            raise GeneratorError(
                str(path), f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
            ) from None
        except _DuplicateJsonKey as exc:
            line, column = _duplicate_json_key(text, exc.key)
            raise GeneratorError(
                str(path), f"duplicate key {exc.key!r}; keep one", line=line, column=column
            ) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise GeneratorError(
            str(path),
            f"invalid YAML: {exc.problem or exc.context}",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise GeneratorError(str(path), f"invalid YAML: {exc}") from None


def _duplicate_json_key(text: str, key: str) -> tuple[int | None, int | None]:
    """Where the second `key` of one object is (JSON is YAML flow syntax, so compose it)."""
    try:
        root = yaml.compose(text, Loader=_BaseLoader)
    except yaml.YAMLError:
        return None, None
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            names = set()
            for k, v in node.value:
                if k.value == key and key in names:
                    return k.start_mark.line + 1, k.start_mark.column + 1
                names.add(k.value)
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None, None


def _conflict_marker(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(("<<<<<<< ", ">>>>>>> ")) or line in ("<<<<<<<", "=======", ">>>>>>>"):
            return number
    return None


def locate(path: Path, keys: tuple[str | int, ...]) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the key at `keys` (an item's own place for a list index),
    or of its nearest existing parent. The key, not its value: that is what a person edits."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_BaseLoader)
    except (yaml.YAMLError, OSError, UnicodeDecodeError):
        return None, None
    line: tuple[int | None, int | None] = (None, None)
    for key in keys:
        if node is None:
            break
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if k.value == str(key):
                    found = v
                    line = (k.start_mark.line + 1, k.start_mark.column + 1)
                    break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = (node.start_mark.line + 1, node.start_mark.column + 1)
        else:
            node = None
    if line == (None, None) and node is not None:
        line = (node.start_mark.line + 1, node.start_mark.column + 1)
    return line


def _key_path(keys: tuple[str | int, ...]) -> str:
    return ".".join(str(k) for k in keys) or "(top level)"


def error_at(path: Path, keys: tuple[str | int, ...], message: str) -> GeneratorError:
    line, column = locate(path, keys)
    return GeneratorError(str(path), message, line=line, column=column, where=_key_path(keys), keys=keys)


def _allowed_keys(root: Any, loc: tuple[str | int, ...]) -> set[str]:
    """The keys a spec model accepts at `loc` (the parent of an unknown key), for hints."""
    options: list[Any] = [root]
    for part in loc:
        nxt: list[Any] = []
        for tp in options:
            for inner in _unwrap(tp):
                origin = typing.get_origin(inner)
                if isinstance(inner, type) and issubclass(inner, BaseModel) and isinstance(part, str):
                    field = inner.model_fields.get(part)
                    if field is not None:
                        nxt.append(field.annotation)
                elif origin is dict:
                    nxt.append(typing.get_args(inner)[1])
                elif origin is list and isinstance(part, int):
                    nxt.append(typing.get_args(inner)[0])
        options = nxt
    keys: set[str] = set()
    for tp in options:
        for inner in _unwrap(tp):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                keys |= {f.alias or name for name, f in inner.model_fields.items()}
    return keys


def _unwrap(tp: Any) -> list[Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return [inner for arg in typing.get_args(tp) for inner in _unwrap(arg)]
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    return [tp]


def _validation_errors(
    path: Path, exc: ValidationError, prefix: tuple[str | int, ...] = (), root: Any = None
) -> GeneratorErrors:
    errors = []
    for err in exc.errors():
        keys = prefix + tuple(k for k in err["loc"] if not (isinstance(k, str) and k.startswith("function-")))
        # pydantic reports discriminated/`after` validators with extra location parts; keep the keys.
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            own = tuple(k for k in err["loc"] if not (isinstance(k, str) and k.startswith("function-")))
            hint = did_you_mean(str(keys[-1]), _allowed_keys(root, own[:-1])) if root is not None else ""
            message = f"unknown key {keys[-1]!r}{hint}; remove it or check its spelling"
        elif err["type"] == "missing":
            message = f"required key {keys[-1]!r} is missing"
        elif err["type"] == "value_error":
            message = message.removeprefix("Value error, ")  # our validators' own sentences
        errors.append(error_at(path, keys, message))
    return GeneratorErrors(errors)


SPEC_FILES = (API_FILE, RESOURCES_FILE, MODELS_FILE, WEBHOOKS_FILE)


def require_spec_files(spec_dir: Path) -> None:
    """The folder and each of its spec files exist, else an error naming the first missing one."""
    if not spec_dir.is_dir():
        raise GeneratorError(str(spec_dir), "spec folder not found; run `import-openapi` to create one")
    missing = [name for name in SPEC_FILES if not (spec_dir / name).is_file()]
    if missing:
        fix = "restore it from git (it records the SDK version and the source document)" if missing[0] == API_FILE else (
            "re-create it with `make import` (it is written from the recorded document), or restore it from git"
        )
        raise GeneratorError(str(spec_dir / missing[0]), f"spec file not found; every spec folder holds {', '.join(SPEC_FILES)}: {fix}")


def load_spec(spec_dir: Path, *, cache_dir: Path | None = None) -> Spec:
    """Read and validate every file of a spec folder, then check references across them.

    With `cache_dir`, a models.json already found valid against the meta-schema is not
    checked again (the check is the slow part of loading).
    """
    api_path = spec_dir / API_FILE
    resources_path = spec_dir / RESOURCES_FILE
    models_path = spec_dir / MODELS_FILE
    webhooks_path = spec_dir / WEBHOOKS_FILE
    require_spec_files(spec_dir)

    raw_api = read_data(api_path)
    try:
        api = Api.model_validate(raw_api)
    except ValidationError as exc:
        raise _validation_errors(api_path, exc, root=Api) from None

    raw_resources = read_data(resources_path)
    if not isinstance(raw_resources, dict) or "resources" not in raw_resources:
        raise error_at(resources_path, (), "expected a mapping with a top-level `resources` key")
    try:
        resources = _resources_adapter.validate_python(raw_resources["resources"])
    except ValidationError as exc:
        raise _validation_errors(resources_path, exc, ("resources",), dict[str, Resource]) from None

    try:
        models = _models_adapter.validate_python(read_data(models_path))
    except ValidationError as exc:
        raise _validation_errors(models_path, exc) from None
    _check_meta_schema(models_path, models, cache_dir)

    raw_webhooks = read_data(webhooks_path) or {}
    if not isinstance(raw_webhooks, dict) or not isinstance(raw_webhooks.get("webhooks", {}), dict):
        raise error_at(webhooks_path, (), "expected a mapping with a top-level `webhooks` mapping")
    try:
        webhooks = _webhooks_adapter.validate_python(raw_webhooks.get("webhooks", {}))
    except ValidationError as exc:
        raise _validation_errors(webhooks_path, exc, ("webhooks",), dict[str, Webhook]) from None

    spec = Spec(api=api, resources=resources, models=models, webhooks=webhooks)
    problems = list(_cross_check(spec, spec_dir))
    if problems:
        raise GeneratorErrors(problems)
    return spec


def _check_meta_schema(path: Path, models: dict[str, dict[str, Any]], cache_dir: Path | None) -> None:
    from generator.core.spec.metaschema import problems

    cache = Cache(cache_dir)
    key = hashlib.sha256(b"draft7\0" + path.read_bytes()).hexdigest() if cache_dir else ""
    if cache_dir is not None and cache.get("metaschema", key) is not None:
        return
    found = [error_at(path, keys, message) for keys, message in problems(models)]
    if found:
        raise GeneratorErrors(found)
    cache.put("metaschema", key, "valid against the Draft 7 meta-schema\n")


def _cross_check(spec: Spec, spec_dir: Path) -> Iterator[GeneratorError]:
    api_path = spec_dir / API_FILE
    resources_path = spec_dir / RESOURCES_FILE
    models_path = spec_dir / MODELS_FILE
    problem = package_problem(spec.api.package)
    if problem:
        yield error_at(api_path, ("package",), f"package {spec.api.package!r} cannot name the SDK: {problem}")
    for index, name in enumerate(spec.api.default_auth):
        if name not in spec.api.auth:
            hint = did_you_mean(name, spec.api.auth)
            yield error_at(api_path, ("default_auth", index), f"auth scheme {name!r} is not defined under `auth`{hint}")
    for name in spec.api.auth:
        if not IDENTIFIER.match(name):
            yield error_at(api_path, ("auth", name), "auth scheme names are snake_case identifiers")

    seen_http: dict[str, str] = {}
    for resource_name, resource in spec.resources.items():
        parts = resource_name.split(".")
        if not all(IDENTIFIER.match(p) for p in parts):
            yield error_at(
                resources_path, ("resources", resource_name), "resource names are dotted snake_case identifiers"
            )
        children = {
            other.split(".")[len(parts)]
            for other in spec.resources
            if other.startswith(resource_name + ".")
        }
        for op_name, op in resource.operations.items():
            where: tuple[str | int, ...] = ("resources", resource_name, "operations", op_name)
            if not IDENTIFIER.match(op_name):
                yield error_at(resources_path, where, "operation names are snake_case identifiers")
            if op_name in children:
                yield error_at(
                    resources_path, where, f"operation {op_name!r} clashes with sub-resource {resource_name}.{op_name}"
                )
            if op.http in seen_http:
                yield error_at(resources_path, where + ("http",), f"{op.http} is already declared by {seen_http[op.http]}")
            seen_http[op.http] = f"{resource_name}.{op_name}"
            yield from _check_operation(spec, op, resources_path, where)

    for event, hook in spec.webhooks.items():
        if hook.model not in spec.models:
            hint = did_you_mean(hook.model, spec.models)
            yield error_at(spec_dir / WEBHOOKS_FILE, ("webhooks", event, "model"), f"unknown model {hook.model!r}{hint}")

    for model_name, schema in spec.models.items():
        yield from _check_always(schema, models_path, model_name)
        for ref, keys in _refs(schema, (model_name,)):
            if not ref.startswith(MODEL_REF_PREFIX) or ref[len(MODEL_REF_PREFIX):] not in spec.models:
                hint = did_you_mean(ref, (MODEL_REF_PREFIX + name for name in spec.models))
                yield error_at(
                    models_path, keys, f"$ref {ref!r} does not name a model{hint}; expected '{MODEL_REF_PREFIX}<Model>'"
                )


def _check_always(schema: dict[str, Any], path: Path, model: str) -> Iterator[GeneratorError]:
    """`x-always` (from the overlay's `required`) lists fields of the model's own properties."""
    if "x-always" not in schema:
        return
    always = schema["x-always"]
    if not isinstance(always, list) or not all(isinstance(name, str) for name in always):
        yield error_at(path, (model, "x-always"), "x-always is a list of the model's field names")
        return
    raw = schema.get("properties")
    properties: dict[str, Any] = raw if isinstance(raw, dict) else {}
    for index, name in enumerate(always):
        if name not in properties:
            hint = did_you_mean(name, properties)
            yield error_at(path, (model, "x-always", index), f"model {model!r} has no field {name!r}{hint}")


def _check_operation(
    spec: Spec, op: Operation, path: Path, where: tuple[str | int, ...]
) -> Iterator[GeneratorError]:
    for index, scheme in enumerate(op.auth or []):
        if scheme not in spec.api.auth:
            hint = did_you_mean(scheme, spec.api.auth)
            yield error_at(path, where + ("auth", index), f"auth scheme {scheme!r} is not defined in api.yaml{hint}")
    named = {
        "response": op.response,
        "item": op.item,
        "body": op.body.model if op.body else None,
    }
    for key, model in named.items():
        if model is not None and model not in spec.models:
            hint = did_you_mean(model, spec.models)
            yield error_at(path, where + (key,), f"unknown model {model!r}{hint}; add it to models.json")
    if op.body:
        for integration, model in op.body.variants.items():
            if model not in spec.models:
                hint = did_you_mean(model, spec.models)
                yield error_at(path, where + ("body", "variants", integration), f"unknown model {model!r}{hint}")
    if op.paginated:
        pag = spec.api.pagination
        # The page token is managed by the paginator; `limit` stays a normal query param.
        if pag.token_in in op.query or pag.token_in in op.filters:
            yield error_at(
                path, where + ("query", pag.token_in), f"{pag.token_in!r} is set by pagination; remove it from the operation"
            )
    # Each operator becomes SDK filter types: a typo must not become API surface.
    declared = set(spec.api.operators)
    for field_name, flt in op.filters.items():
        for index, operator in enumerate(flt.ops):
            if not is_known_operator(operator) and operator not in declared:
                hint = did_you_mean(operator, sorted(KNOWN_OPERATORS | declared))
                yield error_at(
                    path, where + ("filters", field_name, "ops", index),
                    f"unknown filter operator {operator!r}{hint}; if the API accepts it, declare it in "
                    f"overlay.yaml under `api: {{operators: [{operator}]}}`",
                )


def _refs(node: Any, keys: tuple[str | int, ...]) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value, keys + (key,)
            else:
                yield from _refs(value, keys + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, keys + (index,))
