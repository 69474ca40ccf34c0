"""Client-side rate limiting, shared process-wide by every client using the same credentials.

A sliding window rather than a token bucket: a full bucket allows a burst of N followed by one
request per 1/N s, which puts up to 2N-1 requests in one second of a sliding-window server. Here
at most `limit` requests count in any window of `window` seconds, which satisfies fixed-window,
sliding-window and token-bucket servers alike.

When a request counts is uncertain: the server sees it somewhere between our send and its
response. So a request counts from its start while in flight (it never leaves the window while
in flight) and from its response once `release`d: a later request can then never reach the
server less than a window after it, however the network or the server's queue delayed it.

Waits are computed under a threading lock and slept outside it, so one limiter serves threads
and any number of event loops at once.

Where the window lives is pluggable (`Limiter`): in this process (`RateLimiter`, the default), or
in Redis (`_ratelimit_redis.RedisRateLimiter`, chosen by a `redis://` store URL) so that every
process and machine using one token shares one window.
"""

from __future__ import annotations

import hashlib
import importlib
import math
import sys
import threading
import time
from dataclasses import dataclass
from typing import Callable, Literal, Mapping, Protocol, Sequence, cast

__all__ = [
    "Limiter",
    "RateLimiter",
    "StoreSettings",
    "limiter_for",
    "parse_store",
    "clear_registry",
    "close_store_connections",
    "server_budget",
    "MAX_SERVER_PAUSE",
]

# Never trust a server reset (or clock skew) to stall us longer than this.
MAX_SERVER_PAUSE = 60.0
# x-ratelimit-reset values below this are relative seconds rather than epoch seconds.
_EPOCH_THRESHOLD = 1_000_000_000
# How often a waiter re-checks when the slot it waits for is held by a request still in flight.
_POLL = 0.05


class Limiter(Protocol):
    """What the send loops need from a limiter; tickets are opaque ids of started requests."""

    def acquire(self) -> int: ...
    async def acquire_async(self) -> int: ...
    def release(self, ticket: int) -> None: ...
    async def release_async(self, ticket: int) -> None: ...
    def pause(self, seconds: float) -> None: ...
    async def pause_async(self, seconds: float) -> None: ...
    def observe(self, headers: Mapping[str, str], ticket: int) -> None: ...
    async def observe_async(self, headers: Mapping[str, str], ticket: int) -> None: ...
    def configure(self, per_second: float, *, margin: float = 0.01) -> None: ...


