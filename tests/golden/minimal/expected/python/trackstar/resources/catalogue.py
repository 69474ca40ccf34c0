"""`client.catalogue`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cached_property
from typing import Literal

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import encode_query, path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, make_options

__all__ = ["Catalogue", "AsyncCatalogue"]


class Catalogue(SyncAPIResource):
    """`client.catalogue`"""

    @cached_property
    def with_raw_response(self) -> CatalogueWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return CatalogueWithRawResponse(self)

    def list(
        self,
        kind: Literal["a", "b"],
        *,
        from_: date,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """List catalogue, fetching further pages as you iterate.

        `GET /catalogue/{kind}`.

        Needs api_key.
        """
        _query = encode_query(
            params=(("from", "date", from_),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/catalogue/" + path_param("kind", kind)
        return self._client.request(
            "GET",
            _path,
            cast_to=type(None),
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class CatalogueWithRawResponse:
    """`.with_raw_response` view of Catalogue."""

    def __init__(self, resource: Catalogue) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCatalogue(AsyncAPIResource):
    """`async client.catalogue`"""

    @cached_property
    def with_raw_response(self) -> AsyncCatalogueWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
        return AsyncCatalogueWithRawResponse(self)

    async def list(
        self,
        kind: Literal["a", "b"],
        *,
        from_: date,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """List catalogue, fetching further pages as you iterate.

        `GET /catalogue/{kind}`.

        Needs api_key.
        """
        _query = encode_query(
            params=(("from", "date", from_),),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=None,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/catalogue/" + path_param("kind", kind)
        return await self._client.request(
            "GET",
            _path,
            cast_to=type(None),
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class AsyncCatalogueWithRawResponse:
    """`.with_raw_response` view of AsyncCatalogue."""

    def __init__(self, resource: AsyncCatalogue) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
