"""Types of `client.link.exchange`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.link_exchange import (
    LinkExchangeCreateResponse as LinkExchangeCreateResponse,
)
from trackstar.types._params import (
    LinkExchangeCreateParams as LinkExchangeCreateParams,
)

__all__ = [
    "LinkExchangeCreateParams",
    "LinkExchangeCreateResponse",
]
