"""Types of `client.link.token`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.link_token import (
    LinkTokenCreateResponse as LinkTokenCreateResponse,
)
from trackstar.types._params import (
    LinkTokenCreateParams as LinkTokenCreateParams,
)

__all__ = [
    "LinkTokenCreateParams",
    "LinkTokenCreateResponse",
]
