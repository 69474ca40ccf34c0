"""Shared pieces of the runtime tests: a minimal APIConfig, secrets, client factories, small models."""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Optional, TypeVar

import pydantic

from runtime._base_client import AsyncAPIClient, SyncAPIClient
from runtime._config import APIConfig, AuthScheme, PaginationConfig, RateLimitConfig

T = TypeVar("T")

API_KEY = "sk_live_SECRET_api_key_123"
ACCESS_TOKEN = "tok_SECRET_access_456"

CONFIG = APIConfig(
    base_url="https://api.example.invalid",
    auth_schemes=(
        AuthScheme("api_key", "x-trackstar-api-key", "TRACKSTAR_API_KEY"),
        AuthScheme("access_token", "x-trackstar-access-token", "TRACKSTAR_ACCESS_TOKEN"),
    ),
    pagination=PaginationConfig(
        limit="limit", token_in="page_token", token_out="next_token", items="data", total="total_count"
    ),
    rate_limits=RateLimitConfig(read_per_second=10, write_per_second=50),
    sdk_version="9.9.9",
)
AUTH = ("api_key", "access_token")


class Item(pydantic.BaseModel):
    """A response model declaring the request-id private attribute, like TrackstarModel."""

    model_config = pydantic.ConfigDict(extra="allow")
    id: int
    name: Optional[str] = None
    _request_id: Optional[str] = pydantic.PrivateAttr(default=None)


def sync_client(base_url: str, **kwargs: Any) -> SyncAPIClient:
    kwargs.setdefault("credentials", {"api_key": API_KEY, "access_token": ACCESS_TOKEN})
    kwargs.setdefault("rate_limits", False)
    return SyncAPIClient(config=CONFIG, base_url=base_url, **kwargs)


def async_client(base_url: str, **kwargs: Any) -> AsyncAPIClient:
    kwargs.setdefault("credentials", {"api_key": API_KEY, "access_token": ACCESS_TOKEN})
    kwargs.setdefault("rate_limits", False)
    return AsyncAPIClient(config=CONFIG, base_url=base_url, **kwargs)


def run(coro_fn: Callable[[], Awaitable[T]]) -> T:
    """Run an async test body on a fresh event loop."""

    async def main() -> T:
        return await coro_fn()

    return asyncio.run(main())
