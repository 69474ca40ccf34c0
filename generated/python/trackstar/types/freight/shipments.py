"""Types of `client.freight.shipments`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.freight_shipments import (
    FreightShipment as FreightShipment,
    FreightShipmentListResponse as FreightShipmentListResponse,
    FreightShipmentRetrieveResponse as FreightShipmentRetrieveResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "FreightShipment",
    "FreightShipmentListResponse",
    "FreightShipmentRetrieveResponse",
    "StringInFilter",
]
