// Every error the SDK throws, the status -> class table, the one-line message of an error body,
// and the redaction that keeps credentials out of every message.
//
// Class names follow the Python runtime (templates/runtime/_exceptions.py, _facts.py
// STATUS_ERRORS). Two differences, both TypeScript conventions (Stainless SDKs): `APIError` is
// the base of every error about a request (a status error, or a connection error with
// `status === undefined`), and `SDKError` is the root (Python's `TrackstarError`; the generated
// package may re-export it under the API's name). Arguments rejected before any request
// (unknown keys, disallowed filter operators, colliding extra fields) are plain `TypeError`s.

export const REDACTED = "[REDACTED]";

/** Root of every error the SDK throws (except the `TypeError`s of a call's bad arguments). */
export class SDKError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

// -- redaction ---------------------------------------------------------------------------------

// A secret at least this long is replaced wherever it appears: inside a longer run of letters it
// is still the secret. A shorter one (a test value such as "t") only where it stands alone as a
// token, so it does not blank out matching letters of ordinary words.
const SHORT_SECRET = 8;
const TOKEN_CHAR = /[\p{L}\p{N}_-]/u;
const LETTER = /\p{L}/u;
const APOSTROPHES = "'\u2019";

function isTokenChar(char: string | undefined): boolean {
  return char !== undefined && TOKEN_CHAR.test(char);
}

// An apostrophe between letters belongs to the word ("hasn't", "it's"): the Python runtime's
// redact() treats it as a boundary and turns "hasn't" into "hasn'[REDACTED]" for the secret "t".
function insideWord(
  neighbour: string | undefined,
  beyond: string | undefined,
): boolean {
  if (isTokenChar(neighbour)) return true;
  return (
    neighbour !== undefined &&
    APOSTROPHES.includes(neighbour) &&
    beyond !== undefined &&
    LETTER.test(beyond)
  );
}

function replaceToken(text: string, secret: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const at = text.indexOf(secret, from);
    if (at < 0) break;
    const end = at + secret.length;
    const standsAlone =
      !insideWord(text[at - 1], text[at - 2]) &&
      !insideWord(text[end], text[end + 1]);
    out += text.slice(from, at) + (standsAlone ? REDACTED : secret);
    from = end;
  }
  return out + text.slice(from);
}

/** `text` with every credential value replaced by `[REDACTED]` (servers sometimes echo a key). */
export function redact(text: string, secrets: Iterable<string>): string {
  const values = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    values.add(secret);
    const encoded = encodeURIComponent(secret); // as it appears in a URL's query
    if (encoded !== secret) values.add(encoded);
  }
  // Longest first, so a secret containing another is replaced whole.
  for (const secret of [...values].sort((a, b) => b.length - a.length)) {
    text =
      secret.length >= SHORT_SECRET
        ? text.split(secret).join(REDACTED)
        : replaceToken(text, secret);
  }
  return text;
}

// -- errors without a response -------------------------------------------------------------------

/** An operation needs a credential that was neither passed nor found in the environment. */
export class MissingCredentialError extends SDKError {
  readonly option: string;
  readonly env: string | undefined;
  readonly scheme: string;
  constructor(scheme: string, option: string, env: string | undefined) {
    const where = env ? ` or set the ${env} environment variable` : "";
    super(
      `Missing credential '${option}': pass { ${option}: ... } when creating the client${where}.`,
    );
    this.scheme = scheme;
    this.option = option;
    this.env = env;
  }
}

/** The API returned a next-page token that was already requested: following it would loop. */
export class PaginationLoopError extends SDKError {
  readonly token: string;
  constructor(token: string) {
    super(
      `The API returned next-page token ${JSON.stringify(token)}, which was already requested ` +
        "while paginating; stopping instead of looping forever.",
    );
    this.token = token;
  }
}

/** A webhook's signature, timestamp or headers did not verify. */
export class WebhookVerificationError extends SDKError {}

/** A verified webhook whose `event_type` this SDK version has no type for. */
export class UnknownWebhookEventError extends SDKError {
  readonly eventType: string;
  readonly payload: string;
  readonly known: readonly string[];
  constructor(eventType: string, payload: string, known: readonly string[]) {
    super(
      `Unknown webhook event type ${JSON.stringify(eventType)}: this SDK version knows ` +
        `${known.length} event types; upgrade the SDK to parse it.`,
    );
    this.eventType = eventType;
    this.payload = payload;
    this.known = [...known].sort();
  }
}

