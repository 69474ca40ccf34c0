"""Models: `models` (responses, pydantic), `params` (request bodies, TypedDicts) and, for type
checkers only, `integrations` (per-integration variants of each write body)."""

from __future__ import annotations

from . import models, params

__all__ = ["models", "params"]
