// Client-side rate limiting, shared by every client of this process using the same credentials
// against the same base URL (so every client derived through withAccessToken() shares it too).
// The same design as templates/runtime/_ratelimit.py:
//
// A sliding window rather than a token bucket: a full bucket allows a burst of N followed by one
// request per 1/N s, which puts up to 2N-1 requests in one second of a sliding-window server.
// Here at most `limit` requests count in any window of `window` seconds, which satisfies
// fixed-window, sliding-window and token-bucket servers alike.
//
// When a request counts is uncertain: the server sees it somewhere between our send and its
// response. So a request counts from its start while in flight (it never leaves the window while
// in flight) and from its response once released: a later request can never reach the server
// less than a window after it, however the network or the server's queue delayed it.
//
// Waiters queue in FIFO order; a release or a timer wakes the queue (no polling).

export interface RateLimits {
  readonly readPerSecond: number;
  readonly writePerSecond: number;
}

// Never trust a server reset (or clock skew) to stall us longer than this.
const MAX_SERVER_PAUSE_MS = 60_000;
// x-ratelimit-reset values below this are relative seconds rather than epoch seconds.
const EPOCH_THRESHOLD = 1_000_000_000;
// Widens each window a little, against timer and clock granularity.
const MARGIN_MS = 10;

interface Waiter {
  resolve(ticket: number): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

function now(): number {
  return performance.now();
}

export class SlidingWindowLimiter {
  private limit = 1;
  private windowMs = 1000;
  private perSecond = 0;
  private tickets = 0;
  // ticket -> when it counts from (ms, monotonic); null while the request is in flight.
  private readonly recent = new Map<number, number | null>();
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pausedUntil = 0;
  // What the server last told us: requests left before `budgetReset` (monotonic ms).
  private budget = 0;
  private budgetReset: number | undefined;
  private budgetTicket = -1;

  constructor(perSecond: number) {
    this.configure(perSecond);
  }

  /** Set the rate; a rate below 1/s becomes 1 request per 1/rate seconds. */
  configure(perSecond: number): void {
    if (!(perSecond > 0))
      throw new RangeError(`rate limits must be positive, got ${perSecond}`);
    if (perSecond === this.perSecond) return;
    this.perSecond = perSecond;
    this.limit = Math.max(1, Math.floor(perSecond));
    this.windowMs = (this.limit / perSecond) * 1000 + MARGIN_MS;
  }

  /** A ticket now (0 wait) or the ms to wait; Infinity: blocked by a request still in flight. */
  private tryAcquire(): number | { ticket: number } {
    const t = now();
    if (this.pausedUntil > t) return this.pausedUntil - t;
    if (this.budgetReset !== undefined) {
      if (t >= this.budgetReset) this.budgetReset = undefined;
      else if (this.budget <= 0) return this.budgetReset - t;
    }
    const horizon = t - this.windowMs;
    for (const [ticket, countedFrom] of this.recent) {
      if (countedFrom !== null && countedFrom <= horizon)
        this.recent.delete(ticket);
    }
    if (this.recent.size >= this.limit) {
      // The slot frees when the limit-th most recent request leaves the window.
      const times = [...this.recent.values()]
        .map((v) => (v === null ? Infinity : v))
        .sort((a, b) => a - b);
      const blocker = times[times.length - this.limit] ?? Infinity;
      return blocker === Infinity ? Infinity : blocker + this.windowMs - t;
    }
    if (this.budgetReset !== undefined) this.budget -= 1;
    this.tickets += 1;
    this.recent.set(this.tickets, null);
    return { ticket: this.tickets };
  }

  private pump(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.queue.length) {
      const result = this.tryAcquire();
      if (typeof result !== "number") {
        const waiter = this.queue.shift();
        if (waiter) {
          if (waiter.onAbort)
            waiter.signal?.removeEventListener("abort", waiter.onAbort);
          waiter.resolve(result.ticket);
        }
        continue;
      }
      // Blocked by an in-flight request: its release pumps; the timer is only a safety net.
      const wait = result === Infinity ? this.windowMs : Math.max(result, 1);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, wait);
      return;
    }
  }

  /** Wait until a request may start; resolves to its ticket (pass it to release()). */
  acquire(signal?: AbortSignal): Promise<number> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!this.queue.length) {
      const result = this.tryAcquire();
      if (typeof result !== "number") return Promise.resolve(result.ticket);
    }
    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(signal.reason);
          this.pump();
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** The request's response arrived (or it failed): it counts from now on. */
  release(ticket: number): void {
    if (this.recent.has(ticket)) this.recent.set(ticket, now());
    if (this.queue.length) this.pump();
  }

  /** Hold every user of this limiter back for `ms` (after a 429). */
  pause(ms: number): void {
    const until = now() + Math.min(Math.max(ms, 0), MAX_SERVER_PAUSE_MS);
    this.pausedUntil = Math.max(this.pausedUntil, until);
    if (this.queue.length) this.pump();
  }

  /** Adopt the server's x-ratelimit-remaining / x-ratelimit-reset (other processes share it). */
  observe(headers: Headers, ticket: number): void {
    const budget = serverBudget(headers, Date.now());
    if (budget === undefined || ticket < this.budgetTicket) return;
    this.budgetTicket = ticket;
    // Requests we started after this one are already in flight and will count too.
    this.budget = budget.remaining - (this.tickets - ticket);
    this.budgetReset = now() + budget.delayMs;
  }
}

function finite(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** Requests left and ms until the server's window resets, or undefined when not usable. */
export function serverBudget(
  headers: Headers,
  wallNowMs: number,
): { remaining: number; delayMs: number } | undefined {
  const remaining = finite(headers.get("x-ratelimit-remaining"));
  const reset = finite(headers.get("x-ratelimit-reset"));
  if (remaining === undefined || reset === undefined) return undefined;
  const delayMs =
    reset >= EPOCH_THRESHOLD ? reset * 1000 - wallNowMs : reset * 1000;
  if (delayMs <= 0) return undefined;
  return {
    remaining: Math.floor(remaining),
    delayMs: Math.min(delayMs, MAX_SERVER_PAUSE_MS),
  };
}

// Process-wide: module state, keyed by base URL, kind and the credentials' values (kept in this
// module's private map only, never logged or exposed).
const registry = new Map<string, SlidingWindowLimiter>();

/** The shared limiter for these credentials and kind; undefined when unlimited. */
export function limiterFor(
  baseURL: string,
  credentials: readonly string[],
  kind: "read" | "write",
  perSecond: number,
): SlidingWindowLimiter | undefined {
  if (perSecond === Infinity) return undefined;
  const key = [baseURL, kind, ...credentials].join("\u0000");
  let limiter = registry.get(key);
  if (limiter === undefined) {
    limiter = new SlidingWindowLimiter(perSecond);
    registry.set(key, limiter);
  } else {
    limiter.configure(perSecond); // the latest configuration wins when clients disagree
  }
  return limiter;
}
