// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  WarehouseCustomer,
  WarehouseCustomerListParams,
  WarehouseCustomerListResponse,
  WarehouseCustomerRetrieveResponse,
} from "../../types/wms/warehouse_customers.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/warehouse-customers",
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
  path: "/wms/warehouse-customers/{warehouse_customer_id}",
  pathParams: ["warehouse_customer_id"],
  auth: ["api_key", "access_token"],
};

export class WmsWarehouseCustomers {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/warehouse-customers` */
  list(
    params?: WarehouseCustomerListParams,
    options?: RequestOptions,
  ): PagePromise<WarehouseCustomer, WarehouseCustomerListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/warehouse-customers/{warehouse_customer_id}` */
  retrieve(
    warehouseCustomerId: string,
    options?: RequestOptions,
  ): APIPromise<WarehouseCustomerRetrieveResponse> {
    return this.client.request(
      RETRIEVE,
      [warehouseCustomerId],
      undefined,
      options,
    );
  }
}
