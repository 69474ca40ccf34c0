"""`client.link.token`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, given_fields, make_options
from trackstar.types._models import link_token as _models_link_token

__all__ = ["LinkToken", "AsyncLinkToken"]


class LinkToken(SyncAPIResource):
    """`client.link.token`"""

    @cached_property
    def with_raw_response(self) -> LinkTokenWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return LinkTokenWithRawResponse(self)

    def create(
        self,
        *,
        connection_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_link_token.LinkTokenCreateResponse:
        """Create token.

        `POST /link/token`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (("connection_id", connection_id),)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/link/token"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_link_token.LinkTokenCreateResponse,
            auth=("api_key",),
            body=_body,
            options=_options,
        )


class LinkTokenWithRawResponse:
    """`.with_raw_response` view of LinkToken."""

    def __init__(self, resource: LinkToken) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AsyncLinkToken(AsyncAPIResource):
    """`async client.link.token`"""

    @cached_property
    def with_raw_response(self) -> AsyncLinkTokenWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncLinkTokenWithRawResponse(self)

    async def create(
        self,
        *,
        connection_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_link_token.LinkTokenCreateResponse:
        """Create token.

        `POST /link/token`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (("connection_id", connection_id),)
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/link/token"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_link_token.LinkTokenCreateResponse,
            auth=("api_key",),
            body=_body,
            options=_options,
        )


class AsyncLinkTokenWithRawResponse:
    """`.with_raw_response` view of AsyncLinkToken."""

    def __init__(self, resource: AsyncLinkToken) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
