"""Types of `client.connections`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.connections import (
    Connection as Connection,
    ConnectionDeleteResponse as ConnectionDeleteResponse,
    ConnectionErrorModel as ConnectionErrorModel,
    ConnectionErrorModelAffectedEndpoint as ConnectionErrorModelAffectedEndpoint,
    ConnectionRetrieveResponse as ConnectionRetrieveResponse,
    ConnectionSyncResponse as ConnectionSyncResponse,
    ConnectionSyncSchedule as ConnectionSyncSchedule,
    ConnectionUpdateResponse as ConnectionUpdateResponse,
)
from trackstar.types._params import (
    ConnectionSyncParams as ConnectionSyncParams,
    ConnectionUpdateParams as ConnectionUpdateParams,
)

__all__ = [
    "Connection",
    "ConnectionDeleteResponse",
    "ConnectionErrorModel",
    "ConnectionErrorModelAffectedEndpoint",
    "ConnectionRetrieveResponse",
    "ConnectionSyncParams",
    "ConnectionSyncResponse",
    "ConnectionSyncSchedule",
    "ConnectionUpdateParams",
    "ConnectionUpdateResponse",
]
