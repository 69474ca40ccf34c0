"""Every public type of the SDK, importable from here (`from trackstar.types import Order`) or
from its resource's module (`trackstar.types.wms.orders`).

Implementation modules: `models` (responses, pydantic), `params` (request bodies, TypedDicts),
`filters` (filter arguments) and `integrations` (per-integration write bodies). Each loads on
first use, so importing one type does not load the others."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import filters, integrations, models, params
    from .models import (
        ShopWidget as ShopWidget,
        ShopWidgetListResponse as ShopWidgetListResponse,
        ShopWidgetPart as ShopWidgetPart,
        ShopWidgetRetrieveResponse as ShopWidgetRetrieveResponse,
        WidgetCreatedEvent as WidgetCreatedEvent,
    )
    from .params import (
        ShopWidgetAttachParams as ShopWidgetAttachParams,
        ShopWidgetCreateParams as ShopWidgetCreateParams,
        ShopWidgetCreateParamsPart as ShopWidgetCreateParamsPart,
    )
    from .filters import (
        DatetimeRangeFilter as DatetimeRangeFilter,
        ShopWidgetColour as ShopWidgetColour,
        ShopWidgetColourEqInNinFilter as ShopWidgetColourEqInNinFilter,
        StringCaseInsensitiveFilter as StringCaseInsensitiveFilter,
        StringInFilter as StringInFilter,
    )
    from .integrations import (
        ShopWidgetCreateAcmeParams as ShopWidgetCreateAcmeParams,
        ShopWidgetCreateBody as ShopWidgetCreateBody,
    )

_SUBMODULES = frozenset({"filters", "integrations", "models", "params"})
_TYPES = {
    "ShopWidget": "models",
    "ShopWidgetListResponse": "models",
    "ShopWidgetPart": "models",
    "ShopWidgetRetrieveResponse": "models",
    "WidgetCreatedEvent": "models",
    "ShopWidgetAttachParams": "params",
    "ShopWidgetCreateParams": "params",
    "ShopWidgetCreateParamsPart": "params",
    "DatetimeRangeFilter": "filters",
    "ShopWidgetColour": "filters",
    "ShopWidgetColourEqInNinFilter": "filters",
    "StringCaseInsensitiveFilter": "filters",
    "StringInFilter": "filters",
    "ShopWidgetCreateAcmeParams": "integrations",
    "ShopWidgetCreateBody": "integrations",
}

__all__ = sorted(_SUBMODULES | set(_TYPES))


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    module = _TYPES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
