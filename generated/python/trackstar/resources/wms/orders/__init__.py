"""`client.wms.orders`: Orders held in the connected warehouse system."""

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
from trackstar._types import (
    NOT_GIVEN,
    FileTypes,
    ListOrTuple,
    NotGiven,
    body_or_fields,
    given_fields,
    given_files,
    make_options,
)
from trackstar.types._models import wms_orders as _models_wms_orders

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types import _params  # request TypedDicts: for type checkers only
    from trackstar.types._filters import (
        DatetimeFilter,
        DatetimeRangeFilter,
        OrderStatus,
        OrderStatusFilter,
        OrderType,
        OrderTypeFilter,
        StringCaseInsensitiveFilter,
        StringFilter,
        StringInFilter,
    )
    from trackstar.resources.wms.orders.channels import WmsOrdersChannels, AsyncWmsOrdersChannels
    from trackstar.resources.wms.orders.meta import WmsOrdersMeta, AsyncWmsOrdersMeta
    from trackstar.resources.wms.orders.packs import WmsOrdersPacks, AsyncWmsOrdersPacks
    from trackstar.resources.wms.orders.shipments import WmsOrdersShipments, AsyncWmsOrdersShipments

__all__ = ["WmsOrders", "AsyncWmsOrders"]

_WMS_ORDERS_LIST_CHANNEL = FilterField(
    "channel",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)

_WMS_ORDERS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_ORDERS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_WMS_ORDERS_LIST_ORDER_NUMBER = FilterField(
    "order_number",
    "string",
    frozenset(
        [
            "contains",
            "contains-insensitive",
            "eq",
            "eq-insensitive",
            "in",
            "in-insensitive",
            "nin",
            "not_contains",
        ]
    ),
    plain=True,
)

_WMS_ORDERS_LIST_REFERENCE_ID = FilterField(
    "reference_id",
    "string",
    frozenset(
        [
            "contains",
            "contains-insensitive",
            "eq",
            "eq-insensitive",
            "in",
            "in-insensitive",
            "nin",
            "not_contains",
        ]
    ),
    plain=True,
)

_WMS_ORDERS_LIST_REQUIRED_SHIP_DATE = FilterField(
    "required_ship_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "lt", "lte", "neq"]),
    plain=True,
)

_WMS_ORDERS_LIST_STATUS = FilterField(
    "status",
    "enum",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
    values=frozenset(
        [
            "backordered",
            "cancelled",
            "confirmed",
            "exception",
            "fulfilled",
            "open",
            "other",
            "packed",
            "partially_fulfilled",
            "picked",
            "processing",
        ]
    ),
)

_WMS_ORDERS_LIST_TYPE = FilterField(
    "type",
    "enum",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
    values=frozenset(["b2b", "d2c", "dropship", "transfer"]),
)

_WMS_ORDERS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)

_WMS_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)

_WMS_ORDERS_UPDATE_BODY_ENUMS = {
    "status": frozenset(
        [
            "backordered",
            "cancelled",
            "confirmed",
            "exception",
            "fulfilled",
            "open",
            "other",
            "packed",
            "partially_fulfilled",
            "picked",
            "processing",
        ]
    ),
}


