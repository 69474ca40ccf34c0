// Generated from specs/ by the Trackstar SDK generator: do not edit.
// Every type of the SDK; each resource's types are also `trackstar-sdk/types/<resource>`.
export type * from "./catalogue.js";
export type * from "./shared.js";
export type * from "./shop/widgets.js";
export type * from "./webhooks.js";
