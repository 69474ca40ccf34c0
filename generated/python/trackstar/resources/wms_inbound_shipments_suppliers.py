"""`client.wms.inbound_shipments.suppliers`: operations of this resource."""

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

    pass

__all__ = ["WmsInboundShipmentsSuppliers", "AsyncWmsInboundShipmentsSuppliers"]

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsInboundShipmentsSuppliersListCreatedDateFilter = TypedDict(
    "WmsInboundShipmentsSuppliersListCreatedDateFilter",
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
"""Operators allowed on `created_date` for `wms.inbound_shipments.suppliers.list`."""

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_IDS = FilterField(
    "ids", "string", frozenset(["in"]), plain=False
)
WmsInboundShipmentsSuppliersListIdsFilter = TypedDict(
    "WmsInboundShipmentsSuppliersListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `wms.inbound_shipments.suppliers.list`."""

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsInboundShipmentsSuppliersListUpdatedDateFilter = TypedDict(
    "WmsInboundShipmentsSuppliersListUpdatedDateFilter",
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
"""Operators allowed on `updated_date` for `wms.inbound_shipments.suppliers.list`."""

_WMS_INBOUND_SHIPMENTS_SUPPLIERS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsInboundShipmentsSuppliersListWarehouseCustomerIdFilter = TypedDict(
    "WmsInboundShipmentsSuppliersListWarehouseCustomerIdFilter",
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
"""Operators allowed on `warehouse_customer_id` for `wms.inbound_shipments.suppliers.list`."""


class WmsInboundShipmentsSuppliers(SyncAPIResource):
    """`client.wms.inbound_shipments.suppliers`"""

    @cached_property
    def with_raw_response(self) -> WmsInboundShipmentsSuppliersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsInboundShipmentsSuppliersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsInboundShipmentsSuppliersListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsInboundShipmentsSuppliersListIdsFilter | None = None,
        updated_date: datetime | WmsInboundShipmentsSuppliersListUpdatedDateFilter | None = None,
        warehouse_customer_id: (
            str | WmsInboundShipmentsSuppliersListWarehouseCustomerIdFilter | None
        ) = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.InboundShipmentSupplierSchema]:
        """List suppliers, fetching further pages as you iterate.

        `GET /wms/inbound-shipments/suppliers`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.InboundShipmentSupplierSchema,
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
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsInboundShipmentsSuppliersWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsInboundShipmentsSuppliersListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsInboundShipmentsSuppliersListIdsFilter | None = None,
        updated_date: datetime | WmsInboundShipmentsSuppliersListUpdatedDateFilter | None = None,
        warehouse_customer_id: (
            str | WmsInboundShipmentsSuppliersListWarehouseCustomerIdFilter | None
        ) = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.InboundShipmentSupplierSchema]:
        """List suppliers, fetching further pages as you iterate.

        `GET /wms/inbound-shipments/suppliers`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.InboundShipmentSupplierSchema,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class AsyncWmsInboundShipmentsSuppliersWithRawResponse:
    """`.with_raw_response` view of AsyncWmsInboundShipmentsSuppliers."""

    def __init__(self, resource: AsyncWmsInboundShipmentsSuppliers) -> None:
        self._resource = resource
