"""Load `specs/` into a validated `Spec`; every error names the file, line and key."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

import yaml
from pydantic import TypeAdapter, ValidationError

from generator.errors import GeneratorError, GeneratorErrors
from generator.naming import package_problem
from generator.spec.model import Api, Operation, Resource, Spec, Webhook

API_FILE = "api.yaml"
RESOURCES_FILE = "resources.yaml"
MODELS_FILE = "models.json"
WEBHOOKS_FILE = "webhooks.yaml"
OVERLAY_FILE = "overlay.yaml"  # read by the importer only

MODEL_REF_PREFIX = "#/models/"
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise GeneratorError(
                str(path), f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
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


def _conflict_marker(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(("<<<<<<< ", ">>>>>>> ")) or line in ("<<<<<<<", "=======", ">>>>>>>"):
            return number
    return None


def locate(path: Path, keys: tuple[str | int, ...]) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the node at `keys`, or of its nearest existing parent."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError:
        return None, None
    line: tuple[int | None, int | None] = (None, None)
    for key in keys:
        if node is None:
            break
        line = (node.start_mark.line + 1, node.start_mark.column + 1)
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
        else:
            node = None
    if node is not None and not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        line = (node.start_mark.line + 1, node.start_mark.column + 1)
    return line


def _key_path(keys: tuple[str | int, ...]) -> str:
    return ".".join(str(k) for k in keys) or "(top level)"


def error_at(path: Path, keys: tuple[str | int, ...], message: str) -> GeneratorError:
    line, column = locate(path, keys)
    return GeneratorError(str(path), message, line=line, column=column, where=_key_path(keys))


def _validation_errors(path: Path, exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> GeneratorErrors:
    errors = []
    for err in exc.errors():
        keys = prefix + tuple(k for k in err["loc"] if not (isinstance(k, str) and k.startswith("function-")))
        # pydantic reports discriminated/`after` validators with extra location parts; keep the keys.
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = f"unknown key {keys[-1]!r}; remove it or check its spelling"
        elif err["type"] == "missing":
            message = f"required key {keys[-1]!r} is missing"
        errors.append(error_at(path, keys, message))
    return GeneratorErrors(errors)


def load_spec(spec_dir: Path) -> Spec:
    """Read and validate every file of a spec folder, then check references across them."""
    api_path = spec_dir / API_FILE
    resources_path = spec_dir / RESOURCES_FILE
    models_path = spec_dir / MODELS_FILE
    webhooks_path = spec_dir / WEBHOOKS_FILE
    if not spec_dir.is_dir():
        raise GeneratorError(str(spec_dir), "spec folder not found; run `import-openapi` to create one")

    raw_api = read_data(api_path)
    try:
        api = Api.model_validate(raw_api)
    except ValidationError as exc:
        raise _validation_errors(api_path, exc) from None

    raw_resources = read_data(resources_path)
    if not isinstance(raw_resources, dict) or "resources" not in raw_resources:
        raise error_at(resources_path, (), "expected a mapping with a top-level `resources` key")
    try:
        resources = _resources_adapter.validate_python(raw_resources["resources"])
    except ValidationError as exc:
        raise _validation_errors(resources_path, exc, ("resources",)) from None

    try:
        models = _models_adapter.validate_python(read_data(models_path))
    except ValidationError as exc:
        raise _validation_errors(models_path, exc) from None

    webhooks: dict[str, Webhook] = {}
    if webhooks_path.exists():
        raw_webhooks = read_data(webhooks_path) or {}
        try:
            webhooks = _webhooks_adapter.validate_python(raw_webhooks.get("webhooks", {}))
        except ValidationError as exc:
            raise _validation_errors(webhooks_path, exc, ("webhooks",)) from None

    spec = Spec(api=api, resources=resources, models=models, webhooks=webhooks)
    problems = list(_cross_check(spec, spec_dir))
    if problems:
        raise GeneratorErrors(problems)
    return spec


def _cross_check(spec: Spec, spec_dir: Path) -> Iterator[GeneratorError]:
    api_path = spec_dir / API_FILE
    resources_path = spec_dir / RESOURCES_FILE
    models_path = spec_dir / MODELS_FILE
    problem = package_problem(spec.api.package)
    if problem:
        yield error_at(api_path, ("package",), f"package {spec.api.package!r} cannot name the SDK: {problem}")
    for name in spec.api.default_auth:
        if name not in spec.api.auth:
            yield error_at(api_path, ("default_auth",), f"auth scheme {name!r} is not defined under `auth`")
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
            yield error_at(spec_dir / WEBHOOKS_FILE, ("webhooks", event, "model"), f"unknown model {hook.model!r}")

    for model_name, schema in spec.models.items():
        for ref, keys in _refs(schema, (model_name,)):
            if not ref.startswith(MODEL_REF_PREFIX) or ref[len(MODEL_REF_PREFIX):] not in spec.models:
                yield error_at(
                    models_path, keys, f"$ref {ref!r} does not name a model; expected '{MODEL_REF_PREFIX}<Model>'"
                )


def _check_operation(
    spec: Spec, op: Operation, path: Path, where: tuple[str | int, ...]
) -> Iterator[GeneratorError]:
    for scheme in op.auth or []:
        if scheme not in spec.api.auth:
            yield error_at(path, where + ("auth",), f"auth scheme {scheme!r} is not defined in api.yaml")
    named = {
        "response": op.response,
        "item": op.item,
        "body": op.body.model if op.body else None,
    }
    for key, model in named.items():
        if model is not None and model not in spec.models:
            yield error_at(path, where + (key,), f"unknown model {model!r}; add it to models.json")
    if op.body:
        for integration, model in op.body.variants.items():
            if model not in spec.models:
                yield error_at(path, where + ("body", "variants", integration), f"unknown model {model!r}")
    if op.paginated:
        pag = spec.api.pagination
        # The page token is managed by the paginator; `limit` stays a normal query param.
        if pag.token_in in op.query or pag.token_in in op.filters:
            yield error_at(
                path, where + ("query", pag.token_in), f"{pag.token_in!r} is set by pagination; remove it from the operation"
            )
    for name in list(op.query) + list(op.filters) + list(op.path_params):
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_.-]*$", name):
            yield error_at(path, where, f"parameter name {name!r} is not a plain word")


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
