// Generated from specs/ by the Trackstar SDK generator: do not edit.

/** Every `METHOD /path` of the API mapped to the client method that calls it. */
export const OPERATIONS = {
  "GET /cart/orders": "cart.orders.list",
  "GET /cart/orders/{order_id}": "cart.orders.retrieve",
  "POST /cart/orders/{order_id}/shipments": "cart.orders.shipments.create",
  "POST /cart/passthrough": "cart.passthrough",
  "GET /cart/products": "cart.products.list",
  "GET /cart/products/{product_id}": "cart.products.retrieve",
  "PUT /cart/products/{product_id}/adjust-inventory":
    "cart.products.adjust_inventory",
  "GET /cart/warehouses": "cart.warehouses.list",
  "GET /cart/warehouses/{warehouse_id}": "cart.warehouses.retrieve",
  "DELETE /connections": "connections.delete",
  "GET /connections": "connections.list",
  "PATCH /connections": "connections.update",
  "POST /connections/sync": "connections.sync",
  "GET /connections/{connection_id}": "connections.retrieve",
  "GET /freight/shipments": "freight.shipments.list",
  "GET /freight/shipments/{shipment_id}": "freight.shipments.retrieve",
  "GET /integrations/{integration_type}": "integrations.list",
  "GET /integrations/{integration_type}/{integration_name}":
    "integrations.retrieve",
  "POST /link/exchange": "link.exchange.create",
  "POST /link/token": "link.token.create",
  "GET /magic-links": "magic_links.list",
  "POST /magic-links": "magic_links.create",
  "DELETE /magic-links/{magic_link_id}": "magic_links.delete",
  "GET /magic-links/{magic_link_id}": "magic_links.retrieve",
  "POST /sandbox/generate-sandbox/{integration_type}": "sandbox.generate",
  "PUT /sandbox/simulate/orders/{order_id}/fulfill":
    "sandbox.simulate.orders.fulfill",
  "GET /wms/billing": "wms.billing.list",
  "GET /wms/billing/{bill_id}": "wms.billing.retrieve",
  "GET /wms/inbound-shipments": "wms.inbound_shipments.list",
  "POST /wms/inbound-shipments": "wms.inbound_shipments.create",
  "GET /wms/inbound-shipments/suppliers":
    "wms.inbound_shipments.suppliers.list",
  "GET /wms/inbound-shipments/{inbound_shipment_id}":
    "wms.inbound_shipments.retrieve",
  "PUT /wms/inbound-shipments/{inbound_shipment_id}":
    "wms.inbound_shipments.update",
  "PUT /wms/inbound-shipments/{inbound_shipment_id}/receive":
    "wms.inbound_shipments.receive",
  "PUT /wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags":
    "wms.inbound_shipments.add_trackstar_tags",
  "GET /wms/inventory": "wms.inventory.list",
  "GET /wms/inventory/ledger": "wms.inventory.ledger.list",
  "GET /wms/inventory/{inventory_id}": "wms.inventory.retrieve",
  "PUT /wms/inventory/{inventory_id}/adjust": "wms.inventory.adjust",
  "PUT /wms/inventory/{inventory_id}/trackstar-tags":
    "wms.inventory.add_trackstar_tags",
  "POST /wms/kits": "wms.kits.create",
  "GET /wms/kits/meta": "wms.kits.meta.retrieve",
  "GET /wms/kits/meta/{integration_name}":
    "wms.kits.meta.retrieve_for_integration",
  "PUT /wms/kits/{kit_id}": "wms.kits.update",
  "GET /wms/labor-activities": "wms.labor_activities.list",
  "GET /wms/labor-activities/{labor_activity_id}":
    "wms.labor_activities.retrieve",
  "GET /wms/orders": "wms.orders.list",
  "POST /wms/orders": "wms.orders.create",
  "GET /wms/orders/channels": "wms.orders.channels.list",
  "GET /wms/orders/meta": "wms.orders.meta.retrieve",
  "GET /wms/orders/meta/{integration_name}":
    "wms.orders.meta.retrieve_for_integration",
  "GET /wms/orders/{order_id}": "wms.orders.retrieve",
  "PUT /wms/orders/{order_id}": "wms.orders.update",
  "PUT /wms/orders/{order_id}/cancel": "wms.orders.cancel",
  "POST /wms/orders/{order_id}/file": "wms.orders.attach_file",
  "GET /wms/orders/{order_id}/packs": "wms.orders.packs.retrieve",
  "POST /wms/orders/{order_id}/shipments": "wms.orders.shipments.create",
  "PUT /wms/orders/{order_id}/trackstar-tags": "wms.orders.add_trackstar_tags",
  "POST /wms/passthrough": "wms.passthrough",
  "GET /wms/products": "wms.products.list",
  "POST /wms/products": "wms.products.create",
  "GET /wms/products/meta": "wms.products.meta.retrieve",
  "GET /wms/products/meta/{integration_name}":
    "wms.products.meta.retrieve_for_integration",
  "GET /wms/products/{product_id}": "wms.products.retrieve",
  "PUT /wms/products/{product_id}": "wms.products.update",
  "PUT /wms/products/{product_id}/trackstar-tags":
    "wms.products.add_trackstar_tags",
  "GET /wms/returns": "wms.returns.list",
  "POST /wms/returns": "wms.returns.create",
  "GET /wms/returns/meta": "wms.returns.meta.retrieve",
  "GET /wms/returns/meta/{integration_name}":
    "wms.returns.meta.retrieve_for_integration",
  "GET /wms/returns/{return_id}": "wms.returns.retrieve",
  "PUT /wms/returns/{return_id}": "wms.returns.update",
  "PUT /wms/returns/{return_id}/trackstar-tags":
    "wms.returns.add_trackstar_tags",
  "GET /wms/shipping-methods": "wms.shipping_methods.list",
  "GET /wms/shipping-methods/{shipping_method_id}":
    "wms.shipping_methods.retrieve",
  "GET /wms/warehouse-customers": "wms.warehouse_customers.list",
  "GET /wms/warehouse-customers/{warehouse_customer_id}":
    "wms.warehouse_customers.retrieve",
  "GET /wms/warehouses": "wms.warehouses.list",
  "GET /wms/warehouses/{warehouse_id}": "wms.warehouses.retrieve",
  "GET /wms/warehouses/{warehouse_id}/locations":
    "wms.warehouses.locations.list",
  "GET /wms/warehouses/{warehouse_id}/locations/{location_id}":
    "wms.warehouses.locations.retrieve",
  "PUT /wms/warehouses/{warehouse_id}/trackstar-tags":
    "wms.warehouses.add_trackstar_tags",
  "GET /{integration_type}/integrations": "integrations.list_under_type",
  "GET /{integration_type}/integrations/{integration_name}":
    "integrations.retrieve_under_type",
} as const;
