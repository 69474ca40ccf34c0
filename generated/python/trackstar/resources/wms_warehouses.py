"""`client.wms.warehouses`: operations of this resource."""

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
    from .wms_warehouses_locations import WmsWarehousesLocations, AsyncWmsWarehousesLocations

    pass

__all__ = ["WmsWarehouses", "AsyncWmsWarehouses"]

_WMS_WAREHOUSES_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsWarehousesListCreatedDateFilter = TypedDict(
    "WmsWarehousesListCreatedDateFilter",
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
"""Operators allowed on `created_date` for `wms.warehouses.list`."""

_WMS_WAREHOUSES_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
WmsWarehousesListIdsFilter = TypedDict(
    "WmsWarehousesListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `wms.warehouses.list`."""

_WMS_WAREHOUSES_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsWarehousesListUpdatedDateFilter = TypedDict(
    "WmsWarehousesListUpdatedDateFilter",
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
"""Operators allowed on `updated_date` for `wms.warehouses.list`."""


class WmsWarehouses(SyncAPIResource):
    """`client.wms.warehouses`"""

    @cached_property
    def locations(self) -> WmsWarehousesLocations:
        from .wms_warehouses_locations import WmsWarehousesLocations

        return WmsWarehousesLocations(self._client)

    @cached_property
    def with_raw_response(self) -> WmsWarehousesWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsWarehousesWithRawResponse(self)

    def add_trackstar_tags(
        self,
        warehouse_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagWarehouseResponse:
        """Run `add_trackstar_tags` on warehouses.

        `PUT /wms/warehouses/{warehouse_id}/trackstar-tags`.

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagWarehouseResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsWarehousesListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsWarehousesListIdsFilter | None = None,
        updated_date: datetime | WmsWarehousesListUpdatedDateFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.WarehouseSchema]:
        """List warehouses, fetching further pages as you iterate.

        `GET /wms/warehouses`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.WarehouseSchema,
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
    ) -> _models.WmsWarehousesSingleItemEndpoint:
        """Fetch warehouses.

        `GET /wms/warehouses/{warehouse_id}`.

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsWarehousesSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
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
        from .wms_warehouses_locations import AsyncWmsWarehousesLocations

        return AsyncWmsWarehousesLocations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsWarehousesWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsWarehousesWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        warehouse_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagWarehouseResponse:
        """Run `add_trackstar_tags` on warehouses.

        `PUT /wms/warehouses/{warehouse_id}/trackstar-tags`.

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagWarehouseResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsWarehousesListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsWarehousesListIdsFilter | None = None,
        updated_date: datetime | WmsWarehousesListUpdatedDateFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.WarehouseSchema]:
        """List warehouses, fetching further pages as you iterate.

        `GET /wms/warehouses`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.WarehouseSchema,
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
    ) -> _models.WmsWarehousesSingleItemEndpoint:
        """Fetch warehouses.

        `GET /wms/warehouses/{warehouse_id}`.

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
        _path = "/wms/warehouses/" + path_param("warehouse_id", warehouse_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsWarehousesSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class AsyncWmsWarehousesWithRawResponse:
    """`.with_raw_response` view of AsyncWmsWarehouses."""

    def __init__(self, resource: AsyncWmsWarehouses) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
