"""Every integration-specific body of two writes, sent through `body=` to Prism.

`POST /wms/orders` (the base body and 53 integration variants) and `PUT /wms/orders/{order_id}`
(the base body and its 28 variants): for each, the body the reference docs would show (required
fields only, first enum values) is sent with the generated SDK, and Prism, validating the request
against the document's `anyOf` of all bodies (repairs.py), must accept it: 2xx, no
`sl-violations`. The JSON that went over the wire is exactly the dict that was passed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.core.plan import build_plan
from generator.targets.python.type_map import example
from generator.core.schema import Ref
from generator.core.spec.loader import load_spec

REPO = Path(__file__).resolve().parents[2]
WRITES = {"wms.orders.create": 54, "wms.orders.update": 29}


def _bodies(dotted: str) -> list[tuple[str, dict[str, Any]]]:
    plan = build_plan(load_spec(REPO / "specs"))
    op = next(o for o in plan.operations if o.dotted == dotted)
    spec_names = {cls: name for name, cls in plan.class_names.items()}
    assert op.body_union
    bodies = []
    for cls in plan.body_unions[op.body_union]:
        body = eval(example(Ref(spec_names[cls]), plan.schemas))  # a literal the docs would print
        bodies.append((cls, body))
    return bodies


@pytest.mark.parametrize("dotted", list(WRITES))
def test_every_variant_body_is_accepted(dotted: str, prism_base_url: str, trackstar_package: Any) -> None:
    import trackstar

    sent: list[httpx.Request] = []
    answers: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"request": [sent.append], "response": [answers.append]})
    client = trackstar.Trackstar(api_key="k", access_token="t", base_url=prism_base_url, http_client=http, max_retries=0)
    bodies = _bodies(dotted)
    assert len(bodies) == WRITES[dotted]
    rejected = []
    with client:
        resource = client.wms.orders
        for cls, body in bodies:
            before = len(answers)
            if dotted.endswith("create"):
                resource.create_with_body(body=body)
            else:
                resource.update("ord_123", body=body)
            answer = answers[-1]
            assert len(answers) == before + 1
            assert json.loads(sent[-1].content) == body, cls
            if answer.status_code >= 300 or answer.headers.get("sl-violations"):
                rejected.append((cls, answer.status_code, answer.headers.get("sl-violations", "")[:300]))
    assert not rejected, rejected
    print(f"\n{len(bodies)}/{len(bodies)} {dotted} bodies accepted by Prism")
