"""`client.integrations`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, make_options
from trackstar.types._models import integrations as _models_integrations

__all__ = ["Integrations", "AsyncIntegrations"]


class Integrations(SyncAPIResource):
    """`client.integrations`"""

    @cached_property
    def with_raw_response(self) -> IntegrationsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return IntegrationsWithRawResponse(self)

    def list(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Integrations Trackstar supports for one integration type, with the endpoints each implements.

        `GET /integrations/{integration_type}`.

        Needs api_key.
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
        _path = "/integrations/" + path_param("integration_type", integration_type)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    def list_under_type(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Run `list_under_type` on integrations.

        `GET /{integration_type}/integrations`.

        Needs api_key.
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
        _path = "/" + path_param("integration_type", integration_type) + "/integrations"
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    def retrieve(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        integration_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Fetch integrations.

        `GET /integrations/{integration_type}/{integration_name}`.

        Needs api_key.
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
        _path = (
            "/integrations/"
            + path_param("integration_type", integration_type)
            + "/"
            + path_param("integration_name", integration_name)
        )
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    def retrieve_under_type(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        integration_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Run `retrieve_under_type` on integrations.

        `GET /{integration_type}/integrations/{integration_name}`.

        Needs api_key.
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
        _path = (
            "/"
            + path_param("integration_type", integration_type)
            + "/integrations/"
            + path_param("integration_name", integration_name)
        )
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )


class IntegrationsWithRawResponse:
    """`.with_raw_response` view of Integrations."""

    def __init__(self, resource: Integrations) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.list_under_type = to_raw_response_wrapper(resource.list_under_type)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.retrieve_under_type = to_raw_response_wrapper(resource.retrieve_under_type)


class AsyncIntegrations(AsyncAPIResource):
    """`async client.integrations`"""

    @cached_property
    def with_raw_response(self) -> AsyncIntegrationsWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncIntegrationsWithRawResponse(self)

    async def list(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Integrations Trackstar supports for one integration type, with the endpoints each implements.

        `GET /integrations/{integration_type}`.

        Needs api_key.
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
        _path = "/integrations/" + path_param("integration_type", integration_type)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    async def list_under_type(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Run `list_under_type` on integrations.

        `GET /{integration_type}/integrations`.

        Needs api_key.
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
        _path = "/" + path_param("integration_type", integration_type) + "/integrations"
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    async def retrieve(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        integration_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Fetch integrations.

        `GET /integrations/{integration_type}/{integration_name}`.

        Needs api_key.
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
        _path = (
            "/integrations/"
            + path_param("integration_type", integration_type)
            + "/"
            + path_param("integration_name", integration_name)
        )
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )

    async def retrieve_under_type(
        self,
        integration_type: Literal["wms", "freight", "cart"],
        integration_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_integrations.IntegrationRetrieveResponse:
        """Run `retrieve_under_type` on integrations.

        `GET /{integration_type}/integrations/{integration_name}`.

        Needs api_key.
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
        _path = (
            "/"
            + path_param("integration_type", integration_type)
            + "/integrations/"
            + path_param("integration_name", integration_name)
        )
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_integrations.IntegrationRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )


class AsyncIntegrationsWithRawResponse:
    """`.with_raw_response` view of AsyncIntegrations."""

    def __init__(self, resource: AsyncIntegrations) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.list_under_type = async_to_raw_response_wrapper(resource.list_under_type)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.retrieve_under_type = async_to_raw_response_wrapper(resource.retrieve_under_type)
