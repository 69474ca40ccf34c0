"""`client.wms.orders`: Orders held in the connected warehouse system."""

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
    from .wms_orders_channels import WmsOrdersChannels, AsyncWmsOrdersChannels
    from .wms_orders_meta import WmsOrdersMeta, AsyncWmsOrdersMeta
    from .wms_orders_packs import WmsOrdersPacks, AsyncWmsOrdersPacks
    from .wms_orders_shipments import WmsOrdersShipments, AsyncWmsOrdersShipments

    pass

__all__ = ["WmsOrders", "AsyncWmsOrders"]

WmsOrdersListStatusValue: TypeAlias = Literal[
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

WmsOrdersListTypeValue: TypeAlias = Literal["d2c", "b2b", "dropship", "transfer"]

_WMS_ORDERS_LIST_CHANNEL = FilterField(
    "channel",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsOrdersListChannelFilter = TypedDict(
    "WmsOrdersListChannelFilter",
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
"""Operators allowed on `channel` for `wms.orders.list`."""

_WMS_ORDERS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsOrdersListCreatedDateFilter = TypedDict(
    "WmsOrdersListCreatedDateFilter",
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
"""Operators allowed on `created_date` for `wms.orders.list`."""

_WMS_ORDERS_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
WmsOrdersListIdsFilter = TypedDict(
    "WmsOrdersListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `wms.orders.list`."""

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
WmsOrdersListOrderNumberFilter = TypedDict(
    "WmsOrdersListOrderNumberFilter",
    {
        "eq": str,
        "eq-insensitive": str,
        "in": Sequence[str],
        "in-insensitive": Sequence[str],
        "nin": Sequence[str],
        "contains": str,
        "contains-insensitive": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators allowed on `order_number` for `wms.orders.list`."""

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
WmsOrdersListReferenceIdFilter = TypedDict(
    "WmsOrdersListReferenceIdFilter",
    {
        "eq": str,
        "eq-insensitive": str,
        "in": Sequence[str],
        "in-insensitive": Sequence[str],
        "nin": Sequence[str],
        "contains": str,
        "contains-insensitive": str,
        "not_contains": str,
    },
    total=False,
)
"""Operators allowed on `reference_id` for `wms.orders.list`."""

_WMS_ORDERS_LIST_REQUIRED_SHIP_DATE = FilterField(
    "required_ship_date", "datetime", frozenset(["eq", "gt", "gte", "lt", "lte", "neq"]), plain=True
)
WmsOrdersListRequiredShipDateFilter = TypedDict(
    "WmsOrdersListRequiredShipDateFilter",
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
"""Operators allowed on `required_ship_date` for `wms.orders.list`."""

_WMS_ORDERS_LIST_STATUS = FilterField(
    "status", "enum", frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]), plain=True
)
WmsOrdersListStatusFilter = TypedDict(
    "WmsOrdersListStatusFilter",
    {
        "eq": WmsOrdersListStatusValue,
        "neq": WmsOrdersListStatusValue,
        "in": Sequence[WmsOrdersListStatusValue],
        "nin": Sequence[WmsOrdersListStatusValue],
        "contains": WmsOrdersListStatusValue,
        "not_contains": WmsOrdersListStatusValue,
    },
    total=False,
)
"""Operators allowed on `status` for `wms.orders.list`."""

_WMS_ORDERS_LIST_TYPE = FilterField(
    "type", "enum", frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]), plain=True
)
WmsOrdersListTypeFilter = TypedDict(
    "WmsOrdersListTypeFilter",
    {
        "eq": WmsOrdersListTypeValue,
        "neq": WmsOrdersListTypeValue,
        "in": Sequence[WmsOrdersListTypeValue],
        "nin": Sequence[WmsOrdersListTypeValue],
        "contains": WmsOrdersListTypeValue,
        "not_contains": WmsOrdersListTypeValue,
    },
    total=False,
)
"""Operators allowed on `type` for `wms.orders.list`."""

_WMS_ORDERS_LIST_UPDATED_DATE = FilterField(
    "updated_date",
    "datetime",
    frozenset(["eq", "gt", "gte", "in", "lt", "lte", "neq", "nin"]),
    plain=True,
)
WmsOrdersListUpdatedDateFilter = TypedDict(
    "WmsOrdersListUpdatedDateFilter",
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
"""Operators allowed on `updated_date` for `wms.orders.list`."""

_WMS_ORDERS_LIST_WAREHOUSE_CUSTOMER_ID = FilterField(
    "warehouse_customer_id",
    "string",
    frozenset(["contains", "eq", "in", "neq", "nin", "not_contains"]),
    plain=True,
)
WmsOrdersListWarehouseCustomerIdFilter = TypedDict(
    "WmsOrdersListWarehouseCustomerIdFilter",
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
"""Operators allowed on `warehouse_customer_id` for `wms.orders.list`."""


class WmsOrders(SyncAPIResource):
    """`client.wms.orders`: Orders held in the connected warehouse system."""

    @cached_property
    def channels(self) -> WmsOrdersChannels:
        from .wms_orders_channels import WmsOrdersChannels

        return WmsOrdersChannels(self._client)

    @cached_property
    def meta(self) -> WmsOrdersMeta:
        from .wms_orders_meta import WmsOrdersMeta

        return WmsOrdersMeta(self._client)

    @cached_property
    def packs(self) -> WmsOrdersPacks:
        from .wms_orders_packs import WmsOrdersPacks

        return WmsOrdersPacks(self._client)

    @cached_property
    def shipments(self) -> WmsOrdersShipments:
        from .wms_orders_shipments import WmsOrdersShipments

        return WmsOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> WmsOrdersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsOrdersWithRawResponse(self)

    def add_trackstar_tags(
        self,
        order_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagOrderResponse:
        """Run `add_trackstar_tags` on orders.

        `PUT /wms/orders/{order_id}/trackstar-tags`.

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
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/trackstar-tags"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
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
    ) -> _models.AttachFileOrderResponse:
        """Run `attach_file` on orders.

        `POST /wms/orders/{order_id}/file`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("file_name", file_name),
                ("file_url", file_url),
            )
            if not isinstance(value, NotGiven)
        }
        _files = {key: value for key, value in (("file", file),) if not isinstance(value, NotGiven)}
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/file"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.AttachFileOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
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
    ) -> _models.WmsCancelOrderResponse:
        """Ask the warehouse system to cancel an order.

        `PUT /wms/orders/{order_id}/cancel`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
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
            cast_to=_models.WmsCancelOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def create(
        self,
        *,
        channel: str,
        channel_object: _params.ChannelSchema,
        invoice_currency_code: str,
        order_number: str,
        reference_id: str,
        service_level: str,
        ship_to_address: _params.CreateOrderShipToAddress,
        shipping_method: str,
        shipping_method_id: str,
        total_discount: float,
        total_price: float,
        total_shipping: float,
        total_tax: float,
        trading_partner: str,
        warehouse_customer_id: str | None,
        line_items: Sequence[_params.CreateOrderLineItems] | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateOrderResponse:
        """Create an order; integration-specific fields go in `extra_body`.

        `POST /wms/orders`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
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
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        channel: str | WmsOrdersListChannelFilter | None = None,
        created_date: datetime | WmsOrdersListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsOrdersListIdsFilter | None = None,
        order_number: str | WmsOrdersListOrderNumberFilter | None = None,
        reference_id: str | WmsOrdersListReferenceIdFilter | None = None,
        required_ship_date: datetime | WmsOrdersListRequiredShipDateFilter | None = None,
        status: WmsOrdersListStatusValue | WmsOrdersListStatusFilter | None = None,
        type: WmsOrdersListTypeValue | WmsOrdersListTypeFilter | None = None,
        updated_date: datetime | WmsOrdersListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsOrdersListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.OrderSchema]:
        """Page through the connection's orders, newest filters applied on every page.

        `GET /wms/orders`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.OrderSchema,
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
    ) -> _models.WmsOrdersSingleItemEndpoint:
        """Fetch one order by its Trackstar id.

        `GET /wms/orders/{order_id}`.

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
        _path = "/wms/orders/" + path_param("order_id", order_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsOrdersSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def update(
        self,
        order_id: str,
        *,
        channel: str | NotGiven = NOT_GIVEN,
        channel_object: _params.ChannelSchema | NotGiven = NOT_GIVEN,
        invoice_currency_code: str | NotGiven = NOT_GIVEN,
        line_items: Sequence[_params.UpdateOrderLineItems] | NotGiven = NOT_GIVEN,
        order_number: str | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        service_level: str | NotGiven = NOT_GIVEN,
        ship_to_address: _params.UpdateOrderShipToAddress | NotGiven = NOT_GIVEN,
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
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        trading_partner: str | NotGiven = NOT_GIVEN,
        warehouse_customer_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateOrderResponse:
        """Change an order; integration-specific fields go in `extra_body`.

        `PUT /wms/orders/{order_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
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
            if not isinstance(value, NotGiven)
        }
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
            cast_to=_models.WmsUpdateOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
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
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsOrders(AsyncAPIResource):
    """`async client.wms.orders`: Orders held in the connected warehouse system."""

    @cached_property
    def channels(self) -> AsyncWmsOrdersChannels:
        from .wms_orders_channels import AsyncWmsOrdersChannels

        return AsyncWmsOrdersChannels(self._client)

    @cached_property
    def meta(self) -> AsyncWmsOrdersMeta:
        from .wms_orders_meta import AsyncWmsOrdersMeta

        return AsyncWmsOrdersMeta(self._client)

    @cached_property
    def packs(self) -> AsyncWmsOrdersPacks:
        from .wms_orders_packs import AsyncWmsOrdersPacks

        return AsyncWmsOrdersPacks(self._client)

    @cached_property
    def shipments(self) -> AsyncWmsOrdersShipments:
        from .wms_orders_shipments import AsyncWmsOrdersShipments

        return AsyncWmsOrdersShipments(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsOrdersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsOrdersWithRawResponse(self)

    async def add_trackstar_tags(
        self,
        order_id: str,
        *,
        trackstar_tags: Sequence[object] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsAddTrackstarTagOrderResponse:
        """Run `add_trackstar_tags` on orders.

        `PUT /wms/orders/{order_id}/trackstar-tags`.

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
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/trackstar-tags"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsAddTrackstarTagOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
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
    ) -> _models.AttachFileOrderResponse:
        """Run `attach_file` on orders.

        `POST /wms/orders/{order_id}/file`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("file_name", file_name),
                ("file_url", file_url),
            )
            if not isinstance(value, NotGiven)
        }
        _files = {key: value for key, value in (("file", file),) if not isinstance(value, NotGiven)}
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders/" + path_param("order_id", order_id) + "/file"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.AttachFileOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
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
    ) -> _models.WmsCancelOrderResponse:
        """Ask the warehouse system to cancel an order.

        `PUT /wms/orders/{order_id}/cancel`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
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
            cast_to=_models.WmsCancelOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def create(
        self,
        *,
        channel: str,
        channel_object: _params.ChannelSchema,
        invoice_currency_code: str,
        order_number: str,
        reference_id: str,
        service_level: str,
        ship_to_address: _params.CreateOrderShipToAddress,
        shipping_method: str,
        shipping_method_id: str,
        total_discount: float,
        total_price: float,
        total_shipping: float,
        total_tax: float,
        trading_partner: str,
        warehouse_customer_id: str | None,
        line_items: Sequence[_params.CreateOrderLineItems] | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateOrderResponse:
        """Create an order; integration-specific fields go in `extra_body`.

        `POST /wms/orders`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
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
            if not isinstance(value, NotGiven)
        }
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/orders"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        channel: str | WmsOrdersListChannelFilter | None = None,
        created_date: datetime | WmsOrdersListCreatedDateFilter | None = None,
        ids: Sequence[str] | WmsOrdersListIdsFilter | None = None,
        order_number: str | WmsOrdersListOrderNumberFilter | None = None,
        reference_id: str | WmsOrdersListReferenceIdFilter | None = None,
        required_ship_date: datetime | WmsOrdersListRequiredShipDateFilter | None = None,
        status: WmsOrdersListStatusValue | WmsOrdersListStatusFilter | None = None,
        type: WmsOrdersListTypeValue | WmsOrdersListTypeFilter | None = None,
        updated_date: datetime | WmsOrdersListUpdatedDateFilter | None = None,
        warehouse_customer_id: str | WmsOrdersListWarehouseCustomerIdFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.OrderSchema]:
        """Page through the connection's orders, newest filters applied on every page.

        `GET /wms/orders`; returns the first page, iterate it for every item.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
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
            item_type=_models.OrderSchema,
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
    ) -> _models.WmsOrdersSingleItemEndpoint:
        """Fetch one order by its Trackstar id.

        `GET /wms/orders/{order_id}`.

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
        _path = "/wms/orders/" + path_param("order_id", order_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models.WmsOrdersSingleItemEndpoint,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def update(
        self,
        order_id: str,
        *,
        channel: str | NotGiven = NOT_GIVEN,
        channel_object: _params.ChannelSchema | NotGiven = NOT_GIVEN,
        invoice_currency_code: str | NotGiven = NOT_GIVEN,
        line_items: Sequence[_params.UpdateOrderLineItems] | NotGiven = NOT_GIVEN,
        order_number: str | NotGiven = NOT_GIVEN,
        reference_id: str | NotGiven = NOT_GIVEN,
        service_level: str | NotGiven = NOT_GIVEN,
        ship_to_address: _params.UpdateOrderShipToAddress | NotGiven = NOT_GIVEN,
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
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        trading_partner: str | NotGiven = NOT_GIVEN,
        warehouse_customer_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateOrderResponse:
        """Change an order; integration-specific fields go in `extra_body`.

        `PUT /wms/orders/{order_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
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
            if not isinstance(value, NotGiven)
        }
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
            cast_to=_models.WmsUpdateOrderResponse,
            auth=("api_key", "access_token"),
            query=_query,
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
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
