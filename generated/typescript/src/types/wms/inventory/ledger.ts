// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  FilterOperators,
  StringFilter,
  StringInFilter,
} from "../../shared.js";

export interface InventoryLedger {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  entry_date?: string;
  event_type?:
    | "adjustment"
    | "return_receipt"
    | "inbound_receipt"
    | "order_shipment"
    | "supplier_return"
    | "movement"
    | "other";
  id?: string;
  inventory_item_id?: string;
  location_id?: string | null;
  object_id?: string | null;
  object_type?: "order" | "inbound_shipment" | "return" | null;
  quantity?: number;
  raw_event_type?: string | null;
  reason?: string | null;
  sku?: string;
  updated_date?: string;
  warehouse_id?: string | null;
}

export type InventoryLedgerEventType =
  | "adjustment"
  | "return_receipt"
  | "inbound_receipt"
  | "order_shipment"
  | "supplier_return"
  | "movement"
  | "other";

export type InventoryLedgerEventTypeFilter =
  | InventoryLedgerEventType
  | ReadonlyArray<InventoryLedgerEventType>
  | FilterOperators<
      "eq" | "neq" | "in" | "nin" | "contains" | "not_contains",
      InventoryLedgerEventType
    >;

export interface InventoryLedgerListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  event_type?: InventoryLedgerEventTypeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface InventoryLedgerListResponse {
  data: Array<InventoryLedger>;
  next_token?: string | null;
  total_count?: number;
}
