// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type { PagePromise } from "../../core/pagination.js";
import type {
  Product,
  ProductAddTrackstarTagsParams,
  ProductAddTrackstarTagsResponse,
  ProductCreateParams,
  ProductCreateResponse,
  ProductListParams,
  ProductListResponse,
  ProductRetrieveResponse,
  ProductUpdateParams,
  ProductUpdateResponse,
} from "../../types/wms/products.js";
import { WmsProductsMeta } from "./products/meta.js";

const ADD_TRACKSTAR_TAGS: OperationSpec = {
  method: "PUT",
  path: "/wms/products/{product_id}/trackstar-tags",
  pathParams: ["product_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["trackstar_tags"],
};

const CREATE: OperationSpec = {
  method: "POST",
  path: "/wms/products",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["gtin", "measurements", "name", "sku", "trackstar_tags"],
};

const LIST: OperationSpec = {
  method: "GET",
  path: "/wms/products",
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
    sku: {
      ops: ["eq", "in", "nin", "contains", "not_contains"],
      type: "string",
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
  path: "/wms/products/{product_id}",
  pathParams: ["product_id"],
  auth: ["api_key", "access_token"],
};

const UPDATE: OperationSpec = {
  method: "PUT",
  path: "/wms/products/{product_id}",
  pathParams: ["product_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["gtin", "measurements", "name", "sku", "trackstar_tags"],
};

export class WmsProducts {
  readonly meta: WmsProductsMeta;

  constructor(private readonly client: BaseClient) {
    this.meta = new WmsProductsMeta(client);
  }

  /** `PUT /wms/products/{product_id}/trackstar-tags` */
  add_trackstar_tags(
    productId: string,
    params?: ProductAddTrackstarTagsParams,
    options?: RequestOptions,
  ): APIPromise<ProductAddTrackstarTagsResponse> {
    return this.client.request(
      ADD_TRACKSTAR_TAGS,
      [productId],
      params,
      options,
    );
  }

  /** `POST /wms/products` */
  create(
    params: ProductCreateParams,
    options?: RequestOptions,
  ): APIPromise<ProductCreateResponse> {
    return this.client.request(CREATE, [], params, options);
  }

  /** `GET /wms/products` */
  list(
    params?: ProductListParams,
    options?: RequestOptions,
  ): PagePromise<Product, ProductListResponse> {
    return this.client.requestPage(LIST, [], params, options);
  }

  /** `GET /wms/products/{product_id}` */
  retrieve(
    productId: string,
    options?: RequestOptions,
  ): APIPromise<ProductRetrieveResponse> {
    return this.client.request(RETRIEVE, [productId], undefined, options);
  }

  /** `PUT /wms/products/{product_id}` */
  update(
    productId: string,
    params?: ProductUpdateParams,
    options?: RequestOptions,
  ): APIPromise<ProductUpdateResponse> {
    return this.client.request(UPDATE, [productId], params, options);
  }
}
