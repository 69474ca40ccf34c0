// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  StringFilter,
  StringInFilter,
} from "../shared.js";

export interface LaborActivity {
  activity_end_time?: string | null;
  activity_start_time?: string;
  activity_type?: "pick" | "pack" | "put_away" | "transfer" | "receive";
  additional_fields?: Record<string, unknown>;
  associated_object_id?: string | null;
  associated_object_type?:
    "order" | "inbound_shipment" | "return" | "inventory" | null;
  created_date?: string;
  id?: string;
  quantity?: number | null;
  updated_date?: string;
  user_first_name?: string | null;
  user_id?: string;
  user_last_name?: string | null;
  warehouse_id?: string;
}

export interface LaborActivityListParams {
  activity_type?: "pick" | "pack" | "put_away" | "transfer" | "receive";
  associated_object_id?: string;
  associated_object_type?:
    "order" | "inbound_shipment" | "return" | "inventory";
  limit?: number;
  user_id?: string;
  warehouse_id?: string;
  activity_end_time?: DatetimeFilter;
  activity_start_time?: DatetimeFilter;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface LaborActivityListResponse {
  data: Array<LaborActivity>;
  next_token?: string | null;
  total_count?: number;
}

export interface LaborActivityRetrieveResponse {
  data: LaborActivity;
}
