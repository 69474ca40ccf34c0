"""Types of `client.wms.shipping_methods`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_shipping_methods import (
    ShippingMethod as ShippingMethod,
    ShippingMethodListResponse as ShippingMethodListResponse,
    ShippingMethodRetrieveResponse as ShippingMethodRetrieveResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "ShippingMethod",
    "ShippingMethodListResponse",
    "ShippingMethodRetrieveResponse",
    "StringInFilter",
]
