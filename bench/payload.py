"""Deterministic 1,000-order list page built from the current API document's examples.

The page is built at run time from ``../shared/trackstar/openapi/<current>.json`` (nothing from
the document is stored in this repository). Each ``OrderSchema`` property takes its ``example``
when the document gives one; otherwise the value is synthesised from ``type``/``format``/``enum``,
walking ``$ref``/``allOf``/``anyOf``/``oneOf``. Ids vary per order; everything else is identical,
so the same call always yields the same bytes.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared" / "trackstar"
CURRENT_DOC = SHARED / "openapi" / "2025-10-13_12ae462.json"

ITEM_SCHEMA = "OrderSchema"
PAGE_SIZE = 1000


@lru_cache(maxsize=None)
def load_document(path: str = str(CURRENT_DOC)) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _resolve(doc: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"external $ref not supported: {ref}")
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _synth_scalar(schema: dict[str, Any], name: str) -> Any:
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    if "default" in schema:
        return copy.deepcopy(schema["default"])
    typ = schema.get("type")
    fmt = schema.get("format")
    if typ == "string":
        if fmt == "date-time":
            return "2024-01-01T00:00:00Z"
        if fmt == "date":
            return "2024-01-01"
        if fmt in ("uri", "url"):
            return "https://example.com/" + (name or "x")
        if fmt == "email":
            return "user@example.com"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000000"
        return name or "string"
    if typ == "integer":
        return 1
    if typ == "number":
        return 1.5
    if typ == "boolean":
        return False
    return None


def example_for(doc: dict[str, Any], schema: dict[str, Any], name: str = "", depth: int = 0,
                seen: tuple[str, ...] = ()) -> Any:
    """A value for ``schema``: its example if it has one, else synthesised recursively."""
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or depth > 12:
            return None  # recursive schema: stop here
        return example_for(doc, _resolve(doc, ref), name, depth + 1, seen + (ref,))
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if "examples" in schema and isinstance(schema["examples"], list) and schema["examples"]:
        return copy.deepcopy(schema["examples"][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for sub in schema["allOf"]:
            value = example_for(doc, sub, name, depth + 1, seen)
            if isinstance(value, dict):
                merged.update(value)
            elif value is not None:
                return value
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            alts = schema[key]
            # Prefer the most informative alternative: a $ref, or an object with properties.
            ranked = sorted(
                alts,
                key=lambda s: (0 if "$ref" in s else 1 if s.get("properties") else 2),
            )
            for alt in ranked:
                value = example_for(doc, alt, name, depth + 1, seen)
                if value is not None:
                    return value
            return None
    typ = schema.get("type")
    if typ == "object" or "properties" in schema:
        return {
            prop: example_for(doc, sub, prop, depth + 1, seen)
            for prop, sub in (schema.get("properties") or {}).items()
        }
    if typ == "array":
        return [example_for(doc, schema.get("items") or {}, name, depth + 1, seen)]
    return _synth_scalar(schema, name)


def _deref(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 32:
        schema = _resolve(doc, schema["$ref"])
        seen += 1
    return schema


def _object_alternatives(doc: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for key in ("oneOf", "anyOf"):
        for alt in schema.get(key, ()):
            alt = _deref(doc, alt)
            if alt.get("properties"):
                out.append(alt)
    return out


def conform(doc: dict[str, Any], value: Any, schema: dict[str, Any], depth: int = 0) -> Any:
    """Complete an example so that it satisfies ``schema``.

    Examples given at a property level (e.g. a whole ``shipments`` array) often omit properties
    that the item schema declares (some of them required). Real responses carry every declared
    property, so missing ones are filled in from their own examples (or synthesised), keeping
    every value the document gave.
    """
    if depth > 24:
        return value
    schema = _deref(doc, schema)
    if isinstance(value, dict):
        if "allOf" in schema:
            for sub in schema["allOf"]:
                value = conform(doc, value, sub, depth + 1)
        alts = _object_alternatives(doc, schema)
        if alts and not schema.get("properties"):
            # the alternative sharing the most keys with the example
            schema = max(alts, key=lambda a: len(set(a["properties"]) & set(value)))
        props = schema.get("properties") or {}
        for name, sub in props.items():
            if name in value:
                value[name] = conform(doc, value[name], sub, depth + 1)
            else:
                value[name] = conform(doc, example_for(doc, sub, name, depth + 1), sub, depth + 1)
        return value
    if isinstance(value, list):
        items = schema.get("items")
        if items is None:
            for key in ("oneOf", "anyOf"):
                for alt in schema.get(key, ()):
                    alt = _deref(doc, alt)
                    if alt.get("type") == "array":
                        items = alt.get("items")
        if items:
            return [conform(doc, v, items, depth + 1) for v in value]
    return value


_JSON_TYPES: dict[str, Any] = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
               "object": dict, "array": list}


def check(doc: dict[str, Any], value: Any, schema: dict[str, Any], path: str = "$",
          depth: int = 0) -> list[str]:
    """Problems of ``value`` against ``schema`` (types, nullable, enum, required, date-time)."""
    if depth > 32:
        return []
    schema = _deref(doc, schema)
    if value is None:
        ok = schema.get("nullable") or "null" in (schema.get("type") or []) or not schema or any(
            _deref(doc, a).get("nullable") for k in ("oneOf", "anyOf") for a in schema.get(k, ()))
        return [] if ok else [f"{path}: null not allowed"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            results = [check(doc, value, alt, path, depth + 1) for alt in schema[key]]
            return [] if any(not r for r in results) else min(results, key=len)
    problems: list[str] = []
    for sub in schema.get("allOf", ()):
        problems += check(doc, value, sub, path, depth + 1)
    typ = schema.get("type")
    if isinstance(typ, str) and typ in _JSON_TYPES:
        if not isinstance(value, _JSON_TYPES[typ]) or (typ in ("integer", "number")
                                                       and isinstance(value, bool)):
            return problems + [f"{path}: {type(value).__name__} is not {typ}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} not in enum")
    if schema.get("format") == "date-time" and isinstance(value, str):
        from datetime import datetime
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            problems.append(f"{path}: {value!r} is not a date-time")
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        for name in schema.get("required", ()):
            if name not in value:
                problems.append(f"{path}.{name}: required property missing")
        for name, v in value.items():
            if name in props:
                problems += check(doc, v, props[name], f"{path}.{name}", depth + 1)
    if isinstance(value, list) and schema.get("items"):
        for i, v in enumerate(value):
            problems += check(doc, v, schema["items"], f"{path}[{i}]", depth + 1)
    return problems


def order_template(doc: dict[str, Any] | None = None) -> dict[str, Any]:
    doc = doc or load_document()
    schema = doc["components"]["schemas"][ITEM_SCHEMA]
    value = example_for(doc, schema, ITEM_SCHEMA, seen=(f"#/components/schemas/{ITEM_SCHEMA}",))
    value = conform(doc, value, schema)
    assert isinstance(value, dict)
    return value


def build_orders(count: int = PAGE_SIZE, *, offset: int = 0) -> list[dict[str, Any]]:
    template = order_template()
    orders = []
    for n in range(offset, offset + count):
        order = copy.deepcopy(template)
        order["id"] = f"order_{n:07d}"
        order["reference_id"] = f"ref_{n:07d}"
        order["order_number"] = f"#{100000 + n}"
        for i, item in enumerate(order.get("line_items") or []):
            if isinstance(item, dict):
                item["product_id"] = f"product_{n % 997:04d}_{i}"
        for i, shipment in enumerate(order.get("shipments") or []):
            if isinstance(shipment, dict):
                shipment["shipment_id"] = f"shipment_{n:07d}_{i}"
        orders.append(order)
    return orders


def build_page(count: int = PAGE_SIZE, *, page: int = 0, next_token: str | None = None) -> dict[str, Any]:
    return {
        "data": build_orders(count, offset=page * count),
        "next_token": next_token,
        "total_count": count,
    }


@lru_cache(maxsize=8)
def page_bytes(count: int = PAGE_SIZE, page: int = 0, next_token: str | None = None) -> bytes:
    """The page serialised compactly (``separators=(",", ":")``), as a server would send it."""
    return json.dumps(build_page(count, page=page, next_token=next_token),
                      separators=(",", ":")).encode()


def write_page(path: Path, count: int = PAGE_SIZE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(page_bytes(count))
    return path


if __name__ == "__main__":
    body = page_bytes()
    print(f"{len(body)} bytes ({len(body) / 1e6:.2f} MB), {PAGE_SIZE} orders")
    doc = load_document()
    problems = check(doc, order_template(), doc["components"]["schemas"][ITEM_SCHEMA])
    print("schema check:", "ok" if not problems else "\n  ".join(["problems:", *problems]))
