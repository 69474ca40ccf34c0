"""What the generated client tells the runtime about the API: auth, pagination, rate limits."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["AuthScheme", "PaginationConfig", "RateLimitConfig", "APIConfig"]


@dataclass(frozen=True)
class AuthScheme:
    """A credential sent as a header (`bearer`: as `Bearer <value>`), or as the query parameter
    `query` when `header` is None; `name` is the client constructor argument."""

    name: str
    header: str | None
    env: str
    query: str | None = None
    bearer: bool = False


@dataclass(frozen=True)
class PaginationConfig:
    """Names of the cursor pagination fields, on the query (in) and in the body (out)."""

    limit: str
    token_in: str
    token_out: str
    items: str
    total: str | None


@dataclass(frozen=True)
class RateLimitConfig:
    """Client-side request budget per credential set; `math.inf` means unlimited.

    `margin` (seconds) widens each window a little, against timer and clock granularity.
    """

    read_per_second: float
    write_per_second: float
    margin: float = 0.01

    def __post_init__(self) -> None:
        for rate in (self.read_per_second, self.write_per_second):
            if not rate > 0 or math.isnan(rate):
                raise ValueError(f"rate limits must be positive (use math.inf for unlimited), got {rate!r}")
        if self.margin < 0:
            raise ValueError(f"margin must not be negative, got {self.margin!r}")


@dataclass(frozen=True)
class APIConfig:
    base_url: str
    auth_schemes: tuple[AuthScheme, ...]
    pagination: PaginationConfig
    rate_limits: RateLimitConfig
    sdk_version: str
    request_id_header: str = "x-request-id"
    idempotency_header: str = "idempotency-key"
    # The scheme that identifies one connection; `with_access_token` replaces it.
    access_token_scheme: str = "access_token"
    # A redis:// URL here shares the rate-limit window between processes (see _ratelimit_redis).
    rate_limit_store_env: str = "TRACKSTAR_RATE_LIMIT_STORE"
    # The longest URL the SDK sends (see `_urls`): longer `in` lists of list calls are split.
    max_url_length: int = 8000
