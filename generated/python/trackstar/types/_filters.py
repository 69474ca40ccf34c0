"""Filter types: what a list method's filter arguments take, one type per shape.

A filter argument takes a plain value (sent as `field=value`) or one of these dicts of operators
(`{"gte": start, "lte": end}`, sent as `field[gte]=...&field[lte]=...`). List operators (`in`,
`nin` and their variants) take a list or tuple of values, never a bare string.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from typing_extensions import TypeAlias, TypedDict

from .._types import ListOrTuple

__all__ = [
    "CartOrderStatus",
    "CartOrderStatusFilter",
    "DatetimeFilter",
    "DatetimeRangeFilter",
    "InboundShipmentStatus",
    "InboundShipmentStatusFilter",
    "InventoryLedgerEventType",
    "InventoryLedgerEventTypeFilter",
    "OrderStatus",
    "OrderStatusFilter",
    "OrderType",
    "OrderTypeFilter",
    "StringCaseInsensitiveFilter",
    "StringEqContainsNotContainsFilter",
    "StringEqInNinContainsNotContainsFilter",
    "StringFilter",
    "StringInFilter",
]

CartOrderStatus: TypeAlias = Literal[
    "open",
    "confirmed",
    "processing",
    "partially_fulfilled",
    "fulfilled",
    "exception",
    "cancelled",
    "backordered",
    "other",
]
"""The values the API documents for this field (others may appear; they are sent with a warning)."""

CartOrderStatusFilter = TypedDict(
    "CartOrderStatusFilter",
    {
        "eq": CartOrderStatus,
        "neq": CartOrderStatus,
        "in": ListOrTuple[CartOrderStatus],
        "nin": ListOrTuple[CartOrderStatus],
        "contains": CartOrderStatus,
        "not_contains": CartOrderStatus,
    },
    total=False,
)
"""Operators on an enum field: eq, neq, in, nin, contains, not_contains."""

DatetimeFilter = TypedDict(
    "DatetimeFilter",
    {
        "eq": datetime,
        "neq": datetime,
        "gt": datetime,
        "gte": datetime,
        "lt": datetime,
        "lte": datetime,
        "in": ListOrTuple[datetime],
        "nin": ListOrTuple[datetime],
    },
    total=False,
)
"""Operators on a datetime field: eq, neq, gt, gte, lt, lte, in, nin."""

DatetimeRangeFilter = TypedDict(
    "DatetimeRangeFilter",
    {
        "eq": datetime,
        "neq": datetime,
        "gt": datetime,
        "gte": datetime,
        "lt": datetime,
        "lte": datetime,
    },
    total=False,
)
"""Operators on a datetime field: eq, neq, gt, gte, lt, lte."""

InboundShipmentStatus: TypeAlias = Literal[
    "open", "in-transit", "receiving", "received", "cancelled", "other"
]
"""The values the API documents for this field (others may appear; they are sent with a warning)."""

InboundShipmentStatusFilter = TypedDict(
    "InboundShipmentStatusFilter",
    {
        "eq": InboundShipmentStatus,
        "neq": InboundShipmentStatus,
        "in": ListOrTuple[InboundShipmentStatus],
        "nin": ListOrTuple[InboundShipmentStatus],
        "contains": InboundShipmentStatus,
        "not_contains": InboundShipmentStatus,
    },
    total=False,
)
"""Operators on an enum field: eq, neq, in, nin, contains, not_contains."""

InventoryLedgerEventType: TypeAlias = Literal[
    "adjustment",
    "return_receipt",
    "inbound_receipt",
    "order_shipment",
    "supplier_return",
    "movement",
    "other",
]
"""The values the API documents for this field (others may appear; they are sent with a warning)."""

InventoryLedgerEventTypeFilter = TypedDict(
    "InventoryLedgerEventTypeFilter",
    {
        "eq": InventoryLedgerEventType,
        "neq": InventoryLedgerEventType,
        "in": ListOrTuple[InventoryLedgerEventType],
        "nin": ListOrTuple[InventoryLedgerEventType],
        "contains": InventoryLedgerEventType,
        "not_contains": InventoryLedgerEventType,
    },
    total=False,
)
"""Operators on an enum field: eq, neq, in, nin, contains, not_contains."""

OrderStatus: TypeAlias = Literal[
    "open",
    "confirmed",
    "processing",
    "picked",
    "packed",
    "partially_fulfilled",
    "fulfilled",
    "exception",
    "cancelled",
    "backordered",
    "other",
]
"""The values the API documents for this field (others may appear; they are sent with a warning)."""

OrderStatusFilter = TypedDict(
    "OrderStatusFilter",
    {
        "eq": OrderStatus,
        "neq": OrderStatus,
        "in": ListOrTuple[OrderStatus],
        "nin": ListOrTuple[OrderStatus],
        "contains": OrderStatus,
        "not_contains": OrderStatus,
    },
    total=False,
)
"""Operators on an enum field: eq, neq, in, nin, contains, not_contains."""

OrderType: TypeAlias = Literal["d2c", "b2b", "dropship", "transfer"]
"""The values the API documents for this field (others may appear; they are sent with a warning)."""

OrderTypeFilter = TypedDict(
    "OrderTypeFilter",
    {
        "eq": OrderType,
        "neq": OrderType,
        "in": ListOrTuple[OrderType],
        "nin": ListOrTuple[OrderType],
        "contains": OrderType,
        "not_contains": OrderType,
    },
    total=False,
)
"""Operators on an enum field: eq, neq, in, nin, contains, not_contains."""

StringCaseInsensitiveFilter = TypedDict(
    "StringCaseInsensitiveFilter",
    {
        "eq": str,
        "eq-insensitive": str,
        "in": ListOrTuple[str],
        "in-insensitive": ListOrTuple[str],
        "nin": ListOrTuple[str],
        "contains": str,
        "contains-insensitive": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators on a string field: eq, eq-insensitive, in, in-insensitive, nin, contains, contains-insensitive, not_contains."""

StringEqContainsNotContainsFilter = TypedDict(
    "StringEqContainsNotContainsFilter",
    {
        "eq": str,
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators on a string field: eq, contains, not_contains."""

StringEqInNinContainsNotContainsFilter = TypedDict(
    "StringEqInNinContainsNotContainsFilter",
    {
        "eq": str,
        "in": ListOrTuple[str],
        "nin": ListOrTuple[str],
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators on a string field: eq, in, nin, contains, not_contains."""

StringFilter = TypedDict(
    "StringFilter",
    {
        "eq": str,
        "neq": str,
        "in": ListOrTuple[str],
        "nin": ListOrTuple[str],
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators on a string field: eq, neq, in, nin, contains, not_contains."""

StringInFilter = TypedDict(
    "StringInFilter",
    {
        "in": ListOrTuple[str],
    },
    total=False,
)
"""Operators on a string field: in."""
