"""The HTTP clients generated code builds on: auth, headers, retries, rate limits, errors, parsing.

`_BaseClient` holds everything that does no I/O (building requests, retry decisions, parsing);
`SyncAPIClient` and `AsyncAPIClient` only add the send loops.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import logging
import os
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Generic, Literal, Mapping, Sequence, TypeVar, cast

import httpx
import pydantic
import pydantic_core
from typing_extensions import Self

from ._retry import (
    DEFAULT_MAX_RETRIES,
    backoff_delay,
    is_replay_safe,
    never_reached_server,
    retry_delay,
    should_retry_status,
    should_retry_unsafe_write_status,
)
from ._config import APIConfig, AuthScheme, RateLimitConfig
from ._facts import WRITE_METHODS
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    MissingCredentialError,
    UncertainWriteConnectionError,
    UncertainWriteServerError,
    UncertainWriteTimeoutError,
    make_status_error,
    redact,
)
from ._logging import logger, redact_headers, setup_logging
from ._ratelimit import Limiter, StoreSettings, close_store_connections, limiter_for, parse_store
from ._types import NOT_GIVEN, FileTypes, NotGiven, RequestOptions, merge_extra_body

# Building a client needs none of these: they are imported where a request needs them, so that
# `import trackstar; Trackstar()` stays close to importing httpx alone (bench row import_time).
if TYPE_CHECKING:
    from ._pagination import AsyncCursorPage, AsyncPaginator, PageRequest, SyncCursorPage
    from ._response import APIResponse

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_CONNECTION_LIMITS",
    "WRITE_METHODS",
    "SyncAPIClient",
    "AsyncAPIClient",
    "SyncAPIResource",
    "AsyncAPIResource",
]

T = TypeVar("T")
_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)

# httpx timeouts apply per phase (connect, each read, each write, pool wait).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)


@dataclasses.dataclass
class _Call:
    """One logical API call; every retry of it re-sends exactly this."""

    method: str
    url: str
    params: list[tuple[str, str]]
    headers: httpx.Headers
    content: bytes | None
    form: dict[str, str | list[str]] | None
    files: list[tuple[str, tuple[str | None, bytes, str | None]]] | None
    timeout: httpx.Timeout | None
    max_retries: int
    limiter: Limiter | None
    # False for a POST/PATCH (not marked idempotent) unless retry_writes: retried only when it
    # certainly did not reach the server.
    replay_safe: bool
    may_apply_twice: bool  # a non-idempotent write: its failures say it may have been applied
    idempotency_key: str | None


def _with_extra_query(query: Sequence[tuple[str, str]], options: RequestOptions) -> list[tuple[str, str]]:
    params = list(query)
    extra_query = options.get("extra_query") or {}
    if extra_query:
        params = [pair for pair in params if pair[0] not in extra_query]
        from ._filters import encode_param

        # The same encoder as typed params and filters: a datetime is UTC `Z` either way.
        params.extend(
            (key, encode_param(value, where=f"extra_query[{key!r}]"))
            for key, value in extra_query.items()
            if value is not None
        )
    return params


def _to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)


# Module-level so tests can patch them and skip real waiting while still going through HTTP.
def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # imported on first use: `import trackstar` stays cheap for sync users

    await asyncio.sleep(seconds)


class _LazyHttpClient(Generic[_HttpxClientT]):
    """The httpx client, created on the first request (building its SSL context is the costliest
    part of constructing an API client) and shared by every copy made with
    `with_access_token` / `with_options`, so all of them use one connection pool."""

    def __init__(self, given: _HttpxClientT | None, factory: Callable[[], _HttpxClientT]) -> None:
        self._client: _HttpxClientT | None = given
        self._factory: Callable[[], _HttpxClientT] = factory
        self._lock = threading.Lock()

    def get(self) -> _HttpxClientT:
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._factory()
                client = self._client
        return client

    @property
    def created(self) -> bool:
        return self._client is not None


class _BaseClient(Generic[_HttpxClientT]):
    _pool: _LazyHttpClient[_HttpxClientT]
    # True: a response value that does not fit its model raises instead of being kept as sent
    # (the generated client's `strict_response_validation`; see `_models`).
    _strict_response_validation: bool = False

    @property
    def _http(self) -> _HttpxClientT:
        return self._pool.get()

    def __init__(
        self,
        *,
        config: APIConfig,
        credentials: Mapping[str, str | None],
        base_url: str | None,
        http_client: _HttpxClientT | None,
        timeout: float | httpx.Timeout | None | NotGiven,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        rate_limits: RateLimitConfig | Literal[False] | None,
        retry_writes: bool = False,
        rate_limit_store: str | None = None,
        rate_limit_store_fallback: Literal["local", "raise"] = "local",
    ) -> None:
        setup_logging()
        self._config = config
        self._schemes: dict[str, AuthScheme] = {scheme.name: scheme for scheme in config.auth_schemes}
        # Read the environment now (not at import, not per request).
        self._credentials: dict[str, str | None] = {
            name: credentials.get(name) or os.environ.get(scheme.env) or None
            for name, scheme in self._schemes.items()
        }
        self.base_url = (base_url or config.base_url).rstrip("/")
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        self.timeout: httpx.Timeout | None
        if isinstance(timeout, NotGiven):
            self.timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        else:
            self.timeout = _to_timeout(timeout)
        self.rate_limits: RateLimitConfig | None = (
            None if rate_limits is False else rate_limits or config.rate_limits
        )
        # POST and PATCH are retried only when they certainly did not reach the server, unless
        # this is True (the caller accepts that a retried write may be applied twice).
        self.retry_writes = retry_writes
        # Where the rate-limit window lives: None is this process; a redis:// URL shares it.
        env_store = os.environ.get(config.rate_limit_store_env)
        self.rate_limit_store: StoreSettings | None = parse_store(
            rate_limit_store if rate_limit_store is not None else env_store,
            source="rate_limit_store" if rate_limit_store is not None else config.rate_limit_store_env,
            fallback=rate_limit_store_fallback,
        )
        self._default_headers = httpx.Headers(
            {"accept": "application/json", "user-agent": f"trackstar-python/{config.sdk_version}"}
        )
        self._default_headers.update(default_headers or {})
        self._owns_http_client = http_client is None

    # -- copies ---------------------------------------------------------------------------

    def _copy(self, **changes: Any) -> Self:
        """A shallow copy sharing the httpx pool; cached resources are dropped so they rebind."""
        new = copy.copy(self)
        for cls in type(new).__mro__:
            for name, attr in vars(cls).items():
                if isinstance(attr, functools.cached_property):
                    new.__dict__.pop(name, None)
        new.__dict__.update(changes)
        new._owns_http_client = False  # closing a copy must not close the shared pool
        return new

    def with_access_token(self, token: str) -> Self:
        """The same client for another connection: shares the pool and the process-wide limiters."""
        if not token:
            raise ValueError("access token must be a non-empty string")
        return self._copy(_credentials={**self._credentials, self._config.access_token_scheme: token})

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        changes: dict[str, Any] = {}
        if not isinstance(retry_writes, NotGiven):
            changes["retry_writes"] = retry_writes
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = _to_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            changes["max_retries"] = max_retries
        return self._copy(**changes)

    # -- building a call ------------------------------------------------------------------

    @property
    def _secrets(self) -> tuple[str, ...]:
        return tuple(value for value in self._credentials.values() if value)

    def _auth_headers(self, auth: Sequence[str]) -> tuple[dict[str, str], list[str | None]]:
        """The credentials' headers and values; those sent in the query come from `_auth_query`."""
        headers: dict[str, str] = {}
        values: list[str | None] = []
        for name in auth:
            scheme = self._schemes[name]
            value = self._credentials.get(name)
            if not value:
                raise MissingCredentialError(name, scheme.env)
            if scheme.header is not None:
                headers[scheme.header] = f"Bearer {value}" if scheme.bearer else value
            values.append(value)
        return headers, values

    def _auth_query(self, auth: Sequence[str]) -> list[tuple[str, str]]:
        """Query parameters of the credentials sent that way (checked by `_auth_headers`)."""
        return [
            (scheme.query, self._credentials.get(name) or "")
            for name in auth
            if (scheme := self._schemes[name]).query is not None
        ]

    def _build_call(
        self,
        method: str,
        path: str,
        *,
        auth: Sequence[str],
        query: Sequence[tuple[str, str]],
        body: Mapping[str, object] | None,
        files: Mapping[str, FileTypes] | None,
        options: RequestOptions | None,
    ) -> _Call:
        options = options or {}
        method = method.upper()
        auth_headers, credential_values = self._auth_headers(auth)  # fails before any I/O

        params = _with_extra_query(list(query) + self._auth_query(auth), options)
        url = self.base_url + (path if path.startswith("/") else "/" + path)
        from ._urls import check_url_length

        check_url_length(url, params, self._config.max_url_length)  # not the server's bare 414

        # httpx.Headers: later values replace earlier ones whatever their case.
        headers = httpx.Headers(self._default_headers)
        headers.update(auth_headers)
        is_write = method in WRITE_METHODS
        if is_write:
            # Generated once per call so the server can deduplicate our retries.
            import uuid  # imported on the first write: it pulls in `platform`

            headers[self._config.idempotency_header] = str(uuid.uuid4())
        headers.update(options.get("extra_headers") or {})
        may_apply_twice = not is_replay_safe(method, idempotent=bool(options.get("idempotent")))
        retry_writes = options.get("retry_writes")
        replay_safe = not may_apply_twice or (self.retry_writes if retry_writes is None else retry_writes)

        content: bytes | None = None
        form: dict[str, str | list[str]] | None = None
        multipart: list[tuple[str, tuple[str | None, bytes, str | None]]] | None = None
        extra_body = options.get("extra_body")
        merged = merge_extra_body(body, extra_body, files=files)  # a key given twice is a ValueError
        if files:
            from ._files import build_multipart

            form, multipart = build_multipart(merged, files)
        elif merged is not None:
            content = pydantic_core.to_json(merged, by_alias=True)
            if "content-type" not in headers:
                headers["content-type"] = "application/json"

        limiter: Limiter | None = None
        if self.rate_limits is not None:
            per_second = self.rate_limits.write_per_second if is_write else self.rate_limits.read_per_second
            kind: Literal["read", "write"] = "write" if is_write else "read"
            limiter = limiter_for(
                self.base_url, credential_values, kind, per_second, self.rate_limits.margin, self.rate_limit_store
            )

        return _Call(
            method=method,
            url=url,
            params=params,
            headers=headers,
            content=content,
            form=form,
            files=multipart,
            timeout=_to_timeout(options["timeout"]) if "timeout" in options else self.timeout,
            max_retries=options.get("max_retries", self.max_retries),
            limiter=limiter,
            replay_safe=replay_safe,
            may_apply_twice=may_apply_twice,
            idempotency_key=headers.get(self._config.idempotency_header),
        )

    def _httpx_request(self, call: _Call) -> httpx.Request:
        return self._http.build_request(
            call.method,
            call.url,
            params=tuple(call.params),
            headers=call.headers,
            content=call.content,
            data=call.form,
            files=call.files,
            timeout=call.timeout,
        )

    # -- deciding after each attempt --------------------------------------------------------

    def _log(self, level: int, message: str, *args: object) -> None:
        if logger.isEnabledFor(level):
            logger.log(level, redact(message % args if args else message, self._secrets))

    def _log_request(self, request: httpx.Request, retries_taken: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            headers = redact_headers(
                request.headers.multi_items(), [s.header for s in self._schemes.values() if s.header], self._secrets
            )
            self._log(logging.DEBUG, "Request %s %s (retry %d) headers=%s", request.method, request.url, retries_taken, headers)

    def _on_response(self, call: _Call, response: httpx.Response, retries_taken: int) -> float | None:
        """Log a response; return the delay before a retry, or None to stop."""
        # httpx links a response to its stream and the stream back to the response. That cycle
        # keeps every page's multi-megabyte body alive until a full GC pass; the body is read
        # already, so swap in a plain stream and let reference counting free it with its page.
        response.stream = httpx.ByteStream(response.content)
        request_id = response.headers.get(self._config.request_id_header)
        self._log(
            logging.INFO, "%s %s -> %d (request id %s)", call.method, response.request.url, response.status_code, request_id
        )
        status = response.status_code
        if call.replay_safe:
            retryable = should_retry_status(status)
        else:
            retryable = should_retry_unsafe_write_status(status)
            if should_retry_status(status) and retries_taken < call.max_retries:
                self._log(
                    logging.INFO,
                    "Not retrying %s %s after status %d (request id %s): it may have been applied (retry_writes=True retries it)",
                    call.method,
                    response.request.url,
                    status,
                    request_id,
                )
        if not retryable or retries_taken >= call.max_retries:
            return None
        delay = retry_delay(retries_taken, response.headers)
        self._log(
            logging.INFO,
            "Retrying %s %s in %.2f s (retry %d of %d) after status %d (request id %s)",
            call.method,
            response.request.url,
            delay,
            retries_taken + 1,
            call.max_retries,
            response.status_code,
            request_id,
        )
        return delay

    def _on_transport_error(
        self, call: _Call, request: httpx.Request, exc: httpx.RequestError, retries_taken: int
    ) -> float:
        """Return the delay before a retry, or raise the SDK error when out of retries."""
        maybe_applied = not never_reached_server(exc)
        if retries_taken >= call.max_retries or (maybe_applied and not call.replay_safe):
            self._log(logging.INFO, "%s %s failed: %s", call.method, request.url, type(exc).__name__)
            if maybe_applied and call.may_apply_twice:
                key = call.idempotency_key
                if isinstance(exc, httpx.TimeoutException):
                    raise UncertainWriteTimeoutError(request=request, retries_taken=retries_taken, idempotency_key=key) from exc
                reason = redact(str(exc), self._secrets) or type(exc).__name__
                raise UncertainWriteConnectionError(
                    reason, request=request, retries_taken=retries_taken, idempotency_key=key
                ) from exc
            if isinstance(exc, httpx.TimeoutException):
                raise APITimeoutError(request=request) from exc
            raise APIConnectionError(f"Connection error: {redact(str(exc), self._secrets)}", request=request) from exc
        delay = backoff_delay(retries_taken)
        self._log(
            logging.INFO,
            "Retrying %s %s in %.2f s (retry %d of %d) after %s",
            call.method,
            request.url,
            delay,
            retries_taken + 1,
            call.max_retries,
            type(exc).__name__,
        )
        return delay

    def _finish(
        self, call: _Call, response: httpx.Response, parser: Callable[[httpx.Response], T], retries_taken: int
    ) -> APIResponse[T]:
        from ._response import APIResponse

        if not response.is_success:
            error = make_status_error(response, request_id_header=self._config.request_id_header, secrets=self._secrets)
            if call.may_apply_twice and type(error) is InternalServerError:
                raise UncertainWriteServerError.from_error(
                    error, retries_taken=retries_taken, idempotency_key=call.idempotency_key
                )
            raise error
        return APIResponse(
            response, parser, request_id_header=self._config.request_id_header, retries_taken=retries_taken
        )

    # -- parsing --------------------------------------------------------------------------

    def _validation_error(self, response: httpx.Response, exc: pydantic.ValidationError) -> APIResponseValidationError:
        # Leave the input out of the message: it is response data and may hold anything.
        errors = exc.errors(include_url=False, include_input=False, include_context=False)[:3]
        return APIResponseValidationError(
            redact(f"Response body did not match the expected type: {errors}", self._secrets),
            response=response,
            request_id=response.headers.get(self._config.request_id_header),
        )

    def _parse(self, response: httpx.Response, cast_to: type[T]) -> T:
        if cast_to is type(None):
            return None  # mypy narrows T to NoneType here
        try:
            from ._models import parse_json  # pydantic's model machinery loads on the first response

            value: T = parse_json(response.content, cast_to, strict=self._strict_response_validation)
        except pydantic.ValidationError as exc:
            raise self._validation_error(response, exc) from exc
        from ._response import set_request_id

        set_request_id(value, response.headers.get(self._config.request_id_header))
        return value

    def _page_parts(self, response: httpx.Response, request: PageRequest[T]) -> dict[str, Any]:
        from ._pagination import parse_page_body

        request_id = response.headers.get(self._config.request_id_header)
        try:
            data, next_token, total = parse_page_body(
                response.content, request.item_type, request.pagination, request_id, strict=self._strict_response_validation
            )
        except pydantic.ValidationError as exc:
            raise self._validation_error(response, exc) from exc
        return {
            "data": data,
            "next_token": next_token,
            "total_count": total,
            "request_id": request_id,
            "request": request,
            "headers": response.headers,
            "status_code": response.status_code,
        }

    def _page_request(
        self,
        path: str,
        item_type: type[T],
        auth: Sequence[str],
        query: Sequence[tuple[str, str]],
        options: RequestOptions | None,
    ) -> PageRequest[T]:
        from ._pagination import PageRequest
        from ._urls import PAGE_TOKEN_ROOM, chunk_query, url_length

        pagination = self._config.pagination
        query = tuple(query)
        seen = frozenset(value for key, value in query if key == pagination.token_in)
        # A query too long for one URL is split on its longest `in` list (see `_urls`); the
        # parts run one after another. extra_query counts towards the length, and replaces a
        # typed parameter of the same name just as `_build_call` does.
        url = self.base_url + (path if path.startswith("/") else "/" + path)
        extra = _with_extra_query((), options or {})
        extra_keys = {key for key, _ in extra}
        typed = [pair for pair in query if pair[0] not in extra_keys]
        room = PAGE_TOKEN_ROOM + (url_length("", extra) if extra else 0)
        parts = chunk_query(url, typed, self._config.max_url_length, reserve=room)
        if len(parts) == 1:
            return PageRequest(path, item_type, tuple(auth), query, options, pagination, seen)
        return PageRequest(path, item_type, tuple(auth), parts[0], options, pagination, seen, tuple(parts[1:]))


class SyncAPIClient(_BaseClient[httpx.Client]):
    def __init__(
        self,
        *,
        config: APIConfig,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        rate_limits: RateLimitConfig | Literal[False] | None = None,
        retry_writes: bool = False,
        rate_limit_store: str | None = None,
        rate_limit_store_fallback: Literal["local", "raise"] = "local",
    ) -> None:
        super().__init__(
            config=config,
            credentials=credentials,
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
        self._pool: _LazyHttpClient[httpx.Client] = _LazyHttpClient(
            http_client,
            lambda: httpx.Client(timeout=DEFAULT_TIMEOUT, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=False),
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        auth: Sequence[str],
        query: Sequence[tuple[str, str]] = (),
        body: Mapping[str, object] | None = None,
        files: Mapping[str, FileTypes] | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        from ._response import raw_response_requested

        raw = raw_response_requested()
        call = self._build_call(method, path, auth=auth, query=query, body=body, files=files, options=options)
        response = self._send(call, lambda r: self._parse(r, cast_to))
        return cast(T, response) if raw else response.parse()

    def get_page(
        self,
        path: str,
        *,
        item_type: type[T],
        auth: Sequence[str],
        query: Sequence[tuple[str, str]] = (),
        options: RequestOptions | None = None,
    ) -> SyncCursorPage[T]:
        from ._response import raw_response_requested

        raw = raw_response_requested()
        response = self._page_response(self._page_request(path, item_type, auth, query, options))
        return cast("SyncCursorPage[T]", response) if raw else response.parse()

    def _page_response(self, request: PageRequest[T]) -> APIResponse[SyncCursorPage[T]]:
        call = self._build_call(
            "GET", request.path, auth=request.auth, query=request.query, body=None, files=None, options=request.options
        )
        from ._pagination import SyncCursorPage

        return self._send(call, lambda r: SyncCursorPage(**self._page_parts(r, request), fetch=self._next_page))

    def _next_page(self, request: PageRequest[T]) -> SyncCursorPage[T]:
        return self._page_response(request).parse()

    def _send(self, call: _Call, parser: Callable[[httpx.Response], T]) -> APIResponse[T]:
        retries_taken = 0
        while True:
            ticket = call.limiter.acquire() if call.limiter is not None else 0
            request = self._httpx_request(call)
            self._log_request(request, retries_taken)
            try:
                response = self._http.send(request)
            except httpx.RequestError as exc:  # transport failures, timeouts, undecodable bodies
                delay = self._on_transport_error(call, request, exc, retries_taken)
            else:
                if call.limiter is not None:
                    call.limiter.observe(response.headers, ticket)
                retry_in = self._on_response(call, response, retries_taken)
                if retry_in is None:
                    return self._finish(call, response, parser, retries_taken)
                if response.status_code == 429 and call.limiter is not None:
                    call.limiter.pause(retry_in)  # everyone sharing this token backs off, not just us
                response.close()
                delay = retry_in
            finally:
                if call.limiter is not None:
                    call.limiter.release(ticket)
            _sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the connection pool if this client created it (copies never close it)."""
        if self._owns_http_client and self._pool.created:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    def __init__(
        self,
        *,
        config: APIConfig,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        rate_limits: RateLimitConfig | Literal[False] | None = None,
        retry_writes: bool = False,
        rate_limit_store: str | None = None,
        rate_limit_store_fallback: Literal["local", "raise"] = "local",
    ) -> None:
        super().__init__(
            config=config,
            credentials=credentials,
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
        self._pool: _LazyHttpClient[httpx.AsyncClient] = _LazyHttpClient(
            http_client,
            lambda: httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=False),
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T],
        auth: Sequence[str],
        query: Sequence[tuple[str, str]] = (),
        body: Mapping[str, object] | None = None,
        files: Mapping[str, FileTypes] | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        from ._response import raw_response_requested

        raw = raw_response_requested()
        call = self._build_call(method, path, auth=auth, query=query, body=body, files=files, options=options)
        response = await self._send(call, lambda r: self._parse(r, cast_to))
        return cast(T, response) if raw else response.parse()

    def get_page(
        self,
        path: str,
        *,
        item_type: type[T],
        auth: Sequence[str],
        query: Sequence[tuple[str, str]] = (),
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[T]:
        from ._pagination import AsyncPaginator
        from ._response import raw_response_requested

        request = self._page_request(path, item_type, auth, query, options)
        self._auth_headers(auth)  # a missing credential fails at the call, not at the first await

        async def first_page() -> AsyncCursorPage[T]:
            raw = raw_response_requested()  # read when awaited: that is where the wrapper is active
            response = await self._page_response(request)
            return cast("AsyncCursorPage[T]", response) if raw else response.parse()

        return AsyncPaginator(first_page)

    async def _page_response(self, request: PageRequest[T]) -> APIResponse[AsyncCursorPage[T]]:
        call = self._build_call(
            "GET", request.path, auth=request.auth, query=request.query, body=None, files=None, options=request.options
        )
        from ._pagination import AsyncCursorPage

        return await self._send(call, lambda r: AsyncCursorPage(**self._page_parts(r, request), fetch=self._next_page))

    async def _next_page(self, request: PageRequest[T]) -> AsyncCursorPage[T]:
        return (await self._page_response(request)).parse()

    async def _send(self, call: _Call, parser: Callable[[httpx.Response], T]) -> APIResponse[T]:
        retries_taken = 0
        while True:
            ticket = await call.limiter.acquire_async() if call.limiter is not None else 0
            request = self._httpx_request(call)
            self._log_request(request, retries_taken)
            try:
                response = await self._http.send(request)
            except httpx.RequestError as exc:  # transport failures, timeouts, undecodable bodies
                delay = self._on_transport_error(call, request, exc, retries_taken)
            else:
                if call.limiter is not None:
                    await call.limiter.observe_async(response.headers, ticket)
                retry_in = self._on_response(call, response, retries_taken)
                if retry_in is None:
                    return self._finish(call, response, parser, retries_taken)
                if response.status_code == 429 and call.limiter is not None:
                    await call.limiter.pause_async(retry_in)  # everyone sharing this token backs off
                await response.aclose()
                delay = retry_in
            finally:
                if call.limiter is not None:
                    await call.limiter.release_async(ticket)
            await _async_sleep(delay)
            retries_taken += 1

    async def close(self) -> None:
        """Close the connection pool if this client created it (copies never close it)."""
        if self._owns_http_client and self._pool.created:
            await self._http.aclose()
        if self.rate_limit_store is not None:
            await close_store_connections()  # Redis connections are bound to this event loop

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class SyncAPIResource:
    """Base of generated sync resource classes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """Base of generated async resource classes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


