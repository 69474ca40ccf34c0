"""The API diff: synthetic cases for every rule, known changes between real published versions,
and every consecutive pair of the 67 versions without a crash."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.core.diff import LEVELS, RULES, Change, Side, counts, fails, load_side, semver
from generator.core.release_notes import collapse, diff_sides, render_notes, render_pairs, summarise_side_pairs

from generator.core.spec.model import Spec
from tests import raw_openapi_reader as raw_reader
from tests.conftest import OPENAPI_DIR, REPO, shared

render = render_notes

# --- synthetic specs -------------------------------------------------------------------------


def base() -> dict[str, Any]:
    order_page = {
        "type": "object",
        "properties": {"data": {"type": "array", "items": {"$ref": "#/models/Order"}}, "next_token": {"type": "string"}},
    }
    return {
        "api": {
            "name": "trackstar",
            "package": "trackstar",
            "sdk_version": "0.1.0",
            "base_url": "https://example.invalid",
            "auth": {
                "api_key": {"header": "x-trackstar-api-key", "env": "TRACKSTAR_API_KEY"},
                "access_token": {"header": "x-trackstar-access-token", "env": "TRACKSTAR_ACCESS_TOKEN"},
            },
            "default_auth": ["api_key"],
            "pagination": {"limit": "limit", "token_in": "page_token", "token_out": "next_token", "items": "data"},
            "rate_limits": {"read_per_second": 10, "write_per_second": 50},
        },
        "resources": {
            "wms.orders": {
                "operations": {
                    "list": {
                        "http": "GET /wms/orders",
                        "paginated": True,
                        "item": "Order",
                        "query": {"limit": {"type": "integer"}},
                        "filters": {"status": {"type": "enum", "enum": ["open", "shipped"], "ops": ["eq", "in"]}},
                        "response": "OrderPage",
                        "errors": [401],
                    },
                    "retrieve": {
                        "http": "GET /wms/orders/{order_id}",
                        "path_params": {"order_id": {"type": "string", "required": True}},
                        "response": "Order",
                    },
                    "create": {"http": "POST /wms/orders", "body": {"model": "CreateOrder"}, "response": "Order"},
                    "delete": {
                        "http": "DELETE /wms/orders/{order_id}",
                        "path_params": {"order_id": {"type": "string", "required": True}},
                    },
                    "line": {
                        "http": "GET /wms/orders/{order_id}/lines/{line_id}",
                        "path_params": {
                            "order_id": {"type": "string", "required": True},
                            "line_id": {"type": "string", "required": True},
                        },
                    },
                }
            },
            "connection": {"operations": {"delete": {"http": "DELETE /connection"}}},
        },
        "models": {
            "Order": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"type": "string", "enum": ["open", "shipped"]},
                    "total": {"type": "integer"},
                    "address": {"$ref": "#/models/Address"},
                },
            },
            "Address": {"type": "object", "properties": {"line1": {"type": "string"}}},
            "OrderPage": order_page,
            "CreateOrder": {
                "type": "object",
                "required": ["order_number"],
                "properties": {
                    "order_number": {"type": "string"},
                    "status": {"type": "string", "enum": ["open", "allocated"]},
                    "note": {"type": "string"},
                    "quantity": {"type": "integer"},
                },
            },
            "CreateOrderShipHero": {"type": "object", "properties": {"shop": {"type": "string"}}},
            "CreateOrderShipBob": {"type": "object", "properties": {"channel": {"type": "string"}}},
            "Legacy": {"type": "object", "properties": {"x": {"type": "boolean"}}},
        },
        "webhooks": {"order.created": {"model": "Order"}, "order.deleted": {"model": "Order"}},
    }


def side(data: dict[str, Any], name: str) -> Side:
    return Side(name, Spec.model_validate(data))


def ops(data: dict[str, Any], resource: str = "wms.orders") -> dict[str, Any]:
    return data["resources"][resource]["operations"]  # type: ignore[no-any-return]


def rename_model(data: dict[str, Any], old: str, new: str) -> None:
    data["models"][new] = data["models"].pop(old)
    text = json.dumps(data).replace(f'"#/models/{old}"', f'"#/models/{new}"')
    data.clear()
    data.update(json.loads(text))


Edit = Callable[[dict[str, Any], dict[str, Any]], None]


def _set(path: str, value: Any, where: str = "new") -> Edit:
    """Set a dotted key in one side (`ops:` prefix for wms.orders operations)."""

    def edit(old: dict[str, Any], new: dict[str, Any]) -> None:
        target = new if where == "new" else old
        keys = path.split("/")
        node = ops(target) if keys[0] == "ops" else target
        for key in keys[1 if keys[0] == "ops" else 0:-1]:
            node = node.setdefault(key, {})
        if value is _DELETE:
            del node[keys[-1]]
        else:
            node[keys[-1]] = value

    return edit


_DELETE = object()


def _both(*edits: Edit) -> Edit:
    def edit(old: dict[str, Any], new: dict[str, Any]) -> None:
        for e in edits:
            e(old, new)

    return edit


def _move_connection(old: dict[str, Any], new: dict[str, Any]) -> None:
    del new["resources"]["connection"]
    new["resources"]["connections"] = {"operations": {"delete": {"http": "DELETE /connections"}}}


def _rename_path_param(old: dict[str, Any], new: dict[str, Any]) -> None:
    op = ops(new)["retrieve"]
    op["http"] = "GET /wms/orders/{id}"
    op["path_params"] = {"id": {"type": "string", "required": True}}


def _swap_path_params(old: dict[str, Any], new: dict[str, Any]) -> None:
    ops(new)["line"]["http"] = "GET /wms/orders/{line_id}/lines/{order_id}"


def _rename_schema(old: dict[str, Any], new: dict[str, Any]) -> None:
    rename_model(new, "Address", "PostalAddress")


def _replace_schema(old: dict[str, Any], new: dict[str, Any]) -> None:
    rename_model(new, "Address", "ShipTo")
    new["models"]["ShipTo"]["properties"]["line2"] = {"type": "string"}


def _variants(old: dict[str, Any], new: dict[str, Any]) -> None:
    ops(old)["create"]["body"]["variants"] = {"shiphero": "CreateOrderShipHero"}
    ops(new)["create"]["body"]["variants"] = {"shipbob": "CreateOrderShipBob"}


def _rename_op(old: dict[str, Any], new: dict[str, Any]) -> None:
    ops(new)["get"] = ops(new).pop("retrieve")


# (case id, edit, expected rule ids, rule ids that must not appear)
CASES: list[tuple[str, Edit, set[str], set[str]]] = [
    ("no-change", lambda o, n: None, set(), set(RULES)),
    ("operation-removed", _set("ops/retrieve", _DELETE), {"operation-removed"}, set()),
    ("operation-added", _set("ops/retrieve", _DELETE, where="old"), {"operation-added"}, set()),
    ("path-renamed", _move_connection, {"path-renamed", "sdk-method-renamed"}, {"operation-removed", "operation-added"}),
    ("path-param-renamed", _rename_path_param, {"path-param-renamed"}, {"operation-removed", "sdk-positional-args-changed"}),
    ("positional-order", _swap_path_params, {"sdk-positional-args-changed", "path-param-renamed"}, {"operation-removed"}),
    ("sdk-method-renamed", _rename_op, {"sdk-method-renamed"}, {"path-renamed", "operation-removed"}),
    # Old: query `note` and body field `note` (keyword `note_2`); the query param goes, so the
    # body field's keyword becomes `note` and `note_2` breaks.
    ("sdk-argument-removed", _set("ops/create/query", {"note": {"type": "string"}}, where="old"), {"sdk-argument-removed", "query-param-removed"}, set()),
    ("query-param-removed", _set("ops/list/query", {}), {"query-param-removed"}, set()),
    ("query-param-added", _set("ops/list/query/expand", {"type": "boolean"}), {"query-param-added"}, {"required-query-param-added"}),
    ("required-query-param-added", _set("ops/list/query/expand", {"type": "boolean", "required": True}), {"required-query-param-added"}, set()),
    ("param-became-required", _set("ops/list/query/limit", {"type": "integer", "required": True}), {"param-became-required"}, set()),
    ("param-became-optional", _set("ops/list/query/limit", {"type": "integer", "required": True}, where="old"), {"param-became-optional"}, set()),
    ("param-type-changed", _set("ops/list/query/limit", {"type": "string"}), {"param-type-changed"}, set()),
    ("param-became-array", _set("ops/list/query/limit", {"type": "integer", "array": True}), {"param-type-changed"}, set()),
    ("filter-removed", _set("ops/list/filters", {}), {"filter-removed"}, set()),
    ("filter-added", _set("ops/list/filters/sku", {"type": "string", "ops": ["eq"]}), {"filter-added"}, set()),
    ("filter-operator-removed", _set("ops/list/filters/status/ops", ["eq"]), {"filter-operator-removed"}, set()),
    ("filter-operator-added", _set("ops/list/filters/status/ops", ["eq", "in", "nin"]), {"filter-operator-added"}, set()),
    ("filter-enum-value-removed", _set("ops/list/filters/status/enum", ["open"]), {"request-enum-value-removed"}, set()),
    ("filter-enum-value-added", _set("ops/list/filters/status/enum", ["open", "shipped", "x"]), {"request-enum-value-added"}, set()),
    ("body-enum-value-removed", _set("models/CreateOrder/properties/status/enum", ["open"]), {"request-enum-value-removed"}, set()),
    ("request-body-added", _set("ops/delete/body", {"model": "CreateOrder"}), {"request-body-added"}, set()),
    ("request-body-removed", _set("ops/create/body", _DELETE), {"request-body-removed"}, {"sdk-argument-removed"}),
    ("request-body-became-required", _set("ops/create/body/required", False, where="old"), {"request-body-became-required"}, set()),
    ("request-content-type-changed", _set("ops/create/body/content_type", "multipart/form-data"), {"request-content-type-changed"}, set()),
    ("request-body-variants-introduced", _set("ops/create/body/variants", {"shiphero": "CreateOrderShipHero"}), {"request-body-variants-introduced"}, set()),
    ("request-body-variants-changed", _variants, {"request-body-variant-removed", "request-body-variant-added"}, set()),
    ("request-field-removed", _set("models/CreateOrder/properties/note", _DELETE), {"request-field-removed"}, {"sdk-argument-removed"}),
    ("request-field-added", _set("models/CreateOrder/properties/gift", {"type": "boolean"}), {"request-field-added"}, set()),
    (
        "request-required-field-added",
        _both(_set("models/CreateOrder/properties/gift", {"type": "boolean"}), _set("models/CreateOrder/required", ["order_number", "gift"])),
        {"request-required-field-added"},
        set(),
    ),
    ("request-field-became-required", _set("models/CreateOrder/required", ["order_number", "note"]), {"request-field-became-required"}, set()),
    ("request-field-type-changed", _set("models/CreateOrder/properties/order_number", {"type": "integer"}), {"request-field-type-changed"}, set()),
    ("request-field-type-widened", _set("models/CreateOrder/properties/quantity", {"type": "number"}), {"request-field-type-widened"}, {"request-field-type-changed"}),
    ("response-field-removed", _set("models/Order/properties/total", _DELETE), {"response-field-removed"}, set()),
    ("response-field-added", _set("models/Order/properties/currency", {"type": "string"}), {"response-field-added"}, set()),
    ("response-field-type-changed", _set("models/Order/properties/total", {"type": "number"}), {"response-field-type-changed"}, set()),
    ("response-field-became-optional", _set("models/Order/required", []), {"response-field-became-optional"}, set()),
    ("response-field-became-nullable", _set("models/Order/properties/total", {"type": "integer", "nullable": True}), {"response-field-became-nullable"}, set()),
    ("response-enum-value-added", _set("models/Order/properties/status/enum", ["open", "shipped", "cancelled"]), {"response-enum-value-added"}, set()),
    ("response-enum-value-removed", _set("models/Order/properties/status/enum", ["open"]), {"response-enum-value-removed"}, set()),
    ("auth-added", _set("ops/retrieve/auth", ["api_key", "access_token"]), {"auth-added"}, set()),
    ("auth-removed", _set("ops/retrieve/auth", []), {"auth-removed"}, set()),
    ("pagination-changed", _both(_set("ops/list/paginated", False), _set("ops/list/item", _DELETE)), {"pagination-changed"}, set()),
    ("response-removed", _set("ops/retrieve/response", _DELETE), {"response-removed"}, set()),
    ("response-added", _set("ops/delete/response", "Order"), {"response-added"}, set()),
    ("error-status-added", _set("ops/list/errors", [401, 429]), {"error-status-added"}, set()),
    ("error-status-removed", _set("ops/list/errors", []), {"error-status-removed"}, set()),
    (
        "schema-renamed",
        _rename_schema,
        {"schema-renamed"},
        {"schema-removed", "schema-added", "schema-replaced", "response-field-removed", "response-field-added"},
    ),
    ("schema-replaced", _replace_schema, {"schema-replaced", "response-field-added"}, {"schema-removed", "schema-renamed"}),
    # Legacy is referenced by no operation: the SDK has no class for it.
    ("internal-schema-removed", _set("models/Legacy", _DELETE), {"internal-schema-removed"}, {"schema-removed"}),
    (
        "schema-removed",
        _both(_set("models/Address", _DELETE), _set("models/Order/properties/address", _DELETE)),
        {"schema-removed", "response-field-removed"},
        {"internal-schema-removed"},
    ),
    ("schema-added", _set("models/Legacy", _DELETE, where="old"), {"schema-added"}, set()),
    # The overlay's `api.type_names` renames a class: the schema is the same, the import is not.
    ("sdk-class-renamed", _set("api/type_names", {"WmsOrderAddress": "ShippingAddress"}), {"sdk-class-renamed"}, {"schema-renamed"}),
    ("webhook-removed", _set("webhooks/order.deleted", _DELETE), {"webhook-removed"}, set()),
    ("webhook-added", _set("webhooks/order.deleted", _DELETE, where="old"), {"webhook-added"}, set()),
]


def run_case(edit: Edit) -> list[Change]:
    old, new = base(), base()
    edit(old, new)
    return diff_sides(side(old, "old"), side(new, "new"))


@pytest.mark.parametrize("case,edit,expected,forbidden", CASES, ids=[c[0] for c in CASES])
def test_rule(case: str, edit: Edit, expected: set[str], forbidden: set[str]) -> None:
    changes = run_case(edit)
    fired = {c.id for c in changes}
    assert expected <= fired, (case, [(c.id, c.location, c.message) for c in changes])
    assert not (forbidden & fired), (case, [(c.id, c.location, c.message) for c in changes])
    for change in changes:
        assert change.level == LEVEL_POLICY[change.id], change


# The level of every rule, written out so that changing one is a deliberate edit here. A change
# is breaking when an existing caller's code or a correct request can stop working (oasdiff's
# reading), judged on the HTTP contract and on the generated SDK surface.
LEVEL_POLICY = {
    "operation-removed": "breaking",
    "operation-added": "info",
    "path-renamed": "breaking",
    "path-param-renamed": "warning",  # positional callers keep working; keyword callers do not
    "auth-added": "breaking",
    "auth-removed": "info",
    "pagination-changed": "breaking",
    "response-removed": "breaking",
    "response-added": "info",
    "error-status-added": "info",
    "error-status-removed": "info",
    "sdk-method-renamed": "breaking",
    "sdk-positional-args-changed": "breaking",
    "sdk-argument-removed": "breaking",
    "query-param-removed": "breaking",  # the keyword argument disappears (oasdiff: warning, HTTP only)
    "query-param-added": "info",
    "required-query-param-added": "breaking",
    "param-became-required": "breaking",
    "param-became-optional": "info",
    "param-type-changed": "breaking",
    "filter-removed": "breaking",
    "filter-added": "info",
    "filter-operator-removed": "breaking",
    "filter-operator-added": "info",
    "filter-value-shape-changed": "warning",
    "request-body-added": "warning",
    "request-body-removed": "breaking",
    "request-body-became-required": "breaking",
    "request-content-type-changed": "breaking",
    "request-body-variants-introduced": "warning",
    "request-body-variant-removed": "breaking",
    "request-body-variant-added": "info",
    "request-field-removed": "breaking",
    "request-field-added": "info",
    "request-required-field-added": "breaking",
    "request-field-became-required": "breaking",
    "request-field-type-changed": "breaking",
    "request-field-type-widened": "info",
    "request-enum-value-removed": "breaking",
    "request-enum-value-added": "info",
    "response-field-removed": "breaking",
    "response-field-added": "info",
    "response-field-type-changed": "breaking",
    "response-field-became-optional": "breaking",  # code reading the field meets None
    "response-field-became-nullable": "breaking",
    "response-enum-value-added": "warning",  # a match over the values may miss the new one
    "response-enum-value-removed": "info",
    "schema-renamed": "info",
    "schema-replaced": "info",
    "schema-removed": "warning",  # its class leaves the SDK
    "internal-schema-removed": "info",
    "schema-added": "info",
    "sdk-class-renamed": "warning",  # like schema-removed: importing the old class name fails
    "webhook-removed": "breaking",
    "webhook-added": "info",
}


def test_level_policy_covers_every_rule() -> None:
    assert {rule.id: rule.level for rule in RULES.values()} == LEVEL_POLICY


def test_every_rule_has_a_case_and_a_valid_level() -> None:
    fired: set[str] = set()
    for _, edit, _, _ in CASES:
        fired |= {c.id for c in run_case(edit)}
    shape = {"filter-value-shape-changed"}  # needs document shapes: tested below
    assert set(RULES) - fired == shape
    for rule in RULES.values():
        assert rule.level in LEVELS and rule.description


def test_filter_value_shape_from_documents() -> None:
    old, new = side(base(), "old"), side(base(), "new")
    old.filter_shapes = {("GET /wms/orders", "status", "in"): "scalar"}
    new.filter_shapes = {("GET /wms/orders", "status", "in"): "array"}
    changes = diff_sides(old, new)
    assert [(c.id, c.location) for c in changes] == [("filter-value-shape-changed", "filters.status[in]")]


def test_semver_and_fail_on() -> None:
    removed = run_case(_set("ops/retrieve", _DELETE))
    added = run_case(_set("models/Order/properties/currency", {"type": "string"}))
    assert semver(removed) == "major" and semver(added) == "minor" and semver([]) == "patch"
    assert fails(removed, "breaking") and not fails(added, "breaking") and not fails(added, "warning")
    new_value = run_case(_set("models/Order/properties/status/enum", ["open", "shipped", "cancelled"]))
    assert fails(new_value, "warning") and not fails(new_value, "breaking")


def test_render_formats() -> None:
    changes = run_case(_move_connection)
    data = json.loads(render(changes, "json"))
    assert data["semver"] == "major"
    assert {tuple(sorted(c)) for c in data["changes"]} == {
        ("id", "level", "location", "message", "operation", "sdk_item", "sdk_item_kind", "sdk_method", "sdk_note", "sdk_subject")
    }
    renamed = [c for c in data["changes"] if c["id"] == "sdk-method-renamed"]
    assert renamed[0]["sdk_note"] == "client.connection.delete(): renamed to client.connections.delete()"
    markdown = render(changes, "markdown", "a", "b")
    assert markdown.startswith("## SDK changes: a → b")
    assert "- client.connection.delete(): renamed to client.connections.delete()" in markdown
    assert "  client.connection.delete(): renamed to client.connections.delete()" in render(changes, "text")


# --- release notes in SDK terms ----------------------------------------------------------------


def _notes(edit: Edit) -> tuple[list[Change], Side, Side]:
    old, new = base(), base()
    edit(old, new)
    before, after = side(old, "old"), side(new, "new")
    return diff_sides(before, after), before, after


def test_sdk_names_for_arguments_and_model_fields() -> None:
    changes, old, new = _notes(
        _both(
            _set("models/CreateOrder/required", ["order_number", "note"]),
            _set("models/Order/properties/status/enum", ["open"]),
            _set("models/CreateOrder/properties/status/enum", ["open"]),
            _set("ops/list/filters/status/ops", ["eq"]),
        )
    )
    order = new.plan.class_names["Order"]
    notes = {c.id: c.sdk_note for c in changes}
    assert notes == {
        "request-field-became-required": "client.wms.orders.create(): argument 'note' is now required",
        "response-enum-value-removed": f"{order}.status: value 'shipped' no longer returned",
        "request-enum-value-removed": "client.wms.orders.create(): argument 'status': value 'allocated' no longer accepted",
        "filter-operator-removed": "client.wms.orders.list(): filter argument 'status': operator 'in' removed",
    }
    methods = {c.id: c.sdk_method for c in changes}
    assert methods["request-field-became-required"] == methods["request-enum-value-removed"] == "client.wms.orders.create()"
    assert methods["filter-operator-removed"] == "client.wms.orders.list()"


def test_sdk_names_come_from_the_plan() -> None:
    """Class and argument names are read from each side's plan, never recomputed: a plan that
    names things differently is what the notes say."""
    old, new = base(), base()
    _set("models/Order/properties/total", _DELETE)(old, new)
    ops(old)["create"]["query"] = {"from": {"type": "string"}}
    before, after = side(old, "old"), side(new, "new")
    after.plan.class_names["Order"] = "PlannedOrder"
    (create,) = [p for p in before.plan.operations if p.dotted == "wms.orders.create"]
    create.query[0].py_name = "planned_from"
    changes = diff_sides(before, after)
    notes = {c.sdk_note for c in changes if c.level == "breaking"}
    assert "PlannedOrder: field 'total' was removed" in notes
    assert "client.wms.orders.create(): argument 'planned_from' was removed" in notes


def test_upstream_schema_names_only_without_an_sdk_class() -> None:
    changes, _, new = _notes(_set("models/Legacy", _DELETE))
    assert [c.sdk_note for c in changes] == ["schema 'Legacy' (no SDK class): removed"]
    changes, _, new = _notes(_both(_set("models/Address", _DELETE), _set("models/Order/properties/address", _DELETE)))
    removed = [c for c in changes if c.id == "schema-removed"]
    assert [c.sdk_note for c in removed] == [f"class {side(base(), 'x').plan.class_names['Address']}: class removed"]
    # A renamed schema is news only when the plan renamed its class.
    changes, old, new = _notes(_rename_schema)
    before, after = old.plan.class_names["Address"], new.plan.class_names["PostalAddress"]
    (renamed,) = [c.sdk_note for c in changes if c.id == "schema-renamed"]
    if before == after:
        assert renamed == f"class {before}: unchanged in the SDK (upstream schema renamed)"
    else:
        assert renamed == f"class {before}: renamed to class {after}"


def _many_variants(count: int) -> Edit:
    keys = [f"integration{i:02d}" for i in range(count)]

    def edit(old: dict[str, Any], new: dict[str, Any]) -> None:
        for key in keys:
            old["models"][f"CreateOrder{key}"] = {"type": "object", "properties": {key: {"type": "string"}}}
        ops(old)["create"]["body"]["variants"] = {key: f"CreateOrder{key}" for key in keys}

    return edit


def test_per_variant_changes_collapse_into_one_line() -> None:
    changes, _, _ = _notes(_many_variants(18))
    removed = [c for c in changes if c.id == "request-body-variant-removed"]
    assert len(removed) == 18
    lines = [n.line for n in collapse(changes) if n.rule == "request-body-variant-removed"]
    assert lines == [
        "client.wms.orders.create(): 18 integration variants removed: " + ", ".join(f"'integration{i:02d}'" for i in range(18))
    ]
    capped = [n.line for n in collapse(removed, limit=3)]
    assert capped == ["client.wms.orders.create(): 18 integration variants removed: 'integration00', 'integration01', 'integration02', … and 15 more"]
    # The same text on several subjects is one line too.
    changes, _, _ = _notes(_both(_set("ops/list/filters/status/enum", ["open"]), _set("models/CreateOrder/properties/status/enum", ["open", "allocated", "shipped"])))
    assert len([c for c in changes if c.level != "info"]) == 1


def test_additions_are_summarised_unless_all() -> None:
    def additions(old: dict[str, Any], new: dict[str, Any]) -> None:
        for name in ("currency", "channel", "weight"):
            new["models"]["Order"]["properties"][name] = {"type": "string"}
        _set("ops/retrieve", _DELETE, where="old")(old, new)

    changes, _, _ = _notes(additions)
    assert counts(changes) == {"breaking": 0, "warning": 0, "info": 4}
    short = render_notes(changes, "text")
    assert "new response fields: 3 (" in short and "new methods: 1 (client.wms.orders.retrieve())" in short
    assert "listed one by one with --all" in short and "'currency'" not in short
    full = render_notes(changes, "text", full=True)
    order = side(base(), "x").plan.class_names["Order"]
    assert f"  {order}: 3 fields added: 'channel', 'currency', 'weight'" in full
    assert "  client.wms.orders.retrieve(): new method (GET /wms/orders/{order_id})" in full
    assert "--all" not in full


def test_min_level_filters_every_format() -> None:
    changes, _, _ = _notes(
        _both(_set("ops/retrieve", _DELETE), _set("models/Order/properties/status/enum", ["open", "shipped", "x"]), _set("ops/list/errors", [401, 429]))
    )
    assert counts(changes) == {"breaking": 1, "warning": 1, "info": 1}
    text = render_notes(changes, "text", min_level="warning")
    assert "Breaking changes (1)" in text and "Changes that may affect you (1)" in text and "Additions" not in text
    only = json.loads(render_notes(changes, "json", min_level="breaking"))
    assert [c["id"] for c in only["changes"]] == ["operation-removed"]
    assert only["counts"] == {"breaking": 1, "warning": 1, "info": 1}  # the headline still counts all
    everything = json.loads(render_notes(changes, "json"))
    assert len(everything["changes"]) == 3


# --- real published versions -----------------------------------------------------------------


@pytest.fixture(scope="module")
def sides() -> dict[str, Side]:
    """Every published document imported once (no overlay) and validated into a Spec."""
    docs = sorted(shared(OPENAPI_DIR).glob("*.json"))
    assert len(docs) == 67
    return {doc.stem: load_side(doc) for doc in docs}


def _diff(sides: dict[str, Side], old: str, new: str) -> list[Change]:
    def find(prefix: str) -> Side:
        (name,) = [n for n in sides if n.startswith(prefix)]
        return sides[name]

    return diff_sides(find(old), find(new))


def test_every_consecutive_pair(sides: dict[str, Side]) -> None:
    names = list(sides)
    total: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for a, b in zip(names, names[1:], strict=False):
        changes = diff_sides(sides[a], sides[b])
        total.update(counts(changes))
        by_rule.update(c.id for c in changes)
        assert all(c.level == LEVEL_POLICY[c.id] and c.sdk_note for c in changes)
        assert json.loads(render(changes, "json"))["semver"] in ("major", "minor", "patch")
    print(f"\n{len(names) - 1} pairs: " + ", ".join(f"{level} {total[level]}" for level in LEVELS))
    print(", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()))
    assert total["breaking"] > 0 and total["info"] > 0
    assert diff_sides(sides[names[-1]], sides[names[-1]]) == []


# Exact counts per rule id on real pairs, checked by hand against the documents (see each note).
PINNED_PAIRS: dict[tuple[str, str], dict[str, int]] = {
    # Response schemas lost their `required` lists (66 of 113 schemas had one, 4 after).
    ("2023-09-27_22e7822", "2023-09-27_3b0de9f"): {
        "response-field-became-optional": 343, "schema-added": 8, "schema-removed": 8, "schema-replaced": 60,
    },
    # DELETE /connection -> /connections; MetaResponseUpdate's fields became $schema/definitions/$ref.
    ("2023-10-03", "2023-10-25"): {
        "operation-added": 2, "path-renamed": 1, "response-field-added": 14, "response-field-removed": 9,
        "schema-added": 4, "schema-removed": 2, "schema-replaced": 62, "sdk-method-renamed": 1,
        # MetaResponseUpdate's class was named after GET /wms/orders/meta; now after the inbound one.
        "sdk-class-renamed": 1,
    },
    ("2024-01-18", "2024-01-22"): {"response-field-added": 3, "response-field-type-changed": 4},
    # warehouse_customer_id filters left GET /ff/shipments and /wms/warehouse-customers; in/nin became arrays.
    ("2024-02-21", "2024-02-26"): {"filter-removed": 2, "filter-value-shape-changed": 82},
    # Two classes keep their schema but are named after another operation that now comes first.
    ("2024-03-21", "2024-04-02_a676c55"): {"schema-renamed": 141, "sdk-class-renamed": 2},
    # Write bodies became per-integration oneOf with a base schema that requires more fields.
    ("2025-03-13", "2025-10-03"): {
        "filter-added": 3, "filter-operator-added": 23, "operation-added": 9, "operation-removed": 1,
        "request-body-variants-introduced": 21, "request-enum-value-added": 1, "request-field-added": 6,
        "request-field-became-required": 31, "request-field-removed": 2, "request-required-field-added": 2,
        "response-enum-value-added": 5, "response-field-added": 114, "response-field-became-nullable": 2,
        "response-field-became-optional": 3, "response-field-removed": 4, "schema-added": 1214,
        # 8 bodies only gained `additionalProperties: true` (the default) on becoming the base schema.
        "schema-renamed": 8, "schema-replaced": 14, "webhook-added": 4, "sdk-class-renamed": 1,
    },
    # bdi, darwynn-fulfillment and shipnetwork joined the six trackstar-tags bodies (104 -> 107 oneOf
    # entries); inside the Nimble, VeraCore and ShipMonk bodies: reference_id added as required,
    # postal_code and return_reason made required, order_number and is_bag (x2) removed,
    # loop_status and return_platform_name narrowed to enums, 9 optional keys added.
    ("2025-10-03", "2025-10-13"): {
        "request-body-variant-added": 18, "schema-added": 18, "request-field-added": 9,
        "request-field-became-required": 2, "request-field-removed": 3, "request-field-type-changed": 2,
        "request-required-field-added": 1,
    },
}


@pytest.mark.parametrize("pair", list(PINNED_PAIRS), ids=[f"{a}..{b}" for a, b in PINNED_PAIRS])
def test_rule_counts_on_real_pairs(sides: dict[str, Side], pair: tuple[str, str]) -> None:
    changes = _diff(sides, *pair)
    assert dict(sorted(Counter(c.id for c in changes).items())) == PINNED_PAIRS[pair]


# Consecutive pairs (by the new version) with at least one breaking change, as the independent
# reader of the raw documents (tests/raw_openapi_reader.py) finds them; every other pair of the
# 67 versions has none. The diff must reach the same verdict on every pair.
BREAKING_PAIRS = {
    "2023-09-25_600c958", "2023-09-27_22e7822", "2023-09-27_3b0de9f", "2023-09-27_9d03121", "2023-10-02_836241f",
    "2023-10-03_6219455", "2023-10-25_31bc84d", "2023-11-28_d581abb", "2023-12-18_3613c89", "2024-01-09_a97ed84",
    "2024-01-22_29bd0d8", "2024-02-13_93b5c91", "2024-02-20_04dc8f7", "2024-02-26_754ee2d", "2024-03-12_36ffa98",
    "2024-04-05_c8f35cd", "2024-04-10_04d66a7", "2024-04-10_d761dea", "2024-04-11_21b0d97", "2024-05-01_8f32cfe",
    "2024-06-13_bb22bd1", "2024-06-21_bfcc1d3", "2024-07-01_2704e24", "2024-07-02_414385b", "2025-03-13_7d59844",
    "2025-10-03_9603f00",
    # IntegrationSpecificFields lost its field named `additionalProperties` (checked by hand).
    "2024-07-02_172cf2c",
    # Nimble's order body requires reference_id, its return body return_reason, ... (see below).
    "2025-10-13_12ae462",
}


@pytest.fixture(scope="module")
def raw_documents() -> dict[str, Any]:
    return {doc.stem: json.loads(doc.read_text(encoding="utf-8")) for doc in sorted(shared(OPENAPI_DIR).glob("*.json"))}


def test_which_consecutive_pairs_are_breaking(sides: dict[str, Side], raw_documents: dict[str, Any]) -> None:
    names = list(raw_documents)
    independent = {b for a, b in zip(names, names[1:], strict=False) if raw_reader.breaking_reasons(raw_documents[a], raw_documents[b])}
    assert independent == BREAKING_PAIRS
    rows = summarise_side_pairs(list(sides.values()))
    assert len(rows) == 66
    verdicts = {r.new: r.breaking for r in rows}
    disagree = {name: verdict for name, verdict in verdicts.items() if verdict != (name in independent)}
    assert disagree == {}
    table = render_pairs(rows)
    assert table.endswith(f"{len(BREAKING_PAIRS)} of 66 pairs breaking\n")
    assert "2024-03-21_3891ba8  2024-04-02_a676c55  no" in table  # 141 renames, no call breaks
    assert json.loads(render_pairs(rows, "json"))["pairs"][0]["old"] == "2023-09-25_4ed8a99"


def test_latest_release_is_breaking_inside_integration_bodies(sides: dict[str, Side], raw_documents: dict[str, Any]) -> None:
    reasons = raw_reader.breaking_reasons(raw_documents["2025-10-03_9603f00"], raw_documents["2025-10-13_12ae462"])
    assert sorted(reasons) == [
        "POST /wms/orders body[nimble].reference_id: new required key",
        "POST /wms/orders body[nimble].ship_to_address.postal_code: now required",
        "POST /wms/orders body[veracore].order_number: removed",
        "POST /wms/products body[nimble].is_bag: removed",
        "POST /wms/returns body[nimble].loop_status: request values narrowed",
        "POST /wms/returns body[nimble].return_platform_name: request values narrowed",
        "POST /wms/returns body[nimble].return_reason: now required",
        "PUT /wms/products/{} body[nimble].is_bag: removed",
    ]
    changes = _diff(sides, "2025-10-03", "2025-10-13")
    assert semver(changes) == "major"
    text = render_notes(changes, "text", version="0.1.0")
    assert "; from 0.1.0 a minor release (below 1.0 a major-level change bumps the minor version)" in text
    for line in (
        "OrderCreateNimbleParams.reference_id: new required key; client.wms.orders.create(body=…)",
        "OrderCreateNimbleParamsShipToAddress.postal_code: key now required; client.wms.orders.create(body=…)",
        "OrderCreateVeracoreParams.order_number: key removed; client.wms.orders.create(body=…)",
        "ProductCreateNimbleParams.is_bag: key removed; client.wms.products.create(body=…)",
        "ProductUpdateNimbleParams.is_bag: key removed; client.wms.products.update(body=…)",
        "ReturnCreateNimbleParams.return_reason: key now required; client.wms.returns.create(body=…)",
        "ReturnCreateNimbleParams.loop_status: any string -> one of ['OPEN', 'CLOSED', 'CANCELLED', 'EXPIRED', 'REVIEW']; client.wms.returns.create(body=…)",
    ):
        assert f"\n  {line}\n" in text, line
    # New variant classes are named as classes, with their integration and call.
    full = render_notes(changes, "text", full=True)
    assert (
        "client.wms.orders.trackstar_tags(body=…): 3 integration classes added: 'OrderTrackstarTagsBdiParams', "
        "'OrderTrackstarTagsDarwynnFulfillmentParams', 'OrderTrackstarTagsShipnetworkParams'"
    ) in full
    (optional,) = [line for line in full.splitlines() if "OrderCreateShipmonkParams.type" in line]
    assert optional.endswith(": new optional key; client.wms.orders.create(body=…)")


def deep_object(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with every `f[op]` family written as one `style: deepObject` parameter whose
    operator schemas are shared component schemas reached by `$ref` (the plain `f=v` goes)."""
    doc = json.loads(json.dumps(doc))
    shared_schemas = doc["components"]["schemas"]
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "parameters" not in op:
                continue
            params: list[dict[str, Any]] = []
            families: dict[str, dict[str, Any]] = {}
            for param in op["parameters"]:
                field, _, rest = param.get("name", "").partition("[")
                if param.get("in") != "query" or not rest.endswith("]"):
                    params.append(param)
                    continue
                key = f"FilterValue{len(shared_schemas)}"
                shared_schemas[key] = param["schema"]
                if field not in families:
                    families[field] = {"name": field, "in": "query", "style": "deepObject", "explode": True, "schema": {"type": "object", "properties": {}}}
                    params.append(families[field])
                families[field]["schema"]["properties"][rest[:-1]] = {"$ref": f"#/components/schemas/{key}"}
            op["parameters"] = [p for p in params if not (p.get("name") in families and "style" not in p)]
    return doc


