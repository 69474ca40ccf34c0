// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type { PagePromise } from "../../../core/pagination.js";
import type {
  InventoryLedger,
  InventoryLedgerListParams,
  InventoryLedgerListResponse,
} from "../../../types/wms/inventory/ledger.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/inventory/ledger",
  pathParams: [],
  auth: ["api_key", "access_token"],
  query: ["limit", "page_token"],
  filters: {
    created_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    event_type: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "enum",
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

export class WmsInventoryLedger {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/inventory/ledger` */
  list(
    params?: InventoryLedgerListParams,
    options?: RequestOptions,
  ): PagePromise<InventoryLedger, InventoryLedgerListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }
}
