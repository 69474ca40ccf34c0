// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { CartWarehouseAddress } from "../cart/warehouses.js";
import type { DatetimeFilter, Exclusive, StringInFilter } from "../shared.js";
import type {
  InboundShipmentAddTrackstarTagsAmsParams,
  InboundShipmentAddTrackstarTagsBaseParams,
} from "./inbound_shipments.js";

export interface Warehouse {
  additional_fields?: Record<string, unknown>;
  address?: CartWarehouseAddress;
  code?: string | null;
  created_date?: string;
  id?: string;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
}

export type WarehouseAddTrackstarTagsAmsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsAmwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsBaseParams =
  InboundShipmentAddTrackstarTagsBaseParams;

export type WarehouseAddTrackstarTagsBdiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsBleckmannParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsBlueboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsByrdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCamelotParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCanary7Params =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCapacityParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCartonCloudParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCin7OmniParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCirroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCraftyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsCwrParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsDarwynnFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsDavinciParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsDclParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsDearSystemsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsDeposcoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsDistributionManagementParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsDouyinParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsEliteOpsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsExcelsiorParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsExtensiv3plCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFabfitfunParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFbaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFfeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFinaleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFlatFeeShippingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFlexportParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFlowspaceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFulfillmentLabParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsFulfilmentcrowdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsGGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsGoboltParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsIFulfilmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsIcreateParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsInfoplusParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsItshereParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsJasParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsJazzCentralParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsLandmarkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsLeanafyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsLeanwareParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsLinnworksParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsLogicpodParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsLogiwaIoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsLogiwaParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsMaiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsMasonhubParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsMaypleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsMintsoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsNext3plParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsNfiParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsNimbleParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsNlrpParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsOiaGlobalParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsOngoingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsOsaCommerceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsPackemParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsPackiyoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsParams = Exclusive<
  | InboundShipmentAddTrackstarTagsBaseParams
  | InboundShipmentAddTrackstarTagsAmsParams
>;

export type WarehouseAddTrackstarTagsPatternParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsPeoplevoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsPostnordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsPulpoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsQuietParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface WarehouseAddTrackstarTagsResponse {
  data: WarehouseAddTrackstarTagsResponseData;
  id?: string;
  unused_fields?: Array<string>;
}

export interface WarehouseAddTrackstarTagsResponseData {
  additional_fields?: Record<string, unknown>;
  address?: CartWarehouseAddress;
  code?: string | null;
  created_date?: string;
  id?: string;
  name?: string;
  trackstar_tags?: Array<unknown> | null;
  updated_date?: string;
}

export type WarehouseAddTrackstarTagsRjwParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsSandboxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipbobParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipedgeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipfusionParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipheroParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipmonkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipnetworkParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipoffersParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipoutParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShippingAndHandlingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShippingTreeParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShippingboParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipstationParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipstreamParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsShipwireParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsSkulabsParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsSkusavvyParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsSkuvaultParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsSmartWarehousingParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsSojoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsSoukoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsStockAndTraceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsStordParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsTeapplixParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsTechshipParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsTiktokParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsUnisParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsUnleashedParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsVeeqoParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsVeracoreParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsVerticalColdParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsVoxParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsWalmartParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsWarehanceParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsWhiplashParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsXbFulfillmentParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsXorosoftParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export type WarehouseAddTrackstarTagsZenventoryParams =
  InboundShipmentAddTrackstarTagsAmsParams;

export interface WarehouseListParams {
  limit?: number;
  created_date?: DatetimeFilter;
  ids?: StringInFilter;
  updated_date?: DatetimeFilter;
  page_token?: string;
}

export interface WarehouseListResponse {
  data: Array<Warehouse>;
  next_token?: string | null;
  total_count?: number;
}

export interface WarehouseRetrieveResponse {
  data: Warehouse;
}
