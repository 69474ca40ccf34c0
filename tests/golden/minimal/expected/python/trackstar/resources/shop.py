"""`client.shop`: operations of this resource."""

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
    from .shop_widgets import ShopWidgets, AsyncShopWidgets

    pass

__all__ = ["Shop", "AsyncShop"]


class Shop(SyncAPIResource):
    """`client.shop`"""

    @cached_property
    def widgets(self) -> ShopWidgets:
        from .shop_widgets import ShopWidgets

        return ShopWidgets(self._client)


class AsyncShop(AsyncAPIResource):
    """`async client.shop`"""

    @cached_property
    def widgets(self) -> AsyncShopWidgets:
        from .shop_widgets import AsyncShopWidgets

        return AsyncShopWidgets(self._client)
