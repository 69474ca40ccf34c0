"""`client.wms.inbound_shipments`: operations of this resource."""

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
    from .wms_inbound_shipments_suppliers import (
        WmsInboundShipmentsSuppliers,
        AsyncWmsInboundShipmentsSuppliers,
    )

    pass

__all__ = ["WmsInboundShipments", "AsyncWmsInboundShipments"]

WmsInboundShipmentsListStatusValue: TypeAlias = Literal[
    "open", "in-transit", "receiving", "received", "cancelled", "other"
]

_WMS_INBOUND_SHIPMENTS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsInboundShipmentsListCreatedDateFilter = TypedDict(
    "WmsInboundShipmentsListCreatedDateFilter",
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
"""Operators allowed on `created_date` for `wms.inbound_shipments.list`."""

_WMS_INBOUND_SHIPMENTS_LIST_EXPECTED_ARRIVAL_DATE = FilterField(
    "expected_arrival_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "lt", "lte", "neq"]),
    plain=True,
)
WmsInboundShipmentsListExpectedArrivalDateFilter = TypedDict(
    "WmsInboundShipmentsListExpectedArrivalDateFilter",
    {
        "eq": datetime,
        "neq": datetime,
        "gt": datetime,
        "gte": datetime,
        "lt": datetime,
        "lte": datetime,
    },
    total=False,
)
"""Operators allowed on `expected_arrival_date` for `wms.inbound_shipments.list`."""

_WMS_INBOUND_SHIPMENTS_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
WmsInboundShipmentsListIdsFilter = TypedDict(
    "WmsInboundShipmentsListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `wms.inbound_shipments.list`."""

_WMS_INBOUND_SHIPMENTS_LIST_PURCHASE_ORDER_NUMBER = FilterField(
    "purchase_order_number",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsInboundShipmentsListPurchaseOrderNumberFilter = TypedDict(
    "WmsInboundShipmentsListPurchaseOrderNumberFilter",
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
"""Operators allowed on `purchase_order_number` for `wms.inbound_shipments.list`."""

_WMS_INBOUND_SHIPMENTS_LIST_STATUS = FilterField(
    "status", "enum", frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]), plain=True
)
WmsInboundShipmentsListStatusFilter = TypedDict(
    "WmsInboundShipmentsListStatusFilter",
    {
        "eq": WmsInboundShipmentsListStatusValue,
        "neq": WmsInboundShipmentsListStatusValue,
        "in": Sequence[WmsInboundShipmentsListStatusValue],
        "nin": Sequence[WmsInboundShipmentsListStatusValue],
        "contains": WmsInboundShipmentsListStatusValue,
        "not_contains": WmsInboundShipmentsListStatusValue,
    },
    total=False,
)
"""Operators allowed on `status` for `wms.inbound_shipments.list`."""

_WMS_INBOUND_SHIPMENTS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsInboundShipmentsListUpdatedDateFilter = TypedDict(
    "WmsInboundShipmentsListUpdatedDateFilter",
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
"""Operators allowed on `updated_date` for `wms.inbound_shipments.list`."""

_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsInboundShipmentsListWarehouseCustomerIdFilter = TypedDict(
    "WmsInboundShipmentsListWarehouseCustomerIdFilter",
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
"""Operators allowed on `warehouse_customer_id` for `wms.inbound_shipments.list`."""

_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_ID = FilterField(
    "warehouse_id", "string", frozenset(["contains", "eq", "not_contains"]), plain=True
)
WmsInboundShipmentsListWarehouseIdFilter = TypedDict(
    "WmsInboundShipmentsListWarehouseIdFilter",
    {
        "eq": str,
        "contains": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators allowed on `warehouse_id` for `wms.inbound_shipments.list`."""


class WmsInboundShipments(SyncAPIResource):
    """`client.wms.inbound_shipments`"""

    @cached_property
    def suppliers(self) -> WmsInboundShipmentsSuppliers:
        from .wms_inbound_shipments_suppliers import WmsInboundShipmentsSuppliers

        return WmsInboundShipmentsSuppliers(self._client)

    @cached_property
    def with_raw_response(self) -> WmsInboundShipmentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsInboundShipmentsWithRawResponse(self)

    def add_trackstar_tags(
        self,
        inbound_shipment_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagInboundShipmentResponse:
        """Run `add_trackstar_tags` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags`.

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
        _path = (
            "/wms/inbound-shipments/"
            + path_param("inbound_shipment_id", inbound_shipment_id)
            + "/trackstar-tags"
        )
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def create(
        self,
        *,
        expected_arrival_date: str | datetime,
        line_items: Sequence[_params.CreateInboundShipmentLineItemSchema],
        purchase_order_number: str,
        supplier: str,
        supplier_object: _params.SupplierSchema,
        tracking_number: str,
        warehouse_id: str,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateInboundShipmentResponse:
        """Create inbound shipments.

        `POST /wms/inbound-shipments`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("expected_arrival_date", expected_arrival_date),
                ("line_items", line_items),
                ("purchase_order_number", purchase_order_number),
                ("supplier", supplier),
                ("supplier_object", supplier_object),
                ("tracking_number", tracking_number),
                ("warehouse_id", warehouse_id),
                ("trackstar_tags", trackstar_tags),
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
        _path = "/wms/inbound-shipments"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsInboundShipmentsListCreatedDateFilter | None = None,
        expected_arrival_date: (
            datetime | WmsInboundShipmentsListExpectedArrivalDateFilter | None
        ) = None,
        ids: Sequence[str] | WmsInboundShipmentsListIdsFilter | None = None,
        purchase_order_number: str | WmsInboundShipmentsListPurchaseOrderNumberFilter | None = None,
        status: (
            WmsInboundShipmentsListStatusValue | WmsInboundShipmentsListStatusFilter | None
        ) = None,
        updated_date: datetime | WmsInboundShipmentsListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsInboundShipmentsListWarehouseCustomerIdFilter | None = None,
        warehouse_id: str | WmsInboundShipmentsListWarehouseIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.InboundShipmentSchema]:
        """List inbound shipments, fetching further pages as you iterate.

        `GET /wms/inbound-shipments`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INBOUND_SHIPMENTS_LIST_CREATED_DATE, created_date),
                (_WMS_INBOUND_SHIPMENTS_LIST_EXPECTED_ARRIVAL_DATE, expected_arrival_date),
                (_WMS_INBOUND_SHIPMENTS_LIST_IDS, ids),
                (_WMS_INBOUND_SHIPMENTS_LIST_PURCHASE_ORDER_NUMBER, purchase_order_number),
                (_WMS_INBOUND_SHIPMENTS_LIST_STATUS, status),
                (_WMS_INBOUND_SHIPMENTS_LIST_UPDATED_DATE, updated_date),
                (_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
                (_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_ID, warehouse_id),
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
        _path = "/wms/inbound-shipments"
        return self._client.get_page(
            _path,
            item_type=_models.InboundShipmentSchema,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def receive(
        self,
        inbound_shipment_id: str,
        *,
        line_items: Sequence[_params.CreateInboundReceiptLineItem] | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        warehouse_location_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateReceiptInboundShipmentResponse:
        """Run `receive` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/receive`.

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
                ("warehouse_id", warehouse_id),
                ("warehouse_location_id", warehouse_location_id),
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
        _path = (
            "/wms/inbound-shipments/"
            + path_param("inbound_shipment_id", inbound_shipment_id)
            + "/receive"
        )
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsCreateReceiptInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def retrieve(
        self,
        inbound_shipment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsInboundShipmentsSingleItemEndpoint:
        """Fetch inbound shipments.

        `GET /wms/inbound-shipments/{inbound_shipment_id}`.

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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsInboundShipmentsSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def update(
        self,
        inbound_shipment_id: str,
        *,
        expected_arrival_date: str | datetime | NotGiven = NOT_GIVEN,
        line_items: Sequence[_params.UpdateInboundShipmentLineItemSchema] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven = NOT_GIVEN,
        supplier: str | NotGiven = NOT_GIVEN,
        supplier_object: _params.SupplierSchema | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateInboundShipmentResponse:
        """Update inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("expected_arrival_date", expected_arrival_date),
                ("line_items", line_items),
                ("purchase_order_number", purchase_order_number),
                ("supplier", supplier),
                ("supplier_object", supplier_object),
                ("tracking_number", tracking_number),
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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class WmsInboundShipmentsWithRawResponse:
    """`.with_raw_response` view of WmsInboundShipments."""

    def __init__(self, resource: WmsInboundShipments) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.receive = to_raw_response_wrapper(resource.receive)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsInboundShipments(AsyncAPIResource):
    """`async client.wms.inbound_shipments`"""

    @cached_property
    def suppliers(self) -> AsyncWmsInboundShipmentsSuppliers:
        from .wms_inbound_shipments_suppliers import AsyncWmsInboundShipmentsSuppliers

        return AsyncWmsInboundShipmentsSuppliers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsInboundShipmentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsInboundShipmentsWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        inbound_shipment_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagInboundShipmentResponse:
        """Run `add_trackstar_tags` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags`.

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
        _path = (
            "/wms/inbound-shipments/"
            + path_param("inbound_shipment_id", inbound_shipment_id)
            + "/trackstar-tags"
        )
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    async def create(
        self,
        *,
        expected_arrival_date: str | datetime,
        line_items: Sequence[_params.CreateInboundShipmentLineItemSchema],
        purchase_order_number: str,
        supplier: str,
        supplier_object: _params.SupplierSchema,
        tracking_number: str,
        warehouse_id: str,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateInboundShipmentResponse:
        """Create inbound shipments.

        `POST /wms/inbound-shipments`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("expected_arrival_date", expected_arrival_date),
                ("line_items", line_items),
                ("purchase_order_number", purchase_order_number),
                ("supplier", supplier),
                ("supplier_object", supplier_object),
                ("tracking_number", tracking_number),
                ("warehouse_id", warehouse_id),
                ("trackstar_tags", trackstar_tags),
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
        _path = "/wms/inbound-shipments"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | WmsInboundShipmentsListCreatedDateFilter | None = None,
        expected_arrival_date: (
            datetime | WmsInboundShipmentsListExpectedArrivalDateFilter | None
        ) = None,
        ids: Sequence[str] | WmsInboundShipmentsListIdsFilter | None = None,
        purchase_order_number: str | WmsInboundShipmentsListPurchaseOrderNumberFilter | None = None,
        status: (
            WmsInboundShipmentsListStatusValue | WmsInboundShipmentsListStatusFilter | None
        ) = None,
        updated_date: datetime | WmsInboundShipmentsListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsInboundShipmentsListWarehouseCustomerIdFilter | None = None,
        warehouse_id: str | WmsInboundShipmentsListWarehouseIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.InboundShipmentSchema]:
        """List inbound shipments, fetching further pages as you iterate.

        `GET /wms/inbound-shipments`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_INBOUND_SHIPMENTS_LIST_CREATED_DATE, created_date),
                (_WMS_INBOUND_SHIPMENTS_LIST_EXPECTED_ARRIVAL_DATE, expected_arrival_date),
                (_WMS_INBOUND_SHIPMENTS_LIST_IDS, ids),
                (_WMS_INBOUND_SHIPMENTS_LIST_PURCHASE_ORDER_NUMBER, purchase_order_number),
                (_WMS_INBOUND_SHIPMENTS_LIST_STATUS, status),
                (_WMS_INBOUND_SHIPMENTS_LIST_UPDATED_DATE, updated_date),
                (_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
                (_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_ID, warehouse_id),
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
        _path = "/wms/inbound-shipments"
        return self._client.get_page(
            _path,
            item_type=_models.InboundShipmentSchema,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def receive(
        self,
        inbound_shipment_id: str,
        *,
        line_items: Sequence[_params.CreateInboundReceiptLineItem] | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        warehouse_location_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateReceiptInboundShipmentResponse:
        """Run `receive` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/receive`.

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
                ("warehouse_id", warehouse_id),
                ("warehouse_location_id", warehouse_location_id),
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
        _path = (
            "/wms/inbound-shipments/"
            + path_param("inbound_shipment_id", inbound_shipment_id)
            + "/receive"
        )
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsCreateReceiptInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    async def retrieve(
        self,
        inbound_shipment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsInboundShipmentsSingleItemEndpoint:
        """Fetch inbound shipments.

        `GET /wms/inbound-shipments/{inbound_shipment_id}`.

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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsInboundShipmentsSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def update(
        self,
        inbound_shipment_id: str,
        *,
        expected_arrival_date: str | datetime | NotGiven = NOT_GIVEN,
        line_items: Sequence[_params.UpdateInboundShipmentLineItemSchema] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven = NOT_GIVEN,
        supplier: str | NotGiven = NOT_GIVEN,
        supplier_object: _params.SupplierSchema | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateInboundShipmentResponse:
        """Update inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("expected_arrival_date", expected_arrival_date),
                ("line_items", line_items),
                ("purchase_order_number", purchase_order_number),
                ("supplier", supplier),
                ("supplier_object", supplier_object),
                ("tracking_number", tracking_number),
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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateInboundShipmentResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class AsyncWmsInboundShipmentsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsInboundShipments."""

    def __init__(self, resource: AsyncWmsInboundShipments) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.receive = async_to_raw_response_wrapper(resource.receive)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
