"""`client.wms.orders.shipments`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, body_or_fields, make_options
from trackstar.types._models import wms_orders_shipments as _models_wms_orders_shipments

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types import _params  # request TypedDicts: for type checkers only

__all__ = ["WmsOrdersShipments", "AsyncWmsOrdersShipments"]


class WmsOrdersShipments(SyncAPIResource):
    """`client.wms.orders.shipments`"""

    @cached_property
    def with_raw_response(self) -> WmsOrdersShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsOrdersShipmentsWithRawResponse(self)

    def create(
        self,
        order_id: str,
        *,
        carrier: str | NotGiven = NOT_GIVEN,
        carrier_id: str | NotGiven = NOT_GIVEN,
        measurements: _params.OrderShipmentCreateParamsMeasurements | NotGiven = NOT_GIVEN,
        packages: ListOrTuple[_params.OrderShipmentCreateParamsPackage] | NotGiven = NOT_GIVEN,
        shipped_date: str | datetime | NotGiven = NOT_GIVEN,
        shipping_cost: float | NotGiven = NOT_GIVEN,
        shipping_method: str | NotGiven = NOT_GIVEN,
        shipping_method_id: str | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        tracking_url: str | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.OrderShipmentCreateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders_shipments.OrderShipmentCreateResponse:
        """Create shipments.

        `POST /wms/orders/{order_id}/shipments`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (OrderShipmentCreateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("carrier", carrier),
            ("carrier_id", carrier_id),
            ("measurements", measurements),
            ("packages", packages),
            ("shipped_date", shipped_date),
            ("shipping_cost", shipping_cost),
            ("shipping_method", shipping_method),
            ("shipping_method_id", shipping_method_id),
            ("tracking_number", tracking_number),
            ("tracking_url", tracking_url),
            ("warehouse_id", warehouse_id),
        )
        _body = body_or_fields("create", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/shipments"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders_shipments.OrderShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class WmsOrdersShipmentsWithRawResponse:
    """`.with_raw_response` view of WmsOrdersShipments."""

    def __init__(self, resource: WmsOrdersShipments) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AsyncWmsOrdersShipments(AsyncAPIResource):
    """`async client.wms.orders.shipments`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsOrdersShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsOrdersShipmentsWithRawResponse(self)

    async def create(
        self,
        order_id: str,
        *,
        carrier: str | NotGiven = NOT_GIVEN,
        carrier_id: str | NotGiven = NOT_GIVEN,
        measurements: _params.OrderShipmentCreateParamsMeasurements | NotGiven = NOT_GIVEN,
        packages: ListOrTuple[_params.OrderShipmentCreateParamsPackage] | NotGiven = NOT_GIVEN,
        shipped_date: str | datetime | NotGiven = NOT_GIVEN,
        shipping_cost: float | NotGiven = NOT_GIVEN,
        shipping_method: str | NotGiven = NOT_GIVEN,
        shipping_method_id: str | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        tracking_url: str | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.OrderShipmentCreateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders_shipments.OrderShipmentCreateResponse:
        """Create shipments.

        `POST /wms/orders/{order_id}/shipments`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (OrderShipmentCreateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("carrier", carrier),
            ("carrier_id", carrier_id),
            ("measurements", measurements),
            ("packages", packages),
            ("shipped_date", shipped_date),
            ("shipping_cost", shipping_cost),
            ("shipping_method", shipping_method),
            ("shipping_method_id", shipping_method_id),
            ("tracking_number", tracking_number),
            ("tracking_url", tracking_url),
            ("warehouse_id", warehouse_id),
        )
        _body = body_or_fields("create", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/shipments"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders_shipments.OrderShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncWmsOrdersShipmentsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsOrdersShipments."""

    def __init__(self, resource: AsyncWmsOrdersShipments) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