// -- errors about a request ---------------------------------------------------------------------

export interface APIErrorInit {
  status?: number | undefined;
  headers?: Headers | undefined;
  requestId?: string | null | undefined;
  body?: unknown;
}

/** Base of every error about one request: a status error, or a connection/timeout error. */
export class APIError extends SDKError {
  /** The HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  readonly headers: Headers | undefined;
  /** The server's request id (from the API's request-id header), or null. */
  readonly requestId: string | null;
  /** The parsed error body (JSON, or the text of a non-JSON body); undefined when none. */
  readonly body: unknown;
  /** The body's `error` field when it is a string. */
  readonly error: string | undefined;
  /** The body's `origin` field when it is a string (who raised it: the API or the integration). */
  readonly origin: string | undefined;
  /** The body's `detail` field (validation details), when the body is an object. */
  readonly detail: unknown;

  constructor(message: string, init: APIErrorInit = {}) {
    super(message);
    this.status = init.status;
    this.headers = init.headers;
    this.requestId = init.requestId ?? null;
    this.body = init.body;
    const record = isRecord(init.body) ? init.body : undefined;
    this.error =
      typeof record?.["error"] === "string" ? record["error"] : undefined;
    this.origin =
      typeof record?.["origin"] === "string" ? record["origin"] : undefined;
    this.detail = record?.["detail"];
  }
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}

export class RateLimitError extends APIError {
  /** Seconds the server asked us to wait (retry-after-ms / retry-after), or undefined. */
  get retryAfter(): number | undefined {
    return this.headers ? parseRetryAfter(this.headers) : undefined;
  }
}

/** A 5xx other than 501. */
export class InternalServerError extends APIError {}

const NOT_IMPLEMENTED =
  /^\s*Endpoint\s+(?<endpoint>\S+)\s+is not implemented for\s+(?<integration>.+?)\s*\.?\s*$/;

/** 501: the connected integration does not offer this endpoint (an expected outcome, not a fault). */
export class NotImplementedForIntegrationError extends APIError {
  get endpoint(): string | undefined {
    return NOT_IMPLEMENTED.exec(this.error ?? "")?.groups?.["endpoint"];
  }
  get integration(): string | undefined {
    return NOT_IMPLEMENTED.exec(this.error ?? "")?.groups?.["integration"];
  }
}

