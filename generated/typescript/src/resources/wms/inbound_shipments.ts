// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  InboundShipment,
  InboundShipmentAddTrackstarTagsParams,
  InboundShipmentAddTrackstarTagsResponse,
  InboundShipmentCreateParams,
  InboundShipmentCreateResponse,
  InboundShipmentListParams,
  InboundShipmentListResponse,
  InboundShipmentReceiveParams,
  InboundShipmentReceiveResponse,
  InboundShipmentRetrieveResponse,
  InboundShipmentUpdateParams,
  InboundShipmentUpdateResponse,
} from "../../types/wms/inbound_shipments.js";
import { WmsInboundShipmentsSuppliers } from "./inbound_shipments/suppliers.js";

const ADD_TRACKSTAR_TAGS: OperationSpec = {
  method: "PUT",
  path: "/wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags",
  pathParams: ["inbound_shipment_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["trackstar_tags"],
};

const CREATE: OperationSpec = {
  method: "POST",
  path: "/wms/inbound-shipments",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "expected_arrival_date",
    "line_items",
    "purchase_order_number",
    "supplier",
    "supplier_object",
    "tracking_number",
    "trackstar_tags",
    "warehouse_id",
  ],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/inbound-shipments",
  pathParams: [],
  auth: ["api_key", "access_token"],
  query: ["limit", "page_token"],
  filters: {
    created_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte", "in", "nin"],
      type: "datetime",
      plain: true,
    },
    expected_arrival_date: {
      ops: ["eq", "neq", "gt", "gte", "lt", "lte"],
      type: "datetime",
      plain: true,
    },
    ids: {
      ops: ["in"],
      type: "string",
    },
    purchase_order_number: {
      ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
      type: "string",
      plain: true,
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
    warehouse_id: {
      ops: ["eq", "contains", "not_contains"],
      type: "string",
      plain: true,
    },
  },
  paginated: true,
};

const RECEIVE: OperationSpec = {
  method: "PUT",
  path: "/wms/inbound-shipments/{inbound_shipment_id}/receive",
  pathParams: ["inbound_shipment_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["line_items", "warehouse_id", "warehouse_location_id"],
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/wms/inbound-shipments/{inbound_shipment_id}",
  pathParams: ["inbound_shipment_id"],
  auth: ["api_key", "access_token"],
};

const UPDATE: OperationSpec = {
  method: "PUT",
  path: "/wms/inbound-shipments/{inbound_shipment_id}",
  pathParams: ["inbound_shipment_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "expected_arrival_date",
    "line_items",
    "purchase_order_number",
    "supplier",
    "supplier_object",
    "tracking_number",
    "trackstar_tags",
    "warehouse_id",
  ],
};

export class WmsInboundShipments {
  readonly suppliers: WmsInboundShipmentsSuppliers;

  constructor(private readonly client: BaseClient) {
    this.suppliers = new WmsInboundShipmentsSuppliers(client);
  }

  /** `PUT /wms/inbound-shipments/{inbound_shipment_id}/trackstar-tags` */
  add_trackstar_tags(
    inboundShipmentId: string,
    params?: InboundShipmentAddTrackstarTagsParams,
    options?: RequestOptions,
  ): APIPromise<InboundShipmentAddTrackstarTagsResponse> {
    return this.client.request(
      ADD_TRACKSTAR_TAGS,
      [inboundShipmentId],
      params,
      options,
    );
  }

  /** `POST /wms/inbound-shipments` */
  create(
    params: InboundShipmentCreateParams,
    options?: RequestOptions,
  ): APIPromise<InboundShipmentCreateResponse> {
    return this.client.request(CREATE, [], params, options);
  }

  /** `GET /wms/inbound-shipments` */
  list(
    params?: InboundShipmentListParams,
    options?: RequestOptions,
  ): PagePromise<InboundShipment, InboundShipmentListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `PUT /wms/inbound-shipments/{inbound_shipment_id}/receive` */
  receive(
    inboundShipmentId: string,
    params?: InboundShipmentReceiveParams,
    options?: RequestOptions,
  ): APIPromise<InboundShipmentReceiveResponse> {
    return this.client.request(RECEIVE, [inboundShipmentId], params, options);
  }

  /** `GET /wms/inbound-shipments/{inbound_shipment_id}` */
  retrieve(
    inboundShipmentId: string,
    options?: RequestOptions,
  ): APIPromise<InboundShipmentRetrieveResponse> {
    return this.client.request(
      RETRIEVE,
      [inboundShipmentId],
      undefined,
      options,
    );
  }

  /** `PUT /wms/inbound-shipments/{inbound_shipment_id}` */
  update(
    inboundShipmentId: string,
    params?: InboundShipmentUpdateParams,
    options?: RequestOptions,
  ): APIPromise<InboundShipmentUpdateResponse> {
    return this.client.request(UPDATE, [inboundShipmentId], params, options);
  }
}
