// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type { OrderPackRetrieveResponse } from "../../../types/wms/orders/packs.js";

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/wms/orders/{order_id}/packs",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
};

export class WmsOrdersPacks {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/orders/{order_id}/packs` */
  retrieve(
    orderId: string,
    options?: RequestOptions,
  ): APIPromise<OrderPackRetrieveResponse> {
    return this.client.request(RETRIEVE, [orderId], undefined, options);
  }
}
