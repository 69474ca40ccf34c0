"""Import an OpenAPI 3.0/3.1 document into the declarative spec (plus the hand-written overlay)."""

from __future__ import annotations

import copy
import hashlib
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from generator.core.errors import GeneratorError, GeneratorErrors, did_you_mean
from generator.core.facts import HTTP_METHODS as SDK_HTTP_METHODS
from generator.core.naming import method_name, package_problem, safe_identifier, snake
from generator.core.spec.loader import MODEL_REF_PREFIX, error_at, read_data

HTTP_METHODS = tuple(method.lower() for method in SDK_HTTP_METHODS)  # as the document spells them
SCHEMA_REF = "#/components/schemas/"
# Prose is never copied from the document into specs/: descriptions are ours or absent.
PROSE_KEYS = {"description", "summary", "title", "example", "examples", "externalDocs", "$comment"}
FILTER_PARAM = re.compile(r"^(?P<field>[^\[\]]+)\[(?P<op>[^\[\]]+)\]$")


@dataclass
class Imported:
    """The spec as plain data, ready to be validated and written."""

    api: dict[str, Any]
    resources: dict[str, dict[str, Any]]
    models: dict[str, dict[str, Any]]
    webhooks: dict[str, dict[str, Any]]
    warnings: list[str] = field(default_factory=list)


