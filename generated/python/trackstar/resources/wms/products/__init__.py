"""`client.wms.products`: operations of this resource."""

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
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, body_or_fields, make_options
from trackstar.types._models import wms_products as _models_wms_products

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types import _params  # request TypedDicts: for type checkers only
    from trackstar.types._filters import (
        DatetimeFilter,
        StringEqInNinContainsNotContainsFilter,
        StringFilter,
        StringInFilter,
    )
    from trackstar.resources.wms.products.meta import WmsProductsMeta, AsyncWmsProductsMeta

__all__ = ["WmsProducts", "AsyncWmsProducts"]

_WMS_PRODUCTS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_PRODUCTS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_PRODUCTS_LIST_SKU = FilterField(
    "sku",
    "string",
    frozenset(["contains", "eq", "in", "nin", "not_contains"]),
    plain=True,
)

_WMS_PRODUCTS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_PRODUCTS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)


class WmsProducts(SyncAPIResource):
    """`client.wms.products`"""

    @cached_property
    def meta(self) -> WmsProductsMeta:
        from trackstar.resources.wms.products.meta import WmsProductsMeta

        return WmsProductsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> WmsProductsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsProductsWithRawResponse(self)

    def add_trackstar_tags(
        self,
        product_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.ProductAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on products.

        `PUT /wms/products/{product_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ProductAddTrackstarTagsBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (("trackstar_tags", trackstar_tags),)
        _body = body_or_fields("add_trackstar_tags", body, _fields, required=())
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
            cast_to=_models_wms_products.ProductAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create(
        self,
        *,
        gtin: str,
        measurements: _params.KitCreateParamsMeasurements,
        name: str,
        sku: str,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductCreateResponse:
        """Create products.

        `POST /wms/products`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("gtin", gtin),
            ("measurements", measurements),
            ("name", name),
            ("sku", sku),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "gtin",
                "measurements",
                "name",
                "sku",
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/products"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_products.ProductCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create_with_body(
        self,
        *,
        body: _integrations.ProductCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (ProductCreateBody); mypy checks it against each.

        `POST /wms/products`.
        """
        _body = body_or_fields("create", body, (), required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/products"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_products.ProductCreateResponse,
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
        sku: str | StringEqInNinContainsNotContainsFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_products.Product]:
        """List products, fetching further pages as you iterate.

        `GET /wms/products`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_products.Product,
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
    ) -> _models_wms_products.ProductRetrieveResponse:
        """Fetch products.

        `GET /wms/products/{product_id}`.

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
        _path = "/wms/products/" + path_param("product_id", product_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_products.ProductRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    def update(
        self,
        product_id: str,
        *,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.KitCreateParamsMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        sku: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        body: _integrations.ProductUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductUpdateResponse:
        """Update products.

        `PUT /wms/products/{product_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ProductUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("gtin", gtin),
            ("measurements", measurements),
            ("name", name),
            ("sku", sku),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields("update", body, _fields, required=())
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
            cast_to=_models_wms_products.ProductUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class WmsProductsWithRawResponse:
    """`.with_raw_response` view of WmsProducts."""

    def __init__(self, resource: WmsProducts) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = to_raw_response_wrapper(resource.create)
        self.create_with_body = to_raw_response_wrapper(resource.create_with_body)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsProducts(AsyncAPIResource):
    """`async client.wms.products`"""

    @cached_property
    def meta(self) -> AsyncWmsProductsMeta:
        from trackstar.resources.wms.products.meta import AsyncWmsProductsMeta

        return AsyncWmsProductsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsProductsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsProductsWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        product_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.ProductAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on products.

        `PUT /wms/products/{product_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ProductAddTrackstarTagsBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (("trackstar_tags", trackstar_tags),)
        _body = body_or_fields("add_trackstar_tags", body, _fields, required=())
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
            cast_to=_models_wms_products.ProductAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create(
        self,
        *,
        gtin: str,
        measurements: _params.KitCreateParamsMeasurements,
        name: str,
        sku: str,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductCreateResponse:
        """Create products.

        `POST /wms/products`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("gtin", gtin),
            ("measurements", measurements),
            ("name", name),
            ("sku", sku),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "gtin",
                "measurements",
                "name",
                "sku",
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/products"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_products.ProductCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create_with_body(
        self,
        *,
        body: _integrations.ProductCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (ProductCreateBody); mypy checks it against each.

        `POST /wms/products`.
        """
        _body = body_or_fields("create", body, (), required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/products"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_products.ProductCreateResponse,
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
        sku: str | StringEqInNinContainsNotContainsFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_products.Product]:
        """List products, fetching further pages as you iterate.

        `GET /wms/products`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_products.Product,
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
    ) -> _models_wms_products.ProductRetrieveResponse:
        """Fetch products.

        `GET /wms/products/{product_id}`.

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
        _path = "/wms/products/" + path_param("product_id", product_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_products.ProductRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    async def update(
        self,
        product_id: str,
        *,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.KitCreateParamsMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        sku: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        body: _integrations.ProductUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_products.ProductUpdateResponse:
        """Update products.

        `PUT /wms/products/{product_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ProductUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("gtin", gtin),
            ("measurements", measurements),
            ("name", name),
            ("sku", sku),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields("update", body, _fields, required=())
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
            cast_to=_models_wms_products.ProductUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncWmsProductsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsProducts."""

    def __init__(self, resource: AsyncWmsProducts) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_with_body = async_to_raw_response_wrapper(resource.create_with_body)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
