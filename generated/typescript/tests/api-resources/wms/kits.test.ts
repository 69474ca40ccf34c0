// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.wms.kits against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("wms.kits.create", async () => {
  const call = client.wms.kits.create({
    gtin: "string",
    inventory_items: [{ sku: "string", unit_quantity: 1 }],
    measurements: {
      height: 1,
      length: 1,
      unit: "cm",
      weight: 1,
      weight_unit: "kg",
      width: 1,
    },
    name: "string",
    sku: "string",
  });
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.kits.update", async () => {
  const call = client.wms.kits.update("kit_123", {
    inventory_items: [{ sku: "string", unit_quantity: 1 }],
    sku: "string",
  });
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
