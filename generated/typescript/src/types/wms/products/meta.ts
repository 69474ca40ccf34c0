// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface ProductMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface ProductMetaRetrieveParams {
  method: "POST" | "PUT";
}
