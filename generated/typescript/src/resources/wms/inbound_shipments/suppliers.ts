// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type { PagePromise } from "../../../core/pagination.js";
import type {
  InboundShipmentSupplier,
  InboundShipmentSupplierListParams,
  InboundShipmentSupplierListResponse,
} from "../../../types/wms/inbound_shipments/suppliers.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/inbound-shipments/suppliers",
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

export class WmsInboundShipmentsSuppliers {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/inbound-shipments/suppliers` */
  list(
    params?: InboundShipmentSupplierListParams,
    options?: RequestOptions,
  ): PagePromise<InboundShipmentSupplier, InboundShipmentSupplierListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }
}
