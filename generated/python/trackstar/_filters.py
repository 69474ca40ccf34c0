"""Encode query parameters and filter families (`f=v`, `f[op]=v`) the way the API expects.

Values are checked here, before any request: a wrong value is a `ValueError` naming the filter,
not a 422 (or, worse, a silently different query) from the server.

- Datetimes are sent in UTC as `YYYY-MM-DDTHH:MM:SSZ`, with the fraction of a second when there
  is one (`.123Z`, `.123456Z`): precision is never dropped. A naive datetime is rejected.
- A `str` where a datetime is meant is accepted when it is ISO-8601 *with* a time zone
  (`2024-01-31T10:00:00Z`, `...+02:00`) and sent normalised to UTC like a datetime; any other
  string (no zone, a date only, free text) is rejected.
- `in`/`nin` (and variants) take a list: a bare `str` or an empty list is rejected.
- An enum value that is not among the field's known values is sent anyway, with an
  `UnknownEnumValueWarning` (the API adds values between SDK releases).
"""

from __future__ import annotations

import enum
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from types import FrameType
from urllib.parse import quote

from typing_extensions import TypeGuard

from ._exceptions import UnknownEnumValueWarning
from ._facts import is_list_operator

__all__ = [
    "FilterField",
    "encode_query",
    "encode_value",
    "encode_param",
    "is_list_operator",
    "path_param",
    "check_body_enums",
    "UnknownEnumValueWarning",
]


@dataclass(frozen=True)
class FilterField:
    """One filterable field of one operation, as the spec declares it."""

    name: str
    kind: str  # string, enum, integer, number, boolean, datetime, date
    ops: frozenset[str]
    plain: bool
    # The enum values the spec lists (None: not an enum, or not known); others only warn.
    values: frozenset[str] | None = None


def _utc_text(value: datetime, where: str) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{where}: naive datetime {value.isoformat()} is ambiguous; pass an aware datetime "
            "(e.g. datetime(..., tzinfo=timezone.utc))"
        )
    utc = value.astimezone(timezone.utc)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond:
        # Milliseconds when that is exact, else microseconds: never round precision away.
        fraction = f"{utc.microsecond:06d}"
        text += "." + (fraction[:3] if fraction.endswith("000") else fraction)
    return text + "Z"


# A date alone, with or without a zone: Python reads `2024-01-01+00:00` as a naive midnight.
_DATE_ONLY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$")


def _parse_datetime_text(text: str, where: str) -> datetime:
    """An ISO-8601 string with a time zone; anything else is ambiguous or not a datetime."""
    candidate = text.strip()
    day = _DATE_ONLY.match(candidate)
    if day:
        raise ValueError(
            f"{where}: {text!r} is a date without a time of day; pass a datetime such as "
            f"'{day.group(1)}T00:00:00Z', or an aware datetime"
        )
    if candidate[-1:] in ("Z", "z"):
        candidate = candidate[:-1] + "+00:00"  # Python 3.10's fromisoformat does not read `Z`
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        raise ValueError(
            f"{where}: {text!r} is not an ISO-8601 datetime; pass a datetime with tzinfo, or a string "
            "such as '2024-01-31T10:00:00Z'"
        ) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError(
            f"{where}: {text!r} has no time zone, so it is ambiguous; add one (e.g. '{text.strip()}Z' "
            "or '+02:00'), or pass an aware datetime"
        )
    return parsed


def encode_value(kind: str, value: object, *, where: str = "query value") -> str:
    """One scalar value as the API reads it; `kind` is the spec's value type ("" if unknown).

    `where` names the value in error messages (e.g. "filter 'created_date'").
    """
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return _utc_text(value, where)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and kind == "datetime":
        return _utc_text(_parse_datetime_text(value, where), where)
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(f"{where}: cannot send {type(value).__name__} as a {kind or 'query'} value")


def _is_list(value: object) -> TypeGuard[Iterable[object]]:
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes, bytearray, Mapping))


def _encode_list(kind: str, values: Iterable[object], where: str) -> str:
    items = [encode_value(kind, value, where=where) for value in values]
    if not items:
        # `f[in]=` would ask the API for records whose value is "", not "any of nothing".
        raise ValueError(f"{where}: the list is empty; leave the argument out to not filter on it")
    return ",".join(items)  # the API's convention for in/nin and array params


