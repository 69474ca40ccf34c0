"""Types of webhook events: what `trackstar.webhooks.unwrap` returns."""

from __future__ import annotations

from trackstar.types._models.webhooks import (
    WidgetCreatedEvent as WidgetCreatedEvent,
)

__all__ = [
    "WidgetCreatedEvent",
]
