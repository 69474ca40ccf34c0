// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../core/client.js";
import type { PagePromise } from "../core/pagination.js";
import type {
  Connection,
  ConnectionDeleteResponse,
  ConnectionListParams,
  ConnectionRetrieveResponse,
  ConnectionSyncParams,
  ConnectionSyncResponse,
  ConnectionUpdateParams,
  ConnectionUpdateResponse,
} from "../types/connections.js";

const DELETE: OperationSpec = {
  method: "DELETE",
  path: "/connections",
  pathParams: [],
  auth: ["api_key", "access_token"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/connections",
  pathParams: [],
  auth: ["api_key"],
  query: ["page_token"],
  paginated: true,
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/connections/{connection_id}",
  pathParams: ["connection_id"],
  auth: ["api_key"],
};

const SYNC: OperationSpec = {
  method: "POST",
  path: "/connections/sync",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["functions_to_sync"],
};

const UPDATE: OperationSpec = {
  method: "PATCH",
  path: "/connections",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["customer_id", "webhooks_disabled"],
};

/** Connections (one per customer system) of your organization. */
export class Connections {
  constructor(private readonly client: BaseClient) {}

  /** `DELETE /connections` */
  delete(options?: RequestOptions): APIPromise<ConnectionDeleteResponse> {
    return this.client.request(DELETE, [], undefined, options);
  }

  /** `GET /connections` */
  list(
    params?: ConnectionListParams,
    options?: RequestOptions,
  ): PagePromise<Connection, ConnectionRetrieveResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /connections/{connection_id}` */
  retrieve(
    connectionId: string,
    options?: RequestOptions,
  ): APIPromise<ConnectionRetrieveResponse> {
    return this.client.request(RETRIEVE, [connectionId], undefined, options);
  }

  /** `POST /connections/sync` */
  sync(
    params?: ConnectionSyncParams,
    options?: RequestOptions,
  ): APIPromise<ConnectionSyncResponse> {
    return this.client.request(SYNC, [], params, options);
  }

  /** `PATCH /connections` */
  update(
    params?: ConnectionUpdateParams,
    options?: RequestOptions,
  ): APIPromise<ConnectionUpdateResponse> {
    return this.client.request(UPDATE, [], params, options);
  }
}
