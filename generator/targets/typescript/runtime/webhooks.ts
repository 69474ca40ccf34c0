// Svix / Standard Webhooks verification: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the
// endpoint secret (`whsec_` + base64), as templates/runtime/_webhooks.py does. WebCrypto
// (globalThis.crypto.subtle: Node >= 20, browsers, Deno, Bun, workers) does the HMAC, so there is
// no dependency and no `node:` import; its `verify` compares in constant time. Hence `verify`,
// `unwrap` and `sign` are async.

import {
  UnknownWebhookEventError,
  WebhookVerificationError,
} from "./errors.js";

/** A Fetch `Headers`, or a plain record such as Node's `IncomingHttpHeaders`. */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export type WebhookPayload = string | ArrayBuffer | ArrayBufferView;

export interface VerifyOptions {
  /** Seconds a timestamp may be off, in both directions (default 300). */
  tolerance?: number;
  /** The current time (ms since the epoch), for tests. */
  now?: number;
}

export interface UnwrapOptions extends VerifyOptions {
  /** The event types this SDK knows; a verified event of another type is UnknownWebhookEventError. */
  eventTypes?: readonly string[];
  /** The field naming the event type (default "event_type"). */
  eventTypeField?: string;
}

export const DEFAULT_TOLERANCE = 300;
const SECRET_PREFIX = "whsec_";
// Svix's own names first; the Standard Webhooks names are the same scheme.
const HEADER_SETS = [
  ["svix-id", "svix-timestamp", "svix-signature"],
  ["webhook-id", "webhook-timestamp", "webhook-signature"],
] as const;

const encoder = new TextEncoder();

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers.get === "function") {
    const value: unknown = headers.get(name);
    return typeof value === "string" ? value : undefined;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    if (typeof value === "string") return value;
    if (Array.isArray(value)) {
      const strings = value.filter(
        (item): item is string => typeof item === "string",
      );
      return strings.length ? strings.join(" ") : undefined;
    }
  }
  return undefined;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
    return undefined;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function payloadBytes(payload: WebhookPayload): Uint8Array<ArrayBuffer> {
  if (typeof payload === "string") return encoder.encode(payload);
  const view =
    payload instanceof ArrayBuffer
      ? new Uint8Array(payload)
      : new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy;
}

function payloadText(payload: WebhookPayload): string {
  return typeof payload === "string"
    ? payload
    : new TextDecoder().decode(payloadBytes(payload));
}

// Return types inferred: @types/node without the DOM lib declares no global SubtleCrypto/CryptoKey.
function subtle() {
  const value = globalThis.crypto?.subtle;
  if (!value)
    throw new WebhookVerificationError(
      "WebCrypto (crypto.subtle) is not available.",
    );
  return value;
}

async function hmacKey(secret: string) {
  const encoded = secret.startsWith(SECRET_PREFIX)
    ? secret.slice(SECRET_PREFIX.length)
    : secret;
  const raw = decodeBase64(encoded);
  if (!raw || !raw.length) {
    throw new WebhookVerificationError(
      "The webhook secret is not valid base64 (expected 'whsec_...').",
    );
  }
  return subtle().importKey(
    "raw",
    raw,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign", "verify"],
  );
}

function signedContent(
  msgId: string,
  timestamp: string,
  payload: WebhookPayload,
): Uint8Array<ArrayBuffer> {
  const head = encoder.encode(`${msgId}.${timestamp}.`);
  const body = payloadBytes(payload);
  const content = new Uint8Array(head.length + body.length);
  content.set(head);
  content.set(body, head.length);
  return content;
}

/** The `v1,<base64>` signature Svix would send (for testing a webhook handler). */
export async function sign(
  payload: WebhookPayload,
  secret: string,
  msgId: string,
  timestamp: number,
): Promise<string> {
  const key = await hmacKey(secret);
  const digest = await subtle().sign(
    "HMAC",
    key,
    signedContent(msgId, String(timestamp), payload),
  );
  return "v1," + encodeBase64(new Uint8Array(digest));
}

/**
 * Resolve when `payload` is signed with `secret` and fresh; reject with WebhookVerificationError
 * otherwise. Pass the raw request body exactly as received: re-serialised JSON will not verify.
 */
export async function verify(
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyOptions = {},
): Promise<void> {
  let msgId: string | undefined;
  let timestamp: string | undefined;
  let signatures: string | undefined;
  for (const [idName, tsName, sigName] of HEADER_SETS) {
    msgId = header(headers, idName);
    if (msgId !== undefined) {
      timestamp = header(headers, tsName);
      signatures = header(headers, sigName);
      break;
    }
  }
  if (!msgId || !timestamp || !signatures) {
    throw new WebhookVerificationError(
      "Missing svix-id, svix-timestamp or svix-signature header.",
    );
  }
  if (!/^\d+$/.test(timestamp.trim())) {
    throw new WebhookVerificationError("Invalid webhook timestamp header.");
  }
  const sentAt = Number(timestamp.trim());
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const current = (options.now ?? Date.now()) / 1000;
  if (sentAt < current - tolerance)
    throw new WebhookVerificationError("Webhook timestamp is too old.");
  if (sentAt > current + tolerance) {
    throw new WebhookVerificationError(
      "Webhook timestamp is too far in the future.",
    );
  }
  const key = await hmacKey(secret);
  const content = signedContent(msgId, timestamp, payload);
  // Several space-separated signatures (secret rotation): any v1 match is enough.
  for (const entry of signatures.split(/\s+/)) {
    const comma = entry.indexOf(",");
    if (comma < 0 || entry.slice(0, comma) !== "v1") continue;
    const candidate = decodeBase64(entry.slice(comma + 1));
    if (!candidate || candidate.length !== 32) continue;
    if (await subtle().verify("HMAC", key, candidate, content)) return;
  }
  throw new WebhookVerificationError("No matching webhook signature found.");
}

/**
 * Verify the webhook, then parse its JSON body. `Event` is the type the generated code narrows
 * to (a union on a literal `event_type`); with `eventTypes`, a verified event of another type
 * rejects with UnknownWebhookEventError instead of being returned under the wrong type.
 */
export async function unwrap<Event = unknown>(
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret: string,
  options: UnwrapOptions = {},
): Promise<Event> {
  await verify(payload, headers, secret, options);
  const text = payloadText(payload);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError("The webhook body is not valid JSON.");
  }
  if (options.eventTypes) {
    const field = options.eventTypeField ?? "event_type";
    const eventType: unknown =
      typeof parsed === "object" && parsed !== null
        ? Reflect.get(parsed, field)
        : undefined;
    if (
      typeof eventType !== "string" ||
      !options.eventTypes.includes(eventType)
    ) {
      throw new UnknownWebhookEventError(
        String(eventType),
        text,
        options.eventTypes,
      );
    }
  }
  // The body is the API's own JSON, verified as sent by it: typed as the caller's event union.
  return parsed as Event;
}
