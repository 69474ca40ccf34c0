"""Tests for `client.sandbox.simulate.orders`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestSandboxSimulateOrders:
    def test_method_fulfill(self, client: Trackstar) -> None:
        result = client.sandbox.simulate.orders.fulfill("order_123")
        assert_matches_return(client.sandbox.simulate.orders.fulfill, result)

    def test_method_fulfill_with_all_params(self, client: Trackstar) -> None:
        result = client.sandbox.simulate.orders.fulfill("order_123", partial=True)
        assert_matches_return(client.sandbox.simulate.orders.fulfill, result)


class TestAsyncSandboxSimulateOrders:
    @pytest.mark.anyio
    async def test_method_fulfill(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.sandbox.simulate.orders.fulfill("order_123")
        assert_matches_return(async_client.sandbox.simulate.orders.fulfill, result)

    @pytest.mark.anyio
    async def test_method_fulfill_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.sandbox.simulate.orders.fulfill("order_123", partial=True)
        assert_matches_return(async_client.sandbox.simulate.orders.fulfill, result)
