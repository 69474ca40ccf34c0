// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every method of client.connections against a mock of the API (TEST_API_BASE_URL).
import assert from "node:assert/strict";
import { test } from "node:test";
import Trackstar from "trackstar-sdk";

const client = new Trackstar({
  baseURL: process.env["TEST_API_BASE_URL"] ?? "http://127.0.0.1:4010",
  accessToken: "test-access-token",
  apiKey: "test-api-key",
  maxRetries: 0,
});

test("connections.delete", async () => {
  const call = client.connections.delete();
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("connections.list", async () => {
  const call = client.connections.list();
  const page = await call;
  assert.ok(Array.isArray(page.data));
});

test("connections.retrieve", async () => {
  const call = client.connections.retrieve("connection_123");
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("connections.sync", async () => {
  const call = client.connections.sync();
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});

test("connections.update", async () => {
  const call = client.connections.update();
  const { data, response } = await call.withResponse();
  assert.ok(response.ok, String(response.status));
  assert.equal(typeof data, "object");
});
