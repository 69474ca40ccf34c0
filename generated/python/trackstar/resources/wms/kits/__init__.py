"""`client.wms.kits`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, body_or_fields, make_options
from trackstar.types._models import wms_kits as _models_wms_kits

if TYPE_CHECKING:
    from trackstar.types import _integrations  # per-integration bodies
    from trackstar.types import _params  # request TypedDicts: for type checkers only
    from trackstar.resources.wms.kits.meta import WmsKitsMeta, AsyncWmsKitsMeta

__all__ = ["WmsKits", "AsyncWmsKits"]


class WmsKits(SyncAPIResource):
    """`client.wms.kits`"""

    @cached_property
    def meta(self) -> WmsKitsMeta:
        from trackstar.resources.wms.kits.meta import WmsKitsMeta

        return WmsKitsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> WmsKitsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsKitsWithRawResponse(self)

    def create(
        self,
        *,
        gtin: str,
        inventory_items: ListOrTuple[_params.KitCreateParamsInventoryItem],
        measurements: _params.KitCreateParamsMeasurements,
        name: str,
        sku: str,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitCreateResponse:
        """Create kits.

        `POST /wms/kits`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("gtin", gtin),
            ("inventory_items", inventory_items),
            ("measurements", measurements),
            ("name", name),
            ("sku", sku),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "gtin",
                "inventory_items",
                "measurements",
                "name",
                "sku",
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
        _path = "/wms/kits"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_kits.KitCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def create_with_body(
        self,
        *,
        body: _integrations.KitCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (KitCreateBody); mypy checks it against each.

        `POST /wms/kits`.
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
        _path = "/wms/kits"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_kits.KitCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def update(
        self,
        kit_id: str,
        *,
        inventory_items: ListOrTuple[_params.KitCreateParamsInventoryItem],
        sku: str,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.KitCreateParamsMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitUpdateResponse:
        """Update kits.

        `PUT /wms/kits/{kit_id}`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `update_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("inventory_items", inventory_items),
            ("sku", sku),
            ("gtin", gtin),
            ("measurements", measurements),
            ("name", name),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "update",
            NOT_GIVEN,
            _fields,
            required=(
                "inventory_items",
                "sku",
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/" + path_param("kit_id", kit_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_kits.KitUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    def update_with_body(
        self,
        kit_id: str,
        *,
        body: _integrations.KitUpdateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitUpdateResponse:
        """`update()` with the whole body as one dict: any integration's own body or the base
        one (KitUpdateBody); mypy checks it against each.

        `PUT /wms/kits/{kit_id}`.
        """
        _body = body_or_fields("update", body, (), required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/" + path_param("kit_id", kit_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_kits.KitUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class WmsKitsWithRawResponse:
    """`.with_raw_response` view of WmsKits."""

    def __init__(self, resource: WmsKits) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.create_with_body = to_raw_response_wrapper(resource.create_with_body)
        self.update = to_raw_response_wrapper(resource.update)
        self.update_with_body = to_raw_response_wrapper(resource.update_with_body)


class AsyncWmsKits(AsyncAPIResource):
    """`async client.wms.kits`"""

    @cached_property
    def meta(self) -> AsyncWmsKitsMeta:
        from trackstar.resources.wms.kits.meta import AsyncWmsKitsMeta

        return AsyncWmsKitsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsKitsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsKitsWithRawResponse(self)

    async def create(
        self,
        *,
        gtin: str,
        inventory_items: ListOrTuple[_params.KitCreateParamsInventoryItem],
        measurements: _params.KitCreateParamsMeasurements,
        name: str,
        sku: str,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitCreateResponse:
        """Create kits.

        `POST /wms/kits`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `create_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("gtin", gtin),
            ("inventory_items", inventory_items),
            ("measurements", measurements),
            ("name", name),
            ("sku", sku),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "create",
            NOT_GIVEN,
            _fields,
            required=(
                "gtin",
                "inventory_items",
                "measurements",
                "name",
                "sku",
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
        _path = "/wms/kits"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_kits.KitCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def create_with_body(
        self,
        *,
        body: _integrations.KitCreateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitCreateResponse:
        """`create()` with the whole body as one dict: any integration's own body or the base
        one (KitCreateBody); mypy checks it against each.

        `POST /wms/kits`.
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
        _path = "/wms/kits"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_wms_kits.KitCreateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def update(
        self,
        kit_id: str,
        *,
        inventory_items: ListOrTuple[_params.KitCreateParamsInventoryItem],
        sku: str,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.KitCreateParamsMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        trackstar_tags: ListOrTuple[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitUpdateResponse:
        """Update kits.

        `PUT /wms/kits/{kit_id}`.

        The base fields as keyword arguments; for an integration that takes its own fields,
        call `update_with_body(body=...)`.

        Needs api_key and access_token.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("inventory_items", inventory_items),
            ("sku", sku),
            ("gtin", gtin),
            ("measurements", measurements),
            ("name", name),
            ("trackstar_tags", trackstar_tags),
        )
        _body = body_or_fields(
            "update",
            NOT_GIVEN,
            _fields,
            required=(
                "inventory_items",
                "sku",
            ),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/" + path_param("kit_id", kit_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_kits.KitUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )

    async def update_with_body(
        self,
        kit_id: str,
        *,
        body: _integrations.KitUpdateBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits.KitUpdateResponse:
        """`update()` with the whole body as one dict: any integration's own body or the base
        one (KitUpdateBody); mypy checks it against each.

        `PUT /wms/kits/{kit_id}`.
        """
        _body = body_or_fields("update", body, (), required=())
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/" + path_param("kit_id", kit_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models_wms_kits.KitUpdateResponse,
            auth=("api_key", "access_token"),
            body=_body,
            options=_options,
        )


class AsyncWmsKitsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsKits."""

    def __init__(self, resource: AsyncWmsKits) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_with_body = async_to_raw_response_wrapper(resource.create_with_body)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.update_with_body = async_to_raw_response_wrapper(resource.update_with_body)
