"""Every error the SDK raises, and the mapping from an HTTP error response to its class."""

from __future__ import annotations

import json
import re
from typing import Iterable, Union, cast

import httpx
from typing_extensions import TypedDict, override

from ._facts import error_name
from ._retry import parse_retry_after

__all__ = [
    "TrackstarError",
    "MissingCredentialError",
    "PaginationLoopError",
    "URLTooLongError",
    "WebhookVerificationError",
    "UnknownWebhookEventError",
    "UnknownEnumValueWarning",
    "MissingFieldWarning",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "ErrorBody",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "WriteMayHaveBeenAppliedError",
    "UncertainWriteServerError",
    "UncertainWriteTimeoutError",
    "UncertainWriteConnectionError",
    "RateLimitStoreError",
    "NotImplementedForIntegrationError",
    "NotImplementedForIntegration",
    "make_status_error",
    "redact",
]

REDACTED = "[REDACTED]"


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every credential in `text` with [REDACTED] (servers sometimes echo a bad key back).

    A credential of 8 characters or more is replaced wherever it occurs. A shorter one (a test
    value such as "t") only where it is a whole token: not inside a word or an identifier, so
    "hasn't" and "token" stay as they are while "key t is invalid" and "'t'" are redacted.
    """
    for secret in secrets:
        if len(secret) >= _SHORT_SECRET:
            text = text.replace(secret, REDACTED)
        elif secret:
            # Not next to a letter, digit, `_` or `-`, nor joined to a word by an apostrophe.
            pattern = rf"(?<![\w-])(?<!\w['\u2019]){re.escape(secret)}(?![\w-])(?!['\u2019]\w)"
            text = re.sub(pattern, REDACTED, text)
    return text


_SHORT_SECRET = 8


class TrackstarError(Exception):
    """Base of every error raised by the SDK."""


class MissingCredentialError(TrackstarError):
    """An operation needs a credential that was neither passed nor found in the environment."""

    def __init__(self, argument: str, env: str) -> None:
        self.argument = argument
        self.env = env
        super().__init__(
            f"Missing credential {argument!r}: pass {argument}=... when creating the client "
            f"or set the {env} environment variable."
        )


class PaginationLoopError(TrackstarError):
    """The API returned a `next_token` that was already requested, which would loop forever."""

    def __init__(self, token: str) -> None:
        self.token = token
        super().__init__(
            f"The API returned next_token {token!r}, which was already requested while paginating; "
            "stopping instead of looping forever."
        )


class URLTooLongError(TrackstarError, ValueError):
    """A request URL would be longer than the SDK sends (see `_urls.MAX_URL_LENGTH`); raised
    before the request, instead of the server's 414."""

    def __init__(self, length: int, limit: int, parameter: str | None) -> None:
        self.length = length
        self.limit = limit
        self.parameter = parameter  # the longest query parameter, the one to shorten
        where = f"; its longest parameter is {parameter!r}" if parameter else ""
        super().__init__(
            f"The request URL would be {length} characters, over the {limit} the SDK sends{where}. "
            "Only the `in` lists of list calls are split automatically; send the values over "
            "several calls."
        )


class WebhookVerificationError(TrackstarError):
    """A webhook's signature, timestamp or headers did not verify."""


class UnknownWebhookEventError(TrackstarError, ValueError):
    """A verified webhook whose `event_type` this SDK version has no model for.

    The delivery is authentic (its signature was checked first), so a handler may acknowledge
    it and log `event_type`, or keep `payload` to process it after upgrading the SDK. Also a
    `ValueError`, so handlers written for older versions still catch it.
    """

    def __init__(self, event_type: str, *, payload: bytes, known: Iterable[str] = ()) -> None:
        self.event_type = event_type
        self.payload = payload
        self.known = tuple(sorted(known))
        super().__init__(
            f"Unknown webhook event type {event_type!r}: this SDK version knows {len(self.known)} event "
            "types (see webhooks.EVENT_TYPES); upgrade the SDK to parse it."
        )


class UnknownEnumValueWarning(UserWarning):
    """A filter value, or a value of a write's body field, that is not among the values the
    spec lists for that field.

    A warning, not an error: the API adds values between SDK releases, so an unknown value may
    be new rather than misspelt. Turn it into an error with
    `warnings.simplefilter("error", UnknownEnumValueWarning)`.
    """


