// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.integrations against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("integrations.list", async () => {
  const call = client.integrations.list("wms");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("integrations.list_under_type", async () => {
  const call = client.integrations.list_under_type("wms");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("integrations.retrieve", async () => {
  const call = client.integrations.retrieve("wms", "example_integration_name");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("integrations.retrieve_under_type", async () => {
  const call = client.integrations.retrieve_under_type(
    "wms",
    "example_integration_name",
  );
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
