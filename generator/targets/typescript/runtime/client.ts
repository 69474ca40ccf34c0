// The HTTP client generated code builds on: auth, params, retries, rate limits, errors, pages.
//
// API-neutral: every fact about the API arrives as data from the generated code.
//
// ## What the generated code passes
//
// - One `APIDescription` constant (base URL, auth schemes and the constructor option of each,
//   pagination field names, rate limits, request-id header).
// - One `OperationSpec` constant per operation (method, path, path params in path order, auth
//   schemes, query params, filter fields with their operators and value type, body kind, the
//   body and file field names, paginated, idempotent).
//
// ## What it calls
//
//   class Trackstar extends BaseClient {
//     constructor(options: TrackstarOptions = {}) { super(options, API) }   // options: the ONLY
//                                                         // argument (withOptions re-calls it)
//     withAccessToken(token: string): this { return this.withConnection(token) }
//   }
//   // a resource method:
//   retrieve(orderId: string, params?: P, options?: RequestOptions): APIPromise<OrderEnvelope> {
//     return this.client.request<OrderEnvelope>(OPS.retrieve, [orderId], params, options)
//   }
//   list(params?: P, options?: RequestOptions): PagePromise<Order, OrderListResponse> {
//     return this.client.requestPage<Order, OrderListResponse>(OPS.list, [], params, options)
//   }
//
// `TrackstarOptions` extends `ClientOptions` with one optional string per credential option
// (`apiKey`, `accessToken`: APIDescription.auth[scheme].option).
//
// A list operation's `OperationSpec.query` lists its pagination params too (`limit`,
// `page_token`); its page type is `Page<Item, Body>`: `Body` is the envelope (the generated
// response model, or `CursorEnvelope<Item, "data", "next_token", "total_count">`), whose fields
// the page carries as sent, beside the page methods (no envelope field may be named as one of
// PAGE_MEMBERS). A `timeout` of 0 (or Infinity) means no timeout.
//
// ## How a params object is split
//
// Path params come positionally (`pathArgs`, in `op.pathParams` order; each a non-empty string).
// In `params`: keys in `op.query` go to the query; keys in `op.filters` are encoded as filters
// (filters.ts); for a write (POST, PUT, PATCH, DELETE) every other key goes to the body (the
// per-integration variant bodies carry fields `op.bodyFields` does not list); for a read an
// unknown key is a TypeError before any request. Values are sent as given (no defaults, empty
// strings kept, datetime strings not reformatted), except filter datetimes (UTC `Z`). A key left
// `undefined` is not sent; `null` is sent in a JSON body, dropped from the query.
// `extraQuery` / `extraBody` add fields the types do not know; one that collides with a typed
// field is a TypeError before any request.
//
// ## Errors and retries (retry.ts, errors.ts)
//
// GET/PUT/DELETE retry on connection errors, 408, 409, 429 and 5xx except 501 (default 2 retries,
// backoff min(0.5 * 2**n, 8) s times 0.75-1.0, a retry-after of up to 60 s honoured). A POST or
// PATCH retries only when it provably never reached the server (connection refused, or a 429);
// otherwise it throws a WriteMayHaveBeenAppliedError kind, unless `op.idempotent` or
// `retryWrites`. Every write carries one idempotency key (APIDescription.idempotencyHeader) kept
// across its retries. Credential values never appear in a message.

import { APIPromise, ReceivedResponse } from "./api-promise.js";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  InternalServerError,
  MissingCredentialError,
  REDACTED,
  UncertainWriteConnectionError,
  UncertainWriteServerError,
  UncertainWriteTimeoutError,
  makeStatusError,
  redact,
} from "./errors.js";
import {
  encodeFilter,
  encodeParam,
  encodePathParam,
  type FilterSpec,
} from "./filters.js";
import {
  CursorPage,
  PagePromise,
  type Page,
  type PaginationDescription,
} from "./pagination.js";
import {
  limiterFor,
  type RateLimits,
  type SlidingWindowLimiter,
} from "./ratelimit.js";
import {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  READ_METHODS,
  backoffDelay,
  describeFetchError,
  isReplaySafe,
  neverReachedServer,
  retryDelay,
  shouldRetryStatus,
  shouldRetryUnsafeWriteStatus,
} from "./retry.js";
import { buildMultipart, isBlob } from "./uploads.js";

