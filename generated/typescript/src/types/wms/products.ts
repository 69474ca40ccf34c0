// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  Exclusive,
  StringEqInNinContainsNotContainsFilter,
  StringFilter,
  StringInFilter,
} from "../shared.js";
import type {
  InboundShipmentAddTrackstarTagsAmsParams,
  InboundShipmentAddTrackstarTagsBaseParams,
  InboundShipmentCreateParamsSupplierObject,
} from "./inbound_shipments.js";
import type {
  KitCreateMasonhubParamsMeasurements,
  KitCreateParamsMeasurements,
  KitCreateShipwireParamsMeasurements,
  KitUpdateMasonhubParams,
  KitUpdateShipheroParams,
} from "./kits.js";

export interface Product {
  active?: boolean;
  additional_fields?: Record<string, unknown>;
  country_of_origin?: string | null;
  created_date?: string;
  external_system_url?: string | null;
  gtin?: string | null;
  harmonized_code?: string | null;
  id?: string;
  inventory_items?: Array<ProductInventoryItem>;
  is_kit?: boolean;
  name?: string;
  sku?: string | null;
  supplier?: string | null;
  supplier_object?: ProductSupplierObject | null;
  supplier_products?: Array<ProductSupplierProduct>;
  trackstar_tags?: Array<unknown> | null;
  unit_price?: number | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export type ProductAddTrackstarTagsAmsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsAmwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsBaseParams =
  InboundShipmentAddTrackstarTagsBaseParams;

export type ProductAddTrackstarTagsBdiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsBleckmannParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsBlueboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsByrdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCamelotParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCanary7Params =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCapacityParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCartonCloudParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCin7OmniParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCirroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCraftyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsCwrParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsDarwynnFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsDavinciParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsDclParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsDearSystemsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsDeposcoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsDistributionManagementParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsDouyinParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsEliteOpsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsExcelsiorParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsExtensiv3plCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFabfitfunParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFbaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFfeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFinaleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFlatFeeShippingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFlexportParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFlowspaceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFulfillmentLabParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsFulfilmentcrowdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsGGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsGoboltParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsIFulfilmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsIcreateParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsInfoplusParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsItshereParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsJasParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsJazzCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsLandmarkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsLeanafyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsLeanwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsLinnworksParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsLogicpodParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsLogiwaIoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsLogiwaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsMaiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsMasonhubParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsMaypleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsMintsoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsNext3plParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsNfiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsNimbleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsNlrpParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsOiaGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsOngoingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsOsaCommerceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsPackemParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsPackiyoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsParams = Exclusive<
  | InboundShipmentAddTrackstarTagsBaseParams
  | InboundShipmentAddTrackstarTagsAmsParams
>;

export type ProductAddTrackstarTagsPatternParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsPeoplevoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsPostnordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsPulpoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsQuietParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface ProductAddTrackstarTagsResponse {
  data: ProductAddTrackstarTagsResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface ProductAddTrackstarTagsResponseData {
  active?: boolean;
  additional_fields?: Record<string, unknown>;
  country_of_origin?: string | null;
  created_date?: string;
  external_system_url?: string | null;
  gtin?: string | null;
  harmonized_code?: string | null;
  id?: string;
  inventory_items?: Array<ProductInventoryItem>;
  is_kit?: boolean;
  name?: string;
  sku?: string | null;
  supplier?: string | null;
  supplier_object?: ProductSupplierObject | null;
  supplier_products?: Array<ProductSupplierProduct>;
  trackstar_tags?: Array<unknown> | null;
  unit_price?: number | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export type ProductAddTrackstarTagsRjwParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsSandboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipbobParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipedgeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipfusionParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipheroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipmonkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipnetworkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipoffersParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipoutParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShippingAndHandlingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShippingTreeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShippingboParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipstationParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipstreamParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsShipwireParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsSkulabsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsSkusavvyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsSkuvaultParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsSmartWarehousingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsSojoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsSoukoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsStockAndTraceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsStordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsTeapplixParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsTechshipParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsTiktokParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsUnisParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsUnleashedParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsVeeqoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsVeracoreParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsVerticalColdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsVoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsWalmartParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsWarehanceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsWhiplashParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsXbFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsXorosoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ProductAddTrackstarTagsZenventoryParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface ProductCreateBaseParams {
  gtin: string;
  measurements: KitCreateParamsMeasurements;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductCreateBlueboxParams {
  gtin: string;
  measurements?: ProductCreateBlueboxParamsMeasurements;
  name: string;
  price?: number;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateBlueboxParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateDearSystemsParams {
  costing_method:
    | "FIFO"
    | "Special - Batch"
    | "Special - Serial Number"
    | "FIFO - Serial Number"
    | "FIFO - Batch"
    | "FEFO - Batch"
    | "FEFO - Serial Number";
  gtin: string;
  measurements?: ProductCreateDearSystemsParamsMeasurements | null;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateDearSystemsParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateDeposcoParams {
  active?: boolean;
  gtin?: string;
  measurements?: ProductCreateDeposcoParamsMeasurements | null;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateDeposcoParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateExtensiv3plCentralParams {
  gtin?: string | null;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
}

export interface ProductCreateFlexportParams {
  measurements?: ProductCreateFlexportParamsMeasurements;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateFlexportParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateInfoplusParams {
  allocation_rule?: "Strict" | "Weak" | "Labor Optimized";
  backorder?: boolean;
  gtin?: string;
  hazmat?: boolean;
  item_mixing_rule?: "Single" | "Multi";
  lot_mixing_rule?: "Item Receipt" | "Inventory Properties" | "SKU";
  major_group_id: number;
  measurements?: ProductCreateInfoplusParamsMeasurements;
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
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id: string;
}

export type ProductCreateInfoplusParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateJazzCentralParams {
  gtin: string;
  price: number;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductCreateLogiwaIoParams {
  description: string;
  gtin?: string;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id: string | null;
}

export interface ProductCreateMasonhubParams {
  brand_name: string;
  category: string;
  customer_bar_code: string;
  customer_brand_code: string;
  description: string;
  gtin?: string;
  measurements: KitCreateMasonhubParamsMeasurements;
  name: string;
  sku: string;
  sub_category: string;
  trackstar_tags?: Array<unknown> | null;
  vendor_brand_code: string;
  vendor_style: string;
}

export interface ProductCreateNimbleParams {
  description: string;
  gtin: string;
  measurements: ProductCreateNimbleParamsMeasurements;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
  vendor_sku?: string;
}

export interface ProductCreateNimbleParamsMeasurements {
  height?: number;
  length?: number;
  unit: "cm" | "in";
  weight?: number;
  weight_unit: "kg" | "oz" | "lb";
  width?: number;
}

export interface ProductCreateOngoingParams {
  gtin: string;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateParams = Exclusive<
  | ProductCreateBaseParams
  | ProductCreateBlueboxParams
  | ProductCreateDearSystemsParams
  | ProductCreateDeposcoParams
  | ProductCreateExtensiv3plCentralParams
  | ProductCreateFlexportParams
  | ProductCreateInfoplusParams
  | ProductCreateJazzCentralParams
  | ProductCreateLogiwaIoParams
  | ProductCreateMasonhubParams
  | ProductCreateNimbleParams
  | ProductCreateOngoingParams
  | ProductCreateSandboxParams
  | ProductCreateShipfusionParams
  | ProductCreateShipheroParams
  | ProductCreateShipmonkParams
  | ProductCreateShipstreamParams
  | ProductCreateShipwireParams
  | ProductCreateSkusavvyParams
  | ProductCreateSkuvaultParams
  | ProductCreateVeracoreParams
  | ProductCreateWhiplashParams
>;

export interface ProductCreateResponse {
  data: Product;
  id?: string;
  unused_fields?: Array<string>;
}

export interface ProductCreateSandboxParams {
  gtin?: string;
  measurements?: KitCreateParamsMeasurements;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductCreateShipfusionParams {
  measurements?: ProductCreateShipfusionParamsMeasurements | null;
  name: string;
  price?: number;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateShipfusionParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateShipheroParams {
  gtin?: string;
  measurements?: ProductCreateShipheroParamsMeasurements;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type ProductCreateShipheroParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateShipmonkParams {
  country_of_origin: string;
  customs_declaration_value: number;
  fragile: boolean;
  gtin: string;
  measurements: ProductCreateShipmonkParamsMeasurements;
  name: string;
  replacement_cost: number;
  required_packaging:
    "poly_mailer" | "bubble_mailer" | "box" | "slap_a_label" | "custom";
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductCreateShipmonkParamsMeasurements {
  weight: number | null;
  weight_unit: "kg" | "oz" | "lb" | null;
}

export interface ProductCreateShipstreamParams {
  gtin?: string;
  measurements: ProductCreateShipstreamParamsMeasurements;
  name: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateShipstreamParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateShipwireParams {
  battery_configuration?:
    "NOBATTERY" | "ISBATTERY" | "HASBATTERY" | "HASLOOSEBATTERY";
  category?: "OTHER" | "APPAREL" | "TOYS_SPORTS_HOBBIES";
  cost_value: number;
  gtin?: string;
  measurements: KitCreateShipwireParamsMeasurements;
  name: string;
  retail_value: number;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductCreateSkusavvyParams {
  gtin: string;
  measurements: ProductCreateSkusavvyParamsMeasurements;
  name: string;
  price: number;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductCreateSkusavvyParamsMeasurements =
  KitCreateParamsMeasurements;

export interface ProductCreateSkuvaultParams {
  brand?: string;
  classification?: string;
  gtin?: string;
  measurements: ProductCreateSkuvaultParamsMeasurements;
  name?: string;
  sku: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
}

export type ProductCreateSkuvaultParamsMeasurements =
  ProductCreateShipmonkParamsMeasurements;

export interface ProductCreateVeracoreParams {
  client_id: "N/A - Connect an account to see options";
  name: string;
  product_type?:
    | "Regular"
    | "Regular Valuable"
    | "Bulky Valuable"
    | "Requires Safe"
    | "Refrigerated"
    | "Food"
    | "Pharmaceutical"
    | "Ink"
    | "Hazardous Material"
    | "Fragile"
    | "Frozen"
    | "OTC Medications"
    | "Clean"
    | "Medical"
    | "Special Handling";
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductCreateWhiplashParams {
  gtin: string;
  name?: string;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductInventoryItem {
  inventory_item_id?: string;
  sku?: string | null;
  unit_quantity?: number;
}

export interface ProductListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  sku?: StringEqInNinContainsNotContainsFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface ProductListResponse {
  data: Array<Product>;
  next_token?: string | null;
  total_count?: number;
}

export interface ProductRetrieveResponse {
  data: Product;
}

export interface ProductSupplierObject {
  supplier_id?: string;
  supplier_name?: string | null;
}

export interface ProductSupplierProduct {
  external_id?: string | null;
  supplier_id?: string;
  supplier_name?: string | null;
  unit_cost?: string | null;
}

export interface ProductUpdateBaseParams {
  gtin?: string;
  measurements?: KitCreateParamsMeasurements;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateDearSystemsParams {
  costing_method?:
    | "FIFO"
    | "Special - Batch"
    | "Special - Serial Number"
    | "FIFO - Serial Number"
    | "FIFO - Batch"
    | "FEFO - Batch"
    | "FEFO - Serial Number";
  gtin?: string;
  measurements?: ProductCreateDearSystemsParamsMeasurements | null;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateDeposcoParams {
  active?: boolean;
  gtin?: string;
  measurements?: ProductCreateDeposcoParamsMeasurements | null;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateExtensiv3plCentralParams {
  gtin?: string | null;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id: string | null;
}

export interface ProductUpdateInfoplusParams {
  gtin?: string;
  measurements?: ProductCreateInfoplusParamsMeasurements;
  name?: string;
  price?: number;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string;
}

export interface ProductUpdateJazzCentralParams {
  gtin: string;
  price?: number;
  sku: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateLogiwaIoParams {
  description?: string;
  gtin?: string;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
}

export type ProductUpdateMasonhubParams = KitUpdateMasonhubParams;

export type ProductUpdateNimbleParams = ProductCreateNimbleParams;

export interface ProductUpdateOngoingParams {
  gtin?: string;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductUpdateParams = Exclusive<
  | ProductUpdateBaseParams
  | ProductUpdateDearSystemsParams
  | ProductUpdateDeposcoParams
  | ProductUpdateExtensiv3plCentralParams
  | ProductUpdateInfoplusParams
  | ProductUpdateJazzCentralParams
  | ProductUpdateLogiwaIoParams
  | KitUpdateMasonhubParams
  | ProductCreateNimbleParams
  | ProductUpdateOngoingParams
  | ProductUpdateSandboxParams
  | ProductUpdateShipfusionParams
  | KitUpdateShipheroParams
  | ProductUpdateShipstreamParams
  | ProductUpdateSkusavvyParams
  | ProductUpdateSkuvaultParams
  | ProductUpdateWhiplashParams
>;

export interface ProductUpdateResponse {
  data: Product;
  id?: string;
  unused_fields?: Array<string>;
}

export interface ProductUpdateSandboxParams {
  gtin?: string;
  measurements?: KitCreateParamsMeasurements;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateShipfusionParams {
  measurements?: ProductCreateShipfusionParamsMeasurements | null;
  name: string;
  price?: number;
  trackstar_tags?: Array<unknown> | null;
}

export type ProductUpdateShipheroParams = KitUpdateShipheroParams;

export interface ProductUpdateShipstreamParams {
  gtin?: string;
  measurements?: ProductCreateShipstreamParamsMeasurements;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateSkusavvyParams {
  measurements?: ProductCreateSkusavvyParamsMeasurements;
  price?: number;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateSkuvaultParams {
  brand?: string;
  classification?: string;
  measurements: ProductCreateSkuvaultParamsMeasurements;
  name?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
}

export interface ProductUpdateWhiplashParams {
  gtin: string;
  name?: string;
  sku?: string;
  trackstar_tags?: Array<unknown> | null;
}