def test_deep_object_filters_read_like_bracket_filters(tmp_path: Path, raw_documents: dict[str, Any], sides: dict[str, Side]) -> None:
    """2025-10-03 with every filter written as deepObject: the same filter types (the shared
    `$ref` value schemas are followed: a date-time stays a date-time), and the diff reports only
    that the plain `f=v` form went."""
    rewritten = tmp_path / "2025-10-07_deep.json"
    rewritten.write_text(json.dumps(deep_object(raw_documents["2025-10-03_9603f00"])), encoding="utf-8")
    deep, bracket = load_side(rewritten), sides["2025-10-03_9603f00"]
    for res, name, op in bracket.spec.operations():
        other = deep.spec.resources[res].operations[name]
        for field, flt in op.filters.items():
            assert (other.filters[field].type, other.filters[field].enum, other.filters[field].ops) == (flt.type, flt.enum, flt.ops), (op.http, field)
    expected = bracket.spec.resources["wms.inbound_shipments"].operations["list"].filters["expected_arrival_date"]
    assert expected.type == "datetime" and expected.plain
    changes = diff_sides(bracket, deep)
    assert {c.id for c in changes} <= {"filter-operator-removed", "schema-added"}
    assert all("'(plain)'" in (c.sdk_note or "") for c in changes if c.id == "filter-operator-removed")


