"""One frozen configuration object for a generator run (black's `Mode` is the model).

The constants the stages used to keep for themselves live here, so that what a run can be tuned
by is written down once and cannot change halfway through it.
"""

from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class Config:
    # Integration variants type larger enums (900 carrier service codes) as plain strings.
    max_variant_enum: int = 100
    # A run forks worker processes for datamodel-code-generator and black when specs/models.json
    # is at least this large (the real API's is 760 KiB; a small API is faster in one process).
    parallel_models_bytes: int = 256 * 1024
    changelog_file: str = "CHANGELOG.md"  # written by update-spec, shipped with the SDK

CONFIG = Config()
