"""Types of `client.wms.labor_activities`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_labor_activities import (
    LaborActivity as LaborActivity,
    LaborActivityListResponse as LaborActivityListResponse,
    LaborActivityRetrieveResponse as LaborActivityRetrieveResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringFilter as StringFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "LaborActivity",
    "LaborActivityListResponse",
    "LaborActivityRetrieveResponse",
    "StringFilter",
    "StringInFilter",
]
