"""Types of `client.cart`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.cart import (
    CartPassthroughResponse as CartPassthroughResponse,
)
from trackstar.types._params import (
    CartPassthroughParams as CartPassthroughParams,
)

__all__ = [
    "CartPassthroughParams",
    "CartPassthroughResponse",
]
