"""`client.freight`: operations of this resource."""

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
    from .freight_shipments import FreightShipments, AsyncFreightShipments

    pass

__all__ = ["Freight", "AsyncFreight"]


class Freight(SyncAPIResource):
    """`client.freight`"""

    @cached_property
    def shipments(self) -> FreightShipments:
        from .freight_shipments import FreightShipments

        return FreightShipments(self._client)


class AsyncFreight(AsyncAPIResource):
    """`async client.freight`"""

    @cached_property
    def shipments(self) -> AsyncFreightShipments:
        from .freight_shipments import AsyncFreightShipments

        return AsyncFreightShipments(self._client)
