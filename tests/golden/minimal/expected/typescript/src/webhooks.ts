// Generated from specs/ by the Trackstar SDK generator: do not edit.
import {
  unwrap as unwrapPayload,
  verify as verifyPayload,
  type UnwrapOptions,
  type VerifyOptions,
  type WebhookHeaders,
  type WebhookPayload,
} from "./core/webhooks.js";
import type { WebhookEvent } from "./types/webhooks.js";

export type { UnwrapOptions, VerifyOptions, WebhookHeaders, WebhookPayload };

/** The event types this SDK knows. */
export const EVENT_TYPES = ["widget.created"] as const;

/**
 * Verify a webhook's Svix signature (`svix-*` or `webhook-*` headers, the `whsec_` secret) and
 * parse its body: an event that narrows on `event_type`. A verified event of a type this SDK does
 * not know rejects with UnknownWebhookEventError.
 */
export function unwrap(
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret: string,
  options: UnwrapOptions = {},
): Promise<WebhookEvent> {
  return unwrapPayload<WebhookEvent>(payload, headers, secret, {
    eventTypes: EVENT_TYPES,
    ...options,
  });
}

/** Verify a webhook's signature only; rejects with WebhookVerificationError. */
export function verify(
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyOptions = {},
): Promise<void> {
  return verifyPayload(payload, headers, secret, options);
}
