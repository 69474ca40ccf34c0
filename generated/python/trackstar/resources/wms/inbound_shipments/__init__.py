"""`client.wms.inbound_shipments`: operations of this resource."""

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
from trackstar.types._models import wms_inbound_shipments as _models_wms_inbound_shipments

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types import _params  # request TypedDicts: for type checkers only
    from trackstar.types._filters import (
        DatetimeFilter,
        DatetimeRangeFilter,
        InboundShipmentStatus,
        InboundShipmentStatusFilter,
        StringEqContainsNotContainsFilter,
        StringFilter,
        StringInFilter,
    )
    from trackstar.resources.wms.inbound_shipments.suppliers import (
        WmsInboundShipmentsSuppliers,
        AsyncWmsInboundShipmentsSuppliers,
    )

__all__ = ["WmsInboundShipments", "AsyncWmsInboundShipments"]

_WMS_INBOUND_SHIPMENTS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INBOUND_SHIPMENTS_LIST_EXPECTED_ARRIVAL_DATE = FilterField(
    "expected_arrival_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "lt", "lte", "neq"]),
    plain=True,
)

_WMS_INBOUND_SHIPMENTS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_INBOUND_SHIPMENTS_LIST_PURCHASE_ORDER_NUMBER = FilterField(
    "purchase_order_number",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)

_WMS_INBOUND_SHIPMENTS_LIST_STATUS = FilterField(
    "status",
    "enum",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
    values=frozenset(["cancelled", "in-transit", "open", "other", "received", "receiving"]),
)

_WMS_INBOUND_SHIPMENTS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)

_WMS_INBOUND_SHIPMENTS_LIST_WAREHOUSE_ID = FilterField(
    "warehouse_id",
    "string",
    frozenset(["contains", "eq", "not_contains"]),
    plain=True,
)


