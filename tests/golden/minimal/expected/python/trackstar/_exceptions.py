"""Every error the SDK raises, and the mapping from an HTTP error response to its class."""

from __future__ import annotations

import json
import re
from typing import Iterable

import httpx
from typing_extensions import override

from ._retry import parse_retry_after

__all__ = [
    "TrackstarError",
    "MissingCredentialError",
    "PaginationLoopError",
    "WebhookVerificationError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "NotImplementedForIntegrationError",
    "NotImplementedForIntegration",
    "make_status_error",
    "redact",
]

REDACTED = "[REDACTED]"
# Longest message we copy out of a non-JSON body (an HTML error page can be large).
_MAX_TEXT_MESSAGE = 500


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of a secret in `text` (servers sometimes echo a bad key back).

    A short secret (a test value such as "t") is replaced only where it stands alone, so that
    it does not blank out every matching letter of the message.
    """
    for secret in secrets:
        if len(secret) >= _SHORT_SECRET:
            text = text.replace(secret, REDACTED)
        elif secret:
            text = re.sub(rf"(?<![\w-]){re.escape(secret)}(?![\w-])", REDACTED, text)
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


class WebhookVerificationError(TrackstarError):
    """A webhook's signature, timestamp or headers did not verify."""


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
        super().__init__(f"{message} [request id: {request_id}]")


class APIStatusError(TrackstarError):
    """The API answered with a non-2xx status."""

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
        self.body = body
        self.origin = origin
        self.request_id = request_id
        super().__init__(f"{self.status_code} {response.reason_phrase}: {message} [request id: {request_id}]")

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
    def detail(self) -> object:
        """The body's `detail` field (validation details), or None."""
        return self.body.get("detail") if isinstance(self.body, dict) else None


class RateLimitError(APIStatusError):
    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked us to wait, from `retry-after`, or None."""
        return parse_retry_after(self.headers)


class InternalServerError(APIStatusError):
    """A 5xx other than 501."""


_NOT_IMPLEMENTED = re.compile(r"^\s*Endpoint\s+(?P<endpoint>\S+)\s+is not implemented for\s+(?P<integration>.+?)\s*\.?\s*$")


class NotImplementedForIntegrationError(APIStatusError):
    """501: the connected integration does not offer this endpoint (an expected outcome, not a fault)."""

    @property
    def endpoint(self) -> str | None:
        match = _NOT_IMPLEMENTED.match(self.message)
        return match.group("endpoint") if match else None

    @property
    def integration(self) -> str | None:
        match = _NOT_IMPLEMENTED.match(self.message)
        return match.group("integration") if match else None


# The name used in the design notes' examples.
NotImplementedForIntegration = NotImplementedForIntegrationError

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    501: NotImplementedForIntegrationError,
}


def _status_class(status: int) -> type[APIStatusError]:
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status]
    return InternalServerError if status >= 500 else APIStatusError


def make_status_error(
    response: httpx.Response,
    *,
    request_id_header: str = "x-request-id",
    secrets: Iterable[str] = (),
) -> APIStatusError:
    """Build the error for a non-2xx response; works for JSON, HTML, text and empty bodies."""
    text = response.text
    body: object = text
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        pass  # not JSON: keep the raw text as the body

    message: str | None = None
    origin: str | None = None
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, str):
            message = error
        elif error is not None:
            message = json.dumps(error)
        if isinstance(body.get("origin"), str):
            origin = body["origin"]
    if message is None:
        stripped = text.strip()
        if len(stripped) > _MAX_TEXT_MESSAGE:
            stripped = stripped[:_MAX_TEXT_MESSAGE] + "..."
        message = stripped or f"HTTP {response.status_code} {response.reason_phrase}".strip()

    return _status_class(response.status_code)(
        redact(message, secrets),
        response=response,
        body=body,
        origin=origin,
        request_id=response.headers.get(request_id_header),
    )
