// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface ReturnMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface ReturnMetaRetrieveParams {
  method: "POST" | "PUT";
}
