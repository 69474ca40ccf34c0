"""Types of `client.wms.kits`: responses, request bodies and filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trackstar.types._models.wms_kits import (
    KitCreateResponse as KitCreateResponse,
    KitUpdateResponse as KitUpdateResponse,
)
from trackstar.types._params import (
    KitCreateParams as KitCreateParams,
    KitCreateParamsInventoryItem as KitCreateParamsInventoryItem,
    KitCreateParamsMeasurements as KitCreateParamsMeasurements,
    KitUpdateParams as KitUpdateParams,
)

if TYPE_CHECKING:
    from trackstar.types._integrations import (
        KitCreateBody as KitCreateBody,
        KitCreateDearSystemsParams as KitCreateDearSystemsParams,
        KitCreateDearSystemsParamsInventoryItem as KitCreateDearSystemsParamsInventoryItem,
        KitCreateExtensiv3plCentralParams as KitCreateExtensiv3plCentralParams,
        KitCreateExtensiv3plCentralParamsInventoryItem as KitCreateExtensiv3plCentralParamsInventoryItem,
        KitCreateInfoplusParams as KitCreateInfoplusParams,
        KitCreateInfoplusParamsInventoryItem as KitCreateInfoplusParamsInventoryItem,
        KitCreateMasonhubParams as KitCreateMasonhubParams,
        KitCreateMasonhubParamsInventoryItem as KitCreateMasonhubParamsInventoryItem,
        KitCreateMasonhubParamsMeasurements as KitCreateMasonhubParamsMeasurements,
        KitCreateOngoingParams as KitCreateOngoingParams,
        KitCreateOngoingParamsInventoryItem as KitCreateOngoingParamsInventoryItem,
        KitCreateSandboxParams as KitCreateSandboxParams,
        KitCreateShipheroParams as KitCreateShipheroParams,
        KitCreateShipheroParamsInventoryItem as KitCreateShipheroParamsInventoryItem,
        KitCreateShipstreamParams as KitCreateShipstreamParams,
        KitCreateShipstreamParamsInventoryItem as KitCreateShipstreamParamsInventoryItem,
        KitCreateShipwireParams as KitCreateShipwireParams,
        KitCreateShipwireParamsInventoryItem as KitCreateShipwireParamsInventoryItem,
        KitCreateShipwireParamsMeasurements as KitCreateShipwireParamsMeasurements,
        KitCreateSkuvaultParams as KitCreateSkuvaultParams,
        KitCreateSkuvaultParamsInventoryItem as KitCreateSkuvaultParamsInventoryItem,
        KitCreateWhiplashParams as KitCreateWhiplashParams,
        KitCreateWhiplashParamsInventoryItem as KitCreateWhiplashParamsInventoryItem,
        KitUpdateBody as KitUpdateBody,
        KitUpdateDearSystemsParams as KitUpdateDearSystemsParams,
        KitUpdateExtensiv3plCentralParams as KitUpdateExtensiv3plCentralParams,
        KitUpdateInfoplusParams as KitUpdateInfoplusParams,
        KitUpdateMasonhubParams as KitUpdateMasonhubParams,
        KitUpdateOngoingParams as KitUpdateOngoingParams,
        KitUpdateSandboxParams as KitUpdateSandboxParams,
        KitUpdateShipheroParams as KitUpdateShipheroParams,
        KitUpdateShipstreamParams as KitUpdateShipstreamParams,
        KitUpdateWhiplashParams as KitUpdateWhiplashParams,
    )

__all__ = [
    "KitCreateBody",
    "KitCreateDearSystemsParams",
    "KitCreateDearSystemsParamsInventoryItem",
    "KitCreateExtensiv3plCentralParams",
    "KitCreateExtensiv3plCentralParamsInventoryItem",
    "KitCreateInfoplusParams",
    "KitCreateInfoplusParamsInventoryItem",
    "KitCreateMasonhubParams",
    "KitCreateMasonhubParamsInventoryItem",
    "KitCreateMasonhubParamsMeasurements",
    "KitCreateOngoingParams",
    "KitCreateOngoingParamsInventoryItem",
    "KitCreateParams",
    "KitCreateParamsInventoryItem",
    "KitCreateParamsMeasurements",
    "KitCreateResponse",
    "KitCreateSandboxParams",
    "KitCreateShipheroParams",
    "KitCreateShipheroParamsInventoryItem",
    "KitCreateShipstreamParams",
    "KitCreateShipstreamParamsInventoryItem",
    "KitCreateShipwireParams",
    "KitCreateShipwireParamsInventoryItem",
    "KitCreateShipwireParamsMeasurements",
    "KitCreateSkuvaultParams",
    "KitCreateSkuvaultParamsInventoryItem",
    "KitCreateWhiplashParams",
    "KitCreateWhiplashParamsInventoryItem",
    "KitUpdateBody",
    "KitUpdateDearSystemsParams",
    "KitUpdateExtensiv3plCentralParams",
    "KitUpdateInfoplusParams",
    "KitUpdateMasonhubParams",
    "KitUpdateOngoingParams",
    "KitUpdateParams",
    "KitUpdateResponse",
    "KitUpdateSandboxParams",
    "KitUpdateShipheroParams",
    "KitUpdateShipstreamParams",
    "KitUpdateWhiplashParams",
]

_INTEGRATION_TYPES = frozenset(
    {
        "KitCreateBody",
        "KitCreateDearSystemsParams",
        "KitCreateDearSystemsParamsInventoryItem",
        "KitCreateExtensiv3plCentralParams",
        "KitCreateExtensiv3plCentralParamsInventoryItem",
        "KitCreateInfoplusParams",
        "KitCreateInfoplusParamsInventoryItem",
        "KitCreateMasonhubParams",
        "KitCreateMasonhubParamsInventoryItem",
        "KitCreateMasonhubParamsMeasurements",
        "KitCreateOngoingParams",
        "KitCreateOngoingParamsInventoryItem",
        "KitCreateSandboxParams",
        "KitCreateShipheroParams",
        "KitCreateShipheroParamsInventoryItem",
        "KitCreateShipstreamParams",
        "KitCreateShipstreamParamsInventoryItem",
        "KitCreateShipwireParams",
        "KitCreateShipwireParamsInventoryItem",
        "KitCreateShipwireParamsMeasurements",
        "KitCreateSkuvaultParams",
        "KitCreateSkuvaultParamsInventoryItem",
        "KitCreateWhiplashParams",
        "KitCreateWhiplashParamsInventoryItem",
        "KitUpdateBody",
        "KitUpdateDearSystemsParams",
        "KitUpdateExtensiv3plCentralParams",
        "KitUpdateInfoplusParams",
        "KitUpdateMasonhubParams",
        "KitUpdateOngoingParams",
        "KitUpdateSandboxParams",
        "KitUpdateShipheroParams",
        "KitUpdateShipstreamParams",
        "KitUpdateWhiplashParams",
    }
)


def __getattr__(name: str) -> Any:
    # Per-integration bodies load on first use: their module is large, and most programs never
    # need it.
    if name in _INTEGRATION_TYPES:
        from trackstar.types import _integrations

        return getattr(_integrations, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
