"""`client.sandbox.simulate.orders`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import encode_query, path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, make_options
from trackstar.types._models import wms_orders as _models_wms_orders

__all__ = ["SandboxSimulateOrders", "AsyncSandboxSimulateOrders"]


class SandboxSimulateOrders(SyncAPIResource):
    """`client.sandbox.simulate.orders`"""

    @cached_property
    def with_raw_response(self) -> SandboxSimulateOrdersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return SandboxSimulateOrdersWithRawResponse(self)

    def fulfill(
        self,
        order_id: str,
        *,
        partial: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderRetrieveResponse:
        """Run `fulfill` on orders.

        `PUT /sandbox/simulate/orders/{order_id}/fulfill`.

        Needs api_key.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("partial", "boolean", partial),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/sandbox/simulate/orders/" + path_param("order_id", order_id) + "/fulfill"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderRetrieveResponse,
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class SandboxSimulateOrdersWithRawResponse:
    """`.with_raw_response` view of SandboxSimulateOrders."""

    def __init__(self, resource: SandboxSimulateOrders) -> None:
        self._resource = resource
        self.fulfill = to_raw_response_wrapper(resource.fulfill)


class AsyncSandboxSimulateOrders(AsyncAPIResource):
    """`async client.sandbox.simulate.orders`"""

    @cached_property
    def with_raw_response(self) -> AsyncSandboxSimulateOrdersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncSandboxSimulateOrdersWithRawResponse(self)

    async def fulfill(
        self,
        order_id: str,
        *,
        partial: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderRetrieveResponse:
        """Run `fulfill` on orders.

        `PUT /sandbox/simulate/orders/{order_id}/fulfill`.

        Needs api_key.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("partial", "boolean", partial),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/sandbox/simulate/orders/" + path_param("order_id", order_id) + "/fulfill"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderRetrieveResponse,
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class AsyncSandboxSimulateOrdersWithRawResponse:
    """`.with_raw_response` view of AsyncSandboxSimulateOrders."""

    def __init__(self, resource: AsyncSandboxSimulateOrders) -> None:
        self._resource = resource
        self.fulfill = async_to_raw_response_wrapper(resource.fulfill)
