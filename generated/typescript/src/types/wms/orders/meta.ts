// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface WmsOrderMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface WmsOrderMetaRetrieveParams {
  method: "POST" | "PUT";
}
