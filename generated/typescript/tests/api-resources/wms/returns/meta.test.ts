// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.wms.returns.meta against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("wms.returns.meta.retrieve", async () => {
  const call = client.wms.returns.meta.retrieve({ method: "POST" });
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("wms.returns.meta.retrieve_for_integration", async () => {
  const call = client.wms.returns.meta.retrieve_for_integration(
    "example_integration_name",
    { method: "POST" },
  );
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
