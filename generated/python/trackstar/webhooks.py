"""Webhook events: verify a delivery's signature and parse it into a typed event."""

from __future__ import annotations

from typing import Union

from ._exceptions import UnknownWebhookEventError
from ._webhooks import (
    DEFAULT_TOLERANCE,
    ChangedPath,
    HeadersLike,
    WebhookVerificationError,
    changed_paths,
    unwrap_event,
    verify,
)
from .types._models import webhooks as _models_webhooks

__all__ = [
    "EVENT_TYPES",
    "WebhookEvent",
    "HeadersLike",
    "WebhookVerificationError",
    "UnknownWebhookEventError",
    "DEFAULT_TOLERANCE",
    "verify",
    "unwrap",
    "ChangedPath",
    "changed_paths",
]

WebhookEvent = Union[
    _models_webhooks.BillCreatedEvent,
    _models_webhooks.BillUpdatedEvent,
    _models_webhooks.CartOrderCartShipmentCreatedEvent,
    _models_webhooks.CartOrderCreatedEvent,
    _models_webhooks.CartOrderUpdatedEvent,
    _models_webhooks.CartProductCreatedEvent,
    _models_webhooks.CartProductUpdatedEvent,
    _models_webhooks.CartWarehouseCreatedEvent,
    _models_webhooks.CartWarehouseUpdatedEvent,
    _models_webhooks.ConnectionErrorCreatedEvent,
    _models_webhooks.ConnectionErrorDeletedEvent,
    _models_webhooks.ConnectionErrorUpdatedEvent,
    _models_webhooks.ConnectionCreatedEvent,
    _models_webhooks.ConnectionDeletedEvent,
    _models_webhooks.ConnectionHistoricalSyncCompletedEvent,
    _models_webhooks.FreightShipmentCreatedEvent,
    _models_webhooks.FreightShipmentUpdatedEvent,
    _models_webhooks.InboundShipmentCreatedEvent,
    _models_webhooks.InboundShipmentReceiptCreatedEvent,
    _models_webhooks.InboundShipmentUpdatedEvent,
    _models_webhooks.InventoryCreatedEvent,
    _models_webhooks.InventoryUpdatedEvent,
    _models_webhooks.InventoryLedgerCreatedEvent,
    _models_webhooks.InventoryLedgerUpdatedEvent,
    _models_webhooks.OrderCreatedEvent,
    _models_webhooks.OrderShipmentCreatedEvent,
    _models_webhooks.OrderUpdatedEvent,
    _models_webhooks.ProductCreatedEvent,
    _models_webhooks.ProductUpdatedEvent,
    _models_webhooks.ReturnCreatedEvent,
    _models_webhooks.ReturnUpdatedEvent,
    _models_webhooks.ShippingMethodCreatedEvent,
    _models_webhooks.ShippingMethodUpdatedEvent,
    _models_webhooks.WarehouseCustomerCreatedEvent,
    _models_webhooks.WarehouseCustomerUpdatedEvent,
    _models_webhooks.WarehouseLocationCreatedEvent,
    _models_webhooks.WarehouseLocationUpdatedEvent,
    _models_webhooks.WarehouseCreatedEvent,
    _models_webhooks.WarehouseUpdatedEvent,
]
"""Any webhook event; `event_type` tells which."""

EVENT_TYPES: dict[str, type[WebhookEvent]] = {
    "bill.created": _models_webhooks.BillCreatedEvent,
    "bill.updated": _models_webhooks.BillUpdatedEvent,
    "cart-order.cart-shipment.created": _models_webhooks.CartOrderCartShipmentCreatedEvent,
    "cart-order.created": _models_webhooks.CartOrderCreatedEvent,
    "cart-order.updated": _models_webhooks.CartOrderUpdatedEvent,
    "cart-product.created": _models_webhooks.CartProductCreatedEvent,
    "cart-product.updated": _models_webhooks.CartProductUpdatedEvent,
    "cart-warehouse.created": _models_webhooks.CartWarehouseCreatedEvent,
    "cart-warehouse.updated": _models_webhooks.CartWarehouseUpdatedEvent,
    "connection-error.created": _models_webhooks.ConnectionErrorCreatedEvent,
    "connection-error.deleted": _models_webhooks.ConnectionErrorDeletedEvent,
    "connection-error.updated": _models_webhooks.ConnectionErrorUpdatedEvent,
    "connection.created": _models_webhooks.ConnectionCreatedEvent,
    "connection.deleted": _models_webhooks.ConnectionDeletedEvent,
    "connection.historical-sync-completed": _models_webhooks.ConnectionHistoricalSyncCompletedEvent,
    "freight-shipment.created": _models_webhooks.FreightShipmentCreatedEvent,
    "freight-shipment.updated": _models_webhooks.FreightShipmentUpdatedEvent,
    "inbound-shipment.created": _models_webhooks.InboundShipmentCreatedEvent,
    "inbound-shipment.receipt.created": _models_webhooks.InboundShipmentReceiptCreatedEvent,
    "inbound-shipment.updated": _models_webhooks.InboundShipmentUpdatedEvent,
    "inventory.created": _models_webhooks.InventoryCreatedEvent,
    "inventory.updated": _models_webhooks.InventoryUpdatedEvent,
    "inventory_ledger.created": _models_webhooks.InventoryLedgerCreatedEvent,
    "inventory_ledger.updated": _models_webhooks.InventoryLedgerUpdatedEvent,
    "order.created": _models_webhooks.OrderCreatedEvent,
    "order.shipment.created": _models_webhooks.OrderShipmentCreatedEvent,
    "order.updated": _models_webhooks.OrderUpdatedEvent,
    "product.created": _models_webhooks.ProductCreatedEvent,
    "product.updated": _models_webhooks.ProductUpdatedEvent,
    "return.created": _models_webhooks.ReturnCreatedEvent,
    "return.updated": _models_webhooks.ReturnUpdatedEvent,
    "shipping-method.created": _models_webhooks.ShippingMethodCreatedEvent,
    "shipping-method.updated": _models_webhooks.ShippingMethodUpdatedEvent,
    "warehouse-customer.created": _models_webhooks.WarehouseCustomerCreatedEvent,
    "warehouse-customer.updated": _models_webhooks.WarehouseCustomerUpdatedEvent,
    "warehouse-location.created": _models_webhooks.WarehouseLocationCreatedEvent,
    "warehouse-location.updated": _models_webhooks.WarehouseLocationUpdatedEvent,
    "warehouse.created": _models_webhooks.WarehouseCreatedEvent,
    "warehouse.updated": _models_webhooks.WarehouseUpdatedEvent,
}
"""The model of each event type this SDK version knows."""


def unwrap(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify the Svix signature of a delivery, then parse it into its event model.

    `headers` is the request's headers as your framework gives them (Flask/werkzeug,
    starlette/FastAPI, Django, the standard library, httpx, or a dict); `tolerance` is how many
    seconds the delivery's timestamp may differ from now (`now`, for tests), as for `verify`.

    Raises `WebhookVerificationError` when the signature or timestamp is wrong, and
    `UnknownWebhookEventError` (carrying `event_type`) for a verified event whose type this SDK
    version does not know.
    """
    return unwrap_event(payload, headers, secret, EVENT_TYPES, tolerance=tolerance, now=now)
