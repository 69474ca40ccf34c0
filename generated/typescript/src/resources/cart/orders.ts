// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  CartOrder,
  CartOrderListParams,
  CartOrderListResponse,
  CartOrderRetrieveResponse,
} from "../../types/cart/orders.js";
import { CartOrdersShipments } from "./orders/shipments.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/cart/orders",
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
    order_number: {
      ops: ["eq", "in", "nin", "contains", "not_contains"],
      type: "string",
      plain: true,
    },
    status: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "enum",
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
  path: "/cart/orders/{order_id}",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
};

export class CartOrders {
  readonly shipments: CartOrdersShipments;

  constructor(private readonly client: BaseClient) {
    this.shipments = new CartOrdersShipments(client);
  }

  /** `GET /cart/orders` */
  list(
    params?: CartOrderListParams,
    options?: RequestOptions,
  ): PagePromise<CartOrder, CartOrderListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /cart/orders/{order_id}` */
  retrieve(
    orderId: string,
    options?: RequestOptions,
  ): APIPromise<CartOrderRetrieveResponse> {
    return this.client.request(RETRIEVE, [orderId], undefined, options);
  }
}
