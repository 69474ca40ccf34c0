// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  ShopWidget,
  ShopWidgetAttachParams,
  ShopWidgetCreateParams,
  ShopWidgetListParams,
  ShopWidgetListResponse,
  ShopWidgetRetrieveResponse,
} from "../../types/shop/widgets.js";

const ATTACH: OperationSpec = {
  method: "PUT",
  path: "/shop/widgets/{widget_id}/attach",
  pathParams: ["widget_id"],
  auth: ["api_key", "access_token"],
  body: "multipart",
  bodyFields: ["file", "label"],
  files: ["file"],
};

const CREATE: OperationSpec = {
  method: "POST",
  path: "/shop/widgets",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["name", "parts", "type"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/shop/widgets",
  pathParams: [],
  auth: ["api_key", "access_token"],
  query: ["limit", "page_token"],
  filters: {
    colour: {
      ops: ["eq", "in", "nin"],
      type: "enum",
    },
    created_date: {
      ops: ["gt", "gte", "lt", "lte"],
      type: "datetime",
      plain: true,
    },
    ids: {
      ops: ["in"],
      type: "string",
    },
    name: {
      ops: ["eq", "eq-insensitive", "contains"],
      type: "string",
    },
  },
  paginated: true,
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/shop/widgets/{widget_id}",
  pathParams: ["widget_id"],
  auth: ["api_key", "access_token"],
};

/** Widgets of a shop. */
export class ShopWidgets {
  constructor(private readonly client: BaseClient) {}

  /** `PUT /shop/widgets/{widget_id}/attach` */
  attach(
    widgetId: string,
    params?: ShopWidgetAttachParams,
    options?: RequestOptions,
  ): APIPromise<ShopWidgetRetrieveResponse> {
    return this.client.request(ATTACH, [widgetId], params, options);
  }

  /** `POST /shop/widgets` */
  create(
    params?: ShopWidgetCreateParams,
    options?: RequestOptions,
  ): APIPromise<ShopWidgetRetrieveResponse> {
    return this.client.request(CREATE, [], params, options);
  }

  /** `GET /shop/widgets` */
  list(
    params?: ShopWidgetListParams,
    options?: RequestOptions,
  ): PagePromise<ShopWidget, ShopWidgetListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /shop/widgets/{widget_id}` */
  retrieve(
    widgetId: string,
    options?: RequestOptions,
  ): APIPromise<ShopWidgetRetrieveResponse> {
    return this.client.request(RETRIEVE, [widgetId], undefined, options);
  }
}
