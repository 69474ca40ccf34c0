"""`client.wms.kits`: operations of this resource."""

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
    from .wms_kits_meta import WmsKitsMeta, AsyncWmsKitsMeta

    pass

__all__ = ["WmsKits", "AsyncWmsKits"]


class WmsKits(SyncAPIResource):
    """`client.wms.kits`"""

    @cached_property
    def meta(self) -> WmsKitsMeta:
        from .wms_kits_meta import WmsKitsMeta

        return WmsKitsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> WmsKitsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return WmsKitsWithRawResponse(self)

    def create(
        self,
        *,
        gtin: str,
        inventory_items: Sequence[_params.ProductKitComponents],
        measurements: _params.ProductMeasurements,
        name: str,
        sku: str,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateKitResponse:
        """Create kits.

        `POST /wms/kits`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("gtin", gtin),
                ("inventory_items", inventory_items),
                ("measurements", measurements),
                ("name", name),
                ("sku", sku),
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
        _path = "/wms/kits"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateKitResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    def update(
        self,
        kit_id: str,
        *,
        inventory_items: Sequence[_params.ProductKitComponents],
        sku: str,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.ProductMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateKitResponse:
        """Update kits.

        `PUT /wms/kits/{kit_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("inventory_items", inventory_items),
                ("sku", sku),
                ("gtin", gtin),
                ("measurements", measurements),
                ("name", name),
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
        _path = "/wms/kits/" + path_param("kit_id", kit_id)
        return self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateKitResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class WmsKitsWithRawResponse:
    """`.with_raw_response` view of WmsKits."""

    def __init__(self, resource: WmsKits) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWmsKits(AsyncAPIResource):
    """`async client.wms.kits`"""

    @cached_property
    def meta(self) -> AsyncWmsKitsMeta:
        from .wms_kits_meta import AsyncWmsKitsMeta

        return AsyncWmsKitsMeta(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWmsKitsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncWmsKitsWithRawResponse(self)

    async def create(
        self,
        *,
        gtin: str,
        inventory_items: Sequence[_params.ProductKitComponents],
        measurements: _params.ProductMeasurements,
        name: str,
        sku: str,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsCreateKitResponse:
        """Create kits.

        `POST /wms/kits`.

        Needs api_key and access_token. Documented error statuses: 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("gtin", gtin),
                ("inventory_items", inventory_items),
                ("measurements", measurements),
                ("name", name),
                ("sku", sku),
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
        _path = "/wms/kits"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.WmsCreateKitResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )

    async def update(
        self,
        kit_id: str,
        *,
        inventory_items: Sequence[_params.ProductKitComponents],
        sku: str,
        gtin: str | NotGiven = NOT_GIVEN,
        measurements: _params.ProductMeasurements | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        trackstar_tags: Sequence[object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WmsUpdateKitResponse:
        """Update kits.

        `PUT /wms/kits/{kit_id}`.

        Needs api_key and access_token. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _body = {
            key: value
            for key, value in (
                ("inventory_items", inventory_items),
                ("sku", sku),
                ("gtin", gtin),
                ("measurements", measurements),
                ("name", name),
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
        _path = "/wms/kits/" + path_param("kit_id", kit_id)
        return await self._client.request(
            "PUT",
            _path,
            cast_to=_models.WmsUpdateKitResponse,
            auth=("api_key", "access_token"),
            query=_query,
            body=_body,
            options=_options,
        )


class AsyncWmsKitsWithRawResponse:
    """`.with_raw_response` view of AsyncWmsKits."""

    def __init__(self, resource: AsyncWmsKits) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
