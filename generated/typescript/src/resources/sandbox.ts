// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../core/client.js";
import type { SandboxGenerateResponse } from "../types/sandbox.js";
import { SandboxSimulate } from "./sandbox/simulate.js";

const GENERATE: OperationSpec = {
  method: "POST",
  path: "/sandbox/generate-sandbox/{integration_type}",
  pathParams: ["integration_type"],
  auth: ["api_key"],
};

export class Sandbox {
  readonly simulate: SandboxSimulate;

  constructor(private readonly client: BaseClient) {
    this.simulate = new SandboxSimulate(client);
  }

  /** `POST /sandbox/generate-sandbox/{integration_type}` */
  generate(
    integrationType: string,
    options?: RequestOptions,
  ): APIPromise<SandboxGenerateResponse> {
    return this.client.request(GENERATE, [integrationType], undefined, options);
  }
}
