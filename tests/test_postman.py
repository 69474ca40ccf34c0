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
import re
from collections import defaultdict
from datetime import date, datetime
from typing import Any

import httpx
import pydantic
import pytest
from pydantic.fields import FieldInfo

from generator.core.spec.loader import load_spec
from tests.conftest import POSTMAN, SPECS
from tests.postman_calls import PLANS, body_kwargs, path_variables, postman_requests, sdk_calls, sdk_method

API_KEY = "<x-trackstar-api-key>"
ACCESS_TOKEN = "<x-trackstar-access-token>"
AUTH_HEADERS = {"x-trackstar-api-key", "x-trackstar-access-token"}
ERROR_CLASSES = {404: "NotFoundError", 422: "UnprocessableEntityError"}


REQUESTS = postman_requests() if POSTMAN.exists() else []
PAGINATION = load_spec(SPECS).api.pagination


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
            assert isinstance(payload, bytes), f"multipart part {name} is not bytes"
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
    return _reproduce_with_results(trackstar, request, response)[0]


def _reproduce_with_results(trackstar: Any, request: dict[str, Any], response: dict[str, Any]) -> tuple[str, list[Any]]:
    """(the mismatch or "", what each SDK call returned)."""
    url = request["url"]
    path = "/" + "/".join("{" + s[1:] + "}" if s.startswith(":") else s for s in url["path"])
    method = request["method"]
    dotted = trackstar.OPERATIONS.get(f"{method} {path}")
    if dotted is None:
        return f"{method} {path} is not in OPERATIONS", []
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
    results: list[Any] = []
    for kwargs in sdk_calls(op, query):
        try:
            results.append(target(*positional, **kwargs, **kwargs_of_body))
        except trackstar.APIStatusError as exc:
            expected = ERROR_CLASSES.get(status, "APIStatusError")
            if status < 400 or type(exc).__name__ != expected:
                return f"{dotted}: status {status} raised {type(exc).__name__}, expected {expected}", results
            if exc.request_id != "req_1":
                return f"{dotted}: error lost its request id", results
    if status >= 400 and not results:
        pass
    elif status >= 400:
        return f"{dotted}: status {status} did not raise", results
    else:
        for result in results:
            model = result if not op.paginated else result
            if op.paginated and not isinstance(result.data, list):
                return f"{dotted}: page data is not a list", results
            if not op.paginated and op.response_class and type(model).__name__ != op.response_class:
                return f"{dotted}: returned {type(model).__name__}, expected {op.response_class}", results

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
    return (f"{dotted}: " + "; ".join(problems) if problems else ""), results


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


def _as_datetime(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _is_date_field(info: FieldInfo) -> bool:
    return re.search(r"\bdate(time)?\b", str(info.annotation)) is not None


def _value_mismatches(got: Any, example: Any, where: str, *, date_field: bool = False) -> tuple[int, list[str]]:
    """(leaf values compared, mismatches) between what the SDK parsed and the example JSON.

    The SDK's documented leniencies (`TrackstarModel`) are the only differences allowed: unknown
    fields are kept (in `model_extra`), missing fields read as None, a number in a text field
    reads as its text, and a date field holding something that is not a date (or "") reads as
    None. Every other value must come back as sent.
    """
    if isinstance(got, pydantic.BaseModel) and isinstance(example, dict):
        fields = {(info.alias or name): (name, info) for name, info in type(got).model_fields.items()}
        extra = got.model_extra or {}
        compared, problems = 0, list[str]()
        for key, value in example.items():
            if key in fields:
                name, info = fields[key]
                n, p = _value_mismatches(getattr(got, name), value, f"{where}.{key}", date_field=_is_date_field(info))
            elif key in extra:
                n, p = _value_mismatches(extra[key], value, f"{where}.{key}")
            else:
                n, p = 1, [f"{where}.{key}: dropped"]
            compared, problems = compared + n, problems + p
        return compared, problems
    if isinstance(example, dict):
        if not isinstance(got, dict) or set(got) != set(example):
            return 1, [f"{where}: {got!r} != {example!r}"]
        pairs = [(got[key], value, f"{where}.{key}") for key, value in example.items()]
    elif isinstance(example, list):
        if not isinstance(got, list) or len(got) != len(example):
            return 1, [f"{where}: {got!r} is not a list of {len(example)}"]
        pairs = [(g, value, f"{where}[{i}]") for i, (g, value) in enumerate(zip(got, example, strict=True))]
    else:
        return 1, [] if _leaf_matches(got, example, date_field) else [f"{where}: {got!r} != {example!r}"]
    compared, problems = 0, list[str]()
    for g, value, place in pairs:
        n, p = _value_mismatches(g, value, place, date_field=date_field)
        compared, problems = compared + n, problems + p
    return compared, problems


def _leaf_matches(got: Any, example: Any, date_field: bool) -> bool:
    if date_field and isinstance(example, str):
        expected = _as_datetime(example)
        if expected is None:
            return got is None  # leniency: not a date reads as None
        if isinstance(got, datetime):
            return got == expected
        return isinstance(got, date) and got == expected.date()
    if isinstance(example, (int, float)) and not isinstance(example, bool) and isinstance(got, str):
        return got == str(example)  # leniency: numbers in text fields become text
    return type(got) is type(example) and got == example or (
        isinstance(got, (int, float)) and isinstance(example, (int, float))
        and not isinstance(got, bool) and not isinstance(example, bool) and got == example
    )


def _page_dump(page: Any) -> dict[str, Any]:
    """A page as its wire names: the items, the next token and the total."""
    dumped = {PAGINATION.items: page.data, PAGINATION.token_out: page.next_token}
    if PAGINATION.total is not None:
        dumped[PAGINATION.total] = page.total_count
    return dumped


def test_every_example_response_parses_to_its_values(trackstar_package: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Each example response (200, 404, 422) goes through the SDK: errors raise the matching
    exception with the request id; 200s parse into the declared model, and every value of the
    example JSON reads back from the parsed result (modulo the documented leniencies)."""
    checked = 0
    failures = []
    bodies_compared = 0
    values_compared = 0
    for item in REQUESTS:
        for response in item["response"]:
            problem, results = _reproduce_with_results(trackstar_package, item["request"], response)
            checked += 1
            if problem:
                failures.append(f"{response.get('code')}: {problem}")
                continue
            if int(response.get("code") or 200) >= 400:
                continue
            example = json.loads(response.get("body") or "{}")
            for result in results:
                paginated = hasattr(result, "has_next_page")
                got = _page_dump(result) if paginated else result
                n, mismatches = _value_mismatches(got, example, f"{item['name']} ({response.get('name')})")
                values_compared += n
                bodies_compared += 1
                failures += mismatches
    with capsys.disabled():
        print(f"\n{checked - len(failures)}/{checked} example responses parsed; "
              f"{values_compared} values in {bodies_compared} parsed bodies compared")
    assert checked == 212, f"the collection should hold 212 example responses, found {checked}"
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures[:40])
    assert bodies_compared >= 82 and values_compared > 1000
