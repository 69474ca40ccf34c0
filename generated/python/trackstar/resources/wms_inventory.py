"""`client.wms.inventory`: operations of this resource."""

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
    from .wms_inventory_ledger import WmsInventoryLedger, AsyncWmsInventoryLedger

    pass

__all__ = ["WmsInventory", "AsyncWmsInventory"]

_WMS_INVENTORY_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsInventoryListCreatedDateFilter = TypedDict(
    "WmsInventoryListCreatedDateFilter",
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
"""Operators allowed on `created_date` for `wms.inventory.list`."""

_WMS_INVENTORY_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
WmsInventoryListIdsFilter = TypedDict(
    "WmsInventoryListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `wms.inventory.list`."""

_WMS_INVENTORY_LIST_SKU = FilterField(
    "sku", "string", frozenset(["contains", "eq", "in", "nin", "not_contains"]), plain=True
)
WmsInventoryListSkuFilter = TypedDict(
    "WmsInventoryListSkuFilter",
    {
        "eq": str,
        "in": Sequence[str],
        "nin": Sequence[str],
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators allowed on `sku` for `wms.inventory.list`."""

_WMS_INVENTORY_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsInventoryListUpdatedDateFilter = TypedDict(
    "WmsInventoryListUpdatedDateFilter",
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
"""Operators allowed on `updated_date` for `wms.inventory.list`."""

_WMS_INVENTORY_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsInventoryListWarehouseCustomerIdFilter = TypedDict(
    "WmsInventoryListWarehouseCustomerIdFilter",
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
"""Operators allowed on `warehouse_customer_id` for `wms.inventory.list`."""


class WmsInventory(SyncAPIResource):
    """`client.wms.inventory`"""

    @cached_property
    def ledger(self) -> WmsInventoryLedger:
        from .wms_inventory_ledger import WmsInventoryLedger

        return WmsInventoryLedger(self._client)

    @cached_property
    def with_raw_response(self) -> WmsInventoryWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsInventoryWithRawResponse(self)

    def add_trackstar_tags(
        self,
        inventory_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagInventoryItemResponse:
        """Run `add_trackstar_tags` on inventory.

        `PUT /wms/inventory/{inventory_id}/trackstar-tags`.

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagInventoryItemResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def adjust(
        self,
        inventory_id: str,
        *,
        adjustment_type: Literal["increase", "decrease"] | NotGiven = NOT_GIVEN,
        location_id: str | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAdjustInventoryInventoryItemResponse:
        """Run `adjust` on inventory.

        `PUT /wms/inventory/{inventory_id}/adjust`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("adjustment_type", adjustment_type),
                ("location_id", location_id),
                ("quantity", quantity),
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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id) + "/adjust"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAdjustInventoryInventoryItemResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        created_date: datetime | WmsInventoryListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsInventoryListIdsFilter | None = None,
        sku: str | WmsInventoryListSkuFilter | None = None,
        updated_date: datetime | WmsInventoryListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsInventoryListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.InventorySchema]:
        """List inventory, fetching further pages as you iterate.

        `GET /wms/inventory`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INVENTORY_LIST_CREATED_DATE, created_date),
                (_WMS_INVENTORY_LIST_IDS, ids),
                (_WMS_INVENTORY_LIST_SKU, sku),
                (_WMS_INVENTORY_LIST_UPDATED_DATE, updated_date),
                (_WMS_INVENTORY_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
            ),
            params=(
                ("active", "boolean", active),
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
        _path = "/wms/inventory"
        return self._client.get_page(
            _path,
            item_type=_models.InventorySchema,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        inventory_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsInventorySingleItemEndpoint:
        """Fetch inventory.

        `GET /wms/inventory/{inventory_id}`.

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsInventorySingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class WmsInventoryWithRawResponse:
    """`.with_raw_response` view of WmsInventory."""

    def __init__(self, resource: WmsInventory) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.adjust = to_raw_response_wrapper(resource.adjust)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncWmsInventory(AsyncAPIResource):
    """`async client.wms.inventory`"""

    @cached_property
    def ledger(self) -> AsyncWmsInventoryLedger:
        from .wms_inventory_ledger import AsyncWmsInventoryLedger

        return AsyncWmsInventoryLedger(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsInventoryWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsInventoryWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        inventory_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagInventoryItemResponse:
        """Run `add_trackstar_tags` on inventory.

        `PUT /wms/inventory/{inventory_id}/trackstar-tags`.

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagInventoryItemResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    async def adjust(
        self,
        inventory_id: str,
        *,
        adjustment_type: Literal["increase", "decrease"] | NotGiven = NOT_GIVEN,
        location_id: str | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAdjustInventoryInventoryItemResponse:
        """Run `adjust` on inventory.

        `PUT /wms/inventory/{inventory_id}/adjust`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("adjustment_type", adjustment_type),
                ("location_id", location_id),
                ("quantity", quantity),
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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id) + "/adjust"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAdjustInventoryInventoryItemResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        created_date: datetime | WmsInventoryListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsInventoryListIdsFilter | None = None,
        sku: str | WmsInventoryListSkuFilter | None = None,
        updated_date: datetime | WmsInventoryListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsInventoryListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.InventorySchema]:
        """List inventory, fetching further pages as you iterate.

        `GET /wms/inventory`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INVENTORY_LIST_CREATED_DATE, created_date),
                (_WMS_INVENTORY_LIST_IDS, ids),
                (_WMS_INVENTORY_LIST_SKU, sku),
                (_WMS_INVENTORY_LIST_UPDATED_DATE, updated_date),
                (_WMS_INVENTORY_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
            ),
            params=(
                ("active", "boolean", active),
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
        _path = "/wms/inventory"
        return self._client.get_page(
            _path,
            item_type=_models.InventorySchema,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        inventory_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsInventorySingleItemEndpoint:
        """Fetch inventory.

        `GET /wms/inventory/{inventory_id}`.

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsInventorySingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class AsyncWmsInventoryWithRawResponse:
    """`.with_raw_response` view of AsyncWmsInventory."""

    def __init__(self, resource: AsyncWmsInventory) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.adjust = async_to_raw_response_wrapper(resource.adjust)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
