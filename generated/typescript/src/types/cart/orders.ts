// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  FilterOperators,
  StringEqInNinContainsNotContainsFilter,
  StringFilter,
  StringInFilter,
} from "../shared.js";

export interface CartOrder {
  additional_fields?: Record<string, unknown>;
  bill_to_address?: CartOrderBillToAddress;
  carrier_id?: string | null;
  carrier_name?: string | null;
  created_date?: string;
  earliest_ship_date?: string | null;
  external_system_url?: string | null;
  id?: string;
  invoice_currency_code?: string;
  latest_ship_date?: string | null;
  line_items?: Array<CartOrderLineItem>;
  order_number?: string;
  raw_status?: string | null;
  requested_shipping_method?: string | null;
  ship_to_address?: CartOrderShipToAddress;
  shipments?: Array<CartOrderShipment>;
  shipping_groups?: Array<CartOrderShippingGroup>;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  total_discount?: number | null;
  total_price?: number | null;
  total_shipping?: number | null;
  total_tax?: number | null;
  updated_date?: string;
}

export interface CartOrderBillToAddress {
  address1?: string | null;
  address2?: string | null;
  address3?: string | null;
  city?: string | null;
  country?: string | null;
  full_name?: string | null;
  postal_code?: string | null;
  state?: string | null;
}

export interface CartOrderLineItem {
  discount?: number | null;
  line_item_id?: string;
  parent_product_id?: string | null;
  parent_product_sku?: string | null;
  product_id?: string;
  product_sku?: string | null;
  quantity?: number;
  tax?: number | null;
  unit_price?: number | null;
}

export interface CartOrderListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  order_number?: StringEqInNinContainsNotContainsFilter;
  status?: CartOrderStatusFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface CartOrderListResponse {
  data: Array<CartOrder>;
  next_token?: string | null;
  total_count?: number;
}

export interface CartOrderRetrieveResponse {
  data: CartOrder;
}

export interface CartOrderShipToAddress {
  address1?: string | null;
  address2?: string | null;
  address3?: string | null;
  city?: string | null;
  company?: string | null;
  country?: string | null;
  email_address?: string | null;
  full_name?: string | null;
  phone_number?: string | null;
  postal_code?: string | null;
  state?: string | null;
}

export interface CartOrderShipment {
  carrier_id?: string | null;
  carrier_name?: string | null;
  created_date?: string | null;
  line_items?: Array<CartOrderShipmentLineItem>;
  raw_status?: string | null;
  shipment_id?: string;
  shipping_groups?: Array<string>;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  status?:
    | "open"
    | "shipped"
    | "delivered"
    | "cancelled"
    | "exception"
    | "on_hold"
    | "other"
    | null;
  tracking_number?: string | null;
  tracking_url?: string | null;
  updated_date?: string | null;
  warehouse_id?: string | null;
}

export interface CartOrderShipmentLineItem {
  parent_product_id?: string | null;
  parent_product_sku?: string | null;
  product_id?: string;
  product_sku?: string | null;
  quantity?: number;
  shipment_line_item_id?: string;
}

export interface CartOrderShippingGroup {
  created_date?: string;
  line_items?: Array<CartOrderShippingGroupLineItem>;
  raw_status?: string | null;
  shipping_group_id?: string;
  status?:
    | "open"
    | "shipped"
    | "delivered"
    | "cancelled"
    | "exception"
    | "on_hold"
    | "other"
    | null;
  updated_date?: string;
  warehouse_id?: string;
}

export interface CartOrderShippingGroupLineItem {
  line_item_id?: string;
  parent_product_id?: string | null;
  product_id?: string;
  product_sku?: string | null;
  quantity?: number;
}

export type CartOrderStatus =
  | "open"
  | "confirmed"
  | "processing"
  | "partially_fulfilled"
  | "fulfilled"
  | "exception"
  | "cancelled"
  | "backordered"
  | "other";

export type CartOrderStatusFilter =
  | CartOrderStatus
  | ReadonlyArray<CartOrderStatus>
  | FilterOperators<
      "eq" | "neq" | "in" | "nin" | "contains" | "not_contains",
      CartOrderStatus
    >;