class WmsInboundShipments(SyncAPIResource):
    """`client.wms.inbound_shipments`"""

    @cached_property
    def suppliers(self) -> WmsInboundShipmentsSuppliers:
        from trackstar.resources.wms.inbound_shipments.suppliers import WmsInboundShipmentsSuppliers

        return WmsInboundShipmentsSuppliers(self._client)

    @cached_property
    def with_raw_response(self) -> WmsInboundShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsInboundShipmentsWithRawResponse(self)

    def add_trackstar_tags(
        self,
        inbound_shipment_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.InboundShipmentAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InboundShipmentAddTrackstarTagsBody).

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
        _path = (
            "/wms/inbound-shipments/"
            + path_param("inbound_shipment_id", inbound_shipment_id)
            + "/trackstar-tags"
        )
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create(
        self,
        *,
        expected_arrival_date: str | datetime,
        line_items: ListOrTuple[_params.InboundShipmentCreateParamsLineItem],
        purchase_order_number: str,
        supplier: str,
        supplier_object: _params.InboundShipmentCreateParamsSupplierObject,
        tracking_number: str,
        warehouse_id: str,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentCreateResponse:
        """Create inbound shipments.

        `POST /wms/inbound-shipments`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("expected_arrival_date", expected_arrival_date),
            ("line_items", line_items),
            ("purchase_order_number", purchase_order_number),
            ("supplier", supplier),
            ("supplier_object", supplier_object),
            ("tracking_number", tracking_number),
            ("warehouse_id", warehouse_id),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "expected_arrival_date",
                "line_items",
                "purchase_order_number",
                "supplier",
                "supplier_object",
                "tracking_number",
                "warehouse_id",
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/inbound-shipments"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create_with_body(
        self,
        *,
        body: _integrations.InboundShipmentCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (InboundShipmentCreateBody); mypy checks it against each.

        `POST /wms/inbound-shipments`.
        """
        _body = body_or_fields("create", body, (), required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/inbound-shipments"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        expected_arrival_date: datetime | DatetimeRangeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        purchase_order_number: str | StringFilter | None = None,
        status: InboundShipmentStatus | InboundShipmentStatusFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        warehouse_id: str | StringEqContainsNotContainsFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_inbound_shipments.InboundShipment]:
        """List inbound shipments, fetching further pages as you iterate.

        `GET /wms/inbound-shipments`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_inbound_shipments.InboundShipment,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def receive(
        self,
        inbound_shipment_id: str,
        *,
        line_items: (
            ListOrTuple[_params.InboundShipmentReceiveParamsLineItem] | NotGiven
        ) = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        warehouse_location_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.InboundShipmentReceiveBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentReceiveResponse:
        """Run `receive` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/receive`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InboundShipmentReceiveBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("line_items", line_items),
            ("warehouse_id", warehouse_id),
            ("warehouse_location_id", warehouse_location_id),
        )
        _body = body_or_fields("receive", body, _fields, required=())
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
            cast_to=_models_wms_inbound_shipments.InboundShipmentReceiveResponse,
            auth=("api_key", "access_token"),
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
    ) -> _models_wms_inbound_shipments.InboundShipmentRetrieveResponse:
        """Fetch inbound shipments.

        `GET /wms/inbound-shipments/{inbound_shipment_id}`.

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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    def update(
        self,
        inbound_shipment_id: str,
        *,
        expected_arrival_date: str | datetime | NotGiven = NOT_GIVEN,
        line_items: ListOrTuple[_params.InboundShipmentUpdateParamsLineItem] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven = NOT_GIVEN,
        supplier: str | NotGiven = NOT_GIVEN,
        supplier_object: _params.InboundShipmentCreateParamsSupplierObject | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.InboundShipmentUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentUpdateResponse:
        """Update inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InboundShipmentUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("expected_arrival_date", expected_arrival_date),
            ("line_items", line_items),
            ("purchase_order_number", purchase_order_number),
            ("supplier", supplier),
            ("supplier_object", supplier_object),
            ("tracking_number", tracking_number),
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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class WmsInboundShipmentsWithRawResponse:
    """`.with_raw_response` view of WmsInboundShipments."""

    def __init__(self, resource: WmsInboundShipments) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = to_raw_response_wrapper(resource.create)
        self.create_with_body = to_raw_response_wrapper(resource.create_with_body)
        self.list = to_raw_response_wrapper(resource.list)
        self.receive = to_raw_response_wrapper(resource.receive)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsInboundShipments(AsyncAPIResource):
    """`async client.wms.inbound_shipments`"""

    @cached_property
    def suppliers(self) -> AsyncWmsInboundShipmentsSuppliers:
        from trackstar.resources.wms.inbound_shipments.suppliers import (
            AsyncWmsInboundShipmentsSuppliers,
        )

        return AsyncWmsInboundShipmentsSuppliers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsInboundShipmentsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsInboundShipmentsWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        inbound_shipment_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.InboundShipmentAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InboundShipmentAddTrackstarTagsBody).

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
        _path = (
            "/wms/inbound-shipments/"
            + path_param("inbound_shipment_id", inbound_shipment_id)
            + "/trackstar-tags"
        )
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create(
        self,
        *,
        expected_arrival_date: str | datetime,
        line_items: ListOrTuple[_params.InboundShipmentCreateParamsLineItem],
        purchase_order_number: str,
        supplier: str,
        supplier_object: _params.InboundShipmentCreateParamsSupplierObject,
        tracking_number: str,
        warehouse_id: str,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentCreateResponse:
        """Create inbound shipments.

        `POST /wms/inbound-shipments`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("expected_arrival_date", expected_arrival_date),
            ("line_items", line_items),
            ("purchase_order_number", purchase_order_number),
            ("supplier", supplier),
            ("supplier_object", supplier_object),
            ("tracking_number", tracking_number),
            ("warehouse_id", warehouse_id),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "expected_arrival_date",
                "line_items",
                "purchase_order_number",
                "supplier",
                "supplier_object",
                "tracking_number",
                "warehouse_id",
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/inbound-shipments"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create_with_body(
        self,
        *,
        body: _integrations.InboundShipmentCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (InboundShipmentCreateBody); mypy checks it against each.

        `POST /wms/inbound-shipments`.
        """
        _body = body_or_fields("create", body, (), required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/inbound-shipments"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        expected_arrival_date: datetime | DatetimeRangeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        purchase_order_number: str | StringFilter | None = None,
        status: InboundShipmentStatus | InboundShipmentStatusFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        warehouse_id: str | StringEqContainsNotContainsFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_inbound_shipments.InboundShipment]:
        """List inbound shipments, fetching further pages as you iterate.

        `GET /wms/inbound-shipments`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
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
            item_type=_models_wms_inbound_shipments.InboundShipment,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def receive(
        self,
        inbound_shipment_id: str,
        *,
        line_items: (
            ListOrTuple[_params.InboundShipmentReceiveParamsLineItem] | NotGiven
        ) = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        warehouse_location_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.InboundShipmentReceiveBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentReceiveResponse:
        """Run `receive` on inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}/receive`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InboundShipmentReceiveBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("line_items", line_items),
            ("warehouse_id", warehouse_id),
            ("warehouse_location_id", warehouse_location_id),
        )
        _body = body_or_fields("receive", body, _fields, required=())
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
            cast_to=_models_wms_inbound_shipments.InboundShipmentReceiveResponse,
            auth=("api_key", "access_token"),
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
    ) -> _models_wms_inbound_shipments.InboundShipmentRetrieveResponse:
        """Fetch inbound shipments.

        `GET /wms/inbound-shipments/{inbound_shipment_id}`.

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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    async def update(
        self,
        inbound_shipment_id: str,
        *,
        expected_arrival_date: str | datetime | NotGiven = NOT_GIVEN,
        line_items: ListOrTuple[_params.InboundShipmentUpdateParamsLineItem] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven = NOT_GIVEN,
        supplier: str | NotGiven = NOT_GIVEN,
        supplier_object: _params.InboundShipmentCreateParamsSupplierObject | NotGiven = NOT_GIVEN,
        tracking_number: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        warehouse_id: str | NotGiven = NOT_GIVEN,
        body: _integrations.InboundShipmentUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_inbound_shipments.InboundShipmentUpdateResponse:
        """Update inbound shipments.

        `PUT /wms/inbound-shipments/{inbound_shipment_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (InboundShipmentUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("expected_arrival_date", expected_arrival_date),
            ("line_items", line_items),
            ("purchase_order_number", purchase_order_number),
            ("supplier", supplier),
            ("supplier_object", supplier_object),
            ("tracking_number", tracking_number),
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
        _path = "/wms/inbound-shipments/" + path_param("inbound_shipment_id", inbound_shipment_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_inbound_shipments.InboundShipmentUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncWmsInboundShipmentsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsInboundShipments."""

    def __init__(self, resource: AsyncWmsInboundShipments) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_with_body = async_to_raw_response_wrapper(resource.create_with_body)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.receive = async_to_raw_response_wrapper(resource.receive)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
