"""Fixtures for the contract tests: upstream Trackstar material and a Prism mock server.

The upstream material (OpenAPI document, Postman collection) is never copied into this
repository; it is read from ``../shared/trackstar/`` next to the repository root. If that folder
is missing the tests FAIL (they do not skip): a contract test that silently does not run is worse
than a red one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:  # tests/contract imported as a package
    from . import prism as prism_helper
    from .repairs import repair_document
except ImportError:  # pytest's default rootdir-relative import (no __init__.py)
    import prism as prism_helper  # type: ignore[no-redef]
    from repairs import repair_document  # type: ignore[no-redef]

REPO_ROOT = Path(__file__).resolve().parents[2]
UPSTREAM_DIR = (REPO_ROOT / ".." / "shared" / "trackstar").resolve()
CURRENT_DOCUMENT = "2025-10-13_12ae462.json"

# Lines the contract tests want shown in pytest's terminal summary (e.g. "82/82 operations
# accepted"), visible without -s. Not collected from pytest-xdist workers.
_SUMMARY: list[str] = []


def _read_upstream_json(relative: str) -> dict[str, Any]:
    path = UPSTREAM_DIR / relative
    if not UPSTREAM_DIR.is_dir():
        pytest.fail(
            f"Upstream Trackstar material not found: {UPSTREAM_DIR} is missing. The contract tests "
            f"read the OpenAPI document and the Postman collection from ../shared/trackstar/ "
            f"relative to the repository root ({REPO_ROOT}).",
            pytrace=False,
        )
    if not path.is_file():
        pytest.fail(f"Upstream file missing: {path}", pytrace=False)
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@pytest.fixture(scope="session")
def upstream_document() -> dict[str, Any]:
    """The current upstream OpenAPI document, unmodified."""
    return _read_upstream_json(f"openapi/{CURRENT_DOCUMENT}")


@pytest.fixture(scope="session")
def postman_collection() -> dict[str, Any]:
    """The upstream Postman collection (one request per operation)."""
    return _read_upstream_json("postman.json")


@pytest.fixture(scope="session")
def repaired(upstream_document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``(repaired_document, repairs)``: see repairs.py and README.md."""
    return repair_document(upstream_document)


@pytest.fixture(scope="session")
def repaired_document(repaired: tuple[dict[str, Any], list[str]]) -> dict[str, Any]:
    return repaired[0]


@pytest.fixture(scope="session")
def prism_server(
    repaired_document: dict[str, Any],
) -> Iterator[prism_helper.PrismServer]:
    """Prism 5.16.0 mocking the repaired document, with ``--errors`` (invalid requests get 4xx)."""
    error: str | None = None
    try:
        with prism_helper.run_prism(repaired_document) as server:
            yield server
    except prism_helper.PrismError as exc:
        error = str(exc)
    if error is not None:
        pytest.fail(error, pytrace=False)


@pytest.fixture(scope="session")
def prism_base_url(prism_server: prism_helper.PrismServer) -> str:
    return prism_server.base_url


@pytest.fixture(scope="session")
def contract_summary() -> list[str]:
    """Append lines here to show them in the terminal summary."""
    return _SUMMARY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _SUMMARY:
        terminalreporter.section("contract tests")
        for line in _SUMMARY:
            terminalreporter.write_line(line)
