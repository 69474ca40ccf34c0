// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.wms.orders against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("wms.orders.add_trackstar_tags", async () => {
  const call = client.wms.orders.add_trackstar_tags("order_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.orders.attach_file", async () => {
  const call = client.wms.orders.attach_file("order_123", {
    file: new Blob(["file content"], { type: "text/plain" }),
  });
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.orders.cancel", async () => {
  const call = client.wms.orders.cancel("order_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.orders.create", async () => {
  const call = client.wms.orders.create({
    channel: "string",
    channel_object: { channel_id: "string" },
    invoice_currency_code: "string",
    order_number: "string",
    reference_id: "string",
    service_level: "string",
    ship_to_address: {},
    shipping_method: "string",
    shipping_method_id: "string",
    total_discount: 1,
    total_price: 1,
    total_shipping: 1,
    total_tax: 1,
    trading_partner: "string",
    warehouse_customer_id: "string",
  });
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.orders.list", async () => {
  const call = client.wms.orders.list({
    limit: 10,
    created_date: {
      gte: new Date("2024-01-01T00:00:00Z"),
      lte: "2024-03-31T23:59:59Z",
    },
  });
  const page = await call;
  assert.ok(Array.isArray(page.data));
});

test("wms.orders.retrieve", async () => {
  const call = client.wms.orders.retrieve("order_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.orders.update", async () => {
  const call = client.wms.orders.update("order_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
