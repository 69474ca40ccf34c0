"""The document a mock server (Prism) serves for an SDK repository's own tests: the upstream
document repaired, plus the operations the overlay adds (`mock_document`).

Repairs applied to a copy of the upstream Trackstar OpenAPI document before it is served by Prism.

The upstream document contradicts itself in a few places, so that requests built from its own
examples (or, for some write bodies, any non-empty request) cannot pass Prism's request
validation. ``repair_document`` fixes exactly those places in a deep copy and says what it did.
Every rule is detected from the document's structure, not from a hard-coded list of paths, so
that a new upstream revision gets the same treatment and a rule that no longer matches anything
simply reports nothing. The reasons behind each rule are in ``tests/contract/README.md`` of the generator.

Each repair is reported as one line: ``<JSON pointer>: <what changed> (<why>)``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

__all__ = ["json_pointer", "mock_document", "repair_document", "with_overlay_operations", "without_prose"]
MOCK_FILE = "mock-openapi.json"  # in the spec folder; each SDK repository ships it as openapi.json

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Name suffix the upstream generator gives the schema shared by all integrations in a write body.
BASE_VARIANT_MARKER = "--Base_Schema--"


def json_pointer(*parts: Any) -> str:
    """RFC 6901 pointer from unescaped reference tokens."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def repair_document(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Return ``(repaired_copy, repairs)``; ``document`` itself is left untouched."""
    doc = copy.deepcopy(document)
    repairs: list[str] = []
    _repair_parameter_examples_outside_enum(doc, repairs)
    _repair_comma_joined_array_params(doc, repairs)
    _repair_closed_oneof_wrappers(doc, repairs)
    _repair_overlapping_write_body_variants(doc, repairs)
    return doc, repairs


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def _repair_parameter_examples_outside_enum(
    doc: dict[str, Any], repairs: list[str]
) -> None:
    # The required `method` query param of the */meta endpoints (enum POST, PUT) and the
    # `integration_type` path param (enum wms, freight, cart) carry `example: ""`. The Postman
    # collection and any example-driven client send that empty value, which Prism treats as a
    # missing required parameter (query) or which leaves an empty path segment (path).
    for path, method, op in _operations(doc):
        for index, param in enumerate(op.get("parameters", [])):
            schema = param.get("schema")
            if not isinstance(schema, dict):
                continue
            enum = schema.get("enum")
            if enum and "example" in schema and schema["example"] not in enum:
                old = schema["example"]
                schema["example"] = enum[0]
                repairs.append(
                    f"{json_pointer('paths', path, method, 'parameters', index, 'schema', 'example')}: "
                    f"{old!r} -> {enum[0]!r} (the example is not one of the parameter's own enum "
                    f"values {enum}; {param.get('in')} param {param.get('name')!r} is "
                    f"{'required' if param.get('required') else 'optional'})"
                )


def _repair_comma_joined_array_params(doc: dict[str, Any], repairs: list[str]) -> None:
    # `f[in]`, `f[nin]`, `f[in-insensitive]` are declared as arrays with `style: form,
    # explode: true` (repeated keys), but documented ("Comma-separated.", API-NOTES.md, and the
    # `ids[in]` item example "resource_id_1,resource_id_2") as ONE comma-joined value. Prism
    # turns `status[in]=open,confirmed` into the one-item array ["open,confirmed"], which fails
    # an item enum or `format: date-time`. OpenAPI's `explode: false` is exactly the documented
    # wire format; Prism then splits on commas and validates every item.
    for path, method, op in _operations(doc):
        for index, param in enumerate(op.get("parameters", [])):
            schema = param.get("schema") or {}
            if (
                param.get("in") == "query"
                and schema.get("type") == "array"
                and param.get("style", "form") == "form"
                and param.get("explode", True) is True
            ):
                param["explode"] = False
                repairs.append(
                    f"{json_pointer('paths', path, method, 'parameters', index, 'explode')}: "
                    f"true -> false (query array {param.get('name')!r} travels as one "
                    f"comma-joined value, not as repeated keys)"
                )


def _repair_closed_oneof_wrappers(doc: dict[str, Any], repairs: list[str]) -> None:
    # Every write body (and ChannelSchema / SupplierSchema) is a wrapper
    # `{type: object, properties: {}, additionalProperties: false, oneOf: [...]}`. The wrapper
    # alone already rejects every property, so no body carrying any field the variants describe
    # can validate. The variants carry their own `additionalProperties`, so the wrapper's
    # closed-ness adds nothing but the contradiction.
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if (
            isinstance(schema, dict)
            and schema.get("oneOf")
            and schema.get("additionalProperties") is False
            and schema.get("properties") == {}
        ):
            del schema["additionalProperties"]
            del schema["properties"]
            repairs.append(
                f"{json_pointer('components', 'schemas', name)}: removed `properties: {{}}` and "
                f"`additionalProperties: false` beside `oneOf` (the wrapper forbids every "
                f"property that its {len(schema['oneOf'])} variants define)"
            )


