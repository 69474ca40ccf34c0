"""`client.wms.inventory`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import FilterField, check_body_enums, encode_query, path_param
from trackstar._pagination import AsyncPaginator, SyncCursorPage
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, body_or_fields, make_options
from trackstar.types._models import wms_inventory as _models_wms_inventory

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types._filters import (
        DatetimeFilter,
        StringEqInNinContainsNotContainsFilter,
        StringFilter,
        StringInFilter,
    )
    from trackstar.resources.wms.inventory.ledger import WmsInventoryLedger, AsyncWmsInventoryLedger

__all__ = ["WmsInventory", "AsyncWmsInventory"]

_WMS_INVENTORY_ADJUST_BODY_ENUMS = {
    "adjustment_type": frozenset(["decrease", "increase"]),
}

_WMS_INVENTORY_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INVENTORY_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_INVENTORY_LIST_SKU = FilterField(
    "sku",
    "string",
    frozenset(["contains", "eq", "in", "nin", "not_contains"]),
    plain=True,
)

_WMS_INVENTORY_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INVENTORY_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)


class WmsInventory(SyncAPIResource):
    """`client.wms.inventory`"""

    @cached_property
    def ledger(self) -> WmsInventoryLedger:
        from trackstar.resources.wms.inventory.ledger import WmsInventoryLedger

        return WmsInventoryLedger(self._client)

    @cached_property
    def with_raw_response(self) -> WmsInventoryWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsInventoryWithRawResponse(self)

    def add_trackstar_tags(
        self,
        inventory_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.InventoryAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inventory.InventoryAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on inventory.

        `PUT /wms/inventory/{inventory_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InventoryAddTrackstarTagsBody).

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_inventory.InventoryAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
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
        body: _integrations.InventoryAdjustBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inventory.InventoryAdjustResponse:
        """Run `adjust` on inventory.

        `PUT /wms/inventory/{inventory_id}/adjust`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InventoryAdjustBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("adjustment_type", adjustment_type),
            ("location_id", location_id),
            ("quantity", quantity),
            ("warehouse_id", warehouse_id),
        )
        check_body_enums("adjust", dict(_fields), _WMS_INVENTORY_ADJUST_BODY_ENUMS)
        _body = body_or_fields("adjust", body, _fields, required=())
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
            cast_to=_models_wms_inventory.InventoryAdjustResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        sku: str | StringEqInNinContainsNotContainsFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_inventory.Inventory]:
        """List inventory, fetching further pages as you iterate.

        `GET /wms/inventory`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_inventory.Inventory,
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
    ) -> _models_wms_inventory.InventoryRetrieveResponse:
        """Fetch inventory.

        `GET /wms/inventory/{inventory_id}`.

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_inventory.InventoryRetrieveResponse,
            auth=("api_key", "access_token"),
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
        from trackstar.resources.wms.inventory.ledger import AsyncWmsInventoryLedger

        return AsyncWmsInventoryLedger(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsInventoryWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsInventoryWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        inventory_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.InventoryAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inventory.InventoryAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on inventory.

        `PUT /wms/inventory/{inventory_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InventoryAddTrackstarTagsBody).

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_inventory.InventoryAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
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
        body: _integrations.InventoryAdjustBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inventory.InventoryAdjustResponse:
        """Run `adjust` on inventory.

        `PUT /wms/inventory/{inventory_id}/adjust`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InventoryAdjustBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("adjustment_type", adjustment_type),
            ("location_id", location_id),
            ("quantity", quantity),
            ("warehouse_id", warehouse_id),
        )
        check_body_enums("adjust", dict(_fields), _WMS_INVENTORY_ADJUST_BODY_ENUMS)
        _body = body_or_fields("adjust", body, _fields, required=())
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
            cast_to=_models_wms_inventory.InventoryAdjustResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        sku: str | StringEqInNinContainsNotContainsFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_inventory.Inventory]:
        """List inventory, fetching further pages as you iterate.

        `GET /wms/inventory`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_inventory.Inventory,
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
    ) -> _models_wms_inventory.InventoryRetrieveResponse:
        """Fetch inventory.

        `GET /wms/inventory/{inventory_id}`.

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
        _path = "/wms/inventory/" + path_param("inventory_id", inventory_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_inventory.InventoryRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncWmsInventoryWithRawResponse:
    """`.with_raw_response` view of AsyncWmsInventory."""

    def __init__(self, resource: AsyncWmsInventory) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.adjust = async_to_raw_response_wrapper(resource.adjust)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
