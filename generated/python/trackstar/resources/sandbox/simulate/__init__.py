"""`client.sandbox.simulate`: operations of this resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trackstar._base_client import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trackstar.resources.sandbox.simulate.orders import (
        SandboxSimulateOrders,
        AsyncSandboxSimulateOrders,
    )

__all__ = ["SandboxSimulate", "AsyncSandboxSimulate"]


class SandboxSimulate(SyncAPIResource):
    """`client.sandbox.simulate`"""

    @cached_property
    def orders(self) -> SandboxSimulateOrders:
        from trackstar.resources.sandbox.simulate.orders import SandboxSimulateOrders

        return SandboxSimulateOrders(self._client)


class AsyncSandboxSimulate(AsyncAPIResource):
    """`async client.sandbox.simulate`"""

    @cached_property
    def orders(self) -> AsyncSandboxSimulateOrders:
        from trackstar.resources.sandbox.simulate.orders import AsyncSandboxSimulateOrders

        return AsyncSandboxSimulateOrders(self._client)
