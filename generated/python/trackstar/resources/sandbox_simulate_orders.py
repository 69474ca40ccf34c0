"""`client.sandbox.simulate.orders`: operations of this resource."""

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

__all__ = ["SandboxSimulateOrders", "AsyncSandboxSimulateOrders"]


class SandboxSimulateOrders(SyncAPIResource):
    """`client.sandbox.simulate.orders`"""

    @cached_property
    def with_raw_response(self) -> SandboxSimulateOrdersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
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
    ) -> _models.WmsOrdersSingleItemEndpoint:
        """Run `fulfill` on orders.

        `PUT /sandbox/simulate/orders/{order_id}/fulfill`.

        Needs api_key. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
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
            cast_to=_models.WmsOrdersSingleItemEndpoint,
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
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
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
    ) -> _models.WmsOrdersSingleItemEndpoint:
        """Run `fulfill` on orders.

        `PUT /sandbox/simulate/orders/{order_id}/fulfill`.

        Needs api_key. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
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
            cast_to=_models.WmsOrdersSingleItemEndpoint,
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class AsyncSandboxSimulateOrdersWithRawResponse:
    """`.with_raw_response` view of AsyncSandboxSimulateOrders."""

    def __init__(self, resource: AsyncSandboxSimulateOrders) -> None:
        self._resource = resource
        self.fulfill = async_to_raw_response_wrapper(resource.fulfill)
