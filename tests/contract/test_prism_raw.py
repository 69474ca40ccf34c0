"""Every upstream operation, sent with raw httpx, must pass Prism's request validation.

Groundwork for the SDK contract test: it proves that the repaired document (repairs.py) plus
Prism accept one example request per operation, built from the upstream Postman collection, so
that any later failure through the SDK is the SDK's fault. It also pins down the Prism
behaviours the SDK test depends on (comma-joined ``in``/``nin`` filters, validation of
bracketed query parameter names, headers, bodies).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
EXPECTED_OPERATIONS = 82
# httpx's own type for query parameter lists
QueryList = list[tuple[str, str | int | float | bool | None]]
UPLOAD = ("contract-test.txt", b"contract test upload\n", "text/plain")


# --------------------------------------------------------------------------- request building


@dataclass
class RawRequest:
    name: str
    method: str
    template: str  # OpenAPI path template, e.g. /wms/orders/{order_id}
    path: str
    params: QueryList = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    json_body: Any = None
    form: dict[str, str] | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None

    @property
    def label(self) -> str:
        return f"{self.method} {self.template}"


def postman_items(collection: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "item" in item:
                walk(item["item"])
            else:
                found.append(item)

    walk(collection.get("item", []))
    return found


def document_operations(document: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in HTTP_METHODS
        if method in item
    }


def _operation(document: dict[str, Any], method: str, template: str) -> dict[str, Any]:
    try:
        operation: dict[str, Any] = document["paths"][template][method.lower()]
    except KeyError:
        raise AssertionError(
            f"Postman request {method} {template} is not an operation of the document"
        ) from None
    return operation


def _params_by_name(
    operation: dict[str, Any], location: str
) -> dict[str, dict[str, Any]]:
    return {
        p["name"]: p for p in operation.get("parameters", []) if p.get("in") == location
    }


def _example(param: dict[str, Any] | None) -> Any:
    return (param or {}).get("schema", {}).get("example")


def _as_query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def build_request(
    item: dict[str, Any], original: dict[str, Any], repaired: dict[str, Any]
) -> RawRequest:
    """One request from a Postman item, its values corrected where the document was repaired.

    - path variables: the parameter's (repaired) example, else the collection's value, else the
      first enum value, else the variable's name;
    - query: the collection's values; a parameter whose example was repaired uses the repaired
      example (the collection was generated from the broken one); the collection renders array
      examples as repeated keys (``f[in]`` twice), they are sent as ONE comma-joined value, the
      API's wire format;
    - headers as in the collection; bodies as in the collection (JSON, or multipart with a small
      file for ``format: binary`` fields).
    """
    req = item["request"]
    method = req["method"].upper()
    url = req["url"]
    segments = list(url.get("path", []))
    template = "/" + "/".join(
        f"{{{s[1:]}}}" if s.startswith(":") else s for s in segments
    )
    op_repaired = _operation(repaired, method, template)
    op_original = _operation(original, method, template)

    path_params = _params_by_name(op_repaired, "path")
    collection_vars = {v["key"]: v.get("value") for v in url.get("variable", [])}
    path = template
    for name, param in path_params.items():
        example = _example(param)
        enum = param.get("schema", {}).get("enum") or []
        for candidate in (
            example,
            collection_vars.get(name),
            enum[0] if enum else None,
            name,
        ):
            if candidate not in (None, ""):
                path = path.replace(f"{{{name}}}", str(candidate))
                break

    query_repaired = _params_by_name(op_repaired, "query")
    query_original = _params_by_name(op_original, "query")
    grouped: dict[str, list[str]] = {}
    for entry in url.get("query", []):
        if entry.get("disabled"):
            continue
        grouped.setdefault(entry["key"], []).append(entry.get("value") or "")
    params: QueryList = []
    for key, values in grouped.items():
        qparam = query_repaired.get(key)
        assert (
            qparam is not None
        ), f"{method} {template}: collection sends unknown query param {key!r}"
        if _example(qparam) != _example(query_original.get(key)):
            params.append((key, _as_query_value(_example(qparam))))
        elif qparam.get("schema", {}).get("type") == "array":
            params.append((key, ",".join(dict.fromkeys(v for v in values if v))))
        else:
            params.append((key, values[-1]))

    headers = {
        h["key"]: h.get("value", "")
        for h in req.get("header", [])
        if not h.get("disabled")
        and h["key"].lower() != "content-type"  # httpx sets it (boundary)
    }

    raw = RawRequest(
        name=item.get("name", ""),
        method=method,
        template=template,
        path=path,
        params=params,
        headers=headers,
    )
    body = req.get("body") or {}
    mode = body.get("mode")
    if mode == "raw" and body.get("raw", "").strip():
        raw.json_body = json.loads(body["raw"])
    elif mode == "formdata":
        form: dict[str, str] = {}
        files: dict[str, tuple[str, bytes, str]] = {}
        for part in body.get("formdata", []):
            if part.get("disabled"):
                continue
            if part.get("type") == "file":
                files[part["key"]] = UPLOAD
            else:
                form[part["key"]] = part.get("value", "")
        raw.form, raw.files = form, files
    elif mode:
        raise AssertionError(
            f"{method} {template}: unsupported Postman body mode {mode!r}"
        )
    return raw


def send(client: httpx.Client, raw: RawRequest) -> httpx.Response:
    kwargs: dict[str, Any] = {"params": raw.params, "headers": raw.headers}
    if raw.json_body is not None:
        kwargs["json"] = raw.json_body
    if raw.form is not None or raw.files:
        kwargs["data"] = raw.form or {}
        kwargs["files"] = raw.files or None
    return client.request(raw.method, raw.path, **kwargs)


def accepted(response: httpx.Response) -> bool:
    return 200 <= response.status_code < 300 and "sl-violations" not in response.headers


def describe(raw: RawRequest, response: httpx.Response) -> str:
    violations = response.headers.get("sl-violations", "")
    return (
        f"{raw.label} ({raw.name}) -> {response.status_code}\n"
        f"    url: {response.request.url}\n"
        f"    sl-violations: {violations[:1500] or '-'}\n"
        f"    body: {response.text[:500]}"
    )


# --------------------------------------------------------------------------- tests


def test_repairs_are_reported(
    upstream_document: dict[str, Any],
    repaired: tuple[dict[str, Any], list[str]],
    contract_summary: list[str],
) -> None:
    document, repairs = repaired
    assert (
        repairs
    ), "repair_document reported no repair: did the upstream document change?"
    assert all(r.startswith("/") and ": " in r for r in repairs), repairs
    assert document is not upstream_document and "anyOf" not in json.dumps(
        upstream_document["components"]["schemas"]["CreatewmsOrderInputSchema"]
    ), "repair_document must not modify its input"
    contract_summary.append(
        f"{len(repairs)} repairs applied to the Prism copy of the document"
    )


def test_every_operation_is_accepted_by_prism(
    prism_server: Any,
    upstream_document: dict[str, Any],
    repaired_document: dict[str, Any],
    postman_collection: dict[str, Any],
    contract_summary: list[str],
) -> None:
    items = postman_items(postman_collection)
    operations = document_operations(upstream_document)
    requests = [
        build_request(item, upstream_document, repaired_document) for item in items
    ]

    covered = {(r.method, r.template) for r in requests}
    assert (
        len(operations) == EXPECTED_OPERATIONS
    ), f"document has {len(operations)} operations"
    assert len(requests) == len(operations) and covered == operations, (
        f"collection and document disagree: missing {sorted(operations - covered)}, "
        f"extra {sorted(covered - operations)}, {len(requests)} requests"
    )

    failures: list[str] = []
    started = time.monotonic()
    with httpx.Client(base_url=prism_server.base_url, timeout=30.0) as client:
        for raw in requests:
            response = send(client, raw)
            if not accepted(response):
                failures.append(describe(raw, response))
    elapsed = time.monotonic() - started

    ok = len(requests) - len(failures)
    summary = (
        f"{ok}/{len(operations)} operations accepted by Prism (raw httpx; Prism startup "
        f"{prism_server.startup_seconds:.1f}s, {len(requests)} requests in {elapsed:.1f}s)"
    )
    contract_summary.append(summary)
    print("\n" + summary)
    assert (
        not failures
    ), f"{ok}/{len(operations)} operations accepted; rejected:\n" + "\n".join(failures)


API = {
    "x-trackstar-api-key": "contract-test-key",
    "x-trackstar-access-token": "contract-test-token",
}


@pytest.mark.parametrize(
    ("params",),
    [
        pytest.param([("status[in]", "open,confirmed")], id="enum-items"),
        pytest.param(
            [("created_date[in]", "2022-03-10T13:00:00Z,2022-03-11T13:00:00Z")],
            id="date-time-items",
        ),
        pytest.param([("ids[in]", "order_1,order_2")], id="string-items"),
        pytest.param(
            [("type[nin]", "b2b,dropship"), ("order_number[in-insensitive]", "a,b")],
            id="nin-insensitive",
        ),
        pytest.param(
            [
                ("status", "open"),
                ("status[eq]", "open"),
                ("updated_date[gte]", "2022-03-10T00:00:00Z"),
            ],
            id="scalar-ops",
        ),
    ],
)
def test_comma_joined_filters_are_accepted(
    prism_base_url: str, params: QueryList
) -> None:
    """The SDK sends in/nin filters as one comma-joined value (``status[in]=open,confirmed``)."""
    response = httpx.get(
        f"{prism_base_url}/wms/orders", params=params, headers=API, timeout=30.0
    )
    assert accepted(
        response
    ), f"{response.status_code} {response.headers.get('sl-violations')}"


@pytest.mark.parametrize(
    ("method", "path", "params", "headers", "body", "expected_in_violation"),
    [
        pytest.param(
            "GET",
            "/wms/orders",
            [],
            {"x-trackstar-access-token": "t"},
            None,
            "x-trackstar-api-key",
            id="missing-api-key",
        ),
        pytest.param(
            "GET",
            "/wms/orders",
            [],
            {"x-trackstar-api-key": "k"},
            None,
            "x-trackstar-access-token",
            id="missing-access-token",
        ),
        pytest.param(
            "GET",
            "/wms/orders/meta",
            [],
            API,
            None,
            "method",
            id="missing-required-query",
        ),
        pytest.param(
            "GET",
            "/wms/orders/meta",
            [("method", "post")],
            API,
            None,
            "method",
            id="query-enum-case",
        ),
        pytest.param(
            "GET",
            "/wms/orders",
            [("limit", "many")],
            API,
            None,
            "limit",
            id="query-type",
        ),
        pytest.param(
            "GET",
            "/wms/orders",
            [("status", "bogus")],
            API,
            None,
            "status",
            id="query-enum",
        ),
        # The next three only fail when Prism validates bracketed names (see prism.py).
        pytest.param(
            "GET",
            "/wms/orders",
            [("status[in]", "open,bogus")],
            API,
            None,
            "status[in]",
            id="comma-joined-enum-item",
        ),
        pytest.param(
            "GET",
            "/wms/orders",
            [("created_date[in]", "2022-03-10T13:00:00Z,yesterday")],
            API,
            None,
            "created_date[in]",
            id="comma-joined-date-item",
        ),
        pytest.param(
            "GET",
            "/wms/orders",
            [("created_date[gte]", "2022-03-10")],
            API,
            None,
            "created_date[gte]",
            id="bracketed-scalar-format",
        ),
        pytest.param(
            "GET",
            "/integrations/bogus",
            [],
            {"x-trackstar-api-key": "k"},
            None,
            "integration_type",
            id="path-enum",
        ),
        pytest.param(
            "PUT",
            "/wms/orders/o1/trackstar-tags",
            [],
            API,
            {"trackstar_tags": "not-a-list"},
            "trackstar_tags",
            id="json-body-type",
        ),
        pytest.param(
            "POST",
            "/link/exchange",
            [],
            {"x-trackstar-api-key": "k"},
            {"auth_code": 1},
            "auth_code",
            id="json-body-field-type",
        ),
    ],
)
def test_prism_rejects_invalid_requests(
    prism_base_url: str,
    method: str,
    path: str,
    params: QueryList,
    headers: dict[str, str],
    body: Any,
    expected_in_violation: str,
) -> None:
    """Negative controls: Prism really validates what the acceptance test relies on."""
    response = httpx.request(
        method,
        f"{prism_base_url}{path}",
        params=params,
        headers=headers,
        json=body,
        timeout=30.0,
    )
    violations = response.headers.get("sl-violations", "")
    assert 400 <= response.status_code < 500, f"{response.status_code} {violations}"
    assert expected_in_violation in violations, violations
