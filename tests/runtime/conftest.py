"""Fixtures for the runtime tests: a fake APIConfig, the local fault server, fast retries, log capture."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT / "generator" / "targets" / "python", ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from runtime import _base_client, _ratelimit  # noqa: E402
from tests.servers.fault_server import FaultServer  # noqa: E402


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TRACKSTAR_API_KEY", "TRACKSTAR_ACCESS_TOKEN", "TRACKSTAR_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record retry delays instead of waiting them out (requests still go through real HTTP)."""
    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_base_client, "_sleep", fake_sleep)
    monkeypatch.setattr(_base_client, "_async_sleep", fake_async_sleep)
    return delays


@pytest.fixture
def all_logs() -> Iterator[list[str]]:
    """Every log record of every logger at DEBUG, formatted with its arguments."""
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Collect(level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    trackstar_level = logging.getLogger("trackstar").level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.getLogger("trackstar").setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        logging.getLogger("trackstar").setLevel(trackstar_level)


@pytest.fixture(autouse=True)
def _fresh_limiters() -> Iterator[None]:
    _ratelimit.clear_registry()
    yield
    _ratelimit.clear_registry()
