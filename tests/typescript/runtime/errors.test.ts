// Error classes and their fields, redaction of credentials, missing credentials, auth headers,
// timeouts, and clients derived with withAccessToken().

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  MissingCredentialError,
  PermissionDeniedError,
  REDACTED,
  SDKError,
  WriteMayHaveBeenAppliedError,
  errorMessage,
  redact,
} from "../../../generator/targets/typescript/runtime/index.js";
import {
  API_KEY,
  Demo,
  OPS,
  Server,
  closedPort,
  json,
  rejection,
} from "./helpers.js";

test("status errors carry status, headers, requestId, error, origin, body", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/o1", {
    status: 403,
    json: {
      error: "Forbidden for this connection",
      origin: "integration",
      extra: 1,
    },
    headers: { "x-extra": "1" },
  });
  const error = await rejection(s.client().call(OPS.retrieve, ["o1"]));
  assert.ok(error instanceof PermissionDeniedError);
  assert.ok(
    error instanceof APIError &&
      error instanceof SDKError &&
      error instanceof Error,
  );
  assert.equal(error.name, "PermissionDeniedError");
  assert.equal(error.status, 403);
  assert.equal(error.headers?.get("x-extra"), "1");
  const [recorded] = await s.requests();
  assert.equal(error.requestId, recorded?.request_id);
  assert.equal(error.error, "Forbidden for this connection");
  assert.equal(error.origin, "integration");
  assert.deepEqual(error.body, {
    error: "Forbidden for this connection",
    origin: "integration",
    extra: 1,
  });
  assert.equal(
    error.message,
    `403 Forbidden: Forbidden for this connection [request id: ${recorded?.request_id}]`,
  );
  await s.close();
});

test("non-JSON error bodies: HTML and text become one-line messages; an unknown status is APIError", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/html", {
    status: 502,
    text: "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx &amp; co</p></body></html>",
    content_type: "text/html",
  });
  await s.route("GET", "/wms/orders/teapot", {
    status: 418,
    text: "I am a teapot",
  });
  const html = await rejection(
    s.client({ maxRetries: 0 }).call(OPS.retrieve, ["html"]),
  );
  assert.ok(html instanceof InternalServerError);
  assert.match(
    html.message,
    /^502 Bad Gateway: 502 Bad Gateway nginx & co \[request id: req_\d+\]$/,
  );
  const teapot = await rejection(s.client().call(OPS.retrieve, ["teapot"]));
  assert.ok(teapot instanceof APIError);
  assert.equal(teapot.constructor, APIError);
  assert.equal(teapot.status, 418);
  assert.equal(teapot.body, "I am a teapot");
  await s.close();
});

test("errorMessage: problem+json, message fields, empty and unrecognised bodies", () => {
  assert.equal(
    errorMessage({ title: "Bad Request", detail: "limit must be <= 100" }),
    "Bad Request: limit must be <= 100",
  );
  assert.equal(errorMessage({ message: "  spaced\n out " }), "spaced out");
  assert.equal(errorMessage({}), "");
  assert.equal(errorMessage(undefined), "");
  assert.match(
    errorMessage({ a: 1, b: 2 }),
    /^unrecognised error body, a JSON object with keys a, b: /,
  );
  assert.match(errorMessage([1, 2, 3]), /a JSON array of 3 items/);
  const long = errorMessage({ error: "x".repeat(1000) });
  assert.equal(long.length, 300);
  assert.ok(long.endsWith("..."));
});

test("a credential echoed by the server never appears in a message", async () => {
  const s = await Server.start();
  const token = "tok_secret_connection_42";
  await s.route("GET", "/wms/orders/o1", {
    status: 401,
    json: {
      error: `Invalid key ${API_KEY} for token ${token}`,
      origin: "trackstar",
    },
  });
  const error = await rejection(
    s.client({ accessToken: token }).call(OPS.retrieve, ["o1"]),
  );
  assert.ok(error instanceof AuthenticationError);
  assert.ok(
    !error.message.includes(API_KEY) && !error.message.includes(token),
    error.message,
  );
  assert.match(
    error.message,
    /Invalid key \[REDACTED\] for token \[REDACTED\]/,
  );
  // The parsed body is data, kept as sent.
  assert.match(String(error.error), new RegExp(API_KEY));
  await s.close();
});

test("a short credential is redacted only as a whole token, never inside a word", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/o1", {
    status: 400,
    json: {
      error: "The token t hasn't matched; t's wrong (got 't', want 'tt')",
      origin: "trackstar",
    },
  });
  const error = await rejection(
    s.client({ accessToken: "t" }).call(OPS.retrieve, ["o1"]),
  );
  assert.ok(error instanceof BadRequestError);
  assert.match(
    error.message,
    /The token \[REDACTED\] hasn't matched; t's wrong \(got '\[REDACTED\]', want 'tt'\)/,
  );
  await s.close();
});

