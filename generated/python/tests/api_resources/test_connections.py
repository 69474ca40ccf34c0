"""Tests for `client.connections`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestConnections:
    def test_method_delete(self, client: Trackstar) -> None:
        result = client.connections.delete()
        assert_matches_return(client.connections.delete, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.connections.list()
        assert_matches_return(client.connections.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.connections.list(page_token="example")
        assert_matches_return(client.connections.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.connections.retrieve("connection_123")
        assert_matches_return(client.connections.retrieve, result)

    def test_method_sync(self, client: Trackstar) -> None:
        result = client.connections.sync()
        assert_matches_return(client.connections.sync, result)

    def test_method_sync_with_all_params(self, client: Trackstar) -> None:
        result = client.connections.sync(functions_to_sync=["get_inventory"])
        assert_matches_return(client.connections.sync, result)

    def test_method_update(self, client: Trackstar) -> None:
        result = client.connections.update()
        assert_matches_return(client.connections.update, result)

    def test_method_update_with_all_params(self, client: Trackstar) -> None:
        result = client.connections.update(customer_id="example", webhooks_disabled=True)
        assert_matches_return(client.connections.update, result)


class TestAsyncConnections:
    @pytest.mark.anyio
    async def test_method_delete(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.delete()
        assert_matches_return(async_client.connections.delete, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.list()
        assert_matches_return(async_client.connections.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.list(page_token="example")
        assert_matches_return(async_client.connections.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.retrieve("connection_123")
        assert_matches_return(async_client.connections.retrieve, result)

    @pytest.mark.anyio
    async def test_method_sync(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.sync()
        assert_matches_return(async_client.connections.sync, result)

    @pytest.mark.anyio
    async def test_method_sync_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.sync(functions_to_sync=["get_inventory"])
        assert_matches_return(async_client.connections.sync, result)

    @pytest.mark.anyio
    async def test_method_update(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.update()
        assert_matches_return(async_client.connections.update, result)

    @pytest.mark.anyio
    async def test_method_update_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.connections.update(
            customer_id="example",
            webhooks_disabled=True,
        )
        assert_matches_return(async_client.connections.update, result)
