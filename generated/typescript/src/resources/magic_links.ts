// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../core/client.js";
import type {
  MagicLinkCreateParams,
  MagicLinkDeleteResponse,
  MagicLinkListResponse,
  MagicLinkRetrieveResponse,
} from "../types/magic_links.js";

const CREATE: OperationSpec = {
  method: "POST",
  path: "/magic-links",
  pathParams: [],
  auth: ["api_key"],
  body: "json",
  bodyFields: [
    "connection_id",
    "customer_id",
    "integration_allow_list",
    "integration_block_list",
    "integration_type",
    "integrations_with_endpoints",
    "link_duration",
  ],
};

const DELETE: OperationSpec = {
  method: "DELETE",
  path: "/magic-links/{magic_link_id}",
  pathParams: ["magic_link_id"],
  auth: ["api_key"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/magic-links",
  pathParams: [],
  auth: ["api_key"],
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/magic-links/{magic_link_id}",
  pathParams: ["magic_link_id"],
  auth: ["api_key"],
};

export class MagicLinks {
  constructor(private readonly client: BaseClient) {}

  /** `POST /magic-links` */
  create(
    params?: MagicLinkCreateParams,
    options?: RequestOptions,
  ): APIPromise<MagicLinkRetrieveResponse> {
    return this.client.request(CREATE, [], params, options);
  }

  /** `DELETE /magic-links/{magic_link_id}` */
  delete(
    magicLinkId: string,
    options?: RequestOptions,
  ): APIPromise<MagicLinkDeleteResponse> {
    return this.client.request(DELETE, [magicLinkId], undefined, options);
  }

  /** `GET /magic-links` */
  list(options?: RequestOptions): APIPromise<MagicLinkListResponse> {
    return this.client.request(LIST, [], undefined, options);
  }

  /** `GET /magic-links/{magic_link_id}` */
  retrieve(
    magicLinkId: string,
    options?: RequestOptions,
  ): APIPromise<MagicLinkRetrieveResponse> {
    return this.client.request(RETRIEVE, [magicLinkId], undefined, options);
  }
}
