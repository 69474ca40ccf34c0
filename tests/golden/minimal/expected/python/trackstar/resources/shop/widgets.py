"""`client.shop.widgets`: Widgets of a shop."""

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
from trackstar.types._models import shop_widgets as _models_shop_widgets

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types import _params  # request TypedDicts: for type checkers only
    from trackstar.types._filters import (
        DatetimeRangeFilter,
        ShopWidgetColour,
        ShopWidgetColourEqInNinFilter,
        StringCaseInsensitiveFilter,
        StringInFilter,
    )

__all__ = ["ShopWidgets", "AsyncShopWidgets"]

_SHOP_WIDGETS_CREATE_BODY_ENUMS = {
    "type": frozenset(["large", "small"]),
}

_SHOP_WIDGETS_LIST_COLOUR = FilterField(
    "colour",
    "enum",
    frozenset(["eq", "in", "nin"]),
    plain=False,
    values=frozenset(["green's", "red"]),
)

_SHOP_WIDGETS_LIST_CREATED_DATE = FilterField(
    "created_date",
    "datetime",
    frozenset(["gt", "gte", "lt", "lte"]),
    plain=True,
)

_SHOP_WIDGETS_LIST_IDS = FilterField(
    "ids",
    "string",
    frozenset(["in"]),
    plain=False,
)

_SHOP_WIDGETS_LIST_NAME = FilterField(
    "name",
    "string",
    frozenset(["contains", "eq", "eq-insensitive"]),
    plain=False,
)


class ShopWidgets(SyncAPIResource):
    """`client.shop.widgets`: Widgets of a shop."""

    @cached_property
    def with_raw_response(self) -> ShopWidgetsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
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
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """Run `attach` on widgets.

        `PUT /shop/widgets/{widget_id}/attach`.

        Needs api_key and access_token.
        """
        _fields = (("label", label),)
        _body = given_fields(_fields)
        _file_fields = (("file", file),)
        _files = given_files(_file_fields)
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
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            body=_body,
            files=_files,
            options=_options,
        )

    def create(
        self,
        *,
        name: str,
        parts: ListOrTuple[_params.ShopWidgetCreateParamsPart] | NotGiven = NOT_GIVEN,
        type: Literal["small", "large"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """Create widgets.

        `POST /shop/widgets`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        """
        _fields = (
            ("name", name),
            ("parts", parts),
            ("type", type),
        )
        check_body_enums("create", dict(_fields), _SHOP_WIDGETS_CREATE_BODY_ENUMS)
        _body = body_or_fields("create", NOT_GIVEN, _fields, required=("name",))
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/shop/widgets"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create_with_body(
        self,
        *,
        body: _integrations.ShopWidgetCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (ShopWidgetCreateBody); mypy checks it against each.

        `POST /shop/widgets`.
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
        _path = "/shop/widgets"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        colour: ShopWidgetColour | ShopWidgetColourEqInNinFilter | None = None,
        created_date: datetime | DatetimeRangeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        name: str | StringCaseInsensitiveFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models_shop_widgets.ShopWidget]:
        """List widgets, fetching further pages as you iterate.

        `GET /shop/widgets`.

        Returns the first page; iterate it for every item.

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
            item_type=_models_shop_widgets.ShopWidget,
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
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """Fetch widgets.

        `GET /shop/widgets/{widget_id}`.

        Needs api_key and access_token.
        Documented error statuses: 404; any endpoint may also answer 501
        for an integration that does not implement it.
        """
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
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class ShopWidgetsWithRawResponse:
    """`.with_raw_response` view of ShopWidgets."""

    def __init__(self, resource: ShopWidgets) -> None:
        self._resource = resource
        self.attach = to_raw_response_wrapper(resource.attach)
        self.create = to_raw_response_wrapper(resource.create)
        self.create_with_body = to_raw_response_wrapper(resource.create_with_body)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncShopWidgets(AsyncAPIResource):
    """`async client.shop.widgets`: Widgets of a shop."""

    @cached_property
    def with_raw_response(self) -> AsyncShopWidgetsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
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
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """Run `attach` on widgets.

        `PUT /shop/widgets/{widget_id}/attach`.

        Needs api_key and access_token.
        """
        _fields = (("label", label),)
        _body = given_fields(_fields)
        _file_fields = (("file", file),)
        _files = given_files(_file_fields)
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
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            body=_body,
            files=_files,
            options=_options,
        )

    async def create(
        self,
        *,
        name: str,
        parts: ListOrTuple[_params.ShopWidgetCreateParamsPart] | NotGiven = NOT_GIVEN,
        type: Literal["small", "large"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """Create widgets.

        `POST /shop/widgets`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        """
        _fields = (
            ("name", name),
            ("parts", parts),
            ("type", type),
        )
        check_body_enums("create", dict(_fields), _SHOP_WIDGETS_CREATE_BODY_ENUMS)
        _body = body_or_fields("create", NOT_GIVEN, _fields, required=("name",))
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/shop/widgets"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create_with_body(
        self,
        *,
        body: _integrations.ShopWidgetCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (ShopWidgetCreateBody); mypy checks it against each.

        `POST /shop/widgets`.
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
        _path = "/shop/widgets"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        colour: ShopWidgetColour | ShopWidgetColourEqInNinFilter | None = None,
        created_date: datetime | DatetimeRangeFilter | None = None,
        ids: ListOrTuple[str] | StringInFilter | None = None,
        name: str | StringCaseInsensitiveFilter | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models_shop_widgets.ShopWidget]:
        """List widgets, fetching further pages as you iterate.

        `GET /shop/widgets`.

        Returns the first page; iterate it for every item.

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
            item_type=_models_shop_widgets.ShopWidget,
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
    ) -> _models_shop_widgets.ShopWidgetRetrieveResponse:
        """Fetch widgets.

        `GET /shop/widgets/{widget_id}`.

        Needs api_key and access_token.
        Documented error statuses: 404; any endpoint may also answer 501
        for an integration that does not implement it.
        """
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
            cast_to=_models_shop_widgets.ShopWidgetRetrieveResponse,
            auth=("api_key", "access_token"),
            options=_options,
        )


class AsyncShopWidgetsWithRawResponse:
    """`.with_raw_response` view of AsyncShopWidgets."""

    def __init__(self, resource: AsyncShopWidgets) -> None:
        self._resource = resource
        self.attach = async_to_raw_response_wrapper(resource.attach)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_with_body = async_to_raw_response_wrapper(resource.create_with_body)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
