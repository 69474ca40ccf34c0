"""Types of `client.wms.orders.packs`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_orders_packs import (
    OrderPackRetrieveResponse as OrderPackRetrieveResponse,
    OrderPackRetrieveResponseData as OrderPackRetrieveResponseData,
    OrderPackRetrieveResponseDataOrderLineItem as OrderPackRetrieveResponseDataOrderLineItem,
    OrderPackRetrieveResponseDataPack as OrderPackRetrieveResponseDataPack,
    OrderPackRetrieveResponseDataPackLineItem as OrderPackRetrieveResponseDataPackLineItem,
)

__all__ = [
    "OrderPackRetrieveResponse",
    "OrderPackRetrieveResponseData",
    "OrderPackRetrieveResponseDataOrderLineItem",
    "OrderPackRetrieveResponseDataPack",
    "OrderPackRetrieveResponseDataPackLineItem",
]
