// Generated from specs/ by the Trackstar SDK generator: do not edit.
import type { APIPromise } from "../core/api-promise.js";
import type {
  BaseClient,
  OperationSpec,
  RequestOptions,
} from "../core/client.js";
import type {
  CartPassthroughParams,
  CartPassthroughResponse,
} from "../types/cart.js";
import { WmsBilling } from "./wms/billing.js";
import { WmsInboundShipments } from "./wms/inbound_shipments.js";
import { WmsInventory } from "./wms/inventory.js";
import { WmsKits } from "./wms/kits.js";
import { WmsLaborActivities } from "./wms/labor_activities.js";
import { WmsOrders } from "./wms/orders.js";
import { WmsProducts } from "./wms/products.js";
import { WmsReturns } from "./wms/returns.js";
import { WmsShippingMethods } from "./wms/shipping_methods.js";
import { WmsWarehouseCustomers } from "./wms/warehouse_customers.js";
import { WmsWarehouses } from "./wms/warehouses.js";

const PASSTHROUGH: OperationSpec = {
  method: "POST",
  path: "/wms/passthrough",
  pathParams: [],
  auth: ["api_key", "access_token"],
  body: "json",
  bodyFields: ["data", "headers", "method", "params", "path"],
};

export class Wms {
  readonly billing: WmsBilling;
  readonly inbound_shipments: WmsInboundShipments;
  readonly inventory: WmsInventory;
  readonly kits: WmsKits;
  readonly labor_activities: WmsLaborActivities;
  readonly orders: WmsOrders;
  readonly products: WmsProducts;
  readonly returns: WmsReturns;
  readonly shipping_methods: WmsShippingMethods;
  readonly warehouse_customers: WmsWarehouseCustomers;
  readonly warehouses: WmsWarehouses;

  constructor(private readonly client: BaseClient) {
    this.billing = new WmsBilling(client);
    this.inbound_shipments = new WmsInboundShipments(client);
    this.inventory = new WmsInventory(client);
    this.kits = new WmsKits(client);
    this.labor_activities = new WmsLaborActivities(client);
    this.orders = new WmsOrders(client);
    this.products = new WmsProducts(client);
    this.returns = new WmsReturns(client);
    this.shipping_methods = new WmsShippingMethods(client);
    this.warehouse_customers = new WmsWarehouseCustomers(client);
    this.warehouses = new WmsWarehouses(client);
  }

  /**
   * Send a raw request to the connected WMS through Trackstar. `POST
   * /wms/passthrough`
   */
  passthrough(
    params: CartPassthroughParams,
    options?: RequestOptions,
  ): APIPromise<CartPassthroughResponse> {
    return this.client.request(PASSTHROUGH, [], params, options);
  }
}
