"""Encode query parameters and filter families (`f=v`, `f[op]=v`) the way the API expects."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import quote

__all__ = ["FilterField", "encode_query", "encode_value", "is_list_operator", "path_param"]


@dataclass(frozen=True)
class FilterField:
    """One filterable field of one operation, as the spec declares it."""

    name: str
    kind: str  # string, enum, integer, number, boolean, datetime, date
    ops: frozenset[str]
    plain: bool


def is_list_operator(op: str) -> bool:
    """`in`, `nin` and their variants (`in-insensitive`) take a list of values."""
    return op.split("-", 1)[0] in ("in", "nin")


def encode_value(kind: str, value: object) -> str:
    """One value as the API reads it: dates as `YYYY-MM-DDTHH:MM:SSZ` in UTC."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"naive datetime {value.isoformat()} is ambiguous; pass an aware datetime "
                "(e.g. datetime(..., tzinfo=timezone.utc))"
            )
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(f"cannot send {type(value).__name__} as a {kind} query value")


def _encode_list(kind: str, values: object) -> str:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        return encode_value(kind, values)  # a single value is a one-item list
    return ",".join(encode_value(kind, v) for v in values)


def _encode_filter(field: FilterField, value: object) -> list[tuple[str, str]]:
    if not isinstance(value, Mapping):
        if field.plain:
            return [(field.name, encode_value(field.kind, value))]
        if "eq" in field.ops:
            return [(f"{field.name}[eq]", encode_value(field.kind, value))]
        if isinstance(value, (list, tuple, set, frozenset)) and "in" in field.ops:
            return [(f"{field.name}[in]", _encode_list(field.kind, value))]
        raise ValueError(
            f"filter {field.name!r} takes a mapping of operators ({', '.join(sorted(field.ops))}), not a plain value"
        )
    pairs = []
    for op, operand in value.items():
        if op not in field.ops:
            allowed = ", ".join(sorted(field.ops)) or "none"
            raise ValueError(f"filter {field.name!r} does not support operator {op!r}; allowed: {allowed}")
        if operand is None:
            continue
        encoded = _encode_list(field.kind, operand) if is_list_operator(op) else encode_value(field.kind, operand)
        pairs.append((f"{field.name}[{op}]", encoded))
    return pairs


def encode_query(
    filters: Sequence[tuple[FilterField, object]] = (),
    params: Sequence[tuple[str, str, object]] = (),
) -> list[tuple[str, str]]:
    """Query pairs for an operation: plain params `(name, kind, value)` then filters.

    A value of None is left out. Array params are sent comma-joined in one value, as the API
    documents for lists.
    """
    query: list[tuple[str, str]] = []
    for name, kind, value in params:
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            query.append((name, _encode_list(kind, value)))
        else:
            query.append((name, encode_value(kind, value)))
    for field, value in filters:
        if value is not None:
            query.extend(_encode_filter(field, value))
    return query


def path_param(name: str, value: str) -> str:
    """A path parameter, percent-encoded; an empty one would silently address another endpoint."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"expected a non-empty string for path parameter {name!r}, got {value!r}")
    return quote(value, safe="")
