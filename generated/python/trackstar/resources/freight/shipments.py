"""`client.freight.shipments`: operations of this resource."""

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
from trackstar.types._models import freight_shipments as _models_freight_shipments

if TYPE_CHECKING:
    from trackstar.types._filters import DatetimeFilter, StringInFilter

__all__ = ["FreightShipments", "AsyncFreightShipments"]

_FREIGHT_SHIPMENTS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_FREIGHT_SHIPMENTS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_FREIGHT_SHIPMENTS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)


class FreightShipments(SyncAPIResource):
    """`client.freight.shipments`"""

    @cached_property
    def with_raw_response(self) -> FreightShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return FreightShipmentsWithRawResponse(self)

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
    ) -> SyncCursorPage[_models_freight_shipments.FreightShipment]:
        """List shipments, fetching further pages as you iterate.

        `GET /freight/shipments`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_FREIGHT_SHIPMENTS_LIST_CREATED_DATE, created_date),
                (_FREIGHT_SHIPMENTS_LIST_IDS, ids),
                (_FREIGHT_SHIPMENTS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/freight/shipments"
        return self._client.get_page(
            _path,
            item_type=_models_freight_shipments.FreightShipment,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        shipment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_freight_shipments.FreightShipmentRetrieveResponse:
        """Fetch shipments.

        `GET /freight/shipments/{shipment_id}`.

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
        _path = "/freight/shipments/" + path_param("shipment_id", shipment_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_freight_shipments.FreightShipmentRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class FreightShipmentsWithRawResponse:
    """`.with_raw_response` view of FreightShipments."""

    def __init__(self, resource: FreightShipments) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncFreightShipments(AsyncAPIResource):
    """`async client.freight.shipments`"""

    @cached_property
    def with_raw_response(self) -> AsyncFreightShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncFreightShipmentsWithRawResponse(self)

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
    ) -> AsyncPaginator[_models_freight_shipments.FreightShipment]:
        """List shipments, fetching further pages as you iterate.

        `GET /freight/shipments`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_FREIGHT_SHIPMENTS_LIST_CREATED_DATE, created_date),
                (_FREIGHT_SHIPMENTS_LIST_IDS, ids),
                (_FREIGHT_SHIPMENTS_LIST_UPDATED_DATE, updated_date),
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
        _path = "/freight/shipments"
        return self._client.get_page(
            _path,
            item_type=_models_freight_shipments.FreightShipment,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        shipment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_freight_shipments.FreightShipmentRetrieveResponse:
        """Fetch shipments.

        `GET /freight/shipments/{shipment_id}`.

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
        _path = "/freight/shipments/" + path_param("shipment_id", shipment_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_freight_shipments.FreightShipmentRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncFreightShipmentsWithRawResponse:
    """`.with_raw_response` view of AsyncFreightShipments."""

    def __init__(self, resource: AsyncFreightShipments) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
