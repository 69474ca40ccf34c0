"""Every request of the upstream Postman collection, reproduced through the TypeScript SDK.

The package is built (ESM, the pinned tsc) and driven from Node with a recording `fetch`: for
each request the test looks its operation up in the package's `OPERATIONS`, calls the method
with the request's values (path params positional, then one params object in the API's
spelling, datetimes as `Date`s, files through `toFile`), and compares what the SDK sent (method,
path, query, both auth headers and no other `x-trackstar-*` header, the JSON or multipart body)
with the collection. The fetch answers with each of the collection's example responses: every
200 must come back as its JSON (a page: its items, token and total), every 404/422 must throw
the matching error class with the request id.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
from collections import defaultdict
from pathlib import Path
from collections.abc import Callable
from typing import Any

import pytest

from generator.core.plan import OperationPlan, build_plan
from generator.core.spec.loader import load_spec
from generator.targets.typescript.declarations import build as build_declarations
from tests.conftest import POSTMAN, SPECS
from tests.postman_calls import postman_requests, template_of
from tests.typescript.ts_programs import NODE, PACKAGE, tsc

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
API_KEY = "<x-trackstar-api-key>"
ACCESS_TOKEN = "<x-trackstar-access-token>"
ERRORS = {404: "NotFoundError", 422: "UnprocessableEntityError"}
FILTER_KEY = re.compile(r"^(?P<field>[^\[\]]+)\[(?P<op>[^\[\]]+)\]$")
FILE_BYTES = b"%PDF-1.4 small file"
REQUESTS = postman_requests() if POSTMAN.exists() else []


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's ESM build, in a scratch folder (generated/ is left as it is)."""
    out = tmp_path_factory.mktemp("ts-build") / "esm"
    result = tsc(PACKAGE / "tsconfig.esm.json", extra=["--outDir", str(out)])
    assert result.returncode == 0, result.stdout + result.stderr
    (out / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return out / "index.js"


def _value(kind: str, raw: str) -> Any:
    if kind == "datetime":
        return {"$date": raw}
    if kind == "integer":
        return int(raw)
    if kind == "number":
        return float(raw)
    if kind == "boolean":
        return raw == "true"
    return raw


def _split(values: list[str]) -> list[str]:
    return [part for value in values for part in value.split(",")]


def _calls(op: OperationPlan, query: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Params objects covering every query pair: one call cannot send both `f=v` and `f[eq]=v`,
    so plain forms go in the first call and operator forms in a second when they clash."""
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
            plain[key] = values[0]
        elif key in params:
            p = params[key]
            plain[key] = [_value(p.kind, v) for v in _split(values)] if p.array else _value(p.kind, values[0])
        elif key in filters:
            plain[key] = _value(filters[key].kind, values[0])
        elif match and match["field"] in filters:
            f = filters[match["field"]]
            if match["op"].split("-")[0] in ("in", "nin"):
                operators[f.api_name][match["op"]] = [_value(f.kind, v) for v in _split(values)]
            else:
                operators[f.api_name][match["op"]] = _value(f.kind, values[0])
        else:
            raise AssertionError(f"{op.dotted}: query key {key!r} is not in the spec")
    calls = [plain]
    if operators:
        if any(name in plain for name in operators):
            calls.append(dict(operators))
        else:
            plain.update(operators)
    return calls


def _body(op: OperationPlan, request: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(body fields for the params object, fields the spec does not list: extraBody)."""
    body = request.get("body") or {}
    known = {f.api_name for f in op.body_fields}
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    if body.get("mode") == "raw" and body.get("raw"):
        for key, value in json.loads(body["raw"]).items():
            (fields if key in known else extra)[key] = value
    elif body.get("mode") == "formdata":
        for entry in body["formdata"]:
            if entry.get("type") == "file":
                fields[entry["key"]] = {"$file": base64.b64encode(FILE_BYTES).decode(), "name": "label.pdf", "type": "application/pdf"}
            else:
                (fields if entry["key"] in known else extra)[entry["key"]] = entry["value"]
    return fields, extra


def _variables(op: OperationPlan, request: dict[str, Any]) -> dict[str, str]:
    variables = {v["key"]: v["value"] for v in request["url"].get("variable", [])}
    for param in op.path_params:
        if not variables.get(param.api_name):  # the collection leaves enum path params empty
            variables[param.api_name] = param.values[0] if param.values else "value"
    return variables


def _expected_body(request: dict[str, Any]) -> Any:
    body = request.get("body") or {}
    if body.get("mode") == "raw" and body.get("raw"):
        return {"json": json.loads(body["raw"])}
    if body.get("mode") == "formdata":
        return {"multipart": {
            e["key"]: {"$file": base64.b64encode(FILE_BYTES).decode()} if e.get("type") == "file" else e["value"]
            for e in body["formdata"]
        }}
    return None


Adjust = Callable[[str, str, dict[str, str], list[tuple[str, str]]], list[tuple[str, str]]]


def _cases(adjust: Adjust | None = None) -> tuple[list[dict[str, Any]], dict[str, OperationPlan]]:
    """One case per (request, example response); `adjust(method, template, variables, query)`
    may change the path variables in place and returns the query to send."""
    spec = load_spec(SPECS)
    plan = build_plan(spec)
    plans = {op.dotted: op for op in plan.operations}
    decls = build_declarations(plan)
    operations = {f"{op.method} {op.path}": op.dotted for op in plan.operations}
    cases = []
    for item in REQUESTS:
        request = item["request"]
        dotted = operations.get(f"{request['method']} {template_of(request)}")
        assert dotted is not None, f"{request['method']} {template_of(request)} is not an operation"
        op = plans[dotted]
        variables = _variables(op, request)
        query = [(q["key"], q["value"]) for q in request["url"].get("query", []) if not q.get("disabled")]
        if adjust is not None:
            query = adjust(request["method"], template_of(request), variables, query)
        fields, extra = _body(op, request)
        calls = [{**call, **fields} for call in _calls(op, query)]
        for response in item["response"]:
            cases.append({
                "name": item["name"],
                "dotted": dotted,
                "positional": [variables[p.api_name] for p in op.path_params],
                "takesParams": decls.operations[dotted].params is not None,
                "calls": calls,
                "extraBody": extra or None,
                "apiKey": API_KEY,
                "accessToken": ACCESS_TOKEN,
                "response": {"status": int(response.get("code") or 200), "body": response.get("body") or "{}"},
                "request": request,
                "query": query,
                "variables": variables,
            })
    return cases, plans


def _run(built: Path, cases: list[dict[str, Any]], tmp_path: Path, base_url: str | None = None) -> list[dict[str, Any]]:
    """Each case through the SDK in Node: answered by its example response, or sent to
    `base_url` when given."""
    if base_url is not None:
        cases = [{**case, "baseURL": base_url} for case in cases]
    file = tmp_path / "cases.json"
    file.write_text(json.dumps([{k: v for k, v in c.items() if k not in ("request", "query", "variables")} for c in cases]))
    result = subprocess.run([NODE, str(HERE / "postman_runner.mjs"), str(built), str(file)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]
    results: list[dict[str, Any]] = json.loads(result.stdout)
    assert len(results) == len(cases)
    return results


def _request_problems(case: dict[str, Any], result: dict[str, Any]) -> list[str]:
    request = case["request"]
    problems = []
    expected_path = "/" + "/".join(case["variables"].get(s[1:], s) if s.startswith(":") else s for s in request["url"]["path"])
    expected_auth = {h["key"].lower(): h["value"] for h in request["header"] if h["key"].lower().startswith("x-trackstar-")}
    for sent in result["sent"]:
        if sent["method"] != request["method"]:
            problems.append(f"method {sent['method']} != {request['method']}")
        if sent["path"] != expected_path:
            problems.append(f"path {sent['path']} != {expected_path}")
        auth = {k: v for k, v in sent["headers"].items() if k.startswith("x-trackstar-")}
        if auth != expected_auth:
            problems.append(f"x-trackstar-* headers {sorted(auth)} != {sorted(expected_auth)}")
        if sent["body"] != _expected_body(request):
            problems.append(f"body {sent['body']!r} != {_expected_body(request)!r}")
    got: dict[str, list[str]] = defaultdict(list)
    for sent in result["sent"]:
        for key, value in sent["query"]:
            got[key] += value.split(",")
    want: dict[str, list[str]] = defaultdict(list)
    for key, value in case["query"]:
        want[key] += value.split(",")
    if {k: sorted(v) for k, v in got.items()} != {k: sorted(v) for k, v in want.items()}:
        problems.append(f"query {dict(got)} != {dict(want)}")
    return problems


def _response_problems(case: dict[str, Any], result: dict[str, Any]) -> list[str]:
    status = case["response"]["status"]
    example = json.loads(case["response"]["body"])
    problems = []
    for outcome in result["outcomes"]:
        if status >= 400:
            if outcome["ok"]:
                problems.append(f"status {status} did not throw")
            elif outcome["error"] != ERRORS.get(status) or outcome["requestId"] != "req_1" or outcome["status"] != status:
                problems.append(f"status {status} threw {outcome['error']} ({outcome.get('requestId')}): {outcome['message']}")
        elif not outcome["ok"]:
            problems.append(f"200 threw {outcome['error']}: {outcome['message']}")
        elif outcome["page"]:
            page = {k: v for k, v in outcome["value"].items() if v is not None or example.get(k, 0) is None}
            wanted = {k: example[k] for k in ("data", "next_token", "total_count") if k in example}
            if page != wanted:
                problems.append(f"page {str(page)[:200]} != {str(wanted)[:200]}")
        elif outcome["value"] != example:
            problems.append(f"response {str(outcome['value'])[:200]} != {str(example)[:200]}")
    return problems


def test_every_postman_request_and_example_response(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(REQUESTS) == 82, "the collection should hold 82 requests"
    cases, _ = _cases()
    results = _run(built, cases, tmp_path)
    reproduced: set[str] = set()
    request_failures, response_failures = [], []
    parsed = 0
    for case, result in zip(cases, results, strict=True):
        if case["response"]["status"] == 200:
            problems = _request_problems(case, result)
            if problems:
                request_failures.append(f"{case['dotted']} ({case['name']}): " + "; ".join(problems))
            else:
                reproduced.add(case["name"] + case["dotted"])
        problems = _response_problems(case, result)
        if problems:
            response_failures.append(f"{case['dotted']} {case['response']['status']}: " + "; ".join(problems))
        else:
            parsed += 1
    with capsys.disabled():
        print(f"\nTS SDK: {len(reproduced)}/{len(REQUESTS)} Postman requests reproduced; "
              f"{parsed}/{len(cases)} example responses parsed or raised the right error")
    assert not request_failures, "\n".join(request_failures[:30])
    assert not response_failures, "\n".join(response_failures[:30])
    assert len(cases) == 212 and parsed == 212 and len(reproduced) == 82