class _Document:
    """The parsed document with helpers that report errors at JSON pointers."""

    def __init__(self, path: Path, data: Any) -> None:
        self.path = path
        if not isinstance(data, dict):
            raise GeneratorError(str(path), "expected an OpenAPI document (a JSON/YAML object)")
        self.data = data
        version = str(data.get("openapi", data.get("swagger", "")))
        if not re.match(r"^3\.[01]\.\d+$", version):
            raise GeneratorError(
                str(path),
                f"unsupported OpenAPI version {version or '(none)'!r}; expected 3.0.x or 3.1.x",
                where="/openapi",
            )
        self.version = version
        schemas = data.get("components", {}).get("schemas", {})
        if not isinstance(schemas, dict):
            raise self.error("/components/schemas", "expected an object of schemas")
        self.schemas: dict[str, Any] = schemas
        self.models: dict[str, dict[str, Any]] = {}  # the spec's models, filled by the import
        self._hoisted: dict[str, str] = {}  # $ref of a schema outside components/schemas -> model

    def error(self, pointer: str, message: str) -> GeneratorError:
        return GeneratorError(str(self.path), message, where=pointer)

    def resolve(self, node: Any, pointer: str) -> Any:
        """Follow a local `$ref` (parameters, request bodies, responses) to its target."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise self.error(pointer, f"$ref {ref!r} leads back to itself through {len(seen)} reference(s); point one of them at a definition")
            if not ref.startswith("#/"):
                raise self.error(pointer, f"cannot resolve $ref {ref!r}; only local references are supported")
            seen.add(ref)
            target: Any = self.data
            for part in ref[2:].split("/"):
                key = _pointer_key(target, part)
                if key is None:
                    raise self.error(pointer, f"dangling $ref {ref!r}: nothing at that pointer")
                target = target[key]
            node = target
        return node

    def schema_name(self, node: Any) -> str | None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            return self.model_ref(node["$ref"])[len(MODEL_REF_PREFIX):]
        return None

    def model_ref(self, ref: str) -> str:
        """`#/models/<Name>` for a `$ref` in a schema position. A component schema keeps its
        name; a schema anywhere else (under `paths`, in a response or a parameter, inside
        another schema) becomes a model of its own, once, named after where it is."""
        while True:
            rest = ref[len(SCHEMA_REF):] if ref.startswith(SCHEMA_REF) else ""
            name = _pointer_key(self.schemas, rest) if rest and "/" not in rest else None
            if name is not None:
                return MODEL_REF_PREFIX + str(name)
            target = self._at(ref)
            if not (isinstance(target, dict) and isinstance(target.get("$ref"), str) and target["$ref"].startswith("#/")):
                break
            ref = target["$ref"]  # a reference to a reference: name the schema at its end
        if ref not in self._hoisted:
            parts = [unescape_pointer(urllib.parse.unquote(part)) for part in ref[2:].split("/")]
            words = [w for part in parts for w in re.findall(r"[A-Za-z0-9]+", part) if w.lower() not in _POINTER_NOISE]
            base = "".join(w[:1].upper() + w[1:] for w in words) or "Schema"
            base = "Schema" + base if base[0].isdigit() else base
            model, n = base, 2
            while model in self.models or model in self.schemas:
                model, n = f"{base}{n}", n + 1
            self._hoisted[ref] = model
            self.models[model] = {}  # taken before its schema is read: the schema may refer to itself
            self.models[model] = normalize_schema(self._at(ref), self.version, self)
        return MODEL_REF_PREFIX + self._hoisted[ref]

    def _at(self, ref: str) -> Any:
        """What one `$ref` points at, without following further references."""
        target: Any = self.data
        for part in ref[2:].split("/"):
            target = target[_pointer_key(target, part)]  # every $ref was checked by _check_refs
        return target


def _pointer_key(target: Any, part: str) -> Any:
    """The key (or list index) one JSON-pointer step names in `target`, or None. A URI fragment
    may percent-encode it (`%7Bid%7D`); a name that is present as written is taken as written."""
    if isinstance(target, list):
        return int(part) if part.isdigit() and int(part) < len(target) else None
    if not isinstance(target, dict):
        return None
    for key in (unescape_pointer(part), unescape_pointer(urllib.parse.unquote(part))):
        if key in target:
            return key
    return None


# Pointer words that say nothing about what a schema is for.
_POINTER_NOISE = {"paths", "components", "content", "application", "json", "schema", "schemas", "responses", "properties", "items"}


def unescape_pointer(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def import_openapi(document: Path, overlay: dict[str, Any] | None = None, overlay_path: Path | None = None) -> Imported:
    doc = _Document(document, read_data(document))
    raw = doc.data
    if not isinstance(raw.get("paths", {}), dict):
        raise doc.error("/paths", "expected an object of paths")
    _check_refs(doc)

    models = doc.models
    for name, schema in sorted(doc.schemas.items()):
        models[name] = normalize_schema(schema, doc.version, doc)
    title = str(raw.get("info", {}).get("title", "api"))
    api_word = _api_word(title, doc)
    if package_problem(api_word):
        api_word = f"{api_word}_api".lstrip("_")  # it names the Python package: it must be importable
    servers = raw.get("servers") or [{}]
    base_url = _server_url(servers[0]) if isinstance(servers[0], dict) else ""

    overlay = overlay or {}
    place = _OverlayPlace(overlay_path or Path("overlay.yaml"))
    check_overlay_shape(overlay, place)
    renames: dict[str, str] = dict(overlay.get("names") or {})
    warnings: list[str] = []
    auth_schemes: dict[str, dict[str, Any]] = {}
    security = _Security(doc, api_word, auth_schemes, warnings)
    operations: list[tuple[str, str, dict[str, Any]]] = []  # (http, default dotted name, op)

    for path, item in sorted(raw.get("paths", {}).items()):
        item = doc.resolve(item, f"/paths/{_escape(path)}")  # a path item may be a $ref to another
        if not isinstance(item, dict):
            raise doc.error(f"/paths/{_escape(path)}", "expected a path item object")
        shared_params = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            pointer = f"/paths/{_escape(path)}/{method}"
            op = item[method]
            if not isinstance(op, dict):
                raise doc.error(pointer, "expected an operation object")
            built = _operation(doc, path, method.upper(), op, shared_params, pointer, models, api_word, auth_schemes, warnings, security.headers)
            built[2]["auth"] = security.of(op, pointer) + [s for s in built[2]["auth"] if s not in security.names]
            operations.append(built)

    # Every mistake in `names` is reported at once: a downgrade to a document that lacks many
    # renamed endpoints is then one edit, not one run per entry.
    problems = _check_names(renames, operations, document, place)
    renames = {http: dotted for http, dotted in renames.items() if http in {h for h, _, _ in operations}}
    default_auth = _most_common_auth([op.get("auth", []) for _, _, op in operations])
    resources: dict[str, dict[str, Any]] = {}
    for _http, dotted, op in _assign_names(operations, renames):
        resource, _, verb = dotted.rpartition(".")
        if op.get("auth") == default_auth:
            del op["auth"]
        resources.setdefault(resource, {"operations": {}})["operations"][verb] = op

    webhooks: dict[str, dict[str, Any]] = {}
    hooks = raw.get("webhooks") or raw.get("x-webhooks") or {}
    for event, hook in sorted(hooks.items()) if isinstance(hooks, dict) else []:
        post = hook.get("post", {}) if isinstance(hook, dict) else {}
        schema = _json_schema(doc, post.get("requestBody"), f"/webhooks/{_escape(event)}/post/requestBody")
        hook_model = doc.schema_name(schema)
        if hook_model is None and schema is not None:
            hook_model = _inline_model(models, f"{event} event", schema, doc.version, doc)
        if hook_model is not None:
            webhooks[event] = {"model": hook_model}

    sha = hashlib.sha256(document.read_bytes()).hexdigest()
    api: dict[str, Any] = {
        "name": api_word,
        "package": api_word,
        "client_name": _client_name(api_word),
        "sdk_version": "0.1.0",
        "base_url": base_url.rstrip("/"),
        "source": {"document": document.name, "sha256": sha, "openapi": doc.version, **_info_version(raw)},
        "auth": auth_schemes,
        "default_auth": default_auth,
        "pagination": {
            "limit": "limit",
            "token_in": "page_token",
            "token_out": "next_token",
            "items": "data",
            "total": "total_count",
        },
        "rate_limits": {"read_per_second": 10.0, "write_per_second": 50.0},
    }
    imported = Imported(api=api, resources=resources, models=models, webhooks=webhooks, warnings=warnings)
    apply_overlay(imported, overlay, place, problems)
    return imported


def _server_url(server: dict[str, Any]) -> str:
    """The server's URL with each `{variable}` at its default (`https://{region}.x` -> `https://eu.x`)."""
    url = str(server.get("url") or "https://example.invalid")
    variables = server.get("variables")
    for name, variable in variables.items() if isinstance(variables, dict) else []:
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url


def _client_name(api_word: str) -> str:
    """`trackstar` -> `Trackstar`: the client class is named after the API."""
    name = "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", api_word))
    return name if name[:1].isalpha() and name.isascii() else "Api" + name if name.isascii() else "Client"


