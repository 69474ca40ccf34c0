"""Backoff computation, retry-after parsing and which statuses are retried."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from runtime._retry import (
    backoff_delay,
    is_replay_safe,
    never_reached_server,
    parse_retry_after,
    retry_delay,
    should_retry_status,
    should_retry_unsafe_write_status,
)


@pytest.mark.parametrize(
    ("retries_taken", "base"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (30, 8.0)]
)
def test_backoff_is_capped_exponential_with_jitter(retries_taken: int, base: float) -> None:
    assert backoff_delay(retries_taken, rand=lambda: 0.0) == base
    assert backoff_delay(retries_taken, rand=lambda: 1.0) == pytest.approx(base * 0.75)
    for _ in range(50):
        assert base * 0.75 <= backoff_delay(retries_taken) <= base


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "nan"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers) == expected


def test_parse_retry_after_http_date() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after({"retry-after": email.utils.formatdate(now + 30, usegmt=True)}, now=now) == 30.0
    assert parse_retry_after({"retry-after": email.utils.formatdate(now - 30, usegmt=True)}, now=now) == 0.0


def test_retry_delay_honours_retry_after_up_to_60_seconds() -> None:
    assert retry_delay(0, {"retry-after": "3"}) == 3.0
    assert retry_delay(3, {"retry-after": "60"}) == 60.0
    # Above 60 s (or absent) we fall back to our own backoff for that retry.
    assert 0.375 <= retry_delay(0, {"retry-after": "61"}) <= 0.5
    assert 1.5 <= retry_delay(2, {}) <= 2.0
    assert 0.375 <= retry_delay(0, None) <= 0.5


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 599])
def test_transient_statuses_are_retried(status: int) -> None:
    assert should_retry_status(status)


@pytest.mark.parametrize("status", [200, 201, 301, 400, 401, 403, 404, 405, 422, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert not should_retry_status(status)


@pytest.mark.parametrize("status", [408, 409, 500, 502, 503, 504, 501, 400])
def test_unsafe_writes_are_not_retried_on_statuses_that_may_follow_the_write(status: int) -> None:
    assert not should_retry_unsafe_write_status(status)


def test_unsafe_writes_are_retried_on_429() -> None:
    assert should_retry_unsafe_write_status(429)


@pytest.mark.parametrize(
    ("method", "idempotent", "retry_writes", "safe"),
    [
        ("GET", False, False, True),
        ("get", False, False, True),
        ("PUT", False, False, True),
        ("DELETE", False, False, True),
        ("HEAD", False, False, True),
        ("POST", False, False, False),
        ("PATCH", False, False, False),
        ("PATCH", True, False, True),
        ("POST", False, True, True),
    ],
)
def test_replay_safety_by_method_and_opt_in(method: str, idempotent: bool, retry_writes: bool, safe: bool) -> None:
    assert is_replay_safe(method, idempotent=idempotent, retry_writes=retry_writes) is safe


_REQUEST = httpx.Request("POST", "http://127.0.0.1/x")


@pytest.mark.parametrize(
    ("exc", "unsent"),
    [
        (httpx.ConnectError("refused", request=_REQUEST), True),
        (httpx.ConnectTimeout("slow connect", request=_REQUEST), True),
        (httpx.PoolTimeout("no connection free", request=_REQUEST), True),
        (httpx.WriteError("broken pipe", request=_REQUEST), True),
        (httpx.WriteTimeout("slow upload", request=_REQUEST), True),
        (httpx.ReadTimeout("no answer", request=_REQUEST), False),
        (httpx.ReadError("reset", request=_REQUEST), False),
        (httpx.RemoteProtocolError("server disconnected", request=_REQUEST), False),
        (httpx.DecodingError("bad gzip", request=_REQUEST), False),
    ],
)
def test_only_failures_before_the_request_was_sent_prove_it_never_arrived(exc: httpx.RequestError, unsent: bool) -> None:
    assert never_reached_server(exc) is unsent
