// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface LinkExchangeCreateParams {
  auth_code: string;
  customer_id?: string | null;
}

export interface LinkExchangeCreateResponse {
  access_token?: string;
  available_actions?: Array<string>;
  available_endpoints?: Array<string>;
  connection_id?: string;
  customer_id?: string | null;
  integration_name?: string;
}
