// How a params object is split and encoded, checked on what the server received: query params,
// filters (operators, lists, datetimes), bodies as given, extra fields and their collisions,
// path params, multipart uploads with toFile.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  BaseClient,
  encodeFilter,
  encodeValue,
  toFile,
  type APIDescription,
  type APIPromise,
  type ClientOptions,
} from "../../../generator/targets/typescript/runtime/index.js";
import { API, OPS, Server, json, rejection, type Recorded } from "./helpers.js";

async function listQuery(
  params: object,
  extraQuery?: Record<string, unknown>,
): Promise<Recorded> {
  const s = await Server.start();
  await s.route(
    "GET",
    "/wms/orders",
    json(200, { data: [], next_token: null }),
  );
  await s.client().list(params, extraQuery ? { extraQuery } : {});
  const [request] = await s.requests();
  await s.close();
  assert.ok(request);
  return request;
}

test("filters on the wire: plain eq, in/nin comma-joined once, bracket operators, datetimes in UTC", async () => {
  const request = await listQuery({
    limit: 50,
    status: "open",
    created_date: {
      gte: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
      lte: "2025-01-31T02:00:00+02:00",
    },
    ids: { in: ["o1", "o2"] },
    warehouse_customer_name: {
      "eq-insensitive": "ACME",
      "in-insensitive": ["a", "b"],
      not_contains: "x",
    },
    ship_date: { gte: "2025-01-01", lte: new Date(Date.UTC(2025, 1, 3, 23)) },
    is_test: false,
  });
  assert.deepEqual(request.query, [
    ["limit", "50"],
    ["status", "open"],
    ["created_date[gte]", "2025-01-02T03:04:05Z"],
    ["created_date[lte]", "2025-01-31T00:00:00Z"],
    ["ids[in]", "o1,o2"],
    ["warehouse_customer_name[eq-insensitive]", "ACME"],
    ["warehouse_customer_name[in-insensitive]", "a,b"],
    ["warehouse_customer_name[not_contains]", "x"],
    ["ship_date[gte]", "2025-01-01"],
    ["ship_date[lte]", "2025-02-03"],
    ["is_test", "false"],
  ]);
});

test("a plain array means in; in takes Dates; fractions of a second are kept", async () => {
  const request = await listQuery({
    status: ["open", "backordered"],
    created_date: {
      in: [
        new Date(Date.UTC(2025, 0, 1, 0, 0, 0, 250)),
        "2025-01-01T10:00:00.123456Z",
      ],
    },
  });
  assert.deepEqual(request.query, [
    ["status[in]", "open,backordered"],
    [
      "created_date[in]",
      "2025-01-01T00:00:00.250Z,2025-01-01T10:00:00.123456Z",
    ],
  ]);
  assert.ok(
    request.raw_target.includes("status%5Bin%5D=open%2Cbackordered"),
    request.raw_target,
  );
  assert.equal(
    request.raw_target.match(/status/g)?.length,
    1,
    "sent once, not as repeated keys",
  );
});

test("extraQuery adds unknown fields; null and undefined params are left out", async () => {
  const request = await listQuery(
    { status: undefined, limit: null },
    { beta: true, tags: ["a", "b"] },
  );
  assert.deepEqual(request.query, [
    ["beta", "true"],
    ["tags", "a,b"],
  ]);
});

const BEFORE_ANY_REQUEST: Array<[string, object, RegExp]> = [
  [
    "a disallowed operator",
    { created_date: { neq: "2025-01-01T00:00:00Z" } },
    /does not support operator 'neq'; allowed: eq, gt, gte, in, lt, lte/,
  ],
  [
    "a bare string for in",
    { ids: { in: "o1" } },
    /operator 'in' takes an array of values, got "o1"; pass an array such as \["o1"\]/,
  ],
  ["an empty list", { status: { in: [] } }, /the list is empty/],
  [
    "a datetime string without a zone",
    { created_date: { gte: "2025-01-01T00:00:00" } },
    /has no time zone/,
  ],
  [
    "text for a datetime",
    { created_date: "yesterday" },
    /is not an ISO-8601 datetime/,
  ],
  ["an invalid Date", { created_date: new Date("nope") }, /invalid Date/],
  [
    "an unknown key on a read",
    { stauts: "open" },
    /has no parameter 'stauts'.*extraQuery/,
  ],
  [
    "an object for a plain query param",
    { limit: { a: 1 } },
    /parameter 'limit': cannot send object/,
  ],
  [
    "a plain value where the field takes operators only",
    { ids: "o1" },
    /operator 'in' takes an array/,
  ],
];
for (const [what, params, message] of BEFORE_ANY_REQUEST) {
  test(`${what} is a TypeError before any request`, async () => {
    const s = await Server.start();
    const error = await rejection(s.client().list(params));
    assert.ok(error instanceof TypeError, String(error));
    assert.match(error.message, message);
    assert.equal(await s.count(), 0);
    await s.close();
  });
}

