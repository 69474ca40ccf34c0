// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  Inventory,
  InventoryAddTrackstarTagsParams,
  InventoryAddTrackstarTagsResponse,
  InventoryAdjustParams,
  InventoryAdjustResponse,
  InventoryListParams,
  InventoryListResponse,
  InventoryRetrieveResponse,
} from "../../types/wms/inventory.js";
import { WmsInventoryLedger } from "./inventory/ledger.js";

const ADD_TRACKSTAR_TAGS: OperationSpec = {
  method: "PUT",
  path: "/wms/inventory/{inventory_id}/trackstar-tags",
  pathParams: ["inventory_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["trackstar_tags"],
};

const ADJUST: OperationSpec = {
  method: "PUT",
  path: "/wms/inventory/{inventory_id}/adjust",
  pathParams: ["inventory_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["adjustment_type", "location_id", "quantity", "warehouse_id"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/inventory",
  pathParams: [],
  auth: ["api_key", "access_token"],
  query: ["active", "limit", "page_token"],
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
    sku: {
      ops: ["eq", "in", "nin", "contains", "not_contains"],
      type: "string",
      plain: true,
    },
    updated_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    warehouse_customer_id: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "string",
      plain: true,
    },
  },
  paginated: true,
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/wms/inventory/{inventory_id}",
  pathParams: ["inventory_id"],
  auth: ["api_key", "access_token"],
};

export class WmsInventory {
  readonly ledger: WmsInventoryLedger;

  constructor(private readonly client: BaseClient) {
    this.ledger = new WmsInventoryLedger(client);
  }

  /** `PUT /wms/inventory/{inventory_id}/trackstar-tags` */
  add_trackstar_tags(
    inventoryId: string,
    params?: InventoryAddTrackstarTagsParams,
    options?: RequestOptions,
  ): APIPromise<InventoryAddTrackstarTagsResponse> {
    return this.client.request(
      ADD_TRACKSTAR_TAGS,
      [inventoryId],
      params,
      options,
    );
  }

  /** `PUT /wms/inventory/{inventory_id}/adjust` */
  adjust(
    inventoryId: string,
    params?: InventoryAdjustParams,
    options?: RequestOptions,
  ): APIPromise<InventoryAdjustResponse> {
    return this.client.request(ADJUST, [inventoryId], params, options);
  }

  /** `GET /wms/inventory` */
  list(
    params?: InventoryListParams,
    options?: RequestOptions,
  ): PagePromise<Inventory, InventoryListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/inventory/{inventory_id}` */
  retrieve(
    inventoryId: string,
    options?: RequestOptions,
  ): APIPromise<InventoryRetrieveResponse> {
    return this.client.request(RETRIEVE, [inventoryId], undefined, options);
  }
}
