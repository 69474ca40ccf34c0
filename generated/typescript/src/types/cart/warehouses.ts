// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { DatetimeFilter, StringInFilter } from "../shared.js";

export interface CartWarehouse {
  address?: CartWarehouseAddress;
  code?: string | null;
  created_date?: string;
  id?: string;
  name?: string;
  updated_date?: string;
}

export interface CartWarehouseAddress {
  address1?: string | null;
  address2?: string | null;
  address3?: string | null;
  city?: string | null;
  country?: string | null;
  postal_code?: string | null;
  state?: string | null;
}

export interface CartWarehouseListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  page_token?: string;
}

export interface CartWarehouseListResponse {
  data: Array<CartWarehouse>;
  next_token?: string | null;
  total_count?: number;
}

export interface CartWarehouseRetrieveResponse {
  data: CartWarehouse;
}
