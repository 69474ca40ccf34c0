"""The targets a run renders, and what the pipeline asks of each.

A target is a module with the members of `Target`; the pipeline runs every one in `TARGETS`
on the same plan. A new language is one more sibling folder and one more entry here.
"""

from __future__ import annotations

from concurrent.futures import Executor
from pathlib import Path
from typing import Protocol

from generator.core.cache import Cache
from generator.core.plan import Plan
from generator.core.spec.model import Spec
from generator.targets.python import target as python
from generator.targets.typescript import target as typescript


class Target(Protocol):
    NAME: str  # its folder under generated/
    BUILTIN_TEMPLATES: Path  # the folder an override (`--templates DIR`) mirrors

    def warm_up(self) -> None:
        """Import what the target's slow stages need (runs in a worker process)."""

    def render(
        self, spec: Spec, plan: Plan, cache: Cache, template_dir: Path | None, pool: Executor | None
    ) -> dict[str, bytes]:
        """Every file the target writes (path under generated/ -> bytes)."""
        ...


TARGETS: tuple[Target, ...] = (python, typescript)
