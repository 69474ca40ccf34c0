// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { BaseClient } from "../../core/client.js";
import { SandboxSimulateOrders } from "./simulate/orders.js";

export class SandboxSimulate {
  readonly orders: SandboxSimulateOrders;

  constructor(private readonly client: BaseClient) {
    this.orders = new SandboxSimulateOrders(client);
  }
}
