"""Webhook events: verify a delivery's signature and parse it into a typed event."""

from __future__ import annotations

from ._exceptions import UnknownWebhookEventError
from ._webhooks import (
    DEFAULT_TOLERANCE,
    ChangedPath,
    HeadersLike,
    WebhookVerificationError,
    changed_paths,
    unwrap_event,
    verify,
)
from .types._models import webhooks as _models_webhooks

__all__ = [
    "EVENT_TYPES",
    "WebhookEvent",
    "HeadersLike",
    "WebhookVerificationError",
    "UnknownWebhookEventError",
    "DEFAULT_TOLERANCE",
    "verify",
    "unwrap",
    "ChangedPath",
    "changed_paths",
]

WebhookEvent = _models_webhooks.WidgetCreatedEvent
"""Any webhook event; `event_type` tells which."""

EVENT_TYPES: dict[str, type[WebhookEvent]] = {
    "widget.created": _models_webhooks.WidgetCreatedEvent,
}
"""The model of each event type this SDK version knows."""


def unwrap(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify the Svix signature of a delivery, then parse it into its event model.

    `headers` is the request's headers as your framework gives them (Flask/werkzeug,
    starlette/FastAPI, Django, the standard library, httpx, or a dict); `tolerance` is how many
    seconds the delivery's timestamp may differ from now (`now`, for tests), as for `verify`.

    Raises `WebhookVerificationError` when the signature or timestamp is wrong, and
    `UnknownWebhookEventError` (carrying `event_type`) for a verified event whose type this SDK
    version does not know.
    """
    return unwrap_event(payload, headers, secret, EVENT_TYPES, tolerance=tolerance, now=now)
