// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface KitMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface KitMetaRetrieveParams {
  method: "POST" | "PUT";
}

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
