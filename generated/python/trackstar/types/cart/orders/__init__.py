"""Types of `client.cart.orders`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.cart_orders import (
    CartOrder as CartOrder,
    CartOrderBillToAddress as CartOrderBillToAddress,
    CartOrderLineItem as CartOrderLineItem,
    CartOrderListResponse as CartOrderListResponse,
    CartOrderRetrieveResponse as CartOrderRetrieveResponse,
    CartOrderShipToAddress as CartOrderShipToAddress,
    CartOrderShipment as CartOrderShipment,
    CartOrderShipmentLineItem as CartOrderShipmentLineItem,
    CartOrderShippingGroup as CartOrderShippingGroup,
    CartOrderShippingGroupLineItem as CartOrderShippingGroupLineItem,
)
from trackstar.types._filters import (
    CartOrderStatus as CartOrderStatus,
    CartOrderStatusFilter as CartOrderStatusFilter,
    DatetimeFilter as DatetimeFilter,
    StringEqInNinContainsNotContainsFilter as StringEqInNinContainsNotContainsFilter,
    StringFilter as StringFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "CartOrder",
    "CartOrderBillToAddress",
    "CartOrderLineItem",
    "CartOrderListResponse",
    "CartOrderRetrieveResponse",
    "CartOrderShipment",
    "CartOrderShipmentLineItem",
    "CartOrderShippingGroup",
    "CartOrderShippingGroupLineItem",
    "CartOrderShipToAddress",
    "CartOrderStatus",
    "CartOrderStatusFilter",
    "DatetimeFilter",
    "StringEqInNinContainsNotContainsFilter",
    "StringFilter",
    "StringInFilter",
]
