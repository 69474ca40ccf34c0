// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { DatetimeFilter, StringInFilter } from "../shared.js";

export interface FreightShipment {
  additional_fields?: Record<string, unknown>;
  arrival_date?: string | null;
  cost?: number | null;
  created_date?: string;
  eta_date?: string | null;
  external_system_url?: string | null;
  id?: string;
  raw_status?: string | null;
  shipment_date?: string | null;
  shipment_method?: string;
  status?:
    | "pre_transit"
    | "in_transit"
    | "arrival_port"
    | "en_route_to_destination"
    | "final_destination";
  updated_date?: string;
}

export interface FreightShipmentListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  page_token?: string;
}

export interface FreightShipmentListResponse {
  data: Array<FreightShipment>;
  next_token?: string | null;
  total_count?: number;
}

export interface FreightShipmentRetrieveResponse {
  data: FreightShipment;
}
