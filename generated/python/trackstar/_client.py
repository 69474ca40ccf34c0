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
    from .resources.cart import Cart, AsyncCart
    from .resources.connections import Connections, AsyncConnections
    from .resources.freight import Freight, AsyncFreight
    from .resources.integrations import Integrations, AsyncIntegrations
    from .resources.link import Link, AsyncLink
    from .resources.magic_links import MagicLinks, AsyncMagicLinks
    from .resources.sandbox import Sandbox, AsyncSandbox
    from .resources.wms import Wms, AsyncWms

__all__ = ["Trackstar", "AsyncTrackstar", "API_CONFIG"]

API_CONFIG = APIConfig(
    base_url="https://production.trackstarhq.com",
    auth_schemes=(
        AuthScheme(
            name="access_token", header="x-trackstar-access-token", env="TRACKSTAR_ACCESS_TOKEN"
        ),
        AuthScheme(name="api_key", header="x-trackstar-api-key", env="TRACKSTAR_API_KEY"),
    ),
    pagination=PaginationConfig(
        limit="limit",
        token_in="page_token",
        token_out="next_token",
        items="data",
        total="total_count",
    ),
    rate_limits=RateLimitConfig(
        read_per_second=10.0,
        write_per_second=50.0,
    ),
    sdk_version=__version__,
)


class Trackstar(SyncAPIClient):
    """Client for the trackstar API. Credentials not passed are read from TRACKSTAR_ACCESS_TOKEN and TRACKSTAR_API_KEY when the client is constructed."""

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
    def cart(self) -> Cart:
        from .resources.cart import Cart

        return Cart(self)

    @cached_property
    def connections(self) -> Connections:
        from .resources.connections import Connections

        return Connections(self)

    @cached_property
    def freight(self) -> Freight:
        from .resources.freight import Freight

        return Freight(self)

    @cached_property
    def integrations(self) -> Integrations:
        from .resources.integrations import Integrations

        return Integrations(self)

    @cached_property
    def link(self) -> Link:
        from .resources.link import Link

        return Link(self)

    @cached_property
    def magic_links(self) -> MagicLinks:
        from .resources.magic_links import MagicLinks

        return MagicLinks(self)

    @cached_property
    def sandbox(self) -> Sandbox:
        from .resources.sandbox import Sandbox

        return Sandbox(self)

    @cached_property
    def wms(self) -> Wms:
        from .resources.wms import Wms

        return Wms(self)


class AsyncTrackstar(AsyncAPIClient):
    """Client for the trackstar API (asyncio). Credentials not passed are read from TRACKSTAR_ACCESS_TOKEN and TRACKSTAR_API_KEY when the client is constructed."""

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
    def cart(self) -> AsyncCart:
        from .resources.cart import AsyncCart

        return AsyncCart(self)

    @cached_property
    def connections(self) -> AsyncConnections:
        from .resources.connections import AsyncConnections

        return AsyncConnections(self)

    @cached_property
    def freight(self) -> AsyncFreight:
        from .resources.freight import AsyncFreight

        return AsyncFreight(self)

    @cached_property
    def integrations(self) -> AsyncIntegrations:
        from .resources.integrations import AsyncIntegrations

        return AsyncIntegrations(self)

    @cached_property
    def link(self) -> AsyncLink:
        from .resources.link import AsyncLink

        return AsyncLink(self)

    @cached_property
    def magic_links(self) -> AsyncMagicLinks:
        from .resources.magic_links import AsyncMagicLinks

        return AsyncMagicLinks(self)

    @cached_property
    def sandbox(self) -> AsyncSandbox:
        from .resources.sandbox import AsyncSandbox

        return AsyncSandbox(self)

    @cached_property
    def wms(self) -> AsyncWms:
        from .resources.wms import AsyncWms

        return AsyncWms(self)
