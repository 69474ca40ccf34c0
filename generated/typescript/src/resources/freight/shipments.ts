// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  FreightShipment,
  FreightShipmentListParams,
  FreightShipmentListResponse,
  FreightShipmentRetrieveResponse,
} from "../../types/freight/shipments.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/freight/shipments",
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
  path: "/freight/shipments/{shipment_id}",
  pathParams: ["shipment_id"],
  auth: ["api_key", "access_token"],
};

export class FreightShipments {
  constructor(private readonly client: BaseClient) {}

  /** `GET /freight/shipments` */
  list(
    params?: FreightShipmentListParams,
    options?: RequestOptions,
  ): PagePromise<FreightShipment, FreightShipmentListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /freight/shipments/{shipment_id}` */
  retrieve(
    shipmentId: string,
    options?: RequestOptions,
  ): APIPromise<FreightShipmentRetrieveResponse> {
    return this.client.request(RETRIEVE, [shipmentId], undefined, options);
  }
}
