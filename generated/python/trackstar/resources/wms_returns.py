"""`client.wms.returns`: operations of this resource."""

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
    from .wms_returns_meta import WmsReturnsMeta, AsyncWmsReturnsMeta

    pass

__all__ = ["WmsReturns", "AsyncWmsReturns"]

WmsReturnsListStatusValue: TypeAlias = Literal[
    "open", "in-transit", "receiving", "received", "cancelled", "other"
]

_WMS_RETURNS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsReturnsListCreatedDateFilter = TypedDict(
    "WmsReturnsListCreatedDateFilter",
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
"""Operators allowed on `created_date` for `wms.returns.list`."""

_WMS_RETURNS_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
WmsReturnsListIdsFilter = TypedDict(
    "WmsReturnsListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `wms.returns.list`."""

_WMS_RETURNS_LIST_STATUS = FilterField(
    "status", "enum", frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]), plain=True
)
WmsReturnsListStatusFilter = TypedDict(
    "WmsReturnsListStatusFilter",
    {
        "eq": WmsReturnsListStatusValue,
        "neq": WmsReturnsListStatusValue,
        "in": Sequence[WmsReturnsListStatusValue],
        "nin": Sequence[WmsReturnsListStatusValue],
        "contains": WmsReturnsListStatusValue,
        "not_contains": WmsReturnsListStatusValue,
    },
    total=False,
)
"""Operators allowed on `status` for `wms.returns.list`."""

_WMS_RETURNS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsReturnsListUpdatedDateFilter = TypedDict(
    "WmsReturnsListUpdatedDateFilter",
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
"""Operators allowed on `updated_date` for `wms.returns.list`."""

_WMS_RETURNS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsReturnsListWarehouseCustomerIdFilter = TypedDict(
    "WmsReturnsListWarehouseCustomerIdFilter",
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
"""Operators allowed on `warehouse_customer_id` for `wms.returns.list`."""


class WmsReturns(SyncAPIResource):
    """`client.wms.returns`"""

    @cached_property
    def meta(self) -> WmsReturnsMeta:
        from .wms_returns_meta import WmsReturnsMeta

        return WmsReturnsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> WmsReturnsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsReturnsWithRawResponse(self)

    def add_trackstar_tags(
        self,
        return_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagReturnResponse:
        """Run `add_trackstar_tags` on returns.

        `PUT /wms/returns/{return_id}/trackstar-tags`.

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
        _path = "/wms/returns/" + path_param("return_id", return_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagReturnResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def create(
        self,
        *,
        line_items: Sequence[_params.WmsReturnWriteLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateReturnResponse:
        """Create returns.

        `POST /wms/returns`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("line_items", line_items),
                ("order_id", order_id),
                ("trackstar_tags", trackstar_tags),
                ("warehouse_id", warehouse_id),
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
        _path = "/wms/returns"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateReturnResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsReturnsListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsReturnsListIdsFilter | None = None,
        status: WmsReturnsListStatusValue | WmsReturnsListStatusFilter | None = None,
        updated_date: datetime | WmsReturnsListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsReturnsListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.ReturnSchema]:
        """List returns, fetching further pages as you iterate.

        `GET /wms/returns`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_RETURNS_LIST_CREATED_DATE, created_date),
                (_WMS_RETURNS_LIST_IDS, ids),
                (_WMS_RETURNS_LIST_STATUS, status),
                (_WMS_RETURNS_LIST_UPDATED_DATE, updated_date),
                (_WMS_RETURNS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/returns"
        return self._client.get_page(
            _path,
            item_type=_models.ReturnSchema,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        return_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsReturnsSingleItemEndpoint:
        """Fetch returns.

        `GET /wms/returns/{return_id}`.

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
        _path = "/wms/returns/" + path_param("return_id", return_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsReturnsSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def update(
        self,
        return_id: str,
        *,
        line_items: Sequence[_params.WmsReturnWriteLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateReturnResponse:
        """Update returns.

        `PUT /wms/returns/{return_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("line_items", line_items),
                ("order_id", order_id),
                ("trackstar_tags", trackstar_tags),
                ("warehouse_id", warehouse_id),
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
        _path = "/wms/returns/" + path_param("return_id", return_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateReturnResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class WmsReturnsWithRawResponse:
    """`.with_raw_response` view of WmsReturns."""

    def __init__(self, resource: WmsReturns) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsReturns(AsyncAPIResource):
    """`async client.wms.returns`"""

    @cached_property
    def meta(self) -> AsyncWmsReturnsMeta:
        from .wms_returns_meta import AsyncWmsReturnsMeta

        return AsyncWmsReturnsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsReturnsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsReturnsWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        return_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagReturnResponse:
        """Run `add_trackstar_tags` on returns.

        `PUT /wms/returns/{return_id}/trackstar-tags`.

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
        _path = "/wms/returns/" + path_param("return_id", return_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagReturnResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    async def create(
        self,
        *,
        line_items: Sequence[_params.WmsReturnWriteLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateReturnResponse:
        """Create returns.

        `POST /wms/returns`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("line_items", line_items),
                ("order_id", order_id),
                ("trackstar_tags", trackstar_tags),
                ("warehouse_id", warehouse_id),
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
        _path = "/wms/returns"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateReturnResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsReturnsListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsReturnsListIdsFilter | None = None,
        status: WmsReturnsListStatusValue | WmsReturnsListStatusFilter | None = None,
        updated_date: datetime | WmsReturnsListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsReturnsListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.ReturnSchema]:
        """List returns, fetching further pages as you iterate.

        `GET /wms/returns`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_RETURNS_LIST_CREATED_DATE, created_date),
                (_WMS_RETURNS_LIST_IDS, ids),
                (_WMS_RETURNS_LIST_STATUS, status),
                (_WMS_RETURNS_LIST_UPDATED_DATE, updated_date),
                (_WMS_RETURNS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/returns"
        return self._client.get_page(
            _path,
            item_type=_models.ReturnSchema,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        return_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsReturnsSingleItemEndpoint:
        """Fetch returns.

        `GET /wms/returns/{return_id}`.

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
        _path = "/wms/returns/" + path_param("return_id", return_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsReturnsSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def update(
        self,
        return_id: str,
        *,
        line_items: Sequence[_params.WmsReturnWriteLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateReturnResponse:
        """Update returns.

        `PUT /wms/returns/{return_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("line_items", line_items),
                ("order_id", order_id),
                ("trackstar_tags", trackstar_tags),
                ("warehouse_id", warehouse_id),
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
        _path = "/wms/returns/" + path_param("return_id", return_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateReturnResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class AsyncWmsReturnsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsReturns."""

    def __init__(self, resource: AsyncWmsReturns) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
