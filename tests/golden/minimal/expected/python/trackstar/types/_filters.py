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
    "DatetimeRangeFilter",
    "ShopWidgetColour",
    "ShopWidgetColourEqInNinFilter",
    "StringCaseInsensitiveFilter",
    "StringInFilter",
]

DatetimeRangeFilter = TypedDict(
    "DatetimeRangeFilter",
    {
        "gt": datetime,
        "gte": datetime,
        "lt": datetime,
        "lte": datetime,
    },
    total=False,
)
"""Operators on a datetime field: gt, gte, lt, lte."""

ShopWidgetColour: TypeAlias = Literal["red", "green's"]
"""The values the API documents for this field (others may appear; they are sent with a warning)."""

ShopWidgetColourEqInNinFilter = TypedDict(
    "ShopWidgetColourEqInNinFilter",
    {
        "eq": ShopWidgetColour,
        "in": ListOrTuple[ShopWidgetColour],
        "nin": ListOrTuple[ShopWidgetColour],
    },
    total=False,
)
"""Operators on an enum field: eq, in, nin."""

StringCaseInsensitiveFilter = TypedDict(
    "StringCaseInsensitiveFilter",
    {
        "eq": str,
        "eq-insensitive": str,
        "contains": str,
    },
    total=False,
)
"""Operators on a string field: eq, eq-insensitive, contains."""

StringInFilter = TypedDict(
    "StringInFilter",
    {
        "in": ListOrTuple[str],
    },
    total=False,
)
"""Operators on a string field: in."""
