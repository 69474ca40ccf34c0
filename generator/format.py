"""Format: black in-process, with formatted output cached by content hash."""

from __future__ import annotations

import hashlib
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

BLACK_VERSION = version("black")
LINE_LENGTH = 100


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


def format_key(source: str) -> str:
    return Cache.key(BLACK_VERSION, str(LINE_LENGTH), source)


def format_python(source: str, cache: Cache, name: str) -> str:
    key = format_key(source)
    cached = cache.get("black", key)
    if cached is not None:
        return cached
    # black is imported on a cache miss only: a regeneration with nothing changed never needs it.
    from black import Mode, format_str
    from black.mode import TargetVersion
    from black.parsing import InvalidInput

    try:
        formatted = format_str(source, mode=Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH))
    except InvalidInput as exc:
        # A template produced invalid Python: a generator bug, reported with the file it hit.
        raise RuntimeError(f"generated {name} is not valid Python: {exc}") from exc
    cache.put("black", key, formatted)
    return formatted
