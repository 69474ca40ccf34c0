// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../core/client.js";
import type {
  CartPassthroughParams,
  CartPassthroughResponse,
} from "../types/cart.js";
import { CartOrders } from "./cart/orders.js";
import { CartProducts } from "./cart/products.js";
import { CartWarehouses } from "./cart/warehouses.js";

const PASSTHROUGH: OperationSpec = {
  method: "POST",
  path: "/cart/passthrough",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["data", "headers", "method", "params", "path"],
};

export class Cart {
  readonly orders: CartOrders;
  readonly products: CartProducts;
  readonly warehouses: CartWarehouses;

  constructor(private readonly client: BaseClient) {
    this.orders = new CartOrders(client);
    this.products = new CartProducts(client);
    this.warehouses = new CartWarehouses(client);
  }

  /**
   * Send a raw request to the connected cart system through Trackstar. `POST
   * /cart/passthrough`
   */
  passthrough(
    params: CartPassthroughParams,
    options?: RequestOptions,
  ): APIPromise<CartPassthroughResponse> {
    return this.client.request(PASSTHROUGH, [], params, options);
  }
}
