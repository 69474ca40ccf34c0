"""Types of `client.webhooks`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models import (
    WidgetCreatedEvent as WidgetCreatedEvent,
)

__all__ = [
    "WidgetCreatedEvent",
]
