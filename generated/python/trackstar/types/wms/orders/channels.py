"""Types of `client.wms.orders.channels`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_orders_channels import (
    OrderChannel as OrderChannel,
    OrderChannelListResponse as OrderChannelListResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringFilter as StringFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "OrderChannel",
    "OrderChannelListResponse",
    "StringFilter",
    "StringInFilter",
]
