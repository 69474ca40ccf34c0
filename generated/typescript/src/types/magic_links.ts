// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface MagicLinkCreateParams {
  connection_id?: string | null;
  customer_id?: string | null;
  integration_allow_list?: Array<string>;
  integration_block_list?: Array<string>;
  integration_type?: "wms" | "freight" | "cart";
  integrations_with_endpoints?: Array<string>;
  link_duration?: number;
}

export interface MagicLinkDeleteResponse {
  deleted?: boolean;
  id?: string;
  object?: string;
}

export interface MagicLinkListResponse {
  magic_links?: Array<MagicLinkRetrieveResponseMagicLink>;
}

export interface MagicLinkRetrieveResponse {
  magic_link?: MagicLinkRetrieveResponseMagicLink;
}

export interface MagicLinkRetrieveResponseMagicLink {
  customer_id?: string | null;
  expires_at?: string;
  id?: string;
  integration_allow_list?: Array<string>;
  integration_block_list?: Array<string>;
  integration_type?: "wms" | "freight" | "cart";
  integrations_with_endpoints?: Array<string>;
}
