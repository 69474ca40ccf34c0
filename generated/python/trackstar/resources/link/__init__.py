"""`client.link`: operations of this resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trackstar._base_client import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trackstar.resources.link.exchange import LinkExchange, AsyncLinkExchange
    from trackstar.resources.link.token import LinkToken, AsyncLinkToken

__all__ = ["Link", "AsyncLink"]


class Link(SyncAPIResource):
    """`client.link`"""

    @cached_property
    def exchange(self) -> LinkExchange:
        from trackstar.resources.link.exchange import LinkExchange

        return LinkExchange(self._client)

    @cached_property
    def token(self) -> LinkToken:
        from trackstar.resources.link.token import LinkToken

        return LinkToken(self._client)


class AsyncLink(AsyncAPIResource):
    """`async client.link`"""

    @cached_property
    def exchange(self) -> AsyncLinkExchange:
        from trackstar.resources.link.exchange import AsyncLinkExchange

        return AsyncLinkExchange(self._client)

    @cached_property
    def token(self) -> AsyncLinkToken:
        from trackstar.resources.link.token import AsyncLinkToken

        return AsyncLinkToken(self._client)
