// The TypeScript SDK's runtime core: plain TypeScript, API-neutral, copied verbatim by the
// generator into the package's src/core/. Every API fact arrives from the generated code as data
// (an APIDescription and one OperationSpec per operation; see client.ts for the interface).
//
// Module format: relative imports carry an explicit `.js` extension ("./client.js"). That is
// what Node's ESM loader requires, and TypeScript resolves "./x.js" to "./x.ts" under every
// moduleResolution (node10, node16/nodenext, bundler), so the same sources compile with plain
// tsc twice: `--module nodenext` (or es2022) into dist/esm and `--module commonjs` into dist/cjs
// (each folder with a package.json saying its "type"). No bundler, no runtime dependency.
//
// Globals used: fetch, Response, Headers, FormData, Blob, File, AbortController, URLSearchParams,
// TextEncoder/TextDecoder, atob/btoa, crypto (randomUUID, subtle), performance, setTimeout, console:
// Node >= 20, browsers, Deno, Bun and workers all have them. `process.env` is read only where it
// exists. The sources type-check with @types/node 20 and no DOM lib, and with the DOM lib.

export {
  BaseClient,
  type APIDescription,
  type AuthSchemeDescription,
  type ClientOptions,
  type Fetch,
  type HTTPMethod,
  type LogLevel,
  type Logger,
  type OperationSpec,
  type RequestOptions,
} from "./client.js";
export {
  APIPromise,
  ReceivedResponse,
  type WithResponse,
} from "./api-promise.js";
export {
  CursorPage,
  PagePromise,
  PAGE_MEMBERS,
  type CursorEnvelope,
  type Page,
  type PageContext,
  type PaginationDescription,
} from "./pagination.js";
export {
  APIConnectionError,
  APIError,
  APIResponseValidationError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  MissingCredentialError,
  NotFoundError,
  NotImplementedForIntegrationError,
  PaginationLoopError,
  PermissionDeniedError,
  RateLimitError,
  REDACTED,
  SDKError,
  STATUS_ERRORS,
  UncertainWriteConnectionError,
  UncertainWriteServerError,
  UncertainWriteTimeoutError,
  UnknownWebhookEventError,
  UnprocessableEntityError,
  WebhookVerificationError,
  WriteMayHaveBeenAppliedError,
  errorClassFor,
  errorMessage,
  redact,
  type APIErrorInit,
  type UncertainWrite,
} from "./errors.js";
export {
  encodeFilter,
  encodeParam,
  encodePathParam,
  encodeValue,
  isListOperator,
  type FilterSpec,
  type FilterValueType,
} from "./filters.js";
export {
  SlidingWindowLimiter,
  limiterFor,
  serverBudget,
  type RateLimits,
} from "./ratelimit.js";
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  IDEMPOTENT_METHODS,
  backoffDelay,
  isReplaySafe,
  neverReachedServer,
  retryDelay,
  shouldRetryStatus,
  shouldRetryUnsafeWriteStatus,
} from "./retry.js";
export {
  buildMultipart,
  isBlob,
  toFile,
  type FilePropertyBag,
  type ToFileInput,
} from "./uploads.js";
export * as webhooks from "./webhooks.js";
export {
  DEFAULT_TOLERANCE,
  sign as signWebhook,
  unwrap as unwrapWebhook,
  verify as verifyWebhook,
  type UnwrapOptions,
  type VerifyOptions,
  type WebhookHeaders,
  type WebhookPayload,
} from "./webhooks.js";