class MissingFieldWarning(UserWarning):
    """A response (or webhook event) lacks a field the SDK types as always present.

    Parsing is lenient: the object is still returned, the field reading None. Turn it into an
    error with `warnings.simplefilter("error", MissingFieldWarning)`, or have the client raise
    instead with `strict_response_validation=True`.
    """


class APIConnectionError(TrackstarError):
    """No HTTP response arrived: the connection failed or was reset."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        self.message = message
        self.request = request
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


class APIResponseValidationError(TrackstarError):
    """A successful response whose body is not valid JSON or does not match the expected type."""

    def __init__(self, message: str, *, response: httpx.Response, request_id: str | None) -> None:
        self.message = message
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id
        super().__init__(f"{message}{_request_id_suffix(request_id)}")


class ErrorBody(TypedDict, total=False):
    """An error response's JSON body: `{"error": ..., "origin": ...}`, a 422 adding `detail`.

    Every key the body carries is kept (a 404 may add `id`), so read the others with `.get()`.
    `detail` is the API's `{location: {field: [messages]}}`, or a string from servers that
    answer in problem+json (mock servers, proxies).
    """

    error: str
    origin: str  # "trackstar" or "integration": which side failed
    detail: Union[dict[str, dict[str, list[str]]], str]


def _request_id_suffix(request_id: str | None) -> str:
    return f" [request id: {request_id}]" if request_id else ""


class APIStatusError(TrackstarError):
    """The API answered with a non-2xx status.

    `body` is the JSON object the API sent (an `ErrorBody`; empty when the body was not a JSON
    object) and `raw_body` whatever arrived: the parsed JSON, the text, or None when empty.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        origin: str | None,
        request_id: str | None,
    ) -> None:
        self.message = message
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.raw_body = body
        self.body: ErrorBody = cast(ErrorBody, body) if isinstance(body, dict) else {}
        self.origin = origin
        self.request_id = request_id
        super().__init__(f"{self.status_code} {response.reason_phrase}: {message}{_request_id_suffix(request_id)}")

    @override
    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r}, "
            f"origin={self.origin!r}, request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    @property
    def detail(self) -> dict[str, dict[str, list[str]]] | str | None:
        """The body's `detail` field (validation details), or None."""
        return self.body.get("detail")


