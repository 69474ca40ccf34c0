"""`client.cart.warehouses`: operations of this resource."""

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
from trackstar.types._models import cart_warehouses as _models_cart_warehouses

if TYPE_CHECKING:
    from trackstar.types._filters import DatetimeFilter, StringInFilter

__all__ = ["CartWarehouses", "AsyncCartWarehouses"]

_CART_WAREHOUSES_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_CART_WAREHOUSES_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_CART_WAREHOUSES_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)


class CartWarehouses(SyncAPIResource):
    """`client.cart.warehouses`"""

    @cached_property
    def with_raw_response(self) -> CartWarehousesWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return CartWarehousesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_cart_warehouses.CartWarehouse]:
        """List warehouses, fetching further pages as you iterate.

        `GET /cart/warehouses`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_CART_WAREHOUSES_LIST_CREATED_DATE, created_date),
                (_CART_WAREHOUSES_LIST_IDS, ids),
                (_CART_WAREHOUSES_LIST_UPDATED_DATE, updated_date),
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
        _path = "/cart/warehouses"
        return self._client.get_page(
            _path,
            item_type=_models_cart_warehouses.CartWarehouse,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        warehouse_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_warehouses.CartWarehouseRetrieveResponse:
        """Fetch warehouses.

        `GET /cart/warehouses/{warehouse_id}`.

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
        _path = "/cart/warehouses/" + path_param("warehouse_id", warehouse_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_cart_warehouses.CartWarehouseRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class CartWarehousesWithRawResponse:
    """`.with_raw_response` view of CartWarehouses."""

    def __init__(self, resource: CartWarehouses) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncCartWarehouses(AsyncAPIResource):
    """`async client.cart.warehouses`"""

    @cached_property
    def with_raw_response(self) -> AsyncCartWarehousesWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncCartWarehousesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_cart_warehouses.CartWarehouse]:
        """List warehouses, fetching further pages as you iterate.

        `GET /cart/warehouses`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_CART_WAREHOUSES_LIST_CREATED_DATE, created_date),
                (_CART_WAREHOUSES_LIST_IDS, ids),
                (_CART_WAREHOUSES_LIST_UPDATED_DATE, updated_date),
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
        _path = "/cart/warehouses"
        return self._client.get_page(
            _path,
            item_type=_models_cart_warehouses.CartWarehouse,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        warehouse_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_warehouses.CartWarehouseRetrieveResponse:
        """Fetch warehouses.

        `GET /cart/warehouses/{warehouse_id}`.

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
        _path = "/cart/warehouses/" + path_param("warehouse_id", warehouse_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_cart_warehouses.CartWarehouseRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncCartWarehousesWithRawResponse:
    """`.with_raw_response` view of AsyncCartWarehouses."""

    def __init__(self, resource: AsyncCartWarehouses) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
