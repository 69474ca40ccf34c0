"""Models: `models` (responses, pydantic), `params` (request bodies, TypedDicts) and, for type
checkers only, `integrations` (per-integration variants of each write body)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import models, params

__all__ = ["models", "params"]


def __getattr__(name: str) -> Any:
    # Submodules load on first use so that importing one does not load the other.
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
