"""`client.wms.inventory.ledger`: operations of this resource."""

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
from trackstar.types._models import wms_inventory_ledger as _models_wms_inventory_ledger

if TYPE_CHECKING:
    from trackstar.types._filters import (
        DatetimeFilter,
        InventoryLedgerEventType,
        InventoryLedgerEventTypeFilter,
        StringFilter,
        StringInFilter,
    )

__all__ = ["WmsInventoryLedger", "AsyncWmsInventoryLedger"]

_WMS_INVENTORY_LEDGER_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INVENTORY_LEDGER_LIST_EVENT_TYPE = FilterField(
    "event_type",
    "enum",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
    values=frozenset(
        [
            "adjustment",
            "inbound_receipt",
            "movement",
            "order_shipment",
            "other",
            "return_receipt",
            "supplier_return",
        ]
    ),
)

_WMS_INVENTORY_LEDGER_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_INVENTORY_LEDGER_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INVENTORY_LEDGER_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)


class WmsInventoryLedger(SyncAPIResource):
    """`client.wms.inventory.ledger`"""

    @cached_property
    def with_raw_response(self) -> WmsInventoryLedgerWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsInventoryLedgerWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        event_type: InventoryLedgerEventType | InventoryLedgerEventTypeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_inventory_ledger.InventoryLedger]:
        """List ledger, fetching further pages as you iterate.

        `GET /wms/inventory/ledger`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INVENTORY_LEDGER_LIST_CREATED_DATE, created_date),
                (_WMS_INVENTORY_LEDGER_LIST_EVENT_TYPE, event_type),
                (_WMS_INVENTORY_LEDGER_LIST_IDS, ids),
                (_WMS_INVENTORY_LEDGER_LIST_UPDATED_DATE, updated_date),
                (_WMS_INVENTORY_LEDGER_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/inventory/ledger"
        return self._client.get_page(
            _path,
            item_type=_models_wms_inventory_ledger.InventoryLedger,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class WmsInventoryLedgerWithRawResponse:
    """`.with_raw_response` view of WmsInventoryLedger."""

    def __init__(self, resource: WmsInventoryLedger) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AsyncWmsInventoryLedger(AsyncAPIResource):
    """`async client.wms.inventory.ledger`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsInventoryLedgerWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsInventoryLedgerWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        event_type: InventoryLedgerEventType | InventoryLedgerEventTypeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_inventory_ledger.InventoryLedger]:
        """List ledger, fetching further pages as you iterate.

        `GET /wms/inventory/ledger`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INVENTORY_LEDGER_LIST_CREATED_DATE, created_date),
                (_WMS_INVENTORY_LEDGER_LIST_EVENT_TYPE, event_type),
                (_WMS_INVENTORY_LEDGER_LIST_IDS, ids),
                (_WMS_INVENTORY_LEDGER_LIST_UPDATED_DATE, updated_date),
                (_WMS_INVENTORY_LEDGER_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/inventory/ledger"
        return self._client.get_page(
            _path,
            item_type=_models_wms_inventory_ledger.InventoryLedger,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class AsyncWmsInventoryLedgerWithRawResponse:
    """`.with_raw_response` view of AsyncWmsInventoryLedger."""

    def __init__(self, resource: AsyncWmsInventoryLedger) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
