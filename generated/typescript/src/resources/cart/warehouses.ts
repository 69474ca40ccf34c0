// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  CartWarehouse,
  CartWarehouseListParams,
  CartWarehouseListResponse,
  CartWarehouseRetrieveResponse,
} from "../../types/cart/warehouses.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/cart/warehouses",
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
  path: "/cart/warehouses/{warehouse_id}",
  pathParams: ["warehouse_id"],
  auth: ["api_key", "access_token"],
};

export class CartWarehouses {
  constructor(private readonly client: BaseClient) {}

  /** `GET /cart/warehouses` */
  list(
    params?: CartWarehouseListParams,
    options?: RequestOptions,
  ): PagePromise<CartWarehouse, CartWarehouseListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /cart/warehouses/{warehouse_id}` */
  retrieve(
    warehouseId: string,
    options?: RequestOptions,
  ): APIPromise<CartWarehouseRetrieveResponse> {
    return this.client.request(RETRIEVE, [warehouseId], undefined, options);
  }
}
