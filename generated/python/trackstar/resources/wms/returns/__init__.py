"""`client.wms.returns`: operations of this resource."""

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
from trackstar.types._models import wms_returns as _models_wms_returns

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types import _params  # request TypedDicts: for type checkers only
    from trackstar.types._filters import (
        DatetimeFilter,
        InboundShipmentStatus,
        InboundShipmentStatusFilter,
        StringFilter,
        StringInFilter,
    )
    from trackstar.resources.wms.returns.meta import WmsReturnsMeta, AsyncWmsReturnsMeta

__all__ = ["WmsReturns", "AsyncWmsReturns"]

_WMS_RETURNS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_RETURNS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_RETURNS_LIST_STATUS = FilterField(
    "status",
    "enum",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
    values=frozenset(["cancelled", "in-transit", "open", "other", "received", "receiving"]),
)

_WMS_RETURNS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_RETURNS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)


class WmsReturns(SyncAPIResource):
    """`client.wms.returns`"""

    @cached_property
    def meta(self) -> WmsReturnsMeta:
        from trackstar.resources.wms.returns.meta import WmsReturnsMeta

        return WmsReturnsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> WmsReturnsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsReturnsWithRawResponse(self)

    def add_trackstar_tags(
        self,
        return_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.ReturnAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_returns.ReturnAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on returns.

        `PUT /wms/returns/{return_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ReturnAddTrackstarTagsBody).

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
        _path = "/wms/returns/" + path_param("return_id", return_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_returns.ReturnAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create(
        self,
        *,
        line_items: ListOrTuple[_params.ReturnCreateParamsLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.ReturnCreateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_returns.ReturnCreateResponse:
        """Create returns.

        `POST /wms/returns`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ReturnCreateBody).

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("line_items", line_items),
            ("order_id", order_id),
            ("trackstar_tags", trackstar_tags),
            ("warehouse_id", warehouse_id),
        )
        _body = body_or_fields("create", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/returns"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_returns.ReturnCreateResponse,
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
        status: InboundShipmentStatus | InboundShipmentStatusFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_returns.Return]:
        """List returns, fetching further pages as you iterate.

        `GET /wms/returns`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_returns.Return,
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
    ) -> _models_wms_returns.ReturnRetrieveResponse:
        """Fetch returns.

        `GET /wms/returns/{return_id}`.

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
        _path = "/wms/returns/" + path_param("return_id", return_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_returns.ReturnRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    def update(
        self,
        return_id: str,
        *,
        line_items: ListOrTuple[_params.ReturnCreateParamsLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.ReturnUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_returns.ReturnUpdateResponse:
        """Update returns.

        `PUT /wms/returns/{return_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ReturnUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("line_items", line_items),
            ("order_id", order_id),
            ("trackstar_tags", trackstar_tags),
            ("warehouse_id", warehouse_id),
        )
        _body = body_or_fields("update", body, _fields, required=())
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
            cast_to=_models_wms_returns.ReturnUpdateResponse,
            auth=("api_key", "access_token"),
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
        from trackstar.resources.wms.returns.meta import AsyncWmsReturnsMeta

        return AsyncWmsReturnsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsReturnsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsReturnsWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        return_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.ReturnAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_returns.ReturnAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on returns.

        `PUT /wms/returns/{return_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ReturnAddTrackstarTagsBody).

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
        _path = "/wms/returns/" + path_param("return_id", return_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_returns.ReturnAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create(
        self,
        *,
        line_items: ListOrTuple[_params.ReturnCreateParamsLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.ReturnCreateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_returns.ReturnCreateResponse:
        """Create returns.

        `POST /wms/returns`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ReturnCreateBody).

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("line_items", line_items),
            ("order_id", order_id),
            ("trackstar_tags", trackstar_tags),
            ("warehouse_id", warehouse_id),
        )
        _body = body_or_fields("create", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/returns"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_returns.ReturnCreateResponse,
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
        status: InboundShipmentStatus | InboundShipmentStatusFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_returns.Return]:
        """List returns, fetching further pages as you iterate.

        `GET /wms/returns`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_returns.Return,
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
    ) -> _models_wms_returns.ReturnRetrieveResponse:
        """Fetch returns.

        `GET /wms/returns/{return_id}`.

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
        _path = "/wms/returns/" + path_param("return_id", return_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_returns.ReturnRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    async def update(
        self,
        return_id: str,
        *,
        line_items: ListOrTuple[_params.ReturnCreateParamsLineItem] | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.ReturnUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_returns.ReturnUpdateResponse:
        """Update returns.

        `PUT /wms/returns/{return_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (ReturnUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("line_items", line_items),
            ("order_id", order_id),
            ("trackstar_tags", trackstar_tags),
            ("warehouse_id", warehouse_id),
        )
        _body = body_or_fields("update", body, _fields, required=())
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
            cast_to=_models_wms_returns.ReturnUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncWmsReturnsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsReturns."""

    def __init__(self, resource: AsyncWmsReturns) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
