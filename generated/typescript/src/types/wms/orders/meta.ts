// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface OrderMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface OrderMetaRetrieveParams {
  method: "POST" | "PUT";
}
