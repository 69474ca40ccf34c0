"""Types of `client.catalogue`: responses, request bodies and filters."""

from __future__ import annotations

__all__: list[str] = []