class RateLimitError(APIStatusError):
    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked us to wait, from `retry-after`, or None."""
        return parse_retry_after(self.headers)


class InternalServerError(APIStatusError):
    """A 5xx other than 501."""


class WriteMayHaveBeenAppliedError(TrackstarError):
    """A POST or PATCH failed after it may have reached the server, so it was not retried.

    Catch this to reconcile (look the object up) before sending the write again. Raised as one
    of the three classes below, which are also the usual status, timeout and connection errors.
    """

    method: str
    url: str
    request_id: str | None  # the server's request id; None when no response arrived
    idempotency_key: str | None
    retries_taken: int

    def _explain(
        self, request: httpx.Request, what: str, request_id: str | None, retries_taken: int, idempotency_key: str | None
    ) -> str:
        self.method = request.method
        self.url = str(request.url.copy_with(query=None))
        self.request_id = request_id
        self.idempotency_key = idempotency_key
        self.retries_taken = retries_taken
        retried = f"after {retries_taken} retries" if retries_taken else "and was not retried"
        text = (
            f"{self.method} {self.url} {what} {retried}; the write may have been applied. "
            "Check before sending it again (retry_writes=True retries such writes)."
        )
        self.args = (f"{text}{_request_id_suffix(request_id)}",)
        return text


class UncertainWriteServerError(InternalServerError, WriteMayHaveBeenAppliedError):
    """A POST or PATCH answered with a 5xx (not 501): the server may have applied it."""

    @classmethod
    def from_error(
        cls, error: APIStatusError, *, retries_taken: int, idempotency_key: str | None = None
    ) -> UncertainWriteServerError:
        new = cls(
            error.message, response=error.response, body=error.raw_body, origin=error.origin, request_id=error.request_id
        )
        what = f"failed with {error.status_code} ({error.message})"
        new._explain(error.response.request, what, error.request_id, retries_taken, idempotency_key)
        return new


class UncertainWriteTimeoutError(APITimeoutError, WriteMayHaveBeenAppliedError):
    """A POST or PATCH timed out waiting for its answer: the server may have applied it."""

    def __init__(self, *, request: httpx.Request, retries_taken: int = 0, idempotency_key: str | None = None) -> None:
        super().__init__(request=request)
        what = "timed out waiting for the response"
        self.message = self._explain(request, what, None, retries_taken, idempotency_key)


class UncertainWriteConnectionError(APIConnectionError, WriteMayHaveBeenAppliedError):
    """A POST or PATCH lost its connection after being sent: the server may have applied it."""

    def __init__(
        self, reason: str, *, request: httpx.Request, retries_taken: int = 0, idempotency_key: str | None = None
    ) -> None:
        super().__init__(reason, request=request)
        what = f"lost its connection after it was sent ({reason})"
        self.message = self._explain(request, what, None, retries_taken, idempotency_key)


class RateLimitStoreError(TrackstarError):
    """The shared rate-limit store (Redis) could not be reached and the client was told to raise.

    Pass `rate_limit_store_fallback="local"` to limit in-process instead when it is down.
    """


# Patterns kept as strings: `re` compiles and caches them on first use, not at import.
_NOT_IMPLEMENTED = r"^\s*Endpoint\s+(?P<endpoint>\S+)\s+is not implemented for\s+(?P<integration>.+?)\s*\.?\s*$"


class NotImplementedForIntegrationError(APIStatusError):
    """501: the connected integration does not offer this endpoint (an expected outcome, not a fault)."""

    @property
    def endpoint(self) -> str | None:
        match = re.match(_NOT_IMPLEMENTED, self.message)
        return match.group("endpoint") if match else None

    @property
    def integration(self) -> str | None:
        match = re.match(_NOT_IMPLEMENTED, self.message)
        return match.group("integration") if match else None


# The name used in the design notes' examples.
NotImplementedForIntegration = NotImplementedForIntegrationError

_BY_NAME: dict[str, type[APIStatusError]] = {
    cls.__name__: cls
    for cls in (
        APIStatusError,
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        NotImplementedForIntegrationError,
        InternalServerError,
    )
}


def _status_class(status: int) -> type[APIStatusError]:
    return _BY_NAME[error_name(status)]


def make_status_error(
    response: httpx.Response,
    *,
    request_id_header: str = "x-request-id",
    secrets: Iterable[str] = (),
) -> APIStatusError:
    """Build the error for a non-2xx response; works for JSON, HTML, text and empty bodies.

    The message says what happened in one line: the API's `error` (with a 422's `detail`), a
    problem+json `title: detail` (what mock servers such as Prism send), or else a short summary
    of the body. `error.body` keeps the whole parsed body.
    """
    text = response.text
    body: object = text
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        pass  # not JSON: keep the raw text as the body

    origin: str | None = None
    if isinstance(body, dict) and isinstance(body.get("origin"), str):
        origin = body["origin"]
    message = error_message(body, content_type=response.headers.get("content-type", ""))
    if not message:
        message = f"HTTP {response.status_code} {response.reason_phrase}".strip()

    return _status_class(response.status_code)(
        redact(message, secrets),
        response=response,
        body=body,
        origin=origin,
        request_id=response.headers.get(request_id_header),
    )


def error_message(body: object, *, content_type: str = "") -> str:
    """The one-line message for an error body (parsed JSON, or the text of a non-JSON body).

    Empty when the body says nothing (the caller then falls back to the status line).
    """
    if body is None:
        return ""
    if isinstance(body, str):
        return _text_summary(body, html="html" in content_type or _looks_like_html(body))
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, str) and error.strip():
            # Trackstar's own shape: {"error": ..., "origin": ...}, a 422 adds `detail`.
            details = _detail_summary(body.get("detail"))
            return _truncate(f"{_one_line(error)} ({details})" if details else _one_line(error))
        title, detail = body.get("title"), body.get("detail")
        if isinstance(title, str) or isinstance(detail, str):
            # RFC 9457 problem+json: `title` names the kind of problem, `detail` this occurrence.
            return _truncate(_join(title if isinstance(title, str) else "", _detail_summary(detail)))
        for key in ("message", "error_description", "msg"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return _truncate(_one_line(value))
        if error is not None:
            return _json_summary("the error field is", error)
    if isinstance(body, (dict, list)) and not body:
        return ""
    return _json_summary("unrecognised error body,", body)


# Longest message we build; the whole body stays available as `error.body`.
_MAX_MESSAGE = 300
_MAX_DETAILS = 5
_MAX_COUNTED_DETAILS = 1000
_TAG = r"<[^>]+>"
_HTML_SKIPPED = r"(?is)<(script|style|head)\b[^>]*>.*?</\1\s*>"
_HTML_TITLE = r"(?is)<title[^>]*>(.*?)</title\s*>"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _truncate(text: str, limit: int = _MAX_MESSAGE) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 3].rstrip() + "..."


def _join(head: str, tail: str) -> str:
    head, tail = _one_line(head), _one_line(tail)
    if not tail or tail == head:
        return head
    return f"{head}: {tail}" if head else tail


def _looks_like_html(text: str) -> bool:
    start = text.lstrip()[:200].lower()
    return start.startswith("<!doctype html") or start.startswith("<html") or "<body" in start


def _text_summary(text: str, *, html: bool) -> str:
    if html:
        title = re.search(_HTML_TITLE, text)
        visible = _one_line(re.sub(_TAG, " ", re.sub(_HTML_SKIPPED, " ", text)))
        heading = _one_line(re.sub(_TAG, " ", title.group(1))) if title else ""
        text = _join(heading, visible) if heading and not visible.startswith(heading) else visible
        from html import unescape  # only for HTML error pages

        text = unescape(text)
    return _truncate(_one_line(text))


def _detail_summary(detail: object) -> str:
    """A validation `detail` as `place: problem` pairs (at most a few), or a string as is."""
    if detail is None:
        return ""
    if isinstance(detail, str):
        return detail
    pairs: list[str] = []
    _collect_details(detail, (), pairs)
    if not pairs:
        return ""
    shown = "; ".join(pairs[:_MAX_DETAILS])
    more = len(pairs) - _MAX_DETAILS
    return shown + (f" (and {more} more)" if more > 0 else "")


def _collect_details(node: object, place: tuple[str, ...], pairs: list[str]) -> None:
    if len(pairs) >= _MAX_COUNTED_DETAILS:
        return  # enough to say "and N more"; a huge detail tree is not walked to the end
    if isinstance(node, dict):
        # FastAPI's {"loc": [...], "msg": ...} items, or Trackstar's {location: {field: [msgs]}}.
        loc, msg = node.get("loc"), node.get("msg")
        if isinstance(msg, str):
            where = ".".join(str(part) for part in loc) if isinstance(loc, list) else ".".join(place)
            pairs.append(f"{where}: {msg}" if where else msg)
            return
        for key, value in node.items():
            _collect_details(value, (*place, str(key)), pairs)
    elif isinstance(node, list):
        if node and all(isinstance(item, str) for item in node):
            where = ".".join(place)
            text = ", ".join(str(item) for item in node)
            pairs.append(f"{where}: {text}" if where else text)
            return
        for item in node:
            _collect_details(item, place, pairs)
    elif node is not None:
        where = ".".join(place)
        pairs.append(f"{where}: {node}" if where else str(node))


def _json_summary(lead: str, value: object) -> str:
    """A short description of a JSON value with no message field: its shape and an excerpt."""
    if isinstance(value, dict):
        keys = ", ".join(str(key) for key in list(value)[:_MAX_DETAILS])
        more = ", ..." if len(value) > _MAX_DETAILS else ""
        shape = f"a JSON object with keys {keys}{more}" if value else "an empty JSON object"
    elif isinstance(value, list):
        shape = f"a JSON array of {len(value)} item{'s' if len(value) != 1 else ''}"
    else:
        shape = f"a JSON {type(value).__name__}"
    excerpt = _truncate(json.dumps(value, ensure_ascii=False, default=str), _MAX_MESSAGE // 2)
    return _truncate(f"{lead} {shape}: {excerpt}")