def encode_param(value: object, kind: str = "", *, where: str = "query value") -> str:
    """Any query value, a list included (comma-joined). Used for plain params and `extra_query`,
    so that every query value goes through `encode_value` (a datetime is always UTC `Z`)."""
    if _is_list(value):
        return _encode_list(kind, value, where)
    return encode_value(kind, value, where=where)


def _warn_unknown_values(field: FilterField, values: Iterable[object]) -> None:
    if field.values is None:
        return
    for value in values:
        _warn_if_unknown(f"filter {field.name!r}", value, field.values)


def _warn_if_unknown(label: str, value: object, known: frozenset[str]) -> None:
    text = value.value if isinstance(value, enum.Enum) else value
    if isinstance(text, str) and text not in known:
        import difflib  # only when a value is unknown

        close = difflib.get_close_matches(text, sorted(known), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        warnings.warn(
            UnknownEnumValueWarning(
                f"{label}: {text!r} is not one of its known values ({', '.join(sorted(known))}); "
                f"{hint}sending it anyway, since the API may have added it"
            ),
            stacklevel=_caller_stacklevel(),
        )


def _values_at(value: object, path: Sequence[str]) -> Iterator[object]:
    """The values at a dotted path of a body, through lists (`line_items.status`: each item's)."""
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _values_at(item, path)
        return
    if not path:
        yield value
    elif isinstance(value, Mapping):
        if path[0] in value:
            yield from _values_at(value[path[0]], path[1:])


def check_body_enums(method: str, body: Mapping[str, object] | None, enums: Mapping[str, frozenset[str]]) -> None:
    """Warn with UnknownEnumValueWarning, as filters do, for each body value that is not among
    the values the spec lists for its field (`enums`: dotted field path -> known values).

    Sent anyway: the API adds values between SDK releases.
    """
    if not body:
        return
    for path, known in enums.items():
        for value in _values_at(body, path.split(".")):
            _warn_if_unknown(f"{method}() body field {path!r}", value, known)


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _caller_stacklevel() -> int:
    """The stack level of the first frame outside this package, so a warning names user code."""
    level = 1
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level


def _list_operand(field: FilterField, op: str, operand: object) -> str:
    where = f"filter {field.name!r} operator {op!r}"
    if not _is_list(operand):
        shown = f"{operand!r}" if isinstance(operand, str) else type(operand).__name__
        example = f"[{operand!r}]" if isinstance(operand, str) else "[...]"
        raise ValueError(f"{where} takes a list of values, got {shown}; pass a list such as {example}")
    items = list(operand)
    _warn_unknown_values(field, items)
    return _encode_list(field.kind, items, where)


def _scalar_operand(field: FilterField, op: str | None, operand: object) -> str:
    where = f"filter {field.name!r}" + (f" operator {op!r}" if op else "")
    _warn_unknown_values(field, (operand,))
    return encode_value(field.kind, operand, where=where)


def _encode_filter(field: FilterField, value: object) -> list[tuple[str, str]]:
    if not isinstance(value, Mapping):
        if _is_list(value) and "in" in field.ops:
            return [(f"{field.name}[in]", _list_operand(field, "in", value))]  # a list means "any of"
        if field.plain:
            return [(field.name, _scalar_operand(field, None, value))]
        if "eq" in field.ops:
            return [(f"{field.name}[eq]", _scalar_operand(field, "eq", value))]
        if "in" in field.ops:
            return [(f"{field.name}[in]", _list_operand(field, "in", value))]  # names the list fix
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
        encoded = _list_operand(field, op, operand) if is_list_operator(op) else _scalar_operand(field, op, operand)
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
        if value is not None:
            query.append((name, encode_param(value, kind, where=f"parameter {name!r}")))
    for field, value in filters:
        if value is not None:
            query.extend(_encode_filter(field, value))
    return query


def path_param(name: str, value: str | int | float) -> str:
    """A path parameter, percent-encoded; an empty one would silently address another endpoint.
    Numbers (an integer id) are written as Python writes them; a bool is no path parameter."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return quote(str(value), safe="")
    if not isinstance(value, str) or not value:
        raise ValueError(f"expected a non-empty string for path parameter {name!r}, got {value!r}")
    return quote(value, safe="")
