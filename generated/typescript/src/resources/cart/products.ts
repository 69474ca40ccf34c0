// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  CartProduct,
  CartProductAdjustInventoryParams,
  CartProductAdjustInventoryResponse,
  CartProductListParams,
  CartProductListResponse,
  CartProductRetrieveResponse,
} from "../../types/cart/products.js";

const ADJUST_INVENTORY: OperationSpec = {
  method: "PUT",
  path: "/cart/products/{product_id}/adjust-inventory",
  pathParams: ["product_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["adjustment_type", "quantity", "warehouse_id"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/cart/products",
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
  path: "/cart/products/{product_id}",
  pathParams: ["product_id"],
  auth: ["api_key", "access_token"],
};

export class CartProducts {
  constructor(private readonly client: BaseClient) {}

  /** `PUT /cart/products/{product_id}/adjust-inventory` */
  adjust_inventory(
    productId: string,
    params?: CartProductAdjustInventoryParams,
    options?: RequestOptions,
  ): APIPromise<CartProductAdjustInventoryResponse> {
    return this.client.request(ADJUST_INVENTORY, [productId], params, options);
  }

  /** `GET /cart/products` */
  list(
    params?: CartProductListParams,
    options?: RequestOptions,
  ): PagePromise<CartProduct, CartProductListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /cart/products/{product_id}` */
  retrieve(
    productId: string,
    options?: RequestOptions,
  ): APIPromise<CartProductRetrieveResponse> {
    return this.client.request(RETRIEVE, [productId], undefined, options);
  }
}
