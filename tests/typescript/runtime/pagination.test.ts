// Cursor pagination against PagedCollection: the walk, the page object, the loop guard; raw
// responses (asResponse/withResponse) and laziness of every returned promise.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIPromise,
  CursorPage,
  NotFoundError,
  PagePromise,
  PaginationLoopError,
  UnprocessableEntityError,
} from "../../../generator/targets/typescript/runtime/index.js";
import { OPS, Server, json, rejection, type Order } from "./helpers.js";

const ITEMS = Array.from({ length: 7 }, (_, i) => ({
  id: `o${i}`,
  status: "open",
  extra_field: i,
}));

test("for await walks every item of every page, re-sending filters and limit", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders", {
    paged: { items: ITEMS, page_size: 3 },
  });
  const seen: string[] = [];
  const list = s.client().list({ limit: 3, status: ["open", "backordered"] });
  assert.ok(list instanceof PagePromise && list instanceof APIPromise);
  for await (const order of list) seen.push(order.id);
  assert.deepEqual(
    seen,
    ITEMS.map((i) => i.id),
  );
  const requests = await s.requests();
  assert.equal(requests.length, 3);
  for (const [n, request] of requests.entries()) {
    const query = new Map(request.query);
    assert.equal(query.get("limit"), "3");
    assert.equal(query.get("status[in]"), "open,backordered");
    assert.equal(query.get("page_token"), n === 0 ? undefined : `page-${n}`);
    assert.equal(
      request.query.length,
      n === 0 ? 2 : 3,
      "no key repeated or added",
    );
  }
  await s.close();
});

test("the first page: envelope fields under the API's names, hasNextPage, getNextPage", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders", {
    paged: { items: ITEMS, page_size: 5 },
  });
  const page = await s.client().list({ limit: 5 });
  assert.ok(page instanceof CursorPage);
  assert.equal(page.data.length, 5);
  assert.equal(page.next_token, "page-1");
  assert.equal(page.total_count, 7);
  assert.deepEqual(page.getPaginatedItems(), page.data);
  assert.equal(page.hasNextPage(), true);
  // Unknown fields of items are kept as sent.
  assert.equal(Reflect.get(page.data[0] ?? {}, "extra_field"), 0);
  // Page methods are not enumerable: the page serialises as the API's body.
  assert.deepEqual(Object.keys(page).sort(), [
    "data",
    "next_token",
    "total_count",
  ]);
  const second = await page.getNextPage();
  assert.deepEqual(
    second.data.map((o: Order) => o.id),
    ["o5", "o6"],
  );
  assert.equal(second.next_token, null);
  assert.equal(second.hasNextPage(), false);
  assert.throws(() => second.getNextPage(), /last page/);
  // Per-page raw response and request id.
  const requests = await s.requests();
  assert.equal(page.response.status, 200);
  assert.equal(page.requestId, requests[0]?.request_id);
  assert.equal(second.requestId, requests[1]?.request_id);
  assert.deepEqual(
    ((await second.response.json()) as { data: unknown[] }).data.length,
    2,
  );
  // iterPages from a page.
  const pages: number[] = [];
  for await (const p of page.iterPages()) pages.push(p.data.length);
  assert.deepEqual(pages, [5, 2]);
  // Iterating a page walks from it onwards.
  const ids: string[] = [];
  for await (const order of second) ids.push(order.id);
  assert.deepEqual(ids, ["o5", "o6"]);
  await s.close();
});

test("loop guard: a next token already requested stops with PaginationLoopError", async () => {
  const s = await Server.start();
  // Page 2 points back at page 1's token.
  await s.route("GET", "/wms/orders", {
    paged: { items: ITEMS, page_size: 2, loop_from: 2, loop_to: 1 },
  });
  const seen: string[] = [];
  const error = await rejection(
    (async () => {
      for await (const order of s.client().list()) seen.push(order.id);
    })(),
  );
  assert.ok(error instanceof PaginationLoopError, String(error));
  assert.equal(error.token, "page-1");
  assert.deepEqual(seen, ["o0", "o1", "o2", "o3", "o4", "o5"]);
  assert.equal(
    await s.count(),
    3,
    "pages 0, 1, 2; the repeated token is never requested",
  );
  await s.close();
});

test("loop guard counts the caller's own starting token", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders", {
    paged: { items: ITEMS, page_size: 2, loop_from: 1, loop_to: 1 },
  });
  const page = await s.client().list({ page_token: "page-1" });
  assert.equal(page.next_token, "page-1");
  assert.throws(() => page.getNextPage(), PaginationLoopError);
  assert.equal(await s.count(), 1);
  await s.close();
});

test("a page without its item array is an APIResponseValidationError", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders", json(200, { items: [] }));
  const error = await rejection(s.client().list());
  assert.match(String(error), /has no 'data' array/);
  await s.close();
});