test("extraQuery colliding with a typed param or filter is a TypeError before any request", async () => {
  const s = await Server.start();
  for (const key of ["limit", "status", "status[in]", "created_date[gte]"]) {
    const error = await rejection(
      s.client().list({}, { extraQuery: { [key]: "x" } }),
    );
    assert.ok(error instanceof TypeError);
    assert.match(
      error.message,
      new RegExp(`extraQuery sets '${key.replace(/[[\]]/g, "\\$&")}'`),
    );
  }
  assert.equal(await s.count(), 0);
  await s.close();
});

test("a write body is sent as given: variant fields kept, empty strings, datetime strings, nulls", async () => {
  const s = await Server.start();
  await s.route("POST", "/wms/orders", json(201, { id: "o1" }));
  const body = {
    warehouse_id: "",
    required_ship_date: "2025-01-01T10:00:00.5+02:00",
    line_items: [{ sku: "A", quantity: 1 }],
    amazon_only_field: { nested: true }, // a per-integration variant's field the spec does not list
    order_number: null,
    left_out: undefined,
  };
  await s.client().call(OPS.create, [], body, { extraBody: { beta_flag: 1 } });
  const [request] = await s.requests();
  assert.equal(request?.headers["content-type"], "application/json");
  assert.deepEqual(JSON.parse(request?.body ?? ""), {
    warehouse_id: "",
    required_ship_date: "2025-01-01T10:00:00.5+02:00",
    line_items: [{ sku: "A", quantity: 1 }],
    amazon_only_field: { nested: true },
    order_number: null,
    beta_flag: 1,
  });
  // A JSON write with no fields still sends its (empty) object; a PUT with no body sends none.
  await s.route("PUT", "/wms/orders/o1/cancel", json(200, {}));
  await s.client().call(OPS.create, []);
  await s.client().call(OPS.cancel, ["o1"]);
  const [, empty, put] = await s.requests();
  assert.equal(empty?.body, "{}");
  assert.equal(put?.body, "");
  assert.equal(put?.headers["content-type"], undefined);
  await s.close();
});

test("extraBody colliding with a typed or given field is a TypeError before any request", async () => {
  const s = await Server.start();
  const typed = await rejection(
    s.client().call(OPS.create, [], {}, { extraBody: { warehouse_id: "w" } }),
  );
  assert.ok(typed instanceof TypeError);
  assert.match(typed.message, /extraBody sets 'warehouse_id'/);
  const given = await rejection(
    s
      .client()
      .call(
        OPS.create,
        [],
        { variant_field: 1 },
        { extraBody: { variant_field: 2, ok: 1 } },
      ),
  );
  assert.match(String(given), /extraBody sets 'variant_field'/);
  const onRead = await rejection(
    s.client().call(OPS.retrieve, ["o1"], undefined, { extraBody: { a: 1 } }),
  );
  assert.match(String(onRead), /no body, so no extraBody/);
  assert.equal(await s.count(), 0);
  await s.close();
});

test("path params: positional, percent-encoded, never empty", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/a%2Fb%20c%27", json(200, {}));
  await s.client().call(OPS.retrieve, ["a/b c'"]);
  const [request] = await s.requests();
  assert.equal(request?.raw_target, "/wms/orders/a%2Fb%20c%27");
  for (const args of [[""], [], ["a", "b"]]) {
    assert.ok(
      (await rejection(s.client().call(OPS.retrieve, args))) instanceof
        TypeError,
    );
  }
  assert.equal(await s.count(), 1);
  await s.close();
});

