"""Types of `client.wms.kits.meta`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.wms_kits_meta import (
    KitMetaRetrieveForIntegrationResponse as KitMetaRetrieveForIntegrationResponse,
    KitMetaRetrieveResponse as KitMetaRetrieveResponse,
)

__all__ = [
    "KitMetaRetrieveForIntegrationResponse",
    "KitMetaRetrieveResponse",
]
