"""Typed Python SDK for the demo API, generated from its declarative spec."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncTrackstar, Trackstar
    from ._config import RateLimitConfig
    from ._models import to_params
    from ._exceptions import (
        TrackstarError as TrackstarError,
        MissingCredentialError as MissingCredentialError,
        PaginationLoopError as PaginationLoopError,
        URLTooLongError as URLTooLongError,
        WebhookVerificationError as WebhookVerificationError,
        UnknownWebhookEventError as UnknownWebhookEventError,
        UnknownEnumValueWarning as UnknownEnumValueWarning,
        MissingFieldWarning as MissingFieldWarning,
        APIConnectionError as APIConnectionError,
        APITimeoutError as APITimeoutError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        ErrorBody as ErrorBody,
        BadRequestError as BadRequestError,
        AuthenticationError as AuthenticationError,
        PermissionDeniedError as PermissionDeniedError,
        NotFoundError as NotFoundError,
        ConflictError as ConflictError,
        UnprocessableEntityError as UnprocessableEntityError,
        RateLimitError as RateLimitError,
        InternalServerError as InternalServerError,
        WriteMayHaveBeenAppliedError as WriteMayHaveBeenAppliedError,
        UncertainWriteServerError as UncertainWriteServerError,
        UncertainWriteTimeoutError as UncertainWriteTimeoutError,
        UncertainWriteConnectionError as UncertainWriteConnectionError,
        RateLimitStoreError as RateLimitStoreError,
        NotImplementedForIntegrationError as NotImplementedForIntegrationError,
        NotImplementedForIntegration as NotImplementedForIntegration,
        make_status_error as make_status_error,
        redact as redact,
    )
    from ._operations import OPERATIONS
    from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
    from ._response import APIResponse, RateLimitInfo
    from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "__version__",
    "Trackstar",
    "AsyncTrackstar",
    "OPERATIONS",
    "RateLimitConfig",
    "SyncCursorPage",
    "AsyncCursorPage",
    "AsyncPaginator",
    "APIResponse",
    "RateLimitInfo",
    "to_params",
    "NOT_GIVEN",
    "NotGiven",
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

# Imported on first use so that `import trackstar` stays cheap.
_LAZY = {
    "Trackstar": "._client",
    "AsyncTrackstar": "._client",
    "OPERATIONS": "._operations",
    "RateLimitConfig": "._config",
    "SyncCursorPage": "._pagination",
    "AsyncCursorPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "APIResponse": "._response",
    "RateLimitInfo": "._response",
    "to_params": "._models",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    "TrackstarError": "._exceptions",
    "MissingCredentialError": "._exceptions",
    "PaginationLoopError": "._exceptions",
    "URLTooLongError": "._exceptions",
    "WebhookVerificationError": "._exceptions",
    "UnknownWebhookEventError": "._exceptions",
    "UnknownEnumValueWarning": "._exceptions",
    "MissingFieldWarning": "._exceptions",
    "APIConnectionError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "ErrorBody": "._exceptions",
    "BadRequestError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "NotFoundError": "._exceptions",
    "ConflictError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "RateLimitError": "._exceptions",
    "InternalServerError": "._exceptions",
    "WriteMayHaveBeenAppliedError": "._exceptions",
    "UncertainWriteServerError": "._exceptions",
    "UncertainWriteTimeoutError": "._exceptions",
    "UncertainWriteConnectionError": "._exceptions",
    "RateLimitStoreError": "._exceptions",
    "NotImplementedForIntegrationError": "._exceptions",
    "NotImplementedForIntegration": "._exceptions",
    "make_status_error": "._exceptions",
    "redact": "._exceptions",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
