// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  ShippingMethod,
  ShippingMethodListParams,
  ShippingMethodListResponse,
  ShippingMethodRetrieveResponse,
} from "../../types/wms/shipping_methods.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/shipping-methods",
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
  path: "/wms/shipping-methods/{shipping_method_id}",
  pathParams: ["shipping_method_id"],
  auth: ["api_key", "access_token"],
};

export class WmsShippingMethods {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/shipping-methods` */
  list(
    params?: ShippingMethodListParams,
    options?: RequestOptions,
  ): PagePromise<ShippingMethod, ShippingMethodListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/shipping-methods/{shipping_method_id}` */
  retrieve(
    shippingMethodId: string,
    options?: RequestOptions,
  ): APIPromise<ShippingMethodRetrieveResponse> {
    return this.client.request(
      RETRIEVE,
      [shippingMethodId],
      undefined,
      options,
    );
  }
}
