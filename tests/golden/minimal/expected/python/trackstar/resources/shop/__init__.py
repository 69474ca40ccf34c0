"""`client.shop`: operations of this resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trackstar._base_client import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trackstar.resources.shop.widgets import ShopWidgets, AsyncShopWidgets

__all__ = ["Shop", "AsyncShop"]


class Shop(SyncAPIResource):
    """`client.shop`"""

    @cached_property
    def widgets(self) -> ShopWidgets:
        from trackstar.resources.shop.widgets import ShopWidgets

        return ShopWidgets(self._client)


class AsyncShop(AsyncAPIResource):
    """`async client.shop`"""

    @cached_property
    def widgets(self) -> AsyncShopWidgets:
        from trackstar.resources.shop.widgets import AsyncShopWidgets

        return AsyncShopWidgets(self._client)
