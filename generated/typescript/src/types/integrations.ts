// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface IntegrationRetrieveResponse {
  data: Array<IntegrationRetrieveResponseData>;
}

export interface IntegrationRetrieveResponseData {
  available_actions?: Array<string>;
  description?: string;
  display_name?: string;
  install_method?: "input" | "oauth";
  integration_name?: string;
  list_operations?: Array<IntegrationRetrieveResponseDataListOperation>;
  logo_url?: string;
  write_operations?: Array<IntegrationRetrieveResponseDataWriteOperation>;
}

export interface IntegrationRetrieveResponseDataListOperation {
  action?: string;
  implemented_fields?: Record<string, unknown>;
  url?: string;
}

export interface IntegrationRetrieveResponseDataWriteOperation {
  action?: string;
  integration_specific_fields?: IntegrationRetrieveResponseDataWriteOperationIntegrationSpecificFields;
  optional_base_schema_fields?: Array<string>;
  required_base_schema_fields?: Array<string>;
  url?: string;
}

export interface IntegrationRetrieveResponseDataWriteOperationIntegrationSpecificFields {
  properties?: Record<string, unknown>;
  required_fields?: Array<string>;
  type?: string;
}
