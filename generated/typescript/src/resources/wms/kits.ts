// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../core/client.js";
import type {
  KitCreateParams,
  KitCreateResponse,
  KitUpdateParams,
  KitUpdateResponse,
} from "../../types/wms/kits.js";
import { WmsKitsMeta } from "./kits/meta.js";

const CREATE: OperationSpec = {
  method: "POST",
  path: "/wms/kits",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "gtin",
    "inventory_items",
    "measurements",
    "name",
    "sku",
    "trackstar_tags",
  ],
};

const UPDATE: OperationSpec = {
  method: "PUT",
  path: "/wms/kits/{kit_id}",
  pathParams: ["kit_id"],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: [
    "gtin",
    "inventory_items",
    "measurements",
    "name",
    "sku",
    "trackstar_tags",
  ],
};

export class WmsKits {
  readonly meta: WmsKitsMeta;

  constructor(private readonly client: BaseClient) {
    this.meta = new WmsKitsMeta(client);
  }

  /** `POST /wms/kits` */
  create(
    params: KitCreateParams,
    options?: RequestOptions,
  ): APIPromise<KitCreateResponse> {
    return this.client.request(CREATE, [], params, options);
  }

  /** `PUT /wms/kits/{kit_id}` */
  update(
    kitId: string,
    params?: KitUpdateParams,
    options?: RequestOptions,
  ): APIPromise<KitUpdateResponse> {
    return this.client.request(UPDATE, [kitId], params, options);
  }
}
