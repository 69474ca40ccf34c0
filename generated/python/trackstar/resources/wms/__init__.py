"""`client.wms`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import check_body_enums
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, given_fields, make_options
from trackstar.types._models import cart as _models_cart

if TYPE_CHECKING:
    from trackstar.resources.wms.billing import WmsBilling, AsyncWmsBilling
    from trackstar.resources.wms.inbound_shipments import (
        WmsInboundShipments,
        AsyncWmsInboundShipments,
    )
    from trackstar.resources.wms.inventory import WmsInventory, AsyncWmsInventory
    from trackstar.resources.wms.kits import WmsKits, AsyncWmsKits
    from trackstar.resources.wms.labor_activities import WmsLaborActivities, AsyncWmsLaborActivities
    from trackstar.resources.wms.orders import WmsOrders, AsyncWmsOrders
    from trackstar.resources.wms.products import WmsProducts, AsyncWmsProducts
    from trackstar.resources.wms.returns import WmsReturns, AsyncWmsReturns
    from trackstar.resources.wms.shipping_methods import WmsShippingMethods, AsyncWmsShippingMethods
    from trackstar.resources.wms.warehouse_customers import (
        WmsWarehouseCustomers,
        AsyncWmsWarehouseCustomers,
    )
    from trackstar.resources.wms.warehouses import WmsWarehouses, AsyncWmsWarehouses

__all__ = ["Wms", "AsyncWms"]

_WMS_PASSTHROUGH_BODY_ENUMS = {
    "method": frozenset(["DELETE", "GET", "PATCH", "POST", "PUT"]),
}


class Wms(SyncAPIResource):
    """`client.wms`"""

    @cached_property
    def billing(self) -> WmsBilling:
        from trackstar.resources.wms.billing import WmsBilling

        return WmsBilling(self._client)

    @cached_property
    def inbound_shipments(self) -> WmsInboundShipments:
        from trackstar.resources.wms.inbound_shipments import WmsInboundShipments

        return WmsInboundShipments(self._client)

    @cached_property
    def inventory(self) -> WmsInventory:
        from trackstar.resources.wms.inventory import WmsInventory

        return WmsInventory(self._client)

    @cached_property
    def kits(self) -> WmsKits:
        from trackstar.resources.wms.kits import WmsKits

        return WmsKits(self._client)

    @cached_property
    def labor_activities(self) -> WmsLaborActivities:
        from trackstar.resources.wms.labor_activities import WmsLaborActivities

        return WmsLaborActivities(self._client)

    @cached_property
    def orders(self) -> WmsOrders:
        from trackstar.resources.wms.orders import WmsOrders

        return WmsOrders(self._client)

    @cached_property
    def products(self) -> WmsProducts:
        from trackstar.resources.wms.products import WmsProducts

        return WmsProducts(self._client)

    @cached_property
    def returns(self) -> WmsReturns:
        from trackstar.resources.wms.returns import WmsReturns

        return WmsReturns(self._client)

    @cached_property
    def shipping_methods(self) -> WmsShippingMethods:
        from trackstar.resources.wms.shipping_methods import WmsShippingMethods

        return WmsShippingMethods(self._client)

    @cached_property
    def warehouse_customers(self) -> WmsWarehouseCustomers:
        from trackstar.resources.wms.warehouse_customers import WmsWarehouseCustomers

        return WmsWarehouseCustomers(self._client)

    @cached_property
    def warehouses(self) -> WmsWarehouses:
        from trackstar.resources.wms.warehouses import WmsWarehouses

        return WmsWarehouses(self._client)

    @cached_property
    def with_raw_response(self) -> WmsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsWithRawResponse(self)

    def passthrough(
        self,
        *,
        method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"],
        path: str,
        data: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        params: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_cart.CartPassthroughResponse:
        """Send a raw request to the connected WMS through Trackstar.

        `POST /wms/passthrough`.

        Needs api_key and access_token.
        Documented error statuses: 422, 501; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("method", method),
            ("path", path),
            ("data", data),
            ("headers", headers),
            ("params", params),
        )
        check_body_enums("passthrough", dict(_fields), _WMS_PASSTHROUGH_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/passthrough"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_cart.CartPassthroughResponse,
            auth=("api_key", "access_token"),
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
        from trackstar.resources.wms.billing import AsyncWmsBilling

        return AsyncWmsBilling(self._client)

    @cached_property
    def inbound_shipments(self) -> AsyncWmsInboundShipments:
        from trackstar.resources.wms.inbound_shipments import AsyncWmsInboundShipments

        return AsyncWmsInboundShipments(self._client)

    @cached_property
    def inventory(self) -> AsyncWmsInventory:
        from trackstar.resources.wms.inventory import AsyncWmsInventory

        return AsyncWmsInventory(self._client)

    @cached_property
    def kits(self) -> AsyncWmsKits:
        from trackstar.resources.wms.kits import AsyncWmsKits

        return AsyncWmsKits(self._client)

    @cached_property
    def labor_activities(self) -> AsyncWmsLaborActivities:
        from trackstar.resources.wms.labor_activities import AsyncWmsLaborActivities

        return AsyncWmsLaborActivities(self._client)

    @cached_property
    def orders(self) -> AsyncWmsOrders:
        from trackstar.resources.wms.orders import AsyncWmsOrders

        return AsyncWmsOrders(self._client)

    @cached_property
    def products(self) -> AsyncWmsProducts:
        from trackstar.resources.wms.products import AsyncWmsProducts

        return AsyncWmsProducts(self._client)

    @cached_property
    def returns(self) -> AsyncWmsReturns:
        from trackstar.resources.wms.returns import AsyncWmsReturns

        return AsyncWmsReturns(self._client)

    @cached_property
    def shipping_methods(self) -> AsyncWmsShippingMethods:
        from trackstar.resources.wms.shipping_methods import AsyncWmsShippingMethods

        return AsyncWmsShippingMethods(self._client)

    @cached_property
    def warehouse_customers(self) -> AsyncWmsWarehouseCustomers:
        from trackstar.resources.wms.warehouse_customers import AsyncWmsWarehouseCustomers

        return AsyncWmsWarehouseCustomers(self._client)

    @cached_property
    def warehouses(self) -> AsyncWmsWarehouses:
        from trackstar.resources.wms.warehouses import AsyncWmsWarehouses

        return AsyncWmsWarehouses(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsWithRawResponse(self)

    async def passthrough(
        self,
        *,
        method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"],
        path: str,
        data: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        params: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_cart.CartPassthroughResponse:
        """Send a raw request to the connected WMS through Trackstar.

        `POST /wms/passthrough`.

        Needs api_key and access_token.
        Documented error statuses: 422, 501; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("method", method),
            ("path", path),
            ("data", data),
            ("headers", headers),
            ("params", params),
        )
        check_body_enums("passthrough", dict(_fields), _WMS_PASSTHROUGH_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/passthrough"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_cart.CartPassthroughResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncWmsWithRawResponse:
    """`.with_raw_response` view of AsyncWms."""

    def __init__(self, resource: AsyncWms) -> None:
        self._resource = resource
        self.passthrough = async_to_raw_response_wrapper(resource.passthrough)
