// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { CartOrderShipToAddress } from "../../cart/orders.js";
import type { Exclusive } from "../../shared.js";
import type { InboundShipmentReceiveParamsLineItem } from "../inbound_shipments.js";
import type { KitCreateParamsMeasurements } from "../kits.js";
import type {
  OrderChannelObject,
  OrderLineItem,
  OrderShipment,
} from "../orders.js";
import type { ProductCreateShipmonkParamsMeasurements } from "../products.js";

export interface OrderShipmentCreateBaseParams {
  carrier?: string;
  carrier_id?: string;
  measurements?: OrderShipmentCreateParamsMeasurementsParams;
  packages?: Array<OrderShipmentCreateParamsPackage>;
  shipped_date?: string;
  shipping_cost?: number;
  shipping_method?: string;
  shipping_method_id?: string;
  tracking_number?: string;
  tracking_url?: string;
  warehouse_id?: string;
}

export interface OrderShipmentCreateDearSystemsParams {
  carrier?: "Connect an account to see available carriers";
  carrier_id?: "Connect an account to see available carriers";
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderShipmentCreateDeposcoParams {
  packages?: Array<OrderShipmentCreateParamsPackage>;
  shipping_cost: number;
  tracking_number?: string;
}

export interface OrderShipmentCreateExtensiv3plCentralParams {
  carrier?: string;
  carrier_id?: string;
  confirm_date?: string;
  packages?: Array<OrderShipmentCreateParamsPackage>;
  shipped_date: string;
  shipping_cost: number;
  shipping_method?: string;
  shipping_method_id?: string;
  tracking_number?: string;
}

export interface OrderShipmentCreateFbaParams {
  carrier?: string;
  carrier_id?: string;
  carrier_name?: string;
  shipped_date: string;
  shipping_method?: string;
  shipping_method_id?: string;
  tracking_number: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderShipmentCreateFinaleParams {
  line_items: Array<OrderShipmentCreateFinaleParamsLineItem>;
  tracking_number?: string;
}

export interface OrderShipmentCreateFinaleParamsLineItem {
  location_id: string;
  quantity?: number;
  sku: string;
}

export interface OrderShipmentCreateInfoplusParams {
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  tracking_number?: string;
  tracking_numbers?: Array<string>;
}

export interface OrderShipmentCreateLogiwaIoParams {
  carrier?: string;
  carrier_id?: string;
  carrier_name?: string;
  files?: Array<OrderShipmentCreateLogiwaIoParamsFile>;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  tracking_number?: string;
  trackstar_tags?: Array<unknown> | null;
}

export interface OrderShipmentCreateLogiwaIoParamsFile {
  file_name: string;
  file_url: string;
}

export interface OrderShipmentCreateLogiwaParams {
  carrier?: string;
  carrier_id?: string;
  carrier_name?: string;
  shipping_method?: string;
  shipping_method_id?: string;
  tracking_number?: string;
  tracking_numbers?: Array<string>;
}

export interface OrderShipmentCreateOiaGlobalParams {
  packages: Array<OrderShipmentCreateOiaGlobalParamsPackage>;
}

export interface OrderShipmentCreateOiaGlobalParamsPackage {
  carrier?: string;
  carrier_id?: string;
  package_id: string;
  shipping_cost: number;
  shipping_method?: string;
  shipping_method_id?: string;
  tracking_number: string;
  weight: number;
  weight_unit: "kg" | "oz" | "lb";
}

export interface OrderShipmentCreatePackiyoParams {
  boxes: Array<OrderShipmentCreatePackiyoParamsBox>;
  shipping_cost: number;
  tracking_number: string;
  tracking_url: string;
}

export interface OrderShipmentCreatePackiyoParamsBox {
  line_items?: Array<OrderShipmentCreatePackiyoParamsBoxLineItem>;
  measurements?: OrderShipmentCreatePackiyoParamsBoxMeasurements;
  package_name: "N/A - Connect an account to see available boxes";
}

export type OrderShipmentCreatePackiyoParamsBoxLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderShipmentCreatePackiyoParamsBoxMeasurements =
  KitCreateParamsMeasurements;

export type OrderShipmentCreateParams = Exclusive<
  | OrderShipmentCreateBaseParams
  | OrderShipmentCreateDearSystemsParams
  | OrderShipmentCreateDeposcoParams
  | OrderShipmentCreateExtensiv3plCentralParams
  | OrderShipmentCreateFbaParams
  | OrderShipmentCreateFinaleParams
  | OrderShipmentCreateInfoplusParams
  | OrderShipmentCreateLogiwaParams
  | OrderShipmentCreateLogiwaIoParams
  | OrderShipmentCreateOiaGlobalParams
  | OrderShipmentCreatePackiyoParams
  | OrderShipmentCreateSandboxParams
  | OrderShipmentCreateShipheroParams
  | OrderShipmentCreateShipstationParams
  | OrderShipmentCreateSkuvaultParams
>;

export interface OrderShipmentCreateParamsMeasurements {
  height?: number | null;
  length?: number | null;
  unit?: "cm" | "in" | null;
  weight?: number | null;
  weight_unit?: "kg" | "oz" | "lb" | null;
  width?: number | null;
}

export type OrderShipmentCreateParamsMeasurementsParams =
  KitCreateParamsMeasurements;

export interface OrderShipmentCreateParamsPackage {
  package_id: string;
  tracking_number: string;
}

export interface OrderShipmentCreateResponse {
  data: OrderShipmentCreateResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface OrderShipmentCreateResponseData {
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

export interface OrderShipmentCreateSandboxParams {
  carrier?: string;
  carrier_id?: string;
  line_items?: Array<OrderShipmentCreateSandboxParamsLineItem>;
  measurements: OrderShipmentCreateParamsMeasurementsParams;
  packages?: Array<OrderShipmentCreateParamsPackage>;
  shipped_date: string;
  shipping_cost: number;
  shipping_method?: string;
  shipping_method_id?: string;
  tracking_number: string;
  tracking_url?: string;
  warehouse_id: string;
}

export type OrderShipmentCreateSandboxParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export interface OrderShipmentCreateShipheroParams {
  carrier?: string;
  carrier_id?: string;
  label_url?: string;
  measurements: OrderShipmentCreateShipheroParamsMeasurements;
  shipping_cost: number;
  shipping_method?: string;
  shipping_method_id?: string;
  shipping_method_name?: string;
  tracking_number?: string;
  tracking_url?: string;
  warehouse_id: string;
}

export type OrderShipmentCreateShipheroParamsMeasurements =
  KitCreateParamsMeasurements;

export interface OrderShipmentCreateShipstationParams {
  carrier: string;
  notify_customer?: boolean;
  notify_sales_channel?: boolean;
  shipped_date?: string;
  tracking_number?: string;
}

export interface OrderShipmentCreateSkuvaultParams {
  carrier?: string;
  carrier_id?: string;
  line_items?: Array<OrderShipmentCreateSkuvaultParamsLineItem>;
  measurements: OrderShipmentCreateSkuvaultParamsMeasurements;
  note?: string;
  shipping_cost: number;
  shipping_method?: string;
  shipping_method_id?: string;
  source?: string;
  tracking_number: string;
  tracking_url: string;
  warehouse_id: string;
}

export type OrderShipmentCreateSkuvaultParamsLineItem =
  InboundShipmentReceiveParamsLineItem;

export type OrderShipmentCreateSkuvaultParamsMeasurements =
  ProductCreateShipmonkParamsMeasurements;
