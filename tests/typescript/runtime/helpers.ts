// Shared by the runtime's node tests: a tiny hand-written API (an orders-like "Demo" API, given
// to the runtime as data exactly as generated code will), and a client for fault_control.py,
// which scripts real tests/servers/fault_server.py servers.

import {
  BaseClient,
  type APIDescription,
  type APIPromise,
  type ClientOptions,
  type CursorEnvelope,
  type OperationSpec,
  type PagePromise,
  type RequestOptions,
} from "../../../generator/targets/typescript/runtime/index.js";

export const API_KEY = "sk_demo_0123456789abcdef";

export const API: APIDescription = {
  clientName: "Demo",
  sdkVersion: "0.0.1",
  baseURL: "http://127.0.0.1:9", // never used: every test passes its server's URL
  baseURLEnv: "DEMO_BASE_URL",
  auth: {
    api_key: {
      header: "x-demo-api-key",
      env: "DEMO_API_KEY",
      option: "apiKey",
    },
    access_token: {
      header: "x-demo-access-token",
      env: "DEMO_ACCESS_TOKEN",
      option: "accessToken",
    },
  },
  connectionScheme: "access_token",
  pagination: {
    limit: "limit",
    tokenIn: "page_token",
    tokenOut: "next_token",
    items: "data",
    total: "total_count",
  },
  rateLimits: { readPerSecond: 10, writePerSecond: 50 },
  requestIdHeader: "x-request-id",
  idempotencyHeader: "idempotency-key",
  logEnv: "DEMO_LOG",
};

const BOTH = ["api_key", "access_token"] as const;

export const OPS = {
  list: {
    method: "GET",
    path: "/wms/orders",
    pathParams: [],
    auth: BOTH,
    query: ["limit", "page_token"],
    filters: {
      status: {
        type: "enum",
        ops: ["eq", "neq", "in", "nin", "contains", "not_contains"],
        plain: true,
      },
      created_date: {
        type: "datetime",
        ops: ["eq", "gt", "gte", "lt", "lte", "in"],
        plain: true,
      },
      ids: { type: "string", ops: ["in"] },
      warehouse_customer_name: {
        type: "string",
        ops: ["eq-insensitive", "in-insensitive", "not_contains"],
      },
      ship_date: { type: "date", ops: ["gte", "lte"], plain: true },
      is_test: { type: "boolean", ops: ["eq"], plain: true },
    },
    paginated: true,
  },
  retrieve: {
    method: "GET",
    path: "/wms/orders/{order_id}",
    pathParams: ["order_id"],
    auth: BOTH,
  },
  create: {
    method: "POST",
    path: "/wms/orders",
    pathParams: [],
    auth: BOTH,
    body: "json",
    bodyFields: [
      "warehouse_id",
      "order_number",
      "line_items",
      "required_ship_date",
    ],
  },
  update: {
    method: "PATCH",
    path: "/wms/orders/{order_id}",
    pathParams: ["order_id"],
    auth: BOTH,
    body: "json",
    bodyFields: ["order_number"],
  },
  cancel: {
    method: "PUT",
    path: "/wms/orders/{order_id}/cancel",
    pathParams: ["order_id"],
    auth: BOTH,
  },
  remove: {
    method: "DELETE",
    path: "/wms/orders/{order_id}",
    pathParams: ["order_id"],
    auth: BOTH,
  },
  createIdempotent: {
    method: "POST",
    path: "/wms/shipments",
    pathParams: [],
    auth: BOTH,
    body: "json",
    bodyFields: ["order_id"],
    idempotent: true,
  },
  upload: {
    method: "POST",
    path: "/wms/documents/{order_id}",
    pathParams: ["order_id"],
    auth: BOTH,
    body: "multipart",
    bodyFields: ["kind"],
    files: ["file"],
  },
  integrations: {
    method: "GET",
    path: "/integrations",
    pathParams: [],
    auth: ["api_key"],
  },
} as const satisfies Record<string, OperationSpec>;

export interface Order {
  id: string;
  status?: string;
}
export type OrderPage = CursorEnvelope<
  Order,
  "data",
  "next_token",
  "total_count"