test("redact(): long secrets everywhere, short ones as tokens, URL-encoded forms too", () => {
  assert.equal(redact("key=abcdefgh12&x", ["abcdefgh12"]), `key=${REDACTED}&x`);
  assert.equal(redact("xxabcdefgh12yy", ["abcdefgh12"]), `xx${REDACTED}yy`);
  assert.equal(
    redact("don't do it, do", ["do"]),
    `don't ${REDACTED} it, ${REDACTED}`,
  );
  assert.equal(redact("hasn't", ["t"]), "hasn't");
  assert.equal(
    redact("it's t-shirt t_x t", ["t"]),
    `it's t-shirt t_x ${REDACTED}`,
  );
  assert.equal(redact("q=a%2Fb%3Dc%2B", ["a/b=c+"]), `q=${REDACTED}`);
  assert.equal(redact("nothing", []), "nothing");
});

test("connection errors do not leak credentials either", async () => {
  const port = await closedPort();
  const client = new Demo({
    apiKey: API_KEY,
    accessToken: "tok",
    baseURL: `http://127.0.0.1:${port}`,
    maxRetries: 0,
  });
  const error = await rejection(client.call(OPS.retrieve, ["o1"]));
  assert.ok(error instanceof APIConnectionError);
  assert.equal(error.status, undefined);
  assert.ok(!error.message.includes(API_KEY));
  assert.match(error.message, /^Connection error: .*ECONNREFUSED/);
});

test("a missing credential is a clear error on the first call that needs it, before any request", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/o1", json(200, {}));
  await s.route("GET", "/integrations", json(200, { data: [] }));
  const client = new Demo({ apiKey: API_KEY, baseURL: s.url }); // constructing is fine
  const error = await rejection(client.call(OPS.retrieve, ["o1"]));
  assert.ok(error instanceof MissingCredentialError);
  assert.equal(error.option, "accessToken");
  assert.equal(error.env, "DEMO_ACCESS_TOKEN");
  assert.equal(
    error.message,
    "Missing credential 'accessToken': pass { accessToken: ... } when creating the client or set the DEMO_ACCESS_TOKEN environment variable.",
  );
  assert.equal(await s.count(), 0);
  // An operation needing only the API key works, and sends only that header.
  await client.call(OPS.integrations);
  const [sent] = await s.requests();
  assert.equal(sent?.headers["x-demo-api-key"], API_KEY);
  assert.equal(sent?.headers["x-demo-access-token"], undefined);
  const noKey = new Demo({ baseURL: s.url });
  assert.ok(
    (await rejection(noKey.call(OPS.integrations))) instanceof
      MissingCredentialError,
  );
  await s.close();
});

test("credentials and the base URL come from the environment when not passed", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/o1", json(200, {}));
  process.env["DEMO_API_KEY"] = "env_key_123456789";
  process.env["DEMO_ACCESS_TOKEN"] = "env_tok";
  process.env["DEMO_BASE_URL"] = s.url + "/";
  try {
    await new Demo().call(OPS.retrieve, ["o1"]);
    await new Demo({ accessToken: "given" }).call(OPS.retrieve, ["o1"]);
  } finally {
    delete process.env["DEMO_API_KEY"];
    delete process.env["DEMO_ACCESS_TOKEN"];
    delete process.env["DEMO_BASE_URL"];
  }
  const [first, second] = await s.requests();
  assert.equal(first?.headers["x-demo-api-key"], "env_key_123456789");
  assert.equal(first?.headers["x-demo-access-token"], "env_tok");
  assert.equal(second?.headers["x-demo-access-token"], "given");
  assert.equal(first?.path, "/wms/orders/o1");
  await s.close();
});

test("headers: accept, user agent, auth; caller headers override; nothing else of ours", async () => {
  const s = await Server.start();
  await s.route("POST", "/wms/orders", json(201, {}));
  await s
    .client({ defaultHeaders: { "X-Team": "a" } })
    .call(
      OPS.create,
      [],
      { warehouse_id: "w" },
      { headers: { "X-Trace": "t1", "X-Team": "b" } },
    );
  const [sent] = await s.requests();
  const headers = sent?.headers ?? {};
  assert.equal(headers["accept"], "application/json");
  assert.equal(headers["user-agent"], "demo-typescript/0.0.1");
  assert.equal(headers["content-type"], "application/json");
  assert.equal(headers["x-trace"], "t1");
  assert.equal(headers["x-team"], "b");
  const demoHeaders = Object.keys(headers)
    .filter((h) => h.startsWith("x-demo-"))
    .sort();
  assert.deepEqual(demoHeaders, ["x-demo-access-token", "x-demo-api-key"]);
  await s.close();
});