def _check_names(
    renames: dict[str, str], operations: list[tuple[str, str, dict[str, Any]]], document: Path, place: _OverlayPlace
) -> list[GeneratorError]:
    """`names` keys are operations of the document; no two name the same method, and none takes
    the name another operation has by default (which would silently rename that one)."""
    known = {http: default for http, default, _ in operations}
    problems = []
    claimed: dict[str, str] = {}
    for http, dotted in renames.items():
        if http not in known:
            problems.append(place.error(
                ("names", http),
                f"{http!r} is no operation of {document.name}{did_you_mean(http, known)}; "
                "`names` keys are 'METHOD /path' of the document (add new endpoints under `operations`)",
            ))
            continue
        if dotted in claimed:
            problems.append(place.error(
                ("names", http),
                f"{http!r} and {claimed[dotted]!r} are both named {dotted!r}; give one of them another name",
            ))
            continue
        claimed[dotted] = http
    for http, default in known.items():
        if http not in renames and default in claimed:
            problems.append(place.error(
                ("names", claimed[default]),
                f"{default!r} is the method of {http!r} already; name {claimed[default]!r} otherwise, "
                f"or rename {http!r} under `names` too",
            ))
    return problems


def _info_version(raw: dict[str, Any]) -> dict[str, str]:
    info = raw.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    return {"info_version": str(version)} if isinstance(version, (str, int, float)) else {}


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _check_refs(doc: _Document) -> None:
    """Every `$ref` must point at something: a dangling one is an error naming its place."""

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                doc.resolve({"$ref": ref}, pointer)
            for key, value in node.items():
                if key != "$ref" or not isinstance(value, str):
                    walk(value, f"{pointer}/{_escape(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(doc.data, "")


class _Security:
    """`securitySchemes` as the spec's auth schemes: an API key in a header or the query, or a
    bearer token (HTTP bearer, OAuth 2, OpenID Connect), each a credential of the client. An
    operation needs the schemes of its (or the document's) first security requirement."""

    def __init__(self, doc: _Document, api_word: str, schemes: dict[str, dict[str, Any]], warnings: list[str]) -> None:
        self.doc = doc
        self.schemes = schemes
        self.warnings = warnings
        self.names: dict[str, str] = {}  # document scheme name -> spec scheme name
        self.headers: set[str] = set()
        declared = (doc.data.get("components") or {}).get("securitySchemes") or {}
        for key, raw in sorted(declared.items()) if isinstance(declared, dict) else []:
            pointer = f"/components/securitySchemes/{_escape(str(key))}"
            scheme = doc.resolve(raw, pointer)
            entry = self._scheme(scheme, pointer) if isinstance(scheme, dict) else None
            if entry is None:
                continue
            name = safe_identifier(snake(str(key)))
            base, n = name, 2
            while name in schemes:
                name, n = f"{base}_{n}", n + 1
            entry["env"] = f"{api_word}_{name}".upper()
            schemes[name] = entry
            self.names[str(key)] = name
            if entry.get("header"):
                self.headers.add(entry["header"].lower())

    def _scheme(self, scheme: dict[str, Any], pointer: str) -> dict[str, Any] | None:
        kind = scheme.get("type")
        if kind == "apiKey" and scheme.get("in") in ("header", "query") and isinstance(scheme.get("name"), str):
            return {str(scheme["in"]): scheme["name"]}
        if (kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer") or kind in ("oauth2", "openIdConnect"):
            return {"header": "Authorization", "bearer": True}
        self.warnings.append(
            f"{pointer}: a {kind} security scheme{' in ' + str(scheme.get('in')) if scheme.get('in') else ''} is not modelled;"
            " send it with the client's `default_headers`"
        )
        return None

    def of(self, op: dict[str, Any], pointer: str) -> list[str]:
        """The spec schemes an operation needs."""
        requirements = op.get("security", self.doc.data.get("security"))
        if not isinstance(requirements, list) or not requirements:
            return []
        first = requirements[0]
        if not isinstance(first, dict):
            return []
        return [self.names[key] for key in first if key in self.names]


def _operation(
    doc: _Document,
    path: str,
    method: str,
    op: dict[str, Any],
    shared_params: list[Any],
    pointer: str,
    models: dict[str, dict[str, Any]],
    api_word: str,
    auth_schemes: dict[str, dict[str, Any]],
    warnings: list[str],
    credential_headers: set[str],
) -> tuple[str, str, dict[str, Any]]:
    params: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for source, plist in (("path item", shared_params), ("operation", op.get("parameters", []))):
        base = pointer.rsplit("/", 1)[0] if source == "path item" else pointer
        for index, raw_param in enumerate(plist or []):
            ptr = f"{base}/parameters/{index}"
            param = doc.resolve(raw_param, ptr)
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise doc.error(ptr, "a parameter needs `name` and `in`")
            params[(str(param["in"]), str(param["name"]))] = (param, ptr)

    http = f"{method} {path}"
    auth: list[str] = []
    path_params: dict[str, Any] = {}
    query: dict[str, Any] = {}
    families: dict[str, dict[str, Any]] = {}
    plain_values: dict[str, dict[str, Any]] = {}

    for (location, name), (param, ptr) in params.items():
        schema = _param_schema(doc, param, ptr)
        if location == "header":
            if str(name).lower() in credential_headers:
                continue  # a credential of securitySchemes, sent by the client
            if not param.get("required"):
                warnings.append(f"{http}: optional header {name!r} is not modelled")
                continue
            scheme = _scheme_name(name, api_word)
            auth_schemes.setdefault(scheme, {"header": name, "env": f"{api_word}_{scheme}".upper()})
            auth.append(scheme)
        elif location == "path":
            path_params[name] = _param(schema, required=True)
        elif location == "query":
            match = FILTER_PARAM.match(name)
            if param.get("style") == "deepObject" and _is_object(schema):
                _deep_object_family(doc, families, name, schema, ptr)
            elif match:
                families.setdefault(match["field"], {})[match["op"]] = _inline(doc, schema, ptr)
            else:
                plain_values[name] = {"schema": _inline(doc, schema, ptr), "required": bool(param.get("required"))}
        elif location == "cookie":
            warnings.append(f"{http}: cookie parameter {name!r} is not modelled")

    for field_name, ops in families.items():
        plain = plain_values.pop(field_name, None)
        families[field_name] = _filter(ops, plain["schema"] if plain else None)
    for name, value in plain_values.items():
        query[name] = _param(value["schema"], required=value["required"])

    missing = set(re.findall(r"{([^{}]+)}", path)) - set(path_params)
    for name in sorted(missing):  # documents sometimes forget to declare a path param
        warnings.append(f"{http}: path parameter {name!r} is not declared; assumed a string")
        path_params[name] = {"type": "string", "required": True}

    result: dict[str, Any] = {"http": http, "auth": sorted(set(auth), key=auth.index)}
    responses = op.get("responses", {}) or {}
    success = sorted(code for code in responses if str(code).startswith("2"))
    response_schema = None
    if success:
        response_schema = _json_schema(doc, responses[success[0]], f"{pointer}/responses/{success[0]}")
    response_model = doc.schema_name(response_schema)
    if response_model is None and response_schema is not None:
        response_model = _inline_model(models, f"{method} {path} response", response_schema, doc.version, doc)

    item = _page_item(doc, models, response_model, "page_token" in query) if response_model else None
    is_list = item is not None or _is_array_envelope(models.get(response_model or "")) or _is_array(models.get(response_model or ""))
    if item:
        result["paginated"] = True
        result["item"] = item
        del query["page_token"]
    if path_params:
        result["path_params"] = dict(sorted(path_params.items()))
    if query:
        result["query"] = dict(sorted(query.items()))
    if families:
        result["filters"] = dict(sorted(families.items()))
    body = _body(doc, op.get("requestBody"), f"{pointer}/requestBody", models, http, warnings)
    if body:
        result["body"] = body
    if response_model:
        result["response"] = response_model
    errors = sorted(int(code) for code in responses if str(code).isdigit() and not str(code).startswith("2"))
    if errors:
        result["errors"] = errors
    resource, verb = method_name(method, path, is_list=is_list)
    return http, f"{resource}.{verb}", result


# Titles that web frameworks put in a document by default: they do not name the API.
_PLACEHOLDER_TITLES = {"apiflask", "fastapi", "flask", "swagger", "openapi", "api", "app", "untitled"}


def _api_word(title: str, doc: _Document) -> str:
    """The API's name: the title's first word, or, when the title is a framework default
    (`APIFlask`), the `x-<name>-` prefix shared by the document's header parameters."""
    word = title.split()[0] if title.split() else ""
    if word and word.lower() not in _PLACEHOLDER_TITLES:
        return snake(word)
    prefixes: dict[str, int] = {}
    for item in (doc.data.get("paths") or {}).values():
        for op in (item.values() if isinstance(item, dict) else []):
            params = op.get("parameters", []) if isinstance(op, dict) else op if isinstance(op, list) else []
            for param in params if isinstance(params, list) else []:
                param = doc.resolve(param, "/paths")
                required = isinstance(param, dict) and param.get("in") == "header" and param.get("required")
                name = param.get("name") if required else None
                match = re.match(r"^x-([a-z0-9]+)-", str(name or "").lower())
                if match:
                    prefixes[match[1]] = prefixes.get(match[1], 0) + 1
    if prefixes:
        return snake(max(sorted(prefixes), key=lambda k: prefixes[k]))
    return snake(word) if word else "api"


def _scheme_name(header: str, api_word: str) -> str:
    name = snake(header)
    for prefix in ("x_", f"{api_word}_"):
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
    return name


def _param_schema(doc: _Document, param: dict[str, Any], ptr: str) -> dict[str, Any]:
    schema = param.get("schema")
    if schema is None and isinstance(param.get("content"), dict):
        first: Any = next(iter(param["content"].values()), {})
        schema = first.get("schema") if isinstance(first, dict) else None
    schema = doc.resolve(schema or {}, f"{ptr}/schema")
    return schema if isinstance(schema, dict) else {}


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def _deep_object_family(
    doc: _Document, families: dict[str, dict[str, Any]], name: str, schema: dict[str, Any], ptr: str
) -> None:
    """`f[op]=v` written as one `style: deepObject` parameter: each property is an operator. Its
    value schema is read like a `f[op]` parameter's, `$ref`s followed (a shared `DateTime`
    schema stays a date-time, not a string)."""
    schema = _inline(doc, schema, ptr)
    props = schema.get("properties") or {}
    family = families.setdefault(name, {})
    if props:
        for op, sub in props.items():
            family[str(op)] = _inline(doc, sub, f"{ptr}/schema/properties/{_escape(str(op))}") if isinstance(sub, dict) else {}
    else:
        extra = schema.get("additionalProperties")
        value = _inline(doc, extra, f"{ptr}/schema/additionalProperties") if isinstance(extra, dict) else {"type": "string"}
        for op in ("eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"):
            family[op] = value


def _inline(doc: _Document, schema: dict[str, Any], ptr: str) -> dict[str, Any]:
    """A parameter value schema with the `$ref`s that decide its type followed: the schema
    itself, a single-entry `allOf`, and an array's items."""
    resolved = doc.resolve(schema, ptr)
    if not isinstance(resolved, dict):
        return {}
    parts = resolved.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict):
        rest = {k: v for k, v in resolved.items() if k != "allOf"}
        resolved = {**_inline(doc, parts[0], f"{ptr}/allOf/0"), **rest}
    items = resolved.get("items")
    if isinstance(items, dict) and "$ref" in items:
        resolved = {**resolved, "items": _inline(doc, items, f"{ptr}/items")}
    return resolved


def _scalar(schema: dict[str, Any]) -> dict[str, Any]:
    """Value type of a parameter schema; arrays report their item type."""
    schema = _nonnull(schema)
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return _scalar(schema["items"])
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        values = [str(v) for v in schema["enum"] if v is not None]
        if values:
            return {"type": "enum", "enum": values}
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind == "string" and fmt == "date-time":
        return {"type": "datetime"}
    if kind == "string" and fmt == "date":
        return {"type": "date"}
    if kind in ("integer", "number", "boolean"):
        return {"type": kind}
    return {"type": "string"}


def _nonnull(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, list):
        rest = [k for k in kind if k != "null"]
        schema = {**schema, "type": rest[0] if rest else "string"}
    for key in ("anyOf", "oneOf"):
        options = [o for o in schema.get(key, []) if isinstance(o, dict) and o.get("type") != "null"]
        if len(options) == 1 and key in schema:
            return _nonnull({**{k: v for k, v in schema.items() if k != key}, **options[0]})
    return schema


def _param(schema: dict[str, Any], *, required: bool) -> dict[str, Any]:
    value = _scalar(schema)
    if _nonnull(schema).get("type") == "array":
        value["array"] = True
    if required:
        value["required"] = True
    return value


def _filter(ops: dict[str, dict[str, Any]], plain: dict[str, Any] | None) -> dict[str, Any]:
    """One filter family: its value type is the plain/eq one, enums are merged across operators."""
    schemas = ([plain] if plain is not None else []) + [ops[o] for o in ops]
    kinds = [_scalar(s) for s in schemas]
    chosen = dict(kinds[0])
    if any(k["type"] == "enum" for k in kinds):
        values: list[str] = []
        for kind in kinds:
            values += [v for v in kind.get("enum", []) if v not in values]
        if all(k["type"] in ("enum", "string") for k in kinds):
            chosen = {"type": "enum", "enum": values}
    result: dict[str, Any] = {**chosen, "ops": list(ops)}
    if plain is not None:
        result["plain"] = True
    return result


def _json_schema(doc: _Document, holder: Any, pointer: str) -> Any:
    """The JSON (or multipart) schema of a request body or response, following `$ref`s."""
    holder = doc.resolve(holder, pointer) if holder is not None else None
    if not isinstance(holder, dict):
        return None
    content = holder.get("content") or {}
    for media in ("application/json", "multipart/form-data"):
        if media in content and isinstance(content[media], dict):
            return content[media].get("schema")
    for media, value in content.items():
        if media.endswith("json") and isinstance(value, dict):
            return value.get("schema")
    return None


def _inline_model(
    models: dict[str, dict[str, Any]], hint: str, schema: Any, version: str, doc: _Document | None = None
) -> str:
    base = "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", hint)) or "Model"
    name, n = base, 2
    while name in models:
        name, n = f"{base}{n}", n + 1
    models[name] = normalize_schema(schema if isinstance(schema, dict) else {}, version, doc)
    return name


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith(MODEL_REF_PREFIX):
        return str(schema["$ref"][len(MODEL_REF_PREFIX):])
    for key in ("allOf", "anyOf", "oneOf"):
        options = [o for o in (schema or {}).get(key, []) if isinstance(o, dict) and o.get("type") != "null"]
        if len(options) == 1:
            return _ref_name(options[0])
    return None


