"""`client.wms.warehouses.locations`: operations of this resource."""

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
from trackstar.types._models import wms_warehouses_locations as _models_wms_warehouses_locations

if TYPE_CHECKING:
    from trackstar.types._filters import DatetimeFilter, StringFilter, StringInFilter

__all__ = ["WmsWarehousesLocations", "AsyncWmsWarehousesLocations"]

_WMS_WAREHOUSES_LOCATIONS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_WAREHOUSES_LOCATIONS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_WAREHOUSES_LOCATIONS_LIST_TYPE = FilterField(
    "type",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)

_WMS_WAREHOUSES_LOCATIONS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)


class WmsWarehousesLocations(SyncAPIResource):
    """`client.wms.warehouses.locations`"""

    @cached_property
    def with_raw_response(self) -> WmsWarehousesLocationsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsWarehousesLocationsWithRawResponse(self)

    def list(
        self,
        warehouse_id: str,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        type: str | StringFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_warehouses_locations.WarehouseLocation]:
        """List locations, fetching further pages as you iterate.

        `GET /wms/warehouses/{warehouse_id}/locations`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_WAREHOUSES_LOCATIONS_LIST_CREATED_DATE, created_date),
                (_WMS_WAREHOUSES_LOCATIONS_LIST_IDS, ids),
                (_WMS_WAREHOUSES_LOCATIONS_LIST_TYPE, type),
                (_WMS_WAREHOUSES_LOCATIONS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id) + "/locations"
        return self._client.get_page(
            _path,
            item_type=_models_wms_warehouses_locations.WarehouseLocation,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        warehouse_id: str,
        location_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_warehouses_locations.WarehouseLocationRetrieveResponse:
        """Fetch locations.

        `GET /wms/warehouses/{warehouse_id}/locations/{location_id}`.

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
        _path = (
            "/wms/warehouses/"
            + path_param("warehouse_id", warehouse_id)
            + "/locations/"
            + path_param("location_id", location_id)
        )
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_warehouses_locations.WarehouseLocationRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class WmsWarehousesLocationsWithRawResponse:
    """`.with_raw_response` view of WmsWarehousesLocations."""

    def __init__(self, resource: WmsWarehousesLocations) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncWmsWarehousesLocations(AsyncAPIResource):
    """`async client.wms.warehouses.locations`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsWarehousesLocationsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsWarehousesLocationsWithRawResponse(self)

    def list(
        self,
        warehouse_id: str,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        type: str | StringFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_warehouses_locations.WarehouseLocation]:
        """List locations, fetching further pages as you iterate.

        `GET /wms/warehouses/{warehouse_id}/locations`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_WAREHOUSES_LOCATIONS_LIST_CREATED_DATE, created_date),
                (_WMS_WAREHOUSES_LOCATIONS_LIST_IDS, ids),
                (_WMS_WAREHOUSES_LOCATIONS_LIST_TYPE, type),
                (_WMS_WAREHOUSES_LOCATIONS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id) + "/locations"
        return self._client.get_page(
            _path,
            item_type=_models_wms_warehouses_locations.WarehouseLocation,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        warehouse_id: str,
        location_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_warehouses_locations.WarehouseLocationRetrieveResponse:
        """Fetch locations.

        `GET /wms/warehouses/{warehouse_id}/locations/{location_id}`.

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
        _path = (
            "/wms/warehouses/"
            + path_param("warehouse_id", warehouse_id)
            + "/locations/"
            + path_param("location_id", location_id)
        )
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_warehouses_locations.WarehouseLocationRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncWmsWarehousesLocationsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsWarehousesLocations."""

    def __init__(self, resource: AsyncWmsWarehousesLocations) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