def _repair_overlapping_write_body_variants(
    doc: dict[str, Any], repairs: list[str]
) -> None:
    # A write body is `oneOf` [base schema, one schema per integration] with a discriminator on
    # `type`. No variant can be selected by it: the base and most variants do not define `type`
    # (the few that do use it for the order/shipment's own `type` field), and the mapping keys are
    # integration slugs. Without a working discriminator `oneOf` means "exactly one variant
    # matches", but the variants are variations of the base schema and several are byte-for-byte
    # duplicates (WMS_Sandbox == Base for kits and returns; 106 identical trackstar-tags
    # variants). A body that fits the base schema therefore usually fits other variants too and
    # is rejected, e.g. `{"trackstar_tags": ["a"]}` everywhere. The API accepts a body that fits
    # the base schema or any integration's schema: that is `anyOf`.
    schemas = doc.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        variants = schema.get("oneOf") if isinstance(schema, dict) else None
        if not variants:
            continue
        refs = [v.get("$ref", "") for v in variants if isinstance(v, dict)]
        if not any(ref.endswith(BASE_VARIANT_MARKER) for ref in refs):
            continue
        targets = [schemas.get(ref.rsplit("/", 1)[-1]) or {} for ref in refs]
        duplicates = _count_identical_variants(targets)
        prop = (schema.get("discriminator") or {}).get("propertyName")
        defining = sum(1 for t in targets if prop in (t.get("properties") or {}))
        schema["anyOf"] = schema.pop("oneOf")
        reason = [f"nothing makes its {len(refs)} variants mutually exclusive"]
        if duplicates:
            reason.append(f"{duplicates} duplicate another variant")
        if prop:
            reason.append(
                f"the {prop!r} discriminator is defined by only {defining} of them, "
                f"so it cannot pick one (Prism ignores it)"
            )
        repairs.append(
            f"{json_pointer('components', 'schemas', name, 'oneOf')}: renamed to `anyOf` "
            f"({'; '.join(reason)}; a body fitting the base schema and another variant "
            f"fails `oneOf`)"
        )


def _count_identical_variants(targets: list[dict[str, Any]]) -> int:
    seen: set[str] = set()
    duplicates = 0
    for target in targets:
        key = json.dumps(
            {k: v for k, v in target.items() if k not in ("title", "description")},
            sort_keys=True,
        )
        if key in seen:
            duplicates += 1
        seen.add(key)
    return duplicates


def with_overlay_operations(document: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The document plus every overlay operation it lacks (request body and 200 response from the
    overlay's models, `#/models/X` refs rewritten to components), and which were added."""
    doc: dict[str, Any] = copy.deepcopy(document)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    as_components = json.loads(json.dumps(overlay.get("models") or {}).replace('"#/models/', '"#/components/schemas/'))
    added = []
    for dotted, op in sorted((overlay.get("operations") or {}).items()):
        if not isinstance(op, dict) or "http" not in op:
            continue  # a change to an imported operation, not a new endpoint
        method, path = str(op["http"]).split(" ", 1)
        item = doc.setdefault("paths", {}).setdefault(path, {})
        if method.lower() in item:
            continue
        operation: dict[str, Any] = {"operationId": dotted, "responses": {"200": {"description": "OK"}}}
        body = op.get("body")
        if isinstance(body, dict) and body.get("model") in as_components:
            schemas.setdefault(body["model"], as_components[body["model"]])
            ref = {"$ref": f"#/components/schemas/{body['model']}"}
            operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref}}}
        if op.get("response") in as_components:
            schemas.setdefault(op["response"], as_components[op["response"]])
            content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{op['response']}"}}}
            operation["responses"]["200"]["content"] = content
        item[method.lower()] = operation
        added.append(f"{method} {path}")
    return doc, added


def mock_document(document: dict[str, Any], overlay: dict[str, Any]) -> bytes:
    """What Prism serves for the SDK's own tests: the repaired document with the overlay's added
    operations (the SDK calls them too), as indented JSON (reviewable diffs)."""
    repaired, _ = repair_document(document)
    served, _ = with_overlay_operations(repaired, overlay)
    return (json.dumps(without_prose(served), indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def without_prose(node: Any) -> Any:
    """The document without its prose (every `description` and `summary` text): the repository
    ships the facts a mock server needs (paths, parameters, schemas, examples), never the
    upstream authors' words. A property *named* `description` is a schema, not text, and stays."""
    if isinstance(node, dict):
        return {
            key: without_prose(value)
            for key, value in node.items()
            if not (key in ("description", "summary") and isinstance(value, str))
        }
    if isinstance(node, list):
        return [without_prose(value) for value in node]
    return node
