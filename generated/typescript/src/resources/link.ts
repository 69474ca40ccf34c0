// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { BaseClient } from "../core/client.js";
import { LinkExchange } from "./link/exchange.js";
import { LinkToken } from "./link/token.js";

export class Link {
  readonly exchange: LinkExchange;
  readonly token: LinkToken;

  constructor(private readonly client: BaseClient) {
    this.exchange = new LinkExchange(client);
    this.token = new LinkToken(client);
  }
}
