// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { ShopWidget } from "./shop/widgets.js";

/** Every webhook event; narrow it on `event_type`. */
export type WebhookEvent = WidgetCreatedEvent;

export interface WidgetCreatedEvent {
  data?: ShopWidget;
  event_type: "widget.created";
}
