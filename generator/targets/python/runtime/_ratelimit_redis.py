"""The sliding-window limiter kept in Redis, so every process and machine using a token shares it.

Same semantics as `_ratelimit.RateLimiter` (read its docstring): at most `limit` requests in any
`window`, a request counting from its start while in flight and from its response once
released, a pause after a 429, and the server's `x-ratelimit-*` budget. Each step is one Lua
script run atomically by Redis, timed by Redis's own clock (`TIME`), so machines whose clocks
disagree still share one window. Waiting happens in the client, outside Redis.

Per limiter (one token and kind) there are three keys sharing a hash tag, so they live on one
cluster slot: a hash (ticket counter, pause, server budget), a sorted set of requests in flight
(scored by start) and one of finished requests (scored by when they finished). The keys expire
when unused. An in-flight entry older than `STALE_IN_FLIGHT` belongs to a process that died
mid-request and is dropped.

Only this module imports redis (the `trackstar-sdk[redis]` extra), and only once a redis store
is chosen.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any, Mapping
from urllib.parse import urlsplit, urlunsplit

from ._exceptions import RateLimitStoreError
from ._ratelimit import MAX_SERVER_PAUSE, RateLimiter, StoreSettings, server_budget

try:
    import redis
    import redis.asyncio
    import redis.exceptions
except ImportError as exc:  # pragma: no cover - exercised by installing without the extra
    raise ImportError(
        "rate_limit_store is a redis:// URL but the redis package is not installed: "
        "pip install 'trackstar-sdk[redis]' (or unset TRACKSTAR_RATE_LIMIT_STORE)"
    ) from exc

if TYPE_CHECKING:
    from redis.commands.core import AsyncScript, Script

__all__ = ["RedisRateLimiter", "STALE_IN_FLIGHT", "STORE_RETRY_AFTER", "KEY_PREFIX", "display_url", "forget_stores", "close_loop_connections"]

logger = logging.getLogger("trackstar")

KEY_PREFIX = "trackstar:ratelimit"
# A request in flight longer than this is taken to belong to a crashed process.
STALE_IN_FLIGHT = 120.0
# After the store failed, limit locally this long before trying it again (fallback="local").
STORE_RETRY_AFTER = 5.0
# Connect and read timeouts for the store; a URL's own socket_timeout=... wins.
STORE_TIMEOUT = 2.0
_POLL = 0.05

# ARGV: op, key ttl (ms), then per op: acquire limit window poll | release ticket |
# pause seconds | observe ticket remaining delay. Numbers are returned as strings because Redis
# truncates Lua numbers to integers.
_SCRIPT = """
local state, inflight, done = KEYS[1], KEYS[2], KEYS[3]
local op, ttl = ARGV[1], tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local function keep()
  redis.call('PEXPIRE', state, ttl)
  redis.call('PEXPIRE', inflight, ttl)
  redis.call('PEXPIRE', done, ttl)
end
if op == 'acquire' then
  local limit, window, poll, stale = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
  local paused = tonumber(redis.call('HGET', state, 'paused_until') or '0')
  if paused > now then return {tostring(paused - now), 0} end
  local reset = redis.call('HGET', state, 'budget_reset')
  if reset then
    reset = tonumber(reset)
    if now >= reset then
      redis.call('HDEL', state, 'budget_reset')
      reset = nil
    elseif tonumber(redis.call('HGET', state, 'budget') or '0') <= 0 then
      return {tostring(reset - now), 0}
    end
  end
  redis.call('ZREMRANGEBYSCORE', done, '-inf', now - window)
  redis.call('ZREMRANGEBYSCORE', inflight, '-inf', now - stale)
  local finished, flying = redis.call('ZCARD', done), redis.call('ZCARD', inflight)
  if finished + flying >= limit then
    -- The slot frees when the limit-th most recent request leaves the window; requests in
    -- flight are the most recent and their end is unknown, so then check again shortly.
    local index = finished + flying - limit
    if index >= finished then return {tostring(math.min(poll, window)), 0} end
    local blocker = redis.call('ZRANGE', done, index, index, 'WITHSCORES')
    return {tostring(tonumber(blocker[2]) + window - now), 0}
  end
  if reset then redis.call('HINCRBY', state, 'budget', -1) end
  local ticket = redis.call('HINCRBY', state, 'tickets', 1)
  redis.call('ZADD', inflight, now, ticket)
  keep()
  return {'0', ticket}