class RateLimiter:
    """The in-process sliding window (see the module docstring)."""

    def __init__(
        self,
        per_second: float,
        *,
        margin: float = 0.01,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._wall_clock = wall_clock
        self._paused_until = 0.0
        self._tickets = 0
        # ticket -> when it counts from; None while the request is in flight.
        self._recent: dict[int, float | None] = {}
        # What the server last told us: requests left before `_budget_reset` (monotonic).
        self._budget = 0
        self._budget_reset: float | None = None
        self._budget_ticket = -1
        self.configure(per_second, margin=margin)

    def configure(self, per_second: float, *, margin: float = 0.01) -> None:
        """Set the rate; a rate below 1/s becomes 1 request per 1/rate seconds."""
        if getattr(self, "per_second", None) == per_second and getattr(self, "margin", None) == margin:
            return  # called on every request: skip the lock when nothing changes
        with self._lock:
            self.per_second = per_second
            self.margin = margin
            self.limit = max(1, math.floor(per_second))
            self.window = self.limit / per_second + margin

    def try_acquire(self) -> tuple[float, int | None]:
        """Claim a request now if allowed: (0, ticket); otherwise (seconds to wait, None)."""
        with self._lock:
            now = self._clock()
            if self._paused_until > now:
                return self._paused_until - now, None
            if self._budget_reset is not None:
                if now >= self._budget_reset:
                    self._budget_reset = None
                elif self._budget <= 0:
                    return self._budget_reset - now, None
            horizon = now - self.window
            for ticket, counted_from in list(self._recent.items()):
                if counted_from is not None and counted_from <= horizon:
                    del self._recent[ticket]
            if len(self._recent) >= self.limit:
                # The slot frees when the limit-th most recent request leaves the window.
                times = sorted(math.inf if t is None else t for t in self._recent.values())
                blocker = times[len(times) - self.limit]
                if math.isinf(blocker):  # still in flight, so its end is unknown: check again shortly
                    return min(_POLL, self.window), None
                return blocker + self.window - now, None
            if self._budget_reset is not None:
                self._budget -= 1
            self._tickets += 1
            self._recent[self._tickets] = None
            return 0.0, self._tickets

    def release(self, ticket: int) -> None:
        """The request's response arrived (or it failed): it counts from now on."""
        with self._lock:
            if ticket in self._recent:
                self._recent[ticket] = self._clock()

    def acquire(self) -> int:
        """Block the calling thread until a request may start; returns its ticket."""
        while True:
            wait, ticket = self.try_acquire()
            if ticket is not None:
                return ticket
            time.sleep(wait)

    async def acquire_async(self) -> int:
        """Like `acquire`, for any event loop (no loop-bound primitives are involved)."""
        while True:
            wait, ticket = self.try_acquire()
            if ticket is not None:
                return ticket
            import asyncio  # first use only: sync users never load it

            await asyncio.sleep(wait)

    async def release_async(self, ticket: int) -> None:
        self.release(ticket)  # no I/O: a lock held for microseconds

    async def pause_async(self, seconds: float) -> None:
        self.pause(seconds)

    async def observe_async(self, headers: Mapping[str, str], ticket: int) -> None:
        self.observe(headers, ticket)

    def pause(self, seconds: float) -> None:
        """Hold every user of this limiter back for `seconds` (after a 429)."""
        seconds = min(max(seconds, 0.0), MAX_SERVER_PAUSE)
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def observe(self, headers: Mapping[str, str], ticket: int) -> None:
        """Adopt the server's x-ratelimit-remaining / x-ratelimit-reset (other processes share it)."""
        budget = server_budget(headers, self._wall_clock())
        if budget is None:
            return
        remaining, delay = budget
        with self._lock:
            if ticket < self._budget_ticket:
                return  # an older response arriving late: the newer view wins
            self._budget_ticket = ticket
            # Requests we started after this one are already in flight and will count too.
            self._budget = remaining - (self._tickets - ticket)
            self._budget_reset = self._clock() + delay


def server_budget(headers: Mapping[str, str], wall_now: float) -> tuple[int, float] | None:
    """(requests left, seconds until the server's window resets), or None when not usable."""
    remaining = _number(headers.get("x-ratelimit-remaining"))
    reset = _number(headers.get("x-ratelimit-reset"))
    if remaining is None or reset is None:
        return None
    delay = reset - wall_now if reset >= _EPOCH_THRESHOLD else reset
    if delay <= 0:
        return None
    return math.floor(remaining), min(delay, MAX_SERVER_PAUSE)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class StoreSettings:
    """A shared limiter store: its URL and what to do while it cannot be reached.

    `fallback="local"` limits in-process (one warning is logged) and tries the store again a
    few seconds later; `fallback="raise"` raises `RateLimitStoreError` from the call.
    """

    url: str
    fallback: Literal["local", "raise"] = "local"


_STORE_SCHEMES = ("redis://", "rediss://", "unix://")
LOCAL_STORE_NAMES = ("", "local", "memory")


def parse_store(
    value: str | None, *, source: str, fallback: str = "local"
) -> StoreSettings | None:
    """Validate a store URL (None or "local" means in-process); `source` names where it came from."""
    if fallback not in ("local", "raise"):
        raise ValueError(f"rate_limit_store_fallback must be 'local' or 'raise', got {fallback!r}")
    if value is None or value.strip().lower() in LOCAL_STORE_NAMES:
        return None
    value = value.strip()
    if not value.lower().startswith(_STORE_SCHEMES):
        raise ValueError(
            f"{source} = {value!r} is not a rate-limit store: use redis://host:port/db "
            "(or rediss://, unix:///path/to/redis.sock), or 'local' for the in-process limiter"
        )
    return StoreSettings(value, "raise" if fallback == "raise" else "local")


_registry: dict[str, Limiter] = {}
_registry_lock = threading.Lock()


def limiter_for(
    base_url: str,
    credentials: Sequence[str | None],
    kind: Literal["read", "write"],
    per_second: float,
    margin: float = 0.01,
    store: StoreSettings | None = None,
) -> Limiter | None:
    """The process-wide limiter for these credentials and kind; None when unlimited.

    Keyed by a hash so neither the registry nor a shared store ever holds the secrets
    themselves. The latest configuration wins when clients disagree about the rate.
    """
    if math.isinf(per_second):
        return None
    digest = hashlib.sha256("\x00".join([base_url, kind, *(c or "" for c in credentials)]).encode()).hexdigest()
    registry_key = digest if store is None else f"{digest} {store.fallback} {store.url}"
    with _registry_lock:
        limiter = _registry.get(registry_key)
        if limiter is None:
            if store is None:
                limiter = RateLimiter(per_second, margin=margin)
            else:
                # Imports redis, only when a store is chosen. Through importlib, not an import
                # statement: a type checker follows those, and would analyse redis (about 1 s of
                # each user's mypy run, bench row mypy_program) for a store most programs never use.
                store_module = importlib.import_module("._ratelimit_redis", __package__)
                limiter = cast(Limiter, store_module.RedisRateLimiter(store, digest, per_second, margin=margin))
            _registry[registry_key] = limiter
            return limiter
    limiter.configure(per_second, margin=margin)  # cheap, and no-op when unchanged
    return limiter


async def close_store_connections() -> None:
    """Close the shared store's connections of the running event loop, if a store was ever used."""
    redis_module = sys.modules.get(f"{__package__}._ratelimit_redis")
    if redis_module is not None:
        await redis_module.close_loop_connections()


def clear_registry() -> None:
    """Forget every limiter and shared-store connection (for tests)."""
    with _registry_lock:
        _registry.clear()
    redis_module = sys.modules.get(f"{__package__}._ratelimit_redis")
    if redis_module is not None:  # never imported just for this
        redis_module.forget_stores()
