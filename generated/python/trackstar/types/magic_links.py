"""Types of `client.magic_links`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.magic_links import (
    MagicLinkDeleteResponse as MagicLinkDeleteResponse,
    MagicLinkListResponse as MagicLinkListResponse,
    MagicLinkRetrieveResponse as MagicLinkRetrieveResponse,
    MagicLinkRetrieveResponseMagicLink as MagicLinkRetrieveResponseMagicLink,
)
from trackstar.types._params import (
    MagicLinkCreateParams as MagicLinkCreateParams,
)

__all__ = [
    "MagicLinkCreateParams",
    "MagicLinkDeleteResponse",
    "MagicLinkListResponse",
    "MagicLinkRetrieveResponse",
    "MagicLinkRetrieveResponseMagicLink",
]
