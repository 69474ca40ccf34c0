"""`client.cart.orders`: operations of this resource."""

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
    from .cart_orders_shipments import CartOrdersShipments, AsyncCartOrdersShipments

    pass

__all__ = ["CartOrders", "AsyncCartOrders"]

CartOrdersListStatusValue: TypeAlias = Literal[
    "open",
    "confirmed",
    "processing",
    "partially_fulfilled",
    "fulfilled",
    "exception",
    "cancelled",
    "backordered",
    "other",
]

_CART_ORDERS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
CartOrdersListCreatedDateFilter = TypedDict(
    "CartOrdersListCreatedDateFilter",
    {
        "eq": datetime,
        "neq": datetime,
        "gt": datetime,
        "gte": datetime,
        "lt": datetime,
        "lte": datetime,
        "in": Sequence[datetime],
        "nin": Sequence[datetime],
    },
    total=False,
)
"""Operators allowed on `created_date` for `cart.orders.list`."""

_CART_ORDERS_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
CartOrdersListIdsFilter = TypedDict(
    "CartOrdersListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `cart.orders.list`."""

_CART_ORDERS_LIST_ORDER_NUMBER = FilterField(
    "order_number", "string", frozenset(["contains", "eq", "in", "nin", "not_contains"]), plain=True
)
CartOrdersListOrderNumberFilter = TypedDict(
    "CartOrdersListOrderNumberFilter",
    {
        "eq": str,
        "in": Sequence[str],
        "nin": Sequence[str],
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators allowed on `order_number` for `cart.orders.list`."""

_CART_ORDERS_LIST_STATUS = FilterField(
    "status", "enum", frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]), plain=True
)
CartOrdersListStatusFilter = TypedDict(
    "CartOrdersListStatusFilter",
    {
        "eq": CartOrdersListStatusValue,
        "neq": CartOrdersListStatusValue,
        "in": Sequence[CartOrdersListStatusValue],
        "nin": Sequence[CartOrdersListStatusValue],
        "contains": CartOrdersListStatusValue,
        "not_contains": CartOrdersListStatusValue,
    },
    total=False,
)
"""Operators allowed on `status` for `cart.orders.list`."""

_CART_ORDERS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
CartOrdersListUpdatedDateFilter = TypedDict(
    "CartOrdersListUpdatedDateFilter",
    {
        "eq": datetime,
        "neq": datetime,
        "gt": datetime,
        "gte": datetime,
        "lt": datetime,
        "lte": datetime,
        "in": Sequence[datetime],
        "nin": Sequence[datetime],
    },
    total=False,
)
"""Operators allowed on `updated_date` for `cart.orders.list`."""

_CART_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
CartOrdersListWarehouseCustomerIdFilter = TypedDict(
    "CartOrdersListWarehouseCustomerIdFilter",
    {
        "eq": str,
        "neq": str,
        "in": Sequence[str],
        "nin": Sequence[str],
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators allowed on `warehouse_customer_id` for `cart.orders.list`."""


class CartOrders(SyncAPIResource):
    """`client.cart.orders`"""

    @cached_property
    def shipments(self) -> CartOrdersShipments:
        from .cart_orders_shipments import CartOrdersShipments

        return CartOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> CartOrdersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return CartOrdersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | CartOrdersListCreatedDateFilter | None = None,
        ids: Sequence[str] | CartOrdersListIdsFilter | None = None,
        order_number: str | CartOrdersListOrderNumberFilter | None = None,
        status: CartOrdersListStatusValue | CartOrdersListStatusFilter | None = None,
        updated_date: datetime | CartOrdersListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | CartOrdersListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.CartOrderSchema]:
        """List orders, fetching further pages as you iterate.

        `GET /cart/orders`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.CartOrderSchema,
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
    ) -> _models.CartOrdersSingleItemEndpoint:
        """Fetch orders.

        `GET /cart/orders/{order_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
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
            cast_to=_models.CartOrdersSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
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
        from .cart_orders_shipments import AsyncCartOrdersShipments

        return AsyncCartOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCartOrdersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncCartOrdersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | CartOrdersListCreatedDateFilter | None = None,
        ids: Sequence[str] | CartOrdersListIdsFilter | None = None,
        order_number: str | CartOrdersListOrderNumberFilter | None = None,
        status: CartOrdersListStatusValue | CartOrdersListStatusFilter | None = None,
        updated_date: datetime | CartOrdersListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | CartOrdersListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.CartOrderSchema]:
        """List orders, fetching further pages as you iterate.

        `GET /cart/orders`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.CartOrderSchema,
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
    ) -> _models.CartOrdersSingleItemEndpoint:
        """Fetch orders.

        `GET /cart/orders/{order_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
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
            cast_to=_models.CartOrdersSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class AsyncCartOrdersWithRawResponse:
    """`.with_raw_response` view of AsyncCartOrders."""

    def __init__(self, resource: AsyncCartOrders) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
