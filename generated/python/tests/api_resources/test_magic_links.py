"""Tests for `client.magic_links`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestMagicLinks:
    def test_method_create(self, client: Trackstar) -> None:
        result = client.magic_links.create()
        assert_matches_return(client.magic_links.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.magic_links.create(
            connection_id="example",
            customer_id="example",
            integration_allow_list=["example"],
            integration_block_list=["example"],
            integration_type="wms",
            integrations_with_endpoints=["example"],
            link_duration=1,
        )
        assert_matches_return(client.magic_links.create, result)

    def test_method_delete(self, client: Trackstar) -> None:
        result = client.magic_links.delete("magic_link_123")
        assert_matches_return(client.magic_links.delete, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.magic_links.list()
        assert_matches_return(client.magic_links.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.magic_links.retrieve("magic_link_123")
        assert_matches_return(client.magic_links.retrieve, result)


class TestAsyncMagicLinks:
    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.magic_links.create()
        assert_matches_return(async_client.magic_links.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.magic_links.create(
            connection_id="example",
            customer_id="example",
            integration_allow_list=["example"],
            integration_block_list=["example"],
            integration_type="wms",
            integrations_with_endpoints=["example"],
            link_duration=1,
        )
        assert_matches_return(async_client.magic_links.create, result)

    @pytest.mark.anyio
    async def test_method_delete(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.magic_links.delete("magic_link_123")
        assert_matches_return(async_client.magic_links.delete, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.magic_links.list()
        assert_matches_return(async_client.magic_links.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.magic_links.retrieve("magic_link_123")
        assert_matches_return(async_client.magic_links.retrieve, result)
