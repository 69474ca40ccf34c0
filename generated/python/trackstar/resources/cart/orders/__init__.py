"""`client.cart.orders`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import FilterField, encode_query, path_param
from trackstar._pagination import AsyncPaginator, SyncCursorPage
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, make_options
from trackstar.types._models import cart_orders as _models_cart_orders

if TYPE_CHECKING:
    from trackstar.types._filters import (
        CartOrderStatus,
        CartOrderStatusFilter,
        DatetimeFilter,
        StringEqInNinContainsNotContainsFilter,
        StringFilter,
        StringInFilter,
    )
    from trackstar.resources.cart.orders.shipments import (
        CartOrdersShipments,
        AsyncCartOrdersShipments,
    )

__all__ = ["CartOrders", "AsyncCartOrders"]

_CART_ORDERS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_CART_ORDERS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_CART_ORDERS_LIST_ORDER_NUMBER = FilterField(
    "order_number",
    "string",
    frozenset(["contains", "eq", "in", "nin", "not_contains"]),
    plain=True,
)

_CART_ORDERS_LIST_STATUS = FilterField(
    "status",
    "enum",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
    values=frozenset(
        [
            "backordered",
            "cancelled",
            "confirmed",
            "exception",
            "fulfilled",
            "open",
            "other",
            "partially_fulfilled",
            "processing",
        ]
    ),
)

_CART_ORDERS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_CART_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)


class CartOrders(SyncAPIResource):
    """`client.cart.orders`"""

    @cached_property
    def shipments(self) -> CartOrdersShipments:
        from trackstar.resources.cart.orders.shipments import CartOrdersShipments

        return CartOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> CartOrdersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return CartOrdersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        order_number: str | StringEqInNinContainsNotContainsFilter | None = None,
        status: CartOrderStatus | CartOrderStatusFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_cart_orders.CartOrder]:
        """List orders, fetching further pages as you iterate.

        `GET /cart/orders`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_CART_ORDERS_LIST_CREATED_DATE, created_date),
                (_CART_ORDERS_LIST_IDS, ids),
                (_CART_ORDERS_LIST_ORDER_NUMBER, order_number),
                (_CART_ORDERS_LIST_STATUS, status),
                (_CART_ORDERS_LIST_UPDATED_DATE, updated_date),
                (_CART_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
            ),
            params=(
                ("limit", "integer", limit),
                ("page_token", "string", page_token),
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/cart/orders"
        return self._client.get_page(
            _path,
            item_type=_models_cart_orders.CartOrder,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_orders.CartOrderRetrieveResponse:
        """Fetch orders.

        `GET /cart/orders/{order_id}`.

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
        _path = "/cart/orders/" + path_param("order_id", order_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_cart_orders.CartOrderRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class CartOrdersWithRawResponse:
    """`.with_raw_response` view of CartOrders."""

    def __init__(self, resource: CartOrders) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncCartOrders(AsyncAPIResource):
    """`async client.cart.orders`"""

    @cached_property
    def shipments(self) -> AsyncCartOrdersShipments:
        from trackstar.resources.cart.orders.shipments import AsyncCartOrdersShipments

        return AsyncCartOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCartOrdersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncCartOrdersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        order_number: str | StringEqInNinContainsNotContainsFilter | None = None,
        status: CartOrderStatus | CartOrderStatusFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_cart_orders.CartOrder]:
        """List orders, fetching further pages as you iterate.

        `GET /cart/orders`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_CART_ORDERS_LIST_CREATED_DATE, created_date),
                (_CART_ORDERS_LIST_IDS, ids),
                (_CART_ORDERS_LIST_ORDER_NUMBER, order_number),
                (_CART_ORDERS_LIST_STATUS, status),
                (_CART_ORDERS_LIST_UPDATED_DATE, updated_date),
                (_CART_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
            ),
            params=(
                ("limit", "integer", limit),
                ("page_token", "string", page_token),
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/cart/orders"
        return self._client.get_page(
            _path,
            item_type=_models_cart_orders.CartOrder,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_orders.CartOrderRetrieveResponse:
        """Fetch orders.

        `GET /cart/orders/{order_id}`.

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
        _path = "/cart/orders/" + path_param("order_id", order_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_cart_orders.CartOrderRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncCartOrdersWithRawResponse:
    """`.with_raw_response` view of AsyncCartOrders."""

    def __init__(self, resource: AsyncCartOrders) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
