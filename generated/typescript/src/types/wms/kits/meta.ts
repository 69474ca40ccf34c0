// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface KitMetaRetrieveForIntegrationParams {
  method: "POST" | "PUT";
}

export interface KitMetaRetrieveForIntegrationResponse {
  $ref?: string;
  $schema?: string;
  definitions?: unknown;
  has_connection_specific_fields?: boolean;
}

export interface KitMetaRetrieveParams {
  method: "POST" | "PUT";
}

export interface KitMetaRetrieveResponse {
  $ref?: string;
  $schema?: string;
  definitions?: unknown;
}
