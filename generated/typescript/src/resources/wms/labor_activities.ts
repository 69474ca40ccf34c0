// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  LaborActivity,
  LaborActivityListParams,
  LaborActivityListResponse,
  LaborActivityRetrieveResponse,
} from "../../types/wms/labor_activities.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/labor-activities",
  pathParams: [],
  auth: ["api_key", "access_token"],
  query: [
    "activity_type",
    "associated_object_id",
    "associated_object_type",
    "limit",
    "user_id",
    "warehouse_id",
    "page_token",
  ],
  filters: {
    activity_end_time: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    activity_start_time: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    created_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    ids: {
      ops: ["in"],
      type: "string",
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
  path: "/wms/labor-activities/{labor_activity_id}",
  pathParams: ["labor_activity_id"],
  auth: ["api_key", "access_token"],
};

export class WmsLaborActivities {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/labor-activities` */
  list(
    params?: LaborActivityListParams,
    options?: RequestOptions,
  ): PagePromise<LaborActivity, LaborActivityListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/labor-activities/{labor_activity_id}` */
  retrieve(
    laborActivityId: string,
    options?: RequestOptions,
  ): APIPromise<LaborActivityRetrieveResponse> {
    return this.client.request(RETRIEVE, [laborActivityId], undefined, options);
  }
}
