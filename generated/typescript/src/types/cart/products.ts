// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { DatetimeFilter, Exclusive, StringInFilter } from "../shared.js";

export interface CartProduct {
  active?: boolean;
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  external_system_url?: string | null;
  id?: string;
  inventory?: number | null;
  inventory_by_warehouse_id?: Record<string, number>;
  is_kit?: boolean;
  name?: string;
  parent_product_id?: string;
  price?: number | null;
  sku?: string | null;
  tags?: Array<string>;
  unit_cost?: number | null;
  updated_date?: string;
}

export interface CartProductAdjustInventoryAmazonParams {
  adjustment_type: "increase" | "decrease";
  quantity: number;
  warehouse_id: "US";
}

export interface CartProductAdjustInventoryBaseParams {
  adjustment_type?: "increase" | "decrease";
  quantity?: number;
  warehouse_id?: string;
}

export interface CartProductAdjustInventoryBigcommerceParams {
  adjustment_type: "increase" | "decrease";
  quantity: number;
  reason: "recount" | "received" | "sold" | "damaged" | "other";
  warehouse_id: string;
}

export type CartProductAdjustInventoryEtsyParams =
  CartProductAdjustInventorySandboxParams;

export type CartProductAdjustInventoryFaireParams =
  CartProductAdjustInventorySandboxParams;

export interface CartProductAdjustInventoryNuorderParams {
  adjustment_type: "increase" | "decrease";
  quantity: number;
  warehouse_id: string;
}

export type CartProductAdjustInventoryParams = Exclusive<
  | CartProductAdjustInventoryBaseParams
  | CartProductAdjustInventoryAmazonParams
  | CartProductAdjustInventoryBigcommerceParams
  | CartProductAdjustInventorySandboxParams
  | CartProductAdjustInventoryNuorderParams
  | CartProductAdjustInventoryShopifyParams
  | CartProductAdjustInventoryTiktokParams
>;

export interface CartProductAdjustInventoryResponse {
  data: CartProduct;
  id?: string;
  unused_fields?: Array<string>;
}

export interface CartProductAdjustInventorySandboxParams {
  adjustment_type: "increase" | "decrease";
  quantity: number;
}

export interface CartProductAdjustInventoryShopifyParams {
  adjustment_type: "increase" | "decrease";
  quantity: number;
  reason:
    | "correction"
    | "cycle_count_available"
    | "damaged"
    | "movement_created"
    | "movement_updated"
    | "movement_received"
    | "payment_canceled"
    | "other"
    | "promotion"
    | "quality_control"
    | "received"
    | "reservation_created"
    | "reservation_updated"
    | "reservation_deleted"
    | "restock"
    | "safety_stock"
    | "shrinkage";
  warehouse_id: string;
}

export interface CartProductAdjustInventoryTiktokParams {
  adjustment_type: "increase" | "decrease";
  quantity: number;
  shop_id: string;
  warehouse_id: string;
}

export type CartProductAdjustInventoryWalmartParams =
  CartProductAdjustInventorySandboxParams;

export type CartProductAdjustInventoryWoocommerceParams =
  CartProductAdjustInventorySandboxParams;

export interface CartProductListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  page_token?: string;
}

export interface CartProductListResponse {
  data: Array<CartProduct>;
  next_token?: string | null;
  total_count?: number;
}

export interface CartProductRetrieveResponse {
  data: CartProduct;
}
