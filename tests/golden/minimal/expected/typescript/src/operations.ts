// Generated from specs/ by the Trackstar SDK generator: do not edit.

/** Every `METHOD /path` of the API mapped to the client method that calls it. */
export const OPERATIONS = {
  "GET /catalogue/{kind}": "catalogue.list",
  "GET /shop/widgets": "shop.widgets.list",
  "POST /shop/widgets": "shop.widgets.create",
  "GET /shop/widgets/{widget_id}": "shop.widgets.retrieve",
  "PUT /shop/widgets/{widget_id}/attach": "shop.widgets.attach",
} as const;
