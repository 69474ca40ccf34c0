"""`client.wms.labor_activities`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import FilterField, encode_query, path_param
from trackstar._pagination import AsyncPaginator, SyncCursorPage
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, make_options
from trackstar.types._models import wms_labor_activities as _models_wms_labor_activities

if TYPE_CHECKING:
    from trackstar.types._filters import DatetimeFilter, StringFilter, StringInFilter

__all__ = ["WmsLaborActivities", "AsyncWmsLaborActivities"]

_WMS_LABOR_ACTIVITIES_LIST_ACTIVITY_END_TIME = FilterField(
    "activity_end_time",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_LABOR_ACTIVITIES_LIST_ACTIVITY_START_TIME = FilterField(
    "activity_start_time",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_LABOR_ACTIVITIES_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_LABOR_ACTIVITIES_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_LABOR_ACTIVITIES_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_LABOR_ACTIVITIES_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)


class WmsLaborActivities(SyncAPIResource):
    """`client.wms.labor_activities`"""

    @cached_property
    def with_raw_response(self) -> WmsLaborActivitiesWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsLaborActivitiesWithRawResponse(self)

    def list(
        self,
        *,
        activity_type: Literal["pick", "pack", "put_away", "transfer", "receive"] | None = None,
        associated_object_id: str | None = None,
        associated_object_type: (
            Literal["order", "inbound_shipment", "return", "inventory"] | None
        ) = None,
        limit: int | None = None,
        user_id: str | None = None,
        warehouse_id: str | None = None,
        activity_end_time: datetime | DatetimeFilter | None = None,
        activity_start_time: datetime | DatetimeFilter | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_labor_activities.LaborActivity]:
        """List labor activities, fetching further pages as you iterate.

        `GET /wms/labor-activities`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_LABOR_ACTIVITIES_LIST_ACTIVITY_END_TIME, activity_end_time),
                (_WMS_LABOR_ACTIVITIES_LIST_ACTIVITY_START_TIME, activity_start_time),
                (_WMS_LABOR_ACTIVITIES_LIST_CREATED_DATE, created_date),
                (_WMS_LABOR_ACTIVITIES_LIST_IDS, ids),
                (_WMS_LABOR_ACTIVITIES_LIST_UPDATED_DATE, updated_date),
                (_WMS_LABOR_ACTIVITIES_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
            ),
            params=(
                ("activity_type", "enum", activity_type),
                ("associated_object_id", "string", associated_object_id),
                ("associated_object_type", "enum", associated_object_type),
                ("limit", "integer", limit),
                ("user_id", "string", user_id),
                ("warehouse_id", "string", warehouse_id),
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
        _path = "/wms/labor-activities"
        return self._client.get_page(
            _path,
            item_type=_models_wms_labor_activities.LaborActivity,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        labor_activity_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_labor_activities.LaborActivityRetrieveResponse:
        """Fetch labor activities.

        `GET /wms/labor-activities/{labor_activity_id}`.

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
        _path = "/wms/labor-activities/" + path_param("labor_activity_id", labor_activity_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_labor_activities.LaborActivityRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class WmsLaborActivitiesWithRawResponse:
    """`.with_raw_response` view of WmsLaborActivities."""

    def __init__(self, resource: WmsLaborActivities) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncWmsLaborActivities(AsyncAPIResource):
    """`async client.wms.labor_activities`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsLaborActivitiesWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsLaborActivitiesWithRawResponse(self)

    def list(
        self,
        *,
        activity_type: Literal["pick", "pack", "put_away", "transfer", "receive"] | None = None,
        associated_object_id: str | None = None,
        associated_object_type: (
            Literal["order", "inbound_shipment", "return", "inventory"] | None
        ) = None,
        limit: int | None = None,
        user_id: str | None = None,
        warehouse_id: str | None = None,
        activity_end_time: datetime | DatetimeFilter | None = None,
        activity_start_time: datetime | DatetimeFilter | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_labor_activities.LaborActivity]:
        """List labor activities, fetching further pages as you iterate.

        `GET /wms/labor-activities`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_LABOR_ACTIVITIES_LIST_ACTIVITY_END_TIME, activity_end_time),
                (_WMS_LABOR_ACTIVITIES_LIST_ACTIVITY_START_TIME, activity_start_time),
                (_WMS_LABOR_ACTIVITIES_LIST_CREATED_DATE, created_date),
                (_WMS_LABOR_ACTIVITIES_LIST_IDS, ids),
                (_WMS_LABOR_ACTIVITIES_LIST_UPDATED_DATE, updated_date),
                (_WMS_LABOR_ACTIVITIES_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
            ),
            params=(
                ("activity_type", "enum", activity_type),
                ("associated_object_id", "string", associated_object_id),
                ("associated_object_type", "enum", associated_object_type),
                ("limit", "integer", limit),
                ("user_id", "string", user_id),
                ("warehouse_id", "string", warehouse_id),
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
        _path = "/wms/labor-activities"
        return self._client.get_page(
            _path,
            item_type=_models_wms_labor_activities.LaborActivity,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        labor_activity_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_labor_activities.LaborActivityRetrieveResponse:
        """Fetch labor activities.

        `GET /wms/labor-activities/{labor_activity_id}`.

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
        _path = "/wms/labor-activities/" + path_param("labor_activity_id", labor_activity_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_labor_activities.LaborActivityRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncWmsLaborActivitiesWithRawResponse:
    """`.with_raw_response` view of AsyncWmsLaborActivities."""

    def __init__(self, resource: AsyncWmsLaborActivities) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
