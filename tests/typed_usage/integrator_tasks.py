"""Eighteen everyday integrator tasks, written from the SDK README and reference pages only.

Checked with `mypy --strict` by tests/test_integrator_tasks.py: no cast, no assert, no
`type: ignore` and no `is not None` guard written only for the type checker. Not run (most tasks
need a live connection); their runtime behaviour is what the runtime and contract tests check.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from trackstar import (
    AsyncTrackstar,
    NotImplementedForIntegrationError,
    PaginationLoopError,
    RateLimitError,
    Trackstar,
    UnknownEnumValueWarning,
    UnprocessableEntityError,
    URLTooLongError,
    to_params,
    webhooks,
)
from trackstar.capabilities import capabilities
from trackstar.types import (
    DatetimeFilter,
    Inventory,
    Order,
    OrderCreateShipheroParams,
    OrderStatusFilter,
    OrderUpdateParams,
)


# 1. A nightly async sync over many access tokens, resumable from a saved cursor.
async def nightly_sync(api_key: str, tokens: dict[str, str], cursors: dict[str, str | None]) -> int:
    synced = 0
    async with AsyncTrackstar(api_key=api_key) as client:

        async def one(customer: str, token: str) -> int:
            count = 0
            connection = client.with_access_token(token)
            async for page in connection.wms.orders.list(limit=1000, page_token=cursors.get(customer)).iter_pages():
                count += len(page.data)
                cursors[customer] = page.next_token  # resume from here next night
            return count

        for count in await asyncio.gather(*(one(c, t) for c, t in tokens.items())):
            synced += count
    return synced


# 2. A ShipHero order created through its integration body.
def shiphero_order(client: Trackstar) -> str:
    body: OrderCreateShipheroParams = {
        "order_number": "SH-1001",
        "line_items": [{"sku": "MUG-1", "quantity": 2, "unit_price": 9.5}],
        "ship_to_address": {
            "full_name": "Ada Lovelace",
            "address1": "1 Analytical Way",
            "city": "London",
            "state": "LDN",
            "postal_code": "N1 9GU",
            "country": "GB",
        },
    }
    created = client.wms.orders.create_with_body(body=body)
    return created.data.id


# 3. Inventory reconciliation with typed filters and each page's rate-limit headers.
def reconcile(client: Trackstar, since: datetime) -> dict[str, int]:
    changed: DatetimeFilter = {"gte": since, "lte": since + timedelta(days=1)}
    on_hand: dict[str, int] = {}
    for page in client.wms.inventory.list(updated_date=changed, limit=500).iter_pages():
        for item in page.data:
            on_hand[item.sku or item.id] = item.onhand or 0
        if page.rate_limit.remaining == 0:
            print("budget spent until", page.rate_limit.reset)
    return on_hand


# 4. A webhook receiver (any framework's headers: a mapping here).
def receive(body: bytes, headers: dict[str, str], secret: str) -> int:
    try:
        event = webhooks.unwrap(body, headers, secret)
    except webhooks.WebhookVerificationError:
        return 400
    except webhooks.UnknownWebhookEventError:
        return 204
    if event.event_type == "order.updated":
        print(event.connection_id, event.data.id, event.data.status)
    return 204


# 5. A 501-aware capability check before calling.
def returns_if_supported(client: Trackstar, connection_id: str) -> int:
    for connection in client.connections.list():
        if connection.connection_id == connection_id and not capabilities(connection).supports("wms.returns.list"):
            return 0
    try:
        return len(client.wms.returns.list().data)
    except NotImplementedForIntegrationError as err:
        print(err.integration, err.endpoint)
        return 0


# 6. Bulk reads by many ids (the SDK splits a list too long for one URL).
def orders_by_id(client: Trackstar, ids: list[str]) -> list[Order]:
    try:
        return list(client.wms.orders.list(ids=ids))
    except URLTooLongError as err:
        print("one id alone is too long:", err.parameter)
        return []


# 7. Read-modify-write: a response model back into the request's TypedDict.
def rename_order(client: Trackstar, order_id: str, number: str) -> str:
    order = client.wms.orders.retrieve(order_id).data
    params = to_params(order, OrderUpdateParams)
    params["order_number"] = number
    updated = client.wms.orders.update(order.id, **params)
    return updated.data.id


# 8. A value read from one response passed where a request takes that enum.
def catalogue_for(client: Trackstar) -> list[str]:
    names = []
    for connection in client.connections.list():
        info = client.integrations.list(connection.integration_type)
        names += [i.integration_name for i in info.data]
    return names


# 9. An order's status written back, with the write's own Literal.
def reopen(client: Trackstar, order: Order) -> None:
    client.wms.orders.update(order.id, status=order.status or "open")


# 10. Filters kept as typed values, reused across calls.
def open_orders(client: Trackstar) -> int:
    statuses: OrderStatusFilter = {"in": ["open", "backordered"]}
    return sum(1 for _ in client.wms.orders.list(status=statuses, type="d2c"))


# 11. The validation details of a 422.
def detail_of_failed_update(client: Trackstar, order_id: str) -> str:
    try:
        client.wms.orders.update(order_id, order_number="")
    except UnprocessableEntityError as err:
        return f"{err.body['error']}: {err.body.get('detail')}"
    return "accepted"


# 12. Rate limits: the error's retry hint and the request id for support.
def with_backoff(client: Trackstar) -> float:
    try:
        client.wms.warehouses.list()
    except RateLimitError as err:
        print(err.request_id)
        return err.retry_after or 1.0
    return 0.0


# 13. Raw headers of one call.
def request_id_of(client: Trackstar, order_id: str) -> str | None:
    raw = client.wms.orders.with_raw_response.retrieve(order_id)
    print(raw.status_code, raw.rate_limit.remaining)
    return raw.parse().data.id or raw.request_id


# 14. Changed paths of an update event (dotted keys included).
def changed_fields(body: bytes, headers: dict[str, str], secret: str) -> list[str]:
    event = webhooks.unwrap(body, headers, secret)
    if event.event_type != "order.updated":
        return []
    return [".".join(str(part) for part in change.path) for change in webhooks.changed_paths(event.previous_attributes, event.data)]


# 15. A date range window, walking every page, stopping cleanly on a repeated cursor.
def count_since(client: Trackstar, days: int) -> int:
    now = datetime.now(timezone.utc)
    seen = 0
    try:
        for _ in client.wms.orders.list(created_date={"gte": now - timedelta(days=days), "lte": now}):
            seen += 1
    except PaginationLoopError:
        pass
    return seen


# 16. Enum typos in a write body made errors in tests.
def strict_writes(client: Trackstar, order_id: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnknownEnumValueWarning)
        client.wms.orders.update(order_id, status="cancelled")


# 17. Per-call options and one client per connection.
def per_connection(client: Trackstar, tokens: Iterable[str]) -> list[int | None]:
    totals = []
    for token in tokens:
        page = client.with_access_token(token).wms.products.list(limit=1, timeout=10.0, max_retries=1)
        totals.append(page.total_count)
    return totals


# 18. Sync client closed when done.
def main(api_key: str, token: str) -> list[Inventory]:
    with Trackstar(api_key=api_key, access_token=token) as client:
        return list(client.wms.inventory.list(active=True, limit=100))
