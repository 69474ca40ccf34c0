"""Shared paths and fixtures. Upstream material is read from ../shared/trackstar and never copied."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared" / "trackstar").resolve()
OPENAPI_DIR = SHARED / "openapi"
CURRENT_DOCUMENT = OPENAPI_DIR / "2025-10-13_12ae462.json"
POSTMAN = SHARED / "postman.json"
SPECS = REPO / "specs"
GENERATED = REPO / "generated"
GENERATED_PYTHON = GENERATED / "python"


def shared(path: Path) -> Path:
    """Upstream material must be present: a missing ../shared fails loudly, never skips."""
    if not path.exists():
        pytest.fail(f"{path} is missing: tests need ../shared/trackstar beside the repository", pytrace=False)
    return path


@pytest.fixture(scope="session")
def trackstar_package() -> object:
    """The committed generated SDK, imported from generated/python."""
    if str(GENERATED_PYTHON) not in sys.path:
        sys.path.insert(0, str(GENERATED_PYTHON))
    import trackstar

    return trackstar
