"""`client.link`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx
from typing_extensions import TypeAlias, TypedDict

from .._base_client import AsyncAPIResource, SyncAPIResource
from .._filters import FilterField, encode_query, path_param
from .._pagination import AsyncPaginator, SyncCursorPage
from .._response import APIResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, FileTypes, NotGiven, make_options
from ..types import models as _models

if TYPE_CHECKING:
    from ..types import params as _params  # request TypedDicts: for type checkers only
    from .link_exchange import LinkExchange, AsyncLinkExchange
    from .link_token import LinkToken, AsyncLinkToken

    pass

__all__ = ["Link", "AsyncLink"]


class Link(SyncAPIResource):
    """`client.link`"""

    @cached_property
    def exchange(self) -> LinkExchange:
        from .link_exchange import LinkExchange

        return LinkExchange(self._client)

    @cached_property
    def token(self) -> LinkToken:
        from .link_token import LinkToken

        return LinkToken(self._client)


class AsyncLink(AsyncAPIResource):
    """`async client.link`"""

    @cached_property
    def exchange(self) -> AsyncLinkExchange:
        from .link_exchange import AsyncLinkExchange

        return AsyncLinkExchange(self._client)

    @cached_property
    def token(self) -> AsyncLinkToken:
        from .link_token import AsyncLinkToken

        return AsyncLinkToken(self._client)
