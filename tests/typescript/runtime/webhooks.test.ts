// Webhook verification, cross-checked both ways against the svix npm package (dev dependency).

import assert from "node:assert/strict";
import { test } from "node:test";

import svix from "svix";

import {
  UnknownWebhookEventError,
  WebhookVerificationError,
  signWebhook,
  unwrapWebhook,
  verifyWebhook,
} from "../../../generator/targets/typescript/runtime/index.js";

const { Webhook } = svix;
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const OTHER =
  "whsec_" + Buffer.from("another secret of 24 bytes").toString("base64");
const PAYLOAD = JSON.stringify({
  event_type: "order.created",
  data: { id: "o1", é: "ü" },
});

type Event =
  | { event_type: "order.created"; data: { id: string } }
  | { event_type: "inventory.updated"; data: { sku: string } };

function svixHeaders(
  payload: string,
  secret = SECRET,
  id = "msg_1",
  when = new Date(),
): Record<string, string> {
  const signature = new Webhook(secret).sign(id, when, payload);
  return {
    "svix-id": id,
    "svix-timestamp": String(Math.floor(when.getTime() / 1000)),
    "svix-signature": signature,
  };
}

test("signed by svix, verified by us (record and Headers, svix-* and webhook-*)", async () => {
  const headers = svixHeaders(PAYLOAD);
  await verifyWebhook(PAYLOAD, headers, SECRET);
  await verifyWebhook(PAYLOAD, new Headers(headers), SECRET);
  await verifyWebhook(new TextEncoder().encode(PAYLOAD), headers, SECRET);
  const upper = Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]),
  );
  await verifyWebhook(PAYLOAD, upper, SECRET);
  const unbranded = {
    "webhook-id": headers["svix-id"],
    "webhook-timestamp": headers["svix-timestamp"],
    "webhook-signature": headers["svix-signature"],
  };
  await verifyWebhook(PAYLOAD, unbranded, SECRET);
  // The secret without its prefix works too.
  await verifyWebhook(PAYLOAD, headers, SECRET.slice("whsec_".length));
});

test("signed by us, verified by svix", async () => {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = await signWebhook(PAYLOAD, SECRET, "msg_2", timestamp);
  const verified = new Webhook(SECRET).verify(PAYLOAD, {
    "svix-id": "msg_2",
    "svix-timestamp": String(timestamp),
    "svix-signature": signature,
  });
  assert.deepEqual(verified, JSON.parse(PAYLOAD));
  // And our signature equals svix's byte for byte.
  assert.equal(
    signature,
    new Webhook(SECRET).sign("msg_2", new Date(timestamp * 1000), PAYLOAD),
  );
});

test("several signatures: any v1 match verifies (secret rotation); none matching fails", async () => {
  const good = svixHeaders(PAYLOAD);
  const bad = svixHeaders(PAYLOAD, OTHER);
  const both = {
    ...good,
    "svix-signature": `v2,abc ${bad["svix-signature"]} ${good["svix-signature"]}`,
  };
  await verifyWebhook(PAYLOAD, both, SECRET);
  const onlyBad = {
    ...good,
    "svix-signature": `${bad["svix-signature"]} v1,notbase64!!`,
  };
  await assert.rejects(
    verifyWebhook(PAYLOAD, onlyBad, SECRET),
    WebhookVerificationError,
  );
});

test("wrong secret, tampered body, missing headers, bad timestamp, bad secret all fail", async () => {
  const headers = svixHeaders(PAYLOAD);
  await assert.rejects(
    verifyWebhook(PAYLOAD, headers, OTHER),
    /No matching webhook signature/,
  );
  await assert.rejects(
    verifyWebhook(PAYLOAD + " ", headers, SECRET),
    /No matching webhook signature/,
  );
  await assert.rejects(
    verifyWebhook(PAYLOAD, { "svix-id": "x" }, SECRET),
    /Missing svix-id/,
  );
  await assert.rejects(
    verifyWebhook(PAYLOAD, { ...headers, "svix-timestamp": "soon" }, SECRET),
    /Invalid webhook timestamp/,
  );
  await assert.rejects(
    verifyWebhook(PAYLOAD, headers, "whsec_***"),
    /not valid base64/,
  );
});

test("timestamps: +-5 minutes tolerated, beyond rejected", async () => {
  const now = Date.now();
  const at = (offsetSeconds: number): Record<string, string> =>
    svixHeaders(PAYLOAD, SECRET, "msg_t", new Date(now + offsetSeconds * 1000));
  await verifyWebhook(PAYLOAD, at(-290), SECRET, { now });
  await verifyWebhook(PAYLOAD, at(290), SECRET, { now });
  await assert.rejects(
    verifyWebhook(PAYLOAD, at(-310), SECRET, { now }),
    /too old/,
  );
  await assert.rejects(
    verifyWebhook(PAYLOAD, at(310), SECRET, { now }),
    /too far in the future/,
  );
  await verifyWebhook(PAYLOAD, at(-310), SECRET, { now, tolerance: 600 });
  // svix agrees on the old one.
  assert.throws(() => new Webhook(SECRET).verify(PAYLOAD, at(-310)));
});

test("unwrap: verified and parsed, typed by the caller's union (narrowing on event_type)", async () => {
  const event = await unwrapWebhook<Event>(
    PAYLOAD,
    svixHeaders(PAYLOAD),
    SECRET,
    {
      eventTypes: ["order.created", "inventory.updated"],
    },
  );
  if (event.event_type === "order.created") {
    assert.equal(event.data.id, "o1");
  } else {
    assert.fail("narrowed to the wrong member");
  }
  await assert.rejects(
    unwrapWebhook(PAYLOAD, svixHeaders(PAYLOAD), OTHER),
    WebhookVerificationError,
  );
});

test("unwrap: a verified event of an unknown type is UnknownWebhookEventError", async () => {
  const payload = JSON.stringify({ event_type: "brand.new", data: {} });
  const error = await unwrapWebhook(payload, svixHeaders(payload), SECRET, {
    eventTypes: ["order.created"],
  }).catch((e: unknown) => e);
  assert.ok(error instanceof UnknownWebhookEventError);
  assert.equal(error.eventType, "brand.new");
  assert.equal(error.payload, payload);
  // Without eventTypes it is returned as is (tolerant).
  assert.deepEqual(
    await unwrapWebhook(payload, svixHeaders(payload), SECRET),
    JSON.parse(payload),
  );
});

test("Node's IncomingHttpHeaders shape (arrays) is accepted", async () => {
  const headers = svixHeaders(PAYLOAD);
  const node: Record<string, string | string[] | undefined> = {
    ...headers,
    "svix-signature": [headers["svix-signature"] ?? ""],
    "x-other": undefined,
  };
  await verifyWebhook(PAYLOAD, node, SECRET);
});
