// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../core/client.js";
import type { IntegrationRetrieveResponse } from "../types/integrations.js";

const LIST: OperationSpec = {
  method: "GET",
  path: "/integrations/{integration_type}",
  pathParams: ["integration_type"],
  auth: ["api_key"],
};

const LIST_UNDER_TYPE: OperationSpec = {
  method: "GET",
  path: "/{integration_type}/integrations",
  pathParams: ["integration_type"],
  auth: ["api_key"],
};

const RETRIEVE: OperationSpec = {
  method: "GET",
  path: "/integrations/{integration_type}/{integration_name}",
  pathParams: ["integration_type", "integration_name"],
  auth: ["api_key"],
};

const RETRIEVE_UNDER_TYPE: OperationSpec = {
  method: "GET",
  path: "/{integration_type}/integrations/{integration_name}",
  pathParams: ["integration_type", "integration_name"],
  auth: ["api_key"],
};

export class Integrations {
  constructor(private readonly client: BaseClient) {}

  /**
   * Integrations Trackstar supports for one integration type, with the
   * endpoints each implements. `GET /integrations/{integration_type}`
   */
  list(
    integrationType: string,
    options?: RequestOptions,
  ): APIPromise<IntegrationRetrieveResponse> {
    return this.client.request(LIST, [integrationType], undefined, options);
  }

  /** `GET /{integration_type}/integrations` */
  list_under_type(
    integrationType: string,
    options?: RequestOptions,
  ): APIPromise<IntegrationRetrieveResponse> {
    return this.client.request(
      LIST_UNDER_TYPE,
      [integrationType],
      undefined,
      options,
    );
  }

  /** `GET /integrations/{integration_type}/{integration_name}` */
  retrieve(
    integrationType: string,
    integrationName: string,
    options?: RequestOptions,
  ): APIPromise<IntegrationRetrieveResponse> {
    return this.client.request(
      RETRIEVE,
      [integrationType, integrationName],
      undefined,
      options,
    );
  }

  /** `GET /{integration_type}/integrations/{integration_name}` */
  retrieve_under_type(
    integrationType: string,
    integrationName: string,
    options?: RequestOptions,
  ): APIPromise<IntegrationRetrieveResponse> {
    return this.client.request(
      RETRIEVE_UNDER_TYPE,
      [integrationType, integrationName],
      undefined,
      options,
    );
  }
}
