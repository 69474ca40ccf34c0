"""The facts the generator shares with the SDK runtime, read from the Python runtime's `_facts.py`.

That file is the one place each of them is stated (HTTP methods, the status -> exception table,
which filter operators take lists); the runtime imports it and so does the generator, by path,
since the runtime is not a package the generator can import.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

# The Python runtime executes this file as its `_facts.py`; the generator reads it by path.
_FACTS_FILE = Path(__file__).resolve().parents[1] / "targets" / "python" / "runtime" / "_facts.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_trackstar_runtime_facts", _FACTS_FILE)
    assert spec is not None and spec.loader is not None, _FACTS_FILE
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_facts = _load()

HTTP_METHODS: tuple[str, ...] = tuple(_facts.HTTP_METHODS)
READ_METHODS: frozenset[str] = frozenset(_facts.READ_METHODS)
WRITE_METHODS: frozenset[str] = frozenset(_facts.WRITE_METHODS)
IDEMPOTENT_METHODS: frozenset[str] = frozenset(_facts.IDEMPOTENT_METHODS)


def error_name(status: int) -> str:
    """The exception class the SDK raises for an HTTP status."""
    return str(_facts.error_name(status))


def is_list_operator(op: str) -> bool:
    """Whether a filter operator (`in`, `nin`, `in-insensitive`, ...) takes a list."""
    return bool(_facts.is_list_operator(op))
