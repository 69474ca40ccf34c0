// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { CartProductAdjustInventoryNuorderParams } from "../cart/products.js";
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
} from "./inbound_shipments.js";

export interface Inventory {
  active?: boolean;
  additional_fields?: Record<string, unknown>;
  awaiting?: number;
  committed?: number;
  created_date?: string;
  external_system_url?: string | null;
  fulfillable?: number;
  id?: string;
  inventory_by_warehouse_id?: Record<
    string,
    InventoryInventoryByWarehouseIdValue
  >;
  locations?: Array<InventoryLocation>;
  lots?: Array<InventoryLot>;
  measurements?: InventoryMeasurements;
  name?: string;
  onhand?: number;
  sellable?: number;
  sku?: string | null;
  substitute_skus?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  unfulfillable?: number;
  unit_cost?: number | null;
  unsellable?: number;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export type InventoryAddTrackstarTagsAmsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsAmwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsBaseParams =
  InboundShipmentAddTrackstarTagsBaseParams;

export type InventoryAddTrackstarTagsBdiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsBleckmannParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsBlueboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsByrdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCamelotParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCanary7Params =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCapacityParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCartonCloudParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCin7OmniParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCirroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCraftyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsCwrParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsDarwynnFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsDavinciParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsDclParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsDearSystemsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsDeposcoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsDistributionManagementParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsDouyinParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsEliteOpsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsExcelsiorParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsExtensiv3plCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFabfitfunParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFbaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFfeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFinaleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFlatFeeShippingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFlexportParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFlowspaceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFulfillmentLabParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsFulfilmentcrowdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsGGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsGoboltParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsIFulfilmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsIcreateParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsInfoplusParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsItshereParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsJasParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsJazzCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsLandmarkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsLeanafyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsLeanwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsLinnworksParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsLogicpodParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsLogiwaIoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsLogiwaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsMaiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsMasonhubParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsMaypleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsMintsoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsNext3plParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsNfiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsNimbleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsNlrpParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsOiaGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsOngoingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsOsaCommerceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsPackemParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsPackiyoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsParams = Exclusive<
  | InboundShipmentAddTrackstarTagsBaseParams
  | InboundShipmentAddTrackstarTagsAmsParams
>;

export type InventoryAddTrackstarTagsPatternParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsPeoplevoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsPostnordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsPulpoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsQuietParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface InventoryAddTrackstarTagsResponse {
  data: InventoryAddTrackstarTagsResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface InventoryAddTrackstarTagsResponseData {
  active?: boolean;
  additional_fields?: Record<string, unknown>;
  awaiting?: number;
  committed?: number;
  created_date?: string;
  external_system_url?: string | null;
  fulfillable?: number;
  id?: string;
  inventory_by_warehouse_id?: Record<
    string,
    InventoryInventoryByWarehouseIdValue
  >;
  locations?: Array<InventoryLocation>;
  lots?: Array<InventoryLot>;
  measurements?: InventoryMeasurements;
  name?: string;
  onhand?: number;
  sellable?: number;
  sku?: string | null;
  substitute_skus?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  unfulfillable?: number;
  unit_cost?: number | null;
  unsellable?: number;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export type InventoryAddTrackstarTagsRjwParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsSandboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipbobParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipedgeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipfusionParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipheroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipmonkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipnetworkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipoffersParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipoutParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShippingAndHandlingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShippingTreeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShippingboParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipstationParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipstreamParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsShipwireParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsSkulabsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsSkusavvyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsSkuvaultParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsSmartWarehousingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsSojoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsSoukoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsStockAndTraceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsStordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsTeapplixParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsTechshipParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsTiktokParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsUnisParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsUnleashedParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsVeeqoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsVeracoreParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsVerticalColdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsVoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsWalmartParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsWarehanceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsWhiplashParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsXbFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsXorosoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InventoryAddTrackstarTagsZenventoryParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface InventoryAdjustBaseParams {
  adjustment_type?: "increase" | "decrease";
  location_id?: string;
  quantity?: number;
  warehouse_id?: string;
}

export type InventoryAdjustFbaParams = CartProductAdjustInventoryNuorderParams;

export interface InventoryAdjustLinnworksParams {
  adjustment_type: "increase" | "decrease";
  location_id?: string;
  quantity: number;
}

export interface InventoryAdjustLogiwaParams {
  adjustment_type: "increase" | "decrease";
  location_id?: string;
  quantity: number;
  warehouse_id: string;
}

export type InventoryAdjustParams = Exclusive<
  | InventoryAdjustBaseParams
  | CartProductAdjustInventoryNuorderParams
  | InventoryAdjustLinnworksParams
  | InventoryAdjustLogiwaParams
>;

export interface InventoryAdjustResponse {
  data: Inventory;
  id?: string;
  unused_fields?: Array<string>;
}

export type InventoryAdjustSandboxParams = InventoryAdjustLogiwaParams;

export type InventoryAdjustShipheroParams = InventoryAdjustLogiwaParams;

export interface InventoryInventoryByWarehouseIdValue {
  awaiting?: number | null;
  committed?: number | null;
  fulfillable?: number | null;
  onhand?: number;
  sellable?: number | null;
  unfulfillable?: number | null;
  unsellable?: number | null;
}

export interface InventoryListParams {
  active?: boolean;
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  sku?: StringEqInNinContainsNotContainsFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface InventoryListResponse {
  data: Array<Inventory>;
  next_token?: string | null;
  total_count?: number;
}

export interface InventoryLocation {
  location_id?: string;
  quantity?: number;
  warehouse_id?: string;
}

export interface InventoryLot {
  expiration_date?: string | null;
  lot_id?: string;
  onhand?: number;
  warehouse_id?: string | null;
}

export interface InventoryMeasurements {
  height?: number | null;
  length?: number | null;
  unit?: "cm" | "in" | null;
  weight?: number | null;
  weight_unit?: "kg" | "oz" | "lb" | null;
  width?: number | null;
}

export interface InventoryRetrieveResponse {
  data: Inventory;
}