// -- what the generated code passes ------------------------------------------------------------

/** One credential: sent as a header (or query param), read from `env`, passed as `option`. */
export interface AuthSchemeDescription {
  readonly header?: string;
  readonly query?: string;
  /** Sent as `Bearer <value>` in its header. */
  readonly bearer?: boolean;
  readonly env?: string;
  /** The client constructor option holding it, e.g. "apiKey". */
  readonly option: string;
}

export interface APIDescription {
  /** The client class name, for messages and the default user agent. */
  readonly clientName: string;
  readonly sdkVersion: string;
  readonly baseURL: string;
  /** An environment variable overriding the base URL. */
  readonly baseURLEnv?: string;
  /** Auth schemes by name (the names `OperationSpec.auth` lists). */
  readonly auth: Readonly<Record<string, AuthSchemeDescription>>;
  /** The scheme that identifies one connection; withConnection() replaces it. */
  readonly connectionScheme?: string;
  readonly pagination?: PaginationDescription;
  /** Client-side budgets per credential set; none: unlimited. */
  readonly rateLimits?: RateLimits;
  readonly requestIdHeader: string;
  /** A header carrying one random key per write call, the same on each of its retries. */
  readonly idempotencyHeader?: string;
  /** Default `${clientName lower-cased}-typescript/${sdkVersion}`. */
  readonly userAgent?: string;
  /** An environment variable turning logging on: "info" or "debug" (e.g. TRACKSTAR_LOG). */
  readonly logEnv?: string;
}

export type HTTPMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface OperationSpec {
  readonly method: HTTPMethod;
  /** The path template, e.g. "/wms/orders/{order_id}". */
  readonly path: string;
  /** The path template's params, in path order (the order of `pathArgs`). */
  readonly pathParams: readonly string[];
  /** The auth schemes this operation sends, each required. */
  readonly auth: readonly string[];
  /** Query param names (pagination's limit and token included). */
  readonly query?: readonly string[];
  /** Filter fields: allowed operators and value type (see filters.ts). */
  readonly filters?: Readonly<Record<string, FilterSpec>>;
  readonly body?: "json" | "multipart";
  /** Body field names the spec lists (variant bodies may send more). */
  readonly bodyFields?: readonly string[];
  /** File field names (multipart). */
  readonly files?: readonly string[];
  readonly paginated?: boolean;
  /** A POST/PATCH the API applies once however often it is sent: retried like a PUT. */
  readonly idempotent?: boolean;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** Overrides APIDescription.baseURL (and its environment variable). */
  baseURL?: string | undefined;
  /** A fetch to use instead of the global one (Node >= 20, browsers). */
  fetch?: Fetch | undefined;
  /** Retries after a retryable failure (default 2). */
  maxRetries?: number | undefined;
  /** Milliseconds per attempt, the body's download included (default 60000). */
  timeout?: number | undefined;
  /** Sent on every request (after the SDK's own headers, so they may override them). */
  defaultHeaders?: Readonly<Record<string, string>> | undefined;
  /** Retry POST/PATCH like PUT even after a 5xx or a timeout (they may apply twice). */
  retryWrites?: boolean | undefined;
  /** Other client-side budgets than APIDescription.rateLimits, or false for none. */
  rateLimits?: RateLimits | false | undefined;
  /** "info": one line per response and retry; "debug": also each request's (redacted) headers. */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default: console). Credentials are redacted before they get here. */
  logger?: Logger | undefined;
}

export type LogLevel = "off" | "info" | "debug";

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
}

// Header names always hidden in logs, whatever the API's own auth headers are called.
const SENSITIVE_HEADERS = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
];

/** Per-call options: the last argument of every generated method. */
export interface RequestOptions {
  /** Milliseconds for each attempt of this call. */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  signal?: AbortSignal | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  /** Query fields the types do not know. */
  extraQuery?: Readonly<Record<string, unknown>> | undefined;
  /** Body fields the types do not know. */
  extraBody?: Readonly<Record<string, unknown>> | undefined;
  /** Retry this POST/PATCH even after a 5xx or a timeout (it may apply twice). */
  retryWrites?: boolean | undefined;
}

