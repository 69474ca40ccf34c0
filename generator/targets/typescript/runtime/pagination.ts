// Cursor pagination: a page carries the API's own envelope fields (items, next token, total,
// under the names APIDescription.pagination gives) plus the methods below; the next page repeats
// the original query (every filter and the limit kept) with only the page token replaced.

import { APIPromise, type ReceivedResponse } from "./api-promise.js";
import { APIResponseValidationError, PaginationLoopError } from "./errors.js";

/** Field names of cursor pagination: on the query (limit, tokenIn) and in the body. */
export interface PaginationDescription {
  readonly limit: string;
  readonly tokenIn: string;
  readonly tokenOut: string;
  readonly items: string;
  readonly total?: string;
}

/**
 * A page envelope typed from the pagination field names, for generated code without a response
 * model of its own: `CursorEnvelope<Order, "data", "next_token", "total_count">` is
 * `{ data: Order[]; next_token?: string | null; total_count?: number | null }`.
 */
export type CursorEnvelope<
  Item,
  ItemsKey extends string,
  TokenKey extends string,
  TotalKey extends string = never,
> = { [K in ItemsKey]: Item[] } & { [K in TokenKey]?: string | null } & {
  [K in TotalKey]?: number | null;
};

/** Member names of a page; no envelope field may use one (the generator should check). */
export const PAGE_MEMBERS: readonly string[] = [
  "getPaginatedItems",
  "hasNextPage",
  "getNextPage",
  "iterPages",
  "response",
  "requestId",
];

/** How a page fetches the page after it (set by the client). */
export interface PageContext<Item, Body extends object> {
  readonly received: ReceivedResponse;
  readonly pagination: PaginationDescription;
  /** Tokens already requested in this chain (the first request's own token included). */
  readonly seen: ReadonlySet<string>;
  readonly fetchNext: (
    token: string,
    seen: ReadonlySet<string>,
  ) => PagePromise<Item, Body>;
}

/** A page object: the envelope's own fields (`Body`) and the page methods. */
export type Page<Item, Body extends object> = CursorPage<Item, Body> & Body;

export class CursorPage<
  Item,
  Body extends object,
> implements AsyncIterable<Item> {
  readonly #context: PageContext<Item, Body>;

  private constructor(body: Body, context: PageContext<Item, Body>) {
    // Every field as sent, unknown ones included, as own enumerable properties (defined, not
    // assigned: a "__proto__" key stays a field). A field named like a page member is kept
    // only in the raw response: the generator checks that no envelope has one (PAGE_MEMBERS).
    for (const [key, value] of Object.entries(body)) {
      if (PAGE_MEMBERS.includes(key)) continue;
      Object.defineProperty(this, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    this.#context = context;
  }

  /** Build a page from a received response; the envelope must hold an item array. */
  static fromResponse<Item, Body extends object>(
    context: PageContext<Item, Body>,
  ): Page<Item, Body> {
    const received = context.received;
    const body = received.json();
    const { items, tokenOut } = context.pagination;
    const invalid = (what: string): APIResponseValidationError =>
      new APIResponseValidationError(
        `The page response ${what} [request id: ${received.requestId ?? "none"}]`,
        {
          status: received.status,
          headers: received.headers,
          requestId: received.requestId,
          body,
        },
      );
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw invalid("is not a JSON object");
    }
    if (!Array.isArray(Reflect.get(body, items)))
      throw invalid(`has no '${items}' array`);
    const token: unknown = Reflect.get(body, tokenOut);
    if (token !== undefined && token !== null && typeof token !== "string") {
      throw invalid(`has a '${tokenOut}' that is not a string`);
    }
    // The envelope is the API's JSON, checked above for what paging relies on; its other fields
    // are typed by the generated code's Body (and kept as sent).
    const page = new CursorPage<Item, Body>(body as Body, context);
    return page as Page<Item, Body>;
  }

  /** This page's items (the envelope's item array). */
  getPaginatedItems(): Item[] {
    const value: unknown = Reflect.get(this, this.#context.pagination.items);
    return Array.isArray(value) ? value : [];
  }

  // The token of the next page, or null on the last page (a null or empty token).
  #nextToken(): string | null {
    const value: unknown = Reflect.get(this, this.#context.pagination.tokenOut);
    return typeof value === "string" && value !== "" ? value : null;
  }

  hasNextPage(): boolean {
    return this.#nextToken() !== null;
  }

  /** The next page; rejects with PaginationLoopError when its token was already requested. */
  getNextPage(): PagePromise<Item, Body> {
    const token = this.#nextToken();
    if (token === null)
      throw new Error("This is the last page; check hasNextPage() first.");
    const { seen, fetchNext } = this.#context;
    if (seen.has(token)) throw new PaginationLoopError(token);
    return fetchNext(token, new Set([...seen, token]));
  }

  /** This page and every following one. */
  async *iterPages(
    this: Page<Item, Body>,
  ): AsyncGenerator<Page<Item, Body>, void, undefined> {
    let page = this;
    for (;;) {
      yield page;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  /** Every item of this page and all following pages. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    let page: CursorPage<Item, Body> = this;
    for (;;) {
      yield* page.getPaginatedItems();
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  /** This page's raw `Response` (a fresh, unread copy each time). */
  get response(): Response {
    return this.#context.received.toResponse();
  }

  get requestId(): string | null {
    return this.#context.received.requestId;
  }
}

/**
 * What a list method returns: await it for the first page; `for await` over it for every item of
 * every page. Also an APIPromise, so `.asResponse()` / `.withResponse()` work on the first page.
 */
export class PagePromise<Item, Body extends object>
  extends APIPromise<Page<Item, Body>>
  implements AsyncIterable<Item>
{
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const first = await this;
    yield* first;
  }
}
