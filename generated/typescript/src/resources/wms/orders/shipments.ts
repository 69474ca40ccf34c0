// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type {
  OrderShipmentCreateParams,
  OrderShipmentCreateResponse,
} from "../../../types/wms/orders/shipments.js";

const CREATE: OperationSpec = {
  method: "POST",
  path: "/wms/orders/{order_id}/shipments",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "carrier",
    "carrier_id",
    "measurements",
    "packages",
    "shipped_date",
    "shipping_cost",
    "shipping_method",
    "shipping_method_id",
    "tracking_number",
    "tracking_url",
    "warehouse_id",
  ],
};

export class WmsOrdersShipments {
  constructor(private readonly client: BaseClient) {}

  /** `POST /wms/orders/{order_id}/shipments` */
  create(
    orderId: string,
    params?: OrderShipmentCreateParams,
    options?: RequestOptions,
  ): APIPromise<OrderShipmentCreateResponse> {
    return this.client.request(CREATE, [orderId], params, options);
  }
}
