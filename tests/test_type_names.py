"""SDK type names come from operations, events and fields, not from upstream schema names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.core.errors import GeneratorError
from generator.core.plan import build_plan
from generator.core.spec.loader import load_spec
from generator.core.spec.model import Spec
from generator.core.type_names import noun, singular

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load_spec(REPO / "specs")


def _rename_everywhere(spec: Spec, renames: dict[str, str]) -> Spec:
    """The spec as upstream would publish it after renaming schemas (refs and operations too)."""
    text = json.dumps(spec.model_dump(mode="json"))
    for old, new in renames.items():
        text = text.replace(f'"#/models/{old}"', f'"#/models/{new}"').replace(f'"{old}"', f'"{new}"')
    data: dict[str, Any] = json.loads(text)
    return Spec.model_validate(data)


def test_names_read_like_the_api(spec: Spec) -> None:
    names = build_plan(spec).class_names
    assert names["OrderSchema"] == "Order"
    assert names["WmsOrdersSingleItemEndpoint"] == "OrderRetrieveResponse"
    assert names["CreateOrderSchema--Base_Schema--"] == "OrderCreateParams"
    assert names["CartOrderSchema"] == "CartOrder"
    assert names["WmsOrdersCreatedWebhookSchema"] == "OrderCreatedEvent"
    # Shared by the `meta` resource of kits, orders, products and returns: named for all of them.
    assert names["ConnectionMetaResponseSchema"] == "MetaRetrieveResponse"
    assert names["IntegrationMetaResponseSchema"] == "MetaRetrieveForIntegrationResponse"
    assert names["PassthroughResponse"] != "MetaPassthroughResponse"  # wms and cart share no last part
    body = spec.resources["wms.orders"].operations["create"].body
    assert body is not None and names[body.variants["shiphero"]] == "OrderCreateShipheroParams"


def test_an_upstream_rename_changes_no_sdk_name(spec: Spec) -> None:
    """Upstream renamed 141 schemas in one release; here every schema an operation reaches is
    renamed at once, and the SDK's names (and where they live) stay exactly the same."""
    before = build_plan(spec)
    generated = set(before.response_models) | set(before.param_models) | set(before.variant_models)
    renames = {name: f"Upstream{i}Schema" for i, name in enumerate(sorted(generated))}
    after = build_plan(_rename_everywhere(spec, renames))
    assert {renames[m]: before.class_names[m] for m in generated} == {m: after.class_names[m] for m in renames.values()}
    assert before.type_module_of == after.type_module_of


def test_overlay_renames_a_type_and_rejects_an_unknown_one(spec: Spec) -> None:
    renamed = spec.model_copy(update={"api": spec.api.model_copy(update={"type_names": {"OrderRetrieveResponse": "OrderEnvelope"}})})
    plan = build_plan(renamed)
    assert plan.class_names["WmsOrdersSingleItemEndpoint"] == "OrderEnvelope"
    assert plan.type_module_of["OrderEnvelope"] == "types.wms.orders"
    # Renaming a model renames the models named after it too.
    parent = spec.model_copy(update={"api": spec.api.model_copy(update={"type_names": {"Order": "WmsOrder"}})})
    names = build_plan(parent).class_names
    assert names["OrderSchema"] == "WmsOrder" and "WmsOrderLineItem" in names.values()
    assert "OrderLineItem" not in names.values()
    wrong = spec.model_copy(update={"api": spec.api.model_copy(update={"type_names": {"OrderRetreiveResponse": "X"}})})
    with pytest.raises(GeneratorError, match="did you mean 'OrderRetrieveResponse'"):
        build_plan(wrong)


@pytest.mark.parametrize(
    ("word", "one"),
    [("orders", "order"), ("activities", "activity"), ("addresses", "address"), ("inventory", "inventory"), ("status", "status")],
)
def test_singular(word: str, one: str) -> None:
    assert singular(word) == one


def test_nouns() -> None:
    # The default area comes from the spec (the overlay's `api.default_area`), not the code.
    assert noun("wms.orders", "wms") == "Order"
    assert noun("wms.orders") == "WmsOrder"
    assert noun("shop.widgets", "wms") == "ShopWidget"
    assert noun("wms.inbound_shipments.suppliers", "wms") == "InboundShipmentSupplier"
    assert noun("cart.orders.shipments", "wms") == "CartOrderShipment"
    assert noun("magic_links", "wms") == "MagicLink"


def test_the_webhook_envelope_keys_come_from_the_spec(spec: Spec) -> None:
    """`api.webhook_envelope` names the event-type and previous-attributes keys the plan and the
    Python target use (defaults: Trackstar's own); a spec naming them otherwise is followed."""
    from generator.targets.python.render import partial_fields as _partial_fields

    plan = build_plan(spec)
    assert plan.event_constants["WmsOrdersUpdatedWebhookSchema"] == {"event_type": "order.updated"}
    assert _partial_fields(plan)["WmsOrdersUpdatedWebhookSchema"] == frozenset({"previous_attributes"})
    envelope = spec.api.webhook_envelope.model_copy(update={"event_type": "kind", "previous": "before"})
    other = spec.model_copy(update={"api": spec.api.model_copy(update={"webhook_envelope": envelope})})
    renamed = build_plan(other)
    assert renamed.event_constants == {}  # no event model has a `kind` field
    assert _partial_fields(renamed) == {}  # nor a `before` field