def test_release_note_fits_and_lists_every_breaking_change(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2025-03-13", "2025-10-03")
    markdown = render(changes, "markdown", "2025-03-13", "2025-10-03")
    lines = markdown.splitlines()
    assert len(lines) < 300, len(lines)
    breaking = [c for c in changes if c.level == "breaking"]
    assert len(breaking) == 45
    section = markdown.split("### Breaking changes (45)")[1].split("###")[0]
    for c in breaking:
        # Each is on a line that names its SDK subject and, for arguments and fields, the name.
        assert c.sdk_subject and c.sdk_subject in section, c
        assert c.sdk_item is None or f"'{c.sdk_item}'" in section, c
        assert "Base_Schema" not in section  # upstream schema names stay out where the SDK has names
    assert "- client.wms.orders.create(): 13 arguments now required: 'channel', 'channel_object'," in markdown
    assert "- client.sandbox.generate_sandbox.create(): method removed (POST /sandbox/generate-sandbox)" in markdown
    # The json keeps everything, each with its SDK names.
    data = json.loads(render(changes, "json"))
    assert len(data["changes"]) == len(changes) == 1468
    assert all(c["sdk_note"] and c["sdk_subject"] for c in data["changes"])
    full = render(changes, "markdown", full=True)
    assert len(full.splitlines()) > len(lines)
    # 910 distinct discriminator targets in 2025-10-03, less 4 schemas 2025-03-13 already had
    # (SupplierName, ChannelName, SupplierId, ChannelId), counted from the raw documents.
    added = [re.search(r"\(body=…\): (?:(\d+) integration classes added|integration class '\w+' was added)", line) for line in full.splitlines()]
    assert sum(int(m[1] or 1) for m in added if m) == 906
    create = next(line for line in full.splitlines() if line.startswith("- client.wms.orders.create(body=…): "))
    shown, more = re.fullmatch(r"- \S+: 53 integration classes added: (.*), … and (\d+) more", create).groups()  # type: ignore[union-attr]
    assert "'OrderCreateFbaParams'" in shown and len(shown.split(", ")) + int(more) == 53 and len(create) <= 400


@pytest.mark.parametrize(
    "old,new", [("2025-03-13", "2025-10-03"), ("2025-10-03", "2025-10-13"), ("2025-10-13", "2024-07-01_2704e24")],
    ids=["2025-03-13..2025-10-03", "2025-10-03..2025-10-13", "downgrade-2025-10-13..2024-07-01"],
)
def test_no_note_line_is_over_400_characters_and_counts_add_up(sides: dict[str, Side], old: str, new: str) -> None:
    changes = _diff(sides, old, new)
    checked = 0
    for fmt, full in (("text", False), ("markdown", False), ("text", True)):
        lines = render_notes(changes, fmt, old, new, full=full, version="0.1.0").splitlines()
        assert max(len(line) for line in lines) <= 400, max(lines, key=len)
        for line in lines:
            # "… and N more": the names shown and N are as many as the line's count says.
            shortened = re.search(r": (\d+) [a-z ]+?(?:es|s) [^:]+: (.*), … and (\d+) more$", line)
            if shortened and "(" not in shortened[2]:
                assert len(shortened[2].split(", ")) + int(shortened[3]) == int(shortened[1]), line
                checked += 1
    assert checked or not new.startswith("2024"), "the downgrade's long lists are shortened"
    assert "no SDK class): class removed" not in render_notes(changes, "text")


def test_in_and_nin_values_became_arrays(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2024-02-21", "2024-02-26")
    shape = [c for c in changes if c.id == "filter-value-shape-changed"]
    assert ("GET /wms/orders", "filters.status[in]") in {(c.operation, c.location) for c in shape}
    assert {c.location.rsplit("[", 1)[1] for c in shape} == {"in]", "nin]"}
    assert all("takes an array (was a single value)" in c.message for c in shape)


def test_ff_shipments_moved_to_freight(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2024-02-26", "2024-03-12")
    renamed = {c.message for c in changes if c.id == "path-renamed"}
    assert "GET /ff/shipments moved to GET /freight/shipments" in renamed
    assert "GET /ff/shipments/{shipment_id} moved to GET /freight/shipments/{shipment_id}" in renamed
    assert not any(c.id in ("operation-removed", "operation-added") for c in changes)
    assert any(c.id == "sdk-method-renamed" and "client.freight.shipments.list()" in c.message for c in changes)


def test_shipping_cost_integer_to_number(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2024-01-18", "2024-01-22")
    retyped = [c for c in changes if c.id == "response-field-type-changed" and c.location.endswith(".shipping_cost")]
    assert retyped and all(c.message == "type integer -> number" for c in retyped)
    assert all(c.level == "breaking" for c in retyped)


def test_allocated_removed_from_order_filters_and_bodies(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2024-07-02_414385b", "2025-03-13")
    removed = {(c.operation, c.location) for c in changes if c.id == "request-enum-value-removed" and "'allocated'" in c.message}
    assert ("GET /wms/orders", "filters.status") in removed
    assert any(op == "PUT /wms/orders/{order_id}" and loc.endswith(".status") for op, loc in removed)


def test_delete_connection_became_delete_connections(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2023-10-03", "2023-10-25")
    assert any(c.id == "path-renamed" and c.message == "DELETE /connection moved to DELETE /connections" for c in changes)
    assert not any(c.id == "operation-removed" for c in changes)


def test_mass_schema_rename_is_reported_as_renames(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2024-03-21", "2024-04-02_a676c55")
    ids = Counter(c.id for c in changes)
    assert ids["schema-renamed"] > 90
    assert ids["schema-removed"] == ids["schema-added"] == 0
    assert not any(c.level == "breaking" for c in changes)
    assert any(c.message == "schema 'APIUpdate' is now 'OrdersListEndpoint'" for c in changes)


def test_write_bodies_became_per_integration_variants(sides: dict[str, Side]) -> None:
    changes = _diff(sides, "2025-03-13", "2025-10-03")
    variants = {c.operation for c in changes if c.id == "request-body-variants-introduced"}
    assert {"POST /wms/orders", "PUT /wms/orders/{order_id}", "POST /wms/products"} <= variants


# --- the command -------------------------------------------------------------------------------


def test_diff_command_json_and_fail_on(tmp_path: Path) -> None:
    old = shared(OPENAPI_DIR / "2023-10-03_6219455.json")
    new = shared(OPENAPI_DIR / "2023-10-25_31bc84d.json")
    # specs/overlay.yaml names endpoints these old documents lack: compared as they are.
    cmd = [sys.executable, "-m", "generator", "diff", "--no-overlay", str(old), str(new)]
    proc = subprocess.run(cmd + ["--format", "json"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["semver"] == "major"
    assert any(c["id"] == "path-renamed" and c["operation"] == "DELETE /connections" for c in data["changes"])
    assert any(c["sdk_method"] == "client.connections.delete()" for c in data["changes"])
    short = subprocess.run(cmd + ["--min-level", "warning"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert short.returncode == 0 and "Breaking changes (11)" in short.stdout and "Additions" not in short.stdout
    full = subprocess.run(cmd + ["--all"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert "new method (" in full.stdout and "--all" not in full.stdout
    failing = subprocess.run(cmd + ["--fail-on", "breaking"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert failing.returncode == 1 and "DELETE /connection moved to DELETE /connections" in failing.stdout
    # The current document against the spec folder imported from it: with the overlay of specs/
    # applied (the default) nothing differs; without it, what the overlay adds (method names).
    current = [sys.executable, "-m", "generator", "diff", str(OPENAPI_DIR / "2025-10-13_12ae462.json"), "specs", "--format", "json"]
    same = subprocess.run(current, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert same.returncode == 0, same.stderr
    assert json.loads(same.stdout)["changes"] == []
    raw = subprocess.run(current + ["--no-overlay"], cwd=REPO, capture_output=True, text=True, timeout=300)
    renamed = [c for c in json.loads(raw.stdout)["changes"] if c["level"] == "breaking"]
    assert renamed and {c["id"] for c in renamed} == {"sdk-method-renamed"}
    missing = subprocess.run(cmd[:-2] + [str(tmp_path / "nope.json"), str(new)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert missing.returncode == 1 and "nope.json" in missing.stderr and "Traceback" not in missing.stderr
    # With the overlay, an old document lacking an endpoint it names: one located error, a hint.
    overlaid = subprocess.run(cmd[:4] + cmd[5:], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert overlaid.returncode == 1 and "specs/overlay.yaml:" in overlaid.stderr and "--no-overlay" in overlaid.stderr
    assert "Traceback" not in overlaid.stderr


def test_diff_summary_command() -> None:
    docs = [shared(OPENAPI_DIR / name) for name in ("2023-11-28_195288a.json", "2023-11-28_d581abb.json", "2023-12-14_574e406.json")]
    cmd = [sys.executable, "-m", "generator", "diff", "--no-overlay", "--summary", *map(str, docs)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1].split()[:5] == ["2023-11-28_195288a", "2023-11-28_d581abb", "yes", "7/0/0", "major"]
    assert lines[2].split()[:5] == ["2023-11-28_d581abb", "2023-12-14_574e406", "no", "0/4/12", "minor"]
    assert lines[-1] == "1 of 2 pairs breaking"
    failing = subprocess.run(cmd + ["--fail-on", "breaking"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert failing.returncode == 1
    one = subprocess.run(cmd[:-2] + ["--summary"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert one.returncode == 2 and "two or more paths" in one.stderr


def test_rules_listing() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "--rules", "--format", "json"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    listed = json.loads(proc.stdout)["rules"]
    assert [r["id"] for r in listed] == list(RULES)
    assert all(r["level"] in LEVELS for r in listed)
