"""Types of `client.wms.kits.meta`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_kits_meta import (
    MetaRetrieveForIntegrationResponse as MetaRetrieveForIntegrationResponse,
    MetaRetrieveResponse as MetaRetrieveResponse,
)

__all__ = [
    "MetaRetrieveForIntegrationResponse",
    "MetaRetrieveResponse",
]
