// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../core/client.js";
import type { CatalogueListParams } from "../types/catalogue.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/catalogue/{kind}",
  pathParams: ["kind"],
  auth: ["api_key"],
  query: ["from"],
};

export class Catalogue {
  constructor(private readonly client: BaseClient) {}

  /** `GET /catalogue/{kind}` */
  list(
    kind: string,
    params: CatalogueListParams,
    options?: RequestOptions,
  ): APIPromise<unknown> {
    return this.client.request(LIST, [kind], params, options);
  }
}
