"""`client.cart`: operations of this resource."""

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
    from trackstar.resources.cart.orders import CartOrders, AsyncCartOrders
    from trackstar.resources.cart.products import CartProducts, AsyncCartProducts
    from trackstar.resources.cart.warehouses import CartWarehouses, AsyncCartWarehouses

__all__ = ["Cart", "AsyncCart"]

_CART_PASSTHROUGH_BODY_ENUMS = {
    "method": frozenset(["DELETE", "GET", "PATCH", "POST", "PUT"]),
}


class Cart(SyncAPIResource):
    """`client.cart`"""

    @cached_property
    def orders(self) -> CartOrders:
        from trackstar.resources.cart.orders import CartOrders

        return CartOrders(self._client)

    @cached_property
    def products(self) -> CartProducts:
        from trackstar.resources.cart.products import CartProducts

        return CartProducts(self._client)

    @cached_property
    def warehouses(self) -> CartWarehouses:
        from trackstar.resources.cart.warehouses import CartWarehouses

        return CartWarehouses(self._client)

    @cached_property
    def with_raw_response(self) -> CartWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return CartWithRawResponse(self)

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
        """Send a raw request to the connected cart system through Trackstar.

        `POST /cart/passthrough`.

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
        check_body_enums("passthrough", dict(_fields), _CART_PASSTHROUGH_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/cart/passthrough"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_cart.CartPassthroughResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class CartWithRawResponse:
    """`.with_raw_response` view of Cart."""

    def __init__(self, resource: Cart) -> None:
        self._resource = resource
        self.passthrough = to_raw_response_wrapper(resource.passthrough)


class AsyncCart(AsyncAPIResource):
    """`async client.cart`"""

    @cached_property
    def orders(self) -> AsyncCartOrders:
        from trackstar.resources.cart.orders import AsyncCartOrders

        return AsyncCartOrders(self._client)

    @cached_property
    def products(self) -> AsyncCartProducts:
        from trackstar.resources.cart.products import AsyncCartProducts

        return AsyncCartProducts(self._client)

    @cached_property
    def warehouses(self) -> AsyncCartWarehouses:
        from trackstar.resources.cart.warehouses import AsyncCartWarehouses

        return AsyncCartWarehouses(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCartWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncCartWithRawResponse(self)

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
        """Send a raw request to the connected cart system through Trackstar.

        `POST /cart/passthrough`.

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
        check_body_enums("passthrough", dict(_fields), _CART_PASSTHROUGH_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/cart/passthrough"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_cart.CartPassthroughResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncCartWithRawResponse:
    """`.with_raw_response` view of AsyncCart."""

    def __init__(self, resource: AsyncCart) -> None:
        self._resource = resource
        self.passthrough = async_to_raw_response_wrapper(resource.passthrough)
