"""Tests for `client.catalogue`: each method with only its required arguments and with all of them, sync and async."""

from __future__ import annotations

from datetime import date

import pytest

from trackstar import AsyncTrackstar, Trackstar
from tests.utils import assert_matches_return


class TestCatalogue:
    def test_method_list(self, client: Trackstar) -> None:
        client.catalogue.list("a", from_="example")

    def test_method_list_with_all_params(self, client: Trackstar) -> None:
        client.catalogue.list("a", from_=date(2024, 1, 1))


class TestAsyncCatalogue:
    @pytest.mark.anyio
    async def test_method_list(self, async_client: AsyncTrackstar) -> None:
        await async_client.catalogue.list("a", from_="example")

    @pytest.mark.anyio
    async def test_method_list_with_all_params(self, async_client: AsyncTrackstar) -> None:
        await async_client.catalogue.list("a", from_=date(2024, 1, 1))
