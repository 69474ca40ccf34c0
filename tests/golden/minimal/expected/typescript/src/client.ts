// Generated from specs/ by the Trackstar SDK generator: do not edit.
import {
  BaseClient,
  type APIDescription,
  type ClientOptions,
} from "./core/client.js";
import { Catalogue } from "./resources/catalogue.js";
import { Shop } from "./resources/shop.js";

/** What the runtime needs to know about the API. */
export const API: APIDescription = {
  clientName: "Trackstar",
  sdkVersion: "1.2.3",
  baseURL: "https://api.example.test",
  baseURLEnv: "TRACKSTAR_BASE_URL",
  auth: {
    access_token: {
      header: "x-demo-access-token",
      env: "DEMO_ACCESS_TOKEN",
      option: "accessToken",
    },
    api_key: {
      header: "x-demo-api-key",
      env: "DEMO_API_KEY",
      option: "apiKey",
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
  rateLimits: {
    readPerSecond: 5.0,
    writePerSecond: 20.0,
  },
  requestIdHeader: "x-request-id",
  idempotencyHeader: "idempotency-key",
  logEnv: "TRACKSTAR_LOG",
};

export interface TrackstarOptions extends ClientOptions {
  /** Sent as `x-demo-access-token`; defaults to `process.env.DEMO_ACCESS_TOKEN`. */
  accessToken?: string | undefined;
  /** Sent as `x-demo-api-key`; defaults to `process.env.DEMO_API_KEY`. */
  apiKey?: string | undefined;
}

/**
 * The Trackstar API client. Credentials are read when it is constructed; a missing one is
 * an error on the first call that needs it.
 */
export class Trackstar extends BaseClient {
  readonly catalogue: Catalogue;
  readonly shop: Shop;

  constructor(options: TrackstarOptions = {}) {
    super(options, API);
    this.catalogue = new Catalogue(this);
    this.shop = new Shop(this);
  }

  /**
   * A client for another connection: the same options and API key with this access token. It
   * shares the rate limits of every client using the same token.
   */
  withAccessToken(token: string): this {
    return this.withConnection(token);
  }
}
