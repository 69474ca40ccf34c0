// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type {
  LinkExchangeCreateParams,
  LinkExchangeCreateResponse,
} from "../../types/link/exchange.js";

const CREATE: OperationSpec = {
  method: "POST",
  path: "/link/exchange",
  pathParams: [],
  auth: ["api_key"],
  body: "json",
  bodyFields: ["auth_code", "customer_id"],
};

export class LinkExchange {
  constructor(private readonly client: BaseClient) {}

  /** `POST /link/exchange` */
  create(
    params: LinkExchangeCreateParams,
    options?: RequestOptions,
  ): APIPromise<LinkExchangeCreateResponse> {
    return this.client.request(CREATE, [], params, options);
  }
}
