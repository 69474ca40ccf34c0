// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { BaseClient } from "../core/client.js";
import { FreightShipments } from "./freight/shipments.js";

export class Freight {
  readonly shipments: FreightShipments;

  constructor(private readonly client: BaseClient) {
    this.shipments = new FreightShipments(client);
  }
}
