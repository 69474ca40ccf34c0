"""A folder of results keyed by a hash of their inputs (models, formatted modules, parsed specs)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class Cache:
    """A folder of results keyed by a hash of their inputs; `None` disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    @staticmethod
    def key(*parts: str) -> str:
        digest = hashlib.sha256()
        for part in parts:
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()

    def get(self, kind: str, key: str) -> str | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / kind / key).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def put(self, kind: str, key: str, value: str) -> None:
        if self.folder is None:
            return
        target = self.folder / kind / key
        target.parent.mkdir(parents=True, exist_ok=True)
        # A unique temporary name: worker processes may store the same key at once.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=key[:16], suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(value)
        os.replace(tmp, target)
