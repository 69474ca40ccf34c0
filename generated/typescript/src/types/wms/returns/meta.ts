// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface WmsReturnMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface WmsReturnMetaRetrieveParams {
  method: "POST" | "PUT";
}
