"""Clients for the tests, talking to the mock server at `TEST_API_BASE_URL`."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from trackstar import AsyncTrackstar, Trackstar

# Prism's default address; CI starts it there (see .github/workflows/ci.yml and CONTRIBUTING.md).
BASE_URL = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def client() -> Iterator[Trackstar]:
    # No retries and no client-side rate limit: every call is one exchange with the mock.
    with Trackstar(
        access_token="test-access_token",
        api_key="test-api_key",
        base_url=BASE_URL,
        max_retries=0,
        rate_limits=False,
    ) as sync_client:
        yield sync_client


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncTrackstar]:
    async with AsyncTrackstar(
        access_token="test-access_token",
        api_key="test-api_key",
        base_url=BASE_URL,
        max_retries=0,
        rate_limits=False,
    ) as aclient:
        yield aclient
