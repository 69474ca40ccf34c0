// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  StringFilter,
  StringInFilter,
} from "../../shared.js";

export interface OrderChannel {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  id?: string;
  name?: string | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export interface OrderChannelListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface OrderChannelListResponse {
  data: Array<OrderChannel>;
  next_token?: string | null;
  total_count?: number;
}
