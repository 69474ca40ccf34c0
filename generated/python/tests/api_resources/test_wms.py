"""Tests for `client.wms`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWms:
    def test_method_passthrough(self, client: Trackstar) -> None:
        result = client.wms.passthrough(method="GET", path="example")
        assert_matches_return(client.wms.passthrough, result)

    def test_method_passthrough_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.passthrough(
            method="GET",
            path="example",
            data={},
            headers={},
            params={},
        )
        assert_matches_return(client.wms.passthrough, result)


class TestAsyncWms:
    @pytest.mark.anyio
    async def test_method_passthrough(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.passthrough(method="GET", path="example")
        assert_matches_return(async_client.wms.passthrough, result)

    @pytest.mark.anyio
    async def test_method_passthrough_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.passthrough(
            method="GET",
            path="example",
            data={},
            headers={},
            params={},
        )
        assert_matches_return(async_client.wms.passthrough, result)
