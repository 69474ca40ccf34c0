"""`client.wms.products`: operations of this resource."""

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
    from .wms_products_meta import WmsProductsMeta, AsyncWmsProductsMeta

    pass

__all__ = ["WmsProducts", "AsyncWmsProducts"]

_WMS_PRODUCTS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsProductsListCreatedDateFilter = TypedDict(
    "WmsProductsListCreatedDateFilter",
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
"""Operators allowed on `created_date` for `wms.products.list`."""

_WMS_PRODUCTS_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
WmsProductsListIdsFilter = TypedDict(
    "WmsProductsListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `wms.products.list`."""

_WMS_PRODUCTS_LIST_SKU = FilterField(
    "sku", "string", frozenset(["contains", "eq", "in", "nin", "not_contains"]), plain=True
)
WmsProductsListSkuFilter = TypedDict(
    "WmsProductsListSkuFilter",
    {
        "eq": str,
        "in": Sequence[str],
        "nin": Sequence[str],
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators allowed on `sku` for `wms.products.list`."""

_WMS_PRODUCTS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsProductsListUpdatedDateFilter = TypedDict(
    "WmsProductsListUpdatedDateFilter",
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
"""Operators allowed on `updated_date` for `wms.products.list`."""

_WMS_PRODUCTS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsProductsListWarehouseCustomerIdFilter = TypedDict(
    "WmsProductsListWarehouseCustomerIdFilter",
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
"""Operators allowed on `warehouse_customer_id` for `wms.products.list`."""


class WmsProducts(SyncAPIResource):
    """`client.wms.products`"""

    @cached_property
    def meta(self) -> WmsProductsMeta:
        from .wms_products_meta import WmsProductsMeta

        return WmsProductsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> WmsProductsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsProductsWithRawResponse(self)

    def add_trackstar_tags(
        self,
        product_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagProductResponse:
        """Run `add_trackstar_tags` on products.

        `PUT /wms/products/{product_id}/trackstar-tags`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (("trackstar_tags", trackstar_tags),)
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/products/" + path_param("product_id", product_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagProductResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def create(
        self,
        *,
        gtin: str,
        measurements: _params.ProductMeasurements,
        name: str,
        sku: str,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateProductResponse:
        """Create products.

        `POST /wms/products`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("gtin", gtin),
                ("measurements", measurements),
                ("name", name),
                ("sku", sku),
                ("trackstar_tags", trackstar_tags),
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
        _path = "/wms/products"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateProductResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsProductsListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsProductsListIdsFilter | None = None,
        sku: str | WmsProductsListSkuFilter | None = None,
        updated_date: datetime | WmsProductsListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsProductsListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.ProductSchema]:
        """List products, fetching further pages as you iterate.

        `GET /wms/products`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_PRODUCTS_LIST_CREATED_DATE, created_date),
                (_WMS_PRODUCTS_LIST_IDS, ids),
                (_WMS_PRODUCTS_LIST_SKU, sku),
                (_WMS_PRODUCTS_LIST_UPDATED_DATE, updated_date),
                (_WMS_PRODUCTS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/products"
        return self._client.get_page(
            _path,
            item_type=_models.ProductSchema,
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
    ) -> _models.WmsProductsSingleItemEndpoint:
        """Fetch products.

        `GET /wms/products/{product_id}`.

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
        _path = "/wms/products/" + path_param("product_id", product_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsProductsSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def update(
        self,
        product_id: str,
        *,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.ProductMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        sku: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateProductResponse:
        """Update products.

        `PUT /wms/products/{product_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("gtin", gtin),
                ("measurements", measurements),
                ("name", name),
                ("sku", sku),
                ("trackstar_tags", trackstar_tags),
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
        _path = "/wms/products/" + path_param("product_id", product_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateProductResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class WmsProductsWithRawResponse:
    """`.with_raw_response` view of WmsProducts."""

    def __init__(self, resource: WmsProducts) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsProducts(AsyncAPIResource):
    """`async client.wms.products`"""

    @cached_property
    def meta(self) -> AsyncWmsProductsMeta:
        from .wms_products_meta import AsyncWmsProductsMeta

        return AsyncWmsProductsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsProductsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsProductsWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        product_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagProductResponse:
        """Run `add_trackstar_tags` on products.

        `PUT /wms/products/{product_id}/trackstar-tags`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (("trackstar_tags", trackstar_tags),)
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/products/" + path_param("product_id", product_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagProductResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    async def create(
        self,
        *,
        gtin: str,
        measurements: _params.ProductMeasurements,
        name: str,
        sku: str,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateProductResponse:
        """Create products.

        `POST /wms/products`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("gtin", gtin),
                ("measurements", measurements),
                ("name", name),
                ("sku", sku),
                ("trackstar_tags", trackstar_tags),
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
        _path = "/wms/products"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateProductResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsProductsListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsProductsListIdsFilter | None = None,
        sku: str | WmsProductsListSkuFilter | None = None,
        updated_date: datetime | WmsProductsListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsProductsListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.ProductSchema]:
        """List products, fetching further pages as you iterate.

        `GET /wms/products`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_PRODUCTS_LIST_CREATED_DATE, created_date),
                (_WMS_PRODUCTS_LIST_IDS, ids),
                (_WMS_PRODUCTS_LIST_SKU, sku),
                (_WMS_PRODUCTS_LIST_UPDATED_DATE, updated_date),
                (_WMS_PRODUCTS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/products"
        return self._client.get_page(
            _path,
            item_type=_models.ProductSchema,
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
    ) -> _models.WmsProductsSingleItemEndpoint:
        """Fetch products.

        `GET /wms/products/{product_id}`.

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
        _path = "/wms/products/" + path_param("product_id", product_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsProductsSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def update(
        self,
        product_id: str,
        *,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.ProductMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        sku: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateProductResponse:
        """Update products.

        `PUT /wms/products/{product_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("gtin", gtin),
                ("measurements", measurements),
                ("name", name),
                ("sku", sku),
                ("trackstar_tags", trackstar_tags),
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
        _path = "/wms/products/" + path_param("product_id", product_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateProductResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class AsyncWmsProductsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsProducts."""

    def __init__(self, resource: AsyncWmsProducts) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
