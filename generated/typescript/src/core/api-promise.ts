// APIPromise: what every generated method returns. Lazy: nothing is sent until it is awaited
// (or `.then`, `.asResponse()`, `.withResponse()` is called); then it is sent once, however many
// times it is awaited.

import { APIResponseValidationError, redact } from "./errors.js";

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([
  101, 103, 204, 205, 304,
]);

/** A response whose body was read within its attempt (so a reset mid-body is retried too). */
export class ReceivedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly requestId: string | null;
  readonly retriesTaken: number;
  readonly #secrets: readonly string[];
  #json: { value: unknown } | undefined;

  constructor(
    response: Response,
    bytes: Uint8Array<ArrayBuffer>,
    requestIdHeader: string,
    retriesTaken: number,
    secrets: readonly string[],
  ) {
    this.status = response.status;
    this.statusText = response.statusText;
    this.headers = response.headers;
    this.url = response.url;
    this.bytes = bytes;
    this.requestId = response.headers.get(requestIdHeader);
    this.retriesTaken = retriesTaken;
    this.#secrets = secrets;
  }

  /** A fresh, unread `Response` over the same bytes (each call gives a new one). */
  toResponse(): Response {
    const body = NULL_BODY_STATUSES.has(this.status) ? null : this.bytes;
    const response = new Response(body, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    });
    // A constructed Response has no URL; keep the one the request went to.
    Object.defineProperty(response, "url", { value: this.url });
    return response;
  }

  /** The body parsed as JSON (undefined when empty), as sent: unknown fields are kept. */
  json(): unknown {
    if (this.#json === undefined) {
      const text = new TextDecoder().decode(this.bytes);
      let value: unknown;
      if (text.trim()) {
        try {
          value = JSON.parse(text);
        } catch {
          throw new APIResponseValidationError(
            redact(
              `${this.status} response is not valid JSON [request id: ${this.requestId ?? "none"}]`,
              this.#secrets,
            ),
            {
              status: this.status,
              headers: this.headers,
              requestId: this.requestId,
              body: text,
            },
          );
        }
      }
      this.#json = { value };
    }
    return this.#json.value;
  }
}

export interface WithResponse<T> {
  data: T;
  response: Response;
  requestId: string | null;
}

export class APIPromise<T> implements Promise<T> {
  readonly #send: () => Promise<ReceivedResponse>;
  readonly #parse: (received: ReceivedResponse) => T;
  #received: Promise<ReceivedResponse> | undefined;
  #parsed: Promise<T> | undefined;

  /** `send` performs the request (retries included); `parse` turns the response into T. */
  constructor(
    send: () => Promise<ReceivedResponse>,
    parse: (received: ReceivedResponse) => T,
  ) {
    this.#send = send;
    this.#parse = parse;
  }

  protected received(): Promise<ReceivedResponse> {
    this.#received ??= this.#send();
    return this.#received;
  }

  protected parsed(): Promise<T> {
    this.#parsed ??= this.received().then((received) => this.#parse(received));
    return this.#parsed;
  }

  /** The raw `Response` (body unread; errors still reject with the error class). */
  asResponse(): Promise<Response> {
    return this.received().then((received) => received.toResponse());
  }

  /** The parsed value and the raw `Response` (its body unread, readable). */
  async withResponse(): Promise<WithResponse<T>> {
    const [data, received] = await Promise.all([
      this.parsed(),
      this.received(),
    ]);
    return {
      data,
      response: received.toResponse(),
      requestId: received.requestId,
    };
  }

  // `reason: any` below is lib.es5's own Promise signature: with `unknown`, a handler typed
  // `(e: Error) => ...` would not compile (function parameters are checked contravariantly).
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.parsed().then(onfulfilled, onrejected);
  }

  catch<R = never>(
    onrejected?: ((reason: any) => R | PromiseLike<R>) | null,
  ): Promise<T | R> {
    return this.parsed().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.parsed().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "APIPromise";
  }
}
