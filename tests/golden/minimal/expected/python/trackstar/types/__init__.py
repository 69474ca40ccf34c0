"""Every public type of the SDK, importable from here (`from trackstar.types import Order`) or
from its resource's module (`trackstar.types.wms.orders`).

The types are defined in private modules: `_models` (responses, pydantic, one module per
resource), `_params` (request bodies, TypedDicts), `_filters` (filter arguments) and
`_integrations` (per-integration write bodies). Each loads on first use, so importing one type
does not load the others; their names never collide with a resource's module (there is an
`integrations` resource)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models.shop_widgets import (
        ShopWidget as ShopWidget,
        ShopWidgetListResponse as ShopWidgetListResponse,
        ShopWidgetPart as ShopWidgetPart,
        ShopWidgetRetrieveResponse as ShopWidgetRetrieveResponse,
    )
    from ._models.webhooks import (
        WidgetCreatedEvent as WidgetCreatedEvent,
    )
    from ._params import (
        ShopWidgetAttachParams as ShopWidgetAttachParams,
        ShopWidgetCreateParams as ShopWidgetCreateParams,
        ShopWidgetCreateParamsPart as ShopWidgetCreateParamsPart,
    )
    from ._filters import (
        DatetimeRangeFilter as DatetimeRangeFilter,
        ShopWidgetColour as ShopWidgetColour,
        ShopWidgetColourEqInNinFilter as ShopWidgetColourEqInNinFilter,
        StringCaseInsensitiveFilter as StringCaseInsensitiveFilter,
        StringInFilter as StringInFilter,
    )
    from ._integrations import (
        ShopWidgetCreateAcmeParams as ShopWidgetCreateAcmeParams,
        ShopWidgetCreateBody as ShopWidgetCreateBody,
    )

_TYPES = {
    "ShopWidget": "_models.shop_widgets",
    "ShopWidgetListResponse": "_models.shop_widgets",
    "ShopWidgetPart": "_models.shop_widgets",
    "ShopWidgetRetrieveResponse": "_models.shop_widgets",
    "WidgetCreatedEvent": "_models.webhooks",
    "ShopWidgetAttachParams": "_params",
    "ShopWidgetCreateParams": "_params",
    "ShopWidgetCreateParamsPart": "_params",
    "DatetimeRangeFilter": "_filters",
    "ShopWidgetColour": "_filters",
    "ShopWidgetColourEqInNinFilter": "_filters",
    "StringCaseInsensitiveFilter": "_filters",
    "StringInFilter": "_filters",
    "ShopWidgetCreateAcmeParams": "_integrations",
    "ShopWidgetCreateBody": "_integrations",
}

__all__ = sorted(_TYPES)


def __getattr__(name: str) -> Any:
    module = _TYPES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
