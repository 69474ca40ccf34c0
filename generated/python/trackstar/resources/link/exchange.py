"""`client.link.exchange`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, given_fields, make_options
from trackstar.types._models import link_exchange as _models_link_exchange

__all__ = ["LinkExchange", "AsyncLinkExchange"]


class LinkExchange(SyncAPIResource):
    """`client.link.exchange`"""

    @cached_property
    def with_raw_response(self) -> LinkExchangeWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return LinkExchangeWithRawResponse(self)

    def create(
        self,
        *,
        auth_code: str,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_link_exchange.LinkExchangeCreateResponse:
        """Create exchange.

        `POST /link/exchange`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("auth_code", auth_code),
            ("customer_id", customer_id),
        )
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/link/exchange"
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_link_exchange.LinkExchangeCreateResponse,
            auth=("api_key",),
            body=_body,
            options=_options,
        )


class LinkExchangeWithRawResponse:
    """`.with_raw_response` view of LinkExchange."""

    def __init__(self, resource: LinkExchange) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AsyncLinkExchange(AsyncAPIResource):
    """`async client.link.exchange`"""

    @cached_property
    def with_raw_response(self) -> AsyncLinkExchangeWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncLinkExchangeWithRawResponse(self)

    async def create(
        self,
        *,
        auth_code: str,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_link_exchange.LinkExchangeCreateResponse:
        """Create exchange.

        `POST /link/exchange`.

        Needs api_key.
        Documented error statuses: 422; any endpoint may also answer 501
        for an integration that does not implement it.
        """
        _fields = (
            ("auth_code", auth_code),
            ("customer_id", customer_id),
        )
        _body = given_fields(_fields)
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
        )
        _path = "/link/exchange"
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_link_exchange.LinkExchangeCreateResponse,
            auth=("api_key",),
            body=_body,
            options=_options,
        )


class AsyncLinkExchangeWithRawResponse:
    """`.with_raw_response` view of AsyncLinkExchange."""

    def __init__(self, resource: AsyncLinkExchange) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
