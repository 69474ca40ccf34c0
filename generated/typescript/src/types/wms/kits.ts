// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { Exclusive } from "../shared.js";
import type {
  Product,
  ProductCreateShipheroParamsMeasurements,
} from "./products.js";

export interface KitCreateBaseParams {
  gtin: string;
  inventory_items: Array<KitCreateParamsInventoryItem>;
  measurements: KitCreateParamsMeasurements;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface KitCreateDearSystemsParams {
  costing_method:
    | "FIFO"
    | "Special - Batch"
    | "Special - Serial Number"
    | "FIFO - Serial Number"
    | "FIFO - Batch"
    | "FEFO - Batch"
    | "FEFO - Serial Number";
  inventory_items: Array<KitCreateDearSystemsParamsInventoryItem>;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface KitCreateDearSystemsParamsInventoryItem {
  inventory_item_id: string;
  unit_quantity: number;
}

export interface KitCreateExtensiv3plCentralParams {
  gtin?: string;
  inventory_items: Array<KitCreateExtensiv3plCentralParamsInventoryItem>;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id: string | null;
}

export type KitCreateExtensiv3plCentralParamsInventoryItem =
  KitCreateParamsInventoryItem;

export interface KitCreateInfoplusParams {
  allocation_rule?: "Strict" | "Weak" | "Labor Optimized";
  backorder?: boolean;
  gtin?: string;
  hazmat?: boolean;
  inventory_items: Array<KitCreateInfoplusParamsInventoryItem>;
  is_kit_on_demand?: "Yes" | "No";
  item_mixing_rule?: "Single" | "Multi";
  lot_mixing_rule?: "Item Receipt" | "Inventory Properties" | "SKU";
  major_group_id: number;
  name: string;
  price?: number;
  receiving_criteria_scheme_id: number;
  seasonal_item?: boolean;
  secure?: boolean;
  sku: string;
  status:
    | "Active"
    | "Deplete"
    | "Blocked"
    | "Placeholder"
    | "Outside Vendor"
    | "Print on Demand";
  subgroup_id: number;
  touches: number;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id: string;
}

export type KitCreateInfoplusParamsInventoryItem = KitCreateParamsInventoryItem;

export interface KitCreateMasonhubParams {
  brand_name: string;
  category: string;
  customer_bar_code: string;
  customer_brand_code: string;
  description: string;
  gtin?: string;
  inventory_items: Array<KitCreateMasonhubParamsInventoryItem>;
  measurements: KitCreateMasonhubParamsMeasurements;
  name: string;
  sku: string;
  sub_category: string;
  trackstar_tags?: Array<unknown> | null;
  vendor_brand_code: string;
  vendor_style: string;
}

export interface KitCreateMasonhubParamsInventoryItem {
  sku: string;
  unit_quantity: number;
}

export type KitCreateMasonhubParamsMeasurements = KitCreateParamsMeasurements;

export interface KitCreateOngoingParams {
  gtin: string;
  inventory_items: Array<KitCreateOngoingParamsInventoryItem>;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type KitCreateOngoingParamsInventoryItem = KitCreateParamsInventoryItem;

export type KitCreateParams = Exclusive<
  | KitCreateBaseParams
  | KitCreateDearSystemsParams
  | KitCreateExtensiv3plCentralParams
  | KitCreateInfoplusParams
  | KitCreateMasonhubParams
  | KitCreateOngoingParams
  | KitCreateShipheroParams
  | KitCreateSkuvaultParams
  | KitCreateShipwireParams
  | KitCreateWhiplashParams
>;

export interface KitCreateParamsInventoryItem {
  sku: string;
  unit_quantity: number;
}

export interface KitCreateParamsMeasurements {
  height: number | null;
  length: number | null;
  unit: "cm" | "in" | null;
  weight: number | null;
  weight_unit: "kg" | "oz" | "lb" | null;
  width: number | null;
}

export interface KitCreateResponse {
  data: Product;
  id?: string;
  unused_fields?: Array<string>;
}

export type KitCreateSandboxParams = KitCreateBaseParams;

export interface KitCreateShipheroParams {
  inventory_items: Array<KitCreateShipheroParamsInventoryItem>;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type KitCreateShipheroParamsInventoryItem = KitCreateParamsInventoryItem;

export type KitCreateShipstreamParams = KitCreateSkuvaultParams;

export type KitCreateShipstreamParamsInventoryItem =
  KitCreateParamsInventoryItem;

export interface KitCreateShipwireParams {
  battery_configuration?:
    "NOBATTERY" | "ISBATTERY" | "HASBATTERY" | "HASLOOSEBATTERY";
  category?: "OTHER" | "APPAREL" | "TOYS_SPORTS_HOBBIES";
  classification?: "kit" | "virtualKit";
  cost_value: number;
  inventory_items: Array<KitCreateShipwireParamsInventoryItem>;
  measurements: KitCreateShipwireParamsMeasurements;
  name: string;
  retail_value: number;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type KitCreateShipwireParamsInventoryItem = KitCreateParamsInventoryItem;

export interface KitCreateShipwireParamsMeasurements {
  height: number | null;
  length: number | null;
  units?: "US" | "METRIC";
  weight: number | null;
  width: number | null;
}

export interface KitCreateSkuvaultParams {
  inventory_items: Array<KitCreateSkuvaultParamsInventoryItem>;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type KitCreateSkuvaultParamsInventoryItem = KitCreateParamsInventoryItem;

export interface KitCreateWhiplashParams {
  gtin: string;
  inventory_items: Array<KitCreateWhiplashParamsInventoryItem>;
  name?: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type KitCreateWhiplashParamsInventoryItem = KitCreateParamsInventoryItem;

export interface KitUpdateBaseParams {
  gtin?: string;
  inventory_items: Array<KitCreateParamsInventoryItem>;
  measurements?: KitCreateParamsMeasurements;
  name?: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface KitUpdateDearSystemsParams {
  costing_method?:
    | "FIFO"
    | "Special - Batch"
    | "Special - Serial Number"
    | "FIFO - Serial Number"
    | "FIFO - Batch"
    | "FEFO - Batch"
    | "FEFO - Serial Number";
  inventory_items: Array<KitCreateDearSystemsParamsInventoryItem>;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface KitUpdateExtensiv3plCentralParams {
  gtin?: string;
  inventory_items: Array<KitCreateExtensiv3plCentralParamsInventoryItem>;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id: string | null;
}

export interface KitUpdateInfoplusParams {
  gtin?: string;
  inventory_items: Array<KitCreateInfoplusParamsInventoryItem>;
  is_kit_on_demand?: "Yes" | "No";
  name?: string;
  touches?: number;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string;
}

export interface KitUpdateMasonhubParams {
  brand_name: string;
  category: string;
  customer_bar_code: string;
  customer_brand_code: string;
  description: string;
  gtin?: string;
  measurements: KitCreateMasonhubParamsMeasurements;
  name: string;
  sub_category: string;
  trackstar_tags?: Array<unknown> | null;
  vendor_brand_code: string;
  vendor_style: string;
}

export interface KitUpdateOngoingParams {
  gtin?: string;
  inventory_items: Array<KitCreateOngoingParamsInventoryItem>;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type KitUpdateParams = Exclusive<
  | KitUpdateBaseParams
  | KitUpdateDearSystemsParams
  | KitUpdateExtensiv3plCentralParams
  | KitUpdateInfoplusParams
  | KitUpdateMasonhubParams
  | KitUpdateOngoingParams
  | KitUpdateSandboxParams
  | KitUpdateShipheroParams
  | KitUpdateShipstreamParams
  | KitUpdateWhiplashParams
>;

export interface KitUpdateResponse {
  data: Product;
  id?: string;
  unused_fields?: Array<string>;
}

export interface KitUpdateSandboxParams {
  gtin?: string;
  inventory_items?: Array<KitCreateParamsInventoryItem>;
  measurements?: KitCreateParamsMeasurements;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface KitUpdateShipheroParams {
  gtin?: string;
  measurements?: ProductCreateShipheroParamsMeasurements;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface KitUpdateShipstreamParams {
  inventory_items: Array<KitCreateShipstreamParamsInventoryItem>;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface KitUpdateWhiplashParams {
  gtin: string;
  inventory_items?: Array<KitCreateWhiplashParamsInventoryItem>;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}
