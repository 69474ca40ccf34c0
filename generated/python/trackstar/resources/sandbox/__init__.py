"""`client.sandbox`: operations of this resource."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from trackstar._base_client import AsyncAPIResource, SyncAPIResource
from trackstar._filters import path_param
from trackstar._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from trackstar._types import NOT_GIVEN, NotGiven, make_options
from trackstar.types._models import sandbox as _models_sandbox

if TYPE_CHECKING:
    from trackstar.resources.sandbox.simulate import SandboxSimulate, AsyncSandboxSimulate

__all__ = ["Sandbox", "AsyncSandbox"]


class Sandbox(SyncAPIResource):
    """`client.sandbox`"""

    @cached_property
    def simulate(self) -> SandboxSimulate:
        from trackstar.resources.sandbox.simulate import SandboxSimulate

        return SandboxSimulate(self._client)

    @cached_property
    def with_raw_response(self) -> SandboxWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
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
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_sandbox.SandboxGenerateResponse:
        """Run `generate` on sandbox.

        `POST /sandbox/generate-sandbox/{integration_type}`.

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
            retry_writes=retry_writes,
        )
        _path = "/sandbox/generate-sandbox/" + path_param("integration_type", integration_type)
        return self._client.request(
            "POST",
            _path,
            cast_to=_models_sandbox.SandboxGenerateResponse,
            auth=("api_key",),
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
        from trackstar.resources.sandbox.simulate import AsyncSandboxSimulate

        return AsyncSandboxSimulate(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSandboxWithRawResponse:
        """The same methods, each returning the raw response (status, headers, request id)
        around the parsed value."""
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
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> _models_sandbox.SandboxGenerateResponse:
        """Run `generate` on sandbox.

        `POST /sandbox/generate-sandbox/{integration_type}`.

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
            retry_writes=retry_writes,
        )
        _path = "/sandbox/generate-sandbox/" + path_param("integration_type", integration_type)
        return await self._client.request(
            "POST",
            _path,
            cast_to=_models_sandbox.SandboxGenerateResponse,
            auth=("api_key",),
            options=_options,
        )


class AsyncSandboxWithRawResponse:
    """`.with_raw_response` view of AsyncSandbox."""

    def __init__(self, resource: AsyncSandbox) -> None:
        self._resource = resource
        self.generate = async_to_raw_response_wrapper(resource.generate)
