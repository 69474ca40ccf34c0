"""Types of `client.wms.inventory.ledger`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_inventory_ledger import (
    InventoryLedger as InventoryLedger,
    InventoryLedgerListResponse as InventoryLedgerListResponse,
)
from trackstar.types._filters import (
    DatetimeFilter as DatetimeFilter,
    InventoryLedgerEventType as InventoryLedgerEventType,
    InventoryLedgerEventTypeFilter as InventoryLedgerEventTypeFilter,
    StringFilter as StringFilter,
    StringInFilter as StringInFilter,
)

__all__ = [
    "DatetimeFilter",
    "InventoryLedger",
    "InventoryLedgerEventType",
    "InventoryLedgerEventTypeFilter",
    "InventoryLedgerListResponse",
    "StringFilter",
    "StringInFilter",
]
