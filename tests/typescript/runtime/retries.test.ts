// Retries and write safety, case by case, counting what reached the server (and what the client
// attempted, through a counting fetch over the real network).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  NotImplementedForIntegrationError,
  RateLimitError,
  UncertainWriteConnectionError,
  UncertainWriteServerError,
  UncertainWriteTimeoutError,
  UnprocessableEntityError,
  WriteMayHaveBeenAppliedError,
} from "../../../generator/targets/typescript/runtime/index.js";
import {
  OPS,
  Server,
  closedPort,
  countingFetch,
  fail,
  json,
  rejection,
} from "./helpers.js";

// retry-after: 0 makes status retries immediate; the backoff itself is timed in its own test.
const NOW = { "retry-after": "0" };
let server: Server;

before(async () => {
  server = await Server.start();
});
after(async () => {
  await server.close();
});

async function fresh(): Promise<Server> {
  return Server.start();
}

test("GET retries 503 then succeeds: 3 requests", async () => {
  const s = await fresh();
  await s.route(
    "GET",
    "/wms/orders/o1",
    fail(503, NOW),
    fail(503, NOW),
    json(200, { data: { id: "o1" } }),
  );
  const { data, response } = await s
    .client()
    .call<{ data: { id: string } }>(OPS.retrieve, ["o1"])
    .withResponse();
  assert.equal(data.data.id, "o1");
  assert.equal(response.status, 200);
  assert.equal(await s.count(), 3);
  await s.close();
});

test("GET gives up after maxRetries (default 2): InternalServerError, 3 requests", async () => {
  const s = await fresh();
  await s.route("GET", "/wms/orders/o1", fail(503, NOW));
  const error = await rejection(s.client().call(OPS.retrieve, ["o1"]));
  assert.ok(error instanceof InternalServerError);
  assert.ok(
    !(error instanceof WriteMayHaveBeenAppliedError),
    "a GET is never an uncertain write",
  );
  assert.equal(error.status, 503);
  assert.equal(await s.count(), 3);
  await s.close();
});

test("maxRetries 0 per call and per client: 1 request", async () => {
  const s = await fresh();
  await s.route("GET", "/wms/orders/o1", fail(500, NOW));
  await rejection(
    s.client().call(OPS.retrieve, ["o1"], undefined, { maxRetries: 0 }),
  );
  assert.equal(await s.count(), 1);
  await rejection(s.client({ maxRetries: 0 }).call(OPS.retrieve, ["o1"]));
  assert.equal(await s.count(), 2);
  await rejection(
    s
      .client({ maxRetries: 0 })
      .call(OPS.retrieve, ["o1"], undefined, { maxRetries: 1 }),
  );
  assert.equal(await s.count(), 4);
  await s.close();
});

for (const status of [408, 409, 429, 500, 502, 504]) {
  test(`GET retries ${status}: 2 requests`, async () => {
    const s = await fresh();
    await s.route(
      "GET",
      "/wms/orders/o1",
      fail(status, NOW),
      json(200, { data: { id: "o1" } }),
    );
    await s.client().call(OPS.retrieve, ["o1"]);
    assert.equal(await s.count(), 2);
    await s.close();
  });
}

const NOT_RETRIED = [
  [400, BadRequestError],
  [404, NotFoundError],
  [422, UnprocessableEntityError],
  [501, NotImplementedForIntegrationError],
] as const;
for (const [status, Class] of NOT_RETRIED) {
  test(`GET does not retry ${status}: ${Class.name}, 1 request`, async () => {
    await server.route("GET", `/s${status}`, fail(status, NOW));
    const before = (await server.requests()).filter(
      (r) => r.path === `/s${status}`,
    ).length;
    const op = { ...OPS.integrations, path: `/s${status}` };
    const error = await rejection(server.client().call(op));
    assert.ok(
      error instanceof Class,
      `expected ${Class.name}, got ${String(error)}`,
    );
    const after = (await server.requests()).filter(
      (r) => r.path === `/s${status}`,
    ).length;
    assert.equal(after - before, 1);
  });
}

