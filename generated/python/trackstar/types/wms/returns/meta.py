"""Types of `client.wms.returns.meta`: responses, request bodies and filters."""

from __future__ import annotations

__all__: list[str] = []
