"""Types of `client.sandbox`: responses, request bodies and filters."""

from __future__ import annotations

from trackstar.types._models.sandbox import (
    SandboxGenerateResponse as SandboxGenerateResponse,
)

__all__ = [
    "SandboxGenerateResponse",
]
