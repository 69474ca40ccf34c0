"""Types of `client.cart.warehouses`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.cart_warehouses import (
    CartWarehouse as CartWarehouse,
    CartWarehouseAddress as CartWarehouseAddress,
    CartWarehouseListResponse as CartWarehouseListResponse,
    CartWarehouseRetrieveResponse as CartWarehouseRetrieveResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "CartWarehouse",
    "CartWarehouseAddress",
    "CartWarehouseListResponse",
    "CartWarehouseRetrieveResponse",
    "DatetimeFilter",
    "StringInFilter",
]
