"""Types of `client.link.token`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types.models import (
    LinkTokenCreateResponse as LinkTokenCreateResponse,
)
from trackstar.types.params import (
    LinkTokenCreateParams as LinkTokenCreateParams,
)

__all__ = [
    "LinkTokenCreateParams",
    "LinkTokenCreateResponse",
]