test("multipart: toFile parts with name and type, other fields as form fields", async () => {
  const s = await Server.start();
  await s.route("POST", "/wms/documents/o1", json(201, { id: "d1" }));
  const bytes = new TextEncoder().encode("%PDF-1.4 hello");
  await s.client().call(OPS.upload, ["o1"], {
    file: toFile(bytes, "label.pdf", { type: "application/pdf" }),
    kind: "label",
    pages: 2,
  });
  const [request] = await s.requests();
  const type = request?.headers["content-type"] ?? "";
  assert.match(type, /^multipart\/form-data; boundary=/);
  const form = await new Response(
    Buffer.from(request?.body_base64 ?? "", "base64"),
    {
      headers: { "content-type": type },
    },
  ).formData();
  const file = form.get("file");
  assert.ok(file instanceof File);
  assert.equal(file.name, "label.pdf");
  assert.equal(file.type, "application/pdf");
  assert.equal(await file.text(), "%PDF-1.4 hello");
  assert.equal(form.get("kind"), "label");
  assert.equal(form.get("pages"), "2");
  await s.close();
});

test("toFile accepts strings, ArrayBuffers, typed arrays and Blobs", async () => {
  const fromString = toFile("héllo", "a.txt", { type: "text/plain" });
  assert.equal(fromString.size, 6);
  assert.equal(await fromString.text(), "héllo");
  const fromBuffer = toFile(new Uint8Array([1, 2, 3]).buffer, "b.bin");
  assert.deepEqual(
    [...new Uint8Array(await fromBuffer.arrayBuffer())],
    [1, 2, 3],
  );
  const view = new Uint16Array([0x0102, 0x0304]).subarray(1);
  assert.equal(toFile(view, "c.bin").size, 2);
  const fromBlob = toFile(new Blob(["x"], { type: "image/png" }), "d.png");
  assert.equal(fromBlob.type, "image/png");
  assert.equal(fromBlob.name, "d.png");
});

test("encodeValue / encodeFilter: the Python runtime's rules", () => {
  assert.equal(
    encodeValue("datetime", "2024-01-31T10:00:00z"),
    "2024-01-31T10:00:00Z",
  );
  assert.equal(
    encodeValue("datetime", "2024-01-31T10:00:00-05:30"),
    "2024-01-31T15:30:00Z",
  );
  assert.equal(
    encodeValue("datetime", "2024-02-29T23:59:59.120+00:00"),
    "2024-02-29T23:59:59.120Z",
  );
  assert.throws(
    () => encodeValue("datetime", "2023-02-29T00:00:00Z"),
    /not a valid datetime/,
  );
  assert.equal(
    encodeValue(undefined, "2024-01-31T10:00:00+02:00"),
    "2024-01-31T10:00:00+02:00",
  );
  assert.equal(encodeValue("integer", 0), "0");
  assert.equal(encodeValue("boolean", true), "true");
  assert.deepEqual(encodeFilter("f", { type: "string", ops: ["eq"] }, "v"), [
    ["f[eq]", "v"],
  ]);
  assert.deepEqual(
    encodeFilter("f", { type: "string", ops: ["in"], plain: true }, "v"),
    [["f", "v"]],
  );
  assert.deepEqual(
    encodeFilter(
      "f",
      { type: "string", ops: ["eq", "in"] },
      { eq: null, in: ["a"] },
    ),
    [["f[in]", "a"]],
  );
  assert.throws(
    () => encodeFilter("f", { type: "string", ops: [] }, "v"),
    /takes an object of operators/,
  );
});

// An API whose credentials travel otherwise than Demo's: one as `Authorization: Bearer <value>`,
// one as a query parameter (OpenAPI's http bearer and apiKey-in-query schemes).
const OTHER_AUTH: APIDescription = {
  ...API,
  auth: {
    token: {
      header: "Authorization",
      bearer: true,
      env: "OTHER_TOKEN",
      option: "token",
    },
    key: { query: "key", env: "OTHER_KEY", option: "key" },
  },
  connectionScheme: "token",
};

class OtherAuth extends BaseClient {
  constructor(options: ClientOptions & { token?: string; key?: string }) {
    super(options, OTHER_AUTH);
  }
  list(): APIPromise<unknown> {
    return this.request(
      { ...OPS.list, auth: ["token", "key"], query: [], filters: {} },
      [],
      {},
    );
  }
}

test("a bearer scheme is sent as `Bearer <value>`, a query scheme as a query param", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders", json(200, { data: [] }));
  await new OtherAuth({ token: "t_1", key: "k_1", baseURL: s.url }).list();
  const [request] = await s.requests();
  await s.close();
  assert.ok(request);
  assert.equal(request.headers["authorization"], "Bearer t_1");
  assert.deepEqual(request.query, [["key", "k_1"]]);
});
