"""models.json against the JSON Schema meta-schema (Draft 7, through the `jsonschema` package).

Draft 7 rather than Draft 4: the OpenAPI 3.0 dialect of models.json (`nullable`,
`discriminator`) only adds keywords, which every draft allows, and Draft 4 additionally requires
unique `enum` values, which the upstream documents do not always have (harmless for us).

Validating the whole file at once costs seconds (the meta-schema recurses through 9,000
subschemas), so each subschema is checked on its own against a *shallow* meta-schema (the same
rules, with the recursive `{"$ref": "#"}` replaced by "an object or a boolean") while this module
walks exactly the keywords the meta-schema recurses into. A subschema's own keywords (subschemas
replaced by their type) decide its result, so equal shapes are checked once per process.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from generator.core.errors import did_you_mean

_SCHEMA_VALUED = ("additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else")
_SCHEMA_MAPS = ("properties", "patternProperties", "definitions", "dependencies")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
# Contents the shallow check does not look at (only their JSON type): recursion and values.
_OPAQUE = set(_SCHEMA_VALUED) | set(_SCHEMA_MAPS) | set(_SCHEMA_LISTS) | {"items", "enum", "const", "default", "examples"}
_TYPE_NAMES = ("array", "boolean", "integer", "null", "number", "object", "string")

_valid_shapes: set[str] = set()
_validator: Any = None

Problem = tuple[tuple[str | int, ...], str]  # (key path of the bad keyword, message)


def _shallow_validator() -> Any:
    global _validator
    if _validator is None:
        from jsonschema import Draft7Validator  # imported on first use: it takes half a second

        def shallow(node: Any) -> Any:
            if isinstance(node, dict):
                if node == {"$ref": "#"}:
                    return {"type": ["object", "boolean"]}
                return {key: shallow(value) for key, value in node.items()}
            if isinstance(node, list):
                return [shallow(value) for value in node]
            return node

        _validator = Draft7Validator(shallow(Draft7Validator.META_SCHEMA))
    return _validator


def problems(models: dict[str, Any]) -> Iterator[Problem]:
    """Every meta-schema violation in the models, each with the key path of its keyword."""
    for name, schema in models.items():
        yield from _walk(schema, (name,))


def _walk(node: Any, path: tuple[str | int, ...]) -> Iterator[Problem]:
    if not isinstance(node, dict):
        return  # booleans are schemas; anything else was reported by the parent's check
    shape = json.dumps(
        {key: type(value).__name__ if key in _OPAQUE else value for key, value in node.items()},
        sort_keys=True,
        default=str,
    )
    if shape not in _valid_shapes:
        errors = sorted(_shallow_validator().iter_errors(node), key=lambda e: list(map(str, e.absolute_path)))
        if not errors:
            _valid_shapes.add(shape)
        for error in errors:
            yield path + tuple(error.absolute_path), _message(error)
    for key in _SCHEMA_VALUED:
        if key in node:
            yield from _walk(node[key], path + (key,))
    items = node.get("items")
    if isinstance(items, list):
        for index, item in enumerate(items):
            yield from _walk(item, path + ("items", index))
    elif items is not None:
        yield from _walk(items, path + ("items",))
    for key in _SCHEMA_MAPS:
        if isinstance(node.get(key), dict):
            for name, sub in node[key].items():
                yield from _walk(sub, path + (key, name))
    for key in _SCHEMA_LISTS:
        if isinstance(node.get(key), list):
            for index, sub in enumerate(node[key]):
                yield from _walk(sub, path + (key, index))


def _message(error: Any) -> str:
    keyword = next((p for p in reversed(error.absolute_path) if isinstance(p, str)), None)
    if keyword == "type" or (error.absolute_path and error.absolute_path[0] == "type"):
        value = error.instance
        if isinstance(value, str):
            hint = did_you_mean(value, _TYPE_NAMES)
            return f"{value!r} is not a JSON Schema type{hint}; expected one of {', '.join(_TYPE_NAMES)}"
    if error.validator == "type" and error.path and isinstance(error.instance, (str, int, float, bool, list, dict)):
        expected = error.validator_value
        return f"{error.instance!r} is not valid here: expected {_expected(expected)}"
    return f"not a valid JSON Schema: {error.message}"


def _expected(value: Any) -> str:
    if isinstance(value, list):
        return " or ".join(str(v) for v in value)
    return str(value)
