"""`client.wms`: operations of this resource."""

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
    from .wms_billing import WmsBilling, AsyncWmsBilling
    from .wms_inbound_shipments import WmsInboundShipments, AsyncWmsInboundShipments
    from .wms_inventory import WmsInventory, AsyncWmsInventory
    from .wms_kits import WmsKits, AsyncWmsKits
    from .wms_labor_activities import WmsLaborActivities, AsyncWmsLaborActivities
    from .wms_orders import WmsOrders, AsyncWmsOrders
    from .wms_products import WmsProducts, AsyncWmsProducts
    from .wms_returns import WmsReturns, AsyncWmsReturns
    from .wms_shipping_methods import WmsShippingMethods, AsyncWmsShippingMethods
    from .wms_warehouse_customers import WmsWarehouseCustomers, AsyncWmsWarehouseCustomers
    from .wms_warehouses import WmsWarehouses, AsyncWmsWarehouses

    pass

__all__ = ["Wms", "AsyncWms"]


class Wms(SyncAPIResource):
    """`client.wms`"""

    @cached_property
    def billing(self) -> WmsBilling:
        from .wms_billing import WmsBilling

        return WmsBilling(self._client)

    @cached_property
    def inbound_shipments(self) -> WmsInboundShipments:
        from .wms_inbound_shipments import WmsInboundShipments

        return WmsInboundShipments(self._client)

    @cached_property
    def inventory(self) -> WmsInventory:
        from .wms_inventory import WmsInventory

        return WmsInventory(self._client)

    @cached_property
    def kits(self) -> WmsKits:
        from .wms_kits import WmsKits

        return WmsKits(self._client)

    @cached_property
    def labor_activities(self) -> WmsLaborActivities:
        from .wms_labor_activities import WmsLaborActivities

        return WmsLaborActivities(self._client)

    @cached_property
    def orders(self) -> WmsOrders:
        from .wms_orders import WmsOrders

        return WmsOrders(self._client)

    @cached_property
    def products(self) -> WmsProducts:
        from .wms_products import WmsProducts

        return WmsProducts(self._client)

    @cached_property
    def returns(self) -> WmsReturns:
        from .wms_returns import WmsReturns

        return WmsReturns(self._client)

    @cached_property
    def shipping_methods(self) -> WmsShippingMethods:
        from .wms_shipping_methods import WmsShippingMethods

        return WmsShippingMethods(self._client)

    @cached_property
    def warehouse_customers(self) -> WmsWarehouseCustomers:
        from .wms_warehouse_customers import WmsWarehouseCustomers

        return WmsWarehouseCustomers(self._client)

    @cached_property
    def warehouses(self) -> WmsWarehouses:
        from .wms_warehouses import WmsWarehouses

        return WmsWarehouses(self._client)

    @cached_property
    def with_raw_response(self) -> WmsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsWithRawResponse(self)

    def passthrough(
        self,
        *,
        method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"],
        path: str,
        data: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        params: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.PassthroughResponse:
        """Send a raw request to the connected WMS through Trackstar.

        `POST /wms/passthrough`.

        Needs api_key and access_token. Documented error statuses: 422, 501; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("method", method),
                ("path", path),
                ("data", data),
                ("headers", headers),
                ("params", params),
            )
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/passthrough"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.PassthroughResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class WmsWithRawResponse:
    """`.with_raw_response` view of Wms."""

    def __init__(self, resource: Wms) -> None:
        self._resource = resource
        self.passthrough = to_raw_response_wrapper(resource.passthrough)


class AsyncWms(AsyncAPIResource):
    """`async client.wms`"""

    @cached_property
    def billing(self) -> AsyncWmsBilling:
        from .wms_billing import AsyncWmsBilling

        return AsyncWmsBilling(self._client)

    @cached_property
    def inbound_shipments(self) -> AsyncWmsInboundShipments:
        from .wms_inbound_shipments import AsyncWmsInboundShipments

        return AsyncWmsInboundShipments(self._client)

    @cached_property
    def inventory(self) -> AsyncWmsInventory:
        from .wms_inventory import AsyncWmsInventory

        return AsyncWmsInventory(self._client)

    @cached_property
    def kits(self) -> AsyncWmsKits:
        from .wms_kits import AsyncWmsKits

        return AsyncWmsKits(self._client)

    @cached_property
    def labor_activities(self) -> AsyncWmsLaborActivities:
        from .wms_labor_activities import AsyncWmsLaborActivities

        return AsyncWmsLaborActivities(self._client)

    @cached_property
    def orders(self) -> AsyncWmsOrders:
        from .wms_orders import AsyncWmsOrders

        return AsyncWmsOrders(self._client)

    @cached_property
    def products(self) -> AsyncWmsProducts:
        from .wms_products import AsyncWmsProducts

        return AsyncWmsProducts(self._client)

    @cached_property
    def returns(self) -> AsyncWmsReturns:
        from .wms_returns import AsyncWmsReturns

        return AsyncWmsReturns(self._client)

    @cached_property
    def shipping_methods(self) -> AsyncWmsShippingMethods:
        from .wms_shipping_methods import AsyncWmsShippingMethods

        return AsyncWmsShippingMethods(self._client)

    @cached_property
    def warehouse_customers(self) -> AsyncWmsWarehouseCustomers:
        from .wms_warehouse_customers import AsyncWmsWarehouseCustomers

        return AsyncWmsWarehouseCustomers(self._client)

    @cached_property
    def warehouses(self) -> AsyncWmsWarehouses:
        from .wms_warehouses import AsyncWmsWarehouses

        return AsyncWmsWarehouses(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsWithRawResponse(self)

    async def passthrough(
        self,
        *,
        method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"],
        path: str,
        data: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        params: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.PassthroughResponse:
        """Send a raw request to the connected WMS through Trackstar.

        `POST /wms/passthrough`.

        Needs api_key and access_token. Documented error statuses: 422, 501; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("method", method),
                ("path", path),
                ("data", data),
                ("headers", headers),
                ("params", params),
            )
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/passthrough"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.PassthroughResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class AsyncWmsWithRawResponse:
    """`.with_raw_response` view of AsyncWms."""

    def __init__(self, resource: AsyncWms) -> None:
        self._resource = resource
        self.passthrough = async_to_raw_response_wrapper(resource.passthrough)
