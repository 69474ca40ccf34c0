// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { DatetimeFilter, StringInFilter } from "../shared.js";

export interface WarehouseCustomer {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  email?: string | null;
  id?: string;
  name?: string;
  updated_date?: string;
}

export interface WarehouseCustomerListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  page_token?: string;
}

export interface WarehouseCustomerListResponse {
  data: Array<WarehouseCustomer>;
  next_token?: string | null;
  total_count?: number;
}

export interface WarehouseCustomerRetrieveResponse {
  data: WarehouseCustomer;
}
