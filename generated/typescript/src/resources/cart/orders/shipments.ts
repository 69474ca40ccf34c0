// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type {
  CartOrderShipmentCreateParams,
  CartOrderShipmentCreateResponse,
} from "../../../types/cart/orders/shipments.js";

const CREATE: OperationSpec = {
  method: "POST",
  path: "/cart/orders/{order_id}/shipments",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "carrier_name",
    "requested_shipping_method",
    "tracking_number",
    "tracking_url",
  ],
};

export class CartOrdersShipments {
  constructor(private readonly client: BaseClient) {}

  /** `POST /cart/orders/{order_id}/shipments` */
  create(
    orderId: string,
    params?: CartOrderShipmentCreateParams,
    options?: RequestOptions,
  ): APIPromise<CartOrderShipmentCreateResponse> {
    return this.client.request(CREATE, [orderId], params, options);
  }
}
