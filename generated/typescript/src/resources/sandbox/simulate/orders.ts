// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type { SandboxSimulateOrderFulfillParams } from "../../../types/sandbox/simulate/orders.js";
import type { OrderRetrieveResponse } from "../../../types/wms/orders.js";

const FULFILL: OperationSpec = {
  method: "PUT",
  path: "/sandbox/simulate/orders/{order_id}/fulfill",
  pathParams: ["order_id"],
  auth: ["api_key"],
  query: ["partial"],
};

export class SandboxSimulateOrders {
  constructor(private readonly client: BaseClient) {}

  /** `PUT /sandbox/simulate/orders/{order_id}/fulfill` */
  fulfill(
    orderId: string,
    params?: SandboxSimulateOrderFulfillParams,
    options?: RequestOptions,
  ): APIPromise<OrderRetrieveResponse> {
    return this.client.request(FULFILL, [orderId], params, options);
  }
}
