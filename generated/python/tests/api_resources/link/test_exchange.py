"""Tests for `client.link.exchange`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestLinkExchange:
    def test_method_create(self, client: Trackstar) -> None:
        result = client.link.exchange.create(auth_code="example")
        assert_matches_return(client.link.exchange.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.link.exchange.create(auth_code="example", customer_id="example")
        assert_matches_return(client.link.exchange.create, result)


class TestAsyncLinkExchange:
    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.link.exchange.create(auth_code="example")
        assert_matches_return(async_client.link.exchange.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.link.exchange.create(auth_code="example", customer_id="example")
        assert_matches_return(async_client.link.exchange.create, result)
