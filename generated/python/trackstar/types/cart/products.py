"""Types of `client.cart.products`: responses, request bodies and filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trackstar.types._models.cart_products import (
    CartProduct as CartProduct,
    CartProductAdjustInventoryResponse as CartProductAdjustInventoryResponse,
    CartProductListResponse as CartProductListResponse,
    CartProductRetrieveResponse as CartProductRetrieveResponse,
)
from trackstar.types._params import (
    CartProductAdjustInventoryParams as CartProductAdjustInventoryParams,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringInFilter as StringInFilter,
)

if TYPE_CHECKING:
    from trackstar.types._integrations import (
        CartProductAdjustInventoryAmazonParams as CartProductAdjustInventoryAmazonParams,
        CartProductAdjustInventoryBigcommerceParams as CartProductAdjustInventoryBigcommerceParams,
        CartProductAdjustInventoryBody as CartProductAdjustInventoryBody,
        CartProductAdjustInventoryEtsyParams as CartProductAdjustInventoryEtsyParams,
        CartProductAdjustInventoryFaireParams as CartProductAdjustInventoryFaireParams,
        CartProductAdjustInventoryNuorderParams as CartProductAdjustInventoryNuorderParams,
        CartProductAdjustInventorySandboxParams as CartProductAdjustInventorySandboxParams,
        CartProductAdjustInventoryShopifyParams as CartProductAdjustInventoryShopifyParams,
        CartProductAdjustInventoryTiktokParams as CartProductAdjustInventoryTiktokParams,
        CartProductAdjustInventoryWalmartParams as CartProductAdjustInventoryWalmartParams,
        CartProductAdjustInventoryWoocommerceParams as CartProductAdjustInventoryWoocommerceParams,
    )

__all__ = [
    "CartProduct",
    "CartProductAdjustInventoryAmazonParams",
    "CartProductAdjustInventoryBigcommerceParams",
    "CartProductAdjustInventoryBody",
    "CartProductAdjustInventoryEtsyParams",
    "CartProductAdjustInventoryFaireParams",
    "CartProductAdjustInventoryNuorderParams",
    "CartProductAdjustInventoryParams",
    "CartProductAdjustInventoryResponse",
    "CartProductAdjustInventorySandboxParams",
    "CartProductAdjustInventoryShopifyParams",
    "CartProductAdjustInventoryTiktokParams",
    "CartProductAdjustInventoryWalmartParams",
    "CartProductAdjustInventoryWoocommerceParams",
    "CartProductListResponse",
    "CartProductRetrieveResponse",
    "DatetimeFilter",
    "StringInFilter",
]

_INTEGRATION_TYPES = frozenset(
    {
        "CartProductAdjustInventoryAmazonParams",
        "CartProductAdjustInventoryBigcommerceParams",
        "CartProductAdjustInventoryBody",
        "CartProductAdjustInventoryEtsyParams",
        "CartProductAdjustInventoryFaireParams",
        "CartProductAdjustInventoryNuorderParams",
        "CartProductAdjustInventorySandboxParams",
        "CartProductAdjustInventoryShopifyParams",
        "CartProductAdjustInventoryTiktokParams",
        "CartProductAdjustInventoryWalmartParams",
        "CartProductAdjustInventoryWoocommerceParams",
    }
)


def __getattr__(name: str) -> Any:
    # Per-integration bodies load on first use: their module is large, and most programs never
    # need it.
    if name in _INTEGRATION_TYPES:
        from trackstar.types import _integrations

        return getattr(_integrations, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
