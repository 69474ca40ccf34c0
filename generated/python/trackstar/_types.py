"""Small shared types: the NOT_GIVEN sentinel, file inputs and per-call request options."""

from __future__ import annotations

from typing import IO, Dict, List, Mapping, Tuple, TypeVar, Union

import httpx
from typing_extensions import Literal, TypeAlias, TypedDict, override

__all__ = [
    "NotGiven",
    "NOT_GIVEN",
    "ListOrTuple",
    "FileContent",
    "FileTypes",
    "RequestOptions",
    "make_options",
    "merge_extra_body",
    "given_fields",
    "given_files",
    "body_or_fields",
    "WholeBody",
]


class NotGiven:
    """Marks an argument the caller left out, where None is a meaningful value."""

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

_T = TypeVar("_T")

# A list of values where the API takes several: a list or a tuple, never a bare `str` (which
# `Sequence[str]` would accept, being a sequence of strings), and checked item by item against
# Literal values, which mypy does not do through a Protocol.
ListOrTuple: TypeAlias = Union[List[_T], Tuple[_T, ...]]

FileContent = Union[bytes, IO[bytes]]
FileTypes = Union[
    FileContent,
    Tuple[Union[str, None], FileContent],
    Tuple[Union[str, None], FileContent, Union[str, None]],
]


class RequestOptions(TypedDict, total=False):
    """Per-call overrides every generated method accepts."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    # None means "no timeout" for this call (unlike the other keys, where None means "not set").
    timeout: float | httpx.Timeout | None
    max_retries: int
    # True: retry this POST/PATCH like a GET even after a 5xx or a timeout (it may apply twice).
    retry_writes: bool
    # True: this write is idempotent (the spec says so), so it is retried like a PUT.
    idempotent: bool


def make_options(
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    retry_writes: bool | NotGiven = NOT_GIVEN,
    idempotent: bool = False,
) -> RequestOptions:
    """Collect a generated method's trailing keyword arguments, dropping the ones not given."""
    options: RequestOptions = {}
    if extra_headers is not None:
        options["extra_headers"] = extra_headers
    if extra_query is not None:
        options["extra_query"] = extra_query
    if extra_body is not None:
        options["extra_body"] = extra_body
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if not isinstance(max_retries, NotGiven):
        options["max_retries"] = max_retries
    if not isinstance(retry_writes, NotGiven):
        options["retry_writes"] = retry_writes
    if idempotent:
        options["idempotent"] = True
    return options


def merge_extra_body(
    body: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    *,
    files: Mapping[str, object] | None = None,
) -> dict[str, object] | None:
    """The request body: the typed arguments' fields plus `extra_body`, or None if neither is given.

    `extra_body` is for fields the method has no argument for. A key that a typed argument (or a
    file) already sets is a ValueError before any request: letting one silently win would send a
    value the caller did not see.
    """
    if body is None and not extra_body:
        return None
    merged = dict(body or {})
    if extra_body:
        taken = set(merged) | set(files or {})
        collisions = sorted(key for key in extra_body if key in taken)
        if collisions:
            names = ", ".join(repr(key) for key in collisions)
            plural = len(collisions) > 1
            if isinstance(body, WholeBody):
                where = f"the body= dict already has {'them' if plural else 'it'}; put each field in body= once"
            else:
                where = (
                    f"this call already sets {'them' if plural else 'it'} through its typed "
                    f"argument{'s' if plural else ''}; pass each field once, as the typed argument"
                )
            raise ValueError(
                f"extra_body sets {names}, but {where} (extra_body is for fields the call has no "
                "other way to send)"
            )
        merged.update(extra_body)
    return merged


class WholeBody(Dict[str, object]):
    """A body given whole as `body=` (so an `extra_body` clash names body=, not an argument)."""


def given_fields(fields: tuple[tuple[str, object], ...]) -> dict[str, object]:
    """A method's body arguments by API name, the ones left out dropped."""
    return {key: value for key, value in fields if not isinstance(value, NotGiven)}


def given_files(fields: tuple[tuple[str, FileTypes | NotGiven], ...]) -> dict[str, FileTypes]:
    """A method's file arguments by API name, the ones left out dropped."""
    return {key: value for key, value in fields if not isinstance(value, NotGiven)}


def body_or_fields(
    method: str,
    body: Mapping[str, object] | NotGiven,
    fields: tuple[tuple[str, object], ...],
    required: tuple[str, ...],
) -> Mapping[str, object]:
    """The body of a write that takes either its base fields as keyword arguments or any
    integration's whole body as `body=`: whichever was given, and never both."""
    given = given_fields(fields)
    if not isinstance(body, NotGiven):
        if given:
            raise TypeError(
                f"{method}() takes the body either as body= or as keyword arguments, not both: {list(given)}"
            )
        return WholeBody(body)
    missing = [key for key in required if key not in given]
    if missing:
        raise TypeError(f"{method}() is missing required body fields {missing} (or pass body=)")
    return given
