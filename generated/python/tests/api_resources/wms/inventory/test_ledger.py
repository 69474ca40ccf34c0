"""Tests for `client.wms.inventory.ledger`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestWmsInventoryLedger:
    def test_method_list(self, client: Trackstar) -> None:
        result = client.wms.inventory.ledger.list(limit=10)
        assert_matches_return(client.wms.inventory.ledger.list, result)

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        result = client.wms.inventory.ledger.list(
            limit=1,
            created_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            event_type={
                "eq": "adjustment",
                "neq": "adjustment",
                "in": ["adjustment"],
                "nin": ["adjustment"],
                "contains": "adjustment",
                "not_contains": "adjustment",
            },
            ids={"in": ["example"]},
            updated_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            warehouse_customer_id={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
            page_token="example",
        )
        assert_matches_return(client.wms.inventory.ledger.list, result)


class TestAsyncWmsInventoryLedger:
    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.ledger.list(limit=10)
        assert_matches_return(async_client.wms.inventory.ledger.list, result)

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        result = await async_client.wms.inventory.ledger.list(
            limit=1,
            created_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            event_type={
                "eq": "adjustment",
                "neq": "adjustment",
                "in": ["adjustment"],
                "nin": ["adjustment"],
                "contains": "adjustment",
                "not_contains": "adjustment",
            },
            ids={"in": ["example"]},
            updated_date={
                "eq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "neq": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "gte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lt": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "lte": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "in": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
                "nin": [datetime(2024, 1, 1, tzinfo=timezone.utc)],
            },
            warehouse_customer_id={
                "eq": "example",
                "neq": "example",
                "in": ["example"],
                "nin": ["example"],
                "contains": "example",
                "not_contains": "example",
            },
            page_token="example",
        )
        assert_matches_return(async_client.wms.inventory.ledger.list, result)
