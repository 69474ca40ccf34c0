"""Types of `client.sandbox.simulate.orders`: responses, request bodies and filters."""

from __future__ import annotations

__all__: list[str] = []
