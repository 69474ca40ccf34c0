"""Tests for `client.sandbox`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestSandbox:
    def test_method_generate(self, client: Trackstar) -> None:
        result = client.sandbox.generate("example_integration_type")
        assert_matches_return(client.sandbox.generate, result)


class TestAsyncSandbox:
    @pytest.mark.anyio
    async def test_method_generate(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.sandbox.generate("example_integration_type")
        assert_matches_return(async_client.sandbox.generate, result)