// -- one call, as every attempt re-sends it --------------------------------------------------------

interface Call {
  readonly method: HTTPMethod;
  readonly url: string; // without the query
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | FormData | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly signal: AbortSignal | undefined;
  readonly limiter: SlidingWindowLimiter | undefined;
  // False for a POST/PATCH (not idempotent) unless retryWrites: retried only when it certainly
  // did not reach the server.
  readonly replaySafe: boolean;
  // A non-idempotent write: its failures say it may have been applied.
  readonly mayApplyTwice: boolean;
  readonly idempotencyKey: string | undefined;
}

function withQuery(call: Call): string {
  if (!call.query.length) return call.url;
  const search = new URLSearchParams();
  for (const [key, value] of call.query) search.append(key, value);
  return `${call.url}?${search.toString()}`;
}

function environment(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const process: unknown = Reflect.get(globalThis, "process");
  if (typeof process !== "object" || process === null) return undefined;
  const env: unknown = Reflect.get(process, "env");
  if (typeof env !== "object" || env === null) return undefined;
  const value: unknown = Reflect.get(env, name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

function randomKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(value >= 0))
    throw new RangeError(`${name} must be >= 0, got ${value}`);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const TIMED_OUT = Symbol("timed out");
const USER_ABORT = Symbol("user abort");

type Attempt =
  | {
      readonly kind: "response";
      readonly response: Response;
      readonly bytes: Uint8Array<ArrayBuffer>;
    }
  | {
      readonly kind: "failed";
      readonly error: unknown;
      readonly timedOut: boolean;
    };

function didYouMean(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase().replace(/[-_]/g, "");
  const close = known.find(
    (k) => k.toLowerCase().replace(/[-_]/g, "") === lower,
  );
  return close ? ` (did you mean '${close}'?)` : "";
}

// -- the client -------------------------------------------------------------------------------------

export class BaseClient {
  protected readonly api: APIDescription;
  readonly baseURL: string;
  readonly maxRetries: number;
  /** Milliseconds per attempt. */
  readonly timeout: number;
  readonly retryWrites: boolean;
  readonly #options: ClientOptions;
  readonly #credentials: Readonly<Record<string, string | undefined>>;
  readonly #rateLimits: RateLimits | undefined;
  readonly #logLevel: LogLevel;
  readonly #logger: Logger;

  constructor(options: ClientOptions, api: APIDescription) {
    checkCount("maxRetries", options.maxRetries);
    checkCount("timeout", options.timeout);
    this.api = api;
    this.#options = options;
    const credentials: Record<string, string | undefined> = {};
    for (const [scheme, auth] of Object.entries(api.auth)) {
      const given: unknown = Reflect.get(options, auth.option);
      if (given !== undefined && given !== null && typeof given !== "string") {
        throw new TypeError(`${auth.option} must be a string`);
      }
      // Read now (not at import, not per request); missing is an error only where needed.
      credentials[scheme] = given || environment(auth.env);
    }
    this.#credentials = credentials;
    const baseURL =
      options.baseURL || environment(api.baseURLEnv) || api.baseURL;
    this.baseURL = baseURL.replace(/\/+$/, "");
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.retryWrites = options.retryWrites ?? false;
    const level =
      options.logLevel ?? environment(api.logEnv)?.trim().toLowerCase();
    this.#logLevel = level === "debug" || level === "info" ? level : "off";
    this.#logger = options.logger ?? console;
    this.#rateLimits =
      options.rateLimits === false
        ? undefined
        : (options.rateLimits ?? api.rateLimits);
  }

  // -- copies --------------------------------------------------------------------------------

  /**
   * A new client of the same class with these options changed; it shares the fetch, the other
   * options, the credentials this one resolved and (being keyed by credentials) the rate
   * limiters. The subclass constructor must take the options object as its only argument.
   */
  protected withOptions(
    overrides: ClientOptions & Readonly<Record<string, unknown>>,
  ): this {
    const options: Record<string, unknown> = { ...this.#options };
    for (const [scheme, auth] of Object.entries(this.api.auth)) {
      const value = this.#credentials[scheme];
      if (value !== undefined) options[auth.option] = value;
    }
    Object.assign(options, overrides);
    const Client: unknown = this.constructor;
    if (typeof Client !== "function")
      throw new TypeError("cannot derive a client");
    const derived: unknown = Reflect.construct(Client, [options]);
    if (
      !(derived instanceof BaseClient) ||
      derived.constructor !== this.constructor
    ) {
      throw new TypeError(
        "the client constructor must return an instance of its class",
      );
    }
    // Checked above: an instance of this very class, which is what `this` types.
    return derived as this;
  }

  /** The same client with another credential for `scheme`. */
  protected withCredential(scheme: string, value: string): this {
    const auth = this.api.auth[scheme];
    if (!auth) throw new TypeError(`unknown auth scheme '${scheme}'`);
    if (typeof value !== "string" || !value) {
      throw new TypeError(`${auth.option} must be a non-empty string`);
    }
    return this.withOptions({ [auth.option]: value });
  }

  /** The same client for another connection (APIDescription.connectionScheme's credential). */
  protected withConnection(token: string): this {
    const scheme = this.api.connectionScheme;
    if (!scheme)
      throw new TypeError(
        `${this.api.clientName} has no connection credential`,
      );
    return this.withCredential(scheme, token);
  }

  // -- calls ---------------------------------------------------------------------------------

  /** Send `op` (lazily: when awaited); resolves to the parsed JSON body (undefined if empty). */
  request<T>(
    op: OperationSpec,
    pathArgs: readonly string[],
    params: object | undefined,
    options?: RequestOptions,
  ): APIPromise<T> {
    let call: Call | undefined;
    let failure: { error: unknown } | undefined;
    try {
      call = this.buildCall(op, pathArgs, params, options);
    } catch (error) {
      failure = { error };
    }
    return new APIPromise<T>(
      () => (call ? this.send(call) : Promise.reject(failure?.error)),
      // The body is the API's JSON, typed by the generated code's T; kept as sent (tolerant).
      (received) => received.json() as T,
    );
  }

  /** Send a list operation; the result is the first page, and async-iterable over every item. */
  requestPage<Item, Body extends object>(
    op: OperationSpec,
    pathArgs: readonly string[],
    params: object | undefined,
    options?: RequestOptions,
  ): PagePromise<Item, Body> {
    const pagination = this.api.pagination;
    let call: Call | undefined;
    let failure: { error: unknown } | undefined;
    try {
      if (!pagination)
        throw new TypeError(`${this.api.clientName} has no pagination`);
      if (op.method !== "GET")
        throw new TypeError("a paginated operation must be a GET");
      call = this.buildCall(op, pathArgs, params, options);
    } catch (error) {
      failure = { error };
    }
    if (!call || !pagination) {
      return new PagePromise<Item, Body>(
        () => Promise.reject(failure?.error),
        () => {
          throw failure?.error;
        },
      );
    }
    const first = call.query.find(([key]) => key === pagination.tokenIn)?.[1];
    return this.fetchPage<Item, Body>(
      call,
      pagination,
      new Set(first ? [first] : []),
    );
  }

  private fetchPage<Item, Body extends object>(
    call: Call,
    pagination: PaginationDescription,
    seen: ReadonlySet<string>,
  ): PagePromise<Item, Body> {
    return new PagePromise<Item, Body>(
      () => this.send(call),
      (received): Page<Item, Body> =>
        CursorPage.fromResponse<Item, Body>({
          received,
          pagination,
          seen,
          fetchNext: (token, nextSeen) => {
            // The same query, every filter and the limit kept, with only the token replaced.
            const query = call.query.filter(
              ([key]) => key !== pagination.tokenIn,
            );
            const next: Call = {
              ...call,
              query: [...query, [pagination.tokenIn, token]],
            };
            return this.fetchPage<Item, Body>(next, pagination, nextSeen);
          },
        }),
    );
  }

  // -- building a call -------------------------------------------------------------------------

  private get secrets(): string[] {
    return Object.values(this.#credentials).filter((v): v is string => !!v);
  }

  private buildCall(
    op: OperationSpec,
    pathArgs: readonly string[],
    params: object | undefined,
    options: RequestOptions = {},
  ): Call {
    checkCount("maxRetries", options.maxRetries);
    checkCount("timeout", options.timeout);
    const where = `${op.method} ${op.path}`;
    const isRead = READ_METHODS.has(op.method);

    // Path: positional, in path order, each non-empty.
    if (pathArgs.length !== op.pathParams.length) {
      throw new TypeError(
        `${where} takes ${op.pathParams.length} path parameter(s) (${op.pathParams.join(", ")}), got ${pathArgs.length}`,
      );
    }
    let path = op.path;
    op.pathParams.forEach((name, i) => {
      path = path.split(`{${name}}`).join(encodePathParam(name, pathArgs[i]));
    });

    // Params: query, filters, body.
    const queryNames = op.query ?? [];
    const filters = op.filters ?? {};
    const given = new Map<string, unknown>();
    const body: Record<string, unknown> = {};
    if (params !== undefined && params !== null) {
      if (typeof params !== "object" || Array.isArray(params)) {
        throw new TypeError(`${where}: params must be an object`);
      }
      for (const [key, value] of Object.entries(params)) {
        if (value === undefined) continue;
        if (queryNames.includes(key) || Object.hasOwn(filters, key))
          given.set(key, value);
        else if (!isRead) body[key] = value;
        else {
          const known = [...queryNames, ...Object.keys(filters)];
          throw new TypeError(
            `${where} has no parameter '${key}'${didYouMean(key, known)}; known: ${known.join(", ") || "none"} ` +
              "(options.extraQuery sends fields the types do not know)",
          );
        }
      }
    }
    const query: Array<[string, string]> = [];
    for (const name of queryNames) {
      const value = given.get(name);
      if (value !== undefined && value !== null) {
        query.push([name, encodeParam(value, `parameter '${name}'`)]);
      }
    }
    for (const [name, spec] of Object.entries(filters)) {
      const value = given.get(name);
      if (value !== undefined && value !== null)
        query.push(...encodeFilter(name, spec, value));
    }

    const extraQuery = options.extraQuery ?? {};
    for (const [key, value] of Object.entries(extraQuery)) {
      const base = key.includes("[") ? key.slice(0, key.indexOf("[")) : key;
      if (queryNames.includes(key) || Object.hasOwn(filters, base)) {
        throw new TypeError(
          `extraQuery sets '${key}', a typed parameter of ${where}; pass it in params ` +
            "(extraQuery is for fields the types do not know)",
        );
      }
      if (value !== undefined && value !== null) {
        query.push([key, encodeParam(value, `extraQuery['${key}']`)]);
      }
    }

    const extraBody = options.extraBody;
    if (extraBody) {
      if (isRead)
        throw new TypeError(
          `${where}: a ${op.method} has no body, so no extraBody`,
        );
      const taken = new Set([
        ...(op.bodyFields ?? []),
        ...(op.files ?? []),
        ...Object.keys(body),
      ]);
      const collisions = Object.keys(extraBody).filter((key) => taken.has(key));
      if (collisions.length) {
        throw new TypeError(
          `extraBody sets ${collisions.map((k) => `'${k}'`).join(", ")}, which ${where} already ` +
            "takes as a typed field; pass each field once, in params (extraBody is for fields " +
            "the types do not know)",
        );
      }
      Object.assign(body, extraBody);
    }

    // Headers: ours, then auth, then the caller's (which may override).
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent":
        this.api.userAgent ??
        `${this.api.clientName.toLowerCase()}-typescript/${this.api.sdkVersion}`,
    };
    for (const scheme of op.auth) {
      const auth = this.api.auth[scheme];
      if (!auth)
        throw new TypeError(
          `${where} names an unknown auth scheme '${scheme}'`,
        );
      const value = this.#credentials[scheme];
      if (!value)
        throw new MissingCredentialError(scheme, auth.option, auth.env);
      if (auth.header)
        headers[auth.header.toLowerCase()] = auth.bearer
          ? `Bearer ${value}`
          : value;
      if (auth.query) query.push([auth.query, value]);
    }

    let payload: string | FormData | undefined;
    const hasFiles = Object.values(body).some(
      (value) => isBlob(value) || (Array.isArray(value) && value.some(isBlob)),
    );
    if (op.body === "multipart" || hasFiles) {
      if (isRead)
        throw new TypeError(`${where}: a ${op.method} cannot send files`);
      payload = buildMultipart(body); // fetch sets the multipart content-type with its boundary
    } else if (op.body === "json" || Object.keys(body).length) {
      payload = JSON.stringify(body);
      headers["content-type"] = "application/json";
    }

    const mayApplyTwice = !isReplaySafe(op.method, op.idempotent ?? false);
    const idempotencyKey =
      !isRead && this.api.idempotencyHeader ? randomKey() : undefined;
    if (idempotencyKey !== undefined && this.api.idempotencyHeader) {
      headers[this.api.idempotencyHeader.toLowerCase()] = idempotencyKey;
    }
    for (const [name, value] of Object.entries({
      ...this.#options.defaultHeaders,
      ...options.headers,
    })) {
      headers[name.toLowerCase()] = value;
    }

    let limiter: SlidingWindowLimiter | undefined;
    const limits = this.#rateLimits;
    if (limits) {
      const kind = isRead ? "read" : "write";
      const credentials = op.auth.map(
        (scheme) => this.#credentials[scheme] ?? "",
      );
      limiter = limiterFor(
        this.baseURL,
        credentials,
        kind,
        isRead ? limits.readPerSecond : limits.writePerSecond,
      );
    }

    return {
      method: op.method,
      url: this.baseURL + (path.startsWith("/") ? path : `/${path}`),
      query,
      headers,
      body: payload,
      timeout: options.timeout ?? this.timeout,
      maxRetries: options.maxRetries ?? this.maxRetries,
      signal: options.signal,
      limiter,
      replaySafe: !mayApplyTwice || (options.retryWrites ?? this.retryWrites),
      mayApplyTwice,
      idempotencyKey,
    };
  }

  // -- sending -----------------------------------------------------------------------------------

  private async attempt(call: Call): Promise<Attempt> {
    const controller = new AbortController();
    const timer =
      Number.isFinite(call.timeout) && call.timeout > 0
        ? setTimeout(() => controller.abort(TIMED_OUT), call.timeout)
        : undefined;
    const signal = call.signal;
    const onAbort = (): void => controller.abort(USER_ABORT);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const fetchFn = this.#options.fetch ?? globalThis.fetch;
      const response = await fetchFn(withQuery(call), {
        method: call.method,
        headers: call.headers,
        ...(call.body !== undefined ? { body: call.body } : {}),
        signal: controller.signal,
        redirect: "manual",
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { kind: "response", response, bytes };
    } catch (error) {
      if (controller.signal.reason === USER_ABORT)
        throw new APIUserAbortError();
      return {
        kind: "failed",
        error,
        timedOut: controller.signal.reason === TIMED_OUT,
      };
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  private log(level: "info" | "debug", message: string): void {
    if (
      this.#logLevel === "off" ||
      (level === "debug" && this.#logLevel !== "debug")
    )
      return;
    this.#logger[level](redact(message, this.secrets));
  }

  private logRequest(call: Call, retriesTaken: number): void {
    if (this.#logLevel !== "debug") return;
    const hidden = new Set([
      ...SENSITIVE_HEADERS,
      ...Object.values(this.api.auth).flatMap((auth) =>
        auth.header ? [auth.header.toLowerCase()] : [],
      ),
    ]);
    const headers = Object.fromEntries(
      Object.entries(call.headers).map(([name, value]) => [
        name,
        hidden.has(name) ? REDACTED : value,
      ]),
    );
    this.log(
      "debug",
      `Request ${call.method} ${withQuery(call)} (retry ${retriesTaken}) headers=${JSON.stringify(headers)}`,
    );
  }

  private async send(call: Call): Promise<ReceivedResponse> {
    const secrets = this.secrets;
    for (let retriesTaken = 0; ; retriesTaken += 1) {
      let ticket: number | undefined;
      if (call.limiter) {
        try {
          ticket = await call.limiter.acquire(call.signal);
        } catch {
          throw new APIUserAbortError();
        }
      }
      let delay: number; // seconds
      try {
        this.logRequest(call, retriesTaken);
        const attempt = await this.attempt(call);
        if (attempt.kind === "failed") {
          delay = this.onFailure(call, attempt, retriesTaken, secrets);
          this.log(
            "info",
            `Retrying ${call.method} ${call.url} in ${delay.toFixed(2)} s (retry ${retriesTaken + 1} ` +
              `of ${call.maxRetries}) after ${describeFetchError(attempt.timedOut ? "a timeout" : attempt.error)}`,
          );
        } else {
          const { response, bytes } = attempt;
          if (call.limiter && ticket !== undefined)
            call.limiter.observe(response.headers, ticket);
          const status = response.status;
          const requestId = response.headers.get(this.api.requestIdHeader);
          this.log(
            "info",
            `${call.method} ${call.url} -> ${status} (request id ${requestId ?? "none"})`,
          );
          if (status >= 200 && status < 300) {
            return new ReceivedResponse(
              response,
              bytes,
              this.api.requestIdHeader,
              retriesTaken,
              secrets,
            );
          }
          const retryable = call.replaySafe
            ? shouldRetryStatus(status)
            : shouldRetryUnsafeWriteStatus(status);
          if (!call.replaySafe && shouldRetryStatus(status) && !retryable) {
            this.log(
              "info",
              `Not retrying ${call.method} ${call.url} after status ${status}: it may have been ` +
                "applied (retryWrites: true retries it)",
            );
          }
          if (!retryable || retriesTaken >= call.maxRetries) {
            throw this.statusError(
              call,
              response,
              bytes,
              retriesTaken,
              secrets,
            );
          }
          delay = retryDelay(retriesTaken, response.headers);
          this.log(
            "info",
            `Retrying ${call.method} ${call.url} in ${delay.toFixed(2)} s (retry ${retriesTaken + 1} ` +
              `of ${call.maxRetries}) after status ${status} (request id ${requestId ?? "none"})`,
          );
          if (status === 429) call.limiter?.pause(delay * 1000); // everyone on this token backs off
        }
      } finally {
        if (call.limiter && ticket !== undefined) call.limiter.release(ticket);
      }
      await sleep(delay * 1000, call.signal);
    }
  }

  private statusError(
    call: Call,
    response: Response,
    bytes: Uint8Array,
    retriesTaken: number,
    secrets: readonly string[],
  ): APIError {
    if (response.type === "opaqueredirect" || response.status === 0) {
      return new APIError(
        `${call.method} ${call.url} was redirected; redirects are not followed`,
      );
    }
    const error = makeStatusError(
      response,
      bytes,
      this.api.requestIdHeader,
      secrets,
    );
    if (call.mayApplyTwice && error.constructor === InternalServerError) {
      return new UncertainWriteServerError(error, {
        method: call.method,
        url: call.url,
        idempotencyKey: call.idempotencyKey,
        retriesTaken,
      });
    }
    return error;
  }

  /** The delay (seconds) before retrying a failed fetch; throws the SDK error when it is final. */
  private onFailure(
    call: Call,
    attempt: { error: unknown; timedOut: boolean },
    retriesTaken: number,
    secrets: readonly string[],
  ): number {
    const maybeApplied = attempt.timedOut || !neverReachedServer(attempt.error);
    if (retriesTaken < call.maxRetries && (!maybeApplied || call.replaySafe)) {
      return backoffDelay(retriesTaken);
    }
    const cause = attempt.error;
    if (maybeApplied && call.mayApplyTwice) {
      const write = {
        method: call.method,
        url: call.url,
        idempotencyKey: call.idempotencyKey,
        retriesTaken,
      };
      if (attempt.timedOut) throw new UncertainWriteTimeoutError(write);
      throw new UncertainWriteConnectionError(
        redact(describeFetchError(cause), secrets),
        write,
        {
          cause,
        },
      );
    }
    if (attempt.timedOut) {
      throw new APITimeoutError(`Request timed out after ${call.timeout} ms.`);
    }
    throw new APIConnectionError(
      `Connection error: ${redact(describeFetchError(cause), secrets)}`,
      {
        cause,
      },
    );
  }
}
