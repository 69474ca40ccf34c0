// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  StringFilter,
  StringInFilter,
} from "../../shared.js";

export interface InboundShipmentSupplier {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  id?: string;
  name?: string | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export interface InboundShipmentSupplierListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface InboundShipmentSupplierListResponse {
  data: Array<InboundShipmentSupplier>;
  next_token?: string | null;
  total_count?: number;
}
