"""Tests for `client.shop.widgets`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestShopWidgets:
    def test_method_attach(self, client: Trackstar) -> None:
        result = client.shop.widgets.attach(
            "widget_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
        )
        assert_matches_return(client.shop.widgets.attach, result)

    def test_method_attach_with_all_params(self, client: Trackstar) -> None:
        result = client.shop.widgets.attach(
            "widget_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
            label="example",
        )
        assert_matches_return(client.shop.widgets.attach, result)

    def test_method_create(self, client: Trackstar) -> None:
        result = client.shop.widgets.create(name="example")
        assert_matches_return(client.shop.widgets.create, result)

    def test_method_create_with_all_params(self, client: Trackstar) -> None:
        result = client.shop.widgets.create(
            name="example",
            parts=[{"sku": "example"}],
            type="small",
        )
        assert_matches_return(client.shop.widgets.create, result)

    def test_method_list(self, client: Trackstar) -> None:
        result = client.shop.widgets.list(limit=10)
        assert_matches_return(client.shop.widgets.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.shop.widgets.list(
            limit=1,
            colour={"eq": "red", "in": ["red"], "nin": ["red"]},
            created_date={
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
            },
            ids={"in": ["example"]},
            name={"eq": "example", "eq-insensitive": "example", "contains": "example"},
            page_token="example",
        )
        assert_matches_return(client.shop.widgets.list, result)

    def test_method_retrieve(self, client: Trackstar) -> None:
        result = client.shop.widgets.retrieve("widget_123")
        assert_matches_return(client.shop.widgets.retrieve, result)


class TestAsyncShopWidgets:
    @pytest.mark.anyio
    async def test_method_attach(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.shop.widgets.attach(
            "widget_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
        )
        assert_matches_return(async_client.shop.widgets.attach, result)

    @pytest.mark.anyio
    async def test_method_attach_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.shop.widgets.attach(
            "widget_123",
            file=("label.pdf", b"%PDF-1.4 example", "application/pdf"),
            label="example",
        )
        assert_matches_return(async_client.shop.widgets.attach, result)

    @pytest.mark.anyio
    async def test_method_create(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.shop.widgets.create(name="example")
        assert_matches_return(async_client.shop.widgets.create, result)

    @pytest.mark.anyio
    async def test_method_create_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.shop.widgets.create(
            name="example",
            parts=[{"sku": "example"}],
            type="small",
        )
        assert_matches_return(async_client.shop.widgets.create, result)

    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.shop.widgets.list(limit=10)
        assert_matches_return(async_client.shop.widgets.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.shop.widgets.list(
            limit=1,
            colour={"eq": "red", "in": ["red"], "nin": ["red"]},
            created_date={
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
            },
            ids={"in": ["example"]},
            name={"eq": "example", "eq-insensitive": "example", "contains": "example"},
            page_token="example",
        )
        assert_matches_return(async_client.shop.widgets.list, result)

    @pytest.mark.anyio
    async def test_method_retrieve(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.shop.widgets.retrieve("widget_123")
        assert_matches_return(async_client.shop.widgets.retrieve, result)
