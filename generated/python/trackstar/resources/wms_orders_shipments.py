"""`client.wms.orders.shipments`: operations of this resource."""

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

    pass

__all__ = ["WmsOrdersShipments", "AsyncWmsOrdersShipments"]


class WmsOrdersShipments(SyncAPIResource):
    """`client.wms.orders.shipments`"""

    @cached_property
    def with_raw_response(self) -> WmsOrdersShipmentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsOrdersShipmentsWithRawResponse(self)

    def create(
        self,
        order_id: str,
        *,
        carrier: str | NotGiven = NOT_GIVEN,
        carrier_id: str | NotGiven = NOT_GIVEN,
        measurements: _params.ShipmentMeasurements | NotGiven = NOT_GIVEN,
        packages: Sequence[_params.PackageTracking] | NotGiven = NOT_GIVEN,
        shipped_date: str | datetime | NotGiven = NOT_GIVEN,
        shipping_cost: float | NotGiven = NOT_GIVEN,
        shipping_method: str | NotGiven = NOT_GIVEN,
        shipping_method_id: str | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        tracking_url: str | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateShipmentOrderResponse:
        """Create shipments.

        `POST /wms/orders/{order_id}/shipments`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
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
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/shipments"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateShipmentOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
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
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsOrdersShipmentsWithRawResponse(self)

    async def create(
        self,
        order_id: str,
        *,
        carrier: str | NotGiven = NOT_GIVEN,
        carrier_id: str | NotGiven = NOT_GIVEN,
        measurements: _params.ShipmentMeasurements | NotGiven = NOT_GIVEN,
        packages: Sequence[_params.PackageTracking] | NotGiven = NOT_GIVEN,
        shipped_date: str | datetime | NotGiven = NOT_GIVEN,
        shipping_cost: float | NotGiven = NOT_GIVEN,
        shipping_method: str | NotGiven = NOT_GIVEN,
        shipping_method_id: str | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        tracking_url: str | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateShipmentOrderResponse:
        """Create shipments.

        `POST /wms/orders/{order_id}/shipments`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
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
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/shipments"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateShipmentOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class AsyncWmsOrdersShipmentsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsOrdersShipments."""

    def __init__(self, resource: AsyncWmsOrdersShipments) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