/** No HTTP response arrived: the connection failed or was reset. */
export class APIConnectionError extends APIError {
  constructor(
    message = "Connection error.",
    options: { cause?: unknown } = {},
  ) {
    super(message);
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

export class APITimeoutError extends APIConnectionError {
  constructor(
    message = "Request timed out.",
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

/** The caller's AbortSignal aborted the request. Never retried. */
export class APIUserAbortError extends APIError {
  constructor(message = "Request was aborted.") {
    super(message);
  }
}

/** A successful response whose body is not JSON. */
export class APIResponseValidationError extends APIError {}

// -- writes that may have been applied ----------------------------------------------------------

const UNCERTAIN = Symbol.for("sdk-runtime.write-may-have-been-applied");

export interface UncertainWrite {
  method: string;
  /** The URL without its query. */
  url: string;
  idempotencyKey: string | undefined;
  retriesTaken: number;
}

/**
 * A POST or PATCH failed after it may have reached the server, so it was not retried.
 *
 * Reconcile (look the object up) before sending it again. Thrown as one of three classes, which
 * are also the usual errors: `UncertainWriteServerError` (an `InternalServerError`),
 * `UncertainWriteTimeoutError` (an `APITimeoutError`), `UncertainWriteConnectionError` (an
 * `APIConnectionError`); `instanceof WriteMayHaveBeenAppliedError` is true for all three.
 */
export abstract class WriteMayHaveBeenAppliedError
  extends APIError
  implements UncertainWrite
{
  abstract readonly method: string;
  abstract readonly url: string;
  abstract readonly idempotencyKey: string | undefined;
  abstract readonly retriesTaken: number;

  static override [Symbol.hasInstance](
    value: unknown,
  ): value is WriteMayHaveBeenAppliedError {
    return isRecord(value) && value[UNCERTAIN] === true;
  }
}

function explain(write: UncertainWrite, what: string): string {
  const retried = write.retriesTaken
    ? `after ${write.retriesTaken} retries`
    : "and was not retried";
  return (
    `${write.method} ${write.url} ${what} ${retried}; the write may have been applied. ` +
    "Check before sending it again (retryWrites: true retries such writes)."
  );
}

function brand(error: object, write: UncertainWrite): void {
  Object.defineProperty(error, UNCERTAIN, { value: true });
  Object.assign(error, write);
}

export class UncertainWriteServerError
  extends InternalServerError
  implements UncertainWrite
{
  declare readonly method: string;
  declare readonly url: string;
  declare readonly idempotencyKey: string | undefined;
  declare readonly retriesTaken: number;
  constructor(error: APIError, write: UncertainWrite) {
    super(
      `${explain(write, `failed with ${error.status ?? "?"} (${error.message})`)}`,
      error,
    );
    brand(this, write);
  }
}

export class UncertainWriteTimeoutError
  extends APITimeoutError
  implements UncertainWrite
{
  declare readonly method: string;
  declare readonly url: string;
  declare readonly idempotencyKey: string | undefined;
  declare readonly retriesTaken: number;
  constructor(write: UncertainWrite, options: { cause?: unknown } = {}) {
    super(explain(write, "timed out waiting for the response"), options);
    brand(this, write);
  }
}

export class UncertainWriteConnectionError
  extends APIConnectionError
  implements UncertainWrite
{
  declare readonly method: string;
  declare readonly url: string;
  declare readonly idempotencyKey: string | undefined;
  declare readonly retriesTaken: number;
  constructor(
    reason: string,
    write: UncertainWrite,
    options: { cause?: unknown } = {},
  ) {
    super(
      explain(write, `lost its connection after it was sent (${reason})`),
      options,
    );
    brand(this, write);
  }
}

// -- status -> class ----------------------------------------------------------------------------

type StatusErrorClass = new (message: string, init: APIErrorInit) => APIError;

/** The error class for an HTTP status, as templates/runtime/_facts.py STATUS_ERRORS states it. */
export const STATUS_ERRORS: Readonly<Record<number, StatusErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
  501: NotImplementedForIntegrationError,
};

export function errorClassFor(status: number): StatusErrorClass {
  return (
    STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIError)
  );
}

/** The error for a non-2xx response whose body (bytes) has been read. */
export function makeStatusError(
  response: Response,
  bytes: Uint8Array,
  requestIdHeader: string,
  secrets: Iterable<string>,
): APIError {
  const text = new TextDecoder().decode(bytes);
  let body: unknown = text.length ? text : undefined;
  if (text.length) {
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
  }
  const requestId = response.headers.get(requestIdHeader);
  let message = errorMessage(body, response.headers.get("content-type") ?? "");
  if (!message)
    message = `HTTP ${response.status} ${response.statusText}`.trim();
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  const Class = errorClassFor(response.status);
  return new Class(
    redact(
      `${status}: ${message} [request id: ${requestId ?? "none"}]`,
      secrets,
    ),
    {
      status: response.status,
      headers: response.headers,
      requestId,
      body,
    },
  );
}

// -- the one-line message of an error body (templates/runtime/_exceptions.py error_message) ------

const MAX_MESSAGE = 300;
const MAX_DETAILS = 5;
const MAX_COUNTED_DETAILS = 1000;

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function oneLine(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(" ");
}

function truncate(text: string, limit = MAX_MESSAGE): string {
  return text.length <= limit
    ? text
    : text.slice(0, limit - 3).trimEnd() + "...";
}

function join(head: string, tail: string): string {
  head = oneLine(head);
  tail = oneLine(tail);
  if (!tail || tail === head) return head;
  return head ? `${head}: ${tail}` : tail;
}

function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  return (
    start.startsWith("<!doctype html") ||
    start.startsWith("<html") ||
    start.includes("<body")
  );
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function unescapeHtml(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (whole, name: string) => {
      if (name[0] === "#") {
        const code =
          name[1] === "x" || name[1] === "X"
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

function textSummary(text: string, html: boolean): string {
  if (html) {
    const title = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text);
    const visible = oneLine(
      text
        .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
        .replace(/<[^>]+>/g, " "),
    );
    const heading =
      title?.[1] !== undefined
        ? oneLine(title[1].replace(/<[^>]+>/g, " "))
        : "";
    text = unescapeHtml(
      heading && !visible.startsWith(heading)
        ? join(heading, visible)
        : visible,
    );
  }
  return truncate(oneLine(text));
}

function collectDetails(
  node: unknown,
  place: readonly string[],
  pairs: string[],
): void {
  if (pairs.length >= MAX_COUNTED_DETAILS) return;
  if (isRecord(node)) {
    const loc = node["loc"];
    const msg = node["msg"];
    if (typeof msg === "string") {
      const where = Array.isArray(loc)
        ? loc.map(String).join(".")
        : place.join(".");
      pairs.push(where ? `${where}: ${msg}` : msg);
      return;
    }
    for (const [key, value] of Object.entries(node))
      collectDetails(value, [...place, key], pairs);
  } else if (Array.isArray(node)) {
    if (node.length && node.every((item) => typeof item === "string")) {
      const where = place.join(".");
      const text = node.join(", ");
      pairs.push(where ? `${where}: ${text}` : text);
      return;
    }
    for (const item of node) collectDetails(item, place, pairs);
  } else if (node !== null && node !== undefined) {
    const where = place.join(".");
    pairs.push(where ? `${where}: ${String(node)}` : String(node));
  }
}

function detailSummary(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail === "string") return detail;
  const pairs: string[] = [];
  collectDetails(detail, [], pairs);
  if (!pairs.length) return "";
  const more = pairs.length - MAX_DETAILS;
  return (
    pairs.slice(0, MAX_DETAILS).join("; ") +
    (more > 0 ? ` (and ${more} more)` : "")
  );
}

function jsonSummary(lead: string, value: unknown): string {
  let shape: string;
  if (isRecord(value)) {
    const keys = Object.keys(value);
    shape = keys.length
      ? `a JSON object with keys ${keys.slice(0, MAX_DETAILS).join(", ")}${keys.length > MAX_DETAILS ? ", ..." : ""}`
      : "an empty JSON object";
  } else if (Array.isArray(value)) {
    shape = `a JSON array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  } else {
    shape = `a JSON ${value === null ? "null" : typeof value}`;
  }
  return truncate(
    `${lead} ${shape}: ${truncate(JSON.stringify(value) ?? "", MAX_MESSAGE / 2)}`,
  );
}

/** The one-line message for an error body (parsed JSON, or the text of a non-JSON body). */
export function errorMessage(body: unknown, contentType = ""): string {
  if (body === null || body === undefined) return "";
  if (typeof body === "string") {
    return textSummary(
      body,
      contentType.includes("html") || looksLikeHtml(body),
    );
  }
  if (isRecord(body)) {
    const error = body["error"];
    if (typeof error === "string" && error.trim()) {
      // The API's own shape: {error, origin}, a 422 adds `detail`.
      const details = detailSummary(body["detail"]);
      return truncate(
        details ? `${oneLine(error)} (${details})` : oneLine(error),
      );
    }
    const title = body["title"];
    const detail = body["detail"];
    if (typeof title === "string" || typeof detail === "string") {
      // RFC 9457 problem+json (what mock servers such as Prism send).
      return truncate(
        join(typeof title === "string" ? title : "", detailSummary(detail)),
      );
    }
    for (const key of ["message", "error_description", "msg"]) {
      const value = body[key];
      if (typeof value === "string" && value.trim())
        return truncate(oneLine(value));
    }
    if (error !== undefined && error !== null)
      return jsonSummary("the error field is", error);
    if (!Object.keys(body).length) return "";
  }
  if (Array.isArray(body) && !body.length) return "";
  return jsonSummary("unrecognised error body,", body);
}

// -- retry-after -----------------------------------------------------------------------------------

/** Seconds to wait from `retry-after-ms`, or `retry-after` (seconds or an HTTP date). */
export function parseRetryAfter(
  headers: Headers,
  now: number = Date.now(),
): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms);
    if (Number.isFinite(value)) return Math.max(value / 1000, 0);
  }
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  let seconds = Number(after);
  if (!Number.isFinite(seconds)) {
    const date = Date.parse(after);
    if (Number.isNaN(date)) return undefined;
    seconds = (date - now) / 1000;
  }
  return Math.max(seconds, 0);
}
