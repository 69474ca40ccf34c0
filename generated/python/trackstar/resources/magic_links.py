"""`client.magic_links`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import check_body_enums, path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, ListOrTuple, NotGiven, given_fields, make_options
from trackstar.types._models import magic_links as _models_magic_links

__all__ = ["MagicLinks", "AsyncMagicLinks"]

_MAGIC_LINKS_CREATE_BODY_ENUMS = {
    "integration_type": frozenset(["cart", "freight", "wms"]),
}


class MagicLinks(SyncAPIResource):
    """`client.magic_links`"""

    @cached_property
    def with_raw_response(self) -> MagicLinksWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return MagicLinksWithRawResponse(self)

    def create(
        self,
        *,
        connection_id: str | None | NotGiven = NOT_GIVEN,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        integration_allow_list: ListOrTuple[str] | NotGiven = NOT_GIVEN,
        integration_block_list: ListOrTuple[str] | NotGiven = NOT_GIVEN,
        integration_type: Literal["wms", "freight", "cart"] | NotGiven = NOT_GIVEN,
        integrations_with_endpoints: ListOrTuple[str] | NotGiven = NOT_GIVEN,
        link_duration: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkRetrieveResponse:
        """Create magic links.

        `POST /magic-links`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("connection_id", connection_id),
            ("customer_id", customer_id),
            ("integration_allow_list", integration_allow_list),
            ("integration_block_list", integration_block_list),
            ("integration_type", integration_type),
            ("integrations_with_endpoints", integrations_with_endpoints),
            ("link_duration", link_duration),
        )
        check_body_enums("create", dict(_fields), _MAGIC_LINKS_CREATE_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/magic-links"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_magic_links.MagicLinkRetrieveResponse,
            auth=("api_key",),
            body=_body,
            options=_options,
        )

    def delete(
        self,
        magic_link_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkDeleteResponse:
        """Delete magic links.

        `DELETE /magic-links/{magic_link_id}`.

        Needs api_key.
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
        _path = "/magic-links/" + path_param("magic_link_id", magic_link_id)
        return self._client.request(
            "DELETE",
            _path,
            cast_to=_models_magic_links.MagicLinkDeleteResponse,
            auth=("api_key",),
            options=_options,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkListResponse:
        """List magic links, fetching further pages as you iterate.

        `GET /magic-links`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/magic-links"
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_magic_links.MagicLinkListResponse,
            auth=("api_key",),
            options=_options,
        )

    def retrieve(
        self,
        magic_link_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkRetrieveResponse:
        """Fetch magic links.

        `GET /magic-links/{magic_link_id}`.

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
        _path = "/magic-links/" + path_param("magic_link_id", magic_link_id)
        return self._client.request(
            "GET",
            _path,
            cast_to=_models_magic_links.MagicLinkRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )


class MagicLinksWithRawResponse:
    """`.with_raw_response` view of MagicLinks."""

    def __init__(self, resource: MagicLinks) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncMagicLinks(AsyncAPIResource):
    """`async client.magic_links`"""

    @cached_property
    def with_raw_response(self) -> AsyncMagicLinksWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncMagicLinksWithRawResponse(self)

    async def create(
        self,
        *,
        connection_id: str | None | NotGiven = NOT_GIVEN,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        integration_allow_list: ListOrTuple[str] | NotGiven = NOT_GIVEN,
        integration_block_list: ListOrTuple[str] | NotGiven = NOT_GIVEN,
        integration_type: Literal["wms", "freight", "cart"] | NotGiven = NOT_GIVEN,
        integrations_with_endpoints: ListOrTuple[str] | NotGiven = NOT_GIVEN,
        link_duration: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkRetrieveResponse:
        """Create magic links.

        `POST /magic-links`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("connection_id", connection_id),
            ("customer_id", customer_id),
            ("integration_allow_list", integration_allow_list),
            ("integration_block_list", integration_block_list),
            ("integration_type", integration_type),
            ("integrations_with_endpoints", integrations_with_endpoints),
            ("link_duration", link_duration),
        )
        check_body_enums("create", dict(_fields), _MAGIC_LINKS_CREATE_BODY_ENUMS)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/magic-links"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_magic_links.MagicLinkRetrieveResponse,
            auth=("api_key",),
            body=_body,
            options=_options,
        )

    async def delete(
        self,
        magic_link_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkDeleteResponse:
        """Delete magic links.

        `DELETE /magic-links/{magic_link_id}`.

        Needs api_key.
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
        _path = "/magic-links/" + path_param("magic_link_id", magic_link_id)
        return await self._client.request(
            "DELETE",
            _path,
            cast_to=_models_magic_links.MagicLinkDeleteResponse,
            auth=("api_key",),
            options=_options,
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkListResponse:
        """List magic links, fetching further pages as you iterate.

        `GET /magic-links`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/magic-links"
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_magic_links.MagicLinkListResponse,
            auth=("api_key",),
            options=_options,
        )

    async def retrieve(
        self,
        magic_link_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models_magic_links.MagicLinkRetrieveResponse:
        """Fetch magic links.

        `GET /magic-links/{magic_link_id}`.

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
        _path = "/magic-links/" + path_param("magic_link_id", magic_link_id)
        return await self._client.request(
            "GET",
            _path,
            cast_to=_models_magic_links.MagicLinkRetrieveResponse,
            auth=("api_key",),
            options=_options,
        )


class AsyncMagicLinksWithRawResponse:
    """`.with_raw_response` view of AsyncMagicLinks."""

    def __init__(self, resource: AsyncMagicLinks) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
