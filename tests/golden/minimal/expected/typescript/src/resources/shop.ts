// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { BaseClient } from "../core/client.js";
import { ShopWidgets } from "./shop/widgets.js";

export class Shop {
  readonly widgets: ShopWidgets;

  constructor(private readonly client: BaseClient) {
    this.widgets = new ShopWidgets(client);
  }
}