test("501 is NotImplementedForIntegrationError, not a server fault, with endpoint and integration", async () => {
  const s = await fresh();
  await s.route("GET", "/wms/orders/o1", {
    status: 501,
    json: {
      error: "Endpoint /wms/returns is not implemented for Acme WMS.",
      origin: "integration",
    },
  });
  const error = await rejection(s.client().call(OPS.retrieve, ["o1"]));
  assert.ok(error instanceof NotImplementedForIntegrationError);
  assert.ok(!(error instanceof InternalServerError));
  assert.equal(error.status, 501);
  assert.equal(error.endpoint, "/wms/returns");
  assert.equal(error.integration, "Acme WMS");
  assert.equal(error.origin, "integration");
  assert.equal(await s.count(), 1);
  // A write answered 501 is not an uncertain write either: nothing was done.
  await s.route("POST", "/wms/orders", {
    status: 501,
    json: { error: "nope" },
  });
  const write = await rejection(
    s.client().call(OPS.create, [], { warehouse_id: "w" }),
  );
  assert.ok(write instanceof NotImplementedForIntegrationError);
  assert.ok(!(write instanceof WriteMayHaveBeenAppliedError));
  await s.close();
});

test("GET retries a connection reset: 2 requests", async () => {
  const s = await fresh();
  await s.route(
    "GET",
    "/wms/orders/o1",
    { reset: true },
    json(200, { data: { id: "o1" } }),
  );
  await s.client().call(OPS.retrieve, ["o1"]);
  assert.equal(await s.count(), 2);
  await s.close();
});

test("PUT and DELETE retry 5xx and resets like GET", async () => {
  const s = await fresh();
  await s.route(
    "PUT",
    "/wms/orders/o1/cancel",
    fail(500, NOW),
    json(200, { ok: true }),
  );
  await s.route(
    "DELETE",
    "/wms/orders/o1",
    { reset: true },
    json(200, { ok: true }),
  );
  await s.client().call(OPS.cancel, ["o1"]);
  await s.client().call(OPS.remove, ["o1"]);
  const requests = await s.requests();
  assert.equal(requests.filter((r) => r.method === "PUT").length, 2);
  assert.equal(requests.filter((r) => r.method === "DELETE").length, 2);
  await s.close();
});

test("POST 503 is not retried: UncertainWriteServerError, 1 request", async () => {
  const s = await fresh();
  await s.route("POST", "/wms/orders", fail(503, NOW), json(201, { id: "o1" }));
  const error = await rejection(
    s.client().call(OPS.create, [], { warehouse_id: "w1" }),
  );
  assert.ok(error instanceof UncertainWriteServerError);
  assert.ok(error instanceof WriteMayHaveBeenAppliedError);
  assert.ok(error instanceof InternalServerError);
  assert.ok(error instanceof APIError);
  assert.equal(error.status, 503);
  assert.equal(error.method, "POST");
  assert.equal(error.url, `${s.url}/wms/orders`);
  assert.equal(error.retriesTaken, 0);
  assert.match(error.message, /may have been applied/);
  const requests = await s.requests();
  assert.equal(requests.length, 1);
  assert.equal(error.idempotencyKey, requests[0]?.headers["idempotency-key"]);
  assert.equal(error.requestId, requests[0]?.request_id);
  await s.close();
});

test("PATCH 500 is not retried either; PATCH 429 is", async () => {
  const s = await fresh();
  await s.route(
    "PATCH",
    "/wms/orders/o1",
    fail(500, NOW),
    fail(429, NOW),
    json(200, {}),
  );
  const error = await rejection(
    s.client().call(OPS.update, ["o1"], { order_number: "n" }),
  );
  assert.ok(error instanceof UncertainWriteServerError);
  assert.equal(await s.count(), 1);
  await s.client().call(OPS.update, ["o1"], { order_number: "n" }); // 429 then 200
  assert.equal(await s.count(), 3);
  await s.close();
});

test("POST 429 is retried with the same idempotency key: 2 requests", async () => {
  const s = await fresh();
  await s.route("POST", "/wms/orders", fail(429, NOW), json(201, { id: "o1" }));
  await s.client().call(OPS.create, [], { warehouse_id: "w1" });
  const requests = await s.requests();
  assert.equal(requests.length, 2);
  const keys = requests.map((r) => r.headers["idempotency-key"]);
  assert.ok(keys[0] && /^[0-9a-f-]{32,36}$/.test(keys[0]));
  assert.equal(keys[0], keys[1]);
  // Another call is another key.
  await s.client().call(OPS.create, [], { warehouse_id: "w1" });
  const third = (await s.requests())[2];
  assert.notEqual(third?.headers["idempotency-key"], keys[0]);
  // Reads carry none.
  await s.route("GET", "/wms/orders/o1", json(200, {}));
  await s.client().call(OPS.retrieve, ["o1"]);
  assert.equal((await s.requests())[3]?.headers["idempotency-key"], undefined);
  await s.close();
});

