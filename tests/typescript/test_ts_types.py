"""The TypeScript SDK's types hold where users use them: one `tsc --strict --noEmit` run over the
generated package and a program that must compile, with mistakes that must not.

The program sends the body of every integration variant of `wms.orders.create` and
`wms.orders.update`, passes typed filters (operators, lists, Dates), narrows webhook events on
their literal `event_type`, walks pages and reads raw responses, passes an enum read from a
response back into a request. Each `@ts-expect-error` line is one mistake a user makes; tsc
fails the run (TS2578) if any of them compiles, so the good lines passing means something.
The package is also checked for a consumer with the DOM lib beside @types/node 20.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from generator.core.plan import Plan, build_plan
from generator.core.spec.loader import load_spec
from generator.targets.typescript.examples import example
from generator.core.schema import Ref
from tests.conftest import REPO
from tests.typescript.ts_programs import PACKAGE, tsc, tsconfig, variant_calls, variant_models

pytestmark = pytest.mark.slow

VARIANT_WRITES = ("wms.orders.create", "wms.orders.update")


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_plan(load_spec(REPO / "specs"))


def _mixed_body(plan: Plan, dotted: str) -> str:
    """A body with one variant's required fields plus a key no variant has beside them all."""
    models = variant_models(plan, dotted)
    keys = {label: {f.name for f in plan.schemas.fields(m)} for label, m in models}
    for (label, model), (_, other) in itertools.product(models, models):
        required = {f.name for f in plan.schemas.fields(model) if f.required}
        for extra in sorted({f.name for f in plan.schemas.fields(other)} - keys[label]):
            if not any(required | {extra} <= k for k in keys.values()):
                body = example(Ref(model), plan.schemas)
                return body[:-1] + f', {extra}: "x" }}' if body != "{}" else f'{{ {extra}: "x" }}'
    raise AssertionError(f"{dotted}: every mix of keys fits some variant")


def mistakes(plan: Plan) -> list[tuple[str, str]]:
    return [
        ("a bare string where `in` takes a list", 'client.wms.orders.list({ status: { in: "open" } });'),
        ("a bare string where the filter takes only `in`", 'client.wms.orders.list({ ids: "ord_1" });'),
        ("an enum value the field does not take", 'client.wms.orders.list({ status: "opened" });'),
        ("an enum value inside `in`", 'client.wms.orders.list({ status: { in: ["open", "shiped"] } });'),
        ("an operator the filter does not allow", 'client.wms.orders.list({ created_date: { contains: "2025" } });'),
        ("a comparison on a range-less field", 'client.wms.orders.list({ ids: { gte: "a" } });'),
        ("a body mixing two variants' fields", f"client.wms.orders.create({_mixed_body(plan, 'wms.orders.create')});"),
        ("a body that fits no variant", "client.wms.orders.create({});"),
        ("an unknown body key", 'client.wms.orders.create({ no_such_field: 1 });'),
        ("a misspelt method", "client.wms.orders.lst();"),
        ("a misspelt resource", "client.wms.order.list();"),
        ("a missing path param", "client.wms.orders.retrieve();"),
        ("a number as a path param", "client.wms.orders.retrieve(1);"),
        ("data assumed to have a field it lacks", '(await client.wms.orders.retrieve("o")).data.no_such_field;'),
        ("an unknown query key", "client.wms.orders.list({ statuss: \"open\" });"),
    ]


