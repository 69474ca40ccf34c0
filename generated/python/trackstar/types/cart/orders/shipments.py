"""Types of `client.cart.orders.shipments`: responses, request bodies and filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trackstar.types._models.cart_orders_shipments import (
    CartOrderShipmentCreateResponse as CartOrderShipmentCreateResponse,
    CartOrderShipmentCreateResponseData as CartOrderShipmentCreateResponseData,
)
from trackstar.types._params import (
    CartOrderShipmentCreateParams as CartOrderShipmentCreateParams,
)

if TYPE_CHECKING:
    from trackstar.types._integrations import (
        CartOrderShipmentCreateAmazonParams as CartOrderShipmentCreateAmazonParams,
        CartOrderShipmentCreateBigcommerceParams as CartOrderShipmentCreateBigcommerceParams,
        CartOrderShipmentCreateBody as CartOrderShipmentCreateBody,
        CartOrderShipmentCreateFaireParams as CartOrderShipmentCreateFaireParams,
        CartOrderShipmentCreateNuorderParams as CartOrderShipmentCreateNuorderParams,
        CartOrderShipmentCreateNuorderParamsLineItem as CartOrderShipmentCreateNuorderParamsLineItem,
        CartOrderShipmentCreateSandboxParams as CartOrderShipmentCreateSandboxParams,
        CartOrderShipmentCreateShopifyParams as CartOrderShipmentCreateShopifyParams,
        CartOrderShipmentCreateShopifyParamsShippingGroup as CartOrderShipmentCreateShopifyParamsShippingGroup,
        CartOrderShipmentCreateShopifyParamsShippingGroupLineItem as CartOrderShipmentCreateShopifyParamsShippingGroupLineItem,
        CartOrderShipmentCreateTiktokParams as CartOrderShipmentCreateTiktokParams,
        CartOrderShipmentCreateWalmartParams as CartOrderShipmentCreateWalmartParams,
        CartOrderShipmentCreateWalmartParamsLineItem as CartOrderShipmentCreateWalmartParamsLineItem,
        CartOrderShipmentCreateWoocommerceParams as CartOrderShipmentCreateWoocommerceParams,
    )

__all__ = [
    "CartOrderShipmentCreateAmazonParams",
    "CartOrderShipmentCreateBigcommerceParams",
    "CartOrderShipmentCreateBody",
    "CartOrderShipmentCreateFaireParams",
    "CartOrderShipmentCreateNuorderParams",
    "CartOrderShipmentCreateNuorderParamsLineItem",
    "CartOrderShipmentCreateParams",
    "CartOrderShipmentCreateResponse",
    "CartOrderShipmentCreateResponseData",
    "CartOrderShipmentCreateSandboxParams",
    "CartOrderShipmentCreateShopifyParams",
    "CartOrderShipmentCreateShopifyParamsShippingGroup",
    "CartOrderShipmentCreateShopifyParamsShippingGroupLineItem",
    "CartOrderShipmentCreateTiktokParams",
    "CartOrderShipmentCreateWalmartParams",
    "CartOrderShipmentCreateWalmartParamsLineItem",
    "CartOrderShipmentCreateWoocommerceParams",
]

_INTEGRATION_TYPES = frozenset(
    {
        "CartOrderShipmentCreateAmazonParams",
        "CartOrderShipmentCreateBigcommerceParams",
        "CartOrderShipmentCreateBody",
        "CartOrderShipmentCreateFaireParams",
        "CartOrderShipmentCreateNuorderParams",
        "CartOrderShipmentCreateNuorderParamsLineItem",
        "CartOrderShipmentCreateSandboxParams",
        "CartOrderShipmentCreateShopifyParams",
        "CartOrderShipmentCreateShopifyParamsShippingGroup",
        "CartOrderShipmentCreateShopifyParamsShippingGroupLineItem",
        "CartOrderShipmentCreateTiktokParams",
        "CartOrderShipmentCreateWalmartParams",
        "CartOrderShipmentCreateWalmartParamsLineItem",
        "CartOrderShipmentCreateWoocommerceParams",
    }
)


def __getattr__(name: str) -> Any:
    # Per-integration bodies load on first use: their module is large, and most programs never
    # need it.
    if name in _INTEGRATION_TYPES:
        from trackstar.types import _integrations

        return getattr(_integrations, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
