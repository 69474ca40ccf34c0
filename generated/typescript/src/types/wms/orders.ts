// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { CartOrderShipToAddress } from "../cart/orders.js";
import type { CartWarehouseAddress } from "../cart/warehouses.js";
import type {
  DatetimeFilter,
  DatetimeRangeFilter,
  Exclusive,
  FilterOperators,
  StringCaseInsensitiveFilter,
  StringFilter,
  StringInFilter,
} from "../shared.js";
import type {
  InboundShipmentAddTrackstarTagsAmsParams,
  InboundShipmentAddTrackstarTagsBaseParams,
  InboundShipmentCreateGGlobalParamsCustomField,
  InboundShipmentReceiveParamsLineItem,
} from "./inbound_shipments.js";
import type { OrderShipmentCreateShipheroParamsMeasurements } from "./orders/shipments.js";
import type {
  ReturnCreateCirroParamsShipToAddress,
  ReturnCreateDeposcoParamsShipToAddress,
  ReturnCreateShipheroParamsShipFromAddress,
} from "./returns.js";

export interface Order {
  additional_fields?: Record<string, unknown>;
  carrier_id?: string | null;
  carrier_name?: string | null;
  channel?: string | null;
  channel_object?: OrderChannelObject | null;
  created_date?: string;
  external_system_url?: string | null;
  first_party_freight_account_number?: string | null;
  id?: string;
  international_duty_paid_by?: "sender" | "recipient" | "third_party" | null;
  invoice_currency_code?: string;
  is_third_party_freight?: boolean | null;
  line_items?: Array<OrderLineItem>;
  order_number?: string;
  raw_status?: string | null;
  reference_id?: string;
  required_ship_date?: string | null;
  saturday_delivery?: boolean | null;
  scac?: string | null;
  service_level?: string | null;
  ship_to_address?: CartOrderShipToAddress;
  shipments?: Array<OrderShipment>;
  shipping_method?: string | null;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  signature_required?: boolean | null;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "picked"
    | "packed"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  tags?: Array<string>;
  third_party_freight_account_number?: string | null;
  total_discount?: number | null;
  total_price?: number | null;
  total_shipping?: number | null;
  total_tax?: number | null;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string | null;
  type?: "d2c" | "b2b" | "dropship" | "transfer" | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export type OrderAddTrackstarTagsAmsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsAmwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsBaseParams =
  InboundShipmentAddTrackstarTagsBaseParams;

export type OrderAddTrackstarTagsBdiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsBleckmannParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsBlueboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsByrdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCamelotParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCanary7Params =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCapacityParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCartonCloudParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCin7OmniParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCirroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCraftyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsCwrParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsDarwynnFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsDavinciParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsDclParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsDearSystemsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsDeposcoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsDistributionManagementParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsDouyinParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsEliteOpsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsExcelsiorParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsExtensiv3plCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFabfitfunParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFbaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFfeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFinaleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFlatFeeShippingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFlexportParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFlowspaceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFulfillmentLabParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsFulfilmentcrowdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsGGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsGoboltParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsIFulfilmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsIcreateParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsInfoplusParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsItshereParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsJasParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsJazzCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsLandmarkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsLeanafyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsLeanwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsLinnworksParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsLogicpodParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsLogiwaIoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsLogiwaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsMaiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsMasonhubParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsMaypleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsMintsoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsNext3plParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsNfiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsNimbleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsNlrpParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsOiaGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsOngoingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsOsaCommerceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsPackemParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsPackiyoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsParams = Exclusive<
  | InboundShipmentAddTrackstarTagsBaseParams
  | InboundShipmentAddTrackstarTagsAmsParams
>;

export type OrderAddTrackstarTagsPatternParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsPeoplevoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsPostnordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsPulpoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsQuietParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface OrderAddTrackstarTagsResponse {
  data: OrderAddTrackstarTagsResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface OrderAddTrackstarTagsResponseData {
  additional_fields?: Record<string, unknown>;
  carrier_id?: string | null;
  carrier_name?: string | null;
  channel?: string | null;
  channel_object?: OrderChannelObject | null;
  created_date?: string;
  external_system_url?: string | null;
  first_party_freight_account_number?: string | null;
  id?: string;
  international_duty_paid_by?: "sender" | "recipient" | "third_party" | null;
  invoice_currency_code?: string;
  is_third_party_freight?: boolean | null;
  line_items?: Array<OrderLineItem>;
  order_number?: string;
  raw_status?: string | null;
  reference_id?: string;
  required_ship_date?: string | null;
  saturday_delivery?: boolean | null;
  scac?: string | null;
  service_level?: string | null;
  ship_to_address?: CartOrderShipToAddress;
  shipments?: Array<OrderShipment>;
  shipping_method?: string | null;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  signature_required?: boolean | null;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "picked"
    | "packed"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  tags?: Array<string>;
  third_party_freight_account_number?: string | null;
  total_discount?: number | null;
  total_price?: number | null;
  total_shipping?: number | null;
  total_tax?: number | null;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string | null;
  type?: "d2c" | "b2b" | "dropship" | "transfer" | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export type OrderAddTrackstarTagsRjwParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsSandboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipbobParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipedgeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipfusionParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipheroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipmonkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipnetworkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipoffersParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipoutParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShippingAndHandlingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShippingTreeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShippingboParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipstationParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipstreamParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsShipwireParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsSkulabsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsSkusavvyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsSkuvaultParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsSmartWarehousingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsSojoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsSoukoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsStockAndTraceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsStordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsTeapplixParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsTechshipParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsTiktokParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsUnisParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsUnleashedParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsVeeqoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsVeracoreParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsVerticalColdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsVoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsWalmartParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsWarehanceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsWhiplashParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsXbFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsXorosoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type OrderAddTrackstarTagsZenventoryParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface OrderAttachFileParams {
  file?: Blob;
  file_name?: string;
  file_url?: string;
}

export interface OrderAttachFileResponse {
  data: "success";
  id?: string;
  unused_fields?: Array<string>;
}

export interface OrderCancelResponse {
  data: OrderCancelResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface OrderCancelResponseData {
  additional_fields?: Record<string, unknown>;
  carrier_id?: string | null;
  carrier_name?: string | null;
  channel?: string | null;
  channel_object?: OrderChannelObject | null;
  created_date?: string;
  external_system_url?: string | null;
  first_party_freight_account_number?: string | null;
  id?: string;
  international_duty_paid_by?: "sender" | "recipient" | "third_party" | null;
  invoice_currency_code?: string;
  is_third_party_freight?: boolean | null;
  line_items?: Array<OrderLineItem>;
  order_number?: string;
  raw_status?: string | null;
  reference_id?: string;
  required_ship_date?: string | null;
  saturday_delivery?: boolean | null;
  scac?: string | null;
  service_level?: string | null;
  ship_to_address?: CartOrderShipToAddress;
  shipments?: Array<OrderShipment>;
  shipping_method?: string | null;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  signature_required?: boolean | null;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "picked"
    | "packed"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  tags?: Array<string>;
  third_party_freight_account_number?: string | null;
  total_discount?: number | null;
  total_price?: number | null;
  total_shipping?: number | null;
  total_tax?: number | null;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string | null;
  type?: "d2c" | "b2b" | "dropship" | "transfer" | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export interface OrderChannelObject {
  channel_id?: string;
  channel_name?: string | null;
}

export interface OrderCreateAmwareParams {
  channel?: string;
  line_items: Array<OrderCreateAmwareParamsLineItem>;
  order_number?: string;
  reference_id: string;
  ship_to_address: OrderCreateAmwareParamsShipToAddress;
  shipping_method?:
    | "AEG0"
    | "CPU"
    | "SRG"
    | "AMH"
    | "UP04"
    | "UP05"
    | "UP03"
    | "UP01"
    | "UP02"
    | "UP08"
    | "UP06"
    | "UP12"
    | "UP36"
    | "UP37"
    | "UP33"
    | "SURP"
    | "UP15"
    | "UP16"
    | "UP17"
    | "UP18"
    | "UP35"
    | "UP21"
    | "UP13"
    | "UP22"
    | "UP19"
    | "UP25"
    | "UP20"
    | "US02"
    | "US03"
    | "US18"
    | "USPS"
    | "US04"
    | "US05"
    | "RASP"
    | "PP01"
    | "PP02"
    | "PP03";
  shipping_method_id?:
    | "AEG0"
    | "CPU"
    | "SRG"
    | "AMH"
    | "UP04"
    | "UP05"
    | "UP03"
    | "UP01"
    | "UP02"
    | "UP08"
    | "UP06"
    | "UP12"
    | "UP36"
    | "UP37"
    | "UP33"
    | "SURP"
    | "UP15"
    | "UP16"
    | "UP17"
    | "UP18"
    | "UP35"
    | "UP21"
    | "UP13"
    | "UP22"
    | "UP19"
    | "UP25"
    | "UP20"
    | "US02"
    | "US03"
    | "US18"
    | "USPS"
    | "US04"
    | "US05"
    | "RASP"
    | "PP01"
    | "PP02"
    | "PP03";
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateAmwareParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateAmwareParamsShipToAddress {
  address1?: string;
  address2?: string;
  city?: string;
  company?: string;
  country?: string;
  email_address?: string;
  full_name?: string;
  phone_number?: string;
  postal_code?: string;
  state?: string;
}

export interface OrderCreateBaseParams {
  channel: string;
  channel_object: OrderCreateParamsChannelObject;
  invoice_currency_code: string;
  line_items?: Array<OrderCreateParamsLineItem>;
  order_number: string;
  reference_id: string;
  service_level: string;
  ship_to_address: OrderCreateParamsShipToAddress;
  shipping_method: string;
  shipping_method_id: string;
  total_discount: number;
  total_price: number;
  total_shipping: number;
  total_tax: number;
  trackstar_tags?: Array<unknown> | null;
  trading_partner: string;
  warehouse_customer_id: string | null;
}

export interface OrderCreateBlueboxParams {
  carrier?: string;
  carrier_id?: string;
  line_items: Array<OrderCreateBlueboxParamsLineItem>;
  reference_id: string;
  ship_to_address: OrderCreateBlueboxParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
}

export type OrderCreateBlueboxParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderCreateBlueboxParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderCreateCamelotParams {
  line_items: Array<OrderCreateCamelotParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateCamelotParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateCamelotParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateCamelotParamsShipToAddress {
  address1: string;
  address2: string;
  city: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateCapacityParams {
  line_items: Array<OrderCreateCapacityParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateCapacityParamsShipToAddress;
  shipping_method?:
    | "DHL SmartMail Parcel Expedited Max"
    | "DHL SmartMail Parcel Plus Expedited Max"
    | "FedEx Home"
    | "FedEx 2nd Day Air"
    | "UPS Ground Residential"
    | "USPS Priority Mail"
    | "FedEx Express Saver"
    | "UPS 2nd Day Air"
    | "UPS 3 Day Select"
    | "UPS Next Day Air Saver"
    | "FedEx Standard Overnight"
    | "Free"
    | "3-4 Day"
    | "2-3 Day"
    | "1-2 Day"
    | "FedEx Overnight Saturday Delivery"
    | "DHL International Standard"
    | "FedEx Priority Overnight"
    | "OpenBorder"
    | "DHL Parcel International Direct"
    | "Customer Pickup"
    | "USPS Ground Advantage";
  shipping_method_id?:
    | "DHL SmartMail Parcel Expedited Max"
    | "DHL SmartMail Parcel Plus Expedited Max"
    | "FedEx Home"
    | "FedEx 2nd Day Air"
    | "UPS Ground Residential"
    | "USPS Priority Mail"
    | "FedEx Express Saver"
    | "UPS 2nd Day Air"
    | "UPS 3 Day Select"
    | "UPS Next Day Air Saver"
    | "FedEx Standard Overnight"
    | "Free"
    | "3-4 Day"
    | "2-3 Day"
    | "1-2 Day"
    | "FedEx Overnight Saturday Delivery"
    | "DHL International Standard"
    | "FedEx Priority Overnight"
    | "OpenBorder"
    | "DHL Parcel International Direct"
    | "Customer Pickup"
    | "USPS Ground Advantage";
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateCapacityParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateCapacityParamsShipToAddress {
  address1: string;
  address2: string;
  city: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateDclParams {
  carrier?: string;
  carrier_id?:
    | "DAYTON FREIGHT"
    | "ALL CARTAGE"
    | "OAK HARBOR"
    | "RHAPSODY NAVIGATION LIMITED"
    | "PRIMARY FREIGHT SERVICE"
    | "OMNI LOGISTICS"
    | "DSV"
    | "NATIONAL CONSOLIDATION SERVICE"
    | "DIMERCO EXPRESS SINGAPORE"
    | "PAM TRANSPORT"
    | "UPS LTL"
    | "US GROUP CONSOLIDATOR"
    | "ULTRA LOGISTICS"
    | "WESTERN EAGLE FOUNDATION"
    | "ALTRIA"
    | "SEKO LOGISTICS"
    | "HOLLAND MOTOR EXPRESS"
    | "AIT WORLWIDE LOGISTICS"
    | "LOADSMART"
    | "CON-WAY"
    | "YUSEN"
    | "MORRISON EXPRESS CORP"
    | "ROCHESTER ART CLUB"
    | "SEE ROUTING GUIDE"
    | "KUEHNE AND NAGEL"
    | "PRIORITY1"
    | "VITRAN"
    | "ESTENSON LOGISTICS"
    | "SCHENKER"
    | "FNS INC"
    | "PERIMETER GLOBAL"
    | "ULTRA EX"
    | "E&A TRANSPORT LLC"
    | "WORLDWIDE EXPRESS"
    | "JL BARR TRUCKING"
    | "SFO EXPRESS"
    | "FEDEX"
    | "PREMIER LOGISTICS"
    | "ROADRUNNER"
    | "TRANSFIX"
    | "FRONTLINE FREIGHT"
    | "KUEHNE+NAGEL"
    | "ESL EXPRESS"
    | "SONDH FREIGHT SYSTEMS"
    | "ASR TRANSPORTATION"
    | "USF REDDAWAY"
    | "XPRESS GLOBAL SYSTEMS"
    | "UNYSON"
    | "CALIFORNIA TRANSPORT"
    | "BA CARRIER INC"
    | "FLEXPORT"
    | "BTX GLOBAL LOGISTICS"
    | "DMX LOGISTICS"
    | "CUSTOMER"
    | "FEDEX TRUCKLOAD"
    | "UNIVERSAL TRUCK LOAD INC"
    | "SERVICE PLUS TRANS"
    | "JC MARTINEZ TRUCKING"
    | "DCL DELIVERY"
    | "JSI"
    | "DYNASTY"
    | "UTI"
    | "COYOTE LOGISTICS"
    | "ASTEC LOGISTICS"
    | "Pacer Group IM"
    | "UPS Access Point"
    | "UPS CANADA"
    | "ASSOCIATED GLOBAL SYSTEMS"
    | "PROTRANS INTERNATIONAL"
    | "MAIL ON THE MOVE"
    | "INSTICO GLOBAL LOGISTICS"
    | "AXIZ"
    | "EXPRESS FREIGHT SYSTEM"
    | "SUNSET PACIFIC TRANSPORTATION"
    | "HILTON TRANSPORT"
    | "MC CARGO"
    | "USF"
    | "EASE LOGISTICS"
    | "ADAMS THIRD WAVE"
    | "MAINFREIGHT INTERNATIONAL"
    | "GSC LOGISTICS"
    | "CITY TRANSPORT"
    | "CLOCK"
    | "JOHNNY AIR CARGO"
    | "WATCO SUPPLY CHAIN"
    | "TARGET LOGISTICS"
    | "SHIFT FREIGHT"
    | "ONE SOURCE"
    | "XPO LOGISTICS"
    | "HUB GROUP CENTRAL TRANSPORT"
    | "AOC FREIGHT CORPORATION"
    | "APORTILLOTRANSPORTLLC"
    | "PGL"
    | "CALSIERRA"
    | "TRU58"
    | "AERONET"
    | "NEXT TRUCKING"
    | "Corporate Traffic TL"
    | "DHL DANZAS"
    | "AGILITY INTL LOGISTICS"
    | "PTL FREIGHT FORWARDERS"
    | "WRDS"
    | "PASSPORT"
    | "NATIONAL RETAIL TRANSPORTATION"
    | "ARRIVE LOGISTICS"
    | "BAY CITY"
    | "HEAVEN"
    | "FedEx"
    | "AIRGROUP"
    | "KAMINO"
    | "10G LOGISTICS"
    | "DYNAMIC EXPRESS"
    | "PLATINUM"
    | "OSM"
    | "NEWGISTICS"
    | "KULAR ENTERPRISES INC"
    | "GALE TRIANGLE"
    | "TRIAD"
    | "LIVE LOGISTICS"
    | "PRECISION TRUCK LINES"
    | "AMERIKA LAND"
    | "USF BESTWAY"
    | "ALFA LOGISTICS"
    | "JTS LOGISTICS"
    | "JAEZRA TRANSPORT"
    | "UBER FREIGHT"
    | "MACH 1 GLOBAL"
    | "American Worldwide Agencies"
    | "GREATWIDE AMERICAN TRANS"
    | "AIT WORLDWIDE LOGISTICS"
    | "ROADWAY EXPRESS"
    | "EXPEDITORS"
    | "WERNER ENTERPRISE"
    | "ARAMEX INTERNATIONAL COURIERS"
    | "NATIONAL RETAIL SYSTEMS"
    | "EASYPOST USPS"
    | "PANALPINA"
    | "SIGNATURE SUPPLY"
    | "HUB HIGHWAY"
    | "VFR TRANSPORT"
    | "HELLMANN WORLDWIDE LOGISTICS"
    | "HUB INTERMODAL"
    | "KINTETSU WORLD EXPRESS"
    | "CONVOY INTERSTATE"
    | "STREAMLINE INC"
    | "YRC INC"
    | "LOADMASTER"
    | "ES EXPRESS"
    | "GLOBAL TRANZ"
    | "NIPPON EXPRESS"
    | "FEDEX TRUCKLOAD BROKERAGE"
    | "M AND W LOGISTICS"
    | "WARREN TRANSPORT"
    | "CLEAR LANE FREIGHT SYSTEMS"
    | "AMAZON"
    | "EAGLE"
    | "CURRENT EXPRESS"
    | "U FREIGHT"
    | "ALPHA HOLDING"
    | "AVILA TRUCKING"
    | "SWIFT DEDICATED"
    | "USPS"
    | "CIRCLE LOGISTICS"
    | "DHL Global Mail"
    | "WHITE ARROW"
    | "GENTRANS CARGO EXPRESS"
    | "TFORCE FREIGHT"
    | "PUROLATOR COURIER"
    | "CONVOY"
    | "GULF RELAY"
    | "ATL TRANSPORTATION INC"
    | "CRANE WW"
    | "JW LOGISTICS"
    | "ECHO GLOBAL LOGISTICS"
    | "KNICHEL LOGISTICS"
    | "DEL MAR USA"
    | "ALLSTATE INT FREIGHT"
    | "UPS"
    | "KGL AMERICA"
    | "AMAZON FREIGHT EXCHANGE NETWOR"
    | "LYNDEN"
    | "MARTINEZ ENTERPRISE"
    | "TRANS EXPEDITE"
    | "TEAM WORLDWIDE"
    | "Great World Express"
    | "DCL14"
    | "WALMART"
    | "AMAZON FREIGHT"
    | "MIDWEST EXPRESS"
    | "URBAN FREIGHT"
    | "PORTLINK USA"
    | "CALTOP LOGISTICS"
    | "WEBTRANS"
    | "BLM TRANSPORTATION"
    | "CTS"
    | "KOHLS 855 BACKHAUL GALE"
    | "UPDIKE DISTRIBUTION LOGISTICS"
    | "ICAT LOGISTICS"
    | "WESTERN REGIONAL DELIVERY"
    | "ESTES FORWARDING WORLDWIDE"
    | "FREIGHTQUOTE.COM"
    | "JD GLOBAL LOGISTICS"
    | "RJW"
    | "DAYLIGHT TRANSPORT"
    | "JB HUNT CENTRAL TRANSPORT"
    | "WESTERN EXPRESS"
    | "SWIFT TRANSPORTATION"
    | "ABF"
    | "ESTES LOGISTICS"
    | "TLW FREIGHT"
    | "ROHLIG"
    | "CANPAR"
    | "ENGLAND LOGISTICS"
    | "TOTAL TRANSPORTATION"
    | "PEGASUS"
    | "CENTRAL FREIGHT LINES"
    | "FREIGHTSAVER"
    | "PRIORITY"
    | "JMZ TRANSPORT"
    | "TRI-AD"
    | "JAS FORWARDING"
    | "USA TRUCK"
    | "BRENTWOOD DRIVE"
    | "INTERCARGO"
    | "BNSF LOGISTICS"
    | "R&L CARRIERS INC"
    | "NEW LEGEND"
    | "ADELCAR"
    | "MOTO TRANSPORTATION"
    | "TRANSGROUP"
    | "AIRWAVES"
    | "FGE Inc."
    | "TRUCKLAND INC"
    | "INTERMARK TRANSPORT"
    | "PREMIERE LOGISTICS"
    | "FEDEX EXPRESS FREIGHT"
    | "LANDMARK"
    | "GEODIS"
    | "USA FULGER TRANSPORT"
    | "SUNTECK TRANSPORT"
    | "R&B"
    | "AO FREIGHT"
    | "DBSH"
    | "NISSIN"
    | "JOHANSON"
    | "GEFCO COURIER"
    | "ACB"
    | "TIA CHAPIS TRANSPORTATION LLC"
    | "CANADIAN SERVICE"
    | "RED LOGISTICS"
    | "TRUMP CARD"
    | "VRTX LOGISTICS"
    | "BEST OVERNITE EXPRESS"
    | "SWIFT LOGISTICS"
    | "TNT"
    | "ITF GROUP"
    | "DART EXPRESS"
    | "MARANATHA TRANSPORTATION"
    | "AIT"
    | "MEGA FLEET CORP"
    | "GARRY MERCER"
    | "C AND S TRANSPORTATION"
    | "USA TRUCK BROKERAGE"
    | "VALENCIA TRANSPORT SERVICE INC"
    | "US XPRESS"
    | "PERFORMANCE TEAM GALE TRIANGLE"
    | "PITT OHIO EXPRESS"
    | "FEDEX FREIGHT"
    | "ESTES EXPRESS LINES"
    | "EXPRESS LINE"
    | "ABNT"
    | "SEKO WORLDWIDE"
    | "CSA TRANSPORTATION"
    | "CONWAY"
    | "CEVA"
    | "JIT"
    | "DUPRE LOGISTICS"
    | "EPES LOGISTICS"
    | "PILOT PORTLAND"
    | "EXPEDITORS INTL"
    | "ALGON TRANSPORT INC"
    | "RE TRANSPORTATION"
    | "OMNI"
    | "WEST COAST"
    | "USF HOLLAND"
    | "KEYSTONE DEDICATED"
    | "INXPRESS"
    | "SCHNEIDER NATIONAL CARRIERS"
    | "Federal Express"
    | "G & I LOGISTICS"
    | "JB HUNT"
    | "GORDON TRUCKING"
    | "ORANGE COURIER"
    | "DBSCHENKER"
    | "SONICAIR"
    | "HERCULES"
    | "FORWARD AIR"
    | "EAGLE USA"
    | "UNI-TRADE BROKERS LOGISTICS"
    | "FEDEX CUSTOM CRITICAL"
    | "NEXZIS"
    | "CALIFORNIA SIERRA EXPRESS"
    | "DHL"
    | "DIGITAL RIVER"
    | "CANADIAN FREIGHTWAYS"
    | "MOUNTAIN VALLEY EXPRESS"
    | "FARREX FREIGHT"
    | "W AND D"
    | "CORTRANS"
    | "WATCHPOINT LOGISTICS"
    | "DUNBLARE IPORT EXPORT"
    | "DYNASTY CUSTOMS BROKER INC"
    | "UPS SUPPLY CHAIN SOLUTIONS"
    | "WILL CALL"
    | "CANADA POST"
    | "TROPICAL SHIPPING"
    | "APC_DCL"
    | "ESTES LEVEL 2"
    | "UPS SurePost"
    | "COMTRAK LOGISTICS"
    | "LTL"
    | "MAINFREIGHT"
    | "RELAY LOAD BOARD"
    | "STG LOGISTICS"
    | "HG FORWARDING"
    | "SONICA"
    | "FALCON GLOBAL EDGE"
    | "ALYBRE TRUCKING"
    | "AAA COOPER"
    | "CEVA LOGISTICS"
    | "MAKO WAVES DISTRIBUTION"
    | "DAY AND ROSS"
    | "DYNAMIC LTL"
    | "LAB CARRIER"
    | "CUSTOM COMPANIES"
    | "LETAREMAN INC"
    | "CH ROBINSON"
    | "PITNEY BOWES"
    | "UNIS TRANSPORTATION"
    | "WESTERN DIRECT EXPRESS"
    | "MSM TRANSPORTATION INC."
    | "SAIA"
    | "OTX LOGISTICS"
    | "SPEEDMARK"
    | "DEPENDABLE HIGHWAY EXPRESS"
    | "Home Direct"
    | "DPD/BES"
    | "CH ROBINSON WORLDWIDE"
    | "SUPERCARGO"
    | "PACE AIR FREIGHT"
    | "JB HUNT INTERMODAL"
    | "TST OVERLAND EXPRESS"
    | "AirOne Logistics"
    | "FE TRUCKLOAD"
    | "ONTRAC"
    | "SHIPCO TRANSPORTATION"
    | "THE TRANSPORT COMPANY"
    | "TRANSPLACE"
    | "U GOT IT TRANSPORT"
    | "HUB GROUP"
    | "ORANGECOURIER"
    | "CLICK4TRUCK"
    | "FREIGHT LOGISTICS"
    | "HORIZON INTL CARGO"
    | "STR GROUP"
    | "UPS FREIGHT"
    | "NFI INDUSTRIES"
    | "MARITIME-ONTARIO FREIGHT"
    | "WESHIP"
    | "MILGRAM"
    | "TRAFFIC TECH"
    | "SOUTHEASTERN FREIGHT"
    | "KCC TRANSPORT"
    | "AMERICAN GLOBAL"
    | "FEED THE CHILDREN"
    | "PUROLATOR LTL"
    | "HUB DEDICATED"
    | "ARAMEX"
    | "B2C/WEE"
    | "WALMART FLEET"
    | "ANC INTERNATIONAL"
    | "RAIL DELIVERY"
    | "INTELLITRANS LLC"
    | "CONCORD"
    | "K LINE"
    | "TOTAL QUALITY LOGISTICS"
    | "CVS HEALTH DISTRIBUTION CENTER"
    | "VZ TRANSPORTATION INC"
    | "POS"
    | "ZNS CARGO"
    | "NORCON"
    | "OPC TRUCKING"
    | "DLS WORLDWIDE"
    | "TRANSCON"
    | "CENTRAL TRANSPORT INC"
    | "WILL CALL GLOBAL-E"
    | "COVENANT TRANSPORT"
    | "PILOT"
    | "GLOBALE"
    | "SEAAIR"
    | "HEARTLAND EXPRESS"
    | "KINETIC"
    | "AMAZON LOGISTICS INC"
    | "GREAT AMERICAN TRANS"
    | "R&L TRANSFER"
    | "ALLIANCE SHIPPERS"
    | "BESTUSA"
    | "MAGELLAN TRANSPORT LOGISITCS"
    | "CRANE"
    | "FITZMARK TRUCKING"
    | "NEXTRANS"
    | "PROGRESSIVE LOGISTICS"
    | "AMERICAN FREIGHTWAYS"
    | "PONCE GROUND SERIVE"
    | "SEE SHIPPING INSTRUCTIONS"
    | "STERLING"
    | "WHITACRE INTERMODAL"
    | "MAV TRANSPORTATION"
    | "POLARIS"
    | "BEST DELIVERY SERVICES"
    | "CENTRAL TRANSPORT"
    | "AVERITT EXPRESS"
    | "CANADIAN TIRE"
    | "OLD DOMINION"
    | "HOLD"
    | "CORNERSTONE"
    | "CAVALIER LOGISTICS"
    | "EXPRESS AIR FREIGHT"
    | "ROUTING"
    | "EU CARRIER"
    | "GILBERT COMPANY"
    | "UNYSON LOGISTICS"
    | "CTE"
    | "ONEATOS TRUCKING"
    | "GALEX LOGISTICS"
    | "S&J"
    | "CAL STATE EXPRESS"
    | "YRC"
    | "DPD"
    | "CALIFORNIA OVERNIGHT"
    | "COOL RUNNINGS INC"
    | "UPS Mail Innovations"
    | "BEST WAY RATE"
    | "BAX GLOBAL"
    | "KNIGHT TRANSPORTATION INC"
    | "BULLET TRANSPORT"
    | "DTS"
    | "SUNNY EXPR"
    | "Claude Laguerre Transport"
    | "WORLD ASIA"
    | "REALWAY"
    | "CSX INTERMODAL TERMINALS"
    | "ABILENE MOTOR EXPRESS"
    | "DYNAMEX OPERATIONS";
  freight_account?: string;
  line_items: Array<OrderCreateDclParamsLineItem>;
  ship_to_address: OrderCreateDclParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?:
    | "1"
    | "2"
    | "3"
    | "4"
    | "5"
    | "6"
    | "7"
    | "8"
    | "9"
    | "10"
    | "11"
    | "12"
    | "13"
    | "14"
    | "15"
    | "16"
    | "17"
    | "18"
    | "19"
    | "20"
    | "21"
    | "22"
    | "23"
    | "24"
    | "25"
    | "26"
    | "27"
    | "28"
    | "29"
    | "30"
    | "31"
    | "32"
    | "33"
    | "34"
    | "35"
    | "36"
    | "37"
    | "38"
    | "39"
    | "40"
    | "41"
    | "42"
    | "43"
    | "44"
    | "45"
    | "46"
    | "47"
    | "48"
    | "49"
    | "50"
    | "51"
    | "52"
    | "53"
    | "54"
    | "55"
    | "56"
    | "57"
    | "58"
    | "59"
    | "60"
    | "61"
    | "62"
    | "63"
    | "64"
    | "65"
    | "66"
    | "67"
    | "68"
    | "69"
    | "70"
    | "71"
    | "72"
    | "73"
    | "74"
    | "75"
    | "76"
    | "77"
    | "78"
    | "79"
    | "80"
    | "81"
    | "82"
    | "83"
    | "84"
    | "85"
    | "86"
    | "87"
    | "88"
    | "89"
    | "90"
    | "91"
    | "92"
    | "93"
    | "94"
    | "95"
    | "96"
    | "97"
    | "98"
    | "99"
    | "100"
    | "101"
    | "102"
    | "103"
    | "104"
    | "105"
    | "106"
    | "107"
    | "108"
    | "109"
    | "110"
    | "111"
    | "112"
    | "113"
    | "114"
    | "115"
    | "116"
    | "117"
    | "118"
    | "119"
    | "120"
    | "121"
    | "122"
    | "123"
    | "124"
    | "125"
    | "126"
    | "127"
    | "128"
    | "129"
    | "130"
    | "131"
    | "132"
    | "133"
    | "134"
    | "135"
    | "136"
    | "137"
    | "138"
    | "139"
    | "140"
    | "141"
    | "142"
    | "143"
    | "144"
    | "145"
    | "146"
    | "147"
    | "148"
    | "149"
    | "150"
    | "151"
    | "152"
    | "153"
    | "154"
    | "155"
    | "156"
    | "157"
    | "158"
    | "159"
    | "160"
    | "161"
    | "162"
    | "163"
    | "164"
    | "165"
    | "166"
    | "167"
    | "168"
    | "169"
    | "170"
    | "171"
    | "172"
    | "173"
    | "174"
    | "175"
    | "176"
    | "177"
    | "178"
    | "179"
    | "180"
    | "181"
    | "182"
    | "183"
    | "184"
    | "185"
    | "186"
    | "187"
    | "188"
    | "189"
    | "190"
    | "191"
    | "192"
    | "193"
    | "194"
    | "195"
    | "196"
    | "197"
    | "198"
    | "199"
    | "200"
    | "201"
    | "202"
    | "203"
    | "204"
    | "205"
    | "206"
    | "207"
    | "208"
    | "209"
    | "210"
    | "211"
    | "212"
    | "213"
    | "214"
    | "215"
    | "216"
    | "217"
    | "218"
    | "219"
    | "220"
    | "221"
    | "222"
    | "223"
    | "224"
    | "225"
    | "226"
    | "227"
    | "228"
    | "229"
    | "230"
    | "231"
    | "232"
    | "233"
    | "234"
    | "235"
    | "236"
    | "237"
    | "238"
    | "239"
    | "240"
    | "241"
    | "242"
    | "243"
    | "244"
    | "245"
    | "246"
    | "247"
    | "248"
    | "249"
    | "250"
    | "251"
    | "252"
    | "253"
    | "254"
    | "255"
    | "256"
    | "257"
    | "258"
    | "259"
    | "260"
    | "261"
    | "262"
    | "263"
    | "264"
    | "265"
    | "266"
    | "267"
    | "268"
    | "269"
    | "270"
    | "271"
    | "272"
    | "273"
    | "274"
    | "275"
    | "276"
    | "277"
    | "278"
    | "279"
    | "280"
    | "281"
    | "282"
    | "283"
    | "284"
    | "285"
    | "286"
    | "287"
    | "288"
    | "289"
    | "290"
    | "291"
    | "292"
    | "293"
    | "294"
    | "295"
    | "296"
    | "297"
    | "298"
    | "299"
    | "300"
    | "301"
    | "302"
    | "303"
    | "304"
    | "305"
    | "306"
    | "307"
    | "308"
    | "309"
    | "310"
    | "311"
    | "312"
    | "313"
    | "314"
    | "315"
    | "316"
    | "317"
    | "318"
    | "319"
    | "320"
    | "321"
    | "322"
    | "323"
    | "324"
    | "325"
    | "326"
    | "327"
    | "328"
    | "329"
    | "330"
    | "331"
    | "332"
    | "333"
    | "334"
    | "335"
    | "336"
    | "337"
    | "338"
    | "339"
    | "340"
    | "341"
    | "342"
    | "343"
    | "344"
    | "345"
    | "346"
    | "347"
    | "348"
    | "349"
    | "350"
    | "351"
    | "352"
    | "353"
    | "354"
    | "355"
    | "356"
    | "357"
    | "358"
    | "359"
    | "360"
    | "361"
    | "362"
    | "363"
    | "364"
    | "365"
    | "366"
    | "367"
    | "368"
    | "369"
    | "370"
    | "371"
    | "372"
    | "373"
    | "374"
    | "375"
    | "376"
    | "377"
    | "378"
    | "379"
    | "380"
    | "381"
    | "382"
    | "383"
    | "384"
    | "385"
    | "386"
    | "387"
    | "388"
    | "389"
    | "390"
    | "391"
    | "392"
    | "393"
    | "394"
    | "395"
    | "396"
    | "397"
    | "398"
    | "399"
    | "400"
    | "401"
    | "402"
    | "403"
    | "404"
    | "405"
    | "406"
    | "407"
    | "408"
    | "409"
    | "410"
    | "411"
    | "412"
    | "413"
    | "414"
    | "415"
    | "416"
    | "417"
    | "418"
    | "419"
    | "420"
    | "421"
    | "422"
    | "423"
    | "424"
    | "425"
    | "426"
    | "427"
    | "428"
    | "429"
    | "430"
    | "431"
    | "432"
    | "433"
    | "434"
    | "435"
    | "436"
    | "437"
    | "438"
    | "439"
    | "440"
    | "441"
    | "442"
    | "443"
    | "444"
    | "445"
    | "446"
    | "447"
    | "448"
    | "449"
    | "450"
    | "451"
    | "452"
    | "453"
    | "454"
    | "455"
    | "456"
    | "457"
    | "458"
    | "459"
    | "460"
    | "461"
    | "462"
    | "463"
    | "464"
    | "465"
    | "466"
    | "467"
    | "468"
    | "469"
    | "470"
    | "471"
    | "472"
    | "473"
    | "474"
    | "475"
    | "476"
    | "477"
    | "478"
    | "479"
    | "480"
    | "481"
    | "482"
    | "483"
    | "484"
    | "485"
    | "486"
    | "487"
    | "488"
    | "489"
    | "490"
    | "491"
    | "492"
    | "493"
    | "494"
    | "495"
    | "496"
    | "497"
    | "498"
    | "499"
    | "500"
    | "501"
    | "502"
    | "503"
    | "504"
    | "505"
    | "506"
    | "507"
    | "508"
    | "509"
    | "510"
    | "511"
    | "512"
    | "513"
    | "514"
    | "515"
    | "516"
    | "517"
    | "518"
    | "519"
    | "520"
    | "521"
    | "522"
    | "523"
    | "524"
    | "525"
    | "526"
    | "527"
    | "528"
    | "529"
    | "530"
    | "531"
    | "532"
    | "533"
    | "534"
    | "535"
    | "536"
    | "537"
    | "538"
    | "539"
    | "540"
    | "541"
    | "542"
    | "543"
    | "544"
    | "545"
    | "546"
    | "547"
    | "548"
    | "549"
    | "550"
    | "551"
    | "552"
    | "553"
    | "554"
    | "555"
    | "556"
    | "557"
    | "558"
    | "559"
    | "560"
    | "561"
    | "562"
    | "563"
    | "564"
    | "565"
    | "566"
    | "567"
    | "568"
    | "569"
    | "570"
    | "571"
    | "572"
    | "573"
    | "574"
    | "575"
    | "576"
    | "577"
    | "578"
    | "579"
    | "580"
    | "581"
    | "582"
    | "583"
    | "584"
    | "585"
    | "586"
    | "587"
    | "588"
    | "589"
    | "590"
    | "591"
    | "592"
    | "593"
    | "594"
    | "595"
    | "596"
    | "597"
    | "598"
    | "599"
    | "600"
    | "601"
    | "602"
    | "603"
    | "604"
    | "605"
    | "606"
    | "607"
    | "608"
    | "609"
    | "610"
    | "611"
    | "612"
    | "613"
    | "614"
    | "615"
    | "616"
    | "617"
    | "618"
    | "619"
    | "620"
    | "621"
    | "622"
    | "623"
    | "624"
    | "625"
    | "626"
    | "627"
    | "628"
    | "629"
    | "630"
    | "631"
    | "632"
    | "633"
    | "634"
    | "635"
    | "636"
    | "637"
    | "638"
    | "639"
    | "640"
    | "641"
    | "642"
    | "643"
    | "644"
    | "645"
    | "646"
    | "647"
    | "648"
    | "649"
    | "650"
    | "651"
    | "652"
    | "653"
    | "654"
    | "655"
    | "656"
    | "657"
    | "658"
    | "659"
    | "660"
    | "661"
    | "662"
    | "663"
    | "664"
    | "665"
    | "666"
    | "667"
    | "668"
    | "669"
    | "670"
    | "671"
    | "672"
    | "673"
    | "674"
    | "675"
    | "676"
    | "677"
    | "678"
    | "679"
    | "680"
    | "681"
    | "682"
    | "683"
    | "684"
    | "685"
    | "686"
    | "687"
    | "688"
    | "689"
    | "690"
    | "691"
    | "692"
    | "693"
    | "694"
    | "695"
    | "696"
    | "697"
    | "698"
    | "699"
    | "700"
    | "701"
    | "702"
    | "703"
    | "704"
    | "705"
    | "706"
    | "707"
    | "708"
    | "709"
    | "710"
    | "711"
    | "712"
    | "713"
    | "714"
    | "715"
    | "716"
    | "717"
    | "718"
    | "719"
    | "720"
    | "721"
    | "722"
    | "723"
    | "724"
    | "725"
    | "726"
    | "727"
    | "728"
    | "729"
    | "730"
    | "731"
    | "732"
    | "733"
    | "734"
    | "735"
    | "736"
    | "737"
    | "738"
    | "739"
    | "740"
    | "741"
    | "742"
    | "743"
    | "744"
    | "745"
    | "746"
    | "747"
    | "748"
    | "749"
    | "750"
    | "751"
    | "752"
    | "753"
    | "754"
    | "755"
    | "756"
    | "757"
    | "758"
    | "759"
    | "760"
    | "761"
    | "762"
    | "763"
    | "764"
    | "765"
    | "766"
    | "767"
    | "768"
    | "769"
    | "770"
    | "771"
    | "772"
    | "773"
    | "774"
    | "775"
    | "776"
    | "777"
    | "778"
    | "779"
    | "780"
    | "781"
    | "782"
    | "783"
    | "784"
    | "785"
    | "786"
    | "787"
    | "788"
    | "789"
    | "790"
    | "791"
    | "792"
    | "793"
    | "794"
    | "795"
    | "796"
    | "797"
    | "798"
    | "799"
    | "800"
    | "801"
    | "802"
    | "803"
    | "804"
    | "805"
    | "806"
    | "807"
    | "808"
    | "809"
    | "810"
    | "811"
    | "812"
    | "813"
    | "814"
    | "815"
    | "816"
    | "817"
    | "818"
    | "819"
    | "820"
    | "821"
    | "822"
    | "823"
    | "824"
    | "825"
    | "826"
    | "827"
    | "828"
    | "829"
    | "830"
    | "831"
    | "832"
    | "833"
    | "834"
    | "835"
    | "836"
    | "837"
    | "838"
    | "839"
    | "840"
    | "841"
    | "842"
    | "843"
    | "844"
    | "845"
    | "846"
    | "847"
    | "848"
    | "849"
    | "850"
    | "851"
    | "852"
    | "853"
    | "854"
    | "855"
    | "856"
    | "857"
    | "858"
    | "859"
    | "860"
    | "861"
    | "862"
    | "863"
    | "864"
    | "865"
    | "866"
    | "867"
    | "868"
    | "869"
    | "870"
    | "871"
    | "872"
    | "873"
    | "874"
    | "875"
    | "876"
    | "877"
    | "878"
    | "879"
    | "880"
    | "881"
    | "882"
    | "883"
    | "884"
    | "885"
    | "886"
    | "887"
    | "888"
    | "889"
    | "890"
    | "891"
    | "892"
    | "893"
    | "894"
    | "895"
    | "896"
    | "897"
    | "898"
    | "899"
    | "900"
    | "901"
    | "902"
    | "903"
    | "904"
    | "905"
    | "906"
    | "907"
    | "908"
    | "909"
    | "910"
    | "911"
    | "912"
    | "913"
    | "914"
    | "915"
    | "916"
    | "917"
    | "918"
    | "919"
    | "920"
    | "921"
    | "922";
  shipping_method_name?:
    | "INTL CONSOLIDATE FREIGHT PR"
    | "2ND DAY AIR RS"
    | "PRIORITY OVERNIGHT RS"
    | "RUSH 1-HR DIRECT"
    | "NEXT DAY AIR SATURDAY-APH"
    | "Parcel Select Ground PB"
    | "STANDARD OVERNIGHT RES-CSR"
    | "3DAY-RPS"
    | "STANDARD OVERNIGHT"
    | "2ND DAY AIR AM-APH"
    | "EXPEDITERS"
    | "STANDARD TO CANADA"
    | "WORLDWIDE EXPEDITED-SR"
    | "STANDARD OVERNIGHT-RPDCS"
    | "USPS PARCEL SELECT"
    | "EXPRESS SAVER FREIGHT"
    | "AM"
    | "STANDARD INTL"
    | "NEXT DAY AIR RESIDENTIAL"
    | "EPKT DDP"
    | "STANDARD TO MEXICO"
    | "SEE ROUTING GUIDE"
    | "NEXT DAY AIR RES-SR"
    | "LOCAL"
    | "PRIME"
    | "FREIGHT"
    | "TRUCK-GROUND"
    | "PRIORITY MAIL ASR PB"
    | "3 Day"
    | "HOME DELIVERY RS"
    | "GROUND SERVICE RESIDENTIAL RS"
    | "STANDARD AIR"
    | "NEXT DAY AIR SATURDAY"
    | "NEXT DAY AIR SAVER-APH"
    | "STANDARD OVERNIGHT OR"
    | "WORLDWIDE EXPRESS"
    | "GROUND ADVANTAGE"
    | "2DAY"
    | "DG Routing"
    | "Expedited Parcel Select"
    | "EXPRESS SAVER RESIDENTIAL RS"
    | "PRIORITY OVERNIGHT-RPS"
    | "2ND DAY AIR-APH"
    | "EXPRESS SAVER OR"
    | "PRIORITY OVERNIGHT"
    | "2DAY-SR"
    | "First Overnight-RPDCS"
    | "PARCEL SELECT"
    | "INTERNATIONAL STANDARD DDP"
    | "Through the Door-PRS"
    | "3 DAY SELECT RES-SR"
    | "3 DAY SELECT RS"
    | "EXPRESS SAVER-RPS"
    | "NEXT DAY AIR SAVER"
    | "2DAY AM OR"
    | "INTERNATIONAL PRIORITY FREIGHT"
    | "PRIORITY OVERNIGHT SATURDAY RE"
    | "GROUND SERVICE COMMERCIAL"
    | "Priority Mail FRB M PB"
    | "2ND DAY AIR AM-APH RS"
    | "SM Parcels Expedited"
    | "TX POOL DISTRIBUTION"
    | "CA POOL W1"
    | "NEXT DAY AIR SAVER RESIDENTIAL"
    | "TRANSPORTATION STANDARD"
    | "INTERNATIONAL GROUND"
    | "INTERNATIONAL ECONOMY-SR"
    | "STANDARD OVERNIGHT RES-SR"
    | "REGULAR 2-4 HOUR"
    | "Standard Overnight"
    | "EXPRESS SAVER SR"
    | "2ND DAY AIR FREIGHT"
    | "FIRST CLASS"
    | "2ND DAY AIR SATURDAY-APH"
    | "NEXT DAY"
    | "GROUND SERVICE COMMERCIAL-SR"
    | "STANDARD OVERNIGHT SR"
    | "SUNRISE GOLD"
    | "STANDARD INTERNATIONAL"
    | "NEXT DAY AIR-APH"
    | "3 DAYS SELECT"
    | "Priority Mail FRB S PB"
    | "Express Worldwide-NDS"
    | "3DAY RESIDENTIAL RS"
    | "NEXT DAY AIR RESIDENTIAL-ASR"
    | "Economy"
    | "PRIORITY MAIL SR PB"
    | "COLLECT"
    | "2ND DAY AIR SATURDAY RESIDENT"
    | "2ND DAY AIR AM -SR"
    | "INTERNATIONAL ECONOMY"
    | "NEXT DAY AIR-SR"
    | "Express Plus"
    | "2DAY AM"
    | "2DAY-RPDCS"
    | "GROUND RESIDENTIAL"
    | "DIRECT"
    | "WORLDWIDE"
    | "TL"
    | "OSM PREMIUM EXPEDITED"
    | "SAVER"
    | "GROUND SERVICE RESIDENTIAL-PRS"
    | "PRI DDU DC"
    | "STANDARD"
    | "1 lb or Greater RESIDENTIAL"
    | "EXPRESS SAVER"
    | "STANDARD INTL."
    | "GROUND RESIDENTIAL-RPDCS"
    | "2ND DAY AIR RESIDENTIAL RS"
    | "GROUND ADVANTAGE PB"
    | "GROUND PB"
    | "SAME DAY"
    | "NEXT DAY AIR SATURDAY RESIDENT"
    | "GROUND-ASR"
    | "SOUTHERN-US"
    | "PRIORITY MAIL EXPRESS PB"
    | "EXPEDIT"
    | "3 DAY"
    | "3DAY RES-CSR"
    | "STANDARD ABQR"
    | "RETAIL GROUND PB"
    | "BES"
    | "INTERNATIONAL PRIORITY"
    | "First Overnight RES-ASR"
    | "OVERNIGHT"
    | "WORLDWIDE EXPRESS-ASR"
    | "EXPRESS SAVER-RPDCS"
    | "2ND DAY AIR-SR"
    | "2 Day"
    | "2ND DAY"
    | "EXPRESS SAVER RESIDENTIAL"
    | "SB POOL DISTRIBUTION"
    | "2 DAY SERVICE"
    | "SCH"
    | "XPRESSPOST"
    | "Priority Overnight"
    | "First Overnight RES-CSR"
    | "REDDAWAY INC"
    | "PRIORITY MAIL"
    | "2DAY RS"
    | "2ND DAY AIR SATURDAY-PRS"
    | "3RD DAY AIR FREIGHT"
    | "AIR FREIGHT CONSOLIDATED INT"
    | "WORLDWIDE EXPRESS SAVER"
    | "EXPRESS SAVER RS"
    | "NEXT DAY AIR RS"
    | "INTERNATIONAL PRIORITY MPS"
    | "INTERNATIONAL ECONOMY FREIGHT"
    | "PRIORITY OVERNIGHT RES-CSR"
    | "NEXT DAY AIR RESIDENTIAL RS"
    | "ECONOMY SERVICE"
    | "INTL CONSOLIDATE FREIGHT EC"
    | "2ND DAY AIR-SR RS"
    | "SM Parcel Plus Expedited"
    | "2DAY FREIGHT"
    | "GROUND SERV RESIDENTIAL-SR RS"
    | "GROUND SERVICE RES-ASR"
    | "NEXT DAY AIR SATURDAY-PRS"
    | "SM Parcel Plus Ground RS"
    | "Expedited to Canada"
    | "International Document Service"
    | "First Overnight"
    | "SM Parcel Plus Expedited Max"
    | "Expedited"
    | "2ND DAY AIR FREIGHT NGS"
    | "2DAY RESIDENTIAL RS"
    | "Priority Mail FRB ENV PB"
    | "Ground Economy PS"
    | "PRIORITY OVERNIGHT RESIDENTIAL"
    | "FIRST CLASS-SR"
    | "3rd DAY"
    | "NIE"
    | "GROUND RS PB"
    | "2DAY-RPS"
    | "GROUND ADVANTAGE SR PB"
    | "AIR FREIGHT"
    | "EXPRESS MAIL ACSR PB"
    | "TRANSPORTATION INC"
    | "PRIORITY MAIL ACSR PB"
    | "GROUND SERVICE COMMERCIAL-PRS"
    | "2ND DAY AIR SATURDAY RS"
    | "WORLDWIDE EXPRESS FREIGHT"
    | "First Overnight-RPS"
    | "TX POOL AM"
    | "TX POOL PM"
    | "STANDARD INTRASTATE CA"
    | "TIMEKEEPER"
    | "PRI DDP DC"
    | "First Overnight RES-SR"
    | "INTERNATIONAL PARCELS"
    | "GROUND-APH RS"
    | "NEXT DAY AIR FREIGHT NGS"
    | "WAREHOUSE-LTL"
    | "GROUND RESIDENTIAL-RPS"
    | "INTERNATIONAL STANDARD DDU"
    | "PRIORITY"
    | "GROUND RESIDENTIAL RS"
    | "NEXT DAY AIR-SR RS"
    | "PRIORITY MAIL PB"
    | "GUIDE"
    | "URGENT"
    | "3DAY-RPDCS"
    | "INTERNATIONAL PRIORITY-CSR"
    | "NEXT DAY AIR SAVER-APH RS"
    | "FIRST-CLASS PACKAGE INT PB"
    | "EXPEDITED"
    | "GROUND-APH"
    | "INTERNATIONAL ECONOMY - MPS"
    | "3 DAY SELECT-SR"
    | "NEXT DAY AIR"
    | "PARCEL INTERNATIONAL DIRECT"
    | "ECONOMY"
    | "STD TO CANADA"
    | "EXPRESS MAIL ASR PB"
    | "GROUND SERVICE RESIDENTIAL"
    | "Room of Choice-PRS"
    | "AIR"
    | "LIGHTWEIGHT PARCEL"
    | "1DAY FREIGHT"
    | "GROUND RS"
    | "GROUND ADVANTAGE ASR PB"
    | "PICKUP"
    | "3DAY RS"
    | "3DAY RESIDENTIAL"
    | "3-5 DAY"
    | "EXPRESS SAVER RES-CSR"
    | "2DAY RES-ASR"
    | "PRIORITY OVERNIGHT-RPDCS"
    | "TX POOL FLEX"
    | "STANDARD OVERNIGHT RS"
    | "3 DAY SELECT"
    | "EXPRESS"
    | "STANDARD OVERNIGHT-RPS"
    | "3 DAY SELECT RES-ASR"
    | "HOO"
    | "Less than 1 lb RESIDENTIAL"
    | "PRIORITY EXPRESS"
    | "STD INTERSTATE"
    | "NFO"
    | "AT CARRIER"
    | "3 DAY SELECT-PRS"
    | "STANDARD TO CANADA-SR"
    | "3 DAY SELECT RESIDENTIAL"
    | "First Overnight Freight"
    | "STANDARD FREIGHT"
    | "GROUND EXPEDITED"
    | "NEXT DAY AIR SAVER RES-SR"
    | "PRIORITY OVERNIGHT RESIDENT RS"
    | "Overnight"
    | "SUNRISE"
    | "STANDARD OVERNIGHT RESIDEN RS"
    | "SELECT"
    | "FIRST CLASS MAIL"
    | "INTERNATIONAL AIR"
    | "PRIORITY OVERNIGHT SATURDAY"
    | "2ND DAY AIR RES-ASR"
    | "Priority Mail FRB XL PB"
    | "EXPRESS AIR"
    | "WORLDWIDE EXPRESS SAVER-ASR"
    | "STANDARD OVERNIGHT RESIDENTIAL"
    | "International Air"
    | "2DAY RES-SR"
    | "HOME DELIVERY-CSR"
    | "GROUND ADVANTAGE RS PB"
    | "First Overnight RESIDENTIAL"
    | "GROUND SERVICE COMMERCIAL RS"
    | "NEXT DAY AIR EARLY AM-APH"
    | "1 DAY"
    | "HOME DELIVERY-SR"
    | "2ND DAY AIR-PRS"
    | "DCL"
    | "3 DAY SERVICE"
    | "Packet International"
    | "PRIORITY MAIL EXPRESS INT PB"
    | "SM Parcels Ground"
    | "NEXT DAY AIR EARLY AM SR"
    | "SPECIAL DELIVERY"
    | "Ground"
    | "2ND DAY AIR SATURDAY"
    | "Priority Mail FRB L PB"
    | "FREIGHT SERVICES"
    | "PRIORITY OVERNIGHT RES-ASR"
    | "CA POOL W2"
    | "2DAY RESIDENTIAL"
    | "NEXT DAY AIR-PRS"
    | "NEXT DAY AIR EARLY AM RS"
    | "Ground Economy Standard Mail"
    | "OSM PREMIUM"
    | "GLOBAL FORWARDING"
    | "CONSIGNEE"
    | "2 DAY"
    | "3DAY RES-SR"
    | "DEFERRED 3-5 DAY"
    | "AIR EXPRESS"
    | "INTL AIR"
    | "SM Parcel Expedited Max"
    | "First Overnight RS"
    | "AIR STANDARD"
    | "International"
    | "2DAY OR"
    | "3 DAY SELECT-APH RS"
    | "FL POOL"
    | "3DAY"
    | "DEFERRED AIR"
    | "EXPRESS SAVER RES-SR"
    | "STD. INTERSTATE"
    | "EXPRESS SAVER RES-ASR"
    | "TRUCKLOAD"
    | "NEXT DAY AIR SATURDAY RS"
    | "TRUCK-3 DAY SELECT"
    | "GROUND"
    | "INTERNATIONAL"
    | "NEXT DAY AIR SAVER-SR"
    | "3 DAY SELECT-SR RS"
    | "WORLDWIDE EXPEDITED-ASR"
    | "VALUE EXPRESS"
    | "FIRST CLASS-ASR"
    | "Express Worldwide RESIDENTIAL"
    | "INTERNATIONAL CONNECT PLUS-SR"
    | "Parcel Select Non-Presort PB"
    | "LIVE LOAD FREIGHT"
    | "EXPRESS MAIL SR PB"
    | "NEXT DAY AIR SAVER RES-ASR"
    | "NEXT DAY AIR-APH RS"
    | "OVERNIGHT FREIGHT"
    | "LTL"
    | "EXPEDITED TO CANADA"
    | "2ND DAY AIR SATURDAY-APH RS"
    | "HOME DELIVERY-RPS"
    | "Parcel Select Lightweight"
    | "2ND DAY AIR AM"
    | "Express Worldwide"
    | "TEST"
    | "EXPRESS SAVER CANADA"
    | "WORLDWIDE EXPEDITED"
    | "3DAY RES-ASR"
    | "EXPRESS MAIL PB"
    | "SPECIAL INTRASTATE CA"
    | "NEXT DAY AIR SAVER-PRS"
    | "NEXT DAY AIR SATURDAY-APH RS"
    | "STD INTRASTATE CA"
    | "ESU"
    | "EXPRESS WORLDWIDE"
    | "TRANSPORTATION"
    | "MAIL INNOVATIONS"
    | "SM Parcel Plus Ground"
    | "GROUND-SR"
    | "Priority Mail International PB"
    | "To the Door"
    | "Standard"
    | "STANDARD INTERSTATE"
    | "INTERNATIONAL CONNECT PLUS"
    | "LTL FREIGHT"
    | "AIR FREIGHT DIRECT INT"
    | "2ND DAY AIR RESIDENTIAL"
    | "International Priority"
    | "3 DAY SELECT-APH"
    | "EXPRESS CANADA"
    | "FIRST OVERNIGHT OR"
    | "Expedited Canada"
    | "INTERNATIONAL ECONOMY-CSR"
    | "SERVICE METHOD"
    | "PRIORITY OVERNIGHT OR"
    | "International Economy"
    | "PRIORITY OVERNIGHT SATURDAY RS"
    | "PRIORITY MAIL RS PB"
    | "OCEAN"
    | "2DAY SAT OR"
    | "WORLDWIDE EXPRESS SAVER-SR"
    | "CARGO LOGISTICS"
    | "2DAY AM RS"
    | "INTERNATIONAL PRIORITY-SR"
    | "2ND DAY AIR RES-SR"
    | "2DAY RES-CSR"
    | "STANDARD OVERNIGHT RES-ASR"
    | "3 DAY SELECT RESIDENTIAL RS"
    | "EXPEDITE"
    | "FIRST-CLASS MAIL INTL PB"
    | "2ND DAY AIR"
    | "WORLD EASE"
    | "STD INTRASTATE"
    | "Parcel International Standard"
    | "3DAY FREIGHT"
    | "3RD DAY AIR FREIGHT NGS"
    | "HOME DELIVERY-RPDCS"
    | "SEE SHIPPING INSTRUCTIONS"
    | "GROUND SERVICE RES-SR"
    | "NEXT DAY AIR EARLY AM-APH RS"
    | "INTERNATIONAL CONNECT PLUS-CSR"
    | "2ND DAY AIR AM RS"
    | "SYSTEMS"
    | "2ND DAY AIR-APH RS"
    | "SPECIAL 1-2 HOUR"
    | "PRIORITY OVERNIGHT RES-SR"
    | "NEXT DAY AIR EARLY AM-SR RS"
    | "PRIORITY OVERNIGHT -SR"
    | "WORLDWIDE EXPRESS-SR"
    | "HOME DELIVERY-ASR"
    | "NEXTDAY"
    | "HOME DELIVERY"
    | "First Overnight RESIDENTIAL RS"
    | "SAMEDAY"
    | "NEXT DAY AIR FREIGHT"
    | "INTERNATIONAL MANUAL"
    | "Regional"
    | "NEXT DAY AIR EARLY AM"
    | "BEST WAY RATE"
    | "Parcel Select"
    | "NEXT DAY AIR RES-ASR"
    | "NEXT DAY AIR SAVER RS"
    | "LCL OCEAN"
    | "NEXT DAY AIR SATURDAY SR"
    | "FCL OCEAN"
    | "EXPRESS MAIL INT PB";
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: "FR" | "LA" | "LN" | "YK" | "EX" | "EU" | "KY";
}

export type OrderCreateDclParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderCreateDclParamsShipToAddress =
  OrderCreateExtensiv3plCentralParamsBillToAddress;

export interface OrderCreateDearSystemsParams {
  bill_to_address?: OrderCreateDearSystemsParamsBillToAddress;
  line_items?: Array<OrderCreateDearSystemsParamsLineItem>;
  ship_to_address?: OrderCreateDearSystemsParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface OrderCreateDearSystemsParamsBillToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateDearSystemsParamsLineItem {
  product_id: string;
  quantity: number;
  tax: number;
  unit_price: number;
}

export type OrderCreateDearSystemsParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderCreateDeposcoParams {
  cancel_by_ship_date?: string;
  channel?: string;
  custom_attribute_1?: string;
  custom_attribute_7?: string;
  freight_account_number?: string;
  line_items: Array<OrderCreateDeposcoParamsLineItem>;
  notes?: Array<OrderCreateDeposcoParamsNote>;
  order_number?: string;
  order_type?: "Sales Order" | "Outbound Transfer Order";
  reference_id?: string;
  required_ship_date?: string;
  ship_to_address: OrderCreateDeposcoParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
  warehouse_id?: string;
}

export type OrderCreateDeposcoParamsLineItem = OrderCreateFinaleParamsLineItem;

export interface OrderCreateDeposcoParamsNote {
  body: string;
  title: string;
}

export interface OrderCreateDeposcoParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  full_name: string;
  phone_number?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateDistributionManagementParams {
  comment?: string;
  confirmation_email?: string;
  customer_po_number?: string;
  line_items: Array<OrderCreateDistributionManagementParamsLineItem>;
  order_number?: string;
  ship_to_address: OrderCreateDistributionManagementParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  type: "d2c" | "b2b" | "Dealer Dropship";
}

export type OrderCreateDistributionManagementParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateDistributionManagementParamsShipToAddress =
  ReturnCreateDeposcoParamsShipToAddress;

export interface OrderCreateEliteOpsParams {
  line_items: Array<OrderCreateEliteOpsParamsLineItem>;
  order_number: string;
  reference_id?: string;
  ship_to_address: OrderCreateEliteOpsParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?:
    | "122"
    | "125"
    | "126"
    | "129"
    | "130"
    | "308"
    | "309"
    | "310"
    | "311"
    | "312"
    | "128"
    | "69"
    | "102"
    | "106"
    | "11"
    | "13"
    | "135"
    | "14"
    | "20"
    | "200"
    | "21"
    | "37"
    | "39"
    | "40"
    | "44"
    | "52"
    | "53"
    | "54"
    | "55"
    | "56"
    | "57"
    | "58"
    | "59"
    | "67"
    | "307"
    | "0"
    | "305"
    | "306"
    | "301"
    | "302"
    | "5"
    | "8"
    | "10"
    | "9"
    | "6"
    | "4"
    | "7"
    | "121OPP"
    | "121LOP"
    | "12"
    | "48"
    | "50"
    | "81P";
  shipping_method_name?:
    | "DHL GLOBAL MAIL-EXPEDITED"
    | "DHL GM PACKET PLUS"
    | "DHL XPARCEL GROUND"
    | "DHL PARCEL DIRECT PLT DDP"
    | "DHL PARCEL DIRECT PLT DDU"
    | "BUKUSHIP - DHL PARCEL EXPEDITED"
    | "BUKUSHIP - DHL PARCEL GROUND"
    | "BUKUSHIP - DHL PARCEL INTERNATIO"
    | "BUKUSHIP - DHL PARCEL PRIORITY"
    | "BUKUSHIP - DHL PACKET PRIORITY"
    | "DHL EXPRESS WORLDWIDE LETTER"
    | "DHL Express Worldwide (nondoc)"
    | "FedEx Smartpost"
    | "Amazon Prime"
    | "FedEx Express Saver (3 day)"
    | "FedEx Ground"
    | "FedEx Home Delivery w/ Signature"
    | "Fedex Home Delivery"
    | "FedEx 2 day"
    | "FedEx Ground Canada"
    | "Fedex First Overnight"
    | "FedEx Saturday"
    | "FedEx Priority Overnight"
    | "FedEx Standard Overnight"
    | "FedEx International Priority"
    | "FedEx 2 Day Freight"
    | "FedEx 3 Day Freight"
    | "FedEx Ground w/Signature"
    | "FedEx Priority Overnight w/Signa"
    | "FedEx Standard Overnight w/Sign"
    | "FedEx 2 day w/Signature"
    | "FedEx Express Saver w/Signature"
    | "FedEx International Economy"
    | "Global-e"
    | "Unassigned"
    | "Parcel Priority DDU"
    | "Parcel Priority DDP"
    | "BUKUSHIP - USPS PRIORITY MAIL IN"
    | "BUKUSHIP - USPS COMMERICAL EPACK"
    | "UPS Next Day Air"
    | "UPS 2nd Day Air"
    | "UPS Ground"
    | "UPS 3 Day Select"
    | "UPS Next Day Air Saver"
    | "UPS Next Day Air Early AM"
    | "UPS 2nd Day Air AM"
    | "UPS SurePost 1 or More"
    | "UPS SurePost less 1 LB"
    | "UPS Home Delivery"
    | "USPS Priority Mail"
    | "USPS First Class Mail"
    | "FLAT RATE PADDED ENVELOPE";
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateEliteOpsParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateEliteOpsParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderCreateExtensiv3plCentralParams {
  bill_to_address?: OrderCreateExtensiv3plCentralParamsBillToAddress;
  billing_code?:
    | "default_Prepaid"
    | "default_FreightCollect"
    | "default_BillThirdParty"
    | "fedex_collect"
    | "fedex_recipient"
    | "fedex_sender"
    | "fedex_third_party"
    | "ups_BillThirdParty"
    | "ups_ConsigneeBilled"
    | "ups_FreightCollect"
    | "ups_Prepaid";
  carrier?: string;
  carrier_id?: string;
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  custom_fields?: Array<InboundShipmentCreateGGlobalParamsCustomField>;
  earliest_ship_date?: string;
  gift_message?: string;
  line_items: Array<OrderCreateExtensiv3plCentralParamsLineItem>;
  notes?: string;
  order_number: string;
  purchase_order_number?: string;
  reference_id?: string;
  ship_cancel_date?: string;
  ship_to_address: OrderCreateExtensiv3plCentralParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  total_discount?: number;
  total_shipping?: number;
  total_tax?: number;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
  warehouse_id: string;
}

export interface OrderCreateExtensiv3plCentralParamsBillToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  full_name?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateExtensiv3plCentralParamsLineItem {
  custom_fields?: Array<InboundShipmentCreateGGlobalParamsCustomField>;
  product_id?: string;
  quantity: number;
  sku?: string;
  unit_price?: number;
}

export interface OrderCreateExtensiv3plCentralParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  email_address?: string;
  full_name?: string;
  phone_number?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateFbaParams {
  displayable_order_comment: string;
  line_items: Array<OrderCreateFbaParamsLineItem>;
  order_number: string;
  reference_id?: string;
  service_level?: "Standard" | "Expedited" | "Priority";
  ship_to_address: OrderCreateFbaParamsShipToAddress;
  shipping_method?: "Standard" | "Expedited" | "Priority";
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type OrderCreateFbaParamsLineItem = InboundShipmentReceiveParamsLineItem;

export type OrderCreateFbaParamsShipToAddress =
  ReturnCreateCirroParamsShipToAddress;

export interface OrderCreateFfeParams {
  is_edi?: boolean;
  line_items: Array<OrderCreateFfeParamsLineItem>;
  notes?: Array<string>;
  purchase_order_number?: string;
  reference_id: string;
  ship_to_address: OrderCreateFfeParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
}

export interface OrderCreateFfeParamsLineItem {
  external_id?: string;
  quantity: number;
  sku: string;
}

export interface OrderCreateFfeParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company: string;
  country: string;
  email?: string;
  first_name: string;
  last_name: string;
  phone?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateFinaleParams {
  line_items: Array<OrderCreateFinaleParamsLineItem>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface OrderCreateFinaleParamsLineItem {
  quantity: number;
  sku: string;
  unit_price?: number;
}

export interface OrderCreateFlexportParams {
  delivery_days?: 1 | 2 | 3 | 7;
  duties?: OrderCreateFlexportParamsDuties;
  line_items: Array<OrderCreateFlexportParamsLineItem>;
  reference_id: string;
  ship_to_address: OrderCreateFlexportParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateFlexportParamsDuties {
  incoterm: "DDP" | "DDU" | "DAP";
  merchant_of_record_account_id?: string;
  merchant_of_record_carrier_code?: string;
  merchant_of_record_order_id: string;
  merchant_of_record_provider: "PASSPORT" | "MARKETS_PRO" | "GLOBALE";
  merchant_of_record_sku_map: Array<OrderCreateFlexportParamsDutiesMerchantOfRecordSkuMap>;
}

export interface OrderCreateFlexportParamsDutiesMerchantOfRecordSkuMap {
  dsku: string;
  msku: string;
  quantity: number;
}

export interface OrderCreateFlexportParamsLineItem {
  customs_unit_value?: OrderCreateFlexportParamsLineItemCustomsUnitValue;
  product_id?: string;
  quantity: number;
  sku: string;
}

export interface OrderCreateFlexportParamsLineItemCustomsUnitValue {
  amount: number;
  currency_code: string;
}

export interface OrderCreateFlexportParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  full_name: string;
  phone: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateFulfilmentcrowdParams {
  channel_object?: OrderCreateParamsChannelObject;
  invoice_currency_code?: "USD";
  line_items: Array<OrderCreateFulfilmentcrowdParamsLineItem>;
  order_number?: string;
  ship_to_address?: OrderCreateFulfilmentcrowdParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  type?: "d2c" | "b2b" | "dropship" | "transfer";
  warehouse_id: "N/A - Connect an account to see options";
}

export type OrderCreateFulfilmentcrowdParamsLineItem =
  OrderCreateFinaleParamsLineItem;

export type OrderCreateFulfilmentcrowdParamsShipToAddress =
  OrderCreateParamsShipToAddress;

export interface OrderCreateGGlobalParams {
  line_items: Array<OrderCreateGGlobalParamsLineItem>;
  order_number: string;
  reference_id?: string;
  required_ship_date?: string;
  service_level?: string;
  ship_to_address: OrderCreateGGlobalParamsShipToAddress;
  shipping_method?: string;
  total_price: number;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateGGlobalParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderCreateGGlobalParamsShipToAddress =
  OrderCreateExtensiv3plCentralParamsBillToAddress;

export interface OrderCreateInfoplusParams {
  bill_to_address: OrderCreateInfoplusParamsBillToAddress;
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  customer_po_number?: string;
  gift_message?: string;
  line_items: Array<OrderCreateInfoplusParamsLineItem>;
  order_number?: string;
  ship_to_address?: OrderCreateInfoplusParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  tags?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
  warehouse_id: string;
}

export interface OrderCreateInfoplusParamsBillToAddress {
  address1: string;
  address2?: string;
  city: string;
  company: string;
  country: string;
  full_name?: string;
  postal_code: string;
  state: string;
}

export type OrderCreateInfoplusParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderCreateInfoplusParamsShipToAddress =
  OrderCreateInfoplusParamsBillToAddress;

export interface OrderCreateJasParams {
  invoice_currency_code?: string;
  line_items: Array<OrderCreateJasParamsLineItem>;
  order_number: string;
  reference_id: string;
  service_level?: string;
  ship_to_address: OrderCreateJasParamsShipToAddress;
  shipping_method?: string;
  trackstar_tags?: Array<unknown> | null;
  type: string;
}

export interface OrderCreateJasParamsLineItem {
  quantity: number;
  sku: string;
  unit_price: number;
}

export interface OrderCreateJasParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  full_name: string;
  phone_number?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateJazzCentralParams {
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  line_items: Array<OrderCreateJazzCentralParamsLineItem>;
  order_number?: string;
  ship_to_address: OrderCreateJazzCentralParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
}

export type OrderCreateJazzCentralParamsLineItem = OrderCreateJasParamsLineItem;

export interface OrderCreateJazzCentralParamsShipToAddress {
  address1: string;
  address2: string;
  city: string;
  company?: string;
  country: string;
  full_name?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateLeanafyParams {
  is_address_residential?: boolean;
  line_items: Array<OrderCreateLeanafyParamsLineItem>;
  reference_id?: string;
  ship_to_address: OrderCreateLeanafyParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateLeanafyParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateLeanafyParamsShipToAddress {
  address1: string;
  address2: string;
  city: string;
  company: string;
  country: string;
  email_address: string;
  full_name: string;
  phone_country_code?: string;
  phone_number: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateLogiwaIoParams {
  carrier?: string;
  carrier_id?: string;
  carrier_name?: string;
  line_items: Array<OrderCreateLogiwaIoParamsLineItem>;
  notes?: string;
  order_date: string;
  order_number: string;
  ship_to_address: OrderCreateLogiwaIoParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateLogiwaIoParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateLogiwaIoParamsShipToAddress =
  ReturnCreateDeposcoParamsShipToAddress;

export interface OrderCreateLogiwaParams {
  line_items: Array<OrderCreateLogiwaParamsLineItem>;
  order_number?: string;
  order_type?: string;
  reference_id?: string;
  ship_to_address: OrderCreateLogiwaParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateLogiwaParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateLogiwaParamsShipToAddress =
  ReturnCreateShipheroParamsShipFromAddress;

export interface OrderCreateMasonhubParams {
  carrier?: "rate_shop" | "UPS" | "USPS" | "FEDEX" | "DHL" | "willCall";
  carrier_id?: "rate_shop" | "UPS" | "USPS" | "FEDEX" | "DHL" | "willCall";
  line_items: Array<OrderCreateMasonhubParamsLineItem>;
  priority?: number;
  service_level?:
    | "economy"
    | "nextDayAirEarlyAM"
    | "nextDay"
    | "guaranteedNextDay"
    | "2-day"
    | "3-day"
    | "guaranteed2Day"
    | "ground"
    | "priority"
    | "LTL"
    | "FTL"
    | "willCall"
    | "international";
  ship_to_address: OrderCreateMasonhubParamsShipToAddress;
  shipping_address_type?: "business" | "residential";
  shipping_method?:
    | "economy"
    | "nextDayAirEarlyAM"
    | "nextDay"
    | "guaranteedNextDay"
    | "2-day"
    | "3-day"
    | "guaranteed2Day"
    | "ground"
    | "priority"
    | "LTL"
    | "FTL"
    | "willCall"
    | "international";
  trackstar_tags?: Array<unknown> | null;
  type?:
    | "customer"
    | "destroy"
    | "packAndHold"
    | "quarantine"
    | "returnToVendor"
    | "transfer"
    | "wholesale"
    | "workOrder"
    | "dropship";
}

export type OrderCreateMasonhubParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderCreateMasonhubParamsShipToAddress =
  ReturnCreateCirroParamsShipToAddress;

export interface OrderCreateMintsoftParams {
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  line_items: Array<OrderCreateMintsoftParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  ship_to_address: OrderCreateMintsoftParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateMintsoftParamsLineItem = OrderCreateFinaleParamsLineItem;

export interface OrderCreateMintsoftParamsShipToAddress {
  address1?: string;
  address2?: string;
  city?: string;
  company?: string;
  country: string;
  email?: string;
  full_name: string;
  phone_number?: string;
  postal_code?: string;
  state?: string;
}

export interface OrderCreateNext3plParams {
  customer_instructions?: string;
  freight_instructions?: string;
  line_items: Array<OrderCreateNext3plParamsLineItem>;
  order_number: string;
  postage_rate?: number;
  reference_id: string;
  ship_to_address: OrderCreateNext3plParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_instructions?: string;
}

export interface OrderCreateNext3plParamsLineItem {
  quantity: number;
  sku: string;
  sku_description?: string;
  unit_price?: number;
}

export interface OrderCreateNext3plParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company: string;
  country: string;
  email_address?: string;
  full_name: string;
  phone_number?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateNfiParams {
  invoice_currency_code?: "USD" | "CAD";
  line_items: Array<OrderCreateNfiParamsLineItem>;
  order_number?: string;
  reference_id: string;
  required_ship_date: string;
  ship_to_address: OrderCreateNfiParamsShipToAddress;
  shipping_method?:
    "LowCost" | "CanadaZoneSkipExpress" | "GROUND" | "Expedited" | "Xpresspost";
  shipping_method_id?:
    "LowCost" | "CanadaZoneSkipExpress" | "GROUND" | "Expedited" | "Xpresspost";
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateNfiParamsLineItem {
  country_of_origin: string;
  quantity: number;
  sku: string;
  unit_price: number;
}

export interface OrderCreateNfiParamsShipToAddress {
  address1?: string;
  address2?: string;
  city?: string;
  company?: string;
  country?: string;
  full_name?: string;
  phone_number?: string;
  postal_code?: string;
  state?: string;
}

export interface OrderCreateNimbleParams {
  carrier?: string;
  carrier_id?: string;
  line_items: Array<OrderCreateNimbleParamsLineItem>;
  reference_id: string;
  ship_to_address: OrderCreateNimbleParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: "N/A - Connect an account to see options";
}

export type OrderCreateNimbleParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateNimbleParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  full_name: string;
  postal_code: string;
  state?: string;
}

export interface OrderCreateNlrpParams {
  line_items: Array<OrderCreateNlrpParamsLineItem>;
  memo?: string;
  other?: number;
  purchase_order_number?: string;
  reference_id: string;
  required_ship_date?: string;
  sales_rep?: string;
  sales_tax_code?: string;
  sales_tax_item?: string;
  sales_tax_percentage?: number;
  ship_date?: string;
  ship_to_address?: OrderCreateNlrpParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  terms: string;
  total_tax?: number;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateNlrpParamsLineItem {
  description?: string;
  quantity: number;
  sku: string;
  unit_price: number;
}

export type OrderCreateNlrpParamsShipToAddress =
  ReturnCreateCirroParamsShipToAddress;

export interface OrderCreateOngoingParams {
  delivery_date: string;
  line_items: Array<OrderCreateOngoingParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateOngoingParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateOngoingParamsLineItem = OrderCreateFinaleParamsLineItem;

export interface OrderCreateOngoingParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  customer_number?: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface OrderCreatePackiyoParams {
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  line_items: Array<OrderCreatePackiyoParamsLineItem>;
  order_number: string;
  reference_id?: string;
  service_level?: string;
  ship_to_address: OrderCreatePackiyoParamsShipToAddress;
  shipping_method?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreatePackiyoParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreatePackiyoParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export type OrderCreateParams = Exclusive<
  | OrderCreateBaseParams
  | OrderCreateAmwareParams
  | OrderCreateBlueboxParams
  | OrderCreateCamelotParams
  | OrderCreateCapacityParams
  | OrderCreateDclParams
  | OrderCreateDearSystemsParams
  | OrderCreateDeposcoParams
  | OrderCreateDistributionManagementParams
  | OrderCreateEliteOpsParams
  | OrderCreateExtensiv3plCentralParams
  | OrderCreateFbaParams
  | OrderCreateFfeParams
  | OrderCreateFinaleParams
  | OrderCreateFlexportParams
  | OrderCreateFulfilmentcrowdParams
  | OrderCreateGGlobalParams
  | OrderCreateInfoplusParams
  | OrderCreateJasParams
  | OrderCreateJazzCentralParams
  | OrderCreateLeanafyParams
  | OrderCreateLogiwaParams
  | OrderCreateLogiwaIoParams
  | OrderCreateMasonhubParams
  | OrderCreateMintsoftParams
  | OrderCreateNext3plParams
  | OrderCreateNfiParams
  | OrderCreateNimbleParams
  | OrderCreateNlrpParams
  | OrderCreateOngoingParams
  | OrderCreatePackiyoParams
  | OrderCreateQuietParams
  | OrderCreateSandboxParams
  | OrderCreateShipbobParams
  | OrderCreateShipedgeParams
  | OrderCreateShipfusionParams
  | OrderCreateShipheroParams
  | OrderCreateShipmonkParams
  | OrderCreateShippingAndHandlingParams
  | OrderCreateShippingTreeParams
  | OrderCreateShipstationParams
  | OrderCreateShipstreamParams
  | OrderCreateShipwireParams
  | OrderCreateSkusavvyParams
  | OrderCreateSkuvaultParams
  | OrderCreateSmartWarehousingParams
  | OrderCreateSojoParams
  | OrderCreateStordParams
  | OrderCreateUnleashedParams
  | OrderCreateVeeqoParams
  | OrderCreateVeracoreParams
  | OrderCreateWhiplashParams
  | OrderCreateXbFulfillmentParams
  | OrderCreateZenventoryParams
>;

export type OrderCreateParamsChannelObject =
  OrderCreateParamsChannelObjectId | OrderCreateParamsChannelObjectName;

export interface OrderCreateParamsChannelObjectId {
  channel_id: string;
}

export interface OrderCreateParamsChannelObjectName {
  channel_name: string;
}

export interface OrderCreateParamsLineItem {
  discount_amount?: number;
  product_id?: string;
  quantity?: number;
  sku?: string;
  unit_price?: number;
}

export interface OrderCreateParamsShipToAddress {
  address1?: string;
  address2?: string;
  city?: string;
  company?: string;
  country?: string;
  full_name?: string;
  postal_code?: string;
  state?: string;
}

export interface OrderCreateQuietParams {
  carrier?: string;
  carrier_id?: string;
  line_items: Array<OrderCreateQuietParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateQuietParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateQuietParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateQuietParamsShipToAddress {
  address1: string;
  address2?: string;
  address3?: string;
  city: string;
  company?: string;
  country: string;
  email_address?: string;
  full_name?: string;
  phone_number?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateResponse {
  data: OrderCreateResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface OrderCreateResponseData {
  additional_fields?: Record<string, unknown>;
  carrier_id?: string | null;
  carrier_name?: string | null;
  channel?: string | null;
  channel_object?: OrderChannelObject | null;
  created_date?: string;
  external_system_url?: string | null;
  first_party_freight_account_number?: string | null;
  id?: string;
  international_duty_paid_by?: "sender" | "recipient" | "third_party" | null;
  invoice_currency_code?: string;
  is_third_party_freight?: boolean | null;
  line_items?: Array<OrderLineItem>;
  order_number?: string;
  raw_status?: string | null;
  reference_id?: string;
  required_ship_date?: string | null;
  saturday_delivery?: boolean | null;
  scac?: string | null;
  service_level?: string | null;
  ship_to_address?: CartOrderShipToAddress;
  shipments?: Array<OrderShipment>;
  shipping_method?: string | null;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  signature_required?: boolean | null;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "picked"
    | "packed"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  tags?: Array<string>;
  third_party_freight_account_number?: string | null;
  total_discount?: number | null;
  total_price?: number | null;
  total_shipping?: number | null;
  total_tax?: number | null;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string | null;
  type?: "d2c" | "b2b" | "dropship" | "transfer" | null;
  updated_date?: string;
  warehouse_customer_id?: string | null;
  warehouse_id?: string | null;
}

export interface OrderCreateSandboxParams {
  channel?: string;
  invoice_currency_code?: string;
  line_items: Array<OrderCreateSandboxParamsLineItem>;
  order_number: string;
  reference_id?: string;
  service_level?: string;
  ship_to_address: OrderCreateSandboxParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  total_discount?: number;
  total_price?: number;
  total_shipping?: number;
  total_tax?: number;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
}

export interface OrderCreateSandboxParamsLineItem {
  discount_amount?: number;
  product_id: string;
  quantity: number;
  sku?: string;
  unit_price?: number;
}

export type OrderCreateSandboxParamsShipToAddress =
  OrderCreateExtensiv3plCentralParamsBillToAddress;

export interface OrderCreateShipbobParams {
  line_items: Array<OrderCreateShipbobParamsLineItem>;
  order_number?: string;
  reference_id: string;
  ship_to_address: OrderCreateShipbobParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface OrderCreateShipbobParamsLineItem {
  product_id: string;
  quantity: number;
}

export interface OrderCreateShipbobParamsShipToAddress {
  address1: string;
  city: string;
  company?: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateShipedgeParams {
  line_items: Array<OrderCreateShipedgeParamsLineItem>;
  order_number: string;
  reference_id?: string;
  ship_to_address: OrderCreateShipedgeParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateShipedgeParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderCreateShipedgeParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderCreateShipfusionParams {
  carrier_id?: string;
  line_items: Array<OrderCreateShipfusionParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateShipfusionParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateShipfusionParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateShipfusionParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  email_address: string;
  full_name: string;
  phone_number: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateShipheroParams {
  carrier?: string;
  carrier_id?: string;
  line_items: Array<OrderCreateShipheroParamsLineItem>;
  order_number: string;
  packing_note?: string;
  reference_id?: string;
  ship_to_address: OrderCreateShipheroParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  shipping_price?: number;
  tags?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
}

export interface OrderCreateShipheroParamsLineItem {
  quantity: number;
  sku: string;
  unit_price: number;
  warehouse_id?: string;
}

export interface OrderCreateShipheroParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  email_address?: string;
  full_name: string;
  phone_number?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateShipmonkParams {
  line_items: Array<OrderCreateShipmonkParamsLineItem>;
  order_number: string;
  reference_id?: string;
  ship_to_address: OrderCreateShipmonkParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
  type?:
    | "direct_to_consumer"
    | "retail"
    | "amazon"
    | "transfer"
    | "removal_liquidation"
    | "disposal"
    | "bonded_inventory_clearance"
    | "work_order";
  warehouse_id?: string;
}

export interface OrderCreateShipmonkParamsLineItem {
  name?: string;
  quantity: number;
  sku: string;
  unit_price?: number;
}

export interface OrderCreateShipmonkParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateShippingAndHandlingParams {
  line_items: Array<OrderCreateShippingAndHandlingParamsLineItem>;
  notes?: string;
  order_number?: string;
  ship_to_address?: OrderCreateShippingAndHandlingParamsShipToAddress;
  shipping_method?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateShippingAndHandlingParamsLineItem {
  name?: string;
  quantity: number;
  sku: string;
}

export interface OrderCreateShippingAndHandlingParamsShipToAddress {
  address1: string;
  address2?: string;
  address3?: string;
  city: string;
  company?: string;
  country: string;
  email?: string;
  full_name: string;
  phone?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateShippingTreeParams {
  line_items: Array<OrderCreateShippingTreeParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  ship_to_address: OrderCreateShippingTreeParamsShipToAddress;
  tags?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type OrderCreateShippingTreeParamsLineItem =
  OrderCreateFinaleParamsLineItem;

export interface OrderCreateShippingTreeParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  company?: string;
  country: string;
  email: string;
  full_name: string;
  postal_code: string;
  state?: string;
}

export interface OrderCreateShipstationParams {
  bill_to_address?: OrderCreateShipstationParamsBillToAddress;
  line_items: Array<OrderCreateShipstationParamsLineItem>;
  order_number?: string;
  required_ship_date?: string;
  ship_to_address: OrderCreateShipstationParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateShipstationParamsBillToAddress {
  address1: string;
  address2?: string | null;
  city: string;
  company?: string | null;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export type OrderCreateShipstationParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateShipstationParamsShipToAddress =
  OrderCreateShipstationParamsBillToAddress;

export interface OrderCreateShipstreamParams {
  channel_object?: OrderCreateShipstreamParamsChannelObject;
  custom_fields: string;
  line_items: Array<OrderCreateShipstreamParamsLineItem>;
  reference_id?: string;
  ship_to_address: OrderCreateShipstreamParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateShipstreamParamsChannelObject =
  OrderCreateParamsChannelObjectId;

export type OrderCreateShipstreamParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateShipstreamParamsShipToAddress =
  OrderCreateExtensiv3plCentralParamsBillToAddress;

export interface OrderCreateShipwireParams {
  line_items: Array<OrderCreateShipwireParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateShipwireParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateShipwireParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateShipwireParamsShipToAddress =
  OrderCreateCapacityParamsShipToAddress;

export interface OrderCreateSkusavvyParams {
  line_items: Array<OrderCreateSkusavvyParamsLineItem>;
  ship_to_address: OrderCreateSkusavvyParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateSkusavvyParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateSkusavvyParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderCreateSkuvaultParams {
  line_items: Array<OrderCreateSkuvaultParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateSkuvaultParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateSkuvaultParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderCreateSkuvaultParamsShipToAddress =
  OrderCreateExtensiv3plCentralParamsBillToAddress;

export interface OrderCreateSmartWarehousingParams {
  bill_to_address?: OrderCreateSmartWarehousingParamsBillToAddress;
  client_tracking?: string;
  cod_flag?: boolean;
  line_items: Array<OrderCreateSmartWarehousingParamsLineItem>;
  reference_id?: string;
  ship_to_address: OrderCreateSmartWarehousingParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateSmartWarehousingParamsBillToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  full_name: string;
  phone_number: string;
  postal_code: string;
  state: string;
}

export type OrderCreateSmartWarehousingParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateSmartWarehousingParamsShipToAddress =
  OrderCreateSmartWarehousingParamsBillToAddress;

export interface OrderCreateSojoParams {
  expected_ship_date: string;
  line_items: Array<OrderCreateSojoParamsLineItem>;
  memo: string;
  order_number?: string;
  reference_id: string;
  ship_to_address: OrderCreateSojoParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export type OrderCreateSojoParamsLineItem = OrderCreateShipbobParamsLineItem;

export type OrderCreateSojoParamsShipToAddress =
  ReturnCreateShipheroParamsShipFromAddress;

export interface OrderCreateStordParams {
  channel?: "N/A - Connect an account to see options";
  channel_object?: OrderCreateParamsChannelObject;
  line_items: Array<OrderCreateStordParamsLineItem>;
  order_number: string;
  reference_id?: string | null;
  ship_to_address: OrderCreateStordParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateStordParamsLineItem {
  lot_id?: string;
  quantity: number;
  sku: string;
}

export interface OrderCreateStordParamsShipToAddress {
  address1: string;
  address2: string;
  city: string;
  company: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateUnleashedParams {
  line_items: Array<OrderCreateUnleashedParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  ship_to_address: OrderCreateUnleashedParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type OrderCreateUnleashedParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderCreateUnleashedParamsShipToAddress {
  address1?: string;
  address2?: string;
  city?: string;
  country: string;
  full_name?: string;
  postal_code?: string;
  state?: string;
}

export interface OrderCreateVeeqoParams {
  channel_id: string;
  line_items: Array<OrderCreateVeeqoParamsLineItem>;
  order_number?: string;
  ship_to_address?: OrderCreateVeeqoParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateVeeqoParamsLineItem {
  product_id: string;
  quantity: number;
  unit_price: number;
}

export type OrderCreateVeeqoParamsShipToAddress =
  OrderCreateParamsShipToAddress;

export interface OrderCreateVeracoreParams {
  delivery_date?: string;
  line_items: Array<OrderCreateVeracoreParamsLineItem>;
  order_id?: string;
  reference_id?: string;
  ship_to_address: OrderCreateVeracoreParamsShipToAddress;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateVeracoreParamsLineItem = OrderCreateFinaleParamsLineItem;

export interface OrderCreateVeracoreParamsShipToAddress {
  address1: string;
  address2?: string;
  address3?: string;
  city: string;
  company?: string;
  country: string;
  full_name?: string;
  postal_code: string;
  state: string;
}

export interface OrderCreateWhiplashParams {
  carrier?: string;
  carrier_id?: string;
  line_items?: Array<OrderCreateWhiplashParamsLineItem>;
  reference_id?: string;
  ship_to_address: OrderCreateWhiplashParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  status?: "open" | "fulfilled" | "processing";
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderCreateWhiplashParamsLineItem {
  quantity: number;
  sku: string;
  unit_price?: number;
}

export type OrderCreateWhiplashParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderCreateXbFulfillmentParams {
  billing_method:
    | "Prepaid"
    | "Collect"
    | "Third Party"
    | "Consignee Bill"
    | "Free on Board"
    | "Cost & Freight"
    | "Delivery Duty Paid"
    | "Free Domicile"
    | "UPS Third Party Freight Collect";
  line_items: Array<OrderCreateXbFulfillmentParamsLineItem>;
  order_number: string;
  ship_to_address: OrderCreateXbFulfillmentParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?:
    | "216"
    | "217"
    | "218"
    | "219"
    | "221"
    | "222"
    | "226"
    | "283"
    | "322"
    | "355"
    | "80"
    | "82"
    | "82.1"
    | "82.2"
    | "83.1"
    | "83.2"
    | "88.2"
    | "WILL"
    | "101"
    | "110";
  shipping_method_name?:
    | "UPS Ground"
    | "UPS NEXT DAY AIR EARLY AM"
    | "UPS NEXT DAY AIR"
    | "UPS NEXT DAY AIR SAVER"
    | "UPS 2ND DAY AIR"
    | "UPS 3 DAYSELECT"
    | "UPS Saturday delivery"
    | "UPS FREIGHT"
    | "USPS PRIORITY MAIL"
    | "USPS FIRST CLASS"
    | "DHL Global Mail Parcel Direct Priority DDP"
    | "DHL MAX"
    | "DHL LWP Expedited Max (under 1lb)"
    | "DHL Expedited Max (> 1lb)"
    | "DHL GM LWP Expedited Mail (under 1lb)"
    | "DHL GM Parcel Plus Expedited (> 1lb)"
    | "DHL GM Parcel Plus Ground (> 1lb)"
    | "Will Call"
    | "FEDEX GROUND"
    | "FEDEX INTERNATIONAL ECONOMY";
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateXbFulfillmentParamsLineItem =
  OrderCreateJasParamsLineItem;

export type OrderCreateXbFulfillmentParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderCreateZenventoryParams {
  line_items: Array<OrderCreateZenventoryParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  ship_to_address: OrderCreateZenventoryParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderCreateZenventoryParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderCreateZenventoryParamsShipToAddress =
  OrderCreateExtensiv3plCentralParamsBillToAddress;

export interface OrderLineItem {
  discount_amount?: number | null;
  is_picked?: boolean;
  product_id?: string;
  quantity?: number;
  sku?: string | null;
  unit_price?: number | null;
}

export interface OrderListParams {
  limit?: number;
  channel?: StringFilter;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  order_number?: StringCaseInsensitiveFilter;
  reference_id?: StringCaseInsensitiveFilter;
  required_ship_date?: DatetimeRangeFilter;
  status?: OrderStatusFilter;
  type?: OrderTypeFilter;
  updated_date?: DatetimeFilter;
  warehouse_customer_id?: StringFilter;
  page_token?: string;
}

export interface OrderListResponse {
  data: Array<Order>;
  next_token?: string | null;
  total_count?: number;
}

export interface OrderRetrieveResponse {
  data: Order;
}

export interface OrderShipment {
  line_items?: Array<OrderShipmentLineItem>;
  packages?: Array<OrderShipmentPackage>;
  raw_status?: string | null;
  ship_from_address?: CartWarehouseAddress;
  ship_to_address?: CartOrderShipToAddress;
  shipment_id?: string;
  shipped_date?: string | null;
  shipping_method?: string | null;
  status?: "open" | "shipped" | "cancelled" | "other";
  warehouse_id?: string;
}

export interface OrderShipmentLineItem {
  inventory_item_id?: string;
  parent_product_id?: string | null;
  quantity?: number;
  sku?: string | null;
}

export interface OrderShipmentPackage {
  carrier?: string | null;
  carrier_id?: string | null;
  carrier_name?: string | null;
  line_items?: Array<OrderShipmentPackageLineItem>;
  measurements?: OrderShipmentPackageMeasurements;
  package_id?: string;
  package_name?: string | null;
  scac?: string | null;
  shipping_cost?: number | null;
  shipping_method?: string | null;
  shipping_method_id?: string | null;
  shipping_method_name?: string | null;
  tracking_number?: string | null;
  tracking_url?: string | null;
}

export interface OrderShipmentPackageLineItem {
  expiration_date?: string | null;
  inventory_item_id?: string;
  lot_id?: string | null;
  parent_product_id?: string | null;
  quantity?: number;
  sku?: string | null;
}

export interface OrderShipmentPackageMeasurements {
  height?: number | null;
  length?: number | null;
  unit?: "cm" | "in" | null;
  weight?: number | null;
  weight_unit?: "kg" | "oz" | "lb" | null;
  width?: number | null;
}

export type OrderStatus =
  | "open"
  | "confirmed"
  | "processing"
  | "picked"
  | "packed"
  | "partially_fulfilled"
  | "fulfilled"
  | "exception"
  | "cancelled"
  | "backordered"
  | "other";

export type OrderStatusFilter =
  | OrderStatus
  | ReadonlyArray<OrderStatus>
  | FilterOperators<
      "eq" | "neq" | "in" | "nin" | "contains" | "not_contains",
      OrderStatus
    >;

export type OrderType = "d2c" | "b2b" | "dropship" | "transfer";

export type OrderTypeFilter =
  | OrderType
  | ReadonlyArray<OrderType>
  | FilterOperators<
      "eq" | "neq" | "in" | "nin" | "contains" | "not_contains",
      OrderType
    >;

export interface OrderUpdateBaseParams {
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  invoice_currency_code?: string;
  line_items?: Array<OrderUpdateParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  service_level?: string;
  ship_to_address?: OrderUpdateParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "picked"
    | "packed"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  total_discount?: number;
  total_price?: number;
  total_shipping?: number;
  total_tax?: number;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
  warehouse_customer_id?: string | null;
}

export interface OrderUpdateBlueboxParams {
  line_items: Array<OrderUpdateBlueboxParamsLineItem>;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderUpdateBlueboxParamsLineItem = OrderCreateFinaleParamsLineItem;

export type OrderUpdateDearSystemsParams = OrderCreateDearSystemsParams;

export interface OrderUpdateDeposcoParams {
  cancel_by_ship_date?: string;
  channel?: string;
  custom_attribute_1?: string;
  custom_attribute_7?: string;
  freight_account_number?: string;
  line_items?: Array<OrderCreateDeposcoParamsLineItem>;
  notes?: Array<OrderCreateDeposcoParamsNote>;
  order_type?: "Sales Order" | "Outbound Transfer Order";
  reference_id?: string;
  required_ship_date?: string;
  ship_to_address?: OrderUpdateDeposcoParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
  warehouse_id?: string;
}

export interface OrderUpdateDeposcoParamsShipToAddress {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  full_name?: string;
  phone_number?: string;
  postal_code: string;
  state: string;
}

export interface OrderUpdateExtensiv3plCentralParams {
  bill_to_address?: OrderCreateExtensiv3plCentralParamsBillToAddress;
  billing_code?:
    | "default_Prepaid"
    | "default_FreightCollect"
    | "default_BillThirdParty"
    | "fedex_collect"
    | "fedex_recipient"
    | "fedex_sender"
    | "fedex_third_party"
    | "ups_BillThirdParty"
    | "ups_ConsigneeBilled"
    | "ups_FreightCollect"
    | "ups_Prepaid";
  carrier?: string;
  carrier_id?: string;
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  custom_fields?: Array<InboundShipmentCreateGGlobalParamsCustomField>;
  earliest_ship_date?: string;
  gift_message?: string;
  line_items?: Array<OrderCreateExtensiv3plCentralParamsLineItem>;
  notes?: string;
  order_number?: string;
  purchase_order_number?: string;
  reference_id?: string;
  ship_cancel_date?: string;
  ship_to_address?: OrderCreateExtensiv3plCentralParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  total_discount?: number;
  total_shipping?: number;
  total_tax?: number;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
  warehouse_id?: string;
}

export interface OrderUpdateFfeParams {
  is_edi?: boolean;
  line_items: Array<OrderCreateFfeParamsLineItem>;
  notes?: Array<string>;
  purchase_order_number?: string;
  reference_id?: string;
  ship_to_address?: OrderCreateFfeParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
}

export interface OrderUpdateInfoplusParams {
  bill_to_address?: OrderCreateInfoplusParamsBillToAddress;
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  customer_po_number?: string;
  gift_message?: string;
  line_items: Array<OrderCreateInfoplusParamsLineItem>;
  order_number?: string;
  ship_to_address?: OrderCreateInfoplusParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  tags?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
  warehouse_id: string;
}

export interface OrderUpdateLogiwaIoParams {
  carrier?: string;
  carrier_id?: string;
  carrier_name?: string;
  line_items: Array<OrderCreateLogiwaIoParamsLineItem>;
  notes?: string;
  order_date: string;
  order_number?: string;
  ship_to_address: OrderCreateLogiwaIoParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface OrderUpdateLogiwaParams {
  order_number?: string;
  ship_to_address?: OrderCreateLogiwaParamsShipToAddress;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "fulfilled"
    | "cancelled"
    | "exception";
  trackstar_tags?: Array<unknown> | null;
  warehouse_id: string;
}

export interface OrderUpdateMasonhubParams {
  carrier?: "rate_shop" | "UPS" | "USPS" | "FEDEX" | "DHL" | "willCall";
  carrier_id?: "rate_shop" | "UPS" | "USPS" | "FEDEX" | "DHL" | "willCall";
  priority?: number;
  service_level?:
    | "economy"
    | "nextDayAirEarlyAM"
    | "nextDay"
    | "guaranteedNextDay"
    | "2-day"
    | "3-day"
    | "guaranteed2Day"
    | "ground"
    | "priority"
    | "LTL"
    | "FTL"
    | "willCall"
    | "international";
  ship_to_address: OrderCreateMasonhubParamsShipToAddress;
  shipping_address_type?: "business" | "residential";
  shipping_method?:
    | "economy"
    | "nextDayAirEarlyAM"
    | "nextDay"
    | "guaranteedNextDay"
    | "2-day"
    | "3-day"
    | "guaranteed2Day"
    | "ground"
    | "priority"
    | "LTL"
    | "FTL"
    | "willCall"
    | "international";
  trackstar_tags?: Array<unknown> | null;
  type?:
    | "customer"
    | "destroy"
    | "packAndHold"
    | "quarantine"
    | "returnToVendor"
    | "transfer"
    | "wholesale"
    | "workOrder"
    | "dropship";
}

export interface OrderUpdateMintsoftParams {
  channel?: string;
  channel_object?: OrderCreateParamsChannelObject;
  line_items?: Array<OrderCreateMintsoftParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  ship_to_address?: OrderCreateMintsoftParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface OrderUpdateOngoingParams {
  delivery_date?: string;
  line_items?: Array<OrderCreateOngoingParamsLineItem>;
  order_number: string;
  ship_to_address?: OrderCreateOngoingParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface OrderUpdatePackiyoParams {
  line_items?: Array<OrderCreatePackiyoParamsLineItem>;
  service_level?: string;
  ship_to_address?: OrderCreatePackiyoParamsShipToAddress;
  shipping_method?: string;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderUpdateParams = Exclusive<
  | OrderUpdateBaseParams
  | OrderUpdateBlueboxParams
  | OrderCreateDearSystemsParams
  | OrderUpdateDeposcoParams
  | OrderUpdateExtensiv3plCentralParams
  | OrderUpdateFfeParams
  | OrderUpdateInfoplusParams
  | OrderUpdateLogiwaParams
  | OrderUpdateLogiwaIoParams
  | OrderUpdateMasonhubParams
  | OrderUpdateMintsoftParams
  | OrderUpdateOngoingParams
  | OrderUpdatePackiyoParams
  | OrderUpdateSandboxParams
  | OrderCreateShipfusionParams
  | OrderUpdateShipheroParams
  | OrderUpdateShipmonkParams
  | OrderUpdateShippingTreeParams
  | OrderUpdateShipstationParams
  | OrderUpdateShipstreamParams
  | OrderUpdateShipwireParams
  | OrderUpdateSkusavvyParams
  | OrderUpdateSkuvaultParams
  | OrderUpdateSojoParams
  | OrderUpdateUnleashedParams
  | OrderUpdateVeeqoParams
  | OrderUpdateVeracoreParams
  | OrderUpdateWhiplashParams
  | OrderUpdateZenventoryParams
>;

export type OrderUpdateParamsLineItem = OrderCreateParamsLineItem;

export type OrderUpdateParamsShipToAddress = OrderCreateParamsShipToAddress;

export interface OrderUpdateResponse {
  data: Order;
  id?: string;
  unused_fields?: Array<string>;
}

export interface OrderUpdateSandboxParams {
  channel?: string;
  invoice_currency_code?: string;
  line_items?: Array<OrderUpdateParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  service_level?: string;
  ship_to_address?: OrderUpdateParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  status?:
    | "open"
    | "confirmed"
    | "processing"
    | "picked"
    | "packed"
    | "partially_fulfilled"
    | "fulfilled"
    | "exception"
    | "cancelled"
    | "backordered"
    | "other";
  total_discount?: number;
  total_price?: number;
  total_shipping?: number;
  total_tax?: number;
  trackstar_tags?: Array<unknown> | null;
  trading_partner?: string;
}

export type OrderUpdateShipfusionParams = OrderCreateShipfusionParams;

export interface OrderUpdateShipheroParams {
  labels?: Array<OrderUpdateShipheroParamsLabel>;
  line_items?: Array<OrderUpdateShipheroParamsLineItem>;
  order_number?: string;
  packing_note?: string;
  reference_id?: string;
  ship_to_address?: OrderUpdateShipheroParamsShipToAddress;
  status?: "fulfilled";
  tags?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_customer_id?: string | null;
}

export interface OrderUpdateShipheroParamsLabel {
  carrier?: string;
  carrier_id?: string;
  label?: OrderUpdateShipheroParamsLabelLabel;
  measurements: OrderShipmentCreateShipheroParamsMeasurements;
  shipment_id: string;
  shipping_cost: number;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  shipping_name?: string;
  skus: Array<string>;
  tracking_number?: string;
}

export interface OrderUpdateShipheroParamsLabelLabel {
  image_location?: string;
  paper_pdf_location?: string;
  pdf_location?: string;
  thermal_pdf_location?: string;
}

export type OrderUpdateShipheroParamsLineItem =
  OrderCreateShipheroParamsLineItem;

export type OrderUpdateShipheroParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderUpdateShipmonkParams {
  line_items?: Array<OrderCreateShipmonkParamsLineItem>;
  reference_id?: string;
  ship_to_address?: OrderUpdateShipmonkParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type OrderUpdateShipmonkParamsShipToAddress =
  OrderCreateShipmonkParamsShipToAddress;

export interface OrderUpdateShippingTreeParams {
  line_items?: Array<OrderUpdateShippingTreeParamsLineItem>;
  order_number?: string;
  reference_id?: string;
  ship_to_address?: OrderCreateShippingTreeParamsShipToAddress;
  tags?: Array<string>;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type OrderUpdateShippingTreeParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderUpdateShipstationParams {
  bill_to_address?: OrderUpdateShipstationParamsBillToAddress;
  line_items?: Array<OrderUpdateShipstationParamsLineItem>;
  order_number?: string;
  required_ship_date?: string;
  ship_to_address?: OrderUpdateShipstationParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderUpdateShipstationParamsBillToAddress {
  address1: string;
  address2?: string | null;
  city: string;
  company?: string;
  country: string;
  full_name: string;
  postal_code: string;
  state: string;
}

export type OrderUpdateShipstationParamsLineItem =
  OrderCreateFinaleParamsLineItem;

export type OrderUpdateShipstationParamsShipToAddress =
  OrderUpdateShipstationParamsBillToAddress;

export interface OrderUpdateShipstreamParams {
  custom_fields?: string;
  reference_id?: string;
  ship_to_address?: OrderCreateShipstreamParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderUpdateShipwireParams {
  line_items?: Array<OrderCreateShipwireParamsLineItem>;
  order_number?: string;
  ship_to_address?: OrderCreateShipwireParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderUpdateSkusavvyParams {
  ship_to_address?: OrderCreateSkusavvyParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderUpdateSkuvaultParams {
  status:
    | "open"
    | "confirmed"
    | "processing"
    | "fulfilled"
    | "exception"
    | "cancelled";
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderUpdateSojoParams {
  expected_ship_date?: string;
  line_items?: Array<OrderCreateSojoParamsLineItem>;
  memo?: string;
  order_number?: string;
  reference_id?: string;
  ship_to_address?: OrderCreateSojoParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export interface OrderUpdateUnleashedParams {
  line_items?: Array<OrderCreateUnleashedParamsLineItem>;
  reference_id?: string;
  ship_to_address?: OrderUpdateUnleashedParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
  warehouse_id?: string;
}

export type OrderUpdateUnleashedParamsShipToAddress =
  OrderCreateUnleashedParamsShipToAddress;

export interface OrderUpdateVeeqoParams {
  channel_id?: string;
  line_items?: Array<OrderCreateVeeqoParamsLineItem>;
  order_number?: string;
  ship_to_address?: OrderCreateVeeqoParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderUpdateVeracoreParams {
  line_items?: Array<OrderUpdateVeracoreParamsLineItem>;
  ship_to_address?: OrderCreateVeracoreParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}

export type OrderUpdateVeracoreParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderUpdateWhiplashParams {
  carrier?: string;
  carrier_id?: string;
  line_items?: Array<OrderCreateWhiplashParamsLineItem>;
  reference_id?: string;
  ship_to_address?: OrderCreateWhiplashParamsShipToAddress;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderUpdateZenventoryParams {
  line_items: Array<OrderCreateZenventoryParamsLineItem>;
  reference_id?: string;
  ship_to_address: OrderCreateZenventoryParamsShipToAddress;
  trackstar_tags?: Array<unknown> | null;
}