class WmsOrders(SyncAPIResource):
    """`client.wms.orders`: Orders held in the connected warehouse system."""

    @cached_property
    def channels(self) -> WmsOrdersChannels:
        from trackstar.resources.wms.orders.channels import WmsOrdersChannels

        return WmsOrdersChannels(self._client)

    @cached_property
    def meta(self) -> WmsOrdersMeta:
        from trackstar.resources.wms.orders.meta import WmsOrdersMeta

        return WmsOrdersMeta(self._client)

    @cached_property
    def packs(self) -> WmsOrdersPacks:
        from trackstar.resources.wms.orders.packs import WmsOrdersPacks

        return WmsOrdersPacks(self._client)

    @cached_property
    def shipments(self) -> WmsOrdersShipments:
        from trackstar.resources.wms.orders.shipments import WmsOrdersShipments

        return WmsOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> WmsOrdersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsOrdersWithRawResponse(self)

    def add_trackstar_tags(
        self,
        order_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.OrderAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on orders.

        `PUT /wms/orders/{order_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (OrderAddTrackstarTagsBody).

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
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def attach_file(
        self,
        order_id: str,
        *,
        file: FileTypes | NotGiven = NOT_GIVEN,
        file_name: str | NotGiven = NOT_GIVEN,
        file_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderAttachFileResponse:
        """Run `attach_file` on orders.

        `POST /wms/orders/{order_id}/file`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("file_name", file_name),
            ("file_url", file_url),
        )
        _body = given_fields(_fields)
        _file_fields = (("file", file),)
        _files = given_files(_file_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/file"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders.OrderAttachFileResponse,
            auth=("api_key", "access_token"),
            body=_body,
            files=_files,
            options=_options,
        )

    def cancel(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderCancelResponse:
        """Ask the warehouse system to cancel an order.

        `PUT /wms/orders/{order_id}/cancel`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/cancel"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderCancelResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    def create(
        self,
        *,
        channel: str,
        channel_object: _params.OrderCreateParamsChannelObject,
        invoice_currency_code: str,
        order_number: str,
        reference_id: str,
        service_level: str,
        ship_to_address: _params.OrderCreateParamsShipToAddress,
        shipping_method: str,
        shipping_method_id: str,
        total_discount: float,
        total_price: float,
        total_shipping: float,
        total_tax: float,
        trading_partner: str,
        warehouse_customer_id: str | None,
        line_items: ListOrTuple[_params.OrderCreateParamsLineItem] | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderCreateResponse:
        """Create an order; an integration's own fields go in its `body=` variant.

        `POST /wms/orders`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("channel", channel),
            ("channel_object", channel_object),
            ("invoice_currency_code", invoice_currency_code),
            ("order_number", order_number),
            ("reference_id", reference_id),
            ("service_level", service_level),
            ("ship_to_address", ship_to_address),
            ("shipping_method", shipping_method),
            ("shipping_method_id", shipping_method_id),
            ("total_discount", total_discount),
            ("total_price", total_price),
            ("total_shipping", total_shipping),
            ("total_tax", total_tax),
            ("trading_partner", trading_partner),
            ("warehouse_customer_id", warehouse_customer_id),
            ("line_items", line_items),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "channel",
                "channel_object",
                "invoice_currency_code",
                "order_number",
                "reference_id",
                "service_level",
                "ship_to_address",
                "shipping_method",
                "shipping_method_id",
                "total_discount",
                "total_price",
                "total_shipping",
                "total_tax",
                "trading_partner",
                "warehouse_customer_id",
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
        _path = "/wms/orders"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders.OrderCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create_with_body(
        self,
        *,
        body: _integrations.OrderCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (OrderCreateBody); mypy checks it against each.

        `POST /wms/orders`.
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
        _path = "/wms/orders"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders.OrderCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        channel: str | StringFilter | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        order_number: str | StringCaseInsensitiveFilter | None = None,
        reference_id: str | StringCaseInsensitiveFilter | None = None,
        required_ship_date: datetime | DatetimeRangeFilter | None = None,
        status: OrderStatus | OrderStatusFilter | None = None,
        type: OrderType | OrderTypeFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_wms_orders.Order]:
        """Page through the connection's orders, newest filters applied on every page.

        `GET /wms/orders`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_ORDERS_LIST_CHANNEL, channel),
                (_WMS_ORDERS_LIST_CREATED_DATE, created_date),
                (_WMS_ORDERS_LIST_IDS, ids),
                (_WMS_ORDERS_LIST_ORDER_NUMBER, order_number),
                (_WMS_ORDERS_LIST_REFERENCE_ID, reference_id),
                (_WMS_ORDERS_LIST_REQUIRED_SHIP_DATE, required_ship_date),
                (_WMS_ORDERS_LIST_STATUS, status),
                (_WMS_ORDERS_LIST_TYPE, type),
                (_WMS_ORDERS_LIST_UPDATED_DATE, updated_date),
                (_WMS_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/orders"
        return self._client.get_page(
            _path,
            item_type=_models_wms_orders.Order,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderRetrieveResponse:
        """Fetch one order by its Trackstar id.

        `GET /wms/orders/{order_id}`.

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
        _path = "/wms/orders/" + path_param("order_id", order_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_orders.OrderRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    def update(
        self,
        order_id: str,
        *,
        channel: str | NotGiven = NOT_GIVEN,
        channel_object: _params.OrderCreateParamsChannelObject | NotGiven = NOT_GIVEN,
        invoice_currency_code: str | NotGiven = NOT_GIVEN,
        line_items: ListOrTuple[_params.OrderUpdateParamsLineItem] | NotGiven = NOT_GIVEN,
        order_number: str | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        service_level: str | NotGiven = NOT_GIVEN,
        ship_to_address: _params.OrderUpdateParamsShipToAddress | NotGiven = NOT_GIVEN,
        shipping_method: str | NotGiven = NOT_GIVEN,
        shipping_method_id: str | NotGiven = NOT_GIVEN,
        status: (
            Literal[
                "open",
                "confirmed",
                "processing",
                "picked",
                "packed",
                "partially_fulfilled",
                "fulfilled",
                "exception",
                "cancelled",
                "backordered",
                "other",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        total_discount: float | NotGiven = NOT_GIVEN,
        total_price: float | NotGiven = NOT_GIVEN,
        total_shipping: float | NotGiven = NOT_GIVEN,
        total_tax: float | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        trading_partner: str | NotGiven = NOT_GIVEN,
        warehouse_customer_id: str | None | NotGiven = NOT_GIVEN,
        body: _integrations.OrderUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderUpdateResponse:
        """Change an order; an integration's own fields go in its `body=` variant.

        `PUT /wms/orders/{order_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (OrderUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("channel", channel),
            ("channel_object", channel_object),
            ("invoice_currency_code", invoice_currency_code),
            ("line_items", line_items),
            ("order_number", order_number),
            ("reference_id", reference_id),
            ("service_level", service_level),
            ("ship_to_address", ship_to_address),
            ("shipping_method", shipping_method),
            ("shipping_method_id", shipping_method_id),
            ("status", status),
            ("total_discount", total_discount),
            ("total_price", total_price),
            ("total_shipping", total_shipping),
            ("total_tax", total_tax),
            ("trackstar_tags", trackstar_tags),
            ("trading_partner", trading_partner),
            ("warehouse_customer_id", warehouse_customer_id),
        )
        check_body_enums("update", dict(_fields), _WMS_ORDERS_UPDATE_BODY_ENUMS)
        _body = body_or_fields("update", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class WmsOrdersWithRawResponse:
    """`.with_raw_response` view of WmsOrders."""

    def __init__(self, resource: WmsOrders) -> None:
        self._resource = resource
        self.add_trackstar_tags = to_raw_response_wrapper(resource.add_trackstar_tags)
        self.attach_file = to_raw_response_wrapper(resource.attach_file)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.create = to_raw_response_wrapper(resource.create)
        self.create_with_body = to_raw_response_wrapper(resource.create_with_body)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsOrders(AsyncAPIResource):
    """`async client.wms.orders`: Orders held in the connected warehouse system."""

    @cached_property
    def channels(self) -> AsyncWmsOrdersChannels:
        from trackstar.resources.wms.orders.channels import AsyncWmsOrdersChannels

        return AsyncWmsOrdersChannels(self._client)

    @cached_property
    def meta(self) -> AsyncWmsOrdersMeta:
        from trackstar.resources.wms.orders.meta import AsyncWmsOrdersMeta

        return AsyncWmsOrdersMeta(self._client)

    @cached_property
    def packs(self) -> AsyncWmsOrdersPacks:
        from trackstar.resources.wms.orders.packs import AsyncWmsOrdersPacks

        return AsyncWmsOrdersPacks(self._client)

    @cached_property
    def shipments(self) -> AsyncWmsOrdersShipments:
        from trackstar.resources.wms.orders.shipments import AsyncWmsOrdersShipments

        return AsyncWmsOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsOrdersWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsOrdersWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        order_id: str,
        *,
        trackstar_tags: ListOrTuple[object] | NotGiven = NOT_GIVEN,
        body: _integrations.OrderAddTrackstarTagsBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderAddTrackstarTagsResponse:
        """Run `add_trackstar_tags` on orders.

        `PUT /wms/orders/{order_id}/trackstar-tags`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (OrderAddTrackstarTagsBody).

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
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderAddTrackstarTagsResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def attach_file(
        self,
        order_id: str,
        *,
        file: FileTypes | NotGiven = NOT_GIVEN,
        file_name: str | NotGiven = NOT_GIVEN,
        file_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderAttachFileResponse:
        """Run `attach_file` on orders.

        `POST /wms/orders/{order_id}/file`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("file_name", file_name),
            ("file_url", file_url),
        )
        _body = given_fields(_fields)
        _file_fields = (("file", file),)
        _files = given_files(_file_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/file"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders.OrderAttachFileResponse,
            auth=("api_key", "access_token"),
            body=_body,
            files=_files,
            options=_options,
        )

    async def cancel(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderCancelResponse:
        """Ask the warehouse system to cancel an order.

        `PUT /wms/orders/{order_id}/cancel`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/cancel"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderCancelResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    async def create(
        self,
        *,
        channel: str,
        channel_object: _params.OrderCreateParamsChannelObject,
        invoice_currency_code: str,
        order_number: str,
        reference_id: str,
        service_level: str,
        ship_to_address: _params.OrderCreateParamsShipToAddress,
        shipping_method: str,
        shipping_method_id: str,
        total_discount: float,
        total_price: float,
        total_shipping: float,
        total_tax: float,
        trading_partner: str,
        warehouse_customer_id: str | None,
        line_items: ListOrTuple[_params.OrderCreateParamsLineItem] | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderCreateResponse:
        """Create an order; an integration's own fields go in its `body=` variant.

        `POST /wms/orders`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("channel", channel),
            ("channel_object", channel_object),
            ("invoice_currency_code", invoice_currency_code),
            ("order_number", order_number),
            ("reference_id", reference_id),
            ("service_level", service_level),
            ("ship_to_address", ship_to_address),
            ("shipping_method", shipping_method),
            ("shipping_method_id", shipping_method_id),
            ("total_discount", total_discount),
            ("total_price", total_price),
            ("total_shipping", total_shipping),
            ("total_tax", total_tax),
            ("trading_partner", trading_partner),
            ("warehouse_customer_id", warehouse_customer_id),
            ("line_items", line_items),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "channel",
                "channel_object",
                "invoice_currency_code",
                "order_number",
                "reference_id",
                "service_level",
                "ship_to_address",
                "shipping_method",
                "shipping_method_id",
                "total_discount",
                "total_price",
                "total_shipping",
                "total_tax",
                "trading_partner",
                "warehouse_customer_id",
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
        _path = "/wms/orders"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders.OrderCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create_with_body(
        self,
        *,
        body: _integrations.OrderCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (OrderCreateBody); mypy checks it against each.

        `POST /wms/orders`.
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
        _path = "/wms/orders"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_orders.OrderCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        channel: str | StringFilter | None = None,
        created_date: datetime | DatetimeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        order_number: str | StringCaseInsensitiveFilter | None = None,
        reference_id: str | StringCaseInsensitiveFilter | None = None,
        required_ship_date: datetime | DatetimeRangeFilter | None = None,
        status: OrderStatus | OrderStatusFilter | None = None,
        type: OrderType | OrderTypeFilter | None = None,
        updated_date: datetime | DatetimeFilter | None = None,
        warehouse_customer_id: str | StringFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_wms_orders.Order]:
        """Page through the connection's orders, newest filters applied on every page.

        `GET /wms/orders`.

        Returns the first page; iterate it for every item.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(
                (_WMS_ORDERS_LIST_CHANNEL, channel),
                (_WMS_ORDERS_LIST_CREATED_DATE, created_date),
                (_WMS_ORDERS_LIST_IDS, ids),
                (_WMS_ORDERS_LIST_ORDER_NUMBER, order_number),
                (_WMS_ORDERS_LIST_REFERENCE_ID, reference_id),
                (_WMS_ORDERS_LIST_REQUIRED_SHIP_DATE, required_ship_date),
                (_WMS_ORDERS_LIST_STATUS, status),
                (_WMS_ORDERS_LIST_TYPE, type),
                (_WMS_ORDERS_LIST_UPDATED_DATE, updated_date),
                (_WMS_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID, warehouse_customer_id),
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
        _path = "/wms/orders"
        return self._client.get_page(
            _path,
            item_type=_models_wms_orders.Order,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderRetrieveResponse:
        """Fetch one order by its Trackstar id.

        `GET /wms/orders/{order_id}`.

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
        _path = "/wms/orders/" + path_param("order_id", order_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_orders.OrderRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )

    async def update(
        self,
        order_id: str,
        *,
        channel: str | NotGiven = NOT_GIVEN,
        channel_object: _params.OrderCreateParamsChannelObject | NotGiven = NOT_GIVEN,
        invoice_currency_code: str | NotGiven = NOT_GIVEN,
        line_items: ListOrTuple[_params.OrderUpdateParamsLineItem] | NotGiven = NOT_GIVEN,
        order_number: str | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        service_level: str | NotGiven = NOT_GIVEN,
        ship_to_address: _params.OrderUpdateParamsShipToAddress | NotGiven = NOT_GIVEN,
        shipping_method: str | NotGiven = NOT_GIVEN,
        shipping_method_id: str | NotGiven = NOT_GIVEN,
        status: (
            Literal[
                "open",
                "confirmed",
                "processing",
                "picked",
                "packed",
                "partially_fulfilled",
                "fulfilled",
                "exception",
                "cancelled",
                "backordered",
                "other",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        total_discount: float | NotGiven = NOT_GIVEN,
        total_price: float | NotGiven = NOT_GIVEN,
        total_shipping: float | NotGiven = NOT_GIVEN,
        total_tax: float | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        trading_partner: str | NotGiven = NOT_GIVEN,
        warehouse_customer_id: str | None | NotGiven = NOT_GIVEN,
        body: _integrations.OrderUpdateBody | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_orders.OrderUpdateResponse:
        """Change an order; an integration's own fields go in its `body=` variant.

        `PUT /wms/orders/{order_id}`.

        The body is either the base fields as keyword arguments or, for an integration that
        takes its own fields, one `body=` dict (OrderUpdateBody).

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("channel", channel),
            ("channel_object", channel_object),
            ("invoice_currency_code", invoice_currency_code),
            ("line_items", line_items),
            ("order_number", order_number),
            ("reference_id", reference_id),
            ("service_level", service_level),
            ("ship_to_address", ship_to_address),
            ("shipping_method", shipping_method),
            ("shipping_method_id", shipping_method_id),
            ("status", status),
            ("total_discount", total_discount),
            ("total_price", total_price),
            ("total_shipping", total_shipping),
            ("total_tax", total_tax),
            ("trackstar_tags", trackstar_tags),
            ("trading_partner", trading_partner),
            ("warehouse_customer_id", warehouse_customer_id),
        )
        check_body_enums("update", dict(_fields), _WMS_ORDERS_UPDATE_BODY_ENUMS)
        _body = body_or_fields("update", body, _fields, required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_orders.OrderUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncWmsOrdersWithRawResponse:
    """`.with_raw_response` view of AsyncWmsOrders."""

    def __init__(self, resource: AsyncWmsOrders) -> None:
        self._resource = resource
        self.add_trackstar_tags = async_to_raw_response_wrapper(resource.add_trackstar_tags)
        self.attach_file = async_to_raw_response_wrapper(resource.attach_file)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_with_body = async_to_raw_response_wrapper(resource.create_with_body)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
