// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { CartWarehouseAddress } from "../cart/warehouses.js";
import type {
  DatetimeFilter,
  DatetimeRangeFilter,
  Exclusive,
  FilterOperators,
  StringEqContainsNotContainsFilter,
  StringFilter,
  StringInFilter,
} from "../shared.js";
import type {
  OrderCreateExtensiv3plCentralParamsBillToAddress,
  OrderCreateShipmonkParamsShipToAddress,
} from "./orders.js";

export interface InboundShipment {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  expected_arrival_date?: string | null;
  external_system_url?: string | null;
  id?: string;
  line_items?: Array<InboundShipmentLineItem>;
  notes?: Array<string>;
  purchase_order_number?: string | null;
  raw_status?: string | null;
  receipts?: Array<InboundShipmentReceipt>;
  ship_from_address?: CartWarehouseAddress;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  supplier?: string | null;
  supplier_object?: InboundShipmentSupplierObject | null;
  tracking_numbers?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export interface InboundShipmentAddTrackstarTagsAmsParams {
  trackstar_tags: Array<unknown>;
}

export type InboundShipmentAddTrackstarTagsAmwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface InboundShipmentAddTrackstarTagsBaseParams {
  trackstar_tags?: Array<unknown>;
}

export type InboundShipmentAddTrackstarTagsBdiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsBleckmannParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsBlueboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsByrdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCamelotParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCanary7Params =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCapacityParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCartonCloudParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCin7OmniParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCirroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCraftyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsCwrParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsDarwynnFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsDavinciParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsDclParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsDearSystemsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsDeposcoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsDistributionManagementParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsDouyinParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsEliteOpsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsExcelsiorParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsExtensiv3plCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFabfitfunParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFbaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFfeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFinaleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFlatFeeShippingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFlexportParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFlowspaceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFulfillmentLabParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsFulfilmentcrowdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsGGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsGoboltParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsIFulfilmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsIcreateParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsInfoplusParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsItshereParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsJasParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsJazzCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsLandmarkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsLeanafyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsLeanwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsLinnworksParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsLogicpodParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsLogiwaIoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsLogiwaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsMaiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsMasonhubParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsMaypleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsMintsoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsNext3plParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsNfiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsNimbleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsNlrpParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsOiaGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsOngoingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsOsaCommerceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsPackemParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsPackiyoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsParams = Exclusive<
  | InboundShipmentAddTrackstarTagsBaseParams
  | InboundShipmentAddTrackstarTagsAmsParams
>;

export type InboundShipmentAddTrackstarTagsPatternParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsPeoplevoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsPostnordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsPulpoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsQuietParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface InboundShipmentAddTrackstarTagsResponse {
  data: InboundShipmentAddTrackstarTagsResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface InboundShipmentAddTrackstarTagsResponseData {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  expected_arrival_date?: string | null;
  external_system_url?: string | null;
  id?: string;
  line_items?: Array<InboundShipmentLineItem>;
  notes?: Array<string>;
  purchase_order_number?: string | null;
  raw_status?: string | null;
  receipts?: Array<InboundShipmentReceipt>;
  ship_from_address?: CartWarehouseAddress;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  supplier?: string | null;
  supplier_object?: InboundShipmentSupplierObject | null;
  tracking_numbers?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export type InboundShipmentAddTrackstarTagsRjwParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsSandboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipbobParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipedgeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipfusionParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipheroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipmonkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipnetworkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipoffersParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipoutParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShippingAndHandlingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShippingTreeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShippingboParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipstationParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipstreamParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsShipwireParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsSkulabsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsSkusavvyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsSkuvaultParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsSmartWarehousingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsSojoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsSoukoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsStockAndTraceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsStordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsTeapplixParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsTechshipParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsTiktokParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsUnisParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsUnleashedParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsVeeqoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsVeracoreParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsVerticalColdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsVoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsWalmartParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsWarehanceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsWhiplashParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsXbFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsXorosoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type InboundShipmentAddTrackstarTagsZenventoryParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface InboundShipmentCreateAmsParams {
  container_number: string;
  email?: string;
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateAmsParamsLineItem>;
  purchase_order_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateAmsParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateBaseParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateParamsLineItem>;
  purchase_order_number: string;
  supplier: string;
  supplier_object: InboundShipmentCreateParamsSupplierObject;
  tracking_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateBlueboxParams {
  carton_count?: number;
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateBlueboxParamsLineItem>;
  purchase_order_number: string;
  ship_from_address?: InboundShipmentCreateBlueboxParamsShipFromAddress;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateBlueboxParamsLineItem {
  expected_quantity: number;
  gtin: string;
  sku: string;
  unit_cost?: number;
}

export type InboundShipmentCreateBlueboxParamsShipFromAddress =
  OrderCreateExtensiv3plCentralParamsBillToAddress;

export interface InboundShipmentCreateCamelotParams {
  id: string;
  line_items: Array<InboundShipmentCreateCamelotParamsLineItem>;
  ship_from_address: InboundShipmentCreateCamelotParamsShipFromAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentCreateCamelotParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateCamelotParamsShipFromAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  full_name?: string;
  postal_code: string;
  state: string;
}

export interface InboundShipmentCreateDclParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateDclParamsLineItem>;
  purchase_order_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: "FR" | "LA" | "LN" | "YK" | "EX" | "EU" | "KY";
}

export type InboundShipmentCreateDclParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateDearSystemsParams {
  approach: "STOCK" | "INVOICE";
  line_items: Array<InboundShipmentCreateDearSystemsParamsLineItem>;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateDearSystemsParamsLineItem {
  expected_quantity: number;
  sku: string;
  unit_cost?: number;
}

export interface InboundShipmentCreateDeposcoParams {
  custom_attribute_1?: string;
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateDeposcoParamsLineItem>;
  order_source?: string;
  purchase_order_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface InboundShipmentCreateDeposcoParamsLineItem {
  expected_quantity: number;
  inbound_lpn?: string;
  received_quantity?: number;
  sku: string;
  unit_cost?: number;
}

export interface InboundShipmentCreateDistributionManagementParams {
  line_items: Array<InboundShipmentCreateDistributionManagementParamsLineItem>;
  purchase_order_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateDistributionManagementParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateExtensiv3plCentralParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateExtensiv3plCentralParamsLineItem>;
  purchase_order_number?: string;
  reference_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateExtensiv3plCentralParamsLineItem {
  expected_quantity: number;
  external_id?: string | null;
  sku: string;
}

export interface InboundShipmentCreateFinaleParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateFinaleParamsLineItem>;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateFinaleParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateFlexportParams {
  line_items: Array<InboundShipmentCreateFlexportParamsLineItem>;
  ship_from_address: InboundShipmentCreateFlexportParamsShipFromAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentCreateFlexportParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export type InboundShipmentCreateFlexportParamsShipFromAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface InboundShipmentCreateFulfilmentcrowdParams {
  currency_code?: "USD";
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateFulfilmentcrowdParamsLineItem>;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: "N/A - Connect an account to see options";
}

export type InboundShipmentCreateFulfilmentcrowdParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface InboundShipmentCreateGGlobalParams {
  container?: string;
  custom_fields?: Array<InboundShipmentCreateGGlobalParamsCustomField>;
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateGGlobalParamsLineItem>;
  purchase_order_number: string;
  ship_date?: string;
  trackstar_tags?: Array<unknown> | null;
  transportation_document?: string;
}

export interface InboundShipmentCreateGGlobalParamsCustomField {
  name: string;
  value: string;
}

export type InboundShipmentCreateGGlobalParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateIcreateParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateIcreateParamsLineItem>;
  ordered_by: string;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateIcreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
}

export interface InboundShipmentCreateIcreateParamsLineItem {
  carrier: string;
  expected_quantity: number;
  inventory_item_id: string;
  tracking_number: string;
  unit_cost: number;
}

export type InboundShipmentCreateIcreateParamsSupplierObject =
  InboundShipmentCreateParamsSupplierObjectId;

export interface InboundShipmentCreateInfoplusParams {
  line_items: Array<InboundShipmentCreateInfoplusParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  type: "Kit" | "Normal" | "Transfer";
  warehouse_customer_id?: string | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateInfoplusParamsLineItem {
  expected_quantity: number;
  sku: string;
  unit_cost?: number;
}

export interface InboundShipmentCreateJasParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateJasParamsLineItem>;
  purchase_order_number: string;
  ship_from_address?: InboundShipmentCreateJasParamsShipFromAddress;
  supplier_object?: InboundShipmentCreateIcreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentCreateJasParamsLineItem =
  InboundShipmentCreateInfoplusParamsLineItem;

export type InboundShipmentCreateJasParamsShipFromAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface InboundShipmentCreateJazzCentralParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateJazzCentralParamsLineItem>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateJazzCentralParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateLeanwareParams {
  line_items: Array<InboundShipmentCreateLeanwareParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentCreateLeanwareParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateLinnworksParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateLinnworksParamsLineItem>;
  purchase_order_number: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentCreateLinnworksParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateLogiwaIoParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateLogiwaIoParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateLogiwaIoParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateLogiwaParams {
  inbound_type?: string;
  line_items: Array<InboundShipmentCreateLogiwaParamsLineItem>;
  notes?: Array<string>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateLogiwaParamsLineItem {
  expected_quantity: number;
  license_plate_code?: string;
  location_code?: string;
  sku: string;
}

export interface InboundShipmentCreateMasonhubParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateMasonhubParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateMasonhubParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateMintsoftParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateLinnworksParamsLineItem>;
  package_type:
    | "Carton"
    | "TwentyFtContainer"
    | "Pallet"
    | "FortyFtContainer"
    | "FortyFtContainerHC"
    | "FortyFiveFtContainer"
    | "FortyFiveFtContainerHC";
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateNimbleParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateNimbleParamsLineItem>;
  reference_id?: string;
  supplier_city?: string;
  supplier_country?: string;
  supplier_first_name?: string;
  supplier_last_name?: string;
  supplier_phone?: string;
  supplier_state?: string;
  supplier_street_line1?: string;
  supplier_street_line2?: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: "N/A - Connect an account to see options";
}

export interface InboundShipmentCreateNimbleParamsLineItem {
  expected_quantity: number;
  sku?: string;
  vendor_sku?: string;
}

export interface InboundShipmentCreateNlrpParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateNlrpParamsLineItem>;
  purchase_order_number: string;
  supplier: string;
  terms: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface InboundShipmentCreateNlrpParamsLineItem {
  expected_quantity: number;
  sku: string;
  unit_cost: number;
}

export interface InboundShipmentCreateOngoingParams {
  line_items: Array<InboundShipmentCreateOngoingParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateOngoingParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreatePackiyoParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreatePackiyoParamsLineItem>;
  notes?: Array<string>;
  purchase_order_number: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreatePackiyoParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export type InboundShipmentCreateParams = Exclusive<
  | InboundShipmentCreateBaseParams
  | InboundShipmentCreateAmsParams
  | InboundShipmentCreateBlueboxParams
  | InboundShipmentCreateCamelotParams
  | InboundShipmentCreateDclParams
  | InboundShipmentCreateDearSystemsParams
  | InboundShipmentCreateDeposcoParams
  | InboundShipmentCreateDistributionManagementParams
  | InboundShipmentCreateExtensiv3plCentralParams
  | InboundShipmentCreateFinaleParams
  | InboundShipmentCreateFlexportParams
  | InboundShipmentCreateFulfilmentcrowdParams
  | InboundShipmentCreateGGlobalParams
  | InboundShipmentCreateIcreateParams
  | InboundShipmentCreateInfoplusParams
  | InboundShipmentCreateJasParams
  | InboundShipmentCreateJazzCentralParams
  | InboundShipmentCreateLeanwareParams
  | InboundShipmentCreateLinnworksParams
  | InboundShipmentCreateLogiwaParams
  | InboundShipmentCreateLogiwaIoParams
  | InboundShipmentCreateMasonhubParams
  | InboundShipmentCreateMintsoftParams
  | InboundShipmentCreateNimbleParams
  | InboundShipmentCreateNlrpParams
  | InboundShipmentCreateOngoingParams
  | InboundShipmentCreatePackiyoParams
  | InboundShipmentCreatePeoplevoxParams
  | InboundShipmentCreatePostnordParams
  | InboundShipmentCreatePulpoParams
  | InboundShipmentCreateQuietParams
  | InboundShipmentCreateSandboxParams
  | InboundShipmentCreateShipbobParams
  | InboundShipmentCreateShipfusionParams
  | InboundShipmentCreateShipheroParams
  | InboundShipmentCreateShipmonkParams
  | InboundShipmentCreateShipstreamParams
  | InboundShipmentCreateShipwireParams
  | InboundShipmentCreateSkulabsParams
  | InboundShipmentCreateSkusavvyParams
  | InboundShipmentCreateSkuvaultParams
  | InboundShipmentCreateSmartWarehousingParams
  | InboundShipmentCreateSojoParams
  | InboundShipmentCreateStordParams
  | InboundShipmentCreateUnleashedParams
  | InboundShipmentCreateVeracoreParams
  | InboundShipmentCreateWhiplashParams
  | InboundShipmentCreateXbFulfillmentParams
  | InboundShipmentCreateZenventoryParams
>;

export interface InboundShipmentCreateParamsLineItem {
  expected_quantity: number;
  sku: string;
}

export type InboundShipmentCreateParamsSupplierObject =
  | InboundShipmentCreateParamsSupplierObjectId
  | InboundShipmentCreateParamsSupplierObjectName;

export interface InboundShipmentCreateParamsSupplierObjectId {
  supplier_id: string;
}

export interface InboundShipmentCreateParamsSupplierObjectName {
  supplier_name: string;
}

export interface InboundShipmentCreatePeoplevoxParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreatePeoplevoxParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreatePeoplevoxParamsLineItem =
  InboundShipmentCreateInfoplusParamsLineItem;

export interface InboundShipmentCreatePostnordParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreatePostnordParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface InboundShipmentCreatePostnordParamsLineItem {
  expected_quantity: number;
  external_id?: string;
  sku: string;
}

export interface InboundShipmentCreatePulpoParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreatePulpoParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id: string | null;
  warehouse_id: string;
}

export type InboundShipmentCreatePulpoParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateQuietParams {
  line_items: Array<InboundShipmentCreateQuietParamsLineItem>;
  note: string;
  purchase_order_number: string;
  supplier_object?: InboundShipmentCreateIcreateParamsSupplierObject;
  tracking_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateQuietParamsLineItem {
  description: string;
  expected_quantity: number;
  sku: string;
  unit_cost: number;
}

export interface InboundShipmentCreateResponse {
  data: InboundShipmentCreateResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface InboundShipmentCreateResponseData {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  expected_arrival_date?: string | null;
  external_system_url?: string | null;
  id?: string;
  line_items?: Array<InboundShipmentLineItem>;
  notes?: Array<string>;
  purchase_order_number?: string | null;
  raw_status?: string | null;
  receipts?: Array<InboundShipmentReceipt>;
  ship_from_address?: CartWarehouseAddress;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  supplier?: string | null;
  supplier_object?: InboundShipmentSupplierObject | null;
  tracking_numbers?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export interface InboundShipmentCreateSandboxParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateSandboxParamsLineItem>;
  purchase_order_number: string;
  supplier: string;
  tracking_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateSandboxParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateShipbobParams {
  box_packaging_type:
    "EverythingInOneBox" | "OneSkuPerBox" | "MultipleSkusPerBox";
  boxes: Array<InboundShipmentCreateShipbobParamsBox>;
  expected_arrival_date: string;
  package_type: "Package" | "Pallet" | "FloorLoadedContainer";
  purchase_order_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateShipbobParamsBox {
  line_items: Array<InboundShipmentCreateShipbobParamsBoxLineItem>;
  tracking_number: string;
}

export interface InboundShipmentCreateShipbobParamsBoxLineItem {
  expected_quantity: number;
  inventory_item_id?: string;
  lot_expiration_date?: string;
  lot_id?: string;
  sku?: string;
}

export interface InboundShipmentCreateShipfusionParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateShipfusionParamsLineItem>;
  supplier_id?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateShipfusionParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateShipheroParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateShipheroParamsLineItem>;
  purchase_order_number: string;
  shipping_price: number;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tax?: number;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateShipheroParamsLineItem {
  expected_quantity: number;
  expected_weight: number;
  expected_weight_unit?: "kg" | "oz" | "lb";
  external_id?: string | null;
  sku: string;
  unit_cost: number;
}

export interface InboundShipmentCreateShipmonkParams {
  expected_arrival_date: string;
  handling_unit_quantity: number;
  handling_unit_type:
    | "small_boxes"
    | "single_sku_pallet"
    | "mixed_sku_pallet"
    | "container_20_palletized"
    | "container_20_non_palletized"
    | "container_40_palletized"
    | "container_40_non_palletized"
    | "container_53_palletized"
    | "container_53_non_palletized"
    | "unknown";
  line_items?: Array<InboundShipmentCreateShipmonkParamsLineItem>;
  purchase_order_number?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateShipmonkParamsLineItem {
  expected_quantity: number | null;
  lot_expiration_date?: string;
  lot_id?: string;
  sku: string;
}

export interface InboundShipmentCreateShipstreamParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateShipstreamParamsLineItem>;
  status:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateShipstreamParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateShipwireParams {
  arrangement_type?: "none" | "overseas";
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateShipwireParamsLineItem>;
  ship_from_address?: InboundShipmentCreateShipwireParamsShipFromAddress;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateShipwireParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateShipwireParamsShipFromAddress {
  address1: string;
  address2: string;
  city: string;
  country: string;
  postal_code: string;
  state: string;
}

export interface InboundShipmentCreateSkulabsParams {
  line_items: Array<InboundShipmentCreateSkulabsParamsLineItem>;
  purchase_order_number?: string;
  store_id: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateIcreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateSkulabsParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateSkusavvyParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateSkusavvyParamsLineItem>;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateSkusavvyParamsLineItem =
  InboundShipmentCreateInfoplusParamsLineItem;

export interface InboundShipmentCreateSkuvaultParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateSkuvaultParamsLineItem>;
  purchase_order_number?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentCreateSkuvaultParamsLineItem =
  InboundShipmentCreateInfoplusParamsLineItem;

export interface InboundShipmentCreateSmartWarehousingParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateSmartWarehousingParamsLineItem>;
  purchase_order_number?: string;
  reference_id: string;
  return_type:
    | "Railcar"
    | "LTL"
    | "TL"
    | "Small Parcel"
    | "40 Ft. Container"
    | "20 Ft. Container";
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentCreateSmartWarehousingParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateSojoParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateSojoParamsLineItem>;
  purchase_order_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentCreateSojoParamsLineItem {
  inventory_item_id: string;
  quantity: number;
}

export interface InboundShipmentCreateStordParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateStordParamsLineItem>;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: "N/A - Connect an account to see options";
}

export type InboundShipmentCreateStordParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateUnleashedParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentCreateUnleashedParamsLineItem>;
  purchase_order_number?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentCreateUnleashedParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateVeracoreParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateVeracoreParamsLineItem>;
  notes?: string;
  purchase_order_number: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateVeracoreParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateWhiplashParams {
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateWhiplashParamsLineItem>;
  purchase_order_number?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentCreateWhiplashParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentCreateXbFulfillmentParams {
  contact_country: string;
  expected_arrival_date: string;
  line_items: Array<InboundShipmentCreateXbFulfillmentParamsLineItem>;
  origin_type: "Supplier" | "Manufacturer" | "Warehouse" | "Store" | "Customer";
  purchase_order_number: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface InboundShipmentCreateXbFulfillmentParamsLineItem {
  country_of_origin?: string;
  duty_class: string;
  expected_quantity: number;
  manufacturer_id: string;
  sku: string;
}

export interface InboundShipmentCreateZenventoryParams {
  line_items: Array<InboundShipmentCreateZenventoryParamsLineItem>;
  purchase_order_number?: string;
  supplier_object: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentCreateZenventoryParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentLineItem {
  expected_quantity?: number;
  external_id?: string | null;
  inventory_item_id?: string;
  received_quantity?: number;
  sku?: string | null;
  unit_cost?: number | null;
}

export interface InboundShipmentListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  expected_arrival_date?: DatetimeRangeFilter;
  ids?: StringInFilter;
  purchase_order_number?: StringFilter;
  status?: InboundShipmentStatusFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  warehouse_id?: StringEqContainsNotContainsFilter;
  page_token?: string;
}

export interface InboundShipmentListResponse {
  data: Array<InboundShipment>;
  next_token?: string | null;
  total_count?: number;
}

export interface InboundShipmentReceipt {
  arrived_date?: string;
  id?: string;
  line_items?: Array<InboundShipmentReceiptLineItem>;
}

export interface InboundShipmentReceiptLineItem {
  inventory_item_id?: string;
  quantity?: number;
  sku?: string | null;
}

export interface InboundShipmentReceiveBaseParams {
  line_items?: Array<InboundShipmentReceiveParamsLineItem>;
  warehouse_id?: string;
  warehouse_location_id?: string;
}

export interface InboundShipmentReceiveExtensiv3plCentralParams {}

export type InboundShipmentReceiveParams = Exclusive<
  | InboundShipmentReceiveBaseParams
  | InboundShipmentReceiveExtensiv3plCentralParams
  | InboundShipmentReceiveSandboxParams
  | InboundShipmentReceiveSkuvaultParams
>;

export interface InboundShipmentReceiveParamsLineItem {
  quantity: number;
  sku: string;
}

export interface InboundShipmentReceiveResponse {
  data: InboundShipmentReceiveResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface InboundShipmentReceiveResponseData {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  expected_arrival_date?: string | null;
  external_system_url?: string | null;
  id?: string;
  line_items?: Array<InboundShipmentLineItem>;
  notes?: Array<string>;
  purchase_order_number?: string | null;
  raw_status?: string | null;
  receipts?: Array<InboundShipmentReceipt>;
  ship_from_address?: CartWarehouseAddress;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  supplier?: string | null;
  supplier_object?: InboundShipmentSupplierObject | null;
  tracking_numbers?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export interface InboundShipmentReceiveSandboxParams {
  line_items: Array<InboundShipmentReceiveParamsLineItem>;
  warehouse_location_id: string;
}

export interface InboundShipmentReceiveSkuvaultParams {
  line_items: Array<InboundShipmentReceiveSkuvaultParamsLineItem>;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  warehouse_id?: string;
  warehouse_location_id?: string;
}

export type InboundShipmentReceiveSkuvaultParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface InboundShipmentRetrieveResponse {
  data: InboundShipment;
}

export type InboundShipmentStatus =
  "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";

export type InboundShipmentStatusFilter =
  | InboundShipmentStatus
  | ReadonlyArray<InboundShipmentStatus>
  | FilterOperators<
      "eq" | "neq" | "in" | "nin" | "contains" | "not_contains",
      InboundShipmentStatus
    >;

export interface InboundShipmentSupplierObject {
  supplier_id?: string;
  supplier_name?: string | null;
}

export interface InboundShipmentUpdateBaseParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateParamsLineItem>;
  purchase_order_number?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentUpdateBlueboxParams =
  InboundShipmentCreateBlueboxParams;

export type InboundShipmentUpdateBlueboxParamsLineItem =
  InboundShipmentCreateBlueboxParamsLineItem;

export interface InboundShipmentUpdateDearSystemsParams {
  line_items?: Array<InboundShipmentUpdateDearSystemsParamsLineItem>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface InboundShipmentUpdateDearSystemsParamsLineItem {
  expected_quantity: number;
  received_quantity: number;
  sku: string;
  unit_cost?: number;
}

export interface InboundShipmentUpdateDeposcoParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateDeposcoParamsLineItem>;
  order_source?: string;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentUpdateDeposcoParamsLineItem =
  InboundShipmentCreateDeposcoParamsLineItem;

export interface InboundShipmentUpdateExtensiv3plCentralParams {
  expected_arrival_date?: string;
  line_items: Array<InboundShipmentUpdateExtensiv3plCentralParamsLineItem>;
  purchase_order_number?: string;
  reference_number?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
}

export type InboundShipmentUpdateExtensiv3plCentralParamsLineItem =
  InboundShipmentCreateExtensiv3plCentralParamsLineItem;

export type InboundShipmentUpdateInfoplusParams =
  InboundShipmentCreateInfoplusParams;

export type InboundShipmentUpdateInfoplusParamsLineItem =
  InboundShipmentCreateInfoplusParamsLineItem;

export interface InboundShipmentUpdateJazzCentralParams {
  expected_arrival_date: string;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentUpdateLogiwaIoParams =
  InboundShipmentCreateLogiwaIoParams;

export type InboundShipmentUpdateLogiwaIoParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentUpdateLogiwaParams {
  notes?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentUpdateMasonhubParams =
  InboundShipmentCreateMasonhubParams;

export type InboundShipmentUpdateMasonhubParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export type InboundShipmentUpdateOngoingParams =
  InboundShipmentCreateOngoingParams;

export type InboundShipmentUpdateOngoingParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentUpdatePackiyoParams {
  expected_arrival_date?: string;
  notes?: Array<string>;
  purchase_order_number?: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentUpdateParams = Exclusive<
  | InboundShipmentUpdateBaseParams
  | InboundShipmentCreateBlueboxParams
  | InboundShipmentUpdateDearSystemsParams
  | InboundShipmentUpdateDeposcoParams
  | InboundShipmentUpdateExtensiv3plCentralParams
  | InboundShipmentCreateInfoplusParams
  | InboundShipmentUpdateJazzCentralParams
  | InboundShipmentUpdateLogiwaParams
  | InboundShipmentCreateLogiwaIoParams
  | InboundShipmentCreateMasonhubParams
  | InboundShipmentCreateOngoingParams
  | InboundShipmentUpdatePackiyoParams
  | InboundShipmentUpdateSandboxParams
  | InboundShipmentUpdateSkusavvyParams
  | InboundShipmentUpdateShipheroParams
  | InboundShipmentUpdateShipmonkParams
  | InboundShipmentUpdateShipstreamParams
  | InboundShipmentUpdateShipwireParams
  | InboundShipmentUpdateSkuvaultParams
  | InboundShipmentUpdateSojoParams
  | InboundShipmentUpdateUnleashedParams
  | InboundShipmentUpdateWhiplashParams
>;

export interface InboundShipmentUpdateParamsLineItem {
  expected_quantity?: number;
  sku?: string;
}

export interface InboundShipmentUpdateResponse {
  data: InboundShipment;
  id?: string;
  unused_fields?: Array<string>;
}

export interface InboundShipmentUpdateSandboxParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateSandboxParamsLineItem>;
  purchase_order_number?: string;
  supplier?: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentUpdateSandboxParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export type InboundShipmentUpdateShipbobParams =
  InboundShipmentUpdateSkusavvyParams;

export interface InboundShipmentUpdateShipheroParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateShipheroParamsLineItem>;
  shipping_price?: number;
  status?: "open" | "received" | "cancelled";
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
}

export type InboundShipmentUpdateShipheroParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentUpdateShipmonkParams {
  expected_arrival_date: string;
  handling_unit_quantity: number;
  handling_unit_type:
    | "small_boxes"
    | "single_sku_pallet"
    | "mixed_sku_pallet"
    | "container_20_palletized"
    | "container_20_non_palletized"
    | "container_40_palletized"
    | "container_40_non_palletized"
    | "container_53_palletized"
    | "container_53_non_palletized"
    | "unknown";
  line_items?: Array<InboundShipmentUpdateShipmonkParamsLineItem>;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type InboundShipmentUpdateShipmonkParamsLineItem =
  InboundShipmentCreateShipmonkParamsLineItem;

export interface InboundShipmentUpdateShipstreamParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateShipstreamParamsLineItem>;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentUpdateShipstreamParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentUpdateShipwireParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentCreateShipwireParamsLineItem>;
  ship_from_address?: InboundShipmentCreateShipwireParamsShipFromAddress;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface InboundShipmentUpdateSkusavvyParams {
  status: "cancelled";
  trackstar_tags?: Array<unknown> | null;
}

export interface InboundShipmentUpdateSkuvaultParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateSkuvaultParamsLineItem>;
  purchase_order_number: string;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface InboundShipmentUpdateSkuvaultParamsLineItem {
  expected_quantity?: number;
  sku: string;
  unit_cost?: number;
}

export interface InboundShipmentUpdateSojoParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateSojoParamsLineItem>;
  purchase_order_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentUpdateSojoParamsLineItem =
  InboundShipmentCreateSojoParamsLineItem;

export interface InboundShipmentUpdateUnleashedParams {
  line_items?: Array<InboundShipmentUpdateUnleashedParamsLineItem>;
  trackstar_tags?: Array<unknown> | null;
}

export type InboundShipmentUpdateUnleashedParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface InboundShipmentUpdateWhiplashParams {
  expected_arrival_date?: string;
  line_items?: Array<InboundShipmentUpdateWhiplashParamsLineItem>;
  purchase_order_number?: string;
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type InboundShipmentUpdateWhiplashParamsLineItem =
  InboundShipmentCreateParamsLineItem;
