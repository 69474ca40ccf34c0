"""An independent reading of two raw OpenAPI documents: does moving from A to B break a caller?

It walks the JSON of both documents and nothing else (no generator code), so that the diff's
verdicts on the real history can be checked against it: an operation or parameter removed, a
parameter that became required, and for every request body (each per-integration variant,
matched by its discriminator key) and every response and webhook payload, recursively: a key
removed, a request key added as or made required, a response key no longer required or now
nullable, a type changed (integer -> number in a request is a widening), request values
narrowed (an enum introduced or a value removed)."""
from __future__ import annotations

import re
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")


class Doc:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            target: Any = self.data
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

    def operations(self) -> dict[str, dict[str, Any]]:
        ops = {}
        for path, item in self.data.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    ops[f"{method.upper()} {re.sub(r'{[^}]+}', '{}', path)}"] = {**item[method], "_shared": item.get("parameters", [])}
        return ops

    def params(self, op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        out = {}
        for p in list(op["_shared"]) + list(op.get("parameters", [])):
            p = self.deref(p)
            out[(p["in"], p["name"])] = p
        return out

    def body(self, op: dict[str, Any]) -> Any:
        rb = self.deref(op.get("requestBody"))
        if not isinstance(rb, dict):
            return None
        for value in (rb.get("content") or {}).values():
            return self.deref(value.get("schema"))
        return None

    def response(self, op: dict[str, Any]) -> Any:
        for code in sorted(op.get("responses", {})):
            if str(code).startswith("2"):
                content = (self.deref(op["responses"][code]).get("content") or {})
                for value in content.values():
                    return self.deref(value.get("schema"))
        return None


def flat(doc: Doc, schema: Any) -> dict[str, Any]:
    """A schema with $ref followed, allOf merged and a nullable anyOf/oneOf of one unwrapped."""
    schema = doc.deref(schema)
    if not isinstance(schema, dict):
        return {}
    out = dict(schema)
    for part in out.pop("allOf", []) if isinstance(out.get("allOf"), list) else []:
        part = flat(doc, part)
        for key, value in part.items():
            if key == "properties":
                out["properties"] = {**out.get("properties", {}), **value}
            elif key == "required":
                out["required"] = sorted(set(out.get("required", [])) | set(value))
            else:
                out.setdefault(key, value)
    for key in ("anyOf", "oneOf"):
        options = out.get(key)
        if not isinstance(options, list) or "discriminator" in out:
            continue
        real = [o for o in options if doc.deref(o).get("type") != "null"]
        if len(real) == 1:  # `X` or `X | null`: X itself, maybe nullable
            del out[key]
            inner = flat(doc, real[0])
            nullable = bool(out.get("nullable") or inner.get("nullable") or len(real) < len(options))
            out = {**out, **inner, "nullable": nullable}
    kind = out.get("type")
    if isinstance(kind, list):
        rest = [k for k in kind if k != "null"]
        out["type"] = rest[0] if len(rest) == 1 else rest
        if "null" in kind:
            out["nullable"] = True
    return out


def shape(s: dict[str, Any]) -> str:
    kind = s.get("type")
    if kind is None and "properties" in s:
        kind = "object"
    fmt = s.get("format") if kind == "string" and s.get("format") in ("date-time", "date", "binary") else None
    return f"{kind}({fmt})" if fmt else str(kind)


class Reader:
    def __init__(self, a: dict[str, Any], b: dict[str, Any]) -> None:
        self.a, self.b = Doc(a), Doc(b)
        self.reasons: list[str] = []
        self.seen: set[tuple[int, int, str]] = set()

    def breaking(self, why: str) -> None:
        self.reasons.append(why)

    def compare(self, x: Any, y: Any, where: str, direction: str) -> None:
        x, y = flat(self.a, x), flat(self.b, y)
        key = (id(x.get("properties")), id(y.get("properties")), direction) if x.get("properties") and y.get("properties") else None
        if key is not None:
            if key in self.seen:
                return
            self.seen.add(key)
        sx, sy = shape(x), shape(y)
        if "None" in (sx, sy) or not x or not y:
            return  # any value on one side
        if sx != sy:
            if direction == "request" and (sx, sy) == ("integer", "number"):
                return
            self.breaking(f"{where}: type {sx} -> {sy}")
            return
        ex, ey = x.get("enum"), y.get("enum")
        if direction == "request":
            if ey is not None and (ex is None or set(ex) - set(ey)):
                self.breaking(f"{where}: request values narrowed")
        else:
            if not x.get("nullable") and y.get("nullable"):
                self.breaking(f"{where}: response may be null")
        if sx == "array":
            self.compare(x.get("items"), y.get("items"), f"{where}[]", direction)
            return
        px, py = x.get("properties") or {}, y.get("properties") or {}
        rx, ry = set(x.get("required") or []), set(y.get("required") or [])
        for prop in sorted(set(px) | set(py)):
            if prop not in py and prop in px:
                self.breaking(f"{where}.{prop}: removed")
            elif prop not in px:
                if direction == "request" and prop in ry:
                    self.breaking(f"{where}.{prop}: new required key")
            else:
                if direction == "request" and prop in ry and prop not in rx:
                    self.breaking(f"{where}.{prop}: now required")
                if direction == "response" and prop in rx and prop not in ry:
                    self.breaking(f"{where}.{prop}: may be absent")
                self.compare(px[prop], py[prop], f"{where}.{prop}", direction)
        ax, ay = x.get("additionalProperties"), y.get("additionalProperties")
        if isinstance(ax, dict) and isinstance(ay, dict):
            self.compare(ax, ay, f"{where}{{}}", direction)

    def variants(self, doc: Doc, schema: Any) -> dict[str, Any]:
        schema = doc.deref(schema) or {}
        mapping = (schema.get("discriminator") or {}).get("mapping") or {}
        return {key: {"$ref": ref} for key, ref in mapping.items()} if mapping else {"_base": schema}

    def run(self) -> list[str]:
        ops_a, ops_b = self.a.operations(), self.b.operations()
        for name in sorted(set(ops_a) - set(ops_b)):
            self.breaking(f"{name}: operation removed")
        for name in sorted(set(ops_a) & set(ops_b)):
            oa, ob = ops_a[name], ops_b[name]
            pa, pb = self.a.params(oa), self.b.params(ob)
            for key in sorted(set(pa) | set(pb)):
                if key[0] not in ("query", "header", "path"):
                    continue
                if key not in pb:
                    if key[0] != "path":
                        self.breaking(f"{name} {key}: parameter removed")
                elif key not in pa:
                    if pb[key].get("required"):
                        self.breaking(f"{name} {key}: new required parameter")
                else:
                    if pb[key].get("required") and not pa[key].get("required"):
                        self.breaking(f"{name} {key}: parameter now required")
                    if key[0] != "header":
                        self.param(pa[key].get("schema"), pb[key].get("schema"), f"{name} {key}")
            ba, bb = self.a.body(oa), self.b.body(ob)
            if ba is not None and bb is None:
                self.breaking(f"{name}: body removed")
            elif ba is not None and bb is not None:
                va, vb = self.variants(self.a, ba), self.variants(self.b, bb)
                for key in sorted(set(va) - set(vb)):
                    if len(va) > 1:
                        self.breaking(f"{name} body variant {key}: removed")
                for key in sorted(set(va) & set(vb)):
                    self.compare(va[key], vb[key], f"{name} body[{key}]", "request")
            self.compare(self.a.response(oa), self.b.response(ob), f"{name} response", "response")
        hooks_a = self.a.data.get("webhooks") or self.a.data.get("x-webhooks") or {}
        hooks_b = self.b.data.get("webhooks") or self.b.data.get("x-webhooks") or {}
        for event in sorted(set(hooks_a) - set(hooks_b)):
            self.breaking(f"webhook {event}: removed")
        for event in sorted(set(hooks_a) & set(hooks_b)):
            self.compare(self.a.body(hooks_a[event].get("post", {})), self.b.body(hooks_b[event].get("post", {})), f"webhook {event}", "response")
        return self.reasons

    def param(self, x: Any, y: Any, where: str) -> None:
        x, y = flat(self.a, x), flat(self.b, y)
        # `f[in]` going between a comma-joined string and an array is a change of encoding the
        # SDK absorbs (a list either way): only the value's type is compared.
        ix = flat(self.a, x.get("items")) if x.get("type") == "array" else x
        iy = flat(self.b, y.get("items")) if y.get("type") == "array" else y
        if shape(ix) != shape(iy):
            self.breaking(f"{where}: type {shape(ix)} -> {shape(iy)}")
        ex, ey = ix.get("enum"), iy.get("enum")
        if ey is not None and (ex is None or set(ex) - set(ey)):
            self.breaking(f"{where}: values narrowed")


def breaking_reasons(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    return Reader(a, b).run()
