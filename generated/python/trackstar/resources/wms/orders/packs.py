"""`client.wms.orders.packs`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, make_options
from trackstar.types._models import wms_orders_packs as _models_wms_orders_packs

__all__ = ["WmsOrdersPacks", "AsyncWmsOrdersPacks"]


class WmsOrdersPacks(SyncAPIResource):
    """`client.wms.orders.packs`"""

    @cached_property
    def with_raw_response(self) -> WmsOrdersPacksWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsOrdersPacksWithRawResponse(self)

    def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders_packs.OrderPackRetrieveResponse:
        """Fetch packs.

        `GET /wms/orders/{order_id}/packs`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/packs"
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_orders_packs.OrderPackRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class WmsOrdersPacksWithRawResponse:
    """`.with_raw_response` view of WmsOrdersPacks."""

    def __init__(self, resource: WmsOrdersPacks) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncWmsOrdersPacks(AsyncAPIResource):
    """`async client.wms.orders.packs`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsOrdersPacksWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsOrdersPacksWithRawResponse(self)

    async def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders_packs.OrderPackRetrieveResponse:
        """Fetch packs.

        `GET /wms/orders/{order_id}/packs`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/packs"
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_orders_packs.OrderPackRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncWmsOrdersPacksWithRawResponse:
    """`.with_raw_response` view of AsyncWmsOrdersPacks."""

    def __init__(self, resource: AsyncWmsOrdersPacks) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