def good_program(plan: Plan) -> str:
    lines = [
        'import Trackstar, { NotImplementedForIntegrationError, webhooks } from "trackstar-sdk";',
        'import type { OrderCreatedEvent, OrderUpdatedEvent, WebhookEvent } from "trackstar-sdk";',
        'import type { Order } from "trackstar-sdk/types/wms/orders";',
        "",
        "export async function writes(client: Trackstar): Promise<void> {",
    ]
    for dotted in VARIANT_WRITES:
        lines += variant_calls(plan, dotted)
    lines += [
        "}",
        "",
        "export async function reads(client: Trackstar): Promise<string> {",
        '  const { data: order } = await client.wms.orders.retrieve("ord_1");',
        "  const id: string | undefined = order.id;",
        "  const page = await client.wms.orders.list({",
        '    ids: { in: ["ord_1", "ord_2"] },',
        '    status: { in: ["open", "backordered"] },',
        '    created_date: { gte: new Date("2025-01-01T00:00:00Z"), lte: "2025-01-31T00:00:00Z" },',
        '    order_number: { "eq-insensitive": "A1", "in-insensitive": ["a1", "a2"] },',
        "    limit: 10,",
        "  });",
        "  const first: Order | undefined = page.data[0];",
        "  const next: string | null | undefined = page.next_token;",
        "  if (page.hasNextPage()) await page.getNextPage();",
        '  client.wms.orders.list({ status: "open", updated_date: new Date() });',
        '  client.wms.orders.list({ ids: ["ord_1"] });',
        "  if (order.status !== undefined) client.wms.orders.list({ status: order.status });",
        "  for await (const item of client.wms.orders.list()) {",
        "    const itemId: string | undefined = item.id;",
        "    void itemId;",
        "  }",
        '  const raw: Response = await client.wms.orders.retrieve("ord_1").asResponse();',
        '  const { data, response } = await client.wms.orders.list().withResponse();',
        '  const other = client.withAccessToken("tok_other");',
        "  try {",
        "    await other.wms.returns.list();",
        "  } catch (error) {",
        "    if (error instanceof NotImplementedForIntegrationError) return error.message;",
        "  }",
        "  return String(id) + String(first?.id) + String(next) + raw.status + data.data.length + response.status;",
        "}",
        "",
        "export async function events(payload: string, headers: Record<string, string>): Promise<string> {",
        '  const event: WebhookEvent = await webhooks.unwrap(payload, headers, "whsec_x");',
        '  if (event.event_type === "order.created") {',
        "    const created: OrderCreatedEvent = event;",
        "    return String(created.connection_id);",
        "  }",
        '  if (event.event_type === "order.updated") {',
        "    const updated: OrderUpdatedEvent = event;",
        "    return String(updated.previous_attributes);",
        "  }",
        "  return event.event_type;",
        "}",
        "",
        "export async function mistakes(client: Trackstar): Promise<void> {",
    ]
    for name, statement in mistakes(plan):
        lines += [f"  // {name}", "  // @ts-expect-error", f"  {statement}"]
    lines += ["}", ""]
    return "\n".join(lines)


def test_program_and_mistakes_type_check(plan: Plan, tmp_path: Path) -> None:
    (tmp_path / "program.ts").write_text(good_program(plan), encoding="utf-8")
    result = tsc(tsconfig(tmp_path, ["program.ts"]))
    assert result.returncode == 0, (result.stdout + result.stderr)[-8000:]
    counts = {dotted: len(variant_models(plan, dotted)) for dotted in VARIANT_WRITES}
    sources = len(list((PACKAGE / "src").rglob("*.ts")))
    print(
        f"tsc --strict --noEmit: {sources} package files + program: 0 errors; variant bodies sent: "
        + ", ".join(f"{d} {n}" for d, n in counts.items())
        + f"; mistakes rejected: {len(mistakes(plan))}"
    )


def test_package_type_checks_with_the_dom_lib(tmp_path: Path) -> None:
    (tmp_path / "use.ts").write_text(
        'import { Trackstar } from "trackstar-sdk";\nexport const client = new Trackstar({ apiKey: "k" });\n',
        encoding="utf-8",
    )
    result = tsc(tsconfig(tmp_path, ["use.ts"], dom=True))
    assert result.returncode == 0, (result.stdout + result.stderr)[-8000:]
    print("tsc --strict --noEmit with lib DOM + @types/node 20: 0 errors")
