// Retry policy (templates/runtime/_retry.py and _facts.py): which outcomes are retried, how long
// to wait, and how a failed fetch tells "never reached the server" from "may have been applied".

import { parseRetryAfter } from "./errors.js";

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
const INITIAL_DELAY = 0.5; // seconds
const MAX_DELAY = 8;
// A longer retry-after is not honoured: we fall back to our own backoff instead of stalling.
const MAX_RETRY_AFTER = 60;

export const READ_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD"]);
// Sending one of these twice has the effect of sending it once (RFC 9110 9.2.2), so they are
// retried after a 5xx or a timeout; a POST or PATCH only when its operation is marked idempotent.
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
]);

/** Exponential backoff (seconds) for the retry after `retriesTaken` earlier ones, jitter 0.75-1.0. */
export function backoffDelay(
  retriesTaken: number,
  random: () => number = Math.random,
): number {
  const base = Math.min(INITIAL_DELAY * 2 ** retriesTaken, MAX_DELAY);
  return base * (1 - 0.25 * random());
}

/** Seconds to wait before the next retry: a sane retry-after (0-60 s), else backoff. */
export function retryDelay(retriesTaken: number, headers?: Headers): number {
  if (headers) {
    const after = parseRetryAfter(headers);
    if (after !== undefined && after <= MAX_RETRY_AFTER) return after;
  }
  return backoffDelay(retriesTaken);
}

/** 408, 409, 429 and 5xx are transient; 501 means "not implemented for this integration". */
export function shouldRetryStatus(status: number): boolean {
  return (
    status === 408 ||
    status === 409 ||
    status === 429 ||
    (status >= 500 && status !== 501)
  );
}

/**
 * A non-idempotent write is retried only on 429: the server says it refused the request. Any
 * other status, 5xx included, may come after the write was applied.
 */
export function shouldRetryUnsafeWriteStatus(status: number): boolean {
  return status === 429;
}

export function isReplaySafe(
  method: string,
  idempotent = false,
  retryWrites = false,
): boolean {
  return (
    IDEMPOTENT_METHODS.has(method.toUpperCase()) || idempotent || retryWrites
  );
}

function errorCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const code: unknown = Reflect.get(value, "code");
  return typeof code === "string" ? code : undefined;
}

// Codes that prove no byte of the request reached a server: the connection was refused, or the
// host could not be resolved.
const UNSENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function unsent(value: unknown): boolean {
  const code = errorCode(value);
  if (code !== undefined && UNSENT_CODES.has(code)) return true;
  // Several addresses tried (happy eyeballs): every one of them must have failed to connect.
  if (value instanceof AggregateError) {
    return (
      value.errors.length > 0 &&
      value.errors.every((inner: unknown) => unsent(inner))
    );
  }
  return false;
}

/**
 * True when a rejected fetch proves the server did not receive the request: Node's fetch
 * (undici) rejects with a TypeError whose `cause` carries the socket error's code. A reset
 * (`ECONNRESET`, undici's `UND_ERR_SOCKET`), a closed connection or anything unknown is not
 * proof: the server may have applied the request and failed to answer.
 */
export function neverReachedServer(error: unknown): boolean {
  if (unsent(error)) return true;
  const cause: unknown =
    typeof error === "object" && error !== null
      ? Reflect.get(error, "cause")
      : undefined;
  return cause !== undefined && unsent(cause);
}

/** A short, secret-free reason for a failed fetch: the socket error code, else the message. */
export function describeFetchError(error: unknown): string {
  const cause: unknown =
    typeof error === "object" && error !== null
      ? Reflect.get(error, "cause")
      : undefined;
  const code = errorCode(cause) ?? errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const inner =
    cause instanceof Error && cause.message !== message
      ? `: ${cause.message}`
      : "";
  return code ? `${message} (${code})` : `${message}${inner}`;
}
