"""Webhook events: verify a delivery's signature and parse it into a typed event."""

from __future__ import annotations

from typing import Union

from ._exceptions import UnknownWebhookEventError
from ._webhooks import (
    DEFAULT_TOLERANCE,
    HeadersLike,
    WebhookVerificationError,
    unwrap_event,
    verify,
)
from .types import _models as models

__all__ = [
    "EVENT_TYPES",
    "WebhookEvent",
    "HeadersLike",
    "WebhookVerificationError",
    "UnknownWebhookEventError",
    "DEFAULT_TOLERANCE",
    "verify",
    "unwrap",
]

WebhookEvent = Union[
    models.BillCreatedEvent,
    models.BillUpdatedEvent,
    models.CartOrderCartShipmentCreatedEvent,
    models.CartOrderCreatedEvent,
    models.CartOrderUpdatedEvent,
    models.CartProductCreatedEvent,
    models.CartProductUpdatedEvent,
    models.CartWarehouseCreatedEvent,
    models.CartWarehouseUpdatedEvent,
    models.ConnectionErrorCreatedEvent,
    models.ConnectionErrorDeletedEvent,
    models.ConnectionErrorUpdatedEvent,
    models.ConnectionCreatedEvent,
    models.ConnectionDeletedEvent,
    models.ConnectionHistoricalSyncCompletedEvent,
    models.FreightShipmentCreatedEvent,
    models.FreightShipmentUpdatedEvent,
    models.InboundShipmentCreatedEvent,
    models.InboundShipmentReceiptCreatedEvent,
    models.InboundShipmentUpdatedEvent,
    models.InventoryCreatedEvent,
    models.InventoryUpdatedEvent,
    models.InventoryLedgerCreatedEvent,
    models.InventoryLedgerUpdatedEvent,
    models.OrderCreatedEvent,
    models.OrderShipmentCreatedEvent,
    models.OrderUpdatedEvent,
    models.ProductCreatedEvent,
    models.ProductUpdatedEvent,
    models.ReturnCreatedEvent,
    models.ReturnUpdatedEvent,
    models.ShippingMethodCreatedEvent,
    models.ShippingMethodUpdatedEvent,
    models.WarehouseCustomerCreatedEvent,
    models.WarehouseCustomerUpdatedEvent,
    models.WarehouseLocationCreatedEvent,
    models.WarehouseLocationUpdatedEvent,
    models.WarehouseCreatedEvent,
    models.WarehouseUpdatedEvent,
]
"""Any webhook event; `event_type` tells which."""

EVENT_TYPES: dict[str, type[WebhookEvent]] = {
    "bill.created": models.BillCreatedEvent,
    "bill.updated": models.BillUpdatedEvent,
    "cart-order.cart-shipment.created": models.CartOrderCartShipmentCreatedEvent,
    "cart-order.created": models.CartOrderCreatedEvent,
    "cart-order.updated": models.CartOrderUpdatedEvent,
    "cart-product.created": models.CartProductCreatedEvent,
    "cart-product.updated": models.CartProductUpdatedEvent,
    "cart-warehouse.created": models.CartWarehouseCreatedEvent,
    "cart-warehouse.updated": models.CartWarehouseUpdatedEvent,
    "connection-error.created": models.ConnectionErrorCreatedEvent,
    "connection-error.deleted": models.ConnectionErrorDeletedEvent,
    "connection-error.updated": models.ConnectionErrorUpdatedEvent,
    "connection.created": models.ConnectionCreatedEvent,
    "connection.deleted": models.ConnectionDeletedEvent,
    "connection.historical-sync-completed": models.ConnectionHistoricalSyncCompletedEvent,
    "freight-shipment.created": models.FreightShipmentCreatedEvent,
    "freight-shipment.updated": models.FreightShipmentUpdatedEvent,
    "inbound-shipment.created": models.InboundShipmentCreatedEvent,
    "inbound-shipment.receipt.created": models.InboundShipmentReceiptCreatedEvent,
    "inbound-shipment.updated": models.InboundShipmentUpdatedEvent,
    "inventory.created": models.InventoryCreatedEvent,
    "inventory.updated": models.InventoryUpdatedEvent,
    "inventory_ledger.created": models.InventoryLedgerCreatedEvent,
    "inventory_ledger.updated": models.InventoryLedgerUpdatedEvent,
    "order.created": models.OrderCreatedEvent,
    "order.shipment.created": models.OrderShipmentCreatedEvent,
    "order.updated": models.OrderUpdatedEvent,
    "product.created": models.ProductCreatedEvent,
    "product.updated": models.ProductUpdatedEvent,
    "return.created": models.ReturnCreatedEvent,
    "return.updated": models.ReturnUpdatedEvent,
    "shipping-method.created": models.ShippingMethodCreatedEvent,
    "shipping-method.updated": models.ShippingMethodUpdatedEvent,
    "warehouse-customer.created": models.WarehouseCustomerCreatedEvent,
    "warehouse-customer.updated": models.WarehouseCustomerUpdatedEvent,
    "warehouse-location.created": models.WarehouseLocationCreatedEvent,
    "warehouse-location.updated": models.WarehouseLocationUpdatedEvent,
    "warehouse.created": models.WarehouseCreatedEvent,
    "warehouse.updated": models.WarehouseUpdatedEvent,
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
