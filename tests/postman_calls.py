"""Postman requests turned into generated-SDK calls.

Shared by `tests/test_postman.py` (checks what the SDK sends, through `httpx.MockTransport`) and
`tests/contract/test_sdk_prism.py` (sends it to a Prism mock of the upstream document).
Upstream material is read from ../shared/trackstar and never copied.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime
from typing import Any

from generator.core.plan import OperationPlan, build_plan
from generator.core.spec.loader import load_spec
from tests.conftest import POSTMAN, SPECS, shared

FILTER_KEY = re.compile(r"^(?P<field>[^\[\]]+)\[(?P<op>[^\[\]]+)\]$")
PLANS: dict[str, OperationPlan] = {op.dotted: op for op in build_plan(load_spec(SPECS)).operations}


def postman_requests() -> list[dict[str, Any]]:
    """Every request item of the upstream Postman collection, folders flattened."""
    collection = json.loads(shared(POSTMAN).read_text(encoding="utf-8"))

    def walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for item in items:
            out += walk(item["item"]) if "item" in item else [item]
        return out

    return walk(collection["item"])


def template_of(request: dict[str, Any]) -> str:
    """The OpenAPI path template of a Postman request (`:order_id` -> `{order_id}`)."""
    return "/" + "/".join("{" + s[1:] + "}" if s.startswith(":") else s for s in request["url"]["path"])


def python_value(kind: str, raw: str) -> Any:
    if kind == "datetime":
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if kind == "integer":
        return int(raw)
    if kind == "number":
        return float(raw)
    if kind == "boolean":
        return raw == "true"
    return raw


def split_values(values: list[str]) -> list[str]:
    return [part for value in values for part in value.split(",")]


def sdk_calls(op: OperationPlan, query: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Keyword arguments for one or two calls covering every query pair of the request.

    One call cannot send both `f=v` and `f[eq]=v`, so plain forms go in the first call and
    operator forms in the second.
    """
    filters = {f.api_name: f for f in op.filters}
    params = {p.api_name: p for p in op.query}
    plain: dict[str, Any] = {}
    operators: dict[str, dict[str, Any]] = defaultdict(dict)
    grouped: dict[str, list[str]] = defaultdict(list)
    for key, value in query:
        grouped[key].append(value)
    for key, values in grouped.items():
        match = FILTER_KEY.match(key)
        if key == "page_token" and op.paginated:
            plain["page_token"] = values[0]
        elif key in params:
            p = params[key]
            plain[p.py_name] = [python_value(p.kind, v) for v in split_values(values)] if p.array else python_value(p.kind, values[0])
        elif key in filters:
            plain[filters[key].py_name] = python_value(filters[key].kind, values[0])
        elif match and match["field"] in filters:
            f = filters[match["field"]]
            if match["op"].split("-")[0] in ("in", "nin"):
                operators[f.py_name][match["op"]] = [python_value(f.kind, v) for v in split_values(values)]
            else:
                operators[f.py_name][match["op"]] = python_value(f.kind, values[0])
        else:
            raise AssertionError(f"{op.dotted}: query key {key!r} is not in the spec")
    calls = [plain]
    if operators:
        if any(name in plain for name in operators):
            calls.append(dict(operators))
        else:
            plain.update(operators)
    return calls


def body_kwargs(op: OperationPlan, request: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the request body: known fields by name, the rest in `extra_body`."""
    body = request.get("body") or {}
    fields = {f.api_name: f for f in op.body_fields}
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    if body.get("mode") == "raw" and body.get("raw"):
        for key, value in json.loads(body["raw"]).items():
            if key in fields:
                kwargs[fields[key].py_name] = value
            else:
                extra[key] = value
    elif body.get("mode") == "formdata":
        for entry in body["formdata"]:
            if entry.get("type") == "file":
                kwargs[fields[entry["key"]].py_name] = ("label.pdf", b"%PDF-1.4 small file", "application/pdf")
            elif entry["key"] in fields:
                kwargs[fields[entry["key"]].py_name] = entry["value"]
            else:
                extra[entry["key"]] = entry["value"]
    if extra:
        kwargs["extra_body"] = extra
    return kwargs


def path_variables(op: OperationPlan, request: dict[str, Any]) -> dict[str, str]:
    """The request's path variables; the collection leaves enum path params empty: use a valid value."""
    variables = {v["key"]: v["value"] for v in request["url"].get("variable", [])}
    for param in op.path_params:
        if not variables.get(param.api_name):
            variables[param.api_name] = param.values[0] if param.values else "value"
    return variables


def sdk_method(client: Any, dotted: str) -> Any:
    """`client.wms.orders.list` for `"wms.orders.list"` (a keyword part gets a trailing `_`)."""
    target: Any = client
    for part in dotted.split("."):
        target = getattr(target, part if part.isidentifier() else part + "_")
    return target
