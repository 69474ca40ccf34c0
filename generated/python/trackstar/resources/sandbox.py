"""`client.sandbox`: operations of this resource."""

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
    from .sandbox_simulate import SandboxSimulate, AsyncSandboxSimulate

    pass

__all__ = ["Sandbox", "AsyncSandbox"]


class Sandbox(SyncAPIResource):
    """`client.sandbox`"""

    @cached_property
    def simulate(self) -> SandboxSimulate:
        from .sandbox_simulate import SandboxSimulate

        return SandboxSimulate(self._client)

    @cached_property
    def with_raw_response(self) -> SandboxWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return SandboxWithRawResponse(self)

    def generate(
        self,
        integration_type: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ExchangeResponseSandbox:
        """Run `generate` on sandbox.

        `POST /sandbox/generate-sandbox/{integration_type}`.

        Needs api_key. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/sandbox/generate-sandbox/" + path_param("integration_type", integration_type)
        return self._client.request(
            "POST",
            _path,
            cast_to=_models.ExchangeResponseSandbox,
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class SandboxWithRawResponse:
    """`.with_raw_response` view of Sandbox."""

    def __init__(self, resource: Sandbox) -> None:
        self._resource = resource
        self.generate = to_raw_response_wrapper(resource.generate)


class AsyncSandbox(AsyncAPIResource):
    """`async client.sandbox`"""

    @cached_property
    def simulate(self) -> AsyncSandboxSimulate:
        from .sandbox_simulate import AsyncSandboxSimulate

        return AsyncSandboxSimulate(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSandboxWithRawResponse:
        """The same methods, returning the raw response (status, headers, request id) around the parsed value."""
        return AsyncSandboxWithRawResponse(self)

    async def generate(
        self,
        integration_type: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ExchangeResponseSandbox:
        """Run `generate` on sandbox.

        `POST /sandbox/generate-sandbox/{integration_type}`.

        Needs api_key. Documented error statuses: 404, 422; any endpoint may answer 501 for an integration that does not implement it.
        """
        _query = encode_query(
            filters=(),
            params=(),
        )
        _options = make_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        _path = "/sandbox/generate-sandbox/" + path_param("integration_type", integration_type)
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models.ExchangeResponseSandbox,
            auth=("api_key",),
            query=_query,
            options=_options,
        )


class AsyncSandboxWithRawResponse:
    """`.with_raw_response` view of AsyncSandbox."""

    def __init__(self, resource: AsyncSandbox) -> None:
        self._resource = resource
        self.generate = async_to_raw_response_wrapper(resource.generate)
