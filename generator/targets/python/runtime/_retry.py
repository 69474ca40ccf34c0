"""Retry policy: which outcomes are retried, how long to wait, and the patchable sleeps."""

from __future__ import annotations

import email.utils
import random
import time
from typing import Callable, Mapping

import httpx

from ._facts import IDEMPOTENT_METHODS

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_METHODS",
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "backoff_delay",
    "is_replay_safe",
    "never_reached_server",
    "parse_retry_after",
    "retry_delay",
    "should_retry_status",
    "should_retry_unsafe_write_status",
]

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# Methods whose repetition has the effect of one request (RFC 9110 section 9.2.2): retried freely.
# POST and PATCH are not: the API documents no idempotency-key support, so nothing deduplicates.
# A longer retry-after is not honoured: we fall back to our own backoff instead of stalling.
MAX_RETRY_AFTER = 60.0


def backoff_delay(retries_taken: int, *, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff for the retry after `retries_taken` earlier ones, with 0.75-1.0 jitter."""
    base = min(INITIAL_DELAY * 2.0**retries_taken, MAX_DELAY)
    return base * (1.0 - 0.25 * rand())


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait from `retry-after-ms`, or `retry-after` (seconds or an HTTP date)."""
    # httpx.Headers is case-insensitive; a plain dict may not be.
    lowered = headers if hasattr(headers, "multi_items") else {k.lower(): v for k, v in headers.items()}
    value = lowered.get("retry-after-ms")
    if value is not None:
        try:
            return max(float(value) / 1000.0, 0.0)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            date = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = date.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(seconds, 0.0)


def retry_delay(retries_taken: int, headers: Mapping[str, str] | None = None) -> float:
    """Honour a sane retry-after (0-60 s), otherwise back off exponentially."""
    if headers is not None:
        after = parse_retry_after(headers)
        if after is not None and after <= MAX_RETRY_AFTER:
            return after
    return backoff_delay(retries_taken)


def should_retry_status(status: int) -> bool:
    """408, 409, 429 and 5xx are transient; 501 means "not implemented for this integration"."""
    return status in (408, 409, 429) or (status >= 500 and status != 501)


def should_retry_unsafe_write_status(status: int) -> bool:
    """A non-idempotent write is retried only on 429: the server says it refused the request.

    Any other status, 5xx included, may come after the write was applied (a gateway timing out
    in front of a server that finished the work, a crash after commit).
    """
    return status == 429


def is_replay_safe(method: str, *, idempotent: bool = False, retry_writes: bool = False) -> bool:
    """Whether sending this request twice is harmless, or the caller accepts that it might not be."""
    return method.upper() in IDEMPOTENT_METHODS or idempotent or retry_writes


# Failures that happen before the server can hold a complete request: no connection was made,
# the pool had none to give, or the request (its body included) could not be written out.
_UNSENT_ERRORS: tuple[type[httpx.RequestError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)


def never_reached_server(exc: httpx.RequestError) -> bool:
    """True when `exc` proves the server did not receive the whole request.

    A read timeout, a reset or a closed connection while waiting for the answer is not proof:
    the server may have applied the request and failed (or been slow) to answer.
    """
    return isinstance(exc, _UNSENT_ERRORS)
