"""Cursor pagination: pages that fetch their successors lazily, repeating the original query."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, AsyncIterator, Awaitable, Callable, Generator, Generic, Iterator, TypeVar, cast

import httpx
import pydantic
from typing_extensions import NotRequired, Required, TypedDict, override

from ._config import PaginationConfig
from ._exceptions import PaginationLoopError
from ._response import RateLimitInfo, rate_limit_info, set_request_id
from ._types import RequestOptions

__all__ = [
    "PageRequest",
    "parse_page_body",
    "SyncCursorPage",
    "AsyncCursorPage",
    "AsyncPaginator",
]

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class PageRequest(Generic[T]):
    """Everything needed to fetch one page; `next()` derives the following page's request."""

    path: str
    item_type: type[T]
    auth: tuple[str, ...]
    query: tuple[tuple[str, str], ...]
    options: RequestOptions | None
    pagination: PaginationConfig
    # Tokens already requested in this chain: a repeat would loop forever.
    seen_tokens: frozenset[str] = frozenset()
    # The queries still to run after this one's last page, when an `in` list too long for one
    # URL was split (see `_urls.chunk_query`): each starts a chain of its own.
    pending: tuple[tuple[tuple[str, str], ...], ...] = ()

    def next(self, token: str) -> PageRequest[T]:
        """The same query (every filter kept) with only the page token replaced."""
        if token in self.seen_tokens:
            raise PaginationLoopError(token)
        key = self.pagination.token_in
        query = tuple(pair for pair in self.query if pair[0] != key) + ((key, token),)
        return dataclasses.replace(self, query=query, seen_tokens=self.seen_tokens | {token})

    def next_chunk(self) -> PageRequest[T]:
        """The first page of the next part of a split query (a fresh token chain)."""
        query, *rest = self.pending
        return dataclasses.replace(self, query=query, seen_tokens=frozenset(), pending=tuple(rest))


def _envelope_type(item_type: Any, items: str, token_out: str, total: str | None) -> Any:
    """The page body as a TypedDict: the item list required, the token and total not
    (TypedDict, Required and NotRequired all from typing_extensions, so the keys are right)."""
    fields: dict[str, Any] = {items: Required[list[item_type]], token_out: NotRequired[str | None]}
    if total is not None:
        fields[total] = NotRequired[int | None]
    return TypedDict(f"{getattr(item_type, '__name__', 'Item')}Page", fields)  # type: ignore[operator]


@functools.lru_cache(maxsize=512)
def _envelope_adapter(item_type: Any, items: str, token_out: str, total: str | None) -> pydantic.TypeAdapter[Any]:
    # One TypedDict per item type, built once: pydantic-core then validates the whole raw body
    # in a single pass (jiter), without an intermediate json.loads.
    return pydantic.TypeAdapter(_envelope_type(item_type, items, token_out, total))


def parse_page_body(
    content: bytes,
    item_type: type[T],
    pagination: PaginationConfig,
    request_id: str | None = None,
    *,
    strict: bool = False,
) -> tuple[list[T], str | None, int | None]:
    """(items, next_token, total_count) from a page's raw JSON body; raises pydantic.ValidationError.

    Unless `strict`, an item of the SDK's own models that does not validate is constructed
    instead (see `_models`); the page fails only when its envelope is not the documented shape.
    """
    from ._models import constructs, gc_paused  # loaded on the first page, not at `import trackstar`

    with gc_paused():
        try:
            adapter = _envelope_adapter(cast(Any, item_type), pagination.items, pagination.token_out, pagination.total)
            envelope = adapter.validate_json(content)
            total = envelope.get(pagination.total) if pagination.total is not None else None
            data: list[T] = envelope[pagination.items]
            token: str | None = envelope.get(pagination.token_out)
        except pydantic.ValidationError:
            parts = None if strict or not constructs(item_type) else _lenient_page(content, item_type, pagination)
            if parts is None:
                raise
            data, token, total = parts
    for item in data:
        set_request_id(item, request_id)
    return data, token, total


def _lenient_page(
    content: bytes, item_type: type[T], pagination: PaginationConfig
) -> tuple[list[T], str | None, int | None] | None:
    """The page with each item validated or, where it does not validate, constructed; None when
    the envelope itself is off (not JSON, no item list, an item that is not an object, a token
    or total of the wrong type)."""
    from ._models import loads_or_none, validate_or_construct

    body = loads_or_none(content)
    if body.__class__ is not dict:
        return None
    items = body.get(pagination.items)
    token = body.get(pagination.token_out)
    total = body.get(pagination.total) if pagination.total is not None else None
    if (
        items.__class__ is not list
        or not (token is None or token.__class__ is str)
        or not (total is None or total.__class__ is int)
        or any(item.__class__ is not dict for item in items)
    ):
        return None
    model = cast(type[pydantic.BaseModel], item_type)
    return [cast(T, validate_or_construct(model, item)) for item in items], token, total


