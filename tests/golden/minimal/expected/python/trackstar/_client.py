"""The `Trackstar` and `AsyncTrackstar` clients."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._config import APIConfig, AuthScheme, PaginationConfig, RateLimitConfig
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from .resources.catalogue import Catalogue, AsyncCatalogue
    from .resources.shop import Shop, AsyncShop

__all__ = ["Trackstar", "AsyncTrackstar", "API_CONFIG"]

API_CONFIG = APIConfig(
    base_url="https://api.example.test",
    auth_schemes=(
        AuthScheme(name="access_token", header="x-demo-access-token", env="DEMO_ACCESS_TOKEN"),
        AuthScheme(name="api_key", header="x-demo-api-key", env="DEMO_API_KEY"),
    ),
    pagination=PaginationConfig(
        limit="limit",
        token_in="page_token",
        token_out="next_token",
        items="data",
        total="total_count",
    ),
    rate_limits=RateLimitConfig(
        read_per_second=5.0,
        write_per_second=20.0,
    ),
    sdk_version=__version__,
)


class Trackstar(SyncAPIClient):
    """Client for the demo API. Credentials not passed are read from DEMO_ACCESS_TOKEN and DEMO_API_KEY when the client is constructed."""

    def __init__(
        self,
        *,
        access_token: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        rate_limits: RateLimitConfig | Literal[False] | None = None,
        retry_writes: bool = False,
        rate_limit_store: str | None = None,
        rate_limit_store_fallback: Literal["local", "raise"] = "local",
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=API_CONFIG,
            credentials={
                "access_token": access_token,
                "api_key": api_key,
            },
            base_url=base_url,
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            rate_limits=rate_limits,
            retry_writes=retry_writes,
            rate_limit_store=rate_limit_store,
            rate_limit_store_fallback=rate_limit_store_fallback,
        )
        # False (the default): a response value that does not fit its model is kept as sent
        # instead of failing the whole response; True: it raises APIResponseValidationError.
        self._strict_response_validation = strict_response_validation

    @cached_property
    def catalogue(self) -> Catalogue:
        from .resources.catalogue import Catalogue

        return Catalogue(self)

    @cached_property
    def shop(self) -> Shop:
        from .resources.shop import Shop

        return Shop(self)


class AsyncTrackstar(AsyncAPIClient):
    """Client for the demo API (asyncio). Credentials not passed are read from DEMO_ACCESS_TOKEN and DEMO_API_KEY when the client is constructed."""

    def __init__(
        self,
        *,
        access_token: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        rate_limits: RateLimitConfig | Literal[False] | None = None,
        retry_writes: bool = False,
        rate_limit_store: str | None = None,
        rate_limit_store_fallback: Literal["local", "raise"] = "local",
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            config=API_CONFIG,
            credentials={
                "access_token": access_token,
                "api_key": api_key,
            },
            base_url=base_url,
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            rate_limits=rate_limits,
            retry_writes=retry_writes,
            rate_limit_store=rate_limit_store,
            rate_limit_store_fallback=rate_limit_store_fallback,
        )
        # False (the default): a response value that does not fit its model is kept as sent
        # instead of failing the whole response; True: it raises APIResponseValidationError.
        self._strict_response_validation = strict_response_validation

    @cached_property
    def catalogue(self) -> AsyncCatalogue:
        from .resources.catalogue import AsyncCatalogue

        return AsyncCatalogue(self)

    @cached_property
    def shop(self) -> AsyncShop:
        from .resources.shop import AsyncShop

        return AsyncShop(self)
