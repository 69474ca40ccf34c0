"""The `trackstar` logger: opt-in via TRACKSTAR_LOG, and header redaction so secrets never reach it."""

from __future__ import annotations

import logging
import os
from typing import Collection, Iterable, Mapping

from ._exceptions import REDACTED, redact

__all__ = ["logger", "LOG_ENV", "setup_logging", "redact_headers", "redact"]

LOG_ENV = "TRACKSTAR_LOG"
logger = logging.getLogger("trackstar")

# Always hidden, whatever the API's own auth headers are called.
_ALWAYS_SENSITIVE = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _TrackstarHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Marks the handler we add, so constructing many clients adds it only once."""


def setup_logging() -> None:
    """Apply TRACKSTAR_LOG=debug|info to the `trackstar` logger (called when a client is built)."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _TrackstarHandler) for handler in logger.handlers):
        handler = _TrackstarHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def redact_headers(
    headers: Iterable[tuple[str, str]] | Mapping[str, str],
    sensitive: Collection[str] = (),
    secrets: Iterable[str] = (),
) -> dict[str, str]:
    """A loggable copy of `headers`: sensitive names and any header holding a secret are hidden."""
    names = {name.lower() for name in sensitive} | _ALWAYS_SENSITIVE
    secret_values = [secret for secret in secrets if secret]
    items = headers.items() if isinstance(headers, Mapping) else headers
    safe: dict[str, str] = {}
    for name, value in items:
        if name.lower() in names:
            safe[name] = REDACTED
        else:
            safe[name] = redact(value, secret_values)
    return safe
