"""Tests for `client.wms.orders.packs`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsOrdersPacks:
    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.orders.packs.retrieve("order_123")
        assert_matches_return(client.wms.orders.packs.retrieve, result)


class TestAsyncWmsOrdersPacks:
    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.orders.packs.retrieve("order_123")
        assert_matches_return(async_client.wms.orders.packs.retrieve, result)
