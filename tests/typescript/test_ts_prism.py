"""Every operation called from Node through the TypeScript SDK against the contract tests' Prism.

The calls are the Postman requests of tests/typescript/test_ts_postman.py (with the repaired
document's examples where the repairs changed one, as tests/contract/test_sdk_prism.py does),
sent by the built ESM package to Prism 5.16.0 mocking the repaired document with `--errors`. A
call is accepted when it throws nothing, makes exactly one exchange, gets a 2xx without an
`sl-violations` header, and resolves to a body (a page: a non-empty `data` list). Then every
integration variant body of `wms.orders.create` (54) and `wms.orders.update` (29), the required
fields of each, must be accepted the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.core.plan import build_plan
from generator.core.schema import Ref
from generator.core.spec.loader import load_spec
from generator.targets.typescript.examples import value
from tests.conftest import CURRENT_DOCUMENT, SPECS, shared
from tests.contract import prism as prism_helper
from tests.contract.repairs import repair_document
from tests.typescript.test_ts_postman import _cases, _run, built  # noqa: F401 (built: a fixture)
from tests.typescript.ts_programs import variant_models

pytestmark = pytest.mark.slow

VARIANT_WRITES = {"wms.orders.create": 54, "wms.orders.update": 29}


@pytest.fixture(scope="module")
def documents() -> tuple[dict[str, Any], dict[str, Any]]:
    original = json.loads(shared(CURRENT_DOCUMENT).read_text(encoding="utf-8"))
    return original, repair_document(original)[0]


@pytest.fixture(scope="module")
def prism(documents: tuple[dict[str, Any], dict[str, Any]]) -> Iterator[str]:
    error = None
    try:
        with prism_helper.run_prism(documents[1]) as server:
            yield server.base_url
    except prism_helper.PrismError as exc:
        error = str(exc)
    if error is not None:
        pytest.fail(error, pytrace=False)


def _examples(document: dict[str, Any], method: str, template: str, location: str) -> dict[str, Any]:
    operation = document["paths"][template][method.lower()]
    return {p["name"]: p.get("schema", {}).get("example") for p in operation.get("parameters", []) if p.get("in") == location}


def _accepted(outcome: dict[str, Any]) -> str:
    """"" when the call was accepted, else why not."""
    problems = []
    if len(outcome["answers"]) != 1:
        problems.append(f"{len(outcome['answers'])} exchanges")
    for answer in outcome["answers"]:
        if not 200 <= answer["status"] < 300:
            problems.append(f"status {answer['status']}")
        if answer["violations"]:
            problems.append(f"sl-violations: {answer['violations'][:800]}")
    if not outcome["ok"]:
        problems.append(f"threw {outcome['error']}: {outcome['message'][:300]}")
    elif outcome["page"] and not outcome["value"]["data"]:
        problems.append("empty page")
    elif outcome["value"] is None:
        problems.append("no body")
    return "; ".join(problems)


def test_every_operation_is_accepted_by_prism(
    built: Path, prism: str, documents: tuple[dict[str, Any], dict[str, Any]], tmp_path: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    original, repaired = documents

    def adjust(method: str, template: str, variables: dict[str, str], query: list[tuple[str, str]]) -> list[tuple[str, str]]:
        before, after = (_examples(d, method, template, "path") for d in (original, repaired))
        variables.update({k: str(v) for k, v in after.items() if v != before.get(k)})
        before, after = (_examples(d, method, template, "query") for d in (original, repaired))
        fixed = {k: str(v) for k, v in after.items() if v != before.get(k)}
        return [(key, fixed.get(key, v or "")) for key, v in query]

    cases, _ = _cases(adjust)
    one_each = [case for case in cases if case["response"]["status"] == 200]
    results = _run(built, one_each, tmp_path, base_url=prism)
    failures = []
    for case, result in zip(one_each, results, strict=True):
        for outcome in result["outcomes"]:
            problem = _accepted(outcome)
            if problem:
                failures.append(f"{case['dotted']} ({case['name']}): {problem}")
    accepted = len(one_each) - len({f.split(" (")[0] for f in failures})
    with capsys.disabled():
        print(f"\nTS SDK against Prism: {accepted}/{len(one_each)} operations accepted")
    assert len(one_each) == 82
    assert not failures, "\n".join(failures[:30])


def test_every_variant_body_is_accepted_by_prism(built: Path, prism: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    plan = build_plan(load_spec(SPECS))
    cases = []
    for dotted, expected in VARIANT_WRITES.items():
        models = variant_models(plan, dotted)
        assert len(models) == expected, dotted
        for label, model in models:
            cases.append({
                "name": label, "dotted": dotted, "positional": ["ord_123"] if dotted.endswith("update") else [],
                "takesParams": True, "calls": [value(Ref(model), plan.schemas)], "extraBody": None,
                "apiKey": "k", "accessToken": "t", "response": {"status": 200, "body": "{}"},
            })
    results = _run(built, cases, tmp_path, base_url=prism)
    failures = []
    for case, result in zip(cases, results, strict=True):
        (outcome,) = result["outcomes"]
        problem = _accepted(outcome)
        if problem:
            failures.append(f"{case['dotted']} {case['name']}: {problem}")
    with capsys.disabled():
        counts = ", ".join(f"{d} {n}/{n}" for d, n in VARIANT_WRITES.items())
        print(f"\nTS SDK variant bodies against Prism: {len(cases) - len(failures)}/{len(cases)} accepted ({counts})")
    assert not failures, "\n".join(failures[:30])