test("POST whose connection is reset after sending: UncertainWriteConnectionError, 1 request", async () => {
  const s = await fresh();
  await s.route(
    "POST",
    "/wms/orders",
    { reset: true },
    json(201, { id: "o1" }),
  );
  const error = await rejection(
    s.client().call(OPS.create, [], { warehouse_id: "w1" }),
  );
  assert.ok(error instanceof UncertainWriteConnectionError);
  assert.ok(error instanceof APIConnectionError);
  assert.ok(error instanceof WriteMayHaveBeenAppliedError);
  assert.equal(error.status, undefined);
  assert.equal(await s.count(), 1);
  await s.close();
});

test("POST that times out: UncertainWriteTimeoutError, 1 request", async () => {
  const s = await fresh();
  await s.route("POST", "/wms/orders", { status: 201, json: {}, delay: 1.5 });
  const started = Date.now();
  const error = await rejection(
    s.client().call(OPS.create, [], { warehouse_id: "w1" }, { timeout: 200 }),
  );
  assert.ok(error instanceof UncertainWriteTimeoutError, String(error));
  assert.ok(error instanceof WriteMayHaveBeenAppliedError);
  assert.ok(
    Date.now() - started < 1200,
    "the timeout, not the server, ended the call",
  );
  assert.equal(await s.count(), 1);
  await s.close();
});

test("retryWrites (per call or per client) and idempotent operations retry a POST like a PUT", async () => {
  const s = await fresh();
  await s.route("POST", "/wms/orders", fail(503, NOW), json(201, { id: "o1" }));
  await s
    .client()
    .call(OPS.create, [], { warehouse_id: "w" }, { retryWrites: true });
  assert.equal(await s.count(), 2);
  await s.route(
    "POST",
    "/wms/orders",
    { reset: true },
    json(201, { id: "o1" }),
  );
  await s
    .client({ retryWrites: true })
    .call(OPS.create, [], { warehouse_id: "w" });
  assert.equal(await s.count(), 4);
  await s.route(
    "POST",
    "/wms/shipments",
    fail(502, NOW),
    json(201, { id: "s1" }),
  );
  await s.client().call(OPS.createIdempotent, [], { order_id: "o1" });
  assert.equal(await s.count(), 6);
  // Exhausted retries of a write that may apply twice still say so.
  await s.route("POST", "/wms/orders", fail(503, NOW));
  const error = await rejection(
    s
      .client()
      .call(OPS.create, [], { warehouse_id: "w" }, { retryWrites: true }),
  );
  assert.ok(error instanceof UncertainWriteServerError);
  assert.equal(error.retriesTaken, 2);
  assert.equal(await s.count(), 9);
  await s.close();
});

test("POST refused (nothing listening) is retried: the server, up a moment later, gets it once", async () => {
  const late = await Server.start({ startIn: 0.2 }); // the port is reserved, the server starts later
  const counting = countingFetch();
  const client = late.client({ fetch: counting.fetch });
  const pending = client
    .call(OPS.create, [], { warehouse_id: "w1" })
    .then(() => "ok");
  // The first attempt is refused at once; the retry (after 0.375-0.5 s) finds the server, whose
  // route this call scripts as soon as it is up.
  await late.route("POST", "/wms/orders", json(201, { id: "o1" }));
  assert.equal(await pending, "ok");
  assert.equal(counting.calls(), 2, "one refused attempt, one accepted");
  assert.equal(await late.count(), 1, "the server saw the write exactly once");
  await late.close();
});

