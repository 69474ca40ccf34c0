"""`client.cart.products`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import FilterField, check_body_enums, encode_query, path_param
from trackstar._pagination import AsyncPaginator, SyncCursorPage
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, body_or_fields, make_options
from trackstar.types._models import cart_products as _models_cart_products

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types._filters import DatetimeFilter, StringInFilter

__all__ = ["CartProducts", "AsyncCartProducts"]

_CART_PRODUCTS_ADJUST_INVENTORY_BODY_ENUMS = {
    "adjustment_type": frozenset(["decrease", "increase"]),
}

_CART_PRODUCTS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_CART_PRODUCTS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_CART_PRODUCTS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)


class CartProducts(SyncAPIResource):
    """`client.cart.products`"""

    @cached_property
    def with_raw_response(self) -> CartProductsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return CartProductsWithRawResponse(self)

    def adjust_inventory(
        self,
        product_id: str,
        *,
        adjustment_type: Literal["increase", "decrease"] | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.CartProductAdjustInventoryBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_products.CartProductAdjustInventoryResponse:
        """Run `adjust_inventory` on products.

        `PUT /cart/products/{product_id}/adjust-inventory`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (CartProductAdjustInventoryBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("adjustment_type", adjustment_type),
            ("quantity", quantity),
            ("warehouse_id", warehouse_id),
        )
        check_body_enums(
            "adjust_inventory", dict(_fields), _CART_PRODUCTS_ADJUST_INVENTORY_BODY_ENUMS
        )
        _body = body_or_fields("adjust_inventory", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/cart/products/" + path_param("product_id", product_id) + "/adjust-inventory"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_cart_products.CartProductAdjustInventoryResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

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
    ) -> SyncCursorPage[_models_cart_products.CartProduct]:
        """List products, fetching further pages as you iterate.

        `GET /cart/products`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_CART_PRODUCTS_LIST_CREATED_DATE, created_date),
                (_CART_PRODUCTS_LIST_IDS, ids),
                (_CART_PRODUCTS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/cart/products"
        return self._client.get_page(
            _path,
            item_type=_models_cart_products.CartProduct,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        product_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_products.CartProductRetrieveResponse:
        """Fetch products.

        `GET /cart/products/{product_id}`.

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
        _path = "/cart/products/" + path_param("product_id", product_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_cart_products.CartProductRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class CartProductsWithRawResponse:
    """`.with_raw_response` view of CartProducts."""

    def __init__(self, resource: CartProducts) -> None:
        self._resource = resource
        self.adjust_inventory = to_raw_response_wrapper(resource.adjust_inventory)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncCartProducts(AsyncAPIResource):
    """`async client.cart.products`"""

    @cached_property
    def with_raw_response(self) -> AsyncCartProductsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncCartProductsWithRawResponse(self)

    async def adjust_inventory(
        self,
        product_id: str,
        *,
        adjustment_type: Literal["increase", "decrease"] | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.CartProductAdjustInventoryBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_products.CartProductAdjustInventoryResponse:
        """Run `adjust_inventory` on products.

        `PUT /cart/products/{product_id}/adjust-inventory`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (CartProductAdjustInventoryBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("adjustment_type", adjustment_type),
            ("quantity", quantity),
            ("warehouse_id", warehouse_id),
        )
        check_body_enums(
            "adjust_inventory", dict(_fields), _CART_PRODUCTS_ADJUST_INVENTORY_BODY_ENUMS
        )
        _body = body_or_fields("adjust_inventory", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/cart/products/" + path_param("product_id", product_id) + "/adjust-inventory"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_cart_products.CartProductAdjustInventoryResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

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
    ) -> AsyncPaginator[_models_cart_products.CartProduct]:
        """List products, fetching further pages as you iterate.

        `GET /cart/products`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_CART_PRODUCTS_LIST_CREATED_DATE, created_date),
                (_CART_PRODUCTS_LIST_IDS, ids),
                (_CART_PRODUCTS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/cart/products"
        return self._client.get_page(
            _path,
            item_type=_models_cart_products.CartProduct,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        product_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_cart_products.CartProductRetrieveResponse:
        """Fetch products.

        `GET /cart/products/{product_id}`.

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
        _path = "/cart/products/" + path_param("product_id", product_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_cart_products.CartProductRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncCartProductsWithRawResponse:
    """`.with_raw_response` view of AsyncCartProducts."""

    def __init__(self, resource: AsyncCartProducts) -> None:
        self._resource = resource
        self.adjust_inventory = async_to_raw_response_wrapper(resource.adjust_inventory)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
