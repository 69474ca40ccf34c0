// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface MetaRetrieveForIntegrationResponse {
  $ref?: string;
  $schema?: string;
  definitions?: unknown;
  has_connection_specific_fields?: boolean;
}

export interface MetaRetrieveResponse {
  $ref?: string;
  $schema?: string;
  definitions?: unknown;
}

export interface WmsKitMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface WmsKitMetaRetrieveParams {
  method: "POST" | "PUT";
}