test("POST refused on every attempt: APIConnectionError, not an uncertain write", async () => {
  const port = await closedPort();
  const counting = countingFetch();
  const client = new Server("x", `http://127.0.0.1:${port}`, port).client({
    fetch: counting.fetch,
    maxRetries: 1,
  });
  const error = await rejection(
    client.call(OPS.create, [], { warehouse_id: "w1" }),
  );
  assert.ok(error instanceof APIConnectionError, String(error));
  assert.ok(!(error instanceof WriteMayHaveBeenAppliedError));
  assert.match(error.message, /ECONNREFUSED/);
  assert.equal(counting.calls(), 2);
});

test("backoff without retry-after: 0.375-0.5 s, then 0.75-1.0 s", async () => {
  const s = await fresh();
  await s.route("GET", "/wms/orders/o1", fail(503), fail(503), json(200, {}));
  await s.client().call(OPS.retrieve, ["o1"]);
  const times = (await s.requests()).map((r) => r.time);
  assert.equal(times.length, 3);
  const [t0 = 0, t1 = 0, t2 = 0] = times;
  const first = t1 - t0;
  const second = t2 - t1;
  assert.ok(first >= 0.37 && first < 0.5 + 0.25, `first gap ${first}`);
  assert.ok(second >= 0.74 && second < 1.0 + 0.25, `second gap ${second}`);
  await s.close();
});

test("retry-after is honoured in seconds and as an HTTP date; one over 60 s is not", async () => {
  const s = await fresh();
  // Second precision, 3 s from now: after the first retry 1.4-2.4 s remain.
  const date = new Date(Date.now() + 3000).toUTCString();
  await s.route(
    "GET",
    "/wms/orders/o1",
    fail(503, { "retry-after": "0.6" }),
    fail(503, { "retry-after": date }),
    fail(503, { "retry-after": "120" }),
    json(200, {}),
  );
  await s.client({ maxRetries: 3 }).call(OPS.retrieve, ["o1"]);
  const [t0 = 0, t1 = 0, t2 = 0, t3 = 0] = (await s.requests()).map(
    (r) => r.time,
  );
  assert.ok(t1 - t0 >= 0.59 && t1 - t0 < 0.9, `retry-after 0.6 s: ${t1 - t0}`);
  assert.ok(t2 - t1 >= 1.0 && t2 - t1 < 2.8, `retry-after date: ${t2 - t1}`);
  // The third retry backs off 0.5 * 2**2 s with jitter: 1.5-2.0 s.
  assert.ok(
    t3 - t2 >= 1.49 && t3 - t2 < 2.4,
    `retry-after 120 ignored, backoff used: ${t3 - t2}`,
  );
  await s.close();
});

test("a 429 that runs out of retries is a RateLimitError with retryAfter", async () => {
  const s = await fresh();
  await s.route("GET", "/wms/orders/o1", fail(429, { "retry-after": "0" }));
  const error = await rejection(
    s.client({ maxRetries: 1 }).call(OPS.retrieve, ["o1"]),
  );
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 0);
  assert.equal(await s.count(), 2);
  await s.close();
});

test("409 on a GET is a ConflictError after the retries", async () => {
  const s = await fresh();
  await s.route("GET", "/wms/orders/o1", fail(409, NOW));
  const error = await rejection(s.client().call(OPS.retrieve, ["o1"]));
  assert.ok(error instanceof ConflictError);
  assert.equal(await s.count(), 3);
  await s.close();
});

test("an aborted signal stops the call and its retries: APIUserAbortError", async () => {
  const s = await fresh();
  await s.route("GET", "/wms/orders/o1", fail(503)); // backoff ~0.4 s between attempts
  const controller = new AbortController();
  const pending = rejection(
    s
      .client()
      .call(OPS.retrieve, ["o1"], undefined, { signal: controller.signal }),
  );
  setTimeout(() => controller.abort(), 150);
  const error = await pending;
  assert.ok(error instanceof APIUserAbortError, String(error));
  assert.equal(await s.count(), 1);
  const slow = await fresh();
  await slow.route("GET", "/wms/orders/o1", {
    status: 200,
    json: {},
    delay: 2,
  });
  const again = new AbortController();
  const started = Date.now();
  const inFlight = rejection(
    slow
      .client()
      .call(OPS.retrieve, ["o1"], undefined, { signal: again.signal }),
  );
  setTimeout(() => again.abort(), 100);
  assert.ok((await inFlight) instanceof APIUserAbortError);
  assert.ok(Date.now() - started < 1500);
  await slow.close();
  await s.close();
});
