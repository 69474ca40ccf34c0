"""Types of `client.link.exchange`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types.models import (
    LinkExchangeCreateResponse as LinkExchangeCreateResponse,
)
from trackstar.types.params import (
    LinkExchangeCreateParams as LinkExchangeCreateParams,
)

__all__ = [
    "LinkExchangeCreateParams",
    "LinkExchangeCreateResponse",
]
