"""`client.wms.shipping_methods`: operations of this resource."""

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
from trackstar.types._models import wms_shipping_methods as _models_wms_shipping_methods

if TYPE_CHECKING:
    from trackstar.types._filters import DatetimeFilter, StringInFilter

__all__ = ["WmsShippingMethods", "AsyncWmsShippingMethods"]

_WMS_SHIPPING_METHODS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_SHIPPING_METHODS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_SHIPPING_METHODS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)


class WmsShippingMethods(SyncAPIResource):
    """`client.wms.shipping_methods`"""

    @cached_property
    def with_raw_response(self) -> WmsShippingMethodsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsShippingMethodsWithRawResponse(self)

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
    ) -> SyncCursorPage[_models_wms_shipping_methods.ShippingMethod]:
        """List shipping methods, fetching further pages as you iterate.

        `GET /wms/shipping-methods`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_SHIPPING_METHODS_LIST_CREATED_DATE, created_date),
                (_WMS_SHIPPING_METHODS_LIST_IDS, ids),
                (_WMS_SHIPPING_METHODS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/wms/shipping-methods"
        return self._client.get_page(
            _path,
            item_type=_models_wms_shipping_methods.ShippingMethod,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        shipping_method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_shipping_methods.ShippingMethodRetrieveResponse:
        """Fetch shipping methods.

        `GET /wms/shipping-methods/{shipping_method_id}`.

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
        _path = "/wms/shipping-methods/" + path_param("shipping_method_id", shipping_method_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_shipping_methods.ShippingMethodRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class WmsShippingMethodsWithRawResponse:
    """`.with_raw_response` view of WmsShippingMethods."""

    def __init__(self, resource: WmsShippingMethods) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncWmsShippingMethods(AsyncAPIResource):
    """`async client.wms.shipping_methods`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsShippingMethodsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsShippingMethodsWithRawResponse(self)

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
    ) -> AsyncPaginator[_models_wms_shipping_methods.ShippingMethod]:
        """List shipping methods, fetching further pages as you iterate.

        `GET /wms/shipping-methods`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_SHIPPING_METHODS_LIST_CREATED_DATE, created_date),
                (_WMS_SHIPPING_METHODS_LIST_IDS, ids),
                (_WMS_SHIPPING_METHODS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/wms/shipping-methods"
        return self._client.get_page(
            _path,
            item_type=_models_wms_shipping_methods.ShippingMethod,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        shipping_method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_shipping_methods.ShippingMethodRetrieveResponse:
        """Fetch shipping methods.

        `GET /wms/shipping-methods/{shipping_method_id}`.

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
        _path = "/wms/shipping-methods/" + path_param("shipping_method_id", shipping_method_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_shipping_methods.ShippingMethodRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncWmsShippingMethodsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsShippingMethods."""

    def __init__(self, resource: AsyncWmsShippingMethods) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
