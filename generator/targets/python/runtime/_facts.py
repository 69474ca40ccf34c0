"""Facts the SDK and its generator share, each stated once.

Plain Python with no imports: the generator reads this file too (for the reference docs' error
tables and filter operators), so the docs can never disagree with what the SDK does.
"""

from __future__ import annotations

__all__ = [
    "HTTP_METHODS",
    "READ_METHODS",
    "WRITE_METHODS",
    "IDEMPOTENT_METHODS",
    "STATUS_ERRORS",
    "error_name",
    "is_list_operator",
]

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
READ_METHODS = frozenset({"GET", "HEAD"})
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Sending one of these twice has the effect of sending it once, so they are retried after a
# 5xx or a timeout; a POST or PATCH is only when the spec marks its operation `idempotent`.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# The exception raised for an HTTP status (by class name); other 5xx are InternalServerError and
# anything else is the base APIStatusError.
STATUS_ERRORS: dict[int, str] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    501: "NotImplementedForIntegrationError",
}


def error_name(status: int) -> str:
    """The name of the exception class the SDK raises for `status`."""
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return "InternalServerError" if status >= 500 else "APIStatusError"


def is_list_operator(op: str) -> bool:
    """`in`, `nin` and their variants (`in-insensitive`) take a list of values."""
    return op.split("-", 1)[0] in ("in", "nin")
