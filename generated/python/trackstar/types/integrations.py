"""Types of `client.integrations`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.integrations import (
    IntegrationRetrieveResponse as IntegrationRetrieveResponse,
    IntegrationRetrieveResponseData as IntegrationRetrieveResponseData,
    IntegrationRetrieveResponseDataListOperation as IntegrationRetrieveResponseDataListOperation,
    IntegrationRetrieveResponseDataWriteOperation as IntegrationRetrieveResponseDataWriteOperation,
    IntegrationRetrieveResponseDataWriteOperationIntegrationSpecificFields as IntegrationRetrieveResponseDataWriteOperationIntegrationSpecificFields,
)

__all__ = [
    "IntegrationRetrieveResponse",
    "IntegrationRetrieveResponseData",
    "IntegrationRetrieveResponseDataListOperation",
    "IntegrationRetrieveResponseDataWriteOperation",
    "IntegrationRetrieveResponseDataWriteOperationIntegrationSpecificFields",
]
