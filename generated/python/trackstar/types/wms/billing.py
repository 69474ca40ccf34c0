"""Types of `client.wms.billing`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_billing import (
    Billing as Billing,
    BillingListResponse as BillingListResponse,
    BillingRetrieveResponse as BillingRetrieveResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringFilter as StringFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "Billing",
    "BillingListResponse",
    "BillingRetrieveResponse",
    "DatetimeFilter",
    "StringFilter",
    "StringInFilter",
]
