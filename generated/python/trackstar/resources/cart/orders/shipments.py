"""`client.cart.orders.shipments`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, body_or_fields, make_options
from trackstar.types._models import cart_orders_shipments as _models_cart_orders_shipments

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies

__all__ = ["CartOrdersShipments", "AsyncCartOrdersShipments"]


class CartOrdersShipments(SyncAPIResource):
    """`client.cart.orders.shipments`"""

    @cached_property
    def with_raw_response(self) -> CartOrdersShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return CartOrdersShipmentsWithRawResponse(self)

    def create(
        self,
        order_id: str,
        *,
        carrier_name: str | NotGiven = NOT_GIVEN,
        requested_shipping_method: str | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        tracking_url: str | NotGiven = NOT_GIVEN,
        body: _integrations.CartOrderShipmentCreateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_cart_orders_shipments.CartOrderShipmentCreateResponse:
        """Create shipments.

        `POST /cart/orders/{order_id}/shipments`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (CartOrderShipmentCreateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("carrier_name", carrier_name),
            ("requested_shipping_method", requested_shipping_method),
            ("tracking_number", tracking_number),
            ("tracking_url", tracking_url),
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
        _path = "/cart/orders/" + path_param("order_id", order_id) + "/shipments"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_cart_orders_shipments.CartOrderShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class CartOrdersShipmentsWithRawResponse:
    """`.with_raw_response` view of CartOrdersShipments."""

    def __init__(self, resource: CartOrdersShipments) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AsyncCartOrdersShipments(AsyncAPIResource):
    """`async client.cart.orders.shipments`"""

    @cached_property
    def with_raw_response(self) -> AsyncCartOrdersShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncCartOrdersShipmentsWithRawResponse(self)

    async def create(
        self,
        order_id: str,
        *,
        carrier_name: str | NotGiven = NOT_GIVEN,
        requested_shipping_method: str | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        tracking_url: str | NotGiven = NOT_GIVEN,
        body: _integrations.CartOrderShipmentCreateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_cart_orders_shipments.CartOrderShipmentCreateResponse:
        """Create shipments.

        `POST /cart/orders/{order_id}/shipments`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (CartOrderShipmentCreateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("carrier_name", carrier_name),
            ("requested_shipping_method", requested_shipping_method),
            ("tracking_number", tracking_number),
            ("tracking_url", tracking_url),
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
        _path = "/cart/orders/" + path_param("order_id", order_id) + "/shipments"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_cart_orders_shipments.CartOrderShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncCartOrdersShipmentsWithRawResponse:
    """`.with_raw_response` view of AsyncCartOrdersShipments."""

    def __init__(self, resource: AsyncCartOrdersShipments) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
