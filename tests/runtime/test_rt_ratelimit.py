"""The sliding-window limiter with a fake clock, server-header adaptation and the shared registry."""

from __future__ import annotations

import math

import pytest

from runtime._config import RateLimitConfig
from runtime._ratelimit import RateLimiter, _registry, limiter_for


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.wall = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.wall += seconds


def make(per_second: float, margin: float = 0.0) -> tuple[RateLimiter, FakeClock]:
    clock = FakeClock()
    return RateLimiter(per_second, margin=margin, clock=clock, wall_clock=lambda: clock.wall), clock


def take(limiter: RateLimiter, clock: FakeClock, *, release: bool = True) -> float:
    """Acquire like `acquire` does, advancing the fake clock; returns how long it waited."""
    waited = 0.0
    while True:
        wait, ticket = limiter.try_acquire()
        if ticket is not None:
            if release:
                limiter.release(ticket)
            return round(waited, 6)
        clock.advance(wait)
        waited += wait


def test_allows_limit_then_waits_a_window() -> None:
    limiter, clock = make(10)
    assert [take(limiter, clock) for _ in range(10)] == [0.0] * 10
    assert take(limiter, clock) == 1.0
    assert [take(limiter, clock) for _ in range(9)] == [0.0] * 9
    assert take(limiter, clock) == 1.0


def test_never_more_than_limit_in_any_window() -> None:
    limiter, clock = make(10, margin=0.05)
    starts = []
    for step in range(60):
        take(limiter, clock)
        starts.append(clock.now)
        clock.advance(0.013 * (step % 7))
    for start in starts:
        assert sum(1 for s in starts if start <= s < start + 1.0) <= 10


def test_requests_count_from_their_response() -> None:
    """A slow request keeps its slot while in flight, and for a full window after it completes."""
    limiter, clock = make(1)
    _, slow = limiter.try_acquire()
    assert slow is not None
    clock.advance(3.0)  # still in flight after 3 s: its end is unknown, so poll
    wait, ticket = limiter.try_acquire()
    assert ticket is None and wait == pytest.approx(0.05)
    limiter.release(slow)
    assert take(limiter, clock) == 1.0

    limiter, clock = make(2)
    _, slow = limiter.try_acquire()
    assert take(limiter, clock) == 0.0
    clock.advance(3.0)
    assert take(limiter, clock) == 0.0  # the finished one left the window; the slow one still counts
    assert take(limiter, clock) == 1.0


def test_slots_free_up_as_time_passes() -> None:
    limiter, clock = make(2)
    assert [take(limiter, clock), take(limiter, clock)] == [0.0, 0.0]
    clock.advance(0.4)
    assert take(limiter, clock) == 0.6
    clock.advance(5)
    assert [take(limiter, clock), take(limiter, clock)] == [0.0, 0.0]


def test_fractional_rates() -> None:
    limiter, clock = make(0.5)
    assert [take(limiter, clock) for _ in range(3)] == [0.0, 2.0, 2.0]


def test_margin_widens_the_window() -> None:
    limiter, clock = make(10, margin=0.1)
    for _ in range(10):
        take(limiter, clock)
    assert take(limiter, clock) == 1.1


def test_pause_holds_everyone_back() -> None:
    limiter, clock = make(100)
    limiter.pause(3)
    assert take(limiter, clock) == 3.0
    assert take(limiter, clock) == 0.0
    limiter.pause(1000)  # capped
    assert take(limiter, clock) == 60.0


def test_server_remaining_zero_waits_until_reset() -> None:
    limiter, clock = make(100)
    _, ticket = limiter.try_acquire()
    assert ticket is not None
    limiter.observe({"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(clock.wall + 2.5)}, ticket)
    assert take(limiter, clock) == 2.5
    assert take(limiter, clock) == 0.0  # after the reset, only the local window applies


def test_server_budget_counts_requests_already_in_flight() -> None:
    limiter, clock = make(100)
    _, first = limiter.try_acquire()
    take(limiter, clock)
    take(limiter, clock)  # two more started before the first response arrived
    assert first is not None
    limiter.observe({"x-ratelimit-remaining": "4", "x-ratelimit-reset": str(clock.wall + 1)}, first)
    assert [take(limiter, clock) for _ in range(3)] == [0.0, 0.0, 1.0]


def test_relative_reset_and_stale_or_bad_headers() -> None:
    limiter, clock = make(100)
    _, old = limiter.try_acquire()
    _, new = limiter.try_acquire()
    assert old is not None and new is not None
    limiter.observe({"x-ratelimit-remaining": "0", "x-ratelimit-reset": "2"}, new)  # relative seconds
    limiter.observe({"x-ratelimit-remaining": "50", "x-ratelimit-reset": "9"}, old)  # older: ignored
    limiter.observe({"x-ratelimit-remaining": "x", "x-ratelimit-reset": "9"}, new + 1)
    limiter.observe({"x-ratelimit-remaining": "5", "x-ratelimit-reset": str(clock.wall - 1)}, new + 1)  # past
    assert take(limiter, clock) == 2.0


def test_registry_shares_limiters_by_credentials_and_kind() -> None:
    a = limiter_for("https://x", ["key", "tok_a"], "read", 10)
    assert a is limiter_for("https://x", ["key", "tok_a"], "read", 10)
    assert a is not limiter_for("https://x", ["key", "tok_b"], "read", 10)
    assert a is not limiter_for("https://x", ["key", "tok_a"], "write", 10)
    assert a is not limiter_for("https://y", ["key", "tok_a"], "read", 10)
    assert a is not limiter_for("https://x", ["key"], "read", 10)
    assert limiter_for("https://x", ["key", "tok_a"], "read", math.inf) is None


def test_registry_never_holds_secrets_and_latest_rate_wins() -> None:
    limiter = limiter_for("https://x", ["sk_secret", "tok_secret"], "read", 10)
    assert not any("secret" in key for key in _registry)
    assert limiter_for("https://x", ["sk_secret", "tok_secret"], "read", 5) is limiter
    assert limiter is not None and limiter.limit == 5


@pytest.mark.parametrize("bad", [0, -1, math.nan])
def test_rate_limit_config_rejects_non_positive_rates(bad: float) -> None:
    with pytest.raises(ValueError):
        RateLimitConfig(read_per_second=bad, write_per_second=50)


def test_unlimited_kind_uses_no_limiter() -> None:
    config = RateLimitConfig(read_per_second=math.inf, write_per_second=50)
    assert limiter_for("https://x", ["k"], "read", config.read_per_second) is None