test("asResponse: the raw Response, unread; withResponse: data and a readable Response", async () => {
  const s = await Server.start();
  await s.route(
    "GET",
    "/wms/orders/o1",
    json(200, { data: { id: "o1", new_field: [1] } }, { "x-custom": "yes" }),
  );
  const client = s.client();
  const response = await client.call(OPS.retrieve, ["o1"]).asResponse();
  assert.ok(response instanceof Response);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("x-custom"), "yes");
  assert.equal(response.url, `${s.url}/wms/orders/o1`);
  assert.deepEqual(await response.json(), {
    data: { id: "o1", new_field: [1] },
  });
  const {
    data,
    response: raw,
    requestId,
  } = await client
    .call<{ data: { id: string } }>(OPS.retrieve, ["o1"])
    .withResponse();
  assert.equal(data.data.id, "o1");
  assert.equal(raw.status, 200);
  assert.deepEqual(JSON.parse(await raw.text()), {
    data: { id: "o1", new_field: [1] },
  });
  const requests = await s.requests();
  assert.equal(requestId, requests[1]?.request_id);
  // A list's first page too.
  await s.route("GET", "/wms/orders", {
    paged: { items: ITEMS, page_size: 4 },
  });
  const pageResponse = await client.list().asResponse();
  assert.equal(
    ((await pageResponse.json()) as { next_token: string }).next_token,
    "page-1",
  );
  const withPage = await client.list().withResponse();
  assert.equal(withPage.data.data.length, 4);
  assert.equal(withPage.response.status, 200);
  await s.close();
});

test("an error status rejects asResponse and withResponse with its error class", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/o1", {
    status: 404,
    json: { error: "no such order" },
  });
  assert.ok(
    (await rejection(
      s.client().call(OPS.retrieve, ["o1"]).asResponse(),
    )) instanceof NotFoundError,
  );
  assert.ok(
    (await rejection(
      s.client().call(OPS.retrieve, ["o1"]).withResponse(),
    )) instanceof NotFoundError,
  );
  await s.close();
});

test("lazy: nothing is sent until awaited, and awaiting twice sends once", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders/o1", json(200, { data: { id: "o1" } }));
  await s.route("GET", "/wms/orders", {
    paged: { items: ITEMS, page_size: 3 },
  });
  const client = s.client();
  const promise = client.call(OPS.retrieve, ["o1"]);
  const list = client.list();
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(await s.count(), 0, "not sent before it is awaited");
  const a = await promise;
  const b = await promise;
  const raw = await promise.asResponse();
  assert.equal(a, b);
  assert.equal(raw.status, 200);
  assert.equal(await s.count(), 1);
  assert.equal(Object.prototype.toString.call(promise), "[object APIPromise]");
  // then/catch/finally behave as a Promise's.
  const ids = await list.then((page) => page.data.map((o) => o.id));
  assert.deepEqual(ids, ["o0", "o1", "o2"]);
  let finished = false;
  await list.finally(() => {
    finished = true;
  });
  assert.ok(finished);
  assert.equal(await s.count(), 2);
  await s.close();
});

test("an empty 204 body resolves to undefined; invalid JSON is an APIResponseValidationError", async () => {
  const s = await Server.start();
  await s.route("DELETE", "/wms/orders/o1", { status: 204 });
  await s.route("GET", "/wms/orders/o1", { status: 200, text: "not json {" });
  assert.equal(await s.client().call(OPS.remove, ["o1"]), undefined);
  const response = await s.client().call(OPS.remove, ["o1"]).asResponse();
  assert.equal(response.status, 204);
  const error = await rejection(s.client().call(OPS.retrieve, ["o1"]));
  assert.match(String(error), /not valid JSON/);
  assert.equal(
    Reflect.get(error as object, "name"),
    "APIResponseValidationError",
  );
  await s.close();
});

test("responses stay tolerant: unknown enum values and fields parse as sent", async () => {
  const s = await Server.start();
  const body = {
    data: { id: "o1", status: "brand_new_status", nested: { surprise: true } },
  };
  await s.route("GET", "/wms/orders/o1", json(200, body));
  assert.deepEqual(await s.client().call(OPS.retrieve, ["o1"]), body);
  await s.close();
});

test("a 422 carries its detail", async () => {
  const s = await Server.start();
  await s.route("POST", "/wms/orders", {
    status: 422,
    json: {
      error: "Invalid body",
      origin: "trackstar",
      detail: { body: { warehouse_id: ["required"] } },
    },
  });
  const error = await rejection(s.client().call(OPS.create, [], {}));
  assert.ok(error instanceof UnprocessableEntityError);
  assert.deepEqual(error.detail, { body: { warehouse_id: ["required"] } });
  assert.match(error.message, /Invalid body \(body\.warehouse_id: required\)/);
  await s.close();
});

test("odd envelope keys (__proto__, a page member's name) cannot break the page", async () => {
  const s = await Server.start();
  await s.route("GET", "/wms/orders", {
    status: 200,
    text: '{"data": [{"id": "o1"}], "next_token": null, "__proto__": {"polluted": true}, "hasNextPage": 1}',
    content_type: "application/json",
  });
  const page = await s.client().list();
  assert.ok(page instanceof CursorPage);
  assert.equal(page.hasNextPage(), false);
  assert.equal(Reflect.get(page, "polluted"), undefined);
  assert.deepEqual(Object.getOwnPropertyDescriptor(page, "__proto__")?.value, {
    polluted: true,
  });
  assert.equal(Reflect.get({}, "polluted"), undefined);
  await s.close();
});
