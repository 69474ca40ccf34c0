// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { CartOrderShipToAddress } from "../../cart/orders.js";
import type { OrderShipmentPackageMeasurements } from "../orders.js";

export interface OrderPackRetrieveResponse {
  data: OrderPackRetrieveResponseData;
}

export interface OrderPackRetrieveResponseData {
  additional_fields?: Record<string, unknown>;
  carrier?: string | null;
  carrier_id?: string | null;
  carrier_name?: string | null;
  order_line_items?: Array<OrderPackRetrieveResponseDataOrderLineItem>;
  packs?: Array<OrderPackRetrieveResponseDataPack>;
  scac?: string | null;
  ship_to_address?: CartOrderShipToAddress;
  shipping_method?: string | null;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
}

export interface OrderPackRetrieveResponseDataOrderLineItem {
  product_id?: string;
  quantity?: number;
  sku?: string | null;
}

export interface OrderPackRetrieveResponseDataPack {
  line_items?: Array<OrderPackRetrieveResponseDataPackLineItem>;
  measurements?: OrderShipmentPackageMeasurements;
  pack_id?: string;
}

export interface OrderPackRetrieveResponseDataPackLineItem {
  inventory_item_id?: string;
  quantity?: number;
  sku?: string | null;
}
