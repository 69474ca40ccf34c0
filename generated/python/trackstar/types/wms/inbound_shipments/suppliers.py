"""Types of `client.wms.inbound_shipments.suppliers`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_inbound_shipments_suppliers import (
    InboundShipmentSupplier as InboundShipmentSupplier,
    InboundShipmentSupplierListResponse as InboundShipmentSupplierListResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    StringFilter as StringFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "InboundShipmentSupplier",
    "InboundShipmentSupplierListResponse",
    "StringFilter",
    "StringInFilter",
]
