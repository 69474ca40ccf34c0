// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { DatetimeFilter, StringInFilter } from "../shared.js";

export interface ShippingMethod {
  additional_fields?: Record<string, unknown>;
  carrier?: string | null;
  carrier_id?: string | null;
  carrier_name?: string | null;
  created_date?: string;
  id?: string;
  name?: string;
  scac?: string | null;
  updated_date?: string;
}

export interface ShippingMethodListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  page_token?: string;
}

export interface ShippingMethodListResponse {
  data: Array<ShippingMethod>;
  next_token?: string | null;
  total_count?: number;
}

export interface ShippingMethodRetrieveResponse {
  data: ShippingMethod;
}
