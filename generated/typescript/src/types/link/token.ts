// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface LinkTokenCreateParams {
  connection_id?: string;
}

export interface LinkTokenCreateResponse {
  link_token?: string;
}
