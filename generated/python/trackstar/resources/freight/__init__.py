"""`client.freight`: operations of this resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trackstar._base_client import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trackstar.resources.freight.shipments import FreightShipments, AsyncFreightShipments

__all__ = ["Freight", "AsyncFreight"]


class Freight(SyncAPIResource):
    """`client.freight`"""

    @cached_property
    def shipments(self) -> FreightShipments:
        from trackstar.resources.freight.shipments import FreightShipments

        return FreightShipments(self._client)


class AsyncFreight(AsyncAPIResource):
    """`async client.freight`"""

    @cached_property
    def shipments(self) -> AsyncFreightShipments:
        from trackstar.resources.freight.shipments import AsyncFreightShipments

        return AsyncFreightShipments(self._client)
