"""Webhook events: verify a delivery's signature and parse it into a typed event."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated, Union

import pydantic

from ._webhooks import WebhookVerificationError, verify
from .types import models

__all__ = ["EVENT_TYPES", "WebhookEvent", "WebhookVerificationError", "verify", "unwrap"]

EVENT_TYPES: dict[str, type[pydantic.BaseModel]] = {
    "widget.created": models.WidgetCreatedEvent,
}

WebhookEvent = Union[models.WidgetCreatedEvent,]
"""Any webhook event; `event_type` tells which."""


class _Envelope(pydantic.BaseModel):
    event_type: str


@lru_cache(maxsize=None)
def _adapter(event_type: str) -> pydantic.TypeAdapter[pydantic.BaseModel]:
    return pydantic.TypeAdapter(EVENT_TYPES[event_type])


def unwrap(payload: bytes | str, headers: Mapping[str, str], secret: str) -> WebhookEvent:
    """Verify the Svix signature of a delivery, then parse it into its event model.

    Raises `WebhookVerificationError` when the signature or timestamp is wrong, and
    `ValueError` for an `event_type` this SDK version does not know.
    """
    verify(payload, headers, secret)
    event_type = _Envelope.model_validate_json(payload).event_type
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}; upgrade the SDK to parse it")
    return _adapter(event_type).validate_json(payload)  # type: ignore[return-value]