elseif op == 'release' then
  if redis.call('ZREM', inflight, ARGV[3]) == 1 then
    redis.call('ZADD', done, now, ARGV[3])
    keep()
  end
elseif op == 'pause' then
  local until_ = now + tonumber(ARGV[3])
  if until_ > tonumber(redis.call('HGET', state, 'paused_until') or '0') then
    redis.call('HSET', state, 'paused_until', tostring(until_))
    keep()
  end
elseif op == 'observe' then
  local ticket = tonumber(ARGV[3])
  if ticket >= tonumber(redis.call('HGET', state, 'budget_ticket') or '-1') then
    -- Requests started (by anyone) after this one are already in flight and will count too.
    local started_since = tonumber(redis.call('HGET', state, 'tickets') or '0') - ticket
    redis.call('HSET', state, 'budget_ticket', ticket, 'budget', tonumber(ARGV[4]) - started_since,
               'budget_reset', tostring(now + tonumber(ARGV[5])))
    keep()
  end
end
return {'0', 0}
"""

# Failures that mean "the store is unavailable" (as opposed to a bug or a bad script).
_STORE_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)


def display_url(url: str) -> str:
    """The store URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class _Store:
    """One Redis endpoint: a sync client and one asyncio client per event loop, made on first use."""

    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings
        self.shown_url = display_url(settings.url)
        self._lock = threading.Lock()
        self._sync: tuple[redis.Redis, Script] | None = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[redis.asyncio.Redis, AsyncScript]] = (
            weakref.WeakKeyDictionary()
        )
        self.down_until = 0.0
        self.warned = False

    def _options(self) -> dict[str, Any]:
        return {"socket_connect_timeout": STORE_TIMEOUT, "socket_timeout": STORE_TIMEOUT}

    def sync_script(self) -> Script:
        with self._lock:
            if self._sync is None:
                client = redis.Redis.from_url(self.settings.url, **self._options())
                self._sync = (client, client.register_script(_SCRIPT))
            return self._sync[1]

    def async_script(self) -> AsyncScript:
        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._async.get(loop)
            if entry is None:
                client = redis.asyncio.Redis.from_url(self.settings.url, **self._options())
                entry = self._async[loop] = (client, client.register_script(_SCRIPT))
            return entry[1]

    def close_sync(self) -> None:
        with self._lock:
            entry, self._sync = self._sync, None
        if entry is not None:
            entry[0].close()

    async def close_async(self, loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            entry = self._async.pop(loop, None)
        if entry is not None:
            await entry[0].aclose()  # the next user on this loop connects again

    def available(self) -> bool:
        return time.monotonic() >= self.down_until

    def failed(self, exc: Exception) -> None:
        """Record an outage: raise, or switch to local limiting (warning once per outage)."""
        reason = f"{type(exc).__name__}: {exc}"
        if self.settings.fallback == "raise":
            raise RateLimitStoreError(
                f"The rate-limit store {self.shown_url} is unreachable ({reason}). Start it, fix "
                "rate_limit_store / TRACKSTAR_RATE_LIMIT_STORE, or pass rate_limit_store_fallback='local'."
            ) from exc
        self.down_until = time.monotonic() + STORE_RETRY_AFTER
        if not self.warned:
            self.warned = True
            logger.warning(
                "Rate-limit store %s is unreachable (%s): limiting in this process only until it is back",
                self.shown_url,
                reason,
            )

    def recovered(self) -> None:
        if self.warned:
            self.warned = False
            logger.warning("Rate-limit store %s is reachable again: limits are shared again", self.shown_url)


_stores: dict[StoreSettings, _Store] = {}
_stores_lock = threading.Lock()


async def close_loop_connections() -> None:
    """Close every store's connections made on the running event loop (an async client closed)."""
    loop = asyncio.get_running_loop()
    with _stores_lock:
        stores = list(_stores.values())
    for store in stores:
        await store.close_async(loop)


def forget_stores() -> None:
    """Drop every store's connections and outage state (the registry was cleared)."""
    with _stores_lock:
        stores = list(_stores.values())
        _stores.clear()
    for store in stores:
        store.close_sync()


def _store_for(settings: StoreSettings) -> _Store:
    with _stores_lock:
        store = _stores.get(settings)
        if store is None:
            store = _stores[settings] = _Store(settings)
        return store


class RedisRateLimiter:
    """A `Limiter` whose window is shared through Redis by everyone using the same key.

    Tickets from Redis are positive; while the store is down (fallback="local") tickets come
    from an in-process `RateLimiter` and are negative, so each release finds its own window.
    """

    def __init__(self, settings: StoreSettings, digest: str, per_second: float, *, margin: float = 0.01) -> None:
        self._store = _store_for(settings)
        self._keys = [f"{KEY_PREFIX}:{{{digest}}}:{part}" for part in ("state", "inflight", "done")]
        self._local = RateLimiter(per_second, margin=margin)
        self.configure(per_second, margin=margin)

    def configure(self, per_second: float, *, margin: float = 0.01) -> None:
        self._local.configure(per_second, margin=margin)
        self.per_second = per_second
        self.margin = margin
        self.limit = self._local.limit
        self.window = self._local.window
        self._ttl_ms = int((self.window + STALE_IN_FLIGHT + MAX_SERVER_PAUSE) * 1000)

    # -- script arguments ---------------------------------------------------------------------

    def _acquire_args(self) -> list[str | int | float]:
        return ["acquire", self._ttl_ms, self.limit, repr(self.window), repr(_POLL), repr(STALE_IN_FLIGHT)]

    def _observe_args(self, headers: Mapping[str, str], ticket: int) -> list[str | int | float] | None:
        budget = server_budget(headers, time.time())
        if budget is None:
            return None
        remaining, delay = budget
        return ["observe", self._ttl_ms, ticket, remaining, repr(delay)]

    @staticmethod
    def _parse(reply: Any) -> tuple[float, int | None]:
        wait, ticket = float(reply[0]), int(reply[1])
        return (0.0, ticket) if ticket > 0 else (max(wait, 0.0), None)

    # -- sync ---------------------------------------------------------------------------------

    def _run(self, args: list[str | int | float]) -> Any:
        """Run the script, or None when the store is down and we fall back."""
        if not self._store.available():
            return None
        try:
            reply = self._store.sync_script()(keys=self._keys, args=args)
        except _STORE_DOWN as exc:
            self._store.failed(exc)
            return None
        self._store.recovered()
        return reply

    def try_acquire(self) -> tuple[float, int | None]:
        reply = self._run(self._acquire_args())
        if reply is None:
            wait, ticket = self._local.try_acquire()
            return wait, (None if ticket is None else -ticket)
        return self._parse(reply)

    def acquire(self) -> int:
        while True:
            wait, ticket = self.try_acquire()
            if ticket is not None:
                return ticket
            time.sleep(wait)

    def release(self, ticket: int) -> None:
        if ticket < 0:
            self._local.release(-ticket)
        else:
            self._run(["release", self._ttl_ms, ticket])

    def pause(self, seconds: float) -> None:
        seconds = min(max(seconds, 0.0), MAX_SERVER_PAUSE)
        if self._run(["pause", self._ttl_ms, repr(seconds)]) is None:
            self._local.pause(seconds)

    def observe(self, headers: Mapping[str, str], ticket: int) -> None:
        if ticket < 0:
            self._local.observe(headers, -ticket)
            return
        args = self._observe_args(headers, ticket)
        if args is not None:
            self._run(args)

    # -- async --------------------------------------------------------------------------------

    async def _run_async(self, args: list[str | int | float]) -> Any:
        if not self._store.available():
            return None
        try:
            reply = await self._store.async_script()(keys=self._keys, args=args)
        except _STORE_DOWN as exc:
            self._store.failed(exc)
            return None
        self._store.recovered()
        return reply

    async def try_acquire_async(self) -> tuple[float, int | None]:
        reply = await self._run_async(self._acquire_args())
        if reply is None:
            wait, ticket = self._local.try_acquire()
            return wait, (None if ticket is None else -ticket)
        return self._parse(reply)

    async def acquire_async(self) -> int:
        while True:
            wait, ticket = await self.try_acquire_async()
            if ticket is not None:
                return ticket
            await asyncio.sleep(wait)

    async def release_async(self, ticket: int) -> None:
        if ticket < 0:
            self._local.release(-ticket)
        else:
            await self._run_async(["release", self._ttl_ms, ticket])

    async def pause_async(self, seconds: float) -> None:
        seconds = min(max(seconds, 0.0), MAX_SERVER_PAUSE)
        if await self._run_async(["pause", self._ttl_ms, repr(seconds)]) is None:
            self._local.pause(seconds)

    async def observe_async(self, headers: Mapping[str, str], ticket: int) -> None:
        if ticket < 0:
            self._local.observe(headers, -ticket)
            return
        args = self._observe_args(headers, ticket)
        if args is not None:
            await self._run_async(args)
