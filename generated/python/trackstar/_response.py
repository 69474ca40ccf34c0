"""Raw responses: APIResponse[T] and the wrappers that make a method return one."""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import math
from collections.abc import Mapping
from typing import Any, Awaitable, Callable, Generic, TypeVar

import httpx
import pydantic
from typing_extensions import ParamSpec, override

__all__ = [
    "APIResponse",
    "RateLimitInfo",
    "rate_limit_info",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "raw_response_requested",
    "set_request_id",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

_RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("trackstar_raw_response", default=False)


def raw_response_requested() -> bool:
    """True inside a raw-response wrapper: `request`/`get_page` then return the APIResponse."""
    return _RAW_RESPONSE.get()


def set_request_id(obj: object, request_id: str | None) -> None:
    """Attach the request id to a model that declares `_request_id`; other objects are left alone.

    Works for a pydantic private attribute and for a plain class attribute (`ClassVar`), which
    avoids pydantic's per-instance private-attribute set-up and so validates nested models faster.
    """
    setter = _request_id_setter(type(obj))
    if setter is not None:
        setter(obj, request_id)


_RequestIdSetter = Callable[[object, str | None], None]
_SETTERS: dict[type, _RequestIdSetter | None] = {}  # the way to set it, looked up once per class


def _request_id_setter(cls: type) -> _RequestIdSetter | None:
    if cls not in _SETTERS:
        _SETTERS[cls] = _find_request_id_setter(cls)
    return _SETTERS[cls]


def _set_private(obj: object, value: str | None) -> None:
    setattr(obj, "_request_id", value)  # noqa: B010  (the static type declares no such attribute)


def _shadow_class_default(obj: object, value: str | None) -> None:
    object.__setattr__(obj, "_request_id", value)  # shadows the class default on this instance


def _find_request_id_setter(cls: type) -> _RequestIdSetter | None:
    if not issubclass(cls, pydantic.BaseModel):
        return None
    if "_request_id" in cls.__private_attributes__:
        return _set_private
    if hasattr(cls, "_request_id"):
        return _shadow_class_default
    return None


@dataclasses.dataclass(frozen=True)
class RateLimitInfo:
    """The rate-limit headers of one response; each is None when the response did not carry it.

    `limit` and `remaining` count requests of the current window (per access token); `reset` is
    when the window resets, in epoch seconds, as the API sends `x-ratelimit-reset`.
    """

    limit: int | None
    remaining: int | None
    reset: float | None


def _header_number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def rate_limit_info(headers: Mapping[str, str]) -> RateLimitInfo:
    """`x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` of a response."""
    limit = _header_number(headers, "x-ratelimit-limit")
    remaining = _header_number(headers, "x-ratelimit-remaining")
    return RateLimitInfo(
        limit=None if limit is None else int(limit),
        remaining=None if remaining is None else int(remaining),
        reset=_header_number(headers, "x-ratelimit-reset"),
    )


class APIResponse(Generic[T]):
    """An HTTP response with its body already read; `parse()` gives what the method would return."""

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[httpx.Response], T],
        *,
        request_id_header: str = "x-request-id",
        retries_taken: int = 0,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser
        self._request_id_header = request_id_header
        self._parsed: list[T] = []  # a list so that a parsed None is cached too

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get(self._request_id_header)
        return value

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The response's `x-ratelimit-*` headers."""
        return rate_limit_info(self.http_response.headers)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """Parse the body (once) into the method's return type."""
        if not self._parsed:
            self._parsed.append(self._parser(self.http_response))
        return self._parsed[0]

    @override
    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url}>"


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a sync SDK method so that it returns the APIResponse instead of the parsed value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW_RESPONSE.set(True)
        try:
            return func(*args, **kwargs)  # type: ignore[return-value]  # the client returns the APIResponse
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Like `to_raw_response_wrapper`, for async methods and methods returning an AsyncPaginator."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW_RESPONSE.set(True)
        try:
            return await func(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped
