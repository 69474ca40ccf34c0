// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  StringFilter,
  StringInFilter,
} from "../shared.js";

export interface Billing {
  additional_fields?: Record<string, unknown>;
  amount?: number;
  charge_type?: string;
  created_date?: string;
  currency_code?: string;
  id?: string;
  object_id?: string | null;
  object_type?: string | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export interface BillingListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface BillingListResponse {
  data: Array<Billing>;
  next_token?: string | null;
  total_count?: number;
}

export interface BillingRetrieveResponse {
  data: Billing;
}
