"""Types of `client.wms.warehouse_customers`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_warehouse_customers import (
    WarehouseCustomer as WarehouseCustomer,
    WarehouseCustomerListResponse as WarehouseCustomerListResponse,
    WarehouseCustomerRetrieveResponse as WarehouseCustomerRetrieveResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "StringInFilter",
    "WarehouseCustomer",
    "WarehouseCustomerListResponse",
    "WarehouseCustomerRetrieveResponse",
]