test("timeouts (ms): a slow GET is retried, then APITimeoutError; the client option applies too", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/slow", { status: 200, json: {}, delay: 1 });
  const started = Date.now();
  const error = await rejection(
    s
      .client({ maxRetries: 1 })
      .call(OPS.retrieve, ["slow"], undefined, { timeout: 150 }),
  );
  assert.ok(error instanceof APITimeoutError, String(error));
  assert.ok(!(error instanceof WriteMayHaveBeenAppliedError));
  assert.match(error.message, /timed out after 150 ms/);
  const elapsed = Date.now() - started;
  assert.ok(
    elapsed >= 300 && elapsed < 1400,
    `2 attempts of 150 ms plus one backoff: ${elapsed} ms`,
  );
  assert.equal(await s.count(), 2);
  // Slow once, then fast: the retry succeeds.
  await s.route(
    "GET",
    "/wms/orders/once",
    { status: 200, json: {}, delay: 1 },
    json(200, { ok: 1 }),
  );
  assert.deepEqual(
    await s.client({ timeout: 150 }).call(OPS.retrieve, ["once"]),
    { ok: 1 },
  );
  assert.equal(await s.count(), 4);
  await s.close();
});

test("withAccessToken derives a client of the same class for another connection", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/o1", json(200, {}));
  const base = s.client({ accessToken: "tok_a", timeout: 5000 });
  const other = base.withAccessToken("tok_b");
  assert.ok(other instanceof Demo);
  assert.notEqual(other, base);
  assert.equal(other.timeout, 5000);
  assert.equal(other.baseURL, s.url);
  await base.call(OPS.retrieve, ["o1"]);
  await other.call(OPS.retrieve, ["o1"]);
  const [a, b] = await s.requests();
  assert.equal(a?.headers["x-demo-access-token"], "tok_a");
  assert.equal(b?.headers["x-demo-access-token"], "tok_b");
  assert.equal(b?.headers["x-demo-api-key"], API_KEY);
  assert.throws(() => base.withAccessToken(""), TypeError);
  await s.close();
});

test("logging (opt-in): responses and retries at info, redacted headers at debug, never a credential", async () => {
  const s = await Server.start();
  await s.route(
    "GET",
    "/wms/orders/o1",
    {
      status: 503,
      json: { error: `bad key ${API_KEY}` },
      headers: { "retry-after": "0" },
    },
    json(200, {}),
  );
  const lines: Array<[string, string]> = [];
  const logger = {
    info: (message: string) => lines.push(["info", message]),
    debug: (message: string) => lines.push(["debug", message]),
  };
  await s
    .client({ logLevel: "debug", logger, accessToken: "tok_log_secret" })
    .call(OPS.retrieve, ["o1"]);
  const text = lines
    .map(([level, message]) => `${level} ${message}`)
    .join("\n");
  assert.ok(!text.includes(API_KEY) && !text.includes("tok_log_secret"), text);
  assert.match(
    text,
    /^debug Request GET http:\/\/127\.0\.0\.1:\d+\/wms\/orders\/o1 \(retry 0\) headers=.*"x-demo-api-key":"\[REDACTED\]"/m,
  );
  assert.match(
    text,
    /^info GET .*\/wms\/orders\/o1 -> 503 \(request id req_1\)$/m,
  );
  assert.match(
    text,
    /^info Retrying GET .* in 0\.00 s \(retry 1 of 2\) after status 503 \(request id req_1\)$/m,
  );
  assert.match(text, /^info GET .* -> 200 \(request id req_2\)$/m);
  assert.equal(lines.filter(([level]) => level === "debug").length, 2);
  // info leaves the headers out; off (the default) logs nothing.
  lines.length = 0;
  await s.client({ logLevel: "info", logger }).call(OPS.retrieve, ["o1"]);
  assert.deepEqual(
    lines.map(([level]) => level),
    ["info"],
  );
  lines.length = 0;
  await s.client({ logger }).call(OPS.retrieve, ["o1"]);
  assert.equal(lines.length, 0);
  // The API's log environment variable turns it on.
  process.env["DEMO_LOG"] = " INFO ";
  try {
    await s.client({ logger }).call(OPS.retrieve, ["o1"]);
  } finally {
    delete process.env["DEMO_LOG"];
  }
  assert.equal(lines.length, 1);
  // A write that may have been applied says why it is not retried.
  await s.route("POST", "/wms/orders", { status: 502, json: {} });
  await rejection(
    s.client({ logLevel: "info", logger }).call(OPS.create, [], {}),
  );
  assert.match(
    lines.map(([, m]) => m).join("\n"),
    /Not retrying POST .* after status 502: it may have been applied/,
  );
  await s.close();
});
