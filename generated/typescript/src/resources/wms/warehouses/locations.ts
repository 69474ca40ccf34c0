// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type { PagePromise } from "../../../core/pagination.js";
import type {
  WarehouseLocation,
  WarehouseLocationListParams,
  WarehouseLocationListResponse,
  WarehouseLocationRetrieveResponse,
} from "../../../types/wms/warehouses/locations.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/warehouses/{warehouse_id}/locations",
  pathParams: ["warehouse_id"],
  auth: ["api_key", "access_token"],
  query: ["limit", "page_token"],
  filters: {
    created_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    ids: {
      ops: ["in"],
      type: "string",
    },
    type: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "string",
      plain: true,
    },
    updated_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
  },
  paginated: true,
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/wms/warehouses/{warehouse_id}/locations/{location_id}",
  pathParams: ["warehouse_id", "location_id"],
  auth: ["api_key", "access_token"],
};

export class WmsWarehousesLocations {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/warehouses/{warehouse_id}/locations` */
  list(
    warehouseId: string,
    params?: WarehouseLocationListParams,
    options?: RequestOptions,
  ): PagePromise<WarehouseLocation, WarehouseLocationListResponse> {
    return this.client.requestPage(LIST, [warehouseId], params, options);
  }

  /** `GET /wms/warehouses/{warehouse_id}/locations/{location_id}` */
  retrieve(
    warehouseId: string,
    locationId: string,
    options?: RequestOptions,
  ): APIPromise<WarehouseLocationRetrieveResponse> {
    return this.client.request(
      RETRIEVE,
      [warehouseId, locationId],
      undefined,
      options,
    );
  }
}
