// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type {
  LinkTokenCreateParams,
  LinkTokenCreateResponse,
} from "../../types/link/token.js";

const CREATE: OperationSpec = {
  method: "POST",
  path: "/link/token",
  pathParams: [],
  auth: ["api_key"],
  body: "json",
  bodyFields: ["connection_id"],
};

export class LinkToken {
  constructor(private readonly client: BaseClient) {}

  /** `POST /link/token` */
  create(
    params?: LinkTokenCreateParams,
    options?: RequestOptions,
  ): APIPromise<LinkTokenCreateResponse> {
    return this.client.request(CREATE, [], params, options);
  }
}
