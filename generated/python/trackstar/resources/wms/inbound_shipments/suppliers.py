"""`client.wms.inbound_shipments.suppliers`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import FilterField, encode_query
from trackstar._pagination import AsyncPaginator, SyncCursorPage
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, make_options
from trackstar.types._models import (
    wms_inbound_shipments_suppliers as _models_wms_inbound_shipments_suppliers,
)

if TYPE_CHECKING:
    from trackstar.types._filters import DatetimeFilter, StringFilter, StringInFilter

__all__ = ["WmsInboundShipmentsSuppliers", "AsyncWmsInboundShipmentsSuppliers"]

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)


class WmsInboundShipmentsSuppliers(SyncAPIResource):
    """`client.wms.inbound_shipments.suppliers`"""

    @cached_property
    def with_raw_response(self) -> WmsInboundShipmentsSuppliersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsInboundShipmentsSuppliersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_inbound_shipments_suppliers.InboundShipmentSupplier]:
        """List suppliers, fetching further pages as you iterate.

        `GET /wms/inbound-shipments/suppliers`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_CREATED_DATE, created_date),
                (_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_IDS, ids),
                (_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_UPDATED_DATE, updated_date),
                (
                    _WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_WAREHOUSE_CUSTOMER_ID,
                    warehouse_customer_id,
                ),
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
        _path = "/wms/inbound-shipments/suppliers"
        return self._client.get_page(
            _path,
            item_type=_models_wms_inbound_shipments_suppliers.InboundShipmentSupplier,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class WmsInboundShipmentsSuppliersWithRawResponse:
    """`.with_raw_response` view of WmsInboundShipmentsSuppliers."""

    def __init__(self, resource: WmsInboundShipmentsSuppliers) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AsyncWmsInboundShipmentsSuppliers(AsyncAPIResource):
    """`async client.wms.inbound_shipments.suppliers`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsInboundShipmentsSuppliersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsInboundShipmentsSuppliersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_inbound_shipments_suppliers.InboundShipmentSupplier]:
        """List suppliers, fetching further pages as you iterate.

        `GET /wms/inbound-shipments/suppliers`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_CREATED_DATE, created_date),
                (_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_IDS, ids),
                (_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_UPDATED_DATE, updated_date),
                (
                    _WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_WAREHOUSE_CUSTOMER_ID,
                    warehouse_customer_id,
                ),
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
        _path = "/wms/inbound-shipments/suppliers"
        return self._client.get_page(
            _path,
            item_type=_models_wms_inbound_shipments_suppliers.InboundShipmentSupplier,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class AsyncWmsInboundShipmentsSuppliersWithRawResponse:
    """`.with_raw_response` view of AsyncWmsInboundShipmentsSuppliers."""

    def __init__(self, resource: AsyncWmsInboundShipmentsSuppliers) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
