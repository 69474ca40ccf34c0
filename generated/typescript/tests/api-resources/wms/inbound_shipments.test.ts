// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.wms.inbound_shipments against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("wms.inbound_shipments.add_trackstar_tags", async () => {
  const call = client.wms.inbound_shipments.add_trackstar_tags(
    "inbound_shipment_123",
  );
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.inbound_shipments.create", async () => {
  const call = client.wms.inbound_shipments.create({
    expected_arrival_date: "2025-01-01T00:00:00Z",
    line_items: [{ expected_quantity: 1, sku: "string" }],
    purchase_order_number: "string",
    supplier: "string",
    supplier_object: { supplier_id: "string" },
    tracking_number: "string",
    warehouse_id: "string",
  });
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.inbound_shipments.list", async () => {
  const call = client.wms.inbound_shipments.list({
    limit: 10,
    created_date: {
      gte: new Date("2024-01-01T00:00:00Z"),
      lte: "2024-03-31T23:59:59Z",
    },
  });
  const page = await call;
  assert.ok(Array.isArray(page.data));
});

test("wms.inbound_shipments.receive", async () => {
  const call = client.wms.inbound_shipments.receive("inbound_shipment_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.inbound_shipments.retrieve", async () => {
  const call = client.wms.inbound_shipments.retrieve("inbound_shipment_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.inbound_shipments.update", async () => {
  const call = client.wms.inbound_shipments.update("inbound_shipment_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