class _CursorPage(Generic[T]):
    def __init__(
        self,
        *,
        data: list[T],
        next_token: str | None,
        total_count: int | None,
        request_id: str | None,
        request: PageRequest[T],
        headers: httpx.Headers | None = None,
        status_code: int = 200,
    ) -> None:
        self.data = data
        self.next_token = next_token
        # Of this page's query; when a long `in` list was split, of the current part only.
        self.total_count = total_count
        self.request_id = request_id
        self.request = request
        # The HTTP response this page came from (its body is parsed into `data` and not kept).
        self.headers = headers if headers is not None else httpx.Headers()
        self.status_code = status_code

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The `x-ratelimit-*` headers of this page's response."""
        return rate_limit_info(self.headers)

    def has_next_page(self) -> bool:
        # The API marks the last page with a null token; treat an empty string the same way.
        # A split query (see PageRequest.pending) goes on with its next part.
        return bool(self.next_token) or bool(self.request.pending)

    def _next_request(self) -> PageRequest[T]:
        if self.next_token:
            return self.request.next(self.next_token)
        if self.request.pending:
            return self.request.next_chunk()
        raise RuntimeError("This is the last page; check has_next_page() first.")

    @override
    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(items={len(self.data)}, next_token={self.next_token!r}, "
            f"total_count={self.total_count!r}, request_id={self.request_id!r})"
        )


class SyncCursorPage(_CursorPage[T]):
    """One page; iterating it yields every item of this and all following pages."""

    def __init__(
        self,
        *,
        data: list[T],
        next_token: str | None,
        total_count: int | None,
        request_id: str | None,
        request: PageRequest[T],
        fetch: Callable[[PageRequest[T]], SyncCursorPage[T]],
        headers: httpx.Headers | None = None,
        status_code: int = 200,
    ) -> None:
        super().__init__(
            data=data,
            next_token=next_token,
            total_count=total_count,
            request_id=request_id,
            request=request,
            headers=headers,
            status_code=status_code,
        )
        self._fetch = fetch

    def get_next_page(self) -> SyncCursorPage[T]:
        return self._fetch(self._next_request())

    def iter_pages(self) -> Iterator[SyncCursorPage[T]]:
        """This page and every following one, each with its response's `headers`,
        `status_code`, `request_id` and `rate_limit`; a repeated token raises
        PaginationLoopError as item iteration does."""
        return _pages(self)

    def __iter__(self) -> Iterator[T]:
        return _items(self)


class AsyncCursorPage(_CursorPage[T]):
    """One page; `async for` over it yields every item of this and all following pages."""

    def __init__(
        self,
        *,
        data: list[T],
        next_token: str | None,
        total_count: int | None,
        request_id: str | None,
        request: PageRequest[T],
        fetch: Callable[[PageRequest[T]], Awaitable[AsyncCursorPage[T]]],
        headers: httpx.Headers | None = None,
        status_code: int = 200,
    ) -> None:
        super().__init__(
            data=data,
            next_token=next_token,
            total_count=total_count,
            request_id=request_id,
            request=request,
            headers=headers,
            status_code=status_code,
        )
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[T]:
        return await self._fetch(self._next_request())

    def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        """This page and every following one (see SyncCursorPage.iter_pages)."""
        return _async_pages(self)

    def __aiter__(self) -> AsyncIterator[T]:
        return _async_items(self)


class AsyncPaginator(Generic[T]):
    """What an async list method returns: await it for the first page, `async for` for every item."""

    def __init__(self, fetch_first: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._fetch_first = fetch_first

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._fetch_first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in _async_items(await self):  # no local keeps the first page alive
            yield item

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        """`async for page in client....list(...).iter_pages()`: every page, the first included,
        each with its response's headers (see SyncCursorPage.iter_pages)."""
        async for page in _async_pages(await self):
            yield page


# Iteration lives in module-level generators rather than methods so that no frame keeps an
# earlier page (`self`) alive: each page is dropped before the next one is fetched and parsed,
# so walking N pages peaks at about one page of memory.


def _pages(page: SyncCursorPage[T]) -> Iterator[SyncCursorPage[T]]:
    while True:
        yield page
        if not page.has_next_page():
            return
        request, fetch = page._next_request(), page._fetch
        del page
        page = fetch(request)


def _items(page: SyncCursorPage[T]) -> Iterator[T]:
    while True:
        yield from page.data
        if not page.has_next_page():
            return
        request, fetch = page._next_request(), page._fetch
        del page
        page = fetch(request)


async def _async_pages(page: AsyncCursorPage[T]) -> AsyncIterator[AsyncCursorPage[T]]:
    while True:
        yield page
        if not page.has_next_page():
            return
        request, fetch = page._next_request(), page._fetch
        del page
        page = await fetch(request)


async def _async_items(page: AsyncCursorPage[T]) -> AsyncIterator[T]:
    while True:
        for item in page.data:
            yield item
        if not page.has_next_page():
            return
        request, fetch = page._next_request(), page._fetch
        del page
        page = await fetch(request)
