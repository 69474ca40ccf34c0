// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  Billing,
  BillingListParams,
  BillingListResponse,
  BillingRetrieveResponse,
} from "../../types/wms/billing.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/billing",
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
  path: "/wms/billing/{bill_id}",
  pathParams: ["bill_id"],
  auth: ["api_key", "access_token"],
};

export class WmsBilling {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/billing` */
  list(
    params?: BillingListParams,
    options?: RequestOptions,
  ): PagePromise<Billing, BillingListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/billing/{bill_id}` */
  retrieve(
    billId: string,
    options?: RequestOptions,
  ): APIPromise<BillingRetrieveResponse> {
    return this.client.request(RETRIEVE, [billId], undefined, options);
  }
}
