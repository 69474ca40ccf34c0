// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../../../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../../../core/client.js";
import type {
  KitMetaRetrieveForIntegrationParams,
  KitMetaRetrieveParams,
  MetaRetrieveForIntegrationResponse,
  MetaRetrieveResponse,
} from "../../../types/wms/kits/meta.js";

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/wms/kits/meta",
  pathParams: [],
  auth: ["api_key", "access_token"],
  query: ["method"],
};

const RETRIEVE_FOR_INTEGRATION: OperationSpec = {
  method: "GET",
  path: "/wms/kits/meta/{integration_name}",
  pathParams: ["integration_name"],
  auth: ["api_key"],
  query: ["method"],
};

export class WmsKitsMeta {
  constructor(private readonly client: BaseClient) {}

  /** `GET /wms/kits/meta` */
  retrieve(
    params: KitMetaRetrieveParams,
    options?: RequestOptions,
  ): APIPromise<MetaRetrieveResponse> {
    return this.client.request(RETRIEVE, [], params, options);
  }

  /** `GET /wms/kits/meta/{integration_name}` */
  retrieve_for_integration(
    integrationName: string,
    params: KitMetaRetrieveForIntegrationParams,
    options?: RequestOptions,
  ): APIPromise<MetaRetrieveForIntegrationResponse> {
    return this.client.request(
      RETRIEVE_FOR_INTEGRATION,
      [integrationName],
      params,
      options,
    );
  }
}
