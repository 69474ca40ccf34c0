// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  StringFilter,
  StringInFilter,
} from "../../shared.js";

export interface WarehouseLocation {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  id?: string;
  measurements?: WarehouseLocationMeasurements;
  name?: string | null;
  type?: string | null;
  updated_date?: string;
  warehouse_id?: string;
}

export interface WarehouseLocationListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  type?: StringFilter;
  updated_date?: DatetimeFilter;
  page_token?: string;
}

export interface WarehouseLocationListResponse {
  data: Array<WarehouseLocation>;
  next_token?: string | null;
  total_count?: number;
}

export interface WarehouseLocationMeasurements {
  height?: number | null;
  length?: number | null;
  unit?: "cm" | "in" | null;
  weight?: number | null;
  weight_unit?: "kg" | "oz" | "lb" | null;
  width?: number | null;
}

export interface WarehouseLocationRetrieveResponse {
  data: WarehouseLocation;
}
