"""`client.shop.widgets`: Widgets of a shop."""

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

__all__ = ["ShopWidgets", "AsyncShopWidgets"]

ShopWidgetsListColourValue: TypeAlias = Literal["red", "green's"]

_SHOP_WIDGETS_LIST_COLOUR = FilterField(
    "colour", "enum", frozenset(["eq", "in", "nin"]), plain=False
)
ShopWidgetsListColourFilter = TypedDict(
    "ShopWidgetsListColourFilter",
    {
        "eq": ShopWidgetsListColourValue,
        "in": Sequence[ShopWidgetsListColourValue],
        "nin": Sequence[ShopWidgetsListColourValue],
    },
    total=False,
)
"""Operators allowed on `colour` for `shop.widgets.list`."""

_SHOP_WIDGETS_LIST_CREATED_DATE = FilterField(
    "created_date", "datetime", frozenset(["gt", "gte", "lt", "lte"]), plain=True
)
ShopWidgetsListCreatedDateFilter = TypedDict(
    "ShopWidgetsListCreatedDateFilter",
    {
        "gt": datetime,
        "gte": datetime,
        "lt": datetime,
        "lte": datetime,
    },
    total=False,
)
"""Operators allowed on `created_date` for `shop.widgets.list`."""

_SHOP_WIDGETS_LIST_IDS = FilterField("ids", "string", frozenset(["in"]), plain=False)
ShopWidgetsListIdsFilter = TypedDict(
    "ShopWidgetsListIdsFilter",
    {
        "in": Sequence[str],
    },
    total=False,
)
"""Operators allowed on `ids` for `shop.widgets.list`."""

_SHOP_WIDGETS_LIST_NAME = FilterField(
    "name", "string", frozenset(["contains", "eq", "eq-insensitive"]), plain=False
)
ShopWidgetsListNameFilter = TypedDict(
    "ShopWidgetsListNameFilter",
    {
        "eq": str,
        "eq-insensitive": str,
        "contains": str,
    },
    total=False,
)
"""Operators allowed on `name` for `shop.widgets.list`."""


class ShopWidgets(SyncAPIResource):
    """`client.shop.widgets`: Widgets of a shop."""

    @cached_property
    def with_raw_response(self) -> ShopWidgetsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return ShopWidgetsWithRawResponse(self)

    def attach(
        self,
        widget_id: str,
        *,
        file: FileTypes | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WidgetEnvelope:
        """Run `attach` on widgets.

        `PUT /shop/widgets/{widget_id}/attach`.

        Needs api_key and access_token.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value for key, value in (("label", label),) if not isinstance(value, NotGiven)
        }
        _files = {key: value for key, value in (("file", file),) if not isinstance(value, NotGiven)}
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/shop/widgets/" + path_param("widget_id", widget_id) + "/attach"
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WidgetEnvelope,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            files=_files,
            options=_options,
        )

    def create(
        self,
        *,
        name: str,
        parts: Sequence[_params.PartInput] | NotGiven = NOT_GIVEN,
        type: Literal["small", "large"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WidgetEnvelope:
        """Create widgets.

        `POST /shop/widgets`.

        Needs api_key and access_token.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("name", name),
                ("parts", parts),
                ("type", type),
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
        _path = "/shop/widgets"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.WidgetEnvelope,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        colour: ShopWidgetsListColourValue | ShopWidgetsListColourFilter | None = None,
        created_date: datetime | ShopWidgetsListCreatedDateFilter | None = None,
        ids: Sequence[str] | ShopWidgetsListIdsFilter | None = None,
        name: str | ShopWidgetsListNameFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Widget]:
        """List widgets, fetching further pages as you iterate.

        `GET /shop/widgets`; returns the first page, iterate it for every item.

        Needs api_key and access_token.
        """
        _query = encode_query(
            filters=(
                (_SHOP_WIDGETS_LIST_COLOUR, colour),
                (_SHOP_WIDGETS_LIST_CREATED_DATE, created_date),
                (_SHOP_WIDGETS_LIST_IDS, ids),
                (_SHOP_WIDGETS_LIST_NAME, name),
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
        _path = "/shop/widgets"
        return self._client.get_page(
            _path,
            item_type=_models.Widget,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WidgetEnvelope:
        """Fetch widgets.

        `GET /shop/widgets/{widget_id}`.

        Needs api_key and access_token. Documented error statuses: 404; any endpoint may answer 501 for an integration that does not implement it.
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
        _path = "/shop/widgets/" + path_param("widget_id", widget_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models.WidgetEnvelope,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class ShopWidgetsWithRawResponse:
    """`.with_raw_response` view of ShopWidgets."""

    def __init__(self, resource: ShopWidgets) -> None:
        self._resource = resource
        self.attach = to_raw_response_wrapper(resource.attach)
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncShopWidgets(AsyncAPIResource):
    """`async client.shop.widgets`: Widgets of a shop."""

    @cached_property
    def with_raw_response(self) -> AsyncShopWidgetsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncShopWidgetsWithRawResponse(self)

    async def attach(
        self,
        widget_id: str,
        *,
        file: FileTypes | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WidgetEnvelope:
        """Run `attach` on widgets.

        `PUT /shop/widgets/{widget_id}/attach`.

        Needs api_key and access_token.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value for key, value in (("label", label),) if not isinstance(value, NotGiven)
        }
        _files = {key: value for key, value in (("file", file),) if not isinstance(value, NotGiven)}
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/shop/widgets/" + path_param("widget_id", widget_id) + "/attach"
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WidgetEnvelope,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            files=_files,
            options=_options,
        )

    async def create(
        self,
        *,
        name: str,
        parts: Sequence[_params.PartInput] | NotGiven = NOT_GIVEN,
        type: Literal["small", "large"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WidgetEnvelope:
        """Create widgets.

        `POST /shop/widgets`.

        Needs api_key and access_token.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("name", name),
                ("parts", parts),
                ("type", type),
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
        _path = "/shop/widgets"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.WidgetEnvelope,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        colour: ShopWidgetsListColourValue | ShopWidgetsListColourFilter | None = None,
        created_date: datetime | ShopWidgetsListCreatedDateFilter | None = None,
        ids: Sequence[str] | ShopWidgetsListIdsFilter | None = None,
        name: str | ShopWidgetsListNameFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Widget]:
        """List widgets, fetching further pages as you iterate.

        `GET /shop/widgets`; returns the first page, iterate it for every item.

        Needs api_key and access_token.
        """
        _query = encode_query(
            filters=(
                (_SHOP_WIDGETS_LIST_COLOUR, colour),
                (_SHOP_WIDGETS_LIST_CREATED_DATE, created_date),
                (_SHOP_WIDGETS_LIST_IDS, ids),
                (_SHOP_WIDGETS_LIST_NAME, name),
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
        _path = "/shop/widgets"
        return self._client.get_page(
            _path,
            item_type=_models.Widget,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve(
        self,
        widget_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WidgetEnvelope:
        """Fetch widgets.

        `GET /shop/widgets/{widget_id}`.

        Needs api_key and access_token. Documented error statuses: 404; any endpoint may answer 501 for an integration that does not implement it.
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
        _path = "/shop/widgets/" + path_param("widget_id", widget_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models.WidgetEnvelope,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )


class AsyncShopWidgetsWithRawResponse:
    """`.with_raw_response` view of AsyncShopWidgets."""

    def __init__(self, resource: AsyncShopWidgets) -> None:
        self._resource = resource
        self.attach = async_to_raw_response_wrapper(resource.attach)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
