// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  Order,
  OrderAddTrackstarTagsParams,
  OrderAddTrackstarTagsResponse,
  OrderAttachFileParams,
  OrderAttachFileResponse,
  OrderCancelResponse,
  OrderCreateParams,
  OrderCreateResponse,
  OrderListParams,
  OrderListResponse,
  OrderRetrieveResponse,
  OrderUpdateParams,
  OrderUpdateResponse,
} from "../../types/wms/orders.js";
import { WmsOrdersChannels } from "./orders/channels.js";
import { WmsOrdersMeta } from "./orders/meta.js";
import { WmsOrdersPacks } from "./orders/packs.js";
import { WmsOrdersShipments } from "./orders/shipments.js";

const ADD_TRACKSTAR_TAGS: OperationSpec = {
  method: "PUT",
  path: "/wms/orders/{order_id}/trackstar-tags",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["trackstar_tags"],
};

const ATTACH_FILE: OperationSpec = {
  method: "POST",
  path: "/wms/orders/{order_id}/file",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
  body: "multipart",
  bodyFields: ["file", "file_name", "file_url"],
  files: ["file"],
};

const CANCEL: OperationSpec = {
  method: "PUT",
  path: "/wms/orders/{order_id}/cancel",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
};

const CREATE: OperationSpec = {
  method: "POST",
  path: "/wms/orders",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "channel",
    "channel_object",
    "invoice_currency_code",
    "line_items",
    "order_number",
    "reference_id",
    "service_level",
    "ship_to_address",
    "shipping_method",
    "shipping_method_id",
    "total_discount",
    "total_price",
    "total_shipping",
    "total_tax",
    "trackstar_tags",
    "trading_partner",
    "warehouse_customer_id",
  ],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/orders",
  pathParams: [],
  auth: ["api_key", "access_token"],
  query: ["limit", "page_token"],
  filters: {
    channel: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "string",
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
    order_number: {
      ops: [
        "eq",
        "eq-insensitive",
        "in",
        "in-insensitive",
        "nin",
        "contains",
        "contains-insensitive",
        "not_contains",
      ],
      type: "string",
      plain: true,
    },
    reference_id: {
      ops: [
        "eq",
        "eq-insensitive",
        "in",
        "in-insensitive",
        "nin",
        "contains",
        "contains-insensitive",
        "not_contains",
      ],
      type: "string",
      plain: true,
    },
    required_ship_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte"],
      type: "datetime",
      plain: true,
    },
    status: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "enum",
      plain: true,
    },
    type: {
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
  path: "/wms/orders/{order_id}",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
};

const UPDATE: OperationSpec = {
  method: "PUT",
  path: "/wms/orders/{order_id}",
  pathParams: ["order_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "channel",
    "channel_object",
    "invoice_currency_code",
    "line_items",
    "order_number",
    "reference_id",
    "service_level",
    "ship_to_address",
    "shipping_method",
    "shipping_method_id",
    "status",
    "total_discount",
    "total_price",
    "total_shipping",
    "total_tax",
    "trackstar_tags",
    "trading_partner",
    "warehouse_customer_id",
  ],
};

/** Orders held in the connected warehouse system. */
export class WmsOrders {
  readonly channels: WmsOrdersChannels;
  readonly meta: WmsOrdersMeta;
  readonly packs: WmsOrdersPacks;
  readonly shipments: WmsOrdersShipments;

  constructor(private readonly client: BaseClient) {
    this.channels = new WmsOrdersChannels(client);
    this.meta = new WmsOrdersMeta(client);
    this.packs = new WmsOrdersPacks(client);
    this.shipments = new WmsOrdersShipments(client);
  }

  /** `PUT /wms/orders/{order_id}/trackstar-tags` */
  add_trackstar_tags(
    orderId: string,
    params?: OrderAddTrackstarTagsParams,
    options?: RequestOptions,
  ): APIPromise<OrderAddTrackstarTagsResponse> {
    return this.client.request(ADD_TRACKSTAR_TAGS, [orderId], params, options);
  }

  /** `POST /wms/orders/{order_id}/file` */
  attach_file(
    orderId: string,
    params?: OrderAttachFileParams,
    options?: RequestOptions,
  ): APIPromise<OrderAttachFileResponse> {
    return this.client.request(ATTACH_FILE, [orderId], params, options);
  }

  /**
   * Ask the warehouse system to cancel an order. `PUT
   * /wms/orders/{order_id}/cancel`
   */
  cancel(
    orderId: string,
    options?: RequestOptions,
  ): APIPromise<OrderCancelResponse> {
    return this.client.request(CANCEL, [orderId], undefined, options);
  }

  /**
   * Create an order; an integration's own fields go in its `body=` variant.
   * `POST /wms/orders`
   */
  create(
    params: OrderCreateParams,
    options?: RequestOptions,
  ): APIPromise<OrderCreateResponse> {
    return this.client.request(CREATE, [], params, options);
  }

  /**
   * Page through the connection's orders, newest filters applied on every page.
   * `GET /wms/orders`
   */
  list(
    params?: OrderListParams,
    options?: RequestOptions,
  ): PagePromise<Order, OrderListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** Fetch one order by its Trackstar id. `GET /wms/orders/{order_id}` */
  retrieve(
    orderId: string,
    options?: RequestOptions,
  ): APIPromise<OrderRetrieveResponse> {
    return this.client.request(RETRIEVE, [orderId], undefined, options);
  }

  /**
   * Change an order; an integration's own fields go in its `body=` variant.
   * `PUT /wms/orders/{order_id}`
   */
  update(
    orderId: string,
    params?: OrderUpdateParams,
    options?: RequestOptions,
  ): APIPromise<OrderUpdateResponse> {
    return this.client.request(UPDATE, [orderId], params, options);
  }
}
