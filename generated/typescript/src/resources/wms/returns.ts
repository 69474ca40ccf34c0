// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  Return,
  ReturnAddTrackstarTagsParams,
  ReturnAddTrackstarTagsResponse,
  ReturnCreateParams,
  ReturnCreateResponse,
  ReturnListParams,
  ReturnListResponse,
  ReturnRetrieveResponse,
  ReturnUpdateParams,
  ReturnUpdateResponse,
} from "../../types/wms/returns.js";
import { WmsReturnsMeta } from "./returns/meta.js";

const ADD_TRACKSTAR_TAGS: OperationSpec = {
  method: "PUT",
  path: "/wms/returns/{return_id}/trackstar-tags",
  pathParams: ["return_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["trackstar_tags"],
};

const CREATE: OperationSpec = {
  method: "POST",
  path: "/wms/returns",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["line_items", "order_id", "trackstar_tags", "warehouse_id"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/returns",
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
    status: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "enum",
      plain: true,
    },
    updated_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    warehouse_customer_id: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "string",
      plain: true,
    },
  },
  paginated: true,
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/wms/returns/{return_id}",
  pathParams: ["return_id"],
  auth: ["api_key", "access_token"],
};

const UPDATE: OperationSpec = {
  method: "PUT",
  path: "/wms/returns/{return_id}",
  pathParams: ["return_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["line_items", "order_id", "trackstar_tags", "warehouse_id"],
};

export class WmsReturns {
  readonly meta: WmsReturnsMeta;

  constructor(private readonly client: BaseClient) {
    this.meta = new WmsReturnsMeta(client);
  }

  /** `PUT /wms/returns/{return_id}/trackstar-tags` */
  add_trackstar_tags(
    returnId: string,
    params?: ReturnAddTrackstarTagsParams,
    options?: RequestOptions,
  ): APIPromise<ReturnAddTrackstarTagsResponse> {
    return this.client.request(ADD_TRACKSTAR_TAGS, [returnId], params, options);
  }

  /** `POST /wms/returns` */
  create(
    params?: ReturnCreateParams,
    options?: RequestOptions,
  ): APIPromise<ReturnCreateResponse> {
    return this.client.request(CREATE, [], params, options);
  }

  /** `GET /wms/returns` */
  list(
    params?: ReturnListParams,
    options?: RequestOptions,
  ): PagePromise<Return, ReturnListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/returns/{return_id}` */
  retrieve(
    returnId: string,
    options?: RequestOptions,
  ): APIPromise<ReturnRetrieveResponse> {
    return this.client.request(RETRIEVE, [returnId], undefined, options);
  }

  /** `PUT /wms/returns/{return_id}` */
  update(
    returnId: string,
    params?: ReturnUpdateParams,
    options?: RequestOptions,
  ): APIPromise<ReturnUpdateResponse> {
    return this.client.request(UPDATE, [returnId], params, options);
  }
}
