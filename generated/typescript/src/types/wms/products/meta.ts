// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface WmsProductMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface WmsProductMetaRetrieveParams {
  method: "POST" | "PUT";
}
