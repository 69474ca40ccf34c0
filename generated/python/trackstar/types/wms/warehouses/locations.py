"""Types of `client.wms.warehouses.locations`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_warehouses_locations import (
    WarehouseLocation as WarehouseLocation,
    WarehouseLocationListResponse as WarehouseLocationListResponse,
    WarehouseLocationMeasurements as WarehouseLocationMeasurements,
    WarehouseLocationRetrieveResponse as WarehouseLocationRetrieveResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringFilter as StringFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "StringFilter",
    "StringInFilter",
    "WarehouseLocation",
    "WarehouseLocationListResponse",
    "WarehouseLocationMeasurements",
    "WarehouseLocationRetrieveResponse",
]
