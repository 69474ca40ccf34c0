// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  Warehouse,
  WarehouseAddTrackstarTagsParams,
  WarehouseAddTrackstarTagsResponse,
  WarehouseListParams,
  WarehouseListResponse,
  WarehouseRetrieveResponse,
} from "../../types/wms/warehouses.js";
import { WmsWarehousesLocations } from "./warehouses/locations.js";

const ADD_TRACKSTAR_TAGS: OperationSpec = {
  method: "PUT",
  path: "/wms/warehouses/{warehouse_id}/trackstar-tags",
  pathParams: ["warehouse_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["trackstar_tags"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/warehouses",
  pathParams: [],
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
  path: "/wms/warehouses/{warehouse_id}",
  pathParams: ["warehouse_id"],
  auth: ["api_key", "access_token"],
};

export class WmsWarehouses {
  readonly locations: WmsWarehousesLocations;

  constructor(private readonly client: BaseClient) {
    this.locations = new WmsWarehousesLocations(client);
  }

  /** `PUT /wms/warehouses/{warehouse_id}/trackstar-tags` */
  add_trackstar_tags(
    warehouseId: string,
    params?: WarehouseAddTrackstarTagsParams,
    options?: RequestOptions,
  ): APIPromise<WarehouseAddTrackstarTagsResponse> {
    return this.client.request(
      ADD_TRACKSTAR_TAGS,
      [warehouseId],
      params,
      options,
    );
  }

  /** `GET /wms/warehouses` */
  list(
    params?: WarehouseListParams,
    options?: RequestOptions,
  ): PagePromise<Warehouse, WarehouseListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/warehouses/{warehouse_id}` */
  retrieve(
    warehouseId: string,
    options?: RequestOptions,
  ): APIPromise<WarehouseRetrieveResponse> {
    return this.client.request(RETRIEVE, [warehouseId], undefined, options);
  }
}
