"""`client.wms.warehouses`: operations of this resource."""

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
from trackstar.types._models import wms_warehouses as _models_wms_warehouses

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types._filters import DatetimeFilter, StringInFilter
    from trackstar.resources.wms.warehouses.locations import (
        WmsWarehousesLocations,
        AsyncWmsWarehousesLocations,
    )

__all__ = ["WmsWarehouses", "AsyncWmsWarehouses"]

_WMS_WAREHOUSES_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_WAREHOUSES_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_WAREHOUSES_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)


class WmsWarehouses(SyncAPIResource):
    """`client.wms.warehouses`"""

    @cached_property
    def locations(self) -> WmsWarehousesLocations:
        from trackstar.resources.wms.warehouses.locations import WmsWarehousesLocations

        return WmsWarehousesLocations(self._client)

    @cached_property
    def with_raw_response(self) -> WmsWarehousesWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsWarehousesWithRawResponse(self)

    def add_trackstar_tags(
        self,
        warehouse_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.WarehouseAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_warehouses.WarehouseAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on warehouses.

        `PUT /wms/warehouses/{warehouse_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (WarehouseAddTrackstarTagsBody).

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_warehouses.WarehouseAddTrackstarTagsResponse,
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
    ) -> SyncCursorPage[_models_wms_warehouses.Warehouse]:
        """List warehouses, fetching further pages as you iterate.

        `GET /wms/warehouses`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_WAREHOUSES_LIST_CREATED_DATE, created_date),
                (_WMS_WAREHOUSES_LIST_IDS, ids),
                (_WMS_WAREHOUSES_LIST_UPDATED_DATE, updated_date),
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
        _path = "/wms/warehouses"
        return self._client.get_page(
            _path,
            item_type=_models_wms_warehouses.Warehouse,
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
    ) -> _models_wms_warehouses.WarehouseRetrieveResponse:
        """Fetch warehouses.

        `GET /wms/warehouses/{warehouse_id}`.

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_warehouses.WarehouseRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class WmsWarehousesWithRawResponse:
    """`.with_raw_response` view of WmsWarehouses."""

    def __init__(self, resource: WmsWarehouses) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncWmsWarehouses(AsyncAPIResource):
    """`async client.wms.warehouses`"""

    @cached_property
    def locations(self) -> AsyncWmsWarehousesLocations:
        from trackstar.resources.wms.warehouses.locations import AsyncWmsWarehousesLocations

        return AsyncWmsWarehousesLocations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsWarehousesWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsWarehousesWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        warehouse_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.WarehouseAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_warehouses.WarehouseAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on warehouses.

        `PUT /wms/warehouses/{warehouse_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (WarehouseAddTrackstarTagsBody).

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_warehouses.WarehouseAddTrackstarTagsResponse,
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
    ) -> AsyncPaginator[_models_wms_warehouses.Warehouse]:
        """List warehouses, fetching further pages as you iterate.

        `GET /wms/warehouses`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_WAREHOUSES_LIST_CREATED_DATE, created_date),
                (_WMS_WAREHOUSES_LIST_IDS, ids),
                (_WMS_WAREHOUSES_LIST_UPDATED_DATE, updated_date),
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
        _path = "/wms/warehouses"
        return self._client.get_page(
            _path,
            item_type=_models_wms_warehouses.Warehouse,
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
    ) -> _models_wms_warehouses.WarehouseRetrieveResponse:
        """Fetch warehouses.

        `GET /wms/warehouses/{warehouse_id}`.

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_warehouses.WarehouseRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncWmsWarehousesWithRawResponse:
    """`.with_raw_response` view of AsyncWmsWarehouses."""

    def __init__(self, resource: AsyncWmsWarehouses) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
