"""Tests for `client.integrations`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestIntegrations:
    def test_method_list(self, client: Trackstar) -> None:
        result = client.integrations.list("wms")
        assert_matches_return(client.integrations.list, result)

    def test_method_list_under_type(self, client: Trackstar) -> None:
        result = client.integrations.list_under_type("wms")
        assert_matches_return(client.integrations.list_under_type, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.integrations.retrieve("wms", "example_integration_name")
        assert_matches_return(client.integrations.retrieve, result)

    def test_method_retrieve_under_type(self, client: Trackstar) -> None:
        result = client.integrations.retrieve_under_type("wms", "example_integration_name")
        assert_matches_return(client.integrations.retrieve_under_type, result)


class TestAsyncIntegrations:
    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.integrations.list("wms")
        assert_matches_return(async_client.integrations.list, result)

    @pytest.mark.anyio
    async def test_method_list_under_type(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.integrations.list_under_type("wms")
        assert_matches_return(async_client.integrations.list_under_type, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.integrations.retrieve("wms", "example_integration_name")
        assert_matches_return(async_client.integrations.retrieve, result)

    @pytest.mark.anyio
    async def test_method_retrieve_under_type(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.integrations.retrieve_under_type(
            "wms",
            "example_integration_name",
        )
        assert_matches_return(async_client.integrations.retrieve_under_type, result)