def _is_array_envelope(model: dict[str, Any] | None) -> bool:
    props = (model or {}).get("properties", {})
    return isinstance(props.get("data"), dict) and props["data"].get("type") == "array"


def _is_array(model: dict[str, Any] | None) -> bool:
    return (model or {}).get("type") == "array"


def _page_item(doc: _Document, models: dict[str, dict[str, Any]], response: str, has_token: bool) -> str | None:
    """Cursor pagination: `page_token` in, an envelope with `data` items and `next_token` out."""
    model = models.get(response, {})
    props = model.get("properties", {})
    if not (has_token and "next_token" in props and _is_array_envelope(model)):
        return None
    items = props["data"].get("items")
    name = _ref_name(items)
    if name is None:
        name = _inline_model(models, f"{response} item", items or {}, "3.0.0")
    return name


def _body(
    doc: _Document, request_body: Any, pointer: str, models: dict[str, dict[str, Any]], http: str, warnings: list[str]
) -> dict[str, Any] | None:
    if request_body is None:
        return None
    holder = doc.resolve(request_body, pointer)
    if not isinstance(holder, dict):
        return None
    content = holder.get("content") or {}
    media = "multipart/form-data" if "multipart/form-data" in content else "application/json"
    schema = _json_schema(doc, holder, pointer)
    if schema is None:
        if content:
            media_types = ", ".join(sorted(str(m) for m in content))
            warnings.append(f"{http}: its {media_types} request body is not modelled; the method sends none")
        return None
    name = doc.schema_name(schema) or _inline_model(models, f"{http} body", schema, doc.version, doc)
    body: dict[str, Any] = {"model": name}
    if media != "application/json":
        body["content_type"] = media
    if holder.get("required") is False:
        body["required"] = False
    # A write body shared by all integrations plus one variant per integration (`oneOf`).
    mapping = (models[name].get("discriminator") or {}).get("mapping") or {}
    variants = {
        str(key): str(target)[len(MODEL_REF_PREFIX):]
        for key, target in sorted(mapping.items())
        if isinstance(target, str) and target.startswith(MODEL_REF_PREFIX)
    }
    if "_base" in variants:
        body["model"] = variants.pop("_base")
    if variants:
        body["variants"] = variants
    return body