>;

export interface DemoOptions extends ClientOptions {
  apiKey?: string | undefined;
  accessToken?: string | undefined;
}

/** What a generated client looks like: a subclass passing its APIDescription. */
export class Demo extends BaseClient {
  constructor(options: DemoOptions = {}) {
    super(options, API);
  }

  withAccessToken(token: string): this {
    return this.withConnection(token);
  }

  list(
    params?: object,
    options?: RequestOptions,
  ): PagePromise<Order, OrderPage> {
    return this.requestPage<Order, OrderPage>(OPS.list, [], params, options);
  }

  call<T = unknown>(
    op: OperationSpec,
    pathArgs: readonly string[] = [],
    params?: object,
    options?: RequestOptions,
  ): APIPromise<T> {
    return this.request<T>(op, pathArgs, params, options);
  }
}

// -- the control plane ------------------------------------------------------------------------------

const CONTROL = process.env["FAULT_CONTROL_URL"];

export interface Step {
  status?: number;
  json?: unknown;
  text?: string;
  content_type?: string;
  headers?: Record<string, string>;
  delay?: number;
  reset?: boolean;
  paged?: {
    items: unknown[];
    page_size: number;
    loop_from?: number;
    loop_to?: number;
    token_param?: string;
  };
}

export interface Recorded {
  method: string;
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: string | null;
  body_base64: string;
  time: number;
  status: number;
  request_id: string;
  raw_target: string;
}

async function control<T>(
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  if (!CONTROL)
    throw new Error(
      "FAULT_CONTROL_URL is not set (run through the pytest wrapper)",
    );
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { "content-type": "application/json" };
  }
  const response = await fetch(CONTROL + path, init);
  const data: unknown = await response.json();
  if (!response.ok)
    throw new Error(`control ${method} ${path}: ${JSON.stringify(data)}`);
  return data as T;
}

export class Server {
  constructor(
    readonly id: string,
    readonly url: string,
    readonly port: number,
  ) {}

  static async start(
    options: { port?: number; startIn?: number } = {},
  ): Promise<Server> {
    const made = await control<{ id: string; url: string; port: number }>(
      "POST",
      "/servers",
      {
        port: options.port,
        start_in: options.startIn,
      },
    );
    return new Server(made.id, made.url, made.port);
  }

  route(method: string, path: string, ...steps: Step[]): Promise<unknown> {
    return control("POST", `/servers/${this.id}/routes`, {
      method,
      path,
      steps,
    });
  }

  rateLimit(
    limit: number,
    methods: string[] = ["GET", "HEAD"],
  ): Promise<unknown> {
    return control("POST", `/servers/${this.id}/rate_limit`, {
      limit,
      methods,
      key_header: "x-demo-access-token",
    });
  }

  requests(): Promise<Recorded[]> {
    return control<Recorded[]>("GET", `/servers/${this.id}/requests`);
  }

  async count(status?: number): Promise<number> {
    const all = await this.requests();
    return status === undefined
      ? all.length
      : all.filter((r) => r.status === status).length;
  }

  close(): Promise<unknown> {
    return control("DELETE", `/servers/${this.id}`);
  }

  client(options: DemoOptions = {}): Demo {
    return new Demo({
      apiKey: API_KEY,
      accessToken: "tok_1",
      baseURL: this.url,
      ...options,
    });
  }
}

/** A port nothing listens on (a server was started there and stopped). */
export async function closedPort(): Promise<number> {
  const server = await Server.start();
  await server.close();
  return server.port;
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejection(
  promise: PromiseLike<unknown>,
): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, got a value");
}

export function json(
  status: number,
  data: unknown,
  headers?: Record<string, string>,
): Step {
  return headers ? { status, json: data, headers } : { status, json: data };
}

export function fail(status: number, headers?: Record<string, string>): Step {
  return json(
    status,
    { error: `status ${status}`, origin: "trackstar" },
    headers,
  );
}

/** A fetch counting the attempts the client makes (real network underneath). */
export function countingFetch(): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    fetch: (input, init) => {
      calls += 1;
      return fetch(input, init);
    },
    calls: () => calls,
  };
}
