// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.sandbox.simulate.orders against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("sandbox.simulate.orders.fulfill", async () => {
  const call = client.sandbox.simulate.orders.fulfill("order_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
