"""Webhook events: verify a delivery's signature and parse it into a typed event."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated, Union

import pydantic

from ._webhooks import WebhookVerificationError, verify
from .types import models

__all__ = ["EVENT_TYPES", "WebhookEvent", "WebhookVerificationError", "verify", "unwrap"]

EVENT_TYPES: dict[str, type[pydantic.BaseModel]] = {
    "bill.created": models.WmsBillsCreatedWebhookSchema,
    "bill.updated": models.WmsBillsUpdatedWebhookSchema,
    "cart-order.cart-shipment.created": models.CartOrdersCartShipmentCreatedWebhookSchema,
    "cart-order.created": models.CartOrdersCreatedWebhookSchema,
    "cart-order.updated": models.CartOrdersUpdatedWebhookSchema,
    "cart-product.created": models.CartProductsCreatedWebhookSchema,
    "cart-product.updated": models.CartProductsUpdatedWebhookSchema,
    "cart-warehouse.created": models.CartWarehousesCreatedWebhookSchema,
    "cart-warehouse.updated": models.CartWarehousesUpdatedWebhookSchema,
    "connection-error.created": models.GeneralConnectionErrorsCreatedWebhookSchema,
    "connection-error.deleted": models.GeneralConnectionErrorsDeletedWebhookSchema,
    "connection-error.updated": models.GeneralConnectionErrorsUpdatedWebhookSchema,
    "connection.created": models.GeneralConnectionsCreatedWebhookSchema,
    "connection.deleted": models.GeneralConnectionsDeletedWebhookSchema,
    "connection.historical-sync-completed": models.GeneralConnectionsHistoricalSyncCompletedWebhookSchema,
    "freight-shipment.created": models.FreightShipmentsCreatedWebhookSchema,
    "freight-shipment.updated": models.FreightShipmentsUpdatedWebhookSchema,
    "inbound-shipment.created": models.WmsInboundShipmentsCreatedWebhookSchema,
    "inbound-shipment.receipt.created": models.WmsInboundShipmentsReceiptCreatedWebhookSchema,
    "inbound-shipment.updated": models.WmsInboundShipmentsUpdatedWebhookSchema,
    "inventory.created": models.WmsInventoryCreatedWebhookSchema,
    "inventory.updated": models.WmsInventoryUpdatedWebhookSchema,
    "inventory_ledger.created": models.WmsInventoryLedgerCreatedWebhookSchema,
    "inventory_ledger.updated": models.WmsInventoryLedgerUpdatedWebhookSchema,
    "order.created": models.WmsOrdersCreatedWebhookSchema,
    "order.shipment.created": models.WmsOrdersShipmentCreatedWebhookSchema,
    "order.updated": models.WmsOrdersUpdatedWebhookSchema,
    "product.created": models.WmsProductsCreatedWebhookSchema,
    "product.updated": models.WmsProductsUpdatedWebhookSchema,
    "return.created": models.WmsReturnsCreatedWebhookSchema,
    "return.updated": models.WmsReturnsUpdatedWebhookSchema,
    "shipping-method.created": models.WmsShippingMethodsCreatedWebhookSchema,
    "shipping-method.updated": models.WmsShippingMethodsUpdatedWebhookSchema,
    "warehouse-customer.created": models.WmsWarehouseCustomersCreatedWebhookSchema,
    "warehouse-customer.updated": models.WmsWarehouseCustomersUpdatedWebhookSchema,
    "warehouse-location.created": models.WmsWarehouseLocationsCreatedWebhookSchema,
    "warehouse-location.updated": models.WmsWarehouseLocationsUpdatedWebhookSchema,
    "warehouse.created": models.WmsWarehousesCreatedWebhookSchema,
    "warehouse.updated": models.WmsWarehousesUpdatedWebhookSchema,
}

WebhookEvent = Union[
    models.WmsBillsCreatedWebhookSchema,
    models.WmsBillsUpdatedWebhookSchema,
    models.CartOrdersCartShipmentCreatedWebhookSchema,
    models.CartOrdersCreatedWebhookSchema,
    models.CartOrdersUpdatedWebhookSchema,
    models.CartProductsCreatedWebhookSchema,
    models.CartProductsUpdatedWebhookSchema,
    models.CartWarehousesCreatedWebhookSchema,
    models.CartWarehousesUpdatedWebhookSchema,
    models.GeneralConnectionErrorsCreatedWebhookSchema,
    models.GeneralConnectionErrorsDeletedWebhookSchema,
    models.GeneralConnectionErrorsUpdatedWebhookSchema,
    models.GeneralConnectionsCreatedWebhookSchema,
    models.GeneralConnectionsDeletedWebhookSchema,
    models.GeneralConnectionsHistoricalSyncCompletedWebhookSchema,
    models.FreightShipmentsCreatedWebhookSchema,
    models.FreightShipmentsUpdatedWebhookSchema,
    models.WmsInboundShipmentsCreatedWebhookSchema,
    models.WmsInboundShipmentsReceiptCreatedWebhookSchema,
    models.WmsInboundShipmentsUpdatedWebhookSchema,
    models.WmsInventoryCreatedWebhookSchema,
    models.WmsInventoryUpdatedWebhookSchema,
    models.WmsInventoryLedgerCreatedWebhookSchema,
    models.WmsInventoryLedgerUpdatedWebhookSchema,
    models.WmsOrdersCreatedWebhookSchema,
    models.WmsOrdersShipmentCreatedWebhookSchema,
    models.WmsOrdersUpdatedWebhookSchema,
    models.WmsProductsCreatedWebhookSchema,
    models.WmsProductsUpdatedWebhookSchema,
    models.WmsReturnsCreatedWebhookSchema,
    models.WmsReturnsUpdatedWebhookSchema,
    models.WmsShippingMethodsCreatedWebhookSchema,
    models.WmsShippingMethodsUpdatedWebhookSchema,
    models.WmsWarehouseCustomersCreatedWebhookSchema,
    models.WmsWarehouseCustomersUpdatedWebhookSchema,
    models.WmsWarehouseLocationsCreatedWebhookSchema,
    models.WmsWarehouseLocationsUpdatedWebhookSchema,
    models.WmsWarehousesCreatedWebhookSchema,
    models.WmsWarehousesUpdatedWebhookSchema,
]
"""Any webhook event; `event_type` tells which."""


class _Envelope(pydantic.BaseModel):
    event_type: str


@lru_cache(maxsize=None)
def _adapter(event_type: str) -> pydantic.TypeAdapter[pydantic.BaseModel]:
    return pydantic.TypeAdapter(EVENT_TYPES[event_type])


def unwrap(payload: bytes | str, headers: Mapping[str, str], secret: str) -> WebhookEvent:
    """Verify the Svix signature of a delivery, then parse it into its event model.

    Raises `WebhookVerificationError` when the signature or timestamp is wrong, and
    `ValueError` for an `event_type` this SDK version does not know.
    """
    verify(payload, headers, secret)
    event_type = _Envelope.model_validate_json(payload).event_type
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}; upgrade the SDK to parse it")
    return _adapter(event_type).validate_json(payload)  # type: ignore[return-value]
