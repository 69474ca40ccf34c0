// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeFilter,
  Exclusive,
  StringFilter,
  StringInFilter,
} from "../shared.js";
import type {
  InboundShipmentAddTrackstarTagsAmsParams,
  InboundShipmentAddTrackstarTagsBaseParams,
  InboundShipmentCreateParamsLineItem,
  InboundShipmentCreateParamsSupplierObject,
  InboundShipmentCreateSojoParamsLineItem,
  InboundShipmentReceiveParamsLineItem,
  InboundShipmentStatusFilter,
  InboundShipmentUpdateSkusavvyParams,
} from "./inbound_shipments.js";
import type {
  OrderCreateDclParamsShipToAddress,
  OrderCreateShipmonkParamsShipToAddress,
} from "./orders.js";
import type { OrderShipmentCreateParamsMeasurements } from "./orders/shipments.js";

export interface Return {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  external_system_url?: string | null;
  id?: string;
  line_items?: Array<ReturnLineItem>;
  notes?: Array<string>;
  order_id?: string | null;
  raw_status?: string | null;
  shipments?: Array<ReturnShipment>;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export type ReturnAddTrackstarTagsAmsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsAmwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsBaseParams =
  InboundShipmentAddTrackstarTagsBaseParams;

export type ReturnAddTrackstarTagsBdiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsBleckmannParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsBlueboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsByrdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCamelotParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCanary7Params =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCapacityParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCartonCloudParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCin7OmniParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCirroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCraftyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsCwrParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsDarwynnFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsDavinciParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsDclParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsDearSystemsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsDeposcoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsDistributionManagementParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsDouyinParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsEliteOpsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsExcelsiorParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsExtensiv3plCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFabfitfunParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFbaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFfeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFinaleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFlatFeeShippingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFlexportParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFlowspaceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFulfillmentLabParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsFulfilmentcrowdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsGGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsGoboltParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsIFulfilmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsIcreateParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsInfoplusParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsItshereParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsJasParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsJazzCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsLandmarkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsLeanafyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsLeanwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsLinnworksParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsLogicpodParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsLogiwaIoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsLogiwaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsMaiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsMasonhubParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsMaypleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsMintsoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsNext3plParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsNfiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsNimbleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsNlrpParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsOiaGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsOngoingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsOsaCommerceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsPackemParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsPackiyoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsParams = Exclusive<
  | InboundShipmentAddTrackstarTagsBaseParams
  | InboundShipmentAddTrackstarTagsAmsParams
>;

export type ReturnAddTrackstarTagsPatternParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsPeoplevoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsPostnordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsPulpoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsQuietParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface ReturnAddTrackstarTagsResponse {
  data: ReturnAddTrackstarTagsResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface ReturnAddTrackstarTagsResponseData {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  external_system_url?: string | null;
  id?: string;
  line_items?: Array<ReturnLineItem>;
  notes?: Array<string>;
  order_id?: string | null;
  raw_status?: string | null;
  shipments?: Array<ReturnShipment>;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export type ReturnAddTrackstarTagsRjwParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsSandboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipbobParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipedgeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipfusionParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipheroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipmonkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipnetworkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipoffersParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipoutParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShippingAndHandlingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShippingTreeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShippingboParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipstationParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipstreamParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsShipwireParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsSkulabsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsSkusavvyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsSkuvaultParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsSmartWarehousingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsSojoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsSoukoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsStockAndTraceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsStordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsTeapplixParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsTechshipParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsTiktokParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsUnisParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsUnleashedParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsVeeqoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsVeracoreParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsVerticalColdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsVoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsWalmartParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsWarehanceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsWhiplashParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsXbFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsXorosoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type ReturnAddTrackstarTagsZenventoryParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface ReturnCreateBaseParams {
  line_items?: Array<ReturnCreateParamsLineItem>;
  order_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface ReturnCreateBleckmannParams {
  line_items: Array<ReturnCreateBleckmannParamsLineItem>;
  order_id?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ReturnCreateBleckmannParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateBlueboxParams {
  external_source?: string;
  line_items: Array<ReturnCreateBlueboxParamsLineItem>;
  order_number: string;
  reference_id: string;
  tracking_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface ReturnCreateBlueboxParamsLineItem {
  quantity: number;
  return_reason?: string;
  sku: string;
}

export interface ReturnCreateCirroParams {
  carrier?: string;
  carrier_name?: string;
  line_items: Array<ReturnCreateCirroParamsLineItem>;
  order_id: string;
  reference_number?: string;
  return_reason?: string;
  ship_to_address: ReturnCreateCirroParamsShipToAddress;
  tracking_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface ReturnCreateCirroParamsLineItem {
  platform_name?:
    | "AMAZON"
    | "SHOPIFY"
    | "EBAY"
    | "WOOCOMERCE"
    | "TIKTOK_SHOP"
    | "WALMART"
    | "SHEIN"
    | "EASYSHIP"
    | "IML"
    | "LINNWORKS"
    | "PRESTASHOP"
    | "SKUBANA"
    | "ETSY"
    | "MINTSOFT"
    | "CHANNELADVISOR"
    | "SPSCOMMERCE"
    | "SHIPSTATION"
    | "SPRING"
    | "WIX"
    | "ECWID"
    | "SQUARESPACE"
    | "BIGCOMMERCE"
    | "MAGENTO"
    | "CART.COM"
    | "CHORD"
    | "XCART"
    | "ACENDA"
    | "COMMERCETOOLS"
    | "VTEX"
    | "SELLERACTIVE"
    | "WAYFAIR"
    | "MIRAKL"
    | "HOUZZ"
    | "APPARELMAGIC"
    | "SALESFORCE"
    | "SQUARE";
  quantity: number;
  sku: string;
}

export interface ReturnCreateCirroParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface ReturnCreateDclParams {
  carrier?: string;
  disposition:
    | "1: Await Decision."
    | "2: Return To Stock."
    | "3: Scrap."
    | "5: Rework."
    | "10: Test."
    | "18: Return To Vendor.";
  line_items: Array<ReturnCreateDclParamsLineItem>;
  order_id?: string;
  return_type:
    | "1: Replace Upon Receipt."
    | "2: Replace Now - No Return."
    | "3: Replace Now - With Return."
    | "11: Refund Upon Receipt."
    | "12: Refund Now - No Return."
    | "13: Refund Now - With Return."
    | "21: Gift Voucher Upon Receipt."
    | "22: Gift Voucher Now - No Return."
    | "23: Gift Voucher Now - With Return."
    | "24: Gift Card Upon Receipt."
    | "25: Gift Card Now - No Return."
    | "26: Gift Card Now - With Return."
    | "31: Upgrade Upon Receipt."
    | "32: Upgrade Now - No Return."
    | "33: Upgrade Now - With Return."
    | "81: Return For Repair."
    | "82: Not For DCL."
    | "99: Review.";
  ship_to_address: OrderCreateDclParamsShipToAddress;
  shipping_method?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: "FR" | "LA" | "LN" | "KY" | "YK" | "EX" | "EU";
}

export type ReturnCreateDclParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateDeposcoParams {
  line_items: Array<ReturnCreateDeposcoParamsLineItem>;
  number?: string;
  order_id?: string;
  return_reason?: string;
  ship_to_address?: ReturnCreateDeposcoParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type ReturnCreateDeposcoParamsLineItem =
  InboundShipmentCreateSojoParamsLineItem;

export interface ReturnCreateDeposcoParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  full_name?: string;
  postal_code: string;
  state: string;
}

export interface ReturnCreateExtensiv3plCentralParams {
  line_items: Array<ReturnCreateExtensiv3plCentralParamsLineItem>;
  reference_num: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type ReturnCreateExtensiv3plCentralParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateFlexportParams {
  line_items: Array<ReturnCreateFlexportParamsLineItem>;
  reference_id: string;
  rma: string;
  ship_from_address: ReturnCreateFlexportParamsShipFromAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type ReturnCreateFlexportParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type ReturnCreateFlexportParamsShipFromAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface ReturnCreateIFulfilmentParams {
  line_items: Array<ReturnCreateIFulfilmentParamsLineItem>;
  reference_id: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ReturnCreateIFulfilmentParamsLineItem {
  action: "refund" | "exchange" | "stock";
  description?: string;
  quantity: number;
  return_reason:
    | "Size and fit - too large"
    | "Size and fit - too small"
    | "Size and fit - doesn't fit well"
    | "Design - colour"
    | "Quality - faulty"
    | "Quality - poor quality"
    | "Ordering - multi purchase for size trial"
    | "Ordering - wrong item delivered"
    | "Ordering - no longer required"
    | "Other - please specify";
  sku: string;
}

export interface ReturnCreateInfoplusParams {
  line_items: Array<ReturnCreateInfoplusParamsLineItem>;
  order_id: string;
  return_type: "Job" | "Kit" | "Normal" | "Transfer" | "Blind";
  supplier?: string;
  supplier_object?: InboundShipmentCreateParamsSupplierObject;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
  warehouse_id: string;
}

export type ReturnCreateInfoplusParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateJazzCentralParams {
  line_items: Array<ReturnCreateJazzCentralParamsLineItem>;
  order_id: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ReturnCreateJazzCentralParamsLineItem {
  quantity: number;
  return_reason: "N/A - Connect an account to see options";
  sku: string;
}

export interface ReturnCreateLinnworksParams {
  line_items: Array<ReturnCreateLinnworksParamsLineItem>;
  order_id: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ReturnCreateLinnworksParamsLineItem {
  exchange_items?: Array<ReturnCreateLinnworksParamsLineItemExchangeItem>;
  quantity: number;
  return_reason?: string;
  sku: string;
}

export type ReturnCreateLinnworksParamsLineItemExchangeItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateLogiwaIoParams {
  line_items: Array<ReturnCreateLogiwaIoParamsLineItem>;
  order_id: string;
  rma_number?: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ReturnCreateLogiwaIoParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateLogiwaParams {
  line_items: Array<ReturnCreateLogiwaParamsLineItem>;
  order_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type ReturnCreateLogiwaParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateMasonhubParams {
  line_items: Array<ReturnCreateMasonhubParamsLineItem>;
  order_id?: string;
  return_type:
    | "returned_to_sender"
    | "rma_submitted_by_customer"
    | "rma_created_by_distribution_center";
  ship_from_address: ReturnCreateMasonhubParamsShipFromAddress;
  trackstar_tags?: Array<unknown> | null;
}

export interface ReturnCreateMasonhubParamsLineItem {
  quantity: number;
  return_inventory_status?: "available" | "qc" | "damaged" | "quarantine";
  return_reason: "tooBig" | "tooSmall" | "damaged" | "wrongItem" | "other";
  sku: string;
}

export type ReturnCreateMasonhubParamsShipFromAddress =
  ReturnCreateCirroParamsShipToAddress;

export interface ReturnCreateNimbleParams {
  carrier_id?: string;
  destination_location_name?: string;
  line_items: Array<ReturnCreateNimbleParamsLineItem>;
  loop_return_id?: string;
  loop_status?: "OPEN" | "CLOSED" | "CANCELLED" | "EXPIRED" | "REVIEW";
  return_platform_name?: "NIMBLE" | "LOOP" | "HAPPY_RETURNS";
  return_reason: string;
  shipping_carrier?: string;
  shipping_method_id?: string;
  shipping_service?: string;
  shopify_order_name?: string;
  supplier_first_name?: string;
  supplier_last_name?: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: "N/A - Connect an account to see options";
}

export type ReturnCreateNimbleParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateOngoingParams {
  line_items: Array<ReturnCreateOngoingParamsLineItem>;
  order_id: string;
  return_number: string;
  tracking_number?: string;
  tracking_url?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface ReturnCreateOngoingParamsLineItem {
  quantity: number;
  return_cause?: ReturnCreateOngoingParamsLineItemReturnCause;
  sku: string;
}

export interface ReturnCreateOngoingParamsLineItemReturnCause {
  code: "N/A";
  return_reason?: "Connect an account to get return causes." | null;
}

export type ReturnCreateParams = Exclusive<
  | ReturnCreateBaseParams
  | ReturnCreateBleckmannParams
  | ReturnCreateBlueboxParams
  | ReturnCreateCirroParams
  | ReturnCreateDclParams
  | ReturnCreateDeposcoParams
  | ReturnCreateExtensiv3plCentralParams
  | ReturnCreateFlexportParams
  | ReturnCreateIFulfilmentParams
  | ReturnCreateInfoplusParams
  | ReturnCreateJazzCentralParams
  | ReturnCreateLinnworksParams
  | ReturnCreateLogiwaParams
  | ReturnCreateLogiwaIoParams
  | ReturnCreateMasonhubParams
  | ReturnCreateNimbleParams
  | ReturnCreateOngoingParams
  | ReturnCreateQuietParams
  | ReturnCreateShipbobParams
  | ReturnCreateShipheroParams
  | ReturnCreateShipmonkParams
  | ReturnCreateShippingboParams
  | ReturnCreateShipstreamParams
  | ReturnCreateShipwireParams
  | ReturnCreateSmartWarehousingParams
  | ReturnCreateWhiplashParams
>;

export type ReturnCreateParamsLineItem = InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateQuietParams {
  line_items: Array<ReturnCreateQuietParamsLineItem>;
  order_id: string;
  return_number: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface ReturnCreateQuietParamsLineItem {
  quantity: number;
  return_reason?: string;
  sku: string;
}

export interface ReturnCreateResponse {
  data: ReturnCreateResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface ReturnCreateResponseData {
  additional_fields?: Record<string, unknown>;
  created_date?: string;
  external_system_url?: string | null;
  id?: string;
  line_items?: Array<ReturnLineItem>;
  notes?: Array<string>;
  order_id?: string | null;
  raw_status?: string | null;
  shipments?: Array<ReturnShipment>;
  status?:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
}

export type ReturnCreateSandboxParams = ReturnCreateBaseParams;

export interface ReturnCreateShipbobParams {
  line_items: Array<ReturnCreateShipbobParamsLineItem>;
  order_id?: string;
  reference_id: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type ReturnCreateShipbobParamsLineItem =
  InboundShipmentCreateSojoParamsLineItem;

export interface ReturnCreateShipheroParams {
  carrier?: string;
  carrier_id?: string;
  label_cost: number;
  label_type: "FREE" | "PAID" | "SELF_RETURN" | "FLAT_RATE";
  line_items: Array<ReturnCreateShipheroParamsLineItem>;
  measurements: ReturnCreateShipheroParamsMeasurements;
  order_id: string;
  return_reason: string;
  ship_from_address: ReturnCreateShipheroParamsShipFromAddress;
  shipping_method: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface ReturnCreateShipheroParamsLineItem {
  quantity: number;
  return_reason: string;
  sku: string;
}

export interface ReturnCreateShipheroParamsMeasurements {
  height: number;
  length: number;
  unit: "cm" | "in";
  weight: number;
  weight_unit: "kg" | "oz" | "lb";
  width: number;
}

export interface ReturnCreateShipheroParamsShipFromAddress {
  address1: string;
  city: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface ReturnCreateShipmonkParams {
  line_items: Array<ReturnCreateShipmonkParamsLineItem>;
  order_id: string;
  return_reason:
    | "reason_exchange"
    | "reason_changed_mind"
    | "reason_undeliverable"
    | "reason_unknown"
    | "reason_incorrect_product";
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface ReturnCreateShipmonkParamsLineItem {
  desired_action: "received_back_into_inventory" | "damaged_not_resellable";
  quantity?: number;
  sku: string;
}

export interface ReturnCreateShippingboParams {
  line_items: Array<ReturnCreateShippingboParamsLineItem>;
  order_id: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ReturnCreateShippingboParamsLineItem =
  InboundShipmentCreateParamsLineItem;

export interface ReturnCreateShipstreamParams {
  carrier?: string;
  carrier_name?: string;
  carrier_tracking_number?: string;
  customer_name?: string;
  expected_arrival_date?: string;
  line_items: Array<ReturnCreateShipstreamParamsLineItem>;
  merchant_order_number?: string;
  merchant_rma_number?: number;
  notes?: string;
  tracking_numbers?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type ReturnCreateShipstreamParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateShipwireParams {
  line_items: Array<ReturnCreateShipwireParamsLineItem>;
  order_id: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type ReturnCreateShipwireParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateSmartWarehousingParams {
  expected_arrival_date: string;
  line_items: Array<ReturnCreateSmartWarehousingParamsLineItem>;
  reference_id: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ReturnCreateSmartWarehousingParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface ReturnCreateWhiplashParams {
  carrier?: string;
  carrier_id?: string;
  line_items?: Array<ReturnCreateWhiplashParamsLineItem>;
  notes?: Array<string>;
  order_id: string;
  reference?: string;
  requires_label: boolean;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface ReturnCreateWhiplashParamsLineItem {
  quantity: number;
  return_action:
    | "requires_attention"
    | "exchange"
    | "refund"
    | "credit"
    | "unknown"
    | "no_action_required";
  return_reason:
    | "Did not fit"
    | "Defective"
    | "Ordered wrong item"
    | "Wrong item sent"
    | "Unexpected/Additional Item"
    | "Item not as expected"
    | "Unclaimed/Undeliverable"
    | "Other";
  sku: string;
}

export interface ReturnLineItem {
  expected_quantity?: number;
  inventory_item_id?: string;
  quantity?: number;
  received_quantity?: number;
  restocked_quantity?: number | null;
  return_reason?: string | null;
  returned_date?: string | null;
  sku?: string | null;
  warehouse_id?: string | null;
}

export interface ReturnListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  status?: InboundShipmentStatusFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface ReturnListResponse {
  data: Array<Return>;
  next_token?: string | null;
  total_count?: number;
}

export interface ReturnRetrieveResponse {
  data: Return;
}

export interface ReturnShipment {
  arrived_date?: string | null;
  carrier?: string | null;
  carrier_id?: string | null;
  carrier_name?: string | null;
  line_items?: Array<ReturnShipmentLineItem>;
  measurements?: OrderShipmentCreateParamsMeasurements;
  scac?: string | null;
  shipped_date?: string | null;
  shipping_cost?: number | null;
  tracking_number?: string | null;
  warehouse_id?: string | null;
}

export interface ReturnShipmentLineItem {
  inventory_item_id?: string;
  quantity?: number;
  receiving_details?: Array<ReturnShipmentLineItemReceivingDetail>;
  sku?: string | null;
}

export interface ReturnShipmentLineItemReceivingDetail {
  condition?: string | null;
  disposition?: string | null;
  quantity?: number;
}

export interface ReturnUpdateBaseParams {
  line_items?: Array<ReturnCreateParamsLineItem>;
  order_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface ReturnUpdateCirroParams {
  carrier?: string;
  carrier_name?: string;
  line_items?: Array<ReturnCreateCirroParamsLineItem>;
  order_id?: string;
  reference_number?: string;
  return_reason?: string;
  ship_to_address?: ReturnCreateCirroParamsShipToAddress;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type ReturnUpdateDeposcoParams = ReturnCreateDeposcoParams;

export type ReturnUpdateInfoplusParams = ReturnCreateInfoplusParams;

export interface ReturnUpdateLogiwaIoParams {
  line_items?: Array<ReturnCreateLogiwaIoParamsLineItem>;
  order_id?: string;
  rma_number?: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type ReturnUpdateMasonhubParams = ReturnCreateMasonhubParams;

export interface ReturnUpdateOngoingParams {
  line_items?: Array<ReturnCreateOngoingParamsLineItem>;
  tracking_number?: string;
  tracking_url?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type ReturnUpdateParams = Exclusive<
  | ReturnUpdateBaseParams
  | ReturnUpdateCirroParams
  | ReturnCreateDeposcoParams
  | ReturnCreateInfoplusParams
  | ReturnUpdateLogiwaIoParams
  | ReturnCreateMasonhubParams
  | ReturnUpdateOngoingParams
  | ReturnCreateBaseParams
  | InboundShipmentUpdateSkusavvyParams
  | ReturnUpdateShipheroParams
  | ReturnCreateShipmonkParams
  | ReturnUpdateShipstreamParams
  | ReturnUpdateWhiplashParams
>;

export interface ReturnUpdateResponse {
  data: Return;
  id?: string;
  unused_fields?: Array<string>;
}

export type ReturnUpdateSandboxParams = ReturnCreateBaseParams;

export type ReturnUpdateShipbobParams = InboundShipmentUpdateSkusavvyParams;

export interface ReturnUpdateShipheroParams {
  status:
    "open" | "in-transit" | "receiving" | "received" | "cancelled" | "other";
  trackstar_tags: Array<unknown> | null;
}

export type ReturnUpdateShipmonkParams = ReturnCreateShipmonkParams;

export interface ReturnUpdateShipstreamParams {
  carrier?: string;
  carrier_name?: string;
  carrier_tracking_number?: string;
  customer_name?: string;
  expected_arrival_date?: string;
  line_items?: Array<ReturnCreateShipstreamParamsLineItem>;
  merchant_order_number?: string;
  merchant_rma_number?: number;
  notes?: string;
  tracking_numbers?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type ReturnUpdateShipwireParams = InboundShipmentUpdateSkusavvyParams;

export interface ReturnUpdateWhiplashParams {
  carrier?: string;
  carrier_id?: string;
  requires_label?: boolean;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}
