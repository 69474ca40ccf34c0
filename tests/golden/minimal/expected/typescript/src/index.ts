// Generated from specs/ by the Trackstar SDK generator: do not edit.
export { Trackstar, API, type TrackstarOptions } from "./client.js";
export { Trackstar as default } from "./client.js";
export { OPERATIONS } from "./operations.js";
export * as webhooks from "./webhooks.js";
export {
  SDKError,
  MissingCredentialError,
  PaginationLoopError,
  WebhookVerificationError,
  UnknownWebhookEventError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  NotImplementedForIntegrationError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  APIResponseValidationError,
  WriteMayHaveBeenAppliedError,
  UncertainWriteServerError,
  UncertainWriteTimeoutError,
  UncertainWriteConnectionError,
} from "./core/errors.js";
export {
  toFile,
  type FilePropertyBag,
  type ToFileInput,
} from "./core/uploads.js";
export type { ClientOptions, Fetch, RequestOptions } from "./core/client.js";
export { APIPromise, type WithResponse } from "./core/api-promise.js";
export { CursorPage, PagePromise, type Page } from "./core/pagination.js";
export type * from "./types/index.js";
