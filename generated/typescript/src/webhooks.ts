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
export const EVENT_TYPES = [
  "bill.created",
  "bill.updated",
  "cart-order.cart-shipment.created",
  "cart-order.created",
  "cart-order.updated",
  "cart-product.created",
  "cart-product.updated",
  "cart-warehouse.created",
  "cart-warehouse.updated",
  "connection-error.created",
  "connection-error.deleted",
  "connection-error.updated",
  "connection.created",
  "connection.deleted",
  "connection.historical-sync-completed",
  "freight-shipment.created",
  "freight-shipment.updated",
  "inbound-shipment.created",
  "inbound-shipment.receipt.created",
  "inbound-shipment.updated",
  "inventory.created",
  "inventory.updated",
  "inventory_ledger.created",
  "inventory_ledger.updated",
  "order.created",
  "order.shipment.created",
  "order.updated",
  "product.created",
  "product.updated",
  "return.created",
  "return.updated",
  "shipping-method.created",
  "shipping-method.updated",
  "warehouse-customer.created",
  "warehouse-customer.updated",
  "warehouse-location.created",
  "warehouse-location.updated",
  "warehouse.created",
  "warehouse.updated",
] as const;

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
