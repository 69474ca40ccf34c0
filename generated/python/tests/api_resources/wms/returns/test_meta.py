"""Tests for `client.wms.returns.meta`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsReturnsMeta:
    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.wms.returns.meta.retrieve(method="POST")
        assert_matches_return(client.wms.returns.meta.retrieve, result)

    def test_method_retrieve_for_integration(self, client: Trackstar) -> None:
        result = client.wms.returns.meta.retrieve_for_integration(
            "example_integration_name",
            method="POST",
        )
        assert_matches_return(client.wms.returns.meta.retrieve_for_integration, result)


class TestAsyncWmsReturnsMeta:
    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.meta.retrieve(method="POST")
        assert_matches_return(async_client.wms.returns.meta.retrieve, result)

    @pytest.mark.anyio
    async def test_method_retrieve_for_integration(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.returns.meta.retrieve_for_integration(
            "example_integration_name",
            method="POST",
        )
        assert_matches_return(async_client.wms.returns.meta.retrieve_for_integration, result)
