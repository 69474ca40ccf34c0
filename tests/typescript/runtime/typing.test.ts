// Compile-time checks of the runtime's public types as generated code and its users see them
// (tsc --strict compiles this file with the others; each @ts-expect-error must be an error, or
// tsc fails). At run time the checks are trivial; the compile is the test.

import assert from "node:assert/strict";
import type { IncomingHttpHeaders } from "node:http";
import { test } from "node:test";

import {
  APIError,
  APIPromise,
  InternalServerError,
  PagePromise,
  WriteMayHaveBeenAppliedError,
  toFile,
  unwrapWebhook,
  verifyWebhook,
  type Page,
} from "../../../generator/targets/typescript/runtime/index.js";
import { Demo, OPS, type Order, type OrderPage } from "./helpers.js";

// Never called: only compiled.
async function usage(client: Demo): Promise<void> {
  const retrieved: APIPromise<{ data: Order }> = client.call<{ data: Order }>(
    OPS.retrieve,
    ["o1"],
  );
  // An APIPromise is a Promise<T> for any code that takes one.
  const asPromise: Promise<{ data: Order }> = retrieved;
  const id: string = (await asPromise).data.id;
  // Handlers typed as in plain Promise code compile.
  await retrieved.catch((error: Error) => error.message);
  await retrieved.then(undefined, (error: APIError) => error.status);
  const { data, response, requestId } = await retrieved.withResponse();
  const status: number = response.status;
  const maybeId: string | null = requestId;

  const list: PagePromise<Order, OrderPage> = client.list({ limit: 10 });
  const page: Page<Order, OrderPage> = await list;
  const items: Order[] = page.data;
  const token: string | null | undefined = page.next_token;
  const total: number | null | undefined = page.total_count;
  // @ts-expect-error an envelope field that does not exist
  void page.nextToken;
  const next: Page<Order, OrderPage> = await page.getNextPage();
  for await (const order of list) {
    const orderId: string = order.id;
    void orderId;
  }
  for await (const p of page.iterPages()) void p.data;
  // @ts-expect-error the items are Orders, not strings
  const wrong: string[] = page.getPaginatedItems();

  const derived: Demo = client.withAccessToken("tok");
  // @ts-expect-error withConnection is protected: generated code exposes withAccessToken
  client.withConnection("tok");

  try {
    await client.call(OPS.create, [], {});
  } catch (error) {
    if (error instanceof WriteMayHaveBeenAppliedError) {
      const key: string | undefined = error.idempotencyKey;
      const retries: number = error.retriesTaken;
      void [key, retries];
    }
    if (error instanceof InternalServerError) void error.status;
  }

  type Event = { event_type: "a"; a: number } | { event_type: "b"; b: string };
  const event = await unwrapWebhook<Event>("{}", {}, "whsec_x");
  if (event.event_type === "a") {
    const a: number = event.a;
    void a;
  } else {
    const b: string = event.b;
    void b;
  }
  // Webhook headers: a Fetch Headers, Node's IncomingHttpHeaders, a plain record.
  const incoming: IncomingHttpHeaders = {
    "svix-id": "1",
    "x-many": ["a", "b"],
  };
  await verifyWebhook(new Uint8Array(2), incoming, "whsec_x");
  await verifyWebhook("{}", new Headers(), "whsec_x");
  await verifyWebhook("{}", { "svix-id": "1" }, "whsec_x");
  // @ts-expect-error headers must be a Headers or a record of strings
  await verifyWebhook("{}", { "svix-id": 1 }, "whsec_x");
  const file: File = toFile(new Uint8Array([1]), "a.bin", {
    type: "application/octet-stream",
  });
  void file;
  // @ts-expect-error a request option that does not exist
  await client.call(OPS.retrieve, ["o1"], undefined, { retries: 1 });
  void [id, data, status, maybeId, items, token, total, next, wrong, derived];
}

test("the runtime's public types compile as its users write them (see the file's checks)", () => {
  assert.equal(typeof usage, "function");
});