def _most_common_auth(requirements: list[list[str]]) -> list[str]:
    counts: dict[tuple[str, ...], int] = {}
    for req in requirements:
        counts[tuple(req)] = counts.get(tuple(req), 0) + 1
    if not counts:
        return []
    best: tuple[str, ...] = max(sorted(counts), key=lambda key: (counts[key], len(key)))
    return list(best)


def _assign_names(
    operations: list[tuple[str, str, dict[str, Any]]], renames: dict[str, str]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Give every operation a unique dotted name: overlay names first, then the path rules.

    Two operations that the rules name alike (`GET /a/meta` and `GET /a/meta/{name}`) keep the
    name for the one with fewer path params; the other gets `_by_<params>`, and if that still
    clashes, a suffix built from its whole path.
    """
    taken: dict[str, str] = {}
    named: list[tuple[str, str, dict[str, Any]]] = []
    for http, _default, op in operations:
        if http in renames:
            taken[renames[http]] = http
            named.append((http, renames[http], op))
    order = sorted(
        (op for op in operations if op[0] not in renames),
        key=lambda o: (len(o[2].get("path_params", {})), o[0].split(" ", 1)[1].startswith("/{"), o[0]),
    )
    for http, default, op in order:
        name = default
        if name in taken:
            params = "_and_".join(snake(p) for p in op.get("path_params", {})) or "root"
            name = f"{default}_by_{params}"
        if name in taken:
            name = f"{default}_{snake(http.split(' ', 1)[1])}"
        taken[name] = http
        named.append((http, name, op))
    # Resource names must not collide with operation names of their parent (`a.b` vs op `b` on `a`).
    verbs = {name for _, name, _ in named}
    fixed = []
    for http, name, op in named:
        # Any ancestor may clash too: op `wms.orders.fulfill` vs resource `wms.orders.fulfill.meta`.
        parts = name.rpartition(".")[0].split(".") if "." in name else []
        for depth in range(1, len(parts) + 1):
            prefix = ".".join(parts[:depth])
            while prefix in verbs:
                prefix += "_resource"
            parts = prefix.split(".") + parts[depth:]
        resource = ".".join(parts)
        fixed.append((http, f"{resource}.{name.rpartition('.')[2]}" if resource else name, op))
    return iter(sorted(fixed, key=lambda x: x[1]))


# --- schema normalisation -------------------------------------------------------------------


def normalize_schema(schema: Any, version: str, doc: _Document | None = None) -> dict[str, Any]:
    """One canonical JSON Schema dialect for specs/: OpenAPI 3.0 style (`nullable`), refs to
    `#/models/<Name>` (with `doc`, a `$ref` to any schema of the document becomes one), no
    prose, no invalid keywords (3.0's boolean `exclusiveMinimum` becomes Draft 7's number)."""
    result = _normalize(copy.deepcopy(schema), in_properties=False, doc=doc)
    return result if isinstance(result, dict) else {}


def _normalize(node: Any, *, in_properties: bool, doc: _Document | None = None) -> Any:
    if isinstance(node, list):
        return [_normalize(v, in_properties=False, doc=doc) for v in node]
    if not isinstance(node, dict):
        return node
    if in_properties:  # keys are property names, not keywords
        return {k: _normalize(v, in_properties=False, doc=doc) for k, v in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in PROSE_KEYS or key.startswith("x-"):
            continue
        if key == "$ref" and isinstance(value, str):
            if doc is not None and value.startswith("#/"):
                out[key] = doc.model_ref(value)
            else:
                out[key] = MODEL_REF_PREFIX + unescape_pointer(value[len(SCHEMA_REF):]) if value.startswith(SCHEMA_REF) else value
        elif key == "required" and not isinstance(value, list):
            continue  # `required: true` on a property is not JSON Schema; the property stays optional
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            if value and isinstance(node.get(bound), (int, float)):  # 3.0: `minimum: 0, exclusiveMinimum: true`
                out[key] = node[bound]
        elif key in ("minimum", "maximum") and node.get("exclusive" + key.capitalize()) is True:
            continue  # the exclusive bound above carries it
        elif key in ("properties", "patternProperties", "definitions", "$defs"):
            out[key] = _normalize(value, in_properties=True, doc=doc) if isinstance(value, dict) else {}
        elif key == "discriminator" and isinstance(value, dict):
            mapping = value.get("mapping") or {}
            out[key] = {
                "propertyName": value.get("propertyName", "type"),
                "mapping": {
                    str(k): _mapping_ref(v, doc) for k, v in mapping.items()
                },
            }
        else:
            out[key] = _normalize(value, in_properties=False, doc=doc)
    return _canonical_nullability(out)


def _mapping_ref(value: Any, doc: _Document | None) -> Any:
    if isinstance(value, str) and value.startswith("#/") and doc is not None:
        return doc.model_ref(value)
    if isinstance(value, str) and value.startswith(SCHEMA_REF):
        return MODEL_REF_PREFIX + unescape_pointer(value[len(SCHEMA_REF):])
    return value


def _canonical_nullability(node: dict[str, Any]) -> dict[str, Any]:
    kind = node.get("type")
    if isinstance(kind, list):  # 3.1: type: [X, "null"]
        rest = [k for k in kind if k != "null"]
        if "null" in kind:
            node["nullable"] = True
        if len(rest) == 1:
            node["type"] = rest[0]
        elif rest:
            del node["type"]
            node["anyOf"] = [{"type": k} for k in rest]
        else:
            del node["type"]
    for key in ("anyOf", "oneOf"):
        options = node.get(key)
        if not isinstance(options, list):
            continue
        nulls = [o for o in options if isinstance(o, dict) and (o.get("type") == "null" or o == {"nullable": True})]
        # `anyOf: [{type: object, nullable: true}, {$ref: X}]` is how some versions spell "X or null".
        loose = [
            o for o in options
            if isinstance(o, dict) and o.get("nullable") and set(o) <= {"type", "nullable"} and o.get("type") in (None, "object")
        ]
        rest = [o for o in options if o not in nulls and o not in loose]
        if nulls or (loose and rest):
            node["nullable"] = True
            if len(rest) == 1:
                del node[key]
                node.update({k: v for k, v in rest[0].items() if k not in node or k == "nullable"})
            else:
                node[key] = rest
    if "$ref" in node and len(node) > 1:  # `$ref` with siblings: keep the ref, carry nullability
        ref = {"$ref": node.pop("$ref")}
        nullable = node.pop("nullable", False)
        others = {k: v for k, v in node.items() if k not in ("type",)}
        node = {"allOf": [ref], **others}
        if nullable:
            node["nullable"] = True
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and set(node) == {"allOf"}:
        return dict(all_of[0]) if isinstance(all_of[0], dict) else node
    return node


# --- overlay ---------------------------------------------------------------------------------

OVERLAY_KEYS = ("api", "names", "descriptions", "operations", "models", "webhooks", "required")
# The key of models.json under which a model lists the fields its responses always carry.
ALWAYS_KEY = "x-always"
DOTTED_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+$")


@dataclass(frozen=True)
class _OverlayPlace:
    """Errors in the overlay name overlay.yaml's own line, column and key."""

    path: Path

    def error(self, keys: tuple[str | int, ...], message: str) -> GeneratorError:
        return error_at(self.path, keys, message)


def check_overlay_shape(overlay: dict[str, Any], place: _OverlayPlace) -> None:
    """Sections are known and each holds a mapping of the right kind of entries."""
    for key in overlay:
        if key not in OVERLAY_KEYS:
            raise place.error(
                (key,), f"unknown overlay section {key!r}{did_you_mean(str(key), OVERLAY_KEYS)}; expected one of {', '.join(OVERLAY_KEYS)}"
            )
    for key in OVERLAY_KEYS:
        section = overlay.get(key)
        if section is not None and not isinstance(section, dict):
            raise place.error((key,), f"`{key}` must be a mapping, not {type(section).__name__}")
    for http, dotted in (overlay.get("names") or {}).items():
        if not isinstance(dotted, str) or not DOTTED_NAME.match(dotted):
            raise place.error(
                ("names", http), f"{dotted!r} is not a dotted SDK method name such as `wms.orders.list` (snake_case words joined by '.')"
            )
    for section in ("operations", "models", "webhooks"):
        for name, value in (overlay.get(section) or {}).items():
            if not isinstance(value, dict):
                raise place.error((section, name), f"`{section}.{name}` must be a mapping, not {type(value).__name__}")
    for name, text in (overlay.get("descriptions") or {}).items():
        if not isinstance(text, str):
            raise place.error(("descriptions", name), "a description is a string")
    for name, fields in (overlay.get("required") or {}).items():
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise place.error(("required", name), f"`required.{name}` is a list of field names, such as [id]")


def apply_overlay(
    imported: Imported, overlay: dict[str, Any], place: _OverlayPlace | None = None, problems: list[GeneratorError] | None = None
) -> None:
    """Apply what people add by hand; re-importing a new document keeps it. Entries that name
    nothing of the document are reported together (with `problems` found before), in one error."""
    place = place or _OverlayPlace(Path("overlay.yaml"))
    problems = list(problems or [])
    check_overlay_shape(overlay, place)
    _merge(imported.api, overlay.get("api") or {})
    for name, schema in (overlay.get("models") or {}).items():
        imported.models[name] = normalize_schema(schema, "3.0.0")
    for event, hook in (overlay.get("webhooks") or {}).items():
        imported.webhooks[event] = hook
    _apply_required(imported, overlay.get("required") or {}, place)
    existing = sorted(
        f"{resource}.{verb}" for resource, entry in imported.resources.items() for verb in entry["operations"]
    )
    for dotted, fields in (overlay.get("operations") or {}).items():
        resource, _, verb = str(dotted).rpartition(".")
        ops = imported.resources.get(resource, {}).get("operations", {})
        if verb in ops and "http" in fields and fields["http"] != ops[verb].get("http"):
            problems.append(place.error(
                ("operations", dotted, "http"),
                f"{dotted!r} is already the method of {ops[verb].get('http')}; give the endpoint "
                f"{fields['http']} another name, or drop `http` to change the existing method",
            ))
        elif verb in ops:
            _merge(ops[verb], fields)
        elif "http" not in fields:
            problems.append(place.error(
                ("operations", dotted),
                f"{dotted!r} names no operation of the imported document{did_you_mean(str(dotted), existing)}; "
                "to add an endpoint give it `http: METHOD /path`",
            ))
        else:
            imported.resources.setdefault(resource, {"operations": {}})["operations"][verb] = dict(fields)
    for dotted, text in (overlay.get("descriptions") or {}).items():
        if dotted in imported.resources:
            imported.resources[dotted]["description"] = text
            continue
        resource, _, verb = str(dotted).rpartition(".")
        op = imported.resources.get(resource, {}).get("operations", {}).get(verb)
        if op is None:
            choices = list(imported.resources) + [
                f"{r}.{v}" for r, entry in imported.resources.items() for v in entry["operations"]
            ]
            problems.append(place.error(
                ("descriptions", dotted),
                f"{dotted!r} names no resource or operation of the imported document{did_you_mean(str(dotted), choices)}; fix or remove it",
            ))
            continue
        op["description"] = text
    if problems:
        raise problems[0] if len(problems) == 1 else GeneratorErrors(problems)
    imported.resources = {k: imported.resources[k] for k in sorted(imported.resources)}
    for entry in imported.resources.values():
        entry["operations"] = dict(sorted(entry["operations"].items()))
        if entry.get("description") is None:
            entry.pop("description", None)


def _apply_required(imported: Imported, required: dict[str, list[str]], place: _OverlayPlace) -> None:
    """`required: {Model: [field, ...]}`: fields the API always returns in that model, where the
    document does not say so; recorded as the model's `x-always` list in models.json."""
    for name, fields in required.items():
        schema = imported.models.get(name)
        if schema is None:
            raise place.error(
                ("required", name), f"{name!r} names no model of the spec{did_you_mean(str(name), imported.models)}"
            )
        raw = schema.get("properties")
        properties: dict[str, Any] = raw if isinstance(raw, dict) else {}
        for index, field_name in enumerate(fields):
            if field_name not in properties:
                raise place.error(
                    ("required", name, index),
                    f"model {name!r} has no field {field_name!r}{did_you_mean(field_name, properties)}",
                )
        schema[ALWAYS_KEY] = sorted(set(fields))


def overlay_keys(imported: Imported, overlay: dict[str, Any], file: str, keys: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
    """Where in the overlay a value of an imported spec file (`file`, `keys`) came from, or None
    when the document itself is the source."""
    sections = {key: overlay.get(key) or {} for key in OVERLAY_KEYS}
    if file == "api.yaml" and keys and keys[0] in sections["api"]:
        return ("api",) + keys
    if file == "models.json" and keys and keys[0] in sections["models"]:
        return ("models",) + keys
    if file == "models.json" and keys[1:2] == (ALWAYS_KEY,) and keys[0] in sections["required"]:
        return ("required",) + keys[:1] + keys[2:]
    if file == "webhooks.yaml" and len(keys) > 1 and keys[1] in sections["webhooks"]:
        return keys
    if file != "resources.yaml" or len(keys) < 2 or keys[0] != "resources":
        return None
    resource = str(keys[1])
    if len(keys) >= 4 and keys[2] == "operations":
        dotted = f"{resource}.{keys[3]}"
        rest = keys[4:]
        if rest[:1] == ("description",) and dotted in sections["descriptions"]:
            return ("descriptions", dotted)
        if dotted in sections["operations"]:
            return ("operations", dotted) + rest
        http = imported.resources.get(resource, {}).get("operations", {}).get(str(keys[3]), {}).get("http")
        if http in sections["names"]:
            return ("names", http)
        return None
    if keys[2:3] == ("description",) and resource in sections["descriptions"]:
        return ("descriptions", resource)
    for http, dotted in sections["names"].items():  # a renamed method made this resource name
        if str(dotted).startswith(resource + "."):
            return ("names", http)
    return None
def _merge(target: dict[str, Any], patch: dict[str, Any]) -> None:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value
