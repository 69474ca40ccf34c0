// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  DatetimeRangeFilter,
  Exclusive,
  FilterOperators,
  StringCaseInsensitiveFilter,
  StringInFilter,
} from "../shared.js";

export interface ShopWidget {
  colour?: "red" | "green's";
  created_date?: string;
  id?: string;
  parts?: Array<ShopWidgetPart>;
  size?: number | null;
}

export interface ShopWidgetAttachParams {
  file?: Blob;
  label?: string;
}

export type ShopWidgetColour = "red" | "green's";

export type ShopWidgetColourEqInNinFilter =
  | ShopWidgetColour
  | ReadonlyArray<ShopWidgetColour>
  | FilterOperators<"eq" | "in" | "nin", ShopWidgetColour>;

export interface ShopWidgetCreateAcmeParams {
  acme_code?: string;
  name?: string;
}

export interface ShopWidgetCreateBaseParams {
  name: string;
  parts?: Array<ShopWidgetCreateParamsPart>;
  type?: "small" | "large";
}

export type ShopWidgetCreateParams = Exclusive<
  ShopWidgetCreateBaseParams | ShopWidgetCreateAcmeParams
>;

export interface ShopWidgetCreateParamsPart {
  quantity?: number;
  sku: string;
}

export interface ShopWidgetListParams {
  limit?: number;
  colour?: ShopWidgetColourEqInNinFilter;
  created_date?: DatetimeRangeFilter;
  ids?: StringInFilter;
  name?: StringCaseInsensitiveFilter;
  page_token?: string;
}

export interface ShopWidgetListResponse {
  data: Array<ShopWidget>;
  next_token?: string | null;
  total_count?: number;
}

export interface ShopWidgetPart {
  class?: string;
  sku?: string;
}

export interface ShopWidgetRetrieveResponse {
  data: ShopWidget;
}
