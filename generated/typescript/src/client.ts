// Generated from specs/ by the Trackstar SDK generator: do not edit.
import {
  BaseClient,
  type APIDescription,
  type ClientOptions,
} from "./core/client.js";
import { Cart } from "./resources/cart.js";
import { Connections } from "./resources/connections.js";
import { Freight } from "./resources/freight.js";
import { Integrations } from "./resources/integrations.js";
import { Link } from "./resources/link.js";
import { MagicLinks } from "./resources/magic_links.js";
import { Sandbox } from "./resources/sandbox.js";
import { Wms } from "./resources/wms.js";

/** What the runtime needs to know about the API. */
export const API: APIDescription = {
  clientName: "Trackstar",
  sdkVersion: "0.1.0",
  baseURL: "https://production.trackstarhq.com",
  baseURLEnv: "TRACKSTAR_BASE_URL",
  auth: {
    access_token: {
      header: "x-trackstar-access-token",
      env: "TRACKSTAR_ACCESS_TOKEN",
      option: "accessToken",
    },
    api_key: {
      header: "x-trackstar-api-key",
      env: "TRACKSTAR_API_KEY",
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
    readPerSecond: 10.0,
    writePerSecond: 50.0,
  },
  requestIdHeader: "x-request-id",
  idempotencyHeader: "idempotency-key",
  logEnv: "TRACKSTAR_LOG",
};

export interface TrackstarOptions extends ClientOptions {
  /** Sent as `x-trackstar-access-token`; defaults to `process.env.TRACKSTAR_ACCESS_TOKEN`. */
  accessToken?: string | undefined;
  /** Sent as `x-trackstar-api-key`; defaults to `process.env.TRACKSTAR_API_KEY`. */
  apiKey?: string | undefined;
}

/**
 * The Trackstar API client. Credentials are read when it is constructed; a missing one is
 * an error on the first call that needs it.
 */
export class Trackstar extends BaseClient {
  readonly cart: Cart;
  readonly connections: Connections;
  readonly freight: Freight;
  readonly integrations: Integrations;
  readonly link: Link;
  readonly magic_links: MagicLinks;
  readonly sandbox: Sandbox;
  readonly wms: Wms;

  constructor(options: TrackstarOptions = {}) {
    super(options, API);
    this.cart = new Cart(this);
    this.connections = new Connections(this);
    this.freight = new Freight(this);
    this.integrations = new Integrations(this);
    this.link = new Link(this);
    this.magic_links = new MagicLinks(this);
    this.sandbox = new Sandbox(this);
    this.wms = new Wms(this);
  }

  /**
   * A client for another connection: the same options and API key with this access token. It
   * shares the rate limits of every client using the same token.
   */
  withAccessToken(token: string): this {
    return this.withConnection(token);
  }
}
