"""Every request of the upstream Postman collection, reproduced through the generated SDK.

For each request: look its operation up in `trackstar.OPERATIONS`, call the method with the
request's values turned into Python values, capture what the SDK sends with
`httpx.MockTransport`, and compare method, path, query, auth headers and body. The mock answers
with the collection's example responses, so every example is parsed by the SDK too.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
from collections import defaultdict
from typing import Any

import httpx
import pytest

from tests.conftest import POSTMAN
from tests.postman_calls import PLANS, body_kwargs, path_variables, postman_requests, sdk_calls, sdk_method

API_KEY = "<x-trackstar-api-key>"
ACCESS_TOKEN = "<x-trackstar-access-token>"
AUTH_HEADERS = {"x-trackstar-api-key", "x-trackstar-access-token"}
ERROR_CLASSES = {404: "NotFoundError", 422: "UnprocessableEntityError"}


REQUESTS = postman_requests() if POSTMAN.exists() else []


def _expected_body(request: dict[str, Any]) -> Any:
    body = request.get("body") or {}
    if body.get("mode") == "raw" and body.get("raw"):
        return json.loads(body["raw"])
    if body.get("mode") == "formdata":
        return {e["key"]: (e.get("value") if e.get("type") != "file" else b"%PDF-1.4 small file") for e in body["formdata"]}
    return None


def _sent_body(sent: httpx.Request) -> Any:
    content = sent.read()
    if not content:
        return None
    content_type = sent.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"content-type: " + content_type.encode() + b"\r\n\r\n" + content
        )
        parts: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            parts[str(name)] = payload if part.get_filename() else payload.decode()
        return parts
    assert content_type == "application/json", content_type
    return json.loads(content)


def _query_of(requests: list[httpx.Request]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for sent in requests:
        for key, value in sent.url.params.multi_items():
            seen[key] += value.split(",")
    return {k: sorted(v) for k, v in seen.items()}


def _reproduce(trackstar: Any, request: dict[str, Any], response: dict[str, Any]) -> str:
    """Call the SDK for one Postman request; return "" when reproduced, else the mismatch."""
    url = request["url"]
    path = "/" + "/".join("{" + s[1:] + "}" if s.startswith(":") else s for s in url["path"])
    method = request["method"]
    dotted = trackstar.OPERATIONS.get(f"{method} {path}")
    if dotted is None:
        return f"{method} {path} is not in OPERATIONS"
    op = PLANS[dotted]
    captured: list[httpx.Request] = []
    status = int(response.get("code") or 200)
    raw_body = response.get("body") or "{}"

    def handler(sent: httpx.Request) -> httpx.Response:
        captured.append(sent)
        return httpx.Response(status, content=raw_body.encode(), headers={"content-type": "application/json", "x-request-id": "req_1"})

    client = trackstar.Trackstar(
        api_key=API_KEY, access_token=ACCESS_TOKEN, max_retries=0, rate_limits=False,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    target = sdk_method(client, dotted)
    variables = path_variables(op, request)  # the collection leaves enum path params empty: use a valid value
    positional = [variables[p.api_name] for p in op.path_params]
    query = [(q["key"], q["value"]) for q in url.get("query", []) if not q.get("disabled")]
    kwargs_of_body = body_kwargs(op, request)
    results = []
    for kwargs in sdk_calls(op, query):
        try:
            results.append(target(*positional, **kwargs, **kwargs_of_body))
        except trackstar.APIStatusError as exc:
            expected = ERROR_CLASSES.get(status, "APIStatusError")
            if status < 400 or type(exc).__name__ != expected:
                return f"{dotted}: status {status} raised {type(exc).__name__}, expected {expected}"
            if exc.request_id != "req_1":
                return f"{dotted}: error lost its request id"
    if status >= 400 and not results:
        pass
    elif status >= 400:
        return f"{dotted}: status {status} did not raise"
    else:
        for result in results:
            model = result if not op.paginated else result
            if op.paginated and not isinstance(result.data, list):
                return f"{dotted}: page data is not a list"
            if not op.paginated and op.response_class and type(model).__name__ != op.response_class:
                return f"{dotted}: returned {type(model).__name__}, expected {op.response_class}"

    problems = []
    for sent in captured:
        if sent.method != method:
            problems.append(f"method {sent.method} != {method}")
        expected_path = "/" + "/".join(variables.get(s[1:], s) if s.startswith(":") else s for s in url["path"])
        if sent.url.path != expected_path:
            problems.append(f"path {sent.url.path} != {expected_path}")
        expected_headers = {h["key"].lower(): h["value"] for h in request["header"] if h["key"].lower() in AUTH_HEADERS}
        sent_headers = {k: v for k, v in sent.headers.items() if k in AUTH_HEADERS}
        if sent_headers != expected_headers:
            problems.append(f"auth headers {sorted(sent_headers)} != {sorted(expected_headers)}")
        if _sent_body(sent) != _expected_body(request):
            problems.append(f"body {_sent_body(sent)!r} != {_expected_body(request)!r}")
    expected_query: dict[str, list[str]] = defaultdict(list)
    for key, value in query:
        expected_query[key] += value.split(",")
    if _query_of(captured) != {k: sorted(v) for k, v in expected_query.items()}:
        problems.append(f"query {_query_of(captured)} != {dict(expected_query)}")
    return f"{dotted}: " + "; ".join(problems) if problems else ""


def test_every_postman_request_is_reproduced(trackstar_package: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(REQUESTS) == 82, "the collection should hold 82 requests"
    failures = []
    reproduced = 0
    for item in REQUESTS:
        success = [r for r in item["response"] if int(r.get("code") or 0) == 200]
        problem = _reproduce(trackstar_package, item["request"], success[0] if success else {"code": 200})
        if problem:
            failures.append(problem)
        else:
            reproduced += 1
    with capsys.disabled():
        print(f"\n{reproduced}/{len(REQUESTS)} requests reproduced")
    assert not failures, "\n".join(failures)
    assert reproduced == 82


def test_every_example_response_parses(trackstar_package: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Each example response (200, 404, 422) goes through the SDK: 200s parse into the declared
    model, errors raise the matching exception with the request id."""
    checked = 0
    failures = []
    for item in REQUESTS:
        for response in item["response"]:
            problem = _reproduce(trackstar_package, item["request"], response)
            checked += 1
            if problem:
                failures.append(f"{response.get('code')}: {problem}")
    with capsys.disabled():
        print(f"\n{checked - len(failures)}/{checked} example responses parsed")
    assert not failures, "\n".join(failures)
