"""`client.sandbox.simulate`: operations of this resource."""

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
    from .sandbox_simulate_orders import SandboxSimulateOrders, AsyncSandboxSimulateOrders

    pass

__all__ = ["SandboxSimulate", "AsyncSandboxSimulate"]


class SandboxSimulate(SyncAPIResource):
    """`client.sandbox.simulate`"""

    @cached_property
    def orders(self) -> SandboxSimulateOrders:
        from .sandbox_simulate_orders import SandboxSimulateOrders

        return SandboxSimulateOrders(self._client)


class AsyncSandboxSimulate(AsyncAPIResource):
    """`async client.sandbox.simulate`"""

    @cached_property
    def orders(self) -> AsyncSandboxSimulateOrders:
        from .sandbox_simulate_orders import AsyncSandboxSimulateOrders

        return AsyncSandboxSimulateOrders(self._client)
