// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.cart.products against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("cart.products.adjust_inventory", async () => {
  const call = client.cart.products.adjust_inventory("product_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("cart.products.list", async () => {
  const call = client.cart.products.list({
    limit: 10,
    created_date: {
      gte: new Date("2024-01-01T00:00:00Z"),
      lte: "2024-03-31T23:59:59Z",
    },
  });
  const page = await call;
  assert.ok(Array.isArray(page.data));
});

test("cart.products.retrieve", async () => {
  const call = client.cart.products.retrieve("product_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
