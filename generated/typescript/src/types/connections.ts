// Generated from specs/ by the Trackstar SDK generator: do not edit.

export interface Connection {
  available_actions?: Array<string>;
  available_endpoints?: Array<string>;
  connection_id?: string;
  created_at?: string;
  customer_id?: string | null;
  errors?: Array<ConnectionErrorModel>;
  integration_name?: string;
  integration_type?: "wms" | "freight" | "cart";
  last_used?: string | null;
  latest_sync?: string | null;
  sync_schedules?: Array<ConnectionSyncSchedule>;
  times_used?: number | null;
  webhooks_disabled?: boolean | null;
}

export interface ConnectionDeleteResponse {
  deleted?: boolean;
  id?: string;
  object?: string;
}

export interface ConnectionErrorModel {
  affected_endpoints?: Array<ConnectionErrorModelAffectedEndpoint>;
  error_message?: string;
  first_seen?: string;
  last_seen?: string;
}

export interface ConnectionErrorModelAffectedEndpoint {
  endpoint?: string;
  preventing_sync?: boolean;
}

export interface ConnectionListParams {
  page_token?: string;
}

export interface ConnectionRetrieveResponse {
  data: Array<Connection>;
  next_token?: string | null;
  total_count?: number;
}

export interface ConnectionSyncParams {
  functions_to_sync?: Array<
    | "get_inventory"
    | "get_products"
    | "get_inbound_shipments"
    | "get_orders"
    | "get_warehouses"
    | "get_shipping_methods"
    | "get_returns"
    | "get_bills"
    | "get_warehouse_customers"
    | "get_warehouse_locations"
    | "get_inventory_ledger"
    | "get_shipments"
  >;
}

export interface ConnectionSyncResponse {
  functions_to_sync?: Array<string>;
  id?: string;
  syncing?: boolean;
}

export interface ConnectionSyncSchedule {
  function_name?: string;
  in_progress?: boolean;
  last_crawl_end?: string | null;
  last_crawl_start?: string | null;
  latest_sync?: string | null;
  sync_frequency?: number;
  sync_status?:
    | "enabled"
    | "disabled"
    | "sync_in_progress"
    | "first_sync_in_progress"
    | "error"
    | null;
}

export interface ConnectionUpdateParams {
  customer_id?: string | null;
  webhooks_disabled?: boolean;
}

export interface ConnectionUpdateResponse {
  id?: string;
  object?: string;
  updated?: boolean;
}
