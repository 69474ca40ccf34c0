"""Client-side rate limiting, shared process-wide by every client using the same credentials.

A sliding window rather than a token bucket: a full bucket allows a burst of N followed by one
request per 1/N s, which puts up to 2N-1 requests in one second of a sliding-window server. Here
at most `limit` requests start in any window of `window` seconds, which satisfies fixed-window,
sliding-window and token-bucket servers alike. Waits are computed under a threading lock and
slept outside it, so one limiter serves threads and any number of event loops at once.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import math
import threading
import time
from typing import Callable, Literal, Mapping, Sequence

__all__ = ["RateLimiter", "limiter_for", "clear_registry", "MAX_SERVER_PAUSE"]

# Never trust a server reset (or clock skew) to stall us longer than this.
MAX_SERVER_PAUSE = 60.0
# x-ratelimit-reset values below this are relative seconds rather than epoch seconds.
_EPOCH_THRESHOLD = 1_000_000_000


class RateLimiter:
    def __init__(
        self,
        per_second: float,
        *,
        margin: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._wall_clock = wall_clock
        self._paused_until = 0.0
        self._tickets = 0
        # What the server last told us: requests left before `_budget_reset` (monotonic).
        self._budget = 0
        self._budget_reset: float | None = None
        self._budget_ticket = -1
        self._slots: collections.deque[float] = collections.deque()
        self.configure(per_second, margin=margin)

    def configure(self, per_second: float, *, margin: float = 0.1) -> None:
        """Set the rate; a rate below 1/s becomes 1 request per 1/rate seconds."""
        with self._lock:
            self.per_second = per_second
            self.limit = max(1, math.floor(per_second))
            self.window = self.limit / per_second + margin
            self._slots = collections.deque(self._slots, maxlen=self.limit)

    def reserve(self) -> tuple[float, int]:
        """Claim the next free start time; returns (seconds to wait, ticket for `observe`)."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._paused_until)
            if self._slots:
                slot = max(slot, self._slots[-1])  # keep slots in order (first come, first served)
                if len(self._slots) == self.limit:
                    slot = max(slot, self._slots[0] + self.window)
            if self._budget_reset is not None:
                if slot >= self._budget_reset:
                    self._budget_reset = None
                elif self._budget <= 0:
                    slot = self._budget_reset
                    self._budget_reset = None
                else:
                    self._budget -= 1
            self._slots.append(slot)
            self._tickets += 1
            return slot - now, self._tickets

    def acquire(self) -> int:
        """Block the calling thread until a request may start."""
        wait, ticket = self.reserve()
        if wait > 0:
            time.sleep(wait)
        return ticket

    async def acquire_async(self) -> int:
        """Like `acquire`, for any event loop (no loop-bound primitives are involved)."""
        wait, ticket = self.reserve()
        if wait > 0:
            await asyncio.sleep(wait)
        return ticket

    def pause(self, seconds: float) -> None:
        """Hold every user of this limiter back for `seconds` (after a 429)."""
        seconds = min(max(seconds, 0.0), MAX_SERVER_PAUSE)
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def observe(self, headers: Mapping[str, str], ticket: int) -> None:
        """Adopt the server's x-ratelimit-remaining / x-ratelimit-reset (other processes share it)."""
        remaining = _number(headers.get("x-ratelimit-remaining"))
        reset = _number(headers.get("x-ratelimit-reset"))
        if remaining is None or reset is None:
            return
        with self._lock:
            if ticket < self._budget_ticket:
                return  # an older response arriving late: the newer view wins
            delay = reset - self._wall_clock() if reset >= _EPOCH_THRESHOLD else reset
            if delay <= 0:
                return
            self._budget_ticket = ticket
            # Requests we started after this one are already in flight and will count too.
            self._budget = math.floor(remaining) - (self._tickets - ticket)
            self._budget_reset = self._clock() + min(delay, MAX_SERVER_PAUSE)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


_registry: dict[str, RateLimiter] = {}
_registry_lock = threading.Lock()


def limiter_for(
    base_url: str,
    credentials: Sequence[str | None],
    kind: Literal["read", "write"],
    per_second: float,
    margin: float = 0.1,
) -> RateLimiter | None:
    """The process-wide limiter for these credentials and kind; None when unlimited.

    Keyed by a hash so the registry never holds the secrets themselves. The latest
    configuration wins when clients disagree about the rate.
    """
    if math.isinf(per_second):
        return None
    digest = hashlib.sha256("\x00".join([base_url, kind, *(c or "" for c in credentials)]).encode()).hexdigest()
    with _registry_lock:
        limiter = _registry.get(digest)
        if limiter is None:
            limiter = _registry[digest] = RateLimiter(per_second, margin=margin)
            return limiter
    if limiter.per_second != per_second or limiter.window != limiter.limit / per_second + margin:
        limiter.configure(per_second, margin=margin)
    return limiter


def clear_registry() -> None:
    """Forget every limiter (for tests)."""
    with _registry_lock:
        _registry.clear()
