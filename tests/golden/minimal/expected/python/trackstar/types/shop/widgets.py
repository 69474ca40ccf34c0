"""Types of `client.shop.widgets`: responses, request bodies and filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trackstar.types._models.shop_widgets import (
    ShopWidget as ShopWidget,
    ShopWidgetListResponse as ShopWidgetListResponse,
    ShopWidgetPart as ShopWidgetPart,
    ShopWidgetRetrieveResponse as ShopWidgetRetrieveResponse,
)
from trackstar.types._params import (
    ShopWidgetAttachParams as ShopWidgetAttachParams,
    ShopWidgetCreateParams as ShopWidgetCreateParams,
    ShopWidgetCreateParamsPart as ShopWidgetCreateParamsPart,
)
from trackstar.types._filters import (
    DatetimeRangeFilter as DatetimeRangeFilter,
    ShopWidgetColour as ShopWidgetColour,
    ShopWidgetColourEqInNinFilter as ShopWidgetColourEqInNinFilter,
    StringCaseInsensitiveFilter as StringCaseInsensitiveFilter,
    StringInFilter as StringInFilter,
)

if TYPE_CHECKING:
    from trackstar.types._integrations import (
        ShopWidgetCreateAcmeParams as ShopWidgetCreateAcmeParams,
        ShopWidgetCreateBody as ShopWidgetCreateBody,
    )

__all__ = [
    "DatetimeRangeFilter",
    "ShopWidget",
    "ShopWidgetAttachParams",
    "ShopWidgetColour",
    "ShopWidgetColourEqInNinFilter",
    "ShopWidgetCreateAcmeParams",
    "ShopWidgetCreateBody",
    "ShopWidgetCreateParams",
    "ShopWidgetCreateParamsPart",
    "ShopWidgetListResponse",
    "ShopWidgetPart",
    "ShopWidgetRetrieveResponse",
    "StringCaseInsensitiveFilter",
    "StringInFilter",
]

_INTEGRATION_TYPES = frozenset(
    {
        "ShopWidgetCreateAcmeParams",
        "ShopWidgetCreateBody",
    }
)


def __getattr__(name: str) -> Any:
    # Per-integration bodies load on first use: their module is large, and most programs never
    # need it.
    if name in _INTEGRATION_TYPES:
        from trackstar.types import _integrations

        return getattr(_integrations, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
