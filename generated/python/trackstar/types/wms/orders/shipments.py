"""Types of `client.wms.orders.shipments`: responses, request bodies and filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trackstar.types._models.wms_orders_shipments import (
    OrderShipmentCreateParamsMeasurements as OrderShipmentCreateParamsMeasurements,
    OrderShipmentCreateResponse as OrderShipmentCreateResponse,
    OrderShipmentCreateResponseData as OrderShipmentCreateResponseData,
)
from trackstar.types._params import (
    OrderShipmentCreateParams as OrderShipmentCreateParams,
    OrderShipmentCreateParamsPackage as OrderShipmentCreateParamsPackage,
)

if TYPE_CHECKING:
    from trackstar.types._integrations import (
        OrderShipmentCreateBody as OrderShipmentCreateBody,
        OrderShipmentCreateDearSystemsParams as OrderShipmentCreateDearSystemsParams,
        OrderShipmentCreateDeposcoParams as OrderShipmentCreateDeposcoParams,
        OrderShipmentCreateExtensiv3plCentralParams as OrderShipmentCreateExtensiv3plCentralParams,
        OrderShipmentCreateFbaParams as OrderShipmentCreateFbaParams,
        OrderShipmentCreateFinaleParams as OrderShipmentCreateFinaleParams,
        OrderShipmentCreateFinaleParamsLineItem as OrderShipmentCreateFinaleParamsLineItem,
        OrderShipmentCreateInfoplusParams as OrderShipmentCreateInfoplusParams,
        OrderShipmentCreateLogiwaIoParams as OrderShipmentCreateLogiwaIoParams,
        OrderShipmentCreateLogiwaIoParamsFile as OrderShipmentCreateLogiwaIoParamsFile,
        OrderShipmentCreateLogiwaParams as OrderShipmentCreateLogiwaParams,
        OrderShipmentCreateOiaGlobalParams as OrderShipmentCreateOiaGlobalParams,
        OrderShipmentCreateOiaGlobalParamsPackage as OrderShipmentCreateOiaGlobalParamsPackage,
        OrderShipmentCreatePackiyoParams as OrderShipmentCreatePackiyoParams,
        OrderShipmentCreatePackiyoParamsBox as OrderShipmentCreatePackiyoParamsBox,
        OrderShipmentCreatePackiyoParamsBoxLineItem as OrderShipmentCreatePackiyoParamsBoxLineItem,
        OrderShipmentCreatePackiyoParamsBoxMeasurements as OrderShipmentCreatePackiyoParamsBoxMeasurements,
        OrderShipmentCreateSandboxParams as OrderShipmentCreateSandboxParams,
        OrderShipmentCreateSandboxParamsLineItem as OrderShipmentCreateSandboxParamsLineItem,
        OrderShipmentCreateShipheroParams as OrderShipmentCreateShipheroParams,
        OrderShipmentCreateShipheroParamsMeasurements as OrderShipmentCreateShipheroParamsMeasurements,
        OrderShipmentCreateShipstationParams as OrderShipmentCreateShipstationParams,
        OrderShipmentCreateSkuvaultParams as OrderShipmentCreateSkuvaultParams,
        OrderShipmentCreateSkuvaultParamsLineItem as OrderShipmentCreateSkuvaultParamsLineItem,
        OrderShipmentCreateSkuvaultParamsMeasurements as OrderShipmentCreateSkuvaultParamsMeasurements,
    )

__all__ = [
    "OrderShipmentCreateBody",
    "OrderShipmentCreateDearSystemsParams",
    "OrderShipmentCreateDeposcoParams",
    "OrderShipmentCreateExtensiv3plCentralParams",
    "OrderShipmentCreateFbaParams",
    "OrderShipmentCreateFinaleParams",
    "OrderShipmentCreateFinaleParamsLineItem",
    "OrderShipmentCreateInfoplusParams",
    "OrderShipmentCreateLogiwaIoParams",
    "OrderShipmentCreateLogiwaIoParamsFile",
    "OrderShipmentCreateLogiwaParams",
    "OrderShipmentCreateOiaGlobalParams",
    "OrderShipmentCreateOiaGlobalParamsPackage",
    "OrderShipmentCreatePackiyoParams",
    "OrderShipmentCreatePackiyoParamsBox",
    "OrderShipmentCreatePackiyoParamsBoxLineItem",
    "OrderShipmentCreatePackiyoParamsBoxMeasurements",
    "OrderShipmentCreateParams",
    "OrderShipmentCreateParamsMeasurements",
    "OrderShipmentCreateParamsPackage",
    "OrderShipmentCreateResponse",
    "OrderShipmentCreateResponseData",
    "OrderShipmentCreateSandboxParams",
    "OrderShipmentCreateSandboxParamsLineItem",
    "OrderShipmentCreateShipheroParams",
    "OrderShipmentCreateShipheroParamsMeasurements",
    "OrderShipmentCreateShipstationParams",
    "OrderShipmentCreateSkuvaultParams",
    "OrderShipmentCreateSkuvaultParamsLineItem",
    "OrderShipmentCreateSkuvaultParamsMeasurements",
]

_INTEGRATION_TYPES = frozenset(
    {
        "OrderShipmentCreateBody",
        "OrderShipmentCreateDearSystemsParams",
        "OrderShipmentCreateDeposcoParams",
        "OrderShipmentCreateExtensiv3plCentralParams",
        "OrderShipmentCreateFbaParams",
        "OrderShipmentCreateFinaleParams",
        "OrderShipmentCreateFinaleParamsLineItem",
        "OrderShipmentCreateInfoplusParams",
        "OrderShipmentCreateLogiwaIoParams",
        "OrderShipmentCreateLogiwaIoParamsFile",
        "OrderShipmentCreateLogiwaParams",
        "OrderShipmentCreateOiaGlobalParams",
        "OrderShipmentCreateOiaGlobalParamsPackage",
        "OrderShipmentCreatePackiyoParams",
        "OrderShipmentCreatePackiyoParamsBox",
        "OrderShipmentCreatePackiyoParamsBoxLineItem",
        "OrderShipmentCreatePackiyoParamsBoxMeasurements",
        "OrderShipmentCreateSandboxParams",
        "OrderShipmentCreateSandboxParamsLineItem",
        "OrderShipmentCreateShipheroParams",
        "OrderShipmentCreateShipheroParamsMeasurements",
        "OrderShipmentCreateShipstationParams",
        "OrderShipmentCreateSkuvaultParams",
        "OrderShipmentCreateSkuvaultParamsLineItem",
        "OrderShipmentCreateSkuvaultParamsMeasurements",
    }
)


def __getattr__(name: str) -> Any:
    # Per-integration bodies load on first use: their module is large, and most programs never
    # need it.
    if name in _INTEGRATION_TYPES:
        from trackstar.types import _integrations

        return getattr(_integrations, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
