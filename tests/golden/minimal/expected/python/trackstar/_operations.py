"""Every `METHOD /path` of the API mapped to the client method that calls it."""

from __future__ import annotations

__all__ = ["OPERATIONS"]

OPERATIONS: dict[str, str] = {
    "GET /catalogue/{kind}": "catalogue.list",
    "POST /shop/widgets": "shop.widgets.create",
    "GET /shop/widgets": "shop.widgets.list",
    "GET /shop/widgets/{widget_id}": "shop.widgets.retrieve",
    "PUT /shop/widgets/{widget_id}/attach": "shop.widgets.attach",
}
