"""`client.wms.kits.meta`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import encode_query, path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, make_options
from trackstar.types._models import wms_kits_meta as _models_wms_kits_meta

__all__ = ["WmsKitsMeta", "AsyncWmsKitsMeta"]


class WmsKitsMeta(SyncAPIResource):
    """`client.wms.kits.meta`"""

    @cached_property
    def with_raw_response(self) -> WmsKitsMetaWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return WmsKitsMetaWithRawResponse(self)

    def retrieve(
        self,
        *,
        method: Literal["POST", "PUT"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits_meta.MetaRetrieveResponse:
        """Fetch meta.

        `GET /wms/kits/meta`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("method", "enum", method),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/meta"
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_kits_meta.MetaRetrieveResponse,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    def retrieve_for_integration(
        self,
        integration_name: str,
        *,
        method: Literal["POST", "PUT"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits_meta.MetaRetrieveForIntegrationResponse:
        """Run `retrieve_for_integration` on meta.

        `GET /wms/kits/meta/{integration_name}`.

        Needs api_key.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("method", "enum", method),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/meta/" + path_param("integration_name", integration_name)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_kits_meta.MetaRetrieveForIntegrationResponse,
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class WmsKitsMetaWithRawResponse:
    """`.with_raw_response` view of WmsKitsMeta."""

    def __init__(self, resource: WmsKitsMeta) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.retrieve_for_integration = to_raw_response_wrapper(resource.retrieve_for_integration)


class AsyncWmsKitsMeta(AsyncAPIResource):
    """`async client.wms.kits.meta`"""

    @cached_property
    def with_raw_response(self) -> AsyncWmsKitsMetaWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncWmsKitsMetaWithRawResponse(self)

    async def retrieve(
        self,
        *,
        method: Literal["POST", "PUT"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits_meta.MetaRetrieveResponse:
        """Fetch meta.

        `GET /wms/kits/meta`.

        Needs api_key and access_token.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("method", "enum", method),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/meta"
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_kits_meta.MetaRetrieveResponse,
            auth=("api_key", "access_token"),
            query=_query,
            options=_options,
        )

    async def retrieve_for_integration(
        self,
        integration_name: str,
        *,
        method: Literal["POST", "PUT"],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_wms_kits_meta.MetaRetrieveForIntegrationResponse:
        """Run `retrieve_for_integration` on meta.

        `GET /wms/kits/meta/{integration_name}`.

        Needs api_key.
        Documented error statuses: 404, 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _query = encode_query(
            params=(("method", "enum", method),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/wms/kits/meta/" + path_param("integration_name", integration_name)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_wms_kits_meta.MetaRetrieveForIntegrationResponse,
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class AsyncWmsKitsMetaWithRawResponse:
    """`.with_raw_response` view of AsyncWmsKitsMeta."""

    def __init__(self, resource: AsyncWmsKitsMeta) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.retrieve_for_integration = async_to_raw_response_wrapper(
            resource.retrieve_for_integration
        )
